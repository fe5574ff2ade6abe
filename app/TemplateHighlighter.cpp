// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateHighlighter.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

// Block states: the line ends inside a span that goes on in the next line. JavaScript's
// `{{ ... }}`; Handlebars' mustache `{{ ... }}`, raw `{{{ ... }}}`, comment `{{! ... }}` and
// long comment `{{!-- ... --}}`.
constexpr int InTemplate = 1;
constexpr int InMustache = 2;
constexpr int InRawMustache = 3;
constexpr int InComment = 4;
constexpr int InLongComment = 5;

/// What ends the Handlebars span of block state @p state.
QString closingOf(int state)
{
    switch (state) {
    case InRawMustache:
        return u"}}}"_s;
    case InLongComment:
        return u"--}}"_s;
    default:
        break;
    }
    return u"}}"_s;
}

/// A character of a Handlebars path or helper name (`request.path`, `../name`, `my-helper`,
/// `array.[0]`).
bool isPathPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.' || c == u'/' || c == u'-'
        || c == u'@' || c == u'[' || c == u']';
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// Index of the next `{{` at or after @p from that is not escaped as `\{{`; -1 if none.
int findOpen(const QString &text, int from)
{
    int open = text.indexOf(u"{{"_s, from);
    while (open > 0 && text.at(open - 1) == u'\\') {
        open = text.indexOf(u"{{"_s, open + 2);
    }
    return open;
}

/// Index just past the string that starts with the quote at @p from (or the end of @p to).
int stringEnd(const QString &text, int from, int to)
{
    const QChar quote = text.at(from);
    int i = from + 1;
    while (i < to) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == quote) {
            return i + 1;
        }
        ++i;
    }
    return to;
}

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_dark(QGuiApplication::palette().color(QPalette::Base).lightness() < 128)
{
}

void TemplateHighlighter::setJsonHighlighting(bool on)
{
    if (m_json == on) {
        return;
    }
    m_json = on;
    rehighlight();
}

void TemplateHighlighter::setDialect(TemplateDialect dialect)
{
    if (m_dialect == dialect) {
        return;
    }
    m_dialect = dialect;
    rehighlight();
}

void TemplateHighlighter::setTemplateHighlighting(bool on)
{
    if (m_templates == on) {
        return;
    }
    m_templates = on;
    rehighlight();
}

QTextCharFormat TemplateHighlighter::tokenFormat(Token token) const
{
    // Two palettes: colours readable on a light and on a dark editor background.
    const auto colour = [this](const char *light, const char *dark) {
        return QColor::fromString(QLatin1StringView(m_dark ? dark : light));
    };
    QTextCharFormat f;
    switch (token) {
    case Token::Template:
        f.setBackground(colour("#fff3cd", "#3d3522"));
        break;
    case Token::TemplateDelimiter:
        f.setForeground(colour("#a05a00", "#ffcb6b"));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::TemplateKeyword:
        f.setForeground(colour("#0033b3", "#82aaff"));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::TemplateName:
        f.setForeground(colour("#871094", "#c792ea"));
        break;
    case Token::TemplateString:
        f.setForeground(colour("#067d17", "#c3e88d"));
        break;
    case Token::TemplateNumber:
        f.setForeground(colour("#1750eb", "#f78c6c"));
        break;
    case Token::TemplateHashKey:
        f.setForeground(colour("#8c4a00", "#f0a05a"));
        f.setFontItalic(true);
        break;
    case Token::TemplateComment:
        f.setForeground(colour("#6a737d", "#8b949e"));
        f.setFontItalic(true);
        break;
    case Token::JsonKey:
        f.setForeground(colour("#871094", "#c792ea"));
        break;
    case Token::JsonString:
        f.setForeground(colour("#067d17", "#a5d6a7"));
        break;
    case Token::JsonNumber:
        f.setForeground(colour("#1750eb", "#f78c6c"));
        break;
    case Token::JsonLiteral:
        f.setForeground(colour("#0033b3", "#82aaff"));
        f.setFontWeight(QFont::Bold);
        break;
    }
    return f;
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(0);
    if (m_json) {
        highlightJson(text);
    }
    if (!m_templates) {
        return;
    }
    switch (m_dialect) {
    case TemplateDialect::JavaScript:
        highlightTemplates(text);
        break;
    case TemplateDialect::Mockoon:
    case TemplateDialect::WireMock:
        highlightHandlebars(text);
        break;
    case TemplateDialect::None:
        break;
    }
}

