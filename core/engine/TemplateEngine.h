// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PathTemplate.h"

#include <QByteArray>
#include <QJSValue>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QJSEngine;

namespace MockBench {

struct HttpRequest;
class TemplateHelpers;
class TemplateWatchdog;

/// A template compiled once: literal text and JavaScript expressions between {{ }}.
class CompiledTemplate
{
public:
    bool isStatic() const { return m_parts.isEmpty() && m_error.isEmpty(); }
    /// The text of a template without expressions (after \{{ unescaping), UTF-8.
    const QByteArray &staticText() const { return m_static; }
    /// A syntax error found when compiling; rendering reports it too.
    const QString &error() const { return m_error; }
    const QString &source() const { return m_source; }

private:
    friend class TemplateEngine;
    struct Part
    {
        QByteArray literal; ///< text before the expression
        QString expression;
        QJSValue function; ///< compiled wrapper, called with the request context
    };
    enum Uses : unsigned { UsesQuery = 1, UsesHeaders = 2, UsesBody = 4, UsesJson = 8 };

    QString m_source;
    QList<Part> m_parts;
    QByteArray m_static; ///< whole text when static, else the tail after the last expression
    QString m_error;
    unsigned m_uses = 0;
};

/// Renders `{{ expression }}` templates with QJSEngine over a request's context (params,
/// query, headers, body, json, method, path) and helpers (uuid, randomInt, now).
/// Evaluation that runs longer than timeout() is interrupted from a watchdog thread.
class TemplateEngine : public QObject
{
    Q_OBJECT
public:
    explicit TemplateEngine(QObject *parent = nullptr);
    ~TemplateEngine() override;

    struct Result
    {
        QByteArray text;
        QString error; ///< empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /// True when @p text contains an unescaped {{ and so needs the engine.
    static bool isTemplate(const QString &text);

    /// Compiles @p source once; the result stays valid as long as this engine lives.
    std::shared_ptr<const CompiledTemplate> compile(const QString &source);
    /// Renders @p tmpl for @p request with path captures @p params.
    Result render(
        const CompiledTemplate &tmpl, const HttpRequest &request, const PathCaptures &params);

    /// Longest a single render may run before it is interrupted (default 100 ms).
    void setTimeout(int ms);
    int timeout() const;
    /// Seeds randomInt() and uuid() so their values repeat run to run.
    void setRandomSeed(quint32 seed);

private:
    QJSValueList buildArguments(
        const CompiledTemplate &tmpl, const HttpRequest &request, const PathCaptures &params);

    std::unique_ptr<QJSEngine> m_engine;
    TemplateHelpers *m_helpers = nullptr; // owned by m_engine's JS heap via parent
    std::unique_ptr<TemplateWatchdog> m_watchdog;
    QJSValue m_parseJson;
};

} // namespace MockBench
