// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PathTemplate.h"
#include "model/Route.h"

#include <QHash>
#include <QList>
#include <optional>
#include <vector>

namespace MockBench {

struct HttpRequest;

/// Finds the route for a request: the first enabled route in order whose method, path and
/// conditions fit. Paths are indexed in a segment trie, so lookup cost depends on the
/// request's path, not on how many routes there are.
class RouteMatcher
{
public:
    struct Match
    {
        int routeIndex = -1; ///< index into the route list, -1 when nothing fits
        PathCaptures captures;
        bool isValid() const { return routeIndex >= 0; }
    };

    RouteMatcher() = default;
    explicit RouteMatcher(const QList<Route> &routes);

    Match match(const HttpRequest &request) const;
    /// The 404 text: what was asked, and why each of the nearest routes did not fit.
    QString explainMiss(const HttpRequest &request, int maxRoutes = 3) const;

    /// True when a route with @p routeMethod answers a request with @p requestMethod.
    static bool methodMatches(const QString &routeMethod, const QByteArray &requestMethod);

private:
    struct Node
    {
        QHash<QString, int> literal; ///< segment text -> child node
        QList<std::pair<int, int>> dynamic; ///< (representative route segment, child node)
        QList<int> terminal; ///< routes ending here
        QList<int> rest; ///< routes with {*rest} starting here
    };
    struct DynamicKey
    {
        int route;
        int segment;
    };

    void collect(
        int node, const QStringList &segments, qsizetype depth, QList<int> *candidates) const;

    QList<Route> m_routes;
    std::vector<std::optional<PathTemplate>> m_templates;
    std::vector<Node> m_nodes;
    std::vector<DynamicKey> m_dynamicKeys; ///< Node::dynamic refers into this
};

} // namespace MockBench
