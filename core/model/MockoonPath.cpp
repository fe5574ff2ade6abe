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

/// A token of path-to-regexp 8's syntax.
struct Token
{
    enum class Kind { Text, Param, Wildcard, Group };
    Kind kind = Kind::Text;
    QString value; ///< Text: the text; Param, Wildcard: the name
    QList<Token> tokens; ///< Group: what is optional
};

/// path-to-regexp 8's lexer and parser: @p path from @p i to the closing "}" (or the end).
struct Parser
{
    explicit Parser(const QString &text)
        : path(text)
    {
    }
    const QString &path;
    qsizetype i = 0;
    QString error;

    QList<Token> parse(bool inGroup)
    {
        QList<Token> out;
        auto text = [&out](const QString &t) {
            if (!out.isEmpty() && out.last().kind == Token::Kind::Text) {
                out.last().value += t;
            } else {
                out.append({ Token::Kind::Text, t, {} });
            }
        };
        while (i < path.size() && error.isEmpty()) {
            const QChar c = path.at(i);
            if (c == u'\\' && i + 1 < path.size()) {
                text(QString(path.at(i + 1)));
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
                out.append({ c == u':' ? Token::Kind::Param : Token::Kind::Wildcard, name, {} });
                continue;
            }
            if (c == u'{') {
                ++i;
                Token group { Token::Kind::Group, {}, parse(true) };
                if (!error.isEmpty()) {
                    break;
                }
                if (i >= path.size() || path.at(i) != u'}') {
                    error = u"unterminated group"_s;
                    break;
                }
                ++i;
                out.append(group);
                continue;
            }
            if (c == u'}') {
                if (inGroup) {
                    return out;
                }
                error = u"unexpected } at %1"_s.arg(i);
                break;
            }
            if (QStringView(u"()[]+?!").contains(c)) {
                error = u"unexpected %1 at %2"_s.arg(c).arg(i);
                break;
            }
            text(QString(c));
            ++i;
        }
        return out;
    }
};

/// Every way the optional groups can be taken, with a group before its absence (path-to-regexp
/// 8's flatten(), whose alternatives are tried in this order); at most @p limit of them.
void flatten(const QList<Token> &tokens, qsizetype index, QList<Token> seq,
    QList<QList<Token>> *out, qsizetype limit)
{
    while (index < tokens.size() && tokens.at(index).kind != Token::Kind::Group) {
        seq.append(tokens.at(index++));
    }
    if (out->size() >= limit) {
        return;
    }
    if (index == tokens.size()) {
        out->append(seq);
        return;
    }
    QList<QList<Token>> inner;
    flatten(tokens.at(index).tokens, 0, seq, &inner, limit);
    for (const QList<Token> &with : std::as_const(inner)) {
        flatten(tokens, index + 1, with, out, limit);
    }
    flatten(tokens, index + 1, seq, out, limit);
}

/// One flattened sequence as a regular expression (path-to-regexp 8's toRegExp()); its
/// parameter names and which of them are wildcards are appended.
QString toRegex(
    const QList<Token> &tokens, QStringList *names, QList<bool> *wildcards, QString *error)
{
    QString result;
    QString backtrack;
    bool safeSegment = true;
    for (const Token &token : tokens) {
        if (token.kind == Token::Kind::Text) {
            result += escapeRegex(token.value);
            backtrack += token.value;
            safeSegment = safeSegment || token.value.contains(u'/');
            continue;
        }
        if (!safeSegment && backtrack.isEmpty()) {
            *error = u"missing text before parameter \"%1\""_s.arg(token.value);
            return {};
        }
        if (token.kind == Token::Kind::Param) {
            const QString avoid = safeSegment ? QString() : backtrack;
            if (avoid.size() < 2) {
                result += u"([^/"_s + escapeRegex(avoid) + u"]+)"_s;
            } else {
                result += u"((?:(?!"_s + escapeRegex(avoid) + u")[^/])+)"_s;
            }
        } else {
            result += u"([\\s\\S]+)"_s;
        }
        names->append(token.value);
        wildcards->append(token.kind == Token::Kind::Wildcard);
        backtrack.clear();
        safeSegment = false;
    }
    return result;
}

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
    const QList<Token> tokens = parser.parse(false);
    QString problem = parser.error;
    QList<QList<Token>> sequences;
    constexpr qsizetype MaxAlternatives = 256;
    if (problem.isEmpty()) {
        flatten(tokens, 0, {}, &sequences, MaxAlternatives + 1);
        if (sequences.size() > MaxAlternatives) {
            problem = u"more than %1 ways to take its optional parts"_s.arg(MaxAlternatives);
        }
    }
    for (const QList<Token> &sequence : std::as_const(sequences)) {
        if (!problem.isEmpty()) {
            break;
        }
        Alternative alternative;
        const QString source =
            toRegex(sequence, &alternative.names, &alternative.wildcard, &problem);
        alternative.regex = ValueMatcher::Regex(
            u"(?:"_s + source + u")(?:/)?"_s, QRegularExpression::CaseInsensitiveOption);
        if (problem.isEmpty() && !alternative.regex.isValid()) {
            problem = alternative.regex.errorString();
        }
        result.m_alternatives.append(alternative);
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error =
                u"Mockoon cannot serve this endpoint (%1: %2)"_s.arg(result.m_converted, problem);
        }
        return std::nullopt;
    }
    for (const Alternative &alternative : std::as_const(result.m_alternatives)) {
        for (const QString &name : alternative.names) {
            if (!result.m_names.contains(name)) {
                result.m_names.append(name);
            }
        }
    }
    return result;
}

bool MockoonPath::match(const QString &rawPath, PathCaptures *captures) const
{
    const QString path = collapseSlashes(rawPath);
    for (const Alternative &alternative : m_alternatives) {
        const QRegularExpressionMatch m = alternative.regex.match(path);
        if (!m.hasMatch()) {
            continue;
        }
        PathCaptures found;
        for (qsizetype g = 0; g < alternative.names.size(); ++g) {
            const QString text = m.captured(int(g) + 1);
            QStringList parts =
                alternative.wildcard.at(g) ? text.split(u'/') : QStringList { text };
            for (QString &part : parts) {
                const std::optional<QString> decoded = decodeComponent(part);
                if (!decoded) {
                    return false; // Mockoon skips a route whose parameters do not decode
                }
                part = *decoded;
            }
            found.append({ alternative.names.at(g), parts.join(u','), false });
        }
        if (captures) {
            *captures += found;
        }
        return true;
    }
    return false;
}

} // namespace MockBench
