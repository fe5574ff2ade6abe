// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedRoutes.h"

#include "http/HopByHop.h"
#include "http/HttpResponse.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace MockBench::RecordedRoutes {

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

Response responseOf(const RecordedExchange &take, const BodyWriter &bodies)
{
    Response response;
    response.status = take.status;
    if (take.reason != HttpResponse::standardReason(take.status)) {
        response.reason = QString::fromLatin1(take.reason);
    }
    for (const auto &[name, value] : take.headers) {
        if (isHopByHopHeader(name) || name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            continue;
        }
        const QString key = QString::fromLatin1(name);
        // QNetworkReply joins repeated Set-Cookie headers with line breaks.
        const QStringList values = name.compare("Set-Cookie", Qt::CaseInsensitive) == 0
            ? QString::fromUtf8(value).split(u'\n')
            : QStringList { QString::fromUtf8(value) };
        auto same = std::find_if(response.headers.begin(), response.headers.end(),
            [&key](const auto &h) { return h.first.compare(key, Qt::CaseInsensitive) == 0; });
        if (same == response.headers.end()) {
            response.headers.append({ key, values });
        } else {
            same->second += values;
        }
    }
    // Sent exactly as recorded: never rendered as a template.
    response.templating = TemplateDialect::None;
    if (!take.body.isEmpty() && bodies && bodies(take, &response)) {
        // In a body file.
    } else if (!take.body.isEmpty()) {
        response.bodySource = Response::BodySource::Text;
        if (isText(take.body)) {
            response.body = QString::fromUtf8(take.body);
        } else {
            response.body = QString::fromLatin1(take.body.toBase64());
            response.base64 = true;
        }
    }
    return response;
}

Route routeOf(const RecordedExchange &take, const BodyWriter &bodies)
{
    Route route = Route::on(QString::fromLatin1(take.method), take.path);
    MatchConditions match;
    for (const auto &[name, value] : take.query) {
        match.query.append({ name, ValueMatcher::exact(value) });
    }
    if (!take.requestBody.isEmpty() && isText(take.requestBody)) {
        match.body = ValueMatcher::exact(QString::fromUtf8(take.requestBody));
    }
    route.match = match;
    route.responses.append(responseOf(take, bodies));
    return route;
}

QList<Route> build(const QList<RecordedExchange> &takes, const BodyWriter &bodies)
{
    // One route per distinct request, in the order they first came.
    QList<Route> routes;
    QList<QByteArray> keys;
    for (const RecordedExchange &take : takes) {
        const QByteArray key =
            take.method + ' ' + take.path.toUtf8() + '?' + take.rawQuery + '\n' + take.requestBody;
        const qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys.append(key);
            routes.append(routeOf(take, bodies));
            continue;
        }
        Route &route = routes[at];
        route.responses.append(responseOf(take, bodies));
        route.responseMode = Route::ResponseMode::Sequential;
    }
    for (Route &route : routes) {
        // The same answer every time is one response.
        const bool allSame = std::all_of(route.responses.cbegin(), route.responses.cend(),
            [&route](const Response &r) { return r == route.responses.first(); });
        if (allSame && route.responses.size() > 1) {
            route.responses.resize(1);
            route.responseMode = Route::ResponseMode::Rules;
        }
    }
    // Within one method and path, a route with conditions goes before one without, which
    // would take its requests too: grouped by where their method and path first came.
    QList<std::pair<std::pair<qsizetype, bool>, Route>> keyed;
    for (const Route &route : std::as_const(routes)) {
        const auto first = std::find_if(routes.cbegin(), routes.cend(),
            [&route](const Route &r) { return r.method == route.method && r.path == route.path; });
        const bool plain = route.match.query.isEmpty() && !route.match.body;
        keyed.append({ { first - routes.cbegin(), plain }, route });
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    routes.clear();
    for (const auto &entry : std::as_const(keyed)) {
        routes.append(entry.second);
    }
    for (qsizetype i = 0; i < routes.size(); ++i) {
        routes[i].id = u"recorded-%1"_s.arg(i + 1);
    }
    return routes;
}

} // namespace MockBench::RecordedRoutes
