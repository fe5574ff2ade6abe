// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockoonPath.h"

#include <QByteArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// Mockoon's rewriting of an Express 4 endpoint into path-to-regexp 8 syntax, step by step.
QString convertExpressSyntax(QString path)
{
    struct Step
    {
        QRegularExpression pattern;
        QString replacement;
    };
    // 1: a lone "*" (at the start or after a slash) becomes a numbered wildcard.
    static const QRegularExpression lone(u"(^|/)\\*(?![A-Za-z0-9_\"])"_s);
    QString out;
    qsizetype last = 0;
    int wildcard = 0;
    for (auto it = lone.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(path).mid(last, m.capturedStart() - last);
        out += m.captured(1) + u"*wildcard"_s + QString::number(wildcard++);
        last = m.capturedEnd();
    }
    out += QStringView(path).mid(last);
    path = out;
    static const Step steps[] = {
        // 2, 3: "(group)?" and "(group)" become optional groups.
        { QRegularExpression(u"(?<!\\\\)\\(([^)]+)\\)\\?"_s), u"{\\1}"_s },
        { QRegularExpression(u"(?<!\\\\)\\(([^)]+)\\)"_s), u"{\\1}"_s },
        // 4: "/:id?" becomes "{/:id}".
        { QRegularExpression(u"([/.~-]):([A-Za-z_$][A-Za-z0-9_$]*)\\?"_s), u"{\\1:\\2}"_s },
        // 5: ":p+" becomes a wildcard.
        { QRegularExpression(u":([A-Za-z_$][A-Za-z0-9_$]*)\\+"_s), u"*\\1"_s },
        // 6: "/:p*" becomes an optional wildcard.
        { QRegularExpression(u"/:([A-Za-z_$][A-Za-z0-9_$]*)\\*"_s), u"{/*\\1}"_s },
        // 7: "b?" makes the character optional.
        { QRegularExpression(u"(?<!\\\\)([a-zA-Z0-9_])\\?"_s), u"{\\1}"_s },
        // 8: "b+" becomes one or two of it.
        { QRegularExpression(u"(?<!\\\\)([a-zA-Z0-9_])\\+"_s), u"\\1{\\1}"_s },
    };
    for (const Step &step : steps) {
        path.replace(step.pattern, step.replacement);
    }
    return path;
}

QString escapeRegex(const QString &text)
{
    return QRegularExpression::escape(text);
}

bool isIdStart(QChar c)
{
    return c.isLetter() || c == u'$' || c == u'_';
}

bool isIdContinue(QChar c)
{
    return isIdStart(c) || c.isDigit() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining
        || c.category() == QChar::Punctuation_Connector;
}

/// path-to-regexp 8: tokens of @p path from @p i to the closing "}" (or the end) as a regular
/// expression; names appended to @p names. Sets @p error on what it refuses.
struct Parser
{
    explicit Parser(const QString &text)
        : path(text)
    {
    }
    const QString &path;
    qsizetype i = 0;
    QStringList names;
    QList<bool> wildcard;
    QString error;

