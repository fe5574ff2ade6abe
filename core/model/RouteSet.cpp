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