void TemplateHighlighter::highlightJson(const QString &text)
{
    static const QRegularExpression number(u"-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?"_s);
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const int end = stringEnd(text, i, int(text.size()));
            int next = end;
            while (next < text.size() && text.at(next).isSpace()) {
                ++next;
            }
            const bool key = next < text.size() && text.at(next) == u':';
            setFormat(i, end - i, tokenFormat(key ? Token::JsonKey : Token::JsonString));
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            const QRegularExpressionMatch m = number.match(text, i, QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption);
            const int length = m.hasMatch() ? int(m.capturedLength()) : 1;
            if (m.hasMatch()) {
                setFormat(i, length, tokenFormat(Token::JsonNumber));
            }
            i += length;
        } else if (c.isLetter()) {
            int end = i;
            while (end < text.size() && text.at(end).isLetter()) {
                ++end;
            }
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null") {
                setFormat(i, end - i, tokenFormat(Token::JsonLiteral));
            }
            i = end;
        } else {
            ++i;
        }
    }
}

void TemplateHighlighter::highlightTemplates(const QString &text)
{
    bool inside = previousBlockState() == InTemplate;
    int pos = 0;
    while (pos <= text.size()) {
        int spanStart = pos;
        int exprStart = pos;
        if (!inside) {
            const int open = findOpen(text, pos);
            if (open < 0) {
                return;
            }
            spanStart = open;
            exprStart = open + 2;
        }
        const int close = int(text.indexOf(u"}}"_s, exprStart));
        const int exprEnd = close < 0 ? int(text.size()) : close;
        const int spanEnd = close < 0 ? int(text.size()) : close + 2;

        setFormat(spanStart, spanEnd - spanStart, tokenFormat(Token::Template));
        highlightExpression(text, exprStart, exprEnd);
        QTextCharFormat delimiter = tokenFormat(Token::Template);
        delimiter.merge(tokenFormat(Token::TemplateDelimiter));
        if (!inside) {
            setFormat(spanStart, 2, delimiter);
        }
        if (close < 0) {
            setCurrentBlockState(InTemplate);
            return;
        }
        setFormat(close, 2, delimiter);
        pos = spanEnd;
        inside = false;
    }
}

void TemplateHighlighter::highlightExpression(const QString &text, int from, int to)
{
    static const QStringList keywords { u"var"_s, u"let"_s, u"const"_s, u"function"_s, u"return"_s,
        u"if"_s, u"else"_s, u"for"_s, u"while"_s, u"do"_s, u"new"_s, u"typeof"_s, u"instanceof"_s,
        u"in"_s, u"of"_s, u"true"_s, u"false"_s, u"null"_s, u"undefined"_s, u"this"_s, u"break"_s,
        u"continue"_s, u"switch"_s, u"case"_s, u"default"_s, u"try"_s, u"catch"_s, u"throw"_s };
    // What the template engine gives an expression (README "Templates").
    static const QStringList names { u"params"_s, u"query"_s, u"headers"_s, u"body"_s, u"json"_s,
        u"method"_s, u"path"_s, u"uuid"_s, u"randomInt"_s, u"now"_s, u"faker"_s, u"data"_s };

    const auto formatFor = [this](Token token) {
        QTextCharFormat f = tokenFormat(Token::Template);
        f.merge(tokenFormat(token));
        return f;
    };
    int i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'' || c == u'`') {
            const int end = stringEnd(text, i, to);
            setFormat(i, end - i, formatFor(Token::TemplateString));
            i = end;
        } else if (c.isDigit()) {
            int end = i;
            while (end < to && (text.at(end).isLetterOrNumber() || text.at(end) == u'.')) {
                ++end;
            }
            setFormat(i, end - i, formatFor(Token::TemplateNumber));
            i = end;
        } else if (isIdentifierStart(c)) {
            int end = i;
            while (end < to && isIdentifierPart(text.at(end))) {
                ++end;
            }
            const QString word = text.mid(i, end - i);
            // A name after a dot is a property (params.path), not the engine's `path`.
            const bool property = i > 0 && text.at(i - 1) == u'.';
            if (keywords.contains(word)) {
                setFormat(i, end - i, formatFor(Token::TemplateKeyword));
            } else if (!property && names.contains(word)) {
                setFormat(i, end - i, formatFor(Token::TemplateName));
            }
            i = end;
        } else {
            ++i;
        }
    }
}

