// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminApi.h"

#include "document/RouteSetDocument.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "journal/ExchangeJson.h"
#include "journal/HarWriter.h"
#include "proxy/Recorder.h"
#include "server/MockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

HttpResponse json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
    response.headers.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-store"));
    response.body = body;
    return response;
}

HttpResponse json(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return json(status, body + '\n');
}

HttpResponse error(int status, const QString &message, const FormatErrors &errors = {})
{
    QJsonObject body { { u"error"_s, message } };
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FormatError &e : errors) {
            list.append(e.toString());
        }
        body.insert(u"errors"_s, list);
    }
    return json(status, body);
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response =
        error(405, u"method not allowed here; use %1"_s.arg(QString::fromLatin1(allow)));
    response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allow));
    return response;
}

HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

/// The request body as JSON, or an error answer naming where it broke.
std::optional<QJsonDocument> parseBody(const HttpRequest &request, HttpResponse *failure)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = error(400,
            u"invalid JSON in the request body at offset %1: %2"_s.arg(parseError.offset)
                .arg(parseError.errorString()));
        return std::nullopt;
    }
    return doc;
}

/// The request body as one JSON value of any kind (a scalar too), or nothing with @p failure set.
std::optional<QJsonValue> parseValue(const HttpRequest &request, HttpResponse *failure)
{
    if (request.body.trimmed().isEmpty()) {
        *failure = error(400, u"the request body is empty; expected JSON"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    // In an array, so that a bare number or string is a document too; offsets say where in the
    // body, without the bracket.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + request.body + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *failure = error(400,
            u"invalid JSON in the request body at offset %1: %2"_s
                .arg(std::max(0, parseError.offset - 1))
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : u"more than one value"_s));
        return std::nullopt;
    }
    return doc.array().at(0);
}

/// The query item @p name as a whole number in 0 .. @p max, @p fallback when absent, nothing
/// when it is anything else ("", "-1", "+5", "1.5", " 5", too large).
std::optional<qint64> wholeNumber(
    const HttpRequest &request, const QString &name, qint64 fallback, qint64 max)
{
    if (!request.hasQueryItem(name)) {
        return fallback;
    }
    const QString text = request.queryItem(name);
    if (text.isEmpty() || text.size() > 10
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    return value <= max ? std::optional<qint64>(value) : std::nullopt;
}

bool sameToken(const QByteArray &given, const QByteArray &expected)
{
    // Constant time for equal lengths, so the answer time says nothing about the token.
    if (given.size() != expected.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i) {
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    }
    return diff == 0;
}

} // namespace

AdminApi::Access AdminApi::accessFor(const QHostAddress &host, bool noAdmin, const QString &token)
{
    if (noAdmin) {
        return Access::Off;
    }
    if (!token.isEmpty()) {
        return Access::Token;
    }
    return host.isLoopback() ? Access::Open : Access::Off;
}

QString AdminApi::describe(Access access, const QString &baseUrl)
{
    switch (access) {
    case Access::Off:
        return u"admin API off"_s;
    case Access::Open:
        return u"admin API at %1%2/ (loopback only, no token)"_s.arg(
            baseUrl, QString::fromLatin1(Prefix));
    case Access::Token:
        return u"admin API at %1%2/ (Authorization: Bearer token required)"_s.arg(
            baseUrl, QString::fromLatin1(Prefix));
    }
    return QString();
}

