#pragma once

#include <QByteArray>

namespace html {

// A pre-pass over raw HTML (UTF-8) that empties what neither the reader nor
// the sanitiser uses, before the parser spends time on it: the content of
// <script> (except JSON-LD, which carries article metadata) and <style>,
// and comments. Often a third of a news page. Linear time.
class RawTextStripper
{
public:
    static QByteArray strip(const QByteArray &utf8);
};

} // namespace html