void TemplateHighlighter::highlightHandlebars(const QString &text)
{
    const int previous = previousBlockState();
    int state = previous >= InMustache && previous <= InLongComment ? previous : 0;
    QTextCharFormat delimiter = tokenFormat(Token::Template);
    delimiter.merge(tokenFormat(Token::TemplateDelimiter));
    QTextCharFormat comment = tokenFormat(Token::Template);
    comment.merge(tokenFormat(Token::TemplateComment));
    int pos = 0;
    while (pos <= text.size()) {
        int spanStart = pos;
        int openLength = 0;
        if (state == 0) {
            const int open = findOpen(text, pos);
            if (open < 0) {
                return;
            }
            spanStart = open;
            // `{{~` trims white space before the mustache; the kind follows the tilde.
            const int kindAt =
                open + 2 < text.size() && text.at(open + 2) == u'~' ? open + 3 : open + 2;
            const QStringView rest = QStringView(text).mid(kindAt);
            if (text.mid(open, 3) == u"{{{") {
                state = InRawMustache;
                openLength = 3;
            } else if (rest.startsWith(u"!--")) {
                state = InLongComment;
                openLength = kindAt - open + 3;
            } else if (rest.startsWith(u'!')) {
                state = InComment;
                openLength = kindAt - open + 1;
            } else {
                state = InMustache;
                openLength = 2;
            }
        }
        const QString closing = closingOf(state);
        const int exprStart = spanStart + openLength;
        const int close = int(text.indexOf(closing, exprStart));
        const int exprEnd = close < 0 ? int(text.size()) : close;
        const int spanEnd = close < 0 ? int(text.size()) : close + int(closing.size());

        if (state == InComment || state == InLongComment) {
            setFormat(spanStart, spanEnd - spanStart, comment);
        } else {
            setFormat(spanStart, spanEnd - spanStart, tokenFormat(Token::Template));
            highlightMustache(text, exprStart, exprEnd);
            if (openLength > 0) {
                setFormat(spanStart, openLength, delimiter);
            }
            if (close >= 0) {
                setFormat(close, int(closing.size()), delimiter);
            }
        }
        if (close < 0) {
            setCurrentBlockState(state);
            return;
        }
        pos = spanEnd;
        state = 0;
    }
}

void TemplateHighlighter::highlightMustache(const QString &text, int from, int to)
{
    // Words with a meaning of their own in Handlebars, and its data variables.
    static const QStringList keywords { u"else"_s, u"this"_s, u"true"_s, u"false"_s, u"null"_s,
        u"undefined"_s, u"as"_s, u"@index"_s, u"@key"_s, u"@first"_s, u"@last"_s, u"@root"_s };

    const auto formatFor = [this](Token token) {
        QTextCharFormat f = tokenFormat(Token::Template);
        f.merge(tokenFormat(token));
        return f;
    };
    // The first path of a mustache or of a sub-expression names the helper (or the value).
    bool expectName = true;
    int i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (expectName && (c == u'#' || c == u'/' || c == u'^' || c == u'>' || c == u'&')) {
            setFormat(i, 1, formatFor(Token::TemplateDelimiter));
            ++i;
        } else if (c == u'~' || c == u'(' || c == u')') {
            setFormat(i, 1, formatFor(Token::TemplateDelimiter));
            expectName = expectName || c == u'(';
            ++i;
        } else if (c == u'"' || c == u'\'') {
            const int end = stringEnd(text, i, to);
            setFormat(i, end - i, formatFor(Token::TemplateString));
            expectName = false;
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < to && text.at(i + 1).isDigit())) {
            int end = i + 1;
            while (end < to && (text.at(end).isDigit() || text.at(end) == u'.')) {
                ++end;
            }
            setFormat(i, end - i, formatFor(Token::TemplateNumber));
            expectName = false;
            i = end;
        } else if (isPathPart(c)) {
            int end = i;
            while (end < to && isPathPart(text.at(end))) {
                ++end;
            }
            int next = end;
            while (next < to && text.at(next).isSpace()) {
                ++next;
            }
            const QString word = text.mid(i, end - i);
            if (next < to && text.at(next) == u'=') {
                setFormat(i, next + 1 - i, formatFor(Token::TemplateHashKey));
                end = next + 1;
                expectName = false;
            } else if (keywords.contains(word)) {
                setFormat(i, end - i, formatFor(Token::TemplateKeyword));
                // {{else if cond}}: the helper comes after the else.
                expectName = word == u"else";
            } else {
                if (expectName) {
                    setFormat(i, end - i, formatFor(Token::TemplateName));
                }
                expectName = false;
            }
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace MockBench
