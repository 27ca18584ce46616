#pragma once

namespace html {

class HtmlDocument;

// Readability's document preparation, done once before the passes:
// scripts, noscript and styles removed, runs of <br> turned into
// paragraphs, <font> into <span>.
class DocumentPrep
{
public:
    static void prepare(HtmlDocument &doc);

private:
    static void replaceBrs(HtmlDocument &doc);
};

} // namespace html
