// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteSet.h"

#include "model/Validation.h"

using namespace Qt::StringLiterals;

namespace MockBench {

RouteSet &RouteSet::add(const Route &route)
{
    routes.append(route);
    Route &added = routes.last();
    if (added.id.isEmpty()) {
        // Like the file loader: every route gets an id, so hits and the journal can name it.
        added.id = uniqueId(u"route-%1"_s.arg(routes.size()));
    }
    return *this;
}

QString RouteSet::uniqueId(const QString &base) const
{
    const QString stem = base.isEmpty() ? u"route"_s : base;
    if (indexOf(stem) < 0) {
        return stem;
    }
    for (int n = 2;; ++n) {
        const QString candidate = u"%1-%2"_s.arg(stem).arg(n);
        if (indexOf(candidate) < 0) {
            return candidate;
        }
    }
}

void RouteSet::assignMissingIds()
{
    // Ids given in the set win: generated ones only fill the gaps, in route order.
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (routes.at(i).id.isEmpty()) {
            routes[i].id = uniqueId(u"route-%1"_s.arg(i + 1));
        }
    }
}

int RouteSet::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (routes.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

FormatErrors RouteSet::validate() const
{
    return Validation::routeSet(*this);
}

} // namespace MockBench
