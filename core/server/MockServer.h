// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpResponse.h"
#include "journal/Journal.h"
#include "model/Proxy.h"
#include "model/RouteSet.h"
#include "server/RequestHandler.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace MockBench {

class HttpConnection;
class RecordingTap; // proxy/RecordingTap.h

/// The mock HTTP server: serves a RouteSet on one address, records every exchange in its
/// journal, and takes a new route set at any time without dropping connections.
class MockServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;
    static constexpr int DefaultIdleTimeoutMs = 60 * 1000;
    static constexpr int DefaultHeaderTimeoutMs = 10 * 1000;
    static constexpr int DefaultMaxConnections = 4096;
    static constexpr qint64 DefaultMaxBufferedBodyBytes = 64 * 1024 * 1024;
    static constexpr qint64 DefaultMinBodyRate = 1024;
    /// Largest file body that a fault which cuts or paces the body (partial-body, dribble,
    /// bandwidth, malformed-chunked) may take; they need it in memory. Others are streamed.
    static constexpr qint64 MaxFaultFileBytes = 64 * 1024 * 1024;

    explicit MockServer(QObject *parent = nullptr);
    ~MockServer() override;

    /// Replaces what is served; requests already answered are unaffected. State (DESIGN.md
    /// §10) carries over where the new set leaves it alone: a scenario still in the set keeps
    /// its state, a data store whose starting value is unchanged keeps its contents, global
    /// variables stay, so editing one route loses no CRUD data. Call resetState() after it for
    /// a reload (the file read again from disk), which starts everything over.
    void setRouteSet(const RouteSet &set);
    RouteSet routeSet() const;
    /// The templates of the set served that do not compile, each with its place
    /// ("routes[2].responses[0].body: template does not compile: ..."): they answer 500 with
    /// the error, and the rest is served.
    FormatErrors templateErrors() const;

    /// Starts listening for HTTP on @p host (never "any" unless asked), port 0 = a free port;
    /// stops what listened before, HTTPS too.
    bool listen(const QHostAddress &host = QHostAddress::LocalHost, quint16 port = 0);
    /// Listens for HTTPS (DESIGN.md §13) with @p configuration's certificate and key
    /// (TlsIdentity), beside the HTTP listener when listen() came first, or alone; replaces an
    /// HTTPS listener there was. A handshake must be done within the header timeout.
    bool listenTls(const QSslConfiguration &configuration,
        const QHostAddress &host = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops listening (HTTP and HTTPS) and drops every connection at once.
    void stop();
    bool isListening() const;
    QHostAddress host() const;
    /// The HTTP port, or the HTTPS one when only HTTPS is served.
    quint16 port() const;
    /// The HTTPS port; 0 when HTTPS is not served.
    quint16 tlsPort() const;
    /// http://HOST:PORT (IPv6 hosts in brackets), or https://HOST:PORT when only HTTPS is
    /// served; empty when not listening.
    QUrl baseUrl() const;
    /// https://HOST:PORT; empty when HTTPS is not served.
    QUrl tlsBaseUrl() const;
    QString errorString() const;

    /// Record mode (DESIGN.md §12): while set, every request the admin API and the
    /// interceptor leave goes to @p target, whatever the routes say (the global chaos still
    /// applies); nothing: the routes again.
    void setForwardAll(const std::optional<ProxyTarget> &target);
    std::optional<ProxyTarget> forwardAll() const;
    /// Sees every forwarded exchange whole, bodies of any size, as it streams through (for
    /// recording); nullptr: none.
    void setRecordingTap(std::shared_ptr<RecordingTap> tap);

    /// Largest request body accepted, on open connections too; larger ones get 413 before
    /// the body is read.
    void setMaxBodySize(qint64 bytes);
    qint64 maxBodySize() const;
    /// Connections with nothing in flight and no request head partly read are closed after
    /// this many ms of silence.
    void setIdleTimeout(int ms);
    int idleTimeout() const;
    /// A request head must arrive whole within this many ms of its first byte, on open
    /// connections too; else 408 and the connection closes.
    void setHeaderTimeout(int ms);
    int headerTimeout() const;
    /// A request body that has been arriving for the header timeout must average at least
    /// this many bytes per second, else 408 and the connection closes; 0: no minimum.
    void setMinBodyRate(qint64 bytesPerSecond);
    qint64 minBodyRate() const;
    /// Open connections at most; more wait in the listen backlog until one closes.
    void setMaxConnections(int connections);
    int maxConnections() const;
    /// Request body bytes held at once across all connections (at least the largest body);
    /// a body that does not fit waits unread until others are done.
    void setMaxBufferedBodyBytes(qint64 bytes);
    qint64 maxBufferedBodyBytes() const;
    /// Longest a template may run before it is interrupted (answering 500).
    void setTemplateTimeout(int ms);
    /// The clock templates see (now, date helpers), in ms since the epoch; nothing: the real
    /// one. For tests that compare dates with recorded answers.
    void setFixedTime(std::optional<qint64> msSinceEpoch);

    /// Replaces the global chaos (latency, error rate and error, seed) of the served set.
    /// A seed restarts every random sequence.
    void setChaos(const Chaos &chaos);
    Chaos chaos() const;
    /// Replaces the chaos of the route with @p routeId; false when there is none.
    bool setRouteChaos(const QString &routeId, const Chaos &chaos);

    /// State (DESIGN.md §10): every scenario of the served set with its current state.
    QMap<QString, QString> scenarioStates() const;
    /// Moves scenario @p name to @p state; false when the set has no such scenario or it has
    /// no such state ("Started", or a "requires" or "then" of one of its routes).
    bool setScenarioState(const QString &name, const QString &state);
    /// The states scenario @p name can be in ("Started" first); empty for an unknown one.
    QStringList possibleScenarioStates(const QString &name) const;
    QStringList dataStoreNames() const;
    /// The data store @p name as it is now, or nothing when there is none.
    std::optional<QJsonValue> dataStore(const QString &name) const;
    /// Replaces (or makes) the data store @p name until the next reset; false when @p name is
    /// empty.
    bool setDataStore(const QString &name, const QJsonValue &value);
    QJsonObject globalVariables() const;
    /// Scenarios back to "Started", data stores to the set's starting values, global variables
    /// cleared.
    void resetState();

    Journal &journal();
    const Journal &journal() const;
    /// Requests answered by the route with @p id since it was first served.
    quint64 hits(const QString &routeId) const;
    /// Hits of every served route, in route order (one call instead of a lookup per route).
    QList<quint64> hitCounts() const;
    /// Open client connections.
    int connectionCount() const;

    /// The request chain, in order: the admin handler, the interceptor, then route answering
    /// (matching, chaos, the journal). What the first two take is neither journaled nor
    /// touched by chaos; either may answer at once or later through its Responder.
    /// The admin API's link (AdminApi installs it; nullptr removes it).
    void setAdminHandler(RequestHandler handler);
    /// A client test's own link, after the admin API and before the routes: e.g. an answer
    /// computed in the test, or one held back until the test releases it (nullptr removes it).
    void setInterceptor(RequestHandler handler);

Q_SIGNALS:
    void started(quint16 port);
    void stopped();
    void routeSetChanged();
    void chaosChanged();
    /// Scenario states, data stores or global variables changed; emitted on this object's
    /// thread, at most every few tens of milliseconds however many requests change them.
    void stateChanged();
    void errorOccurred(const QString &message);

private:
    struct Private;
    void handle(HttpConnection *connection, quint64 sequence, const HttpRequest &request);
    void answerFromRoutes(const HttpRequest &request, const Responder &responder);
    std::unique_ptr<Private> d;
};

} // namespace MockBench
