// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Route.h"

#include <QList>
#include <vector>

namespace MockBench {

class ChaosPlanner;
struct HttpRequest;

/// Picks which of a route's responses answers a request, by the route's responseMode:
/// "rules" the first response whose `when` fits (else the default response, else the last;
/// with a default response, those without `when` answer only as the default), "sequential"
/// the next one each time (wrapping), "random" a seeded draw from the route's generator in the
/// planner, "default" the default response (else the first).
/// Keeps the per-route state that sequential mode needs; state-driven selection (scenarios)
/// joins here.
class ResponseSelector
{
public:
    /// Starts over for a route set of @p routeCount routes.
    void reset(qsizetype routeCount);
    /// The response index for a request matched to route @p routeIndex (@p route itself);
    /// -1 when none fits a route that falls through (Route::fallthrough). Rules that need more
    /// than the request ask @p context.
    int select(int routeIndex, const Route &route, const HttpRequest &request,
        ChaosPlanner &planner, const RuleContext *context = nullptr);

private:
    std::vector<quint64> m_served; ///< per route: requests answered, for sequential mode
};

} // namespace MockBench
