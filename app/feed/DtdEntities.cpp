#include "feed/DtdEntities.h"

#include <cstring>

namespace feed {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool isNameChar(uchar c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// Reads the DTD's bytes from `p` to `n` one declaration at a time.
class SubsetReader
{
public:
    SubsetReader(const char *p, qsizetype n, qsizetype i) : m_p(p), m_n(n), m_i(i) {}

    qsizetype pos() const { return m_i; }
    bool atEnd() const { return m_i >= m_n; }
    bool startsWith(const char *s) const
    {
        const qsizetype len = qsizetype(std::strlen(s));
        return m_n - m_i >= len && std::memcmp(m_p + m_i, s, size_t(len)) == 0;
    }
    void skip(qsizetype count) { m_i += count; }
    void skipSpace()
    {
        while (m_i < m_n && isSpace(m_p[m_i]))
            ++m_i;
    }
    QByteArray name()
    {
        const qsizetype start = m_i;
        if (m_i < m_n && isNameStart(uchar(m_p[m_i])))
            while (m_i < m_n && isNameChar(uchar(m_p[m_i])))
                ++m_i;
        return QByteArray(m_p + start, m_i - start);
    }
    // A quoted literal; false when none starts here or it is not closed.
    bool literal(QByteArray &value)
    {
        if (m_i >= m_n || (m_p[m_i] != '"' && m_p[m_i] != '\''))
            return false;
        const void *close = std::memchr(m_p + m_i + 1, m_p[m_i], size_t(m_n - m_i - 1));
        if (!close)
            return false;
        const qsizetype end = static_cast<const char *>(close) - m_p;
        value = QByteArray(m_p + m_i + 1, end - m_i - 1);
        m_i = end + 1;
        return true;
    }
    // To just past `closer`; false when it never comes.
    bool skipPast(const char *closer)
    {
        const char *at = static_cast<const char *>(memmem(m_p + m_i, size_t(m_n - m_i), closer, std::strlen(closer)));
        if (!at)
            return false;
        m_i = (at - m_p) + qsizetype(std::strlen(closer));
        return true;
    }
    // To just past the declaration's '>', over quoted literals; sets
    // `hasReference` when a literal holds an entity reference.
    bool skipDeclaration(bool &hasReference)
    {
        while (m_i < m_n) {
            const char c = m_p[m_i];
            if (c == '>') {
                ++m_i;
                return true;
            }
            if (c == '"' || c == '\'') {
                QByteArray value;
                if (!literal(value))
                    return false;
                hasReference |= value.contains('&');
                continue;
            }
            ++m_i;
        }
        return false;
    }

private:
    const char *m_p;
    qsizetype m_n;
    qsizetype m_i;
};

// Expansion of one entity: its characters, with each reference replaced by
// the referenced entity's expansion. Depth-limited; saturates at `cap`.
class Expander
{
public:
    Expander(const QHash<QByteArray, QByteArray> &values, qsizetype cap) : m_values(values), m_cap(cap) {}

    qsizetype of(const QByteArray &name, int depth = 0)
    {
        const auto known = m_done.constFind(name);
        if (known != m_done.cend())
            return known.value();
        if (depth > 32 || m_open.contains(name))
            return m_cap; // a cycle, or nesting Qt would refuse anyway
        m_open.insert(name, true);
        const QByteArray value = m_values.value(name);
        qsizetype total = 0;
        for (qsizetype i = 0; i < value.size() && total < m_cap;) {
            if (value[i] == '&' && i + 1 < value.size() && isNameStart(uchar(value[i + 1]))) {
                const qsizetype semi = value.indexOf(';', i);
                const QByteArray ref = semi < 0 ? QByteArray() : value.mid(i + 1, semi - i - 1);
                if (!ref.isEmpty() && m_values.contains(ref)) {
                    total += of(ref, depth + 1);
                    i = semi + 1;
                    continue;
                }
            }
            ++total;
            ++i;
        }
        m_open.remove(name);
        total = qMin(total, m_cap);
        m_done.insert(name, total);
        return total;
    }

private:
    const QHash<QByteArray, QByteArray> &m_values;
    qsizetype m_cap;
    QHash<QByteArray, qsizetype> m_done;
    QHash<QByteArray, bool> m_open;
};

} // namespace

DtdEntities DtdEntities::scan(const QByteArray &doc, qsizetype from, qsizetype budget)
{
    DtdEntities out;
    const qsizetype doctype = doc.indexOf("<!DOCTYPE", from);
    if (doctype < 0)
        return out;
    out.doctypeStart = doctype;
    SubsetReader r(doc.constData(), doc.size(), doctype + 9);
    // Root name and external id up to '[' (the internal subset) or '>'.
    while (!r.atEnd() && !r.startsWith("[") && !r.startsWith(">")) {
        QByteArray ignored;
        if (!r.literal(ignored))
            r.skip(1);
    }
    if (!r.startsWith("["))
        return out;
    out.found = true;
    r.skip(1);
    QHash<QByteArray, QByteArray> values;
    for (;;) {
        r.skipSpace();
        if (r.atEnd()) {
            out.unsupported = true;
            break;
        }
        if (r.startsWith("]")) {
            r.skip(1);
            out.subsetEnd = r.pos();
            break;
        }
        bool ok = true;
        if (r.startsWith("<!--")) {
            ok = r.skipPast("-->");
        } else if (r.startsWith("<?")) {
            ok = r.skipPast("?>");
        } else if (r.startsWith("%")) {
            ok = r.skipPast(";");
        } else if (r.startsWith("<!ENTITY")) {
            ++out.declarations;
            r.skip(8);
            r.skipSpace();
            const bool parameter = r.startsWith("%");
            if (parameter) {
                r.skip(1);
                r.skipSpace();
            }
            const QByteArray name = r.name();
            r.skipSpace();
            QByteArray value;
            bool hasReference = false;
            if (r.literal(value)) {
                // A parameter entity's text becomes part of the DTD itself.
                if (parameter || name.isEmpty())
                    out.unsupported = true;
                else if (!values.contains(name)) // the first declaration binds
                    values.insert(name, value);
            }
            ok = r.skipDeclaration(hasReference);
        } else if (r.startsWith("<!ATTLIST")) {
            bool hasReference = false;
            ok = r.skipDeclaration(hasReference);
            out.unsupported |= hasReference; // a default value that expands on every element
        } else if (r.startsWith("<!")) {
            bool ignored = false;
            ok = r.skipDeclaration(ignored);
        } else {
            ok = false;
        }
        if (!ok || out.unsupported) {
            out.unsupported = true;
            break;
        }
    }
    Expander expander(values, budget + 1);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.expansion.insert(it.key(), expander.of(it.key()));
    return out;
}

} // namespace feed
