#include "export/ChartRenderer.h"

namespace {
const ChartRenderer *g_renderer = nullptr;
}

const ChartRenderer *ChartRenderer::installed() { return g_renderer; }

void ChartRenderer::install(const ChartRenderer *renderer) { g_renderer = renderer; }