AdminApi::AdminApi(MockServer *server, RouteSetDocument *document, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_document(document)
{
}

AdminApi::~AdminApi()
{
    if (m_server) {
        m_server->setAdminHandler(nullptr);
    }
}

void AdminApi::setAccess(Access access, const QString &token)
{
    if (access == Access::Token && token.isEmpty()) {
        access = Access::Off; // a token API without a token would let nobody in
    }
    m_access = access;
    m_token = token;
    if (!m_server) {
        return;
    }
    if (access == Access::Off) {
        m_server->setAdminHandler(nullptr);
    } else {
        m_server->setAdminHandler([this](const HttpRequest &request, const Responder &responder) {
            std::optional<HttpResponse> answer = handle(request);
            if (answer) {
                responder.respond(*answer);
            }
            return answer.has_value();
        });
    }
}

void AdminApi::setListingBodyBytes(int bytes)
{
    m_listingBodyBytes = std::max(0, bytes);
}

std::optional<HttpResponse> AdminApi::handle(const HttpRequest &request)
{
    const QString prefix = QString::fromLatin1(Prefix);
    if (m_access == Access::Off || !m_server || !m_document
        || !(request.path == prefix || request.path.startsWith(prefix + u'/'))) {
        return std::nullopt;
    }
    // The scheme name is case-insensitive (RFC 9110), the token is not.
    const QByteArray authorization = request.header("Authorization");
    const bool bearer = authorization.size() > 7 && authorization.left(7).toLower() == "bearer ";
    if (m_access == Access::Token
        && !(bearer && sameToken(authorization.mid(7), m_token.toUtf8()))) {
        HttpResponse response = error(401,
            request.hasHeader("Authorization")
                ? u"wrong admin token"_s
                : u"the admin API needs Authorization: Bearer TOKEN"_s);
        response.headers.append(
            std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer realm=\"mockbench\""));
        return response;
    }
    QStringList parts = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    return route(request, parts);
}

HttpResponse AdminApi::route(const HttpRequest &request, const QStringList &parts)
{
    const QByteArray &method = request.method;
    const QString first = parts.value(0);
    if (parts.size() == 1 && first == u"health") {
        return method == "GET" || method == "HEAD" ? health() : methodNotAllowed("GET");
    }
    if (first == u"routes") {
        if (parts.size() == 1) {
            return routes(request);
        }
        // Ids may contain '/' only percent-encoded; the decoded path has it back.
        return oneRoute(request, parts.mid(1).join(u'/'));
    }
    if (parts.size() == 1 && first == u"chaos") {
        return chaos(request);
    }
    if (first == u"requests" && parts.size() <= 2) {
        if (parts.size() == 2) {
            if (parts.at(1) != u"count") {
                return error(404, u"no admin endpoint %1"_s.arg(request.path));
            }
            return method == "GET" ? requests(request, true) : methodNotAllowed("GET");
        }
        if (method == "GET") {
            return requests(request, false);
        }
        if (method == "DELETE") {
            m_server->journal().clear();
            return noContent();
        }
        return methodNotAllowed("GET, DELETE");
    }
    if (parts.size() == 1 && first == u"reset") {
        return method == "POST" ? reset() : methodNotAllowed("POST");
    }
    if (first == u"scenarios") {
        return scenarios(request, parts.mid(1));
    }
    if (first == u"data") {
        return data(request, parts.mid(1));
    }
    if (first == u"recordings" && parts.size() <= 2) {
        return recordings(request, parts.mid(1));
    }
    return error(404,
        u"no admin endpoint %1 (see health, routes, routes/{id}, chaos, requests, "
        "requests/count, scenarios, scenarios/{name}, data, data/{name}, recordings, "
        "recordings/start, recordings/stop, reset)"_s.arg(request.path));
}

Recorder *AdminApi::recorder()
{
    if (!m_recorder) {
        m_recorder = std::make_unique<Recorder>(m_server);
    }
    return m_recorder.get();
}

