// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "model/Proxy.h"
#include "model/RecordedRoutes.h"
#include "model/RouteSet.h"
#include "proxy/RecordingTap.h"

#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace MockBench {

class MockServer;
struct Exchange;

/// Record mode (DESIGN.md §12), in the manner of WireMock's record and snapshot: while
/// recording, the server forwards every request to the target and each exchange that comes
/// back whole becomes a route: method, path and query (and the body, when the request had
/// one) to match; status, headers less hop-by-hop ones, and body to answer. Identical requests
/// that got different answers become one sequential route answering them in the order they
/// came.
class Recorder : public RecordingTap
{
public:
    /// A body larger than this is not recorded (the exchange is reported, not kept).
    static constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;

    explicit Recorder(MockServer *server);
    ~Recorder() override;

    /// Starts forwarding everything to @p target and recording; @p pathPattern, when given,
    /// is a regular expression a path must match (somewhere) to be recorded (the rest is still
    /// forwarded). False with @p error when already recording or the pattern does not compile.
    bool start(
        const ProxyTarget &target, const QString &pathPattern = {}, QString *error = nullptr);
    /// Stops forwarding and recording; the routes of what was recorded (routeSet()) stay until
    /// the next start().
    void stop();
    bool isRecording() const { return m_recording; }
    std::optional<ProxyTarget> target() const { return m_target; }
    /// Exchanges recorded whole so far.
    int exchangeCount() const { return int(m_recorded.size()); }

    /// The routes of what was recorded, in the order their requests first came (a route with
    /// query or body conditions before one of the same method and path without).
    QList<Route> routes() const;
    /// Writes the routes of what was recorded to the route set file @p path; bodies that are
    /// not UTF-8 text or are over InlineBodyBytes go to body files in a folder beside it
    /// ("NAME.bodies/"). False with @p error when a file cannot be written.
    bool writeRouteSet(const QString &path, const QString &name, QString *error) const;
    /// Bodies longer than this go to body files when written by writeRouteSet().
    static constexpr qint64 InlineBodyBytes = 64 * 1024;

    /// What was forwarded and not recorded, one line each naming the request and why.
    QStringList skipped() const { return m_skipped; }

    /// The route that answers a request like @p exchange's as it was answered ("Create route
    /// from this request"): method, path, query to match; its status, headers and body.
    /// @p note gets a line when the journal kept only part of the body.
    static Route routeFromExchange(const Exchange &exchange, QString *note = nullptr);
    /// A journal entry as a recorded exchange (its bodies as the journal kept them).
    static RecordedExchange recordedOf(const Exchange &exchange);

    void begin(quint64 key, const HttpRequest &request, const QString &upstreamUrl, int status,
        const QByteArray &reason, const RawHeaders &headers) override;
    void bodyData(quint64 key, const QByteArray &bytes) override;
    void end(quint64 key, bool complete) override;

private:
    QPointer<MockServer> m_server;
    bool m_recording = false;
    std::optional<ProxyTarget> m_target;
    QRegularExpression m_filter;
    QHash<quint64, RecordedExchange> m_pending;
    QList<RecordedExchange> m_recorded;
    QStringList m_skipped;
    /// Shared with the server as its tap: it points back here while recording.
    std::shared_ptr<RecordingTap> m_tap;
};

} // namespace MockBench
