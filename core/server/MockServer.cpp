// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockServer.h"

#include "engine/ChaosPlanner.h"
#include "engine/ResponseSelector.h"
#include "engine/RouteMatcher.h"
#include "engine/TemplateRenderer.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Validation.h"
#include "server/HttpConnection.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "mockbench.server", QtInfoMsg)

namespace MockBench {

namespace {

/// A response prepared once per route set: templates compiled, JSON serialised.
struct CompiledResponse
{
    Response source;
    TemplateRenderer *renderer = nullptr; ///< of source.templating, renders body and headers
    std::shared_ptr<const CompiledTemplate> body;
    QList<std::pair<QByteArray, std::shared_ptr<const CompiledTemplate>>> headers;
    QByteArray fixedBody; ///< json bodies
    QByteArray defaultContentType; ///< sent when the response names none
};

struct CompiledRoute
{
    QList<CompiledResponse> responses;
    quint64 hits = 0;
};

struct CompiledSet
{
    RouteSet set;
    RouteMatcher matcher;
    QList<CompiledRoute> routes;
};

QByteArray guessContentType(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        return "application/json";
    }
    return "text/plain; charset=utf-8";
}

} // namespace

struct MockServer::Private
{
    explicit Private(MockServer *q)
        : journal(q)
        , sweep(q)
    {
    }

    std::unique_ptr<CompiledSet> compile(const RouteSet &set);
    void resetChaos();
    RequestHandler adminHandler;
    RequestHandler interceptor;
    HttpResponse build(const CompiledResponse &response, const HttpRequest &request,
        const PathCaptures &captures, QString *error);

    Journal journal;
    TemplateRenderers templates;
    ResponseSelector selector;
    QTimer sweep;
    QTcpServer *tcp = nullptr;
    QSet<HttpConnection *> connections;
    std::unique_ptr<CompiledSet> current;
    ChaosPlanner planner;
    qint64 maxBody = DefaultMaxBodyBytes;
    int idleTimeout = DefaultIdleTimeoutMs;
    int headerTimeout = DefaultHeaderTimeoutMs;
    QString error;

    /// Often enough that a deadline is kept to within a quarter of it.
    int sweepInterval() const
    {
        return std::clamp(std::min(idleTimeout, headerTimeout) / 4, 50, 1000);
    }
};

std::unique_ptr<CompiledSet> MockServer::Private::compile(const RouteSet &set)
{
    auto compiled = std::make_unique<CompiledSet>();
    compiled->set = set;
    compiled->matcher = RouteMatcher(set.routes);
    QMimeDatabase mime;
    for (const Route &route : set.routes) {
        CompiledRoute cr;
        for (const Response &response : route.responses) {
            CompiledResponse c;
            c.source = response;
            c.renderer = &templates.forDialect(response.templating);
            for (const auto &[name, values] : response.headers) {
                for (const QString &value : values) {
                    c.headers.append({ name.toLatin1(), c.renderer->compile(value) });
                }
            }
            switch (response.bodySource) {
            case Response::BodySource::None:
                break;
            case Response::BodySource::Text:
                c.body = c.renderer->compile(response.body);
                c.defaultContentType = guessContentType(response.body);
                break;
            case Response::BodySource::Json:
                c.fixedBody = QJsonDocument(QJsonArray { response.json })
                                  .toJson(QJsonDocument::Compact)
                                  .chopped(1)
                                  .mid(1);
                c.defaultContentType = "application/json";
                break;
            case Response::BodySource::File:
                c.defaultContentType =
                    mime.mimeTypeForFile(response.bodyFile, QMimeDatabase::MatchExtension)
                        .name()
                        .toLatin1();
                break;
            }
            cr.responses.append(c);
        }
        compiled->routes.append(cr);
    }
    // Hit counts follow a route across edits, keyed by id.
    if (current) {
        QHash<QString, quint64> hits;
        for (qsizetype i = 0; i < current->routes.size(); ++i) {
            hits.insert(current->set.routes.at(i).id, current->routes.at(i).hits);
        }
        for (qsizetype i = 0; i < compiled->routes.size(); ++i) {
            compiled->routes[i].hits = hits.value(set.routes.at(i).id);
        }
    }
    return compiled;
}