HttpResponse AdminApi::recordings(const HttpRequest &request, const QStringList &parts)
{
    const QString action = parts.value(0);
    auto status = [this] {
        QJsonObject body { { u"recording"_s, m_recorder && m_recorder->isRecording() },
            { u"exchanges"_s, m_recorder ? m_recorder->exchangeCount() : 0 } };
        if (m_recorder && m_recorder->isRecording()) {
            body.insert(u"url"_s, m_recorder->target()->url.toString());
        }
        return body;
    };
    if (action.isEmpty()) {
        return request.method == "GET" ? json(200, status()) : methodNotAllowed("GET");
    }
    if (action != u"start" && action != u"stop") {
        return error(404,
            u"no admin endpoint %1 (see recordings/start, recordings/stop)"_s.arg(request.path));
    }
    if (request.method != "POST") {
        return methodNotAllowed("POST");
    }
    recorder();
    if (action == u"start") {
        HttpResponse failure;
        const std::optional<QJsonDocument> doc = parseBody(request, &failure);
        if (!doc) {
            return failure;
        }
        if (!doc->isObject()) {
            return error(400,
                u"expected an object such as {\"url\": \"https://api.example.com\", "
                "\"pathPattern\": \"^/api/\"}"_s);
        }
        QJsonObject proxy = doc->object();
        const QJsonValue pattern = proxy.take(u"pathPattern"_s);
        if (!pattern.isUndefined() && !pattern.isString()) {
            return error(400, u"pathPattern must be a string (a regular expression)"_s);
        }
        if (const QRegularExpression filter(pattern.toString()); !filter.isValid()) {
            return error(400,
                u"pathPattern \"%1\" is not a regular expression: %2"_s.arg(
                    pattern.toString(), filter.errorString()));
        }
        // Read and checked as a route set's "proxy" is, errors named the same way.
        const QJsonObject set { { u"mockbench"_s, RouteSetFormat::CurrentVersion },
            { u"proxy"_s, proxy }, { u"routes"_s, QJsonArray() } };
        const LoadResult loaded =
            RouteSetFormat::fromJson(QJsonDocument(set).toJson(QJsonDocument::Compact));
        if (!loaded.ok()) {
            return error(400, u"invalid recording target"_s, loaded.errors);
        }
        QString why;
        if (!m_recorder->start(*loaded.routeSet.proxy, pattern.toString(), &why)) {
            return error(409, why);
        }
        return json(200, status());
    }
    if (!m_recorder->isRecording()) {
        return error(409, u"not recording (POST recordings/start first)"_s);
    }
    m_recorder->stop();
    // The recorded routes go before the others, served at once (one undo step in the window).
    RouteSet set = m_document->routeSet();
    QList<Route> recorded = m_recorder->routes();
    QSet<QString> ids;
    for (const Route &route : std::as_const(set.routes)) {
        ids.insert(route.id);
    }
    QJsonArray routes;
    for (Route &route : recorded) {
        const QString base = route.id;
        for (int n = 2; ids.contains(route.id); ++n) {
            route.id = u"%1-%2"_s.arg(base).arg(n);
        }
        ids.insert(route.id);
        routes.append(RouteSetFormat::routeToJson(route));
    }
    set.routes = recorded + set.routes;
    FormatErrors errors;
    //: undo menu text: routes made by a recording through the admin API
    if (!recorded.isEmpty()
        && !m_document->replaceAll(
            set, tr("Record %n route(s) (admin API)", nullptr, int(recorded.size())), &errors)) {
        return error(500, u"the recorded routes do not validate"_s, errors);
    }
    QJsonObject body { { u"recording"_s, false }, { u"exchanges"_s, m_recorder->exchangeCount() },
        { u"routes"_s, routes },
        { u"skipped"_s, QJsonArray::fromStringList(m_recorder->skipped()) } };
    return json(200, body);
}

HttpResponse AdminApi::health()
{
    return json(200,
        QJsonObject {
            { u"status"_s, u"ok"_s },
            { u"version"_s, QStringLiteral(MOCKBENCH_VERSION) },
            { u"routes"_s, m_document->routeCount() },
            { u"requests"_s, double(m_server->journal().totalRecorded()) },
            { u"listening"_s, m_server->baseUrl().toString() },
        });
}

