#pragma once

#include <QString>
#include <QStringList>

// The colours categories are drawn in. The defaults (resources/data/
// categories.json) are twelve colours from the Okabe–Ito, Paul Tol, Kelly
// and Tableau categorical palettes, chosen by a maximin search over
// CIEDE2000: as measured by the CategoryColours tests (test_storage), no two of
// them, nor any of them and the "not classified" grey, are closer than
// kMinimumDistance (18.4 achieved), and under simulated deuteranopia or
// protanopia than kMinimumDistanceCvd (9.8 achieved).
namespace colour {

// ΔE00 ≈ 1–2 is a just-noticeable difference in large patches seen side by
// side; bars and legend squares are small marks that need several times
// that (Szafir 2017), and colours read as different categories at a glance
// from about 10–15 up. 15 with normal vision; 8 for red–green dichromats,
// who see every palette collapse onto two hues.
constexpr double kMinimumDistance = 15.0;
constexpr double kMinimumDistanceCvd = 8.0;
// A category the user adds next to the twelve defaults: the palette has no
// thirteenth colour that keeps kMinimumDistance, so the pick keeps this much
// (CategoryEditingTest measures it).
constexpr double kMinimumDistanceNewCategory = 10.0;

// Articles not classified yet (the trend chart's grey).
QString notClassifiedColour();

// For a new category: the candidate colour (from the same palettes) that is
// farthest, by the smaller of its ΔE00 with normal vision and twice that
// under simulated deuteranopia and protanopia, from every colour in
// `existing` and from the not-classified grey. Deterministic.
QString pickDistinctColour(const QStringList &existing);

} // namespace colour