HttpResponse MockServer::Private::build(const CompiledResponse &response,
    const HttpRequest &request, const PathCaptures &captures, QString *error)
{
    HttpResponse out;
    out.status = response.source.status;
    out.reason = response.source.reason.toUtf8();
    bool hasContentType = false;
    out.headers.reserve(response.headers.size() + 1);
    for (const auto &[name, tmpl] : response.headers) {
        // Framing is the server's job: a declared length or encoding would lie about the body.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            continue;
        }
        QByteArray value;
        if (tmpl->isStatic()) {
            value = tmpl->staticText();
        } else {
            const RenderResult r = response.renderer->render(*tmpl, request, captures);
            if (!r.ok()) {
                *error = u"header %1: %2"_s.arg(QString::fromLatin1(name), r.error);
                return {};
            }
            value = r.text;
            value.replace('\r', ' ').replace('\n', ' ');
        }
        // Connection is the server's too: a route's "close" is honoured, not just echoed.
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            out.close = out.close || value.toLower().contains("close");
            continue;
        }
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        out.headers.append({ name, value });
    }
    switch (response.source.bodySource) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Text:
        if (response.body->isStatic()) {
            out.body = response.body->staticText();
        } else {
            const RenderResult r = response.renderer->render(*response.body, request, captures);
            if (!r.ok()) {
                *error = u"body: %1"_s.arg(r.error);
                return {};
            }
            out.body = r.text;
        }
        break;
    case Response::BodySource::Json:
        out.body = response.fixedBody;
        break;
    case Response::BodySource::File: {
        // Checked again at request time: the file or a link to it may have changed.
        QString why;
        const std::optional<QString> path =
            Validation::resolveBodyFile(response.source.bodyFile, current->set.baseDir, &why);
        if (!path) {
            *error = u"bodyFile %1: %2"_s.arg(response.source.bodyFile, why);
            return {};
        }
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"bodyFile %1: %2"_s.arg(response.source.bodyFile, file.errorString());
            return {};
        }
        out.body = file.readAll();
        break;
    }
    }
    if (!hasContentType && !response.defaultContentType.isEmpty()
        && !HttpResponse::isBodyless(out.status)) {
        out.headers.append({ QByteArray("Content-Type"), response.defaultContentType });
    }
    return out;
}

MockServer::MockServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->current = d->compile(RouteSet());
    connect(&d->sweep, &QTimer::timeout, this, [this] {
        const QList<HttpConnection *> all = d->connections.values();
        for (HttpConnection *c : all) {
            // A head being read is held to the header deadline, not to the idle timeout:
            // every byte of a slow head would restart the idle clock (slowloris). A body
            // being read still goes by the idle timeout.
            const qint64 headMs = c->headMs();
            if (headMs >= d->headerTimeout) {
                qCDebug(lcServer) << "request head too slow from" << c->peer();
                c->fail(408,
                    "Request Timeout: the request head did not arrive within "
                        + QByteArray::number(d->headerTimeout / 1000.0) + " s\n");
            } else if (c->phase() != HttpParser::Phase::Head && c->isIdle()
                && c->idleMs() >= d->idleTimeout) {
                qCDebug(lcServer) << "closing idle connection" << c->peer();
                c->close();
            }
        }
    });
}

MockServer::~MockServer()
{
    stop();
}

void MockServer::setRouteSet(const RouteSet &set)
{
    d->current = d->compile(set);
    d->selector.reset(set.routes.size());
    d->resetChaos();
    Q_EMIT routeSetChanged();
}

void MockServer::Private::resetChaos()
{
    QStringList ids;
    ids.reserve(current->set.routes.size());
    for (const Route &route : std::as_const(current->set.routes)) {
        ids.append(route.id);
    }
    planner.reset(current->set.chaos, ids);
    if (current->set.chaos.seed) {
        templates.setRandomSeed(
            quint32(*current->set.chaos.seed ^ (*current->set.chaos.seed >> 32)));
    }
}

void MockServer::setAdminHandler(RequestHandler handler)
{
    d->adminHandler = std::move(handler);
}

void MockServer::setInterceptor(RequestHandler handler)
{
    d->interceptor = std::move(handler);
}

void MockServer::setChaos(const Chaos &chaos)
{
    d->current->set.chaos = chaos;
    d->resetChaos();
    Q_EMIT chaosChanged();
}

