#pragma once

#include <QString>

namespace storage {

// The key under which near-identical titles meet: case-folded, compatibility
// normalised, letters and digits only, a trailing " - Publisher" or
// " | Publisher" dropped. Titles too short to be telling get a key of
// their own (made unique with `fallback`, e.g. the URL).
class StoryKey
{
public:
    static QString of(const QString &title, const QString &fallback);
    static constexpr int kMinLength = 12;
};

} // namespace storage
