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

// Block state: the line ends inside a `{{ ... }}` span that goes on in the next line.
constexpr int InTemplate = 1;

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
    if (m_templates) {
        highlightTemplates(text);
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
        u"method"_s, u"path"_s, u"uuid"_s, u"randomInt"_s, u"now"_s };

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

} // namespace MockBench
