// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchConditions.h"
#include "Response.h"
#include "model/Chaos.h"
#include "model/Proxy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace MockBench {

/// A route's place in a scenario (WireMock's model, DESIGN.md §10): the route matches only while
/// the scenario @p name is in @p requiredState (any state when unset) and, when it answers,
/// moves the scenario to @p newState (unchanged when unset). Every scenario starts in "Started".
struct RouteScenario
{
    /// The state every scenario starts in.
    static QString startedState() { return QStringLiteral("Started"); }

    QString name;
    std::optional<QString> requiredState; ///< "requires" in files
    std::optional<QString> newState; ///< "then" in files
    QJsonObject extra; ///< keys this version does not know, written back on save

    friend bool operator==(const RouteScenario &a, const RouteScenario &b)
    {
        return a.name == b.name && a.requiredState == b.requiredState && a.newState == b.newState
            && a.extra == b.extra;
    }
    friend bool operator!=(const RouteScenario &a, const RouteScenario &b) { return !(a == b); }
};

/// A CRUD resource over one of the set's data stores (DESIGN.md §10): a route with one serves
/// its path (the list) and its path plus one segment (an item, found by @p key).
struct RouteResource
{
    QString data; ///< the data store's name
    QString key = QStringLiteral("id"); ///< the field of an item that the path's last segment names
    QJsonObject extra; ///< keys this version does not know, written back on save

    friend bool operator==(const RouteResource &a, const RouteResource &b)
    {
        return a.data == b.data && a.key == b.key && a.extra == b.extra;
    }
    friend bool operator!=(const RouteResource &a, const RouteResource &b) { return !(a == b); }
};

/// One route: method + path template (+ optional conditions) -> one of its responses.
struct Route
{
    /// "rules": the first response whose `when` fits, else the default response (else the
    /// last); "sequential": the next one each time; "random": a seeded draw; "default": always
    /// the default response (else the first), whatever the conditions (Mockoon's DISABLE_RULES).
    enum class ResponseMode { Rules, Sequential, Random, Default };
    /// How `path` is written: MockBench's templates, or Mockoon's endpoints, matched as Mockoon
    /// 9 matches them (":id", ":id?", "*", "(group)"; case-insensitive, an optional trailing
    /// slash; model/MockoonPath.h). "pathSyntax": "template" | "mockoon".
    enum class PathSyntax { Template, Mockoon };

    QString id;
    bool enabled = true;
    QString method = QStringLiteral("GET"); ///< an HTTP method token, or "*" for any
    QString path; ///< template: literals, {name}, {name:int}, {name:regex}, trailing {*name}
    PathSyntax pathSyntax = PathSyntax::Template; ///< "pathSyntax" in files
    MatchConditions match;
    QList<Response> responses;
    ResponseMode responseMode = ResponseMode::Rules;
    /// Rules mode: when no response's `when` fits, the request goes on to the next route that
    /// fits it instead of the default response (Mockoon's FALLBACK mode); "fallthrough".
    bool fallthrough = false;
    Chaos chaos; ///< per route: latency adds to global, errorRate/error replace it
    std::optional<RouteScenario> scenario;
    std::optional<RouteResource> resource; ///< a CRUD route: responses are optional then
    /// A forwarding route: what it takes goes to the upstream; responses are optional then
    /// (and unused).
    std::optional<ProxyTarget> proxy;
    QJsonObject extra; ///< keys this version does not know, written back on save

    /// Builders for routes made in code: Route::get(u"/items/{id:int}"_s).respond(200, body).
    static Route get(const QString &path) { return on(QStringLiteral("GET"), path); }
    static Route post(const QString &path) { return on(QStringLiteral("POST"), path); }
    static Route put(const QString &path) { return on(QStringLiteral("PUT"), path); }
    static Route del(const QString &path) { return on(QStringLiteral("DELETE"), path); }
    static Route on(const QString &method, const QString &path);

    Route &withId(const QString &newId);
    Route &respond(int status, const QString &body = {}, const HeaderList &headers = {});
    Route &respondJson(int status, const QJsonValue &json, const HeaderList &headers = {});
    Route &respond(const Response &response);
    Route &whenQuery(const QString &name, const ValueMatcher &matcher);
    Route &whenHeader(const QString &name, const ValueMatcher &matcher);
    Route &whenBody(const ValueMatcher &matcher);
    Route &withMode(ResponseMode mode);
    Route &withChaos(const Chaos &routeChaos);
    /// In scenario @p name: matches only in @p requiredState (empty: any), moves to @p newState
    /// (empty: stays) when it answers.
    Route &inScenario(
        const QString &name, const QString &requiredState = {}, const QString &newState = {});
    /// Serves the data store @p data as a CRUD resource, items found by @p key.
    Route &asResource(const QString &data, const QString &key = QStringLiteral("id"));
    /// Forwards what the route takes to @p url (less @p stripPrefix of the path).
    Route &proxyTo(const QUrl &url, const QString &stripPrefix = {});

    static QString modeName(ResponseMode mode);
    /// The index of the response marked default, else -1.
    int defaultResponseIndex() const;

    friend bool operator==(const Route &a, const Route &b);
    friend bool operator!=(const Route &a, const Route &b) { return !(a == b); }
};

} // namespace MockBench
