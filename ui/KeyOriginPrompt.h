#pragma once

#include "service/ApiKeyStore.h"

class QWidget;

namespace ui {

// The window's answer to "send the stored API key to another server?": a
// question box (object name "keyOriginPrompt", plain text, "No" by default)
// that answers when it is closed. The command line has no such question and
// refuses instead.
service::ConfirmKeyOrigin keyOriginPrompt(QWidget *parent);

} // namespace ui
