// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseSelector.h"

#include "engine/ChaosPlanner.h"

namespace MockBench {

void ResponseSelector::reset(qsizetype routeCount)
{
    m_served.assign(size_t(std::max<qsizetype>(0, routeCount)), 0);
}

int ResponseSelector::select(int routeIndex, const Route &route, const HttpRequest &request,
    ChaosPlanner &planner, const RuleContext *context)
{
    const auto count = int(route.responses.size());
    if (routeIndex < 0 || count == 0) {
        return 0;
    }
    if (size_t(routeIndex) >= m_served.size()) {
        m_served.resize(size_t(routeIndex) + 1, 0); // a set larger than announced
    }
    quint64 &served = m_served[size_t(routeIndex)];
    int index = 0;
    switch (route.responseMode) {
    case Route::ResponseMode::Sequential:
        index = int(served % quint64(count));
        break;
    case Route::ResponseMode::Random:
        index = planner.pick(routeIndex, count);
        break;
    case Route::ResponseMode::Default: {
        const int fallback = route.defaultResponseIndex();
        index = fallback < 0 ? 0 : fallback;
        break;
    }
    case Route::ResponseMode::Rules: {
        const int fallback = route.defaultResponseIndex();
        index = -1;
        for (int i = 0; i < count; ++i) {
            const auto &when = route.responses.at(i).when;
            if (when ? when->matches(request, nullptr, context) : fallback < 0) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            if (route.fallthrough) {
                return -1; // the next route's turn; this one did not answer
            }
            index = fallback < 0 ? count - 1 : fallback;
        }
        break;
    }
    }
    ++served;
    return index;
}

} // namespace MockBench
