// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteMatcher.h"

#include "http/HttpRequest.h"
#include "model/ValueMatcher.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MockBench {

RouteMatcher::RouteMatcher(const QList<Route> &routes)
    : m_routes(routes)
{
    m_nodes.emplace_back();
    m_templates.reserve(size_t(routes.size()));
    m_mockoon.resize(size_t(routes.size()));
    m_mockoonItems.resize(size_t(routes.size()));
    for (qsizetype r = 0; r < routes.size(); ++r) {
        if (routes.at(r).pathSyntax == Route::PathSyntax::Mockoon) {
            m_templates.emplace_back();
            m_mockoon[size_t(r)] = MockoonPath::compile(routes.at(r).path);
            if (routes.at(r).resource) {
                QString base = routes.at(r).path;
                while (base.endsWith(u'/')) {
                    base.chop(1);
                }
                m_mockoonItems[size_t(r)] = MockoonPath::compile(base + u"/:__mockbench_key"_s);
            }
            if (m_mockoon[size_t(r)] && routes.at(r).enabled) {
                m_mockoonRoutes.append(int(r));
            }
            continue;
        }
        m_templates.push_back(PathTemplate::parse(routes.at(r).path));
        const auto &tmpl = m_templates.back();
        if (!tmpl || !routes.at(r).enabled) {
            continue;
        }
        int node = 0;
        const auto &segments = tmpl->segments();
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const PathTemplate::Segment &seg = segments.at(s);
            int next = -1;
            if (seg.kind == PathTemplate::Segment::Kind::Literal) {
                next = m_nodes[size_t(node)].literal.value(seg.literal, -1);
                if (next < 0) {
                    next = int(m_nodes.size());
                    m_nodes[size_t(node)].literal.insert(seg.literal, next);
                    m_nodes.emplace_back();
                }
            } else {
                for (const auto &[key, child] : m_nodes[size_t(node)].dynamic) {
                    const DynamicKey &k = m_dynamicKeys[size_t(key)];
                    if (m_templates[size_t(k.route)]->segments().at(k.segment).key == seg.key) {
                        next = child;
                        break;
                    }
                }
                if (next < 0) {
                    next = int(m_nodes.size());
                    m_dynamicKeys.push_back({ int(r), int(s) });
                    m_nodes[size_t(node)].dynamic.append({ int(m_dynamicKeys.size() - 1), next });
                    m_nodes.emplace_back();
                }
            }
            node = next;
        }
        if (tmpl->hasRest()) {
            m_nodes[size_t(node)].rest.append(int(r));
        } else {
            m_nodes[size_t(node)].terminal.append(int(r));
            if (routes.at(r).resource) {
                m_nodes[size_t(node)].keyed.append(int(r));
            }
        }
    }
}

void RouteMatcher::collect(
    int nodeIndex, const QStringList &segments, qsizetype depth, QList<int> *candidates) const
{
    const Node &node = m_nodes[size_t(nodeIndex)];
    *candidates += node.rest;
    if (depth + 1 == segments.size()) {
        *candidates += node.keyed;
    }
    if (depth == segments.size()) {
        *candidates += node.terminal;
        return;
    }
    const QString &segment = segments.at(depth);
    const auto literal = node.literal.constFind(segment);
    if (literal != node.literal.constEnd()) {
        collect(literal.value(), segments, depth + 1, candidates);
    }
    for (const auto &[key, child] : node.dynamic) {
        const DynamicKey &k = m_dynamicKeys[size_t(key)];
        if (PathTemplate::matchSegment(
                m_templates[size_t(k.route)]->segments().at(k.segment), segment, nullptr)) {
            collect(child, segments, depth + 1, candidates);
        }
    }
}

QString RouteMatcher::rawPathOf(const HttpRequest &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    return QString::fromUtf8(path);
}