Chaos MockServer::chaos() const
{
    return d->current->set.chaos;
}

bool MockServer::setRouteChaos(const QString &routeId, const Chaos &chaos)
{
    const int index = d->current->set.indexOf(routeId);
    if (index < 0) {
        return false;
    }
    d->current->set.routes[index].chaos = chaos;
    Q_EMIT chaosChanged();
    return true;
}

RouteSet MockServer::routeSet() const
{
    return d->current->set;
}

bool MockServer::listen(const QHostAddress &host, quint16 port)
{
    stop();
    d->tcp = new QTcpServer(this);
    d->tcp->setListenBacklogSize(1024);
    if (!d->tcp->listen(host, port)) {
        d->error = u"cannot listen on %1 port %2: %3"_s.arg(host.toString())
                       .arg(port)
                       .arg(d->tcp->errorString());
        delete d->tcp;
        d->tcp = nullptr;
        Q_EMIT errorOccurred(d->error);
        return false;
    }
    d->error.clear();
    connect(d->tcp, &QTcpServer::newConnection, this, [this] {
        while (d->tcp && d->tcp->hasPendingConnections()) {
            QTcpSocket *socket = d->tcp->nextPendingConnection();
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            HttpConnection::Limits limits;
            limits.maxBodyBytes = d->maxBody;
            auto *connection = new HttpConnection(
                socket, limits,
                [this](HttpConnection *c, quint64 sequence, const HttpRequest &request) {
                    handle(c, sequence, request);
                },
                this);
            socket->setParent(connection);
            d->connections.insert(connection);
            connect(connection, &HttpConnection::closed, this, [this, connection] {
                d->connections.remove(connection);
                connection->deleteLater();
            });
        }
    });
    d->sweep.start(d->sweepInterval());
    qCDebug(lcServer) << "listening on" << baseUrl();
    Q_EMIT started(d->tcp->serverPort());
    return true;
}

void MockServer::stop()
{
    if (!d->tcp) {
        return;
    }
    d->sweep.stop();
    d->tcp->close();
    delete d->tcp;
    d->tcp = nullptr;
    const QList<HttpConnection *> all = d->connections.values();
    d->connections.clear();
    for (HttpConnection *c : all) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    Q_EMIT stopped();
}

bool MockServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

QHostAddress MockServer::host() const
{
    return d->tcp ? d->tcp->serverAddress() : QHostAddress();
}

quint16 MockServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl MockServer::baseUrl() const
{
    if (!isListening()) {
        return {};
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host().toString());
    url.setPort(port());
    return url;
}

QString MockServer::errorString() const
{
    return d->error;
}

void MockServer::setMaxBodySize(qint64 bytes)
{
    d->maxBody = std::max<qint64>(0, bytes);
    // Open connections too: clients keep connections alive, so a limit set between two
    // requests must apply to the second one even when it reuses the connection.
    for (HttpConnection *c : std::as_const(d->connections)) {
        HttpConnection::Limits limits = c->limits();
        limits.maxBodyBytes = d->maxBody;
        c->setLimits(limits);
    }
}

qint64 MockServer::maxBodySize() const
{
    return d->maxBody;
}

void MockServer::setIdleTimeout(int ms)
{
    d->idleTimeout = std::max(1, ms);
    if (d->sweep.isActive()) {
        d->sweep.start(d->sweepInterval());
    }
}

int MockServer::idleTimeout() const
{
    return d->idleTimeout;
}

void MockServer::setHeaderTimeout(int ms)
{
    // Open connections too: the sweep measures every partly read head against it.
    d->headerTimeout = std::max(1, ms);
    if (d->sweep.isActive()) {
        d->sweep.start(d->sweepInterval());
    }
}

int MockServer::headerTimeout() const
{
    return d->headerTimeout;
}

void MockServer::setTemplateTimeout(int ms)
{
    d->templates.setTimeout(ms);
}

Journal &MockServer::journal()
{
    return d->journal;
}

const Journal &MockServer::journal() const
{
    return d->journal;
}

quint64 MockServer::hits(const QString &routeId) const
{
    const int index = d->current->set.indexOf(routeId);
    return index < 0 ? 0 : d->current->routes.at(index).hits;
}

