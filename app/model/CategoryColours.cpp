#include "model/CategoryColours.h"

#include "model/ColourDistance.h"

#include <algorithm>
#include <limits>

namespace colour {

namespace {

// The defaults first, then more colours from the same published palettes
// (Okabe–Ito; Paul Tol's bright, vibrant, muted and light; Kelly; Tableau 20).
const char *const kCandidates[] = {
    "#4e79a7", "#e69f00", "#d55e00", "#33bbee", "#008856", "#eedd88", "#604e97", "#fabfd2", "#882d17",
    "#882255", "#cc6677", "#f99379", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#cc79a7", "#4477aa",
    "#66ccee", "#228833", "#ccbb44", "#ee6677", "#aa3377", "#0077bb", "#009988", "#ee7733", "#cc3311",
    "#ee3377", "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#aa4499", "#77aadd",
    "#99ddff", "#44bb99", "#bbcc33", "#ee8866", "#ffaabb", "#f3c300", "#875692", "#f38400", "#a1caf1",
    "#be0032", "#c2b280", "#0067a5", "#b3446c", "#8db600", "#654522", "#e25822", "#a0cbe8", "#ffbe7d",
    "#8cd17d", "#b6992d", "#499894", "#ff9d9a", "#d37295", "#d4a6c8", "#9d7660", "#d7b5a6"};

double separation(const QString &a, const QString &b)
{
    const double normal = distance(a, b).value_or(std::numeric_limits<double>::max());
    const double deutan = distance(a, b, Vision::Deuteranopia).value_or(std::numeric_limits<double>::max());
    const double protan = distance(a, b, Vision::Protanopia).value_or(std::numeric_limits<double>::max());
    return std::min({normal, 2 * deutan, 2 * protan});
}

} // namespace

QString notClassifiedColour()
{
    return QStringLiteral("#a0a0a0");
}

QString pickDistinctColour(const QStringList &existing)
{
    QStringList taken = existing;
    taken << notClassifiedColour();
    QString best;
    double bestScore = -1;
    for (const char *candidate : kCandidates) {
        const QString c = QString::fromLatin1(candidate);
        double score = std::numeric_limits<double>::max();
        for (const QString &t : std::as_const(taken))
            score = std::min(score, separation(c, t));
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace colour
