// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpResponse.h"
#include "model/Route.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace MockBench {

class MockServer;
class Recorder;
class RouteSetDocument;

/// The admin API under /__mockbench/ (health, routes, chaos, requests, scenarios, data,
/// recordings, reset),
/// JSON in and
/// out, in the manner of WireMock's /__admin. Route and chaos changes go through the
/// RouteSetDocument, so they are validated like any edit, served at once, and in the window
/// they show at once and can be undone. Admin requests are neither journaled nor touched by
/// chaos.
class AdminApi : public QObject
{
    Q_OBJECT

public:
    /// Who may use the API.
    enum class Access {
        Off, ///< not served: admin paths are matched against the routes like any other path
        Open, ///< anyone who can connect (the default on a loopback address)
        Token, ///< only requests with "Authorization: Bearer TOKEN"
    };
    Q_ENUM(Access)

    static constexpr char Prefix[] = "/__mockbench";
    /// How many exchanges `GET requests` lists without `?limit`.
    static constexpr int DefaultPageSize = 100;
    /// The largest `?limit` accepted; more is answered 400.
    static constexpr int MaxPageSize = 1000;
    /// Body bytes an exchange in `GET requests` shows without `?bodyLimit`.
    static constexpr int DefaultListingBodyBytes = 4 * 1024;
    /// A page of `GET requests` ends before the exchange that would take it past this size
    /// (it always lists one), whatever the limits ask: no answer of hundreds of MB.
    static constexpr qsizetype MaxListingBytes = 8 * 1024 * 1024;

    /// The rule of the command line: --no-admin turns it off; a token is always required when
    /// given; without one the API is open on loopback addresses and off on any other.
    static Access accessFor(const QHostAddress &host, bool noAdmin, const QString &token);
    /// One line for the start-up message: where the API is and who may use it, or why it is off.
    static QString describe(Access access, const QString &baseUrl);

    AdminApi(MockServer *server, RouteSetDocument *document, QObject *parent = nullptr);
    ~AdminApi() override;

    /// Installs or removes the API on the server. Token needs a non-empty token.
    void setAccess(Access access, const QString &token = QString());
    Access access() const { return m_access; }
    /// Body bytes an exchange in `GET requests` shows when the request gives no `?bodyLimit`.
    void setListingBodyBytes(int bytes);
    int listingBodyBytes() const { return m_listingBodyBytes; }

    /// The recorder behind recordings/start|stop (made on first use), which --record drives
    /// too.
    Recorder *recorder();

    /// Answers @p request if it is an admin request (including 401 for a missing token);
    /// nothing otherwise.
    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse route(const HttpRequest &request, const QStringList &parts);
    HttpResponse health();
    HttpResponse routes(const HttpRequest &request);
    HttpResponse oneRoute(const HttpRequest &request, const QString &id);
    /// The route in the request body, or nothing with @p failure set to the answer.
    std::optional<Route> readRoute(const HttpRequest &request, HttpResponse *failure) const;
    HttpResponse chaos(const HttpRequest &request);
    HttpResponse requests(const HttpRequest &request, bool countOnly);
    HttpResponse reset();
    HttpResponse scenarios(const HttpRequest &request, const QStringList &parts);
    HttpResponse data(const HttpRequest &request, const QStringList &parts);
    HttpResponse recordings(const HttpRequest &request, const QStringList &parts);

    QPointer<MockServer> m_server;
    QPointer<RouteSetDocument> m_document;
    Access m_access = Access::Off;
    QString m_token;
    int m_listingBodyBytes = DefaultListingBodyBytes;
    std::unique_ptr<Recorder> m_recorder; ///< made by the first recordings/start
};

} // namespace MockBench
