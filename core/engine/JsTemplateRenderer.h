// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/TemplateRenderer.h"

#include <QObject>
#include <memory>

namespace MockBench {

/// The "js" dialect: `{{ expression }}` in JavaScript (QJSEngine) over a request's context
/// (params, query, headers, body, json, method, path) and helpers (uuid, randomInt, now);
/// `\{{` is a literal `{{`. Evaluation that runs longer than timeout() is interrupted from a
/// watchdog thread.
class JsTemplateRenderer : public QObject, public TemplateRenderer
{
    Q_OBJECT
public:
    explicit JsTemplateRenderer(QObject *parent = nullptr);
    ~JsTemplateRenderer() override;

    TemplateDialect dialect() const override { return TemplateDialect::JavaScript; }
    std::shared_ptr<const CompiledTemplate> compile(const QString &source) override;
    RenderResult render(const CompiledTemplate &tmpl, const HttpRequest &request,
        const PathCaptures &params) override;
    /// Default 100 ms.
    void setTimeout(int ms) override;
    int timeout() const;
    void setRandomSeed(quint32 seed) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