HttpResponse AdminApi::routes(const HttpRequest &request)
{
    if (request.method == "GET") {
        return json(200, RouteSetFormat::toJson(m_document->routeSet()));
    }
    HttpResponse failure;
    if (request.method == "PUT") {
        const std::optional<QJsonDocument> doc = parseBody(request, &failure);
        if (!doc) {
            return failure;
        }
        QByteArray text;
        if (doc->isArray()) {
            // Routes only, read as a set of their own so errors say "routes[N]"; the set's
            // name and global chaos stay as they are.
            // The set's data stores come along, so a resource route can name one.
            const QJsonObject routesOnly { { u"mockbench"_s, RouteSetFormat::CurrentVersion },
                { u"data"_s, m_document->routeSet().data }, { u"routes"_s, doc->array() } };
            text = QJsonDocument(routesOnly).toJson(QJsonDocument::Compact);
        } else if (doc->isObject()) {
            text = request.body;
        } else {
            return error(400, u"expected a route set object or an array of routes"_s);
        }
        const LoadResult loaded =
            AnyFormat::fromBytes(text, QString(), m_document->routeSet().baseDir);
        if (!loaded.ok()) {
            return error(400, u"invalid route set"_s, loaded.errors);
        }
        RouteSet replacement = loaded.routeSet;
        if (doc->isArray()) {
            replacement = m_document->routeSet();
            replacement.routes = loaded.routeSet.routes;
        }
        FormatErrors errors;
        if (!m_document->replaceAll(replacement, tr("Replace all routes (admin API)"), &errors)) {
            return error(400, u"invalid route set"_s, errors);
        }
        return json(200, RouteSetFormat::toJson(m_document->routeSet()));
    }
    if (request.method == "POST") {
        std::optional<Route> route = readRoute(request, &failure);
        if (!route) {
            return failure;
        }
        FormatErrors errors;
        if (route->id.isEmpty()) {
            route->id = m_document->uniqueId(u"route-%1"_s.arg(m_document->routeCount() + 1));
        } else if (m_document->routeSet().indexOf(route->id) >= 0) {
            return error(
                409, u"a route with id \"%1\" exists; PUT routes/%1 replaces it"_s.arg(route->id));
        }
        const int row = m_document->routeCount();
        //: undo menu text: %1 method, %2 path of a route added through the admin API
        if (!m_document->insertRoute(row, *route,
                tr("Add %1 %2 (admin API)").arg(route->method, route->path), &errors)) {
            return error(400, u"invalid route"_s, errors);
        }
        HttpResponse response = json(201, RouteSetFormat::routeToJson(m_document->route(row)));
        response.headers.append(
            { "Location", QByteArray(Prefix) + "/routes/" + QUrl::toPercentEncoding(route->id) });
        return response;
    }
    return methodNotAllowed("GET, PUT, POST");
}

std::optional<Route> AdminApi::readRoute(const HttpRequest &request, HttpResponse *failure) const
{
    const std::optional<QJsonDocument> doc = parseBody(request, failure);
    if (!doc) {
        return std::nullopt;
    }
    if (!doc->isObject()) {
        *failure = error(400, u"expected one route object"_s);
        return std::nullopt;
    }
    FormatErrors errors;
    std::optional<Route> route =
        RouteSetFormat::routeFromJson(doc->object(), m_document->routeSet().baseDir, &errors);
    if (!route) {
        *failure = error(400, u"invalid route"_s, errors);
    }
    return route;
}

HttpResponse AdminApi::oneRoute(const HttpRequest &request, const QString &id)
{
    const int row = m_document->routeSet().indexOf(id);
    if (request.method != "GET" && request.method != "PUT" && request.method != "DELETE") {
        return methodNotAllowed("GET, PUT, DELETE");
    }
    if (row < 0) {
        return error(404, u"no route with id \"%1\""_s.arg(id));
    }
    if (request.method == "GET") {
        return json(200, RouteSetFormat::routeToJson(m_document->route(row)));
    }
    const Route &current = m_document->route(row);
    if (request.method == "DELETE") {
        //: undo menu text: %1 method, %2 path
        m_document->removeRoute(
            row, tr("Delete %1 %2 (admin API)").arg(current.method, current.path));
        return noContent();
    }
    HttpResponse failure;
    std::optional<Route> route = readRoute(request, &failure);
    if (!route) {
        return failure;
    }
    FormatErrors errors;
    if (route->id.isEmpty()) {
        route->id = id;
    } else if (route->id != id && m_document->routeSet().indexOf(route->id) >= 0) {
        return error(409, u"cannot rename to \"%1\": that id is taken"_s.arg(route->id));
    }
    //: undo menu text: %1 method, %2 path
    if (!m_document->updateRoute(row, *route,
            tr("Replace %1 %2 (admin API)").arg(route->method, route->path), &errors)) {
        return error(400, u"invalid route"_s, errors);
    }
    return json(200, RouteSetFormat::routeToJson(m_document->route(row)));
}

