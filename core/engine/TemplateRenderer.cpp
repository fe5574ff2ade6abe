// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateRenderer.h"

#include "engine/JsTemplateRenderer.h"

namespace MockBench {

namespace {

class PlainTemplate : public CompiledTemplate
{
public:
    explicit PlainTemplate(const QString &source)
    {
        m_source = source;
        m_text = source.toUtf8();
    }
};

} // namespace

std::shared_ptr<const CompiledTemplate> PlainTextRenderer::compile(const QString &source)
{
    return std::make_shared<PlainTemplate>(source);
}

RenderResult PlainTextRenderer::render(
    const CompiledTemplate &tmpl, const HttpRequest &, const PathCaptures &)
{
    return { tmpl.staticText(), {} };
}

void TemplateRenderer::renderAsync(const QList<std::shared_ptr<const CompiledTemplate>> &templates,
    const HttpRequest &request, const PathCaptures &params, QObject *,
    std::function<void(QList<RenderResult>)> done)
{
    // Nothing here runs user code, so rendering in place cannot hold the caller for long.
    QList<RenderResult> results;
    results.reserve(templates.size());
    for (const std::shared_ptr<const CompiledTemplate> &tmpl : templates) {
        results.append(render(*tmpl, request, params));
    }
    done(std::move(results));
}

TemplateRenderers::TemplateRenderers() = default;
TemplateRenderers::~TemplateRenderers() = default;

std::unique_ptr<TemplateRenderer> &TemplateRenderers::slotOf(TemplateDialect dialect)
{
    switch (dialect) {
    case TemplateDialect::None:
        return m_plain;
    case TemplateDialect::Mockoon:
        return m_mockoon;
    case TemplateDialect::WireMock:
        return m_wiremock;
    case TemplateDialect::JavaScript:
        break;
    }
    return m_js;
}

QList<TemplateRenderer *> TemplateRenderers::made() const
{
    QList<TemplateRenderer *> renderers;
    for (TemplateRenderer *r : { m_js.get(), m_plain.get(), m_mockoon.get(), m_wiremock.get() }) {
        if (r) {
            renderers.append(r);
        }
    }
    return renderers;
}

TemplateRenderer &TemplateRenderers::forDialect(TemplateDialect dialect)
{
    std::unique_ptr<TemplateRenderer> &slot = slotOf(dialect);
    if (!slot) {
        if (dialect == TemplateDialect::None) {
            slot = std::make_unique<PlainTextRenderer>();
        } else {
            slot = std::make_unique<JsTemplateRenderer>(dialect);
        }
        if (m_timeoutMs > 0) {
            slot->setTimeout(m_timeoutMs);
        }
        if (m_maxOutput > 0) {
            slot->setMaxOutputSize(m_maxOutput);
        }
        if (m_seed) {
            slot->setRandomSeed(*m_seed);
        }
        if (m_state) {
            slot->setState(m_state);
        }
        if (m_fixedTime) {
            slot->setFixedTime(m_fixedTime);
        }
    }
    return *slot;
}

void TemplateRenderers::setTimeout(int ms)
{
    m_timeoutMs = ms;
    for (TemplateRenderer *renderer : made()) {
        renderer->setTimeout(ms);
    }
}

void TemplateRenderers::setMaxOutputSize(qsizetype bytes)
{
    m_maxOutput = bytes;
    for (TemplateRenderer *renderer : made()) {
        renderer->setMaxOutputSize(bytes);
    }
}

void TemplateRenderers::setRandomSeed(quint32 seed)
{
    m_seed = seed;
    for (TemplateRenderer *renderer : made()) {
        renderer->setRandomSeed(seed);
    }
}

void TemplateRenderers::setState(std::shared_ptr<TemplateState> state)
{
    m_state = state;
    for (TemplateRenderer *renderer : made()) {
        renderer->setState(state);
    }
}

void TemplateRenderers::setFixedTime(std::optional<qint64> msSinceEpoch)
{
    m_fixedTime = msSinceEpoch;
    for (TemplateRenderer *renderer : made()) {
        renderer->setFixedTime(msSinceEpoch);
    }
}

} // namespace MockBench
