// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/TemplateRenderer.h"

#include <QObject>
#include <memory>

namespace MockBench {

/// The "js" dialect: `{{ expression }}` in JavaScript (QJSEngine) over a request's context
/// (params, query, headers, body, json, method, path) and helpers (uuid, randomInt, now);
/// `\{{` is a literal `{{`. Templates run on the renderer's own worker thread, one render at a
/// time in the order asked for, so the thread that asks keeps serving. A render is interrupted
/// when it runs longer than timeout() or grows the process by more than memoryLimit(); no
/// single built-in call (String.prototype.repeat, new Array(n), JSON.stringify...) may make a
/// string longer than maxOutputSize() characters, an array of more than maxOutputSize() / 64
/// elements or a buffer of more than maxOutputSize() bytes; and a render that runs out of
/// memory fails alone, on a fresh engine for the next one.
class JsTemplateRenderer : public QObject, public TemplateRenderer
{
    Q_OBJECT
public:
    /// Default of setMemoryLimit(): 256 MiB.
    static constexpr qsizetype DefaultMemoryLimit = 256 * 1024 * 1024;

    /// The "js" dialect.
    explicit JsTemplateRenderer(QObject *parent = nullptr);
    /// @p dialect: JavaScript, or one of the Handlebars dialects (Mockoon, WireMock), which
    /// run Handlebars 4 with their tool's helpers (resources/templates/) in the same engine,
    /// under the same watchdog and bounds.
    explicit JsTemplateRenderer(TemplateDialect dialect, QObject *parent = nullptr);
    /// Interrupts the render under way, drops those waiting and stops the worker thread.
    ~JsTemplateRenderer() override;

    TemplateDialect dialect() const override;
    /// Checks the syntax, so a syntax error is reported here: JavaScript on the calling thread
    /// (no template code runs there), Handlebars by the worker's engine (parsing runs none
    /// either; this waits for it, and the first check loads the dialect). The worker compiles
    /// its own copy when it first renders the template.
    std::shared_ptr<const CompiledTemplate> compile(const QString &source) override;
    RenderResult render(const CompiledTemplate &tmpl, const HttpRequest &request,
        const PathCaptures &params) override;
    void renderAsync(const QList<std::shared_ptr<const CompiledTemplate>> &templates,
        const HttpRequest &request, const PathCaptures &params, QObject *context,
        std::function<void(QList<RenderResult>)> done) override;
    /// Default 100 ms for the "js" dialect, DefaultHandlebarsTimeoutMs for the Handlebars ones.
    void setTimeout(int ms) override;
    static constexpr int DefaultHandlebarsTimeoutMs = 1000;
    int timeout() const;
    /// Default TemplateRenderer::DefaultMaxOutputSize.
    void setMaxOutputSize(qsizetype bytes) override;
    qsizetype maxOutputSize() const;
    /// How much a render may grow the process's resident memory before it is interrupted; 0:
    /// no bound. Measured for the whole process, so memory other threads take meanwhile counts.
    void setMemoryLimit(qsizetype bytes);
    qsizetype memoryLimit() const;
    /// Applies to the renders asked for after this call, not to those already waiting.
    void setRandomSeed(quint32 seed) override;
    void setState(std::shared_ptr<TemplateState> state) override;
    void setFixedTime(std::optional<qint64> msSinceEpoch) override;

    /// How many times the worker threw its engine away after running out of memory.
    int engineRestarts() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
