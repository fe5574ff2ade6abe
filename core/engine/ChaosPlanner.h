// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Chaos.h"

#include <QRandomGenerator>
#include <QStringList>
#include <memory>
#include <vector>

namespace MockBench {

/// Decides what chaos does to each request: the error roll, the latency and the random
/// response. With a seed, every route draws from its own generator, seeded from the seed and
/// the route's id, so the n-th request to a route gets the same draws run after run however
/// requests to different routes interleave. Unmatched requests have a generator of their own.
class ChaosPlanner
{
public:
    struct Plan
    {
        qint64 delayMs = 0;
        double errorRoll = -1; ///< the roll in [0, 1), or -1 when no roll was made
        bool errorInjected = false;
        ChaosError error; ///< valid when errorInjected
    };

    /// Starts over for a route set whose routes have @p routeIds, under @p global chaos.
    void reset(const Chaos &global, const QStringList &routeIds);
    const Chaos &global() const { return m_global; }

    /// Plans a request matched to route @p routeIndex (-1: unmatched) with @p routeChaos.
    Plan plan(int routeIndex, const Chaos &routeChaos);
    /// A uniformly random index below @p count, from the route's generator.
    int pick(int routeIndex, int count);
    /// A response's own latency (Response::latency), drawn from the route's generator, in ms.
    qint64 responseDelay(int routeIndex, const Latency &latency);

    /// The error sent when a route and the global chaos name none.
    static ChaosError defaultError();

private:
    QRandomGenerator &generator(int routeIndex);

    Chaos m_global;
    QStringList m_routeIds;
    std::vector<std::unique_ptr<QRandomGenerator>> m_generators; // lazily made; last: unmatched
    QRandomGenerator m_unseeded { QRandomGenerator::securelySeeded() };
};

} // namespace MockBench
