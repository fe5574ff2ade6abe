// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace MockBench {

/// Highlights a response body in its template dialect: `{{ expression }}` spans with their
/// JavaScript keywords, request names, strings and numbers ("js"); Handlebars mustaches with
/// their helper names, hash keys, strings, numbers, sub-expressions, blocks, `{{else}}`,
/// `{{{raw}}}` and `{{!comments}}` ("mockoon", "wiremock"); nothing ("none"). When switched on,
/// JSON syntax too (keys, strings, numbers, true/false/null). `\{{` is a literal, as in the
/// template engines.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// What a piece of text is; each has its own format.
    enum class Token {
        Template, ///< the whole `{{ ... }}` span (a background tint)
        TemplateDelimiter, ///< `{{` and `}}`
        TemplateKeyword, ///< a JavaScript keyword inside a template
        TemplateName, ///< a name the template engine provides (params, query, uuid, ...)
        TemplateString, ///< a JavaScript string inside a template
        TemplateNumber, ///< a number inside a template
        TemplateHashKey, ///< Handlebars: the key of a `key=value` argument
        TemplateComment, ///< Handlebars: `{{! ... }}` and `{{!-- ... --}}`
        JsonKey,
        JsonString,
        JsonNumber,
        JsonLiteral, ///< true, false, null
    };
    Q_ENUM(Token)

    explicit TemplateHighlighter(QTextDocument *document);

    /// JSON highlighting, for bodies that are JSON (off by default).
    void setJsonHighlighting(bool on);
    bool jsonHighlighting() const { return m_json; }
    /// Template highlighting (on by default; off for bodies sent as is).
    void setTemplateHighlighting(bool on);
    bool templateHighlighting() const { return m_templates; }
    /// The dialect whose templates are highlighted (JavaScript by default; None highlights no
    /// template).
    void setDialect(TemplateDialect dialect);
    TemplateDialect dialect() const { return m_dialect; }

    /// The format used for @p token (colours follow the light or dark palette).
    QTextCharFormat tokenFormat(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightJson(const QString &text);
    void highlightTemplates(const QString &text);
    void highlightExpression(const QString &text, int from, int to);
    void highlightHandlebars(const QString &text);
    void highlightMustache(const QString &text, int from, int to);

    bool m_json = false;
    TemplateDialect m_dialect = TemplateDialect::JavaScript;
    bool m_templates = true;
    bool m_dark = false;
};

} // namespace MockBench
