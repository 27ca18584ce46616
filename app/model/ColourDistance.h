#pragma once

#include <QString>

#include <optional>

// How far apart two colours look: CIEDE2000 (Sharma, Wu, Dalal 2005) on
// CIELAB from sRGB under D65. ΔE00 ≈ 1 is a just-noticeable difference side
// by side; categorical colours in small marks need far more (see
// CategoryColours.h). Optionally as a person with a red–green colour-vision
// deficiency sees them (Machado, Oliveira, Fernandes 2009, severity 1.0,
// applied in linear RGB). No Gui types: colours are "#rrggbb" strings.
namespace colour {

struct Lab
{
    double L = 0;
    double a = 0;
    double b = 0;
};

enum class Vision { Normal, Deuteranopia, Protanopia };

// "#rrggbb" (any case) → 0xRRGGBB; nullopt for anything else.
std::optional<unsigned> parseHex(const QString &hex);
Lab labFromRgb(unsigned rgb, Vision vision = Vision::Normal);
double ciede2000(const Lab &first, const Lab &second);
// Both "#rrggbb"; nullopt when either is not.
std::optional<double> distance(const QString &first, const QString &second, Vision vision = Vision::Normal);

} // namespace colour
