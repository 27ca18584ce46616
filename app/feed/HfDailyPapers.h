#pragma once

#include "feed/ArxivListing.h"

namespace feed {

// Hugging Face's daily papers (GET https://huggingface.co/api/daily_papers?date=YYYY-MM-DD):
// a JSON array of {"paper": {"id", "title", "summary", "upvotes",
// "authors": [{"name"}], "publishedAt"}, "title", "publishedAt",
// "numComments", "submittedBy"}. Untrusted bytes: the document, the entries
// and each text meet the budgets below; an entry without an arXiv id is
// skipped and counted; anything but an array is an error.
class HfDailyPapers
{
public:
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    static constexpr int kMaxEntries = 2'000; // a real day has tens
    static constexpr int kMaxAuthors = 500;
    static constexpr int kMaxUpvotes = 100'000'000; // a larger count is not believed: unknown

    static inline const QString kListing = QStringLiteral("hf-daily");

    static PaperListing parse(const QByteArray &bytes);
};

} // namespace feed