HttpResponse AdminApi::chaos(const HttpRequest &request)
{
    if (request.method == "GET") {
        return json(200, m_document->routeSet().chaos.toJson());
    }
    if (request.method != "PUT") {
        return methodNotAllowed("GET, PUT");
    }
    HttpResponse failure;
    const std::optional<QJsonDocument> doc = parseBody(request, &failure);
    if (!doc) {
        return failure;
    }
    if (!doc->isObject()) {
        return error(400, u"expected a chaos object such as {\"errorRate\": 0.1}"_s);
    }
    // Partial: what the body names replaces, null removes, the rest stays.
    QJsonObject merged = m_document->routeSet().chaos.toJson();
    const QJsonObject given = doc->object();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.value().isNull()) {
            merged.remove(it.key());
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    FormatErrors errors;
    const Chaos chaos = Chaos::fromJson(merged, u"chaos"_s, &errors);
    if (!errors.isEmpty()) {
        return error(400, u"invalid chaos"_s, errors);
    }
    if (!m_document->setChaos(chaos, tr("Change global chaos (admin API)"), &errors)) {
        return error(400, u"invalid chaos"_s, errors);
    }
    return json(200, m_document->routeSet().chaos.toJson());
}

HttpResponse AdminApi::requests(const HttpRequest &request, bool countOnly)
{
    // The same filter as Journal::count() and Verify: RequestPattern.
    const RequestPattern pattern =
        RequestPattern::on(request.queryItem(u"method"_s), request.queryItem(u"path"_s));
    const Journal &journal = m_server->journal();
    if (countOnly) {
        return json(200, QJsonObject { { u"count"_s, journal.count(pattern) } });
    }
    if (const QString format = request.queryItem(u"format"_s); !format.isEmpty()) {
        if (format != u"har"_s) {
            return error(
                400, u"format \"%1\" is not one the journal is written in (har)"_s.arg(format));
        }
        // The whole kept journal (method and path filters apply), bodies as kept, oldest
        // first: a file for devtools or any HAR reader.
        QList<Exchange> matching;
        for (int i = 0; i < journal.count(); ++i) {
            if (pattern.matches(journal.at(i))) {
                matching.append(journal.at(i));
            }
        }
        HttpResponse har = json(200,
            HarWriter::write(
                matching, QStringLiteral(MOCKBENCH_VERSION), m_server->baseUrl().authority()));
        har.headers.append({ QByteArray("Content-Disposition"),
            QByteArray("attachment; filename=\"mockbench.har\"") });
        return har;
    }
    const QString limitName = u"limit"_s;
    const QString offsetName = u"offset"_s;
    const QString bodyLimitName = u"bodyLimit"_s;
    const std::optional<qint64> limit =
        wholeNumber(request, limitName, DefaultPageSize, MaxPageSize);
    if (!limit) {
        return error(
            400, u"%1 must be a whole number from 0 to %2"_s.arg(limitName).arg(MaxPageSize));
    }
    const std::optional<qint64> offset =
        wholeNumber(request, offsetName, 0, std::numeric_limits<int>::max());
    if (!offset) {
        return error(400, u"%1 must be a whole number 0 or more"_s.arg(offsetName));
    }
    const std::optional<qint64> bodyLimit =
        wholeNumber(request, bodyLimitName, m_listingBodyBytes, std::numeric_limits<int>::max());
    if (!bodyLimit) {
        return error(400, u"%1 must be a whole number of bytes, 0 or more"_s.arg(bodyLimitName));
    }

    // One walk from the newest, copying no exchange: "total" counts every match, the page
    // takes the matches offset .. offset + limit - 1 counted back from the newest. Counting
    // from the newest, an exchange recorded while a client pages shows one again at the top
    // of its next page, where counting from the oldest would skip one once the ring is full.
    QList<int> page;
    page.reserve(int(std::min<qint64>(*limit, journal.count())));
    int total = 0;
    for (int i = journal.count() - 1; i >= 0; --i) {
        if (!pattern.matches(journal.at(i))) {
            continue;
        }
        if (total >= *offset && page.size() < *limit) {
            page.append(i);
        }
        ++total;
    }
    // Written straight into the answer, newest first so that the size bound drops the
    // oldest of the page and "next" goes on from there; listed oldest first, as the journal
    // reads.
    QList<QByteArray> written;
    written.reserve(page.size());
    qsizetype bytes = 0;
    for (const int index : std::as_const(page)) {
        const Exchange &exchange = journal.at(index);
        QByteArray one;
        one.reserve(1024 + std::min<qint64>(exchange.requestBody.size(), *bodyLimit)
            + std::min<qint64>(exchange.responseBody.size(), *bodyLimit));
        ExchangeJson::write(exchange, &one, *bodyLimit);
        if (!written.isEmpty() && bytes + one.size() + 1 > MaxListingBytes) {
            break;
        }
        bytes += one.size() + 1;
        written.append(std::move(one));
    }
    const qint64 listedTo = *offset + written.size();
    QByteArray body;
    body.reserve(bytes + 128);
    body += "{\"total\":" + QByteArray::number(total) + ",\"offset\":" + QByteArray::number(*offset)
        + ",\"limit\":" + QByteArray::number(*limit)
        + ",\"bodyLimit\":" + QByteArray::number(*bodyLimit) + ",\"next\":"
        + (listedTo < total ? QByteArray::number(listedTo) : "null"_ba) + ",\"requests\":[";
    for (auto it = written.crbegin(); it != written.crend(); ++it) {
        if (it != written.crbegin()) {
            body.append(',');
        }
        body.append(*it);
    }
    body.append("]}\n");
    return json(200, body);
}