    QString parse(bool inGroup)
    {
        QString result;
        QString backtrack;
        bool safeSegment = false;
        while (i < path.size() && error.isEmpty()) {
            const QChar c = path.at(i);
            if (c == u'\\' && i + 1 < path.size()) {
                const QString text(path.at(i + 1));
                result += escapeRegex(text);
                backtrack += text;
                safeSegment = safeSegment || text == u"/"_s;
                i += 2;
                continue;
            }
            if (c == u':' || c == u'*') {
                ++i;
                QString name;
                if (i < path.size() && path.at(i) == u'"') {
                    const qsizetype close = path.indexOf(u'"', i + 1);
                    if (close < 0) {
                        error = u"unterminated quoted name at %1"_s.arg(i);
                        break;
                    }
                    name = path.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else if (i < path.size() && isIdStart(path.at(i))) {
                    const qsizetype start = i;
                    ++i;
                    while (i < path.size() && isIdContinue(path.at(i))) {
                        ++i;
                    }
                    name = path.mid(start, i - start);
                }
                if (name.isEmpty()) {
                    error = u"missing parameter name at %1"_s.arg(i);
                    break;
                }
                if (!safeSegment && backtrack.isEmpty()) {
                    error = u"missing text before parameter \"%1\""_s.arg(name);
                    break;
                }
                if (c == u':') {
                    if (safeSegment || backtrack.size() < 2) {
                        result += u"([^/"_s + (safeSegment ? QString() : escapeRegex(backtrack))
                            + u"]+)"_s;
                    } else {
                        result += u"((?:(?!"_s + escapeRegex(backtrack) + u")[^/])+)"_s;
                    }
                } else {
                    result += u"([\\s\\S]+)"_s;
                }
                names.append(name);
                wildcard.append(c == u'*');
                backtrack.clear();
                safeSegment = false;
                continue;
            }
            if (c == u'{') {
                ++i;
                const QString inner = parse(true);
                if (!error.isEmpty()) {
                    break;
                }
                if (i >= path.size() || path.at(i) != u'}') {
                    error = u"unterminated group"_s;
                    break;
                }
                ++i;
                result += u"(?:"_s + inner + u")?"_s;
                continue;
            }
            if (c == u'}') {
                if (inGroup) {
                    return result;
                }
                error = u"unexpected } at %1"_s.arg(i);
                break;
            }
            if (QStringView(u"()[]+?!").contains(c)) {
                error = u"unexpected %1 at %2"_s.arg(c).arg(i);
                break;
            }
            result += escapeRegex(QString(c));
            backtrack += c;
            safeSegment = safeSegment || c == u'/';
            ++i;
        }
        return result;
    }
};

/// JavaScript's decodeURIComponent: nothing for a value that is not valid percent-encoded UTF-8.
std::optional<QString> decodeComponent(const QString &value)
{
    if (!value.contains(u'%')) {
        return value;
    }
    const QByteArray latin = value.toUtf8();
    for (qsizetype k = 0; k < latin.size(); ++k) {
        if (latin.at(k) == '%') {
            if (k + 2 >= latin.size() || !isxdigit(uchar(latin.at(k + 1)))
                || !isxdigit(uchar(latin.at(k + 2)))) {
                return std::nullopt;
            }
        }
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(latin);
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.toUtf8() != bytes) {
        return std::nullopt; // not UTF-8
    }
    return decoded;
}

} // namespace

QString MockoonPath::collapseSlashes(const QString &path)
{
    if (!path.contains(u"//"_s)) {
        return path;
    }
    static const QRegularExpression runs(u"/{2,}"_s);
    QString out = path;
    out.replace(runs, u"/"_s);
    return out;
}

std::optional<MockoonPath> MockoonPath::compile(const QString &path, QString *error)
{
    QString original = path;
    original.replace(u' ', u"%20"_s);
    if (!original.startsWith(u'/')) {
        original.prepend(u'/');
    }
    original = collapseSlashes(original);
    MockoonPath result;
    result.m_converted = convertExpressSyntax(original);
    Parser parser(result.m_converted);
    const QString source = parser.parse(false);
    if (!parser.error.isEmpty()) {
        if (error) {
            *error = u"Mockoon cannot serve this endpoint (%1: %2)"_s.arg(
                result.m_converted, parser.error);
        }
        return std::nullopt;
    }
    result.m_regex = ValueMatcher::Regex(
        u"(?:"_s + source + u")(?:/)?"_s, QRegularExpression::CaseInsensitiveOption);
    if (!result.m_regex.isValid()) {
        if (error) {
            *error = u"not a path: %1"_s.arg(result.m_regex.errorString());
        }
        return std::nullopt;
    }
    result.m_names = parser.names;
    result.m_wildcard = parser.wildcard;
    return result;
}

bool MockoonPath::match(const QString &rawPath, PathCaptures *captures) const
{
    const QRegularExpressionMatch m = m_regex.match(collapseSlashes(rawPath));
    if (!m.hasMatch()) {
        return false;
    }
    PathCaptures found;
    for (qsizetype g = 0; g < m_names.size(); ++g) {
        if (m.capturedStart(int(g) + 1) < 0) {
            continue;
        }
        const QString text = m.captured(int(g) + 1);
        QStringList parts = m_wildcard.at(g) ? text.split(u'/') : QStringList { text };
        for (QString &part : parts) {
            const std::optional<QString> decoded = decodeComponent(part);
            if (!decoded) {
                return false;
            }
            part = *decoded;
        }
        found.append({ m_names.at(g), parts.join(u','), false });
    }
    if (captures) {
        *captures += found;
    }
    return true;
}

} // namespace MockBench