bool RouteMatcher::methodMatches(const QString &routeMethod, const QByteArray &requestMethod)
{
    if (routeMethod == u"*") {
        return true;
    }
    if (routeMethod.size() != requestMethod.size()) {
        // HEAD is answered by the route that would answer GET (without the body).
        return requestMethod == "HEAD" && routeMethod == u"GET";
    }
    for (qsizetype i = 0; i < requestMethod.size(); ++i) {
        if (routeMethod.at(i).unicode() != uchar(requestMethod.at(i))) {
            return requestMethod == "HEAD" && routeMethod == u"GET";
        }
    }
    return true;
}

bool RouteMatcher::methodFits(const Route &route, const QByteArray &requestMethod)
{
    if (route.pathSyntax == Route::PathSyntax::Mockoon) {
        // Mockoon answers HEAD only from a route for HEAD or for any method.
        return route.method == u"*" || route.method == QLatin1String(requestMethod);
    }
    return methodMatches(route.method, requestMethod);
}

bool RouteMatcher::isResourceMethod(const QByteArray &m)
{
    return m == "GET" || m == "HEAD" || m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE";
}

bool RouteMatcher::scenarioAllows(const Route &route, const ScenarioStates &scenarios)
{
    if (!route.scenario || !route.scenario->requiredState) {
        return true;
    }
    const QString current =
        scenarios ? scenarios(route.scenario->name) : RouteScenario::startedState();
    return current == *route.scenario->requiredState;
}

bool RouteMatcher::pathMatches(int index, const QStringList &segments, const QString &rawPath,
    PathCaptures *captures, std::optional<QString> *key, QString *why) const
{
    if (m_mockoon[size_t(index)]) {
        if (m_mockoon[size_t(index)]->match(rawPath, captures)) {
            return true;
        }
        PathCaptures itemCaptures;
        if (m_mockoonItems[size_t(index)]
            && m_mockoonItems[size_t(index)]->match(rawPath, &itemCaptures)
            && !itemCaptures.isEmpty()) {
            *key = itemCaptures.takeLast().value;
            *captures += itemCaptures;
            return true;
        }
        if (why) {
            *why = u"path does not fit the Mockoon path %1"_s.arg(m_routes.at(index).path);
        }
        return false;
    }
    const auto &tmpl = m_templates[size_t(index)];
    if (m_routes.at(index).resource && !tmpl->hasRest()
        && segments.size() == tmpl->segments().size() + 1 && !segments.last().isEmpty()) {
        if (!tmpl->match(segments.mid(0, segments.size() - 1), captures, why)) {
            return false;
        }
        *key = segments.last();
        return true;
    }
    return tmpl->match(segments, captures, why);
}

RouteMatcher::Match RouteMatcher::match(
    const HttpRequest &request, const ScenarioStates &scenarios, int after) const
{
    // Path segments and conditions of one request share one budget of costly regex matches.
    const ValueMatcher::RequestBudget budget;
    Match result;
    if (m_nodes.empty()) {
        return result;
    }
    const QStringList segments = PathTemplate::splitPath(request.path);
    QList<int> candidates;
    collect(0, segments, 0, &candidates);
    const QString rawPath = m_mockoonRoutes.isEmpty() ? QString() : rawPathOf(request);
    candidates += m_mockoonRoutes;
    if (candidates.isEmpty()) {
        return result;
    }
    std::sort(candidates.begin(), candidates.end());
    for (int index : std::as_const(candidates)) {
        if (index <= after) {
            continue;
        }
        const Route &route = m_routes.at(index);
        if (route.resource ? !isResourceMethod(request.method)
                           : !methodFits(route, request.method)) {
            continue;
        }
        if (route.scenario && !scenarioAllows(route, scenarios)) {
            continue;
        }
        if (!route.match.isEmpty() && !route.match.matches(request)) {
            continue;
        }
        PathCaptures captures;
        std::optional<QString> key;
        if (!pathMatches(index, segments, rawPath, &captures, &key)) {
            continue;
        }
        result.routeIndex = index;
        result.captures = captures;
        result.resourceKey = key;
        return result;
    }
    return result;
}

