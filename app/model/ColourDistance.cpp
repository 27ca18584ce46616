#include "model/ColourDistance.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <numbers>

namespace colour {

namespace {

constexpr double kPi = std::numbers::pi;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double labF(double t)
{
    constexpr double epsilon = 216.0 / 24389.0;
    constexpr double kappa = 24389.0 / 27.0;
    return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
}

double degrees(double radians) { return radians * 180.0 / kPi; }
double radians(double degrees) { return degrees * kPi / 180.0; }

// Machado et al. 2009, severity 1.0, on linear RGB.
constexpr double kDeuteranopia[3][3] = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
constexpr double kProtanopia[3][3] = {
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};

double pow7Ratio(double c)
{
    const double c7 = std::pow(c, 7);
    return std::sqrt(c7 / (c7 + std::pow(25.0, 7)));
}

} // namespace

std::optional<unsigned> parseHex(const QString &hex)
{
    if (hex.size() != 7 || hex.at(0) != QLatin1Char('#'))
        return std::nullopt;
    for (qsizetype i = 1; i < hex.size(); ++i) {
        const char16_t c = hex.at(i).unicode();
        if (c > 0x7f || !std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return hex.mid(1).toUInt(nullptr, 16);
}

Lab labFromRgb(unsigned rgb, Vision vision)
{
    double lin[3] = {toLinear(((rgb >> 16) & 0xff) / 255.0), toLinear(((rgb >> 8) & 0xff) / 255.0),
                     toLinear((rgb & 0xff) / 255.0)};
    if (vision != Vision::Normal) {
        const auto &m = vision == Vision::Deuteranopia ? kDeuteranopia : kProtanopia;
        double out[3];
        for (int i = 0; i < 3; ++i)
            out[i] = std::clamp(m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2], 0.0, 1.0);
        std::copy(std::begin(out), std::end(out), std::begin(lin));
    }
    // sRGB → XYZ (D65), then relative to the D65 white.
    const double x = 0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2];
    const double y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2];
    const double z = 0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2];
    const double fx = labF(x / 0.95047);
    const double fy = labF(y / 1.0);
    const double fz = labF(z / 1.08883);
    return Lab{116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double ciede2000(const Lab &first, const Lab &second)
{
    const double c1 = std::hypot(first.a, first.b);
    const double c2 = std::hypot(second.a, second.b);
    const double g = 0.5 * (1.0 - pow7Ratio((c1 + c2) / 2.0));
    const double a1 = (1.0 + g) * first.a;
    const double a2 = (1.0 + g) * second.a;
    const double c1p = std::hypot(a1, first.b);
    const double c2p = std::hypot(a2, second.b);
    auto hue = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360.0 : h;
    };
    const double h1p = hue(first.b, a1);
    const double h2p = hue(second.b, a2);
    const bool achromatic = c1p * c2p == 0;

    const double dLp = second.L - first.L;
    const double dCp = c2p - c1p;
    double dhp = 0;
    if (!achromatic) {
        dhp = h2p - h1p;
        if (dhp > 180)
            dhp -= 360;
        else if (dhp < -180)
            dhp += 360;
    }
    const double dHp = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dhp / 2.0));

    const double lBar = (first.L + second.L) / 2.0;
    const double cBar = (c1p + c2p) / 2.0;
    double hBar = h1p + h2p;
    if (!achromatic) {
        if (std::abs(h1p - h2p) <= 180)
            hBar = (h1p + h2p) / 2.0;
        else
            hBar = (h1p + h2p + (h1p + h2p < 360 ? 360.0 : -360.0)) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hBar - 30)) + 0.24 * std::cos(radians(2 * hBar))
                     + 0.32 * std::cos(radians(3 * hBar + 6)) - 0.20 * std::cos(radians(4 * hBar - 63));
    const double dTheta = 30.0 * std::exp(-std::pow((hBar - 275.0) / 25.0, 2));
    const double rc = 2.0 * pow7Ratio(cBar);
    const double lShift = (lBar - 50.0) * (lBar - 50.0);
    const double sl = 1.0 + 0.015 * lShift / std::sqrt(20.0 + lShift);
    const double sc = 1.0 + 0.045 * cBar;
    const double sh = 1.0 + 0.015 * cBar * t;
    const double rt = -std::sin(radians(2.0 * dTheta)) * rc;
    const double l = dLp / sl;
    const double c = dCp / sc;
    const double h = dHp / sh;
    return std::sqrt(l * l + c * c + h * h + rt * c * h);
}

std::optional<double> distance(const QString &first, const QString &second, Vision vision)
{
    const auto a = parseHex(first);
    const auto b = parseHex(second);
    if (!a || !b)
        return std::nullopt;
    return ciede2000(labFromRgb(*a, vision), labFromRgb(*b, vision));
}

} // namespace colour
