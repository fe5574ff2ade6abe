// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosPlanner.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// FNV-1a over the id: stable across runs, platforms and Qt versions (qHash is not).
quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

ChaosError ChaosPlanner::defaultError()
{
    return ChaosError::withStatus(503);
}

void ChaosPlanner::reset(const Chaos &global, const QStringList &routeIds)
{
    m_global = global;
    m_routeIds = routeIds;
    m_generators.clear();
    m_generators.resize(size_t(routeIds.size()) + 1);
}

QRandomGenerator &ChaosPlanner::generator(int routeIndex)
{
    if (!m_global.seed) {
        return m_unseeded;
    }
    const size_t slot = routeIndex < 0 || routeIndex >= m_routeIds.size() ? m_generators.size() - 1
                                                                          : size_t(routeIndex);
    auto &g = m_generators[slot];
    if (!g) {
        const QString key = slot == m_generators.size() - 1 ? QString() : m_routeIds.at(int(slot));
        const quint64 mixed = *m_global.seed ^ (stableHash(key) * 0x9E3779B97F4A7C15ull);
        const quint32 seeds[2] = { quint32(mixed), quint32(mixed >> 32) };
        g = std::make_unique<QRandomGenerator>(seeds, 2);
    }
    return *g;
}

ChaosPlanner::Plan ChaosPlanner::plan(int routeIndex, const Chaos &routeChaos)
{
    Plan plan;
    const bool matched = routeIndex >= 0;
    const bool globalLatency = m_global.latency && !m_global.latency->isZero();
    const bool routeLatency = matched && routeChaos.latency && !routeChaos.latency->isZero();
    const double rate = matched ? routeChaos.errorRate.value_or(m_global.errorRate.value_or(0)) : 0;
    if (!globalLatency && !routeLatency && rate <= 0) {
        return plan; // the common case: no chaos, no draws
    }
    // The draw order is fixed (roll, global latency, route latency) so a seed repeats exactly.
    QRandomGenerator &random = generator(routeIndex);
    if (rate > 0) {
        plan.errorRoll = random.generateDouble();
        plan.errorInjected = plan.errorRoll < rate;
        if (plan.errorInjected) {
            plan.error =
                routeChaos.error ? *routeChaos.error : m_global.error.value_or(defaultError());
        }
    }
    double delay = 0;
    if (globalLatency) {
        delay += m_global.latency->draw(random);
    }
    if (routeLatency) {
        delay += routeChaos.latency->draw(random);
    }
    plan.delayMs = qint64(std::llround(delay));
    return plan;
}

qint64 ChaosPlanner::responseDelay(int routeIndex, const Latency &latency)
{
    if (latency.isZero()) {
        return 0;
    }
    return qint64(std::llround(std::max(0.0, latency.draw(generator(routeIndex)))));
}

int ChaosPlanner::pick(int routeIndex, int count)
{
    return count <= 1 ? 0 : int(generator(routeIndex).bounded(count));
}

} // namespace MockBench
