// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteSet.h"

#include "format/RouteSetFormat.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace MockBench {

RouteSet RouteSet::fromFile(const QString &path, QStringList *errors)
{
    LoadResult result = RouteSetFormat::readFile(path);
    if (errors) {
        *errors = result.errorStrings();
    }
    return result.routeSet;
}

RouteSet RouteSet::builtInExample()
{
    QFile file(u":/mockbench/example.mockbench.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return RouteSetFormat::fromJson(file.readAll()).routeSet;
}

RouteSet &RouteSet::add(const Route &route)
{
    routes.append(route);
    Route &added = routes.last();
    if (added.id.isEmpty()) {
        // Like the file loader: every route gets an id, so hits and the journal can name it.
        QString candidate = u"route-%1"_s.arg(routes.size());
        for (int n = 2; indexOf(candidate) >= 0; ++n) {
            candidate = u"route-%1-%2"_s.arg(routes.size()).arg(n);
        }
        added.id = candidate;
    }
    return *this;
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

} // namespace MockBench
