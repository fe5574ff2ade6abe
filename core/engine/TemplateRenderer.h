// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PathTemplate.h"
#include "model/Response.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QObject)

namespace MockBench {

struct HttpRequest;
class TemplateState;

/// A template compiled once by a renderer; only the renderer that compiled it renders it.
class CompiledTemplate
{
public:
    virtual ~CompiledTemplate() = default;

    /// True when rendering always gives staticText() (no expression, no error).
    bool isStatic() const { return m_static && m_error.isEmpty(); }
    /// The whole text of a static template, UTF-8 (after the dialect's unescaping).
    const QByteArray &staticText() const { return m_text; }
    /// A syntax error found when compiling; rendering reports it too.
    const QString &error() const { return m_error; }
    const QString &source() const { return m_source; }

protected:
    QString m_source;
    QByteArray m_text; ///< static: the whole text; otherwise the dialect's own use
    QString m_error;
    bool m_static = true;
};

/// The outcome of one render: the text, or why there is none.
struct RenderResult
{
    QByteArray text;
    QString error; ///< empty on success
    /// A status the template set for its response (Mockoon's {{status 201}}), if it did.
    std::optional<int> status = std::nullopt;
    bool ok() const { return error.isEmpty(); }
};

/// Renders response bodies and header values of one dialect (Response::templating). Every
/// renderer compiles each template once, bounds how long a render may run and how much text it
/// may produce, and reports errors as text so the server can answer 500 with them.
class TemplateRenderer
{
public:
    /// Default of setMaxOutputSize(): 16 MiB.
    static constexpr qsizetype DefaultMaxOutputSize = 16 * 1024 * 1024;

    virtual ~TemplateRenderer() = default;

    virtual TemplateDialect dialect() const = 0;
    /// Compiles @p source; the result stays valid as long as this renderer lives.
    virtual std::shared_ptr<const CompiledTemplate> compile(const QString &source) = 0;
    /// Renders @p tmpl (compiled by this renderer) for @p request with path captures @p params,
    /// waiting for the result (--validate and tests; the server uses renderAsync()).
    virtual RenderResult render(
        const CompiledTemplate &tmpl, const HttpRequest &request, const PathCaptures &params) = 0;
    /// Renders @p templates (each compiled by this renderer), in order, for one request, and calls
    /// @p done on the thread of @p context with one result per template, unless @p context is
    /// destroyed first (then @p done is never called). Dialects that run code render on their
    /// own worker thread, so the calling thread keeps serving; the others, and templates that
    /// cannot run long (a JavaScript expression with no call, function, loop or assignment that
    /// reads neither body nor json), call @p done at once, before returning. @p context lives on the thread that made this renderer; destroying the
    /// renderer drops the renders still pending (their @p done is never called either).
    virtual void renderAsync(const QList<std::shared_ptr<const CompiledTemplate>> &templates,
        const HttpRequest &request, const PathCaptures &params, QObject *context,
        std::function<void(QList<RenderResult>)> done);
    /// Longest a single render may run before it is interrupted.
    virtual void setTimeout(int ms) = 0;
    /// Largest text, in bytes of UTF-8, that one render may produce; a longer one is an error
    /// ("template output is N bytes, more than the limit of M").
    virtual void setMaxOutputSize(qsizetype bytes) = 0;
    /// Seeds the dialect's random helpers so their values repeat run to run.
    virtual void setRandomSeed(quint32 seed) = 0;
    /// The data stores and global variables templates read and change (none by default); kept
    /// alive as long as a render may use it.
    virtual void setState(std::shared_ptr<TemplateState> state) { Q_UNUSED(state) }
    /// Stops the templates' clock at @p msSinceEpoch (tests, reproducible answers); nothing:
    /// the real clock (the default).
    virtual void setFixedTime(std::optional<qint64> msSinceEpoch) { Q_UNUSED(msSinceEpoch) }
};

/// The "none" dialect: text is sent exactly as written.
class PlainTextRenderer : public TemplateRenderer
{
public:
    TemplateDialect dialect() const override { return TemplateDialect::None; }
    std::shared_ptr<const CompiledTemplate> compile(const QString &source) override;
    RenderResult render(const CompiledTemplate &tmpl, const HttpRequest &request,
        const PathCaptures &params) override;
    void setTimeout(int) override { }
    void setMaxOutputSize(qsizetype) override { }
    void setRandomSeed(quint32) override { }
};

/// One renderer per dialect, made when first asked for (a QJSEngine costs memory and start-up
/// time, so a set without templates never makes one).
class TemplateRenderers
{
public:
    TemplateRenderers();
    ~TemplateRenderers();

    TemplateRenderer &forDialect(TemplateDialect dialect);
    /// Applies to every renderer, made now or later.
    void setTimeout(int ms);
    void setMaxOutputSize(qsizetype bytes);
    void setRandomSeed(quint32 seed);
    void setState(std::shared_ptr<TemplateState> state);
    void setFixedTime(std::optional<qint64> msSinceEpoch);

private:
    std::unique_ptr<TemplateRenderer> &slotOf(TemplateDialect dialect);
    QList<TemplateRenderer *> made() const;

    std::unique_ptr<TemplateRenderer> m_js;
    std::unique_ptr<TemplateRenderer> m_plain;
    std::unique_ptr<TemplateRenderer> m_mockoon;
    std::unique_ptr<TemplateRenderer> m_wiremock;
    std::optional<qint64> m_fixedTime;
    int m_timeoutMs = 0; ///< 0: the renderers' default
    qsizetype m_maxOutput = 0; ///< 0: the renderers' default
    std::optional<quint32> m_seed;
    std::shared_ptr<TemplateState> m_state;
};

} // namespace MockBench
