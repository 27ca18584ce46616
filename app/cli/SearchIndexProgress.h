#pragma once

#include <QString>

namespace service {
class AppContext;
}

namespace cli {

// Finishes the search index of a migrated profile (schema 6) through the
// context's writer, with a progress line on a terminal while there is
// work; returns at once when the index is complete. False with the
// reason when a chunk could not be stored. `refresh` and `search` call it.
bool buildSearchIndex(service::AppContext &context, QString *error);

} // namespace cli