QString RouteMatcher::explainMiss(
    const HttpRequest &request, int maxRoutes, const ScenarioStates &scenarios) const
{
    const ValueMatcher::RequestBudget budget;
    const QString target = QString::fromLatin1(request.method) + u' ' + request.path
        + (request.rawQuery.isEmpty() ? QString() : u'?' + QString::fromUtf8(request.rawQuery));
    QString text = u"No route matches %1\n"_s.arg(target);
    const QStringList segments = PathTemplate::splitPath(request.path);

    struct Near
    {
        int index;
        int score; // lower is nearer
        QStringList why;
    };
    QList<Near> nearest;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        Near near { int(i), 0, {} };
        const auto &tmpl = m_templates[size_t(i)];
        if (!route.enabled) {
            near.why.append(u"route is disabled"_s);
            near.score += 1;
        }
        if (route.resource ? !isResourceMethod(request.method)
                           : !methodFits(route, request.method)) {
            near.why.append(u"method is %1, not %2"_s.arg(QString::fromLatin1(request.method),
                route.resource ? u"one of a resource's (GET, POST, PUT, PATCH, DELETE)"_s
                               : route.method));
            near.score += 2;
        }
        if (route.scenario && !scenarioAllows(route, scenarios)) {
            near.why.append(
                u"scenario \"%1\" is in state \"%2\", not \"%3\""_s.arg(route.scenario->name,
                    scenarios ? scenarios(route.scenario->name) : RouteScenario::startedState(),
                    *route.scenario->requiredState));
            near.score += 2;
        }
        QString why;
        PathCaptures ignored;
        std::optional<QString> key;
        if (route.pathSyntax == Route::PathSyntax::Mockoon) {
            if (!m_mockoon[size_t(i)]) {
                near.why.append(u"Mockoon path is invalid"_s);
                near.score += 100;
            } else if (!pathMatches(int(i), segments, rawPathOf(request), &ignored, &key, &why)) {
                near.why.append(why);
                near.score += 10;
            }
        } else if (!tmpl) {
            near.why.append(u"path template is invalid"_s);
            near.score += 100;
        } else if (!pathMatches(int(i), segments, rawPathOf(request), &ignored, &key, &why)) {
            near.why.append(why);
            // Paths that share a longer literal prefix are nearer.
            int shared = 0;
            for (qsizetype s = 0; s < segments.size() && s < tmpl->segments().size(); ++s) {
                if (!PathTemplate::matchSegment(tmpl->segments().at(s), segments.at(s), nullptr)) {
                    break;
                }
                ++shared;
            }
            near.score += 10
                + 4 * int(std::max<qsizetype>(segments.size(), tmpl->segments().size()) - shared);
            // On a tie, a route of the right length is nearer than one that is a segment short.
            if (!tmpl->hasRest() && segments.size() != tmpl->segments().size()) {
                near.score += 1;
            }
        }
        QStringList conditions;
        if (!route.match.isEmpty() && !route.match.matches(request, &conditions)) {
            near.why += conditions;
            near.score += 3 * int(conditions.size());
        }
        nearest.append(near);
    }
    std::stable_sort(nearest.begin(), nearest.end(),
        [](const Near &a, const Near &b) { return a.score < b.score; });
    if (nearest.isEmpty()) {
        text += u"No routes are defined.\n"_s;
        return text;
    }
    text += u"Nearest routes:\n"_s;
    for (qsizetype n = 0; n < nearest.size() && n < maxRoutes; ++n) {
        const Route &route = m_routes.at(nearest.at(n).index);
        text += u"  %1  %2 %3: %4\n"_s.arg(
            route.id, route.method, route.path, nearest.at(n).why.join(u"; "_s));
    }
    return text;
}

} // namespace MockBench
