// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"
#include "model/RouteSet.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace MockBench {

/// Runs `mockbench --headless` as a separate process for client tests: start() returns once
/// the server printed its listening line, so the client can connect at once. Its admin API
/// client changes routes and chaos and reads the journal while the process runs: every call
/// is synchronous (a local event loop, never longer than adminTimeout()) and returns
/// false / empty / -1 on failure with errorString() saying why, HTTP status included.
class MockProcess : public QObject
{
    Q_OBJECT
public:
    explicit MockProcess(QObject *parent = nullptr);
    ~MockProcess() override;

    /// The mockbench binary; by default $MOCKBENCH_BINARY, else `mockbench` beside the
    /// running program, else `mockbench` on PATH.
    void setProgram(const QString &program);
    QString program() const;

    /// Starts serving @p routeFile (empty: the built-in example) on 127.0.0.1 and a free port,
    /// with @p extraArguments added; false (see errorString()) if it did not come up within
    /// @p timeoutMs.
    bool start(const QString &routeFile = {}, const QStringList &extraArguments = {},
        int timeoutMs = 10000);
    /// SIGTERM, then waits up to @p timeoutMs for a clean exit (kills after that).
    bool stop(int timeoutMs = 5000);

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString errorString() const { return m_error; }
    /// Everything the process wrote to stderr so far.
    QByteArray standardError() const { return m_stderr; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    /// Sends `Authorization: Bearer TOKEN` with every admin call (for `--admin-token`);
    /// empty: no header.
    void setAdminToken(const QString &token);
    QString adminToken() const { return m_adminToken; }
    /// How long one admin call may take before it fails; 5000 ms by default.
    void setAdminTimeout(int timeoutMs);
    int adminTimeout() const { return m_adminTimeoutMs; }
    /// The admin API URL of @p endpoint ("routes", "requests/count", ...).
    QUrl adminUrl(const QString &endpoint = {}) const;

    /// GET health answered 200 with status "ok".
    bool isHealthy();
    /// The health document (status, version, routes, requests, listening).
    std::optional<QJsonObject> health();

    /// The route set served now.
    std::optional<RouteSet> routes();
    /// Adds @p route after the others (POST routes); without an id the server assigns one,
    /// written to @p assignedId when given. An id already used fails (409).
    bool addRoute(const Route &route, QString *assignedId = nullptr);
    /// Replaces the whole route set, name and global chaos included (PUT routes).
    bool replaceRoutes(const RouteSet &routeSet);
    /// Removes the route with @p id (DELETE routes/{id}); an unknown id fails (404).
    bool removeRoute(const QString &id);

    /// The global chaos served now.
    std::optional<Chaos> chaos();
    /// Replaces the global chaos with @p chaos: settings it leaves unset are removed.
    bool setChaos(const Chaos &chaos);

    /// The journal as exchange JSON objects with whole bodies, oldest first; @p method "" or
    /// "*" for any, @p path exact or with a trailing '*' for a prefix ("" for any), @p limit
    /// the newest N (-1 for all). Reads as many pages of GET requests as that takes.
    std::optional<QList<QJsonObject>> requests(
        const QString &method = {}, const QString &path = {}, int limit = -1);
    /// How many journaled requests match (same filters), -1 on failure.
    int requestCount(const QString &method = {}, const QString &path = {});
    /// The journal as Exchange values, for the Verify helpers (same filters as requests()).
    std::optional<QList<Exchange>> receivedExchanges(
        const QString &method = {}, const QString &path = {}, int limit = -1);
    /// Empties the journal.
    bool clearRequests();
    /// Empties the journal and restores the routes and chaos the process started with.
    bool reset();

    /// An Exchange from its admin API / --log JSON (the inverse of ExchangeJson::toJson).
    /// The JSON names a matched route by id only, so routeIndex is 0 for a matched route and
    /// -1 otherwise.
    static Exchange exchangeFromJson(const QJsonObject &json);

Q_SIGNALS:
    void started(quint16 port);
    void finished(int exitCode);

private:
    /// One admin call; true when it answered 2xx, with the body in @p answer.
    bool call(const QByteArray &verb, const QString &endpoint, const QByteArray &body = {},
        QByteArray *answer = nullptr, const QString &query = {});
    /// Like call(), also parsing the answer as a JSON object.
    std::optional<QJsonObject> callForObject(const QByteArray &verb, const QString &endpoint,
        const QByteArray &body = {}, const QString &query = {});

    QProcess m_process;
    QNetworkAccessManager *m_network = nullptr; ///< created on the first admin call
    QString m_adminToken;
    int m_adminTimeoutMs = 5000;
    QString m_program;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace MockBench
