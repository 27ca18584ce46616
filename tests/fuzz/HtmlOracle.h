#pragma once

// The sanitiser's promise, checked on its output by the HTML fuzzers:
// re-parsed, it holds only allow-listed elements and attributes, and every
// href/src is an absolute http(s) URL.

#include "FuzzInput.h"
#include "html/HtmlDocument.h"

#include <QSet>
#include <QString>

namespace fuzz {

inline void checkSanitized(const QString &html)
{
    static const QSet<QString> allowed{
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("code"), QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"),
        QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("small"), QStringLiteral("mark"),
        QStringLiteral("q"), QStringLiteral("cite"), QStringLiteral("abbr"), QStringLiteral("table"),
        QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"),
        QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("caption"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("a"), QStringLiteral("img"),
        // what the parser adds around any fragment
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body")};
    const auto doc = html::HtmlDocument::parse(html.toUtf8());
    for (const html::HtmlNode *e : doc->root()->descendantElements()) {
        check(allowed.contains(e->name));
        for (const auto &[name, value] : e->attributes) {
            if (name == QLatin1String("href") || name == QLatin1String("src")) {
                check(value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://")));
                check(e->tag == (name == QLatin1String("href") ? GUMBO_TAG_A : GUMBO_TAG_IMG));
            } else {
                check(name == QLatin1String("title") || name == QLatin1String("alt") ||
                      name == QLatin1String("colspan") || name == QLatin1String("rowspan"));
            }
        }
    }
}

} // namespace fuzz
