// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Route.h"

using namespace Qt::StringLiterals;

namespace MockBench {

Route Route::on(const QString &method, const QString &path)
{
    Route r;
    // Methods are matched exactly; "get" written in code means GET, as it does in files.
    r.method = method.toUpper();
    r.path = path;
    return r;
}

Route &Route::withId(const QString &newId)
{
    id = newId;
    return *this;
}

Route &Route::respond(int status, const QString &body, const HeaderList &headers)
{
    responses.append(Response::text(status, body, headers));
    return *this;
}

Route &Route::respondJson(int status, const QJsonValue &json, const HeaderList &headers)
{
    responses.append(Response::fromJson(status, json, headers));
    return *this;
}

Route &Route::respond(const Response &response)
{
    responses.append(response);
    return *this;
}

Route &Route::whenQuery(const QString &name, const ValueMatcher &matcher)
{
    match.query.append({ name, matcher });
    return *this;
}

Route &Route::whenHeader(const QString &name, const ValueMatcher &matcher)
{
    match.headers.append({ name, matcher });
    return *this;
}

Route &Route::whenBody(const ValueMatcher &matcher)
{
    match.body = matcher;
    return *this;
}

Route &Route::withMode(ResponseMode mode)
{
    responseMode = mode;
    return *this;
}

Route &Route::withChaos(const Chaos &routeChaos)
{
    chaos = routeChaos;
    return *this;
}

Route &Route::inScenario(const QString &name, const QString &requiredState, const QString &newState)
{
    RouteScenario s;
    s.name = name;
    if (!requiredState.isEmpty()) {
        s.requiredState = requiredState;
    }
    if (!newState.isEmpty()) {
        s.newState = newState;
    }
    scenario = s;
    return *this;
}

Route &Route::asResource(const QString &data, const QString &key)
{
    RouteResource r;
    r.data = data;
    r.key = key;
    resource = r;
    if (method == u"GET") {
        method = u"*"_s; // a resource answers every CRUD method
    }
    return *this;
}

Route &Route::proxyTo(const QUrl &url, const QString &stripPrefix)
{
    ProxyTarget target;
    target.url = url;
    target.stripPrefix = stripPrefix;
    proxy = target;
    return *this;
}

QString Route::modeName(ResponseMode mode)
{
    switch (mode) {
    case ResponseMode::Rules:
        return u"rules"_s;
    case ResponseMode::Sequential:
        return u"sequential"_s;
    case ResponseMode::Random:
        return u"random"_s;
    case ResponseMode::Default:
        return u"default"_s;
    }
    return {};
}

int Route::defaultResponseIndex() const
{
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (responses.at(i).isDefault) {
            return int(i);
        }
    }
    return -1;
}

bool operator==(const Route &a, const Route &b)
{
    return a.id == b.id && a.enabled == b.enabled && a.method == b.method && a.path == b.path
        && a.match == b.match && a.responses == b.responses && a.responseMode == b.responseMode
        && a.chaos == b.chaos && a.scenario == b.scenario && a.resource == b.resource
        && a.proxy == b.proxy && a.pathSyntax == b.pathSyntax && a.fallthrough == b.fallthrough
        && a.extra == b.extra;
}

} // namespace MockBench