QList<quint64> MockServer::hitCounts() const
{
    QList<quint64> counts;
    counts.reserve(d->current->routes.size());
    for (const auto &route : d->current->routes) {
        counts.append(route.hits);
    }
    return counts;
}

int MockServer::connectionCount() const
{
    return int(d->connections.size());
}

void MockServer::handle(HttpConnection *connection, quint64 sequence, const HttpRequest &request)
{
    const Responder responder(connection, sequence);
    for (const RequestHandler *link : { &d->adminHandler, &d->interceptor }) {
        if (*link && (*link)(request, responder)) {
            return;
        }
    }
    answerFromRoutes(request, responder);
}

void MockServer::answerFromRoutes(const HttpRequest &request, const Responder &responder)
{
    HttpConnection *connection = responder.connection();
    QElapsedTimer timer;
    timer.start();
    CompiledSet &set = *d->current;
    const RouteMatcher::Match match = set.matcher.match(request);

    Exchange exchange;
    exchange.time = QDateTime::currentDateTimeUtc();
    exchange.peer = responder.peer();
    exchange.method = request.method;
    exchange.path = request.path;
    exchange.target = request.target;
    exchange.requestHeaders = request.headers;
    exchange.requestBody = request.body;

    HttpResponse response;
    Fault fault;
    ChaosPlanner::Plan plan;
    if (!match.isValid()) {
        plan = d->planner.plan(-1, Chaos());
        response = HttpResponse::plain(404, set.matcher.explainMiss(request).toUtf8());
    } else {
        const Route &route = set.set.routes.at(match.routeIndex);
        CompiledRoute &compiled = set.routes[match.routeIndex];
        ++compiled.hits;
        exchange.routeIndex = match.routeIndex;
        exchange.routeId = route.id;
        plan = d->planner.plan(match.routeIndex, route.chaos);
        const int index = d->selector.select(match.routeIndex, route, request, d->planner);
        exchange.responseIndex = index;
        if (plan.errorInjected && plan.error.fault.isNone()) {
            // The simulated error replaces the response; the route's own answer is not built.
            response = HttpResponse::plain(plan.error.status,
                plan.error.body
                    .value_or(u"MockBench: simulated error (error rate %1)\n"_s.arg(
                        route.chaos.errorRate.value_or(set.set.chaos.errorRate.value_or(0))))
                    .toUtf8());
        } else {
            QString error;
            response = d->build(compiled.responses.at(index), request, match.captures, &error);
            if (!error.isEmpty()) {
                exchange.error = error;
                response = HttpResponse::plain(500,
                    u"MockBench: route %1, response %2: %3\n"_s.arg(route.id)
                        .arg(index)
                        .arg(error)
                        .toUtf8());
                qCWarning(lcServer).noquote() << "route" << route.id << error;
            } else {
                fault = plan.errorInjected ? plan.error.fault
                                           : compiled.responses.at(index).source.fault;
            }
        }
    }
    if (fault.kind == Fault::Kind::PartialBody && response.body.size() < 2) {
        // Half of nothing is nothing: give the cut something to cut.
        response.body = QByteArray(100, ' ');
    }
    if (fault.kind == Fault::Kind::ConnectionClose) {
        plan.delayMs = 0; // closes before any byte, whatever the latency
    }
    exchange.status = response.status;
    exchange.reason =
        response.reason.isEmpty() ? HttpResponse::standardReason(response.status) : response.reason;
    exchange.responseHeaders = response.headers;
    // What was sent: a HEAD answer has the headers only.
    exchange.responseBody = request.method == "HEAD" ? QByteArray() : response.body;
    exchange.delayMs = plan.delayMs;
    exchange.errorRoll = plan.errorRoll;
    exchange.errorInjected = plan.errorInjected;
    exchange.fault = Fault::name(fault.kind);
    exchange.durationUs = timer.nsecsElapsed() / 1000;
    if (plan.delayMs > 0) {
        // The connection is the timer's context: if the client goes away first, the pending
        // answer goes with it; stop() drops every connection and so every pending answer.
        QTimer::singleShot(std::chrono::milliseconds(plan.delayMs), Qt::PreciseTimer, connection,
            [responder, response, fault] { responder.respond(response, fault); });
    } else {
        responder.respond(response, fault);
    }
    d->journal.record(std::move(exchange));
}

} // namespace MockBench