HttpResponse AdminApi::reset()
{
    if (m_document->routeSet() != m_document->baseline()) {
        FormatErrors errors;
        if (!m_document->replaceAll(
                m_document->baseline(), tr("Reset routes (admin API)"), &errors)) {
            // Say so rather than claim a reset: e.g. a body file the loaded set needs is gone.
            return error(
                409, u"cannot reset: the route set as loaded no longer validates"_s, errors);
        }
    }
    m_server->journal().clear();
    // Scenarios, data stores and global variables back to their starting values.
    m_server->resetState();
    return json(200, QJsonObject { { u"status"_s, u"reset"_s } });
}

HttpResponse AdminApi::scenarios(const HttpRequest &request, const QStringList &parts)
{
    const QByteArray &method = request.method;
    auto describeAll = [this] {
        QJsonArray list;
        const QMap<QString, QString> states = m_server->scenarioStates();
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            list.append(QJsonObject { { u"name"_s, it.key() }, { u"state"_s, it.value() },
                { u"possibleStates"_s,
                    QJsonArray::fromStringList(m_server->possibleScenarioStates(it.key())) } });
        }
        return json(200, QJsonObject { { u"scenarios"_s, list } });
    };
    // Checks a name and state; empty when they are fine, else the answer saying what is wrong.
    auto refusal = [this](const QString &name, const QJsonValue &state,
                       const QString &where) -> std::optional<HttpResponse> {
        const QStringList possible = m_server->possibleScenarioStates(name);
        if (possible.isEmpty()) {
            const QStringList names = m_server->scenarioStates().keys();
            return error(404,
                u"%1no scenario \"%2\" (the route set has %3)"_s.arg(
                    where, name, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
        }
        if (!state.isString() || !possible.contains(state.toString())) {
            return error(400,
                u"%1scenario \"%2\" has no state %3 (its states: %4)"_s.arg(where, name,
                    state.isString() ? u'"' + state.toString() + u'"'
                                     : u"given (\"state\" must be a string)"_s,
                    possible.join(u", "_s)));
        }
        return std::nullopt;
    };
    HttpResponse failure;
    if (parts.isEmpty()) {
        if (method == "GET" || method == "HEAD") {
            return describeAll();
        }
        if (method != "PUT") {
            return methodNotAllowed("GET, PUT");
        }
        const std::optional<QJsonValue> body = parseValue(request, &failure);
        if (!body) {
            return failure;
        }
        // {"scenarios": [{"name", "state"}, ...]} (what GET answers) or {"name": "state", ...}.
        QList<std::pair<QString, QJsonValue>> changes;
        const QJsonObject obj = body->toObject();
        if (body->isObject() && obj.value(u"scenarios"_s).isArray()) {
            const QJsonArray list = obj.value(u"scenarios"_s).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject item = list.at(i).toObject();
                if (!list.at(i).isObject() || !item.value(u"name"_s).isString()) {
                    return error(
                        400, u"scenarios[%1]: expected {\"name\": ..., \"state\": ...}"_s.arg(i));
                }
                changes.append({ item.value(u"name"_s).toString(), item.value(u"state"_s) });
            }
        } else if (body->isObject()) {
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                changes.append({ it.key(), it.value() });
            }
        } else {
            return error(400,
                u"expected {\"scenarios\": [{\"name\": ..., \"state\": ...}]} or "
                "{\"NAME\": \"STATE\", ...}"_s);
        }
        // All or nothing: every change is checked before any is made.
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const auto &[name, state] = changes.at(i);
            const QString where =
                obj.contains(u"scenarios"_s) ? u"scenarios[%1]: "_s.arg(i) : u"%1: "_s.arg(name);
            if (auto refused = refusal(name, state, where)) {
                return *refused;
            }
        }
        for (const auto &[name, state] : std::as_const(changes)) {
            m_server->setScenarioState(name, state.toString());
        }
        return describeAll();
    }
    if (parts.size() == 1 && parts.at(0) == u"reset") {
        // WireMock's POST /__admin/scenarios/reset: every scenario back to "Started".
        if (method != "POST") {
            return methodNotAllowed("POST");
        }
        const QStringList names = m_server->scenarioStates().keys();
        for (const QString &name : names) {
            m_server->setScenarioState(name, RouteScenario::startedState());
        }
        return describeAll();
    }
    // scenarios/{name}, and WireMock's scenarios/{name}/state.
    QStringList nameParts = parts;
    if (nameParts.size() > 1 && nameParts.last() == u"state") {
        nameParts.removeLast();
    }
    const QString name = nameParts.join(u'/');
    if (method == "GET" || method == "HEAD") {
        const QStringList possible = m_server->possibleScenarioStates(name);
        if (possible.isEmpty()) {
            return error(404, u"no scenario \"%1\""_s.arg(name));
        }
        return json(200,
            QJsonObject { { u"name"_s, name },
                { u"state"_s, m_server->scenarioStates().value(name) },
                { u"possibleStates"_s, QJsonArray::fromStringList(possible) } });
    }
    if (method != "PUT") {
        return methodNotAllowed("GET, PUT");
    }
    const std::optional<QJsonValue> body = parseValue(request, &failure);
    if (!body) {
        return failure;
    }
    if (!body->isObject() || !body->toObject().contains(u"state"_s)) {
        return error(400, u"expected {\"state\": \"STATE\"}"_s);
    }
    if (auto refused = refusal(name, body->toObject().value(u"state"_s), QString())) {
        return *refused;
    }
    m_server->setScenarioState(name, body->toObject().value(u"state"_s).toString());
    return json(200,
        QJsonObject { { u"name"_s, name }, { u"state"_s, m_server->scenarioStates().value(name) },
            { u"possibleStates"_s,
                QJsonArray::fromStringList(m_server->possibleScenarioStates(name)) } });
}

HttpResponse AdminApi::data(const HttpRequest &request, const QStringList &parts)
{
    const QByteArray &method = request.method;
    if (parts.isEmpty()) {
        if (method != "GET" && method != "HEAD") {
            return methodNotAllowed("GET");
        }
        return json(200,
            QJsonObject { { u"names"_s, QJsonArray::fromStringList(m_server->dataStoreNames()) } });
    }
    const QString name = parts.join(u'/');
    if (method == "GET" || method == "HEAD") {
        const std::optional<QJsonValue> value = m_server->dataStore(name);
        if (!value) {
            const QStringList names = m_server->dataStoreNames();
            return error(404,
                u"no data store \"%1\" (there are %2)"_s.arg(
                    name, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
        }
        QByteArray body =
            QJsonDocument(QJsonArray { *value }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
        return json(200, body + '\n');
    }
    if (method != "PUT") {
        return methodNotAllowed("GET, PUT");
    }
    HttpResponse failure;
    const std::optional<QJsonValue> body = parseValue(request, &failure);
    if (!body) {
        return failure;
    }
    m_server->setDataStore(name, *body);
    QByteArray text =
        QJsonDocument(QJsonArray { *body }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return json(200, text + '\n');
}

} // namespace MockBench
