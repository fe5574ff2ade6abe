// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MockoonPath.h"
#include "model/PathTemplate.h"
#include "model/Route.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>
#include <vector>

namespace MockBench {

struct HttpRequest;

/// Finds the route for a request: the first enabled route in order whose method, path and
/// conditions fit. Paths are indexed in a segment trie, so lookup cost depends on the
/// request's path, not on how many routes there are.
///
/// A route with a scenario that requires a state fits only while its scenario is in it: the
/// caller (which keeps the state, a layer above) says which state a scenario is in. A resource
/// route fits its path (the list) and its path plus one segment (an item's key), for the CRUD
/// methods whatever its own method.
class RouteMatcher
{
public:
    struct Match
    {
        int routeIndex = -1; ///< index into the route list, -1 when nothing fits
        PathCaptures captures;
        /// A resource route's item: the path's last segment; none for the resource's list.
        std::optional<QString> resourceKey;
        bool isValid() const { return routeIndex >= 0; }
    };
    /// The current state of the scenario named; asked only about routes that require one.
    using ScenarioStates = std::function<QString(const QString &scenario)>;

    RouteMatcher() = default;
    explicit RouteMatcher(const QList<Route> &routes);

    /// Without @p scenarios, every scenario is taken to be in "Started".
    /// Only routes after index @p after are tried (a route that fell through passes on).
    Match match(
        const HttpRequest &request, const ScenarioStates &scenarios = {}, int after = -1) const;
    /// The 404 text: what was asked, and why each of the nearest routes did not fit.
    QString explainMiss(
        const HttpRequest &request, int maxRoutes = 3, const ScenarioStates &scenarios = {}) const;

    /// True when a route with @p routeMethod answers a request with @p requestMethod.
    static bool methodMatches(const QString &routeMethod, const QByteArray &requestMethod);
    /// True when @p route answers @p requestMethod: methodMatches(), but a route with a
    /// Mockoon path answers HEAD only when it is for HEAD or any method, as Mockoon does.
    static bool methodFits(const Route &route, const QByteArray &requestMethod);
    /// True for the methods a resource route answers: GET, HEAD, POST, PUT, PATCH, DELETE.
    static bool isResourceMethod(const QByteArray &requestMethod);
    /// True when the routes of @p route's scenario may answer in @p currentState.
    static bool scenarioAllows(const Route &route, const ScenarioStates &scenarios);

private:
    struct Node
    {
        QHash<QString, int> literal; ///< segment text -> child node
        QList<std::pair<int, int>> dynamic; ///< (representative route segment, child node)
        QList<int> terminal; ///< routes ending here
        QList<int> rest; ///< routes with {*rest} starting here
        QList<int> keyed; ///< resource routes whose items are one segment below here
    };
    struct DynamicKey
    {
        int route;
        int segment;
    };

    void collect(
        int node, const QStringList &segments, qsizetype depth, QList<int> *candidates) const;
    /// Whether route @p index's path fits @p segments (a resource's with one more, its key).
    bool pathMatches(int index, const QStringList &segments, const QString &rawPath,
        PathCaptures *captures, std::optional<QString> *key, QString *why = nullptr) const;

    /// The request target's path as sent, for Mockoon paths.
    static QString rawPathOf(const HttpRequest &request);

    QList<Route> m_routes;
    std::vector<std::optional<PathTemplate>> m_templates;
    /// Per route: its Mockoon path (Route::PathSyntax::Mockoon), and for a resource route the
    /// same with an item's key after it; such routes are tried for every request, in order.
    std::vector<std::optional<MockoonPath>> m_mockoon;
    std::vector<std::optional<MockoonPath>> m_mockoonItems;
    QList<int> m_mockoonRoutes;
    std::vector<Node> m_nodes;
    std::vector<DynamicKey> m_dynamicKeys; ///< Node::dynamic refers into this
};

} // namespace MockBench
