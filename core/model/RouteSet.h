// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"
#include "chaos/Chaos.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace MockBench {

/// A whole route set: what one file holds and what one server serves.
struct RouteSet
{
    QString name;
    QList<Route> routes;
    Chaos chaos; ///< global chaos: latency, error rate and error, seed
    QJsonObject extra; ///< keys this version does not know, written back on save
    QString baseDir; ///< folder bodyFile paths resolve against; not saved

    /// Loads @p path; on failure returns an empty set and, if given, fills @p errors with
    /// "json.path: message" lines.
    static RouteSet fromFile(const QString &path, QStringList *errors = nullptr);
    /// The built-in example served when no file is given.
    static RouteSet builtInExample();

    /// Appends @p route; one without an id gets "route-N" (N its position), as in files.
    RouteSet &add(const Route &route);
    /// Index of the route with @p id, or -1.
    int indexOf(const QString &id) const;

    friend bool operator==(const RouteSet &a, const RouteSet &b)
    {
        return a.name == b.name && a.routes == b.routes && a.chaos == b.chaos && a.extra == b.extra;
    }
    friend bool operator!=(const RouteSet &a, const RouteSet &b) { return !(a == b); }
};

} // namespace MockBench
