// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/BodyStream.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Proxy.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace MockBench {

class RecordingTap;

/// Forwards requests to real backends (DESIGN.md §12) through one QNetworkAccessManager
/// (keep-alive pool, redirects off, HTTP/1.1). Lives on the server's thread.
class ProxyForwarder : public QObject
{
    Q_OBJECT
public:
    /// What came back: the upstream's answer (its body streamed unless asked whole), or the
    /// 502/504 MockBench gives when there is none, with the reason in @p error.
    struct Result
    {
        HttpResponse response;
        QString upstreamUrl;
        QString error; ///< empty when the upstream answered
    };
    using Done = std::function<void(Result)>;

    /// Bytes of an answer's body held between the upstream and a slow client at most.
    static constexpr qint64 StreamBufferBytes = 256 * 1024;

    explicit ProxyForwarder(QObject *parent = nullptr);
    ~ProxyForwarder() override;

    /// Sends @p request to @p target and calls @p done once the answer's head is back (or it
    /// failed). @p wholeBodyLimit above 0: wait for the whole body, at most that many bytes
    /// (502 beyond), and put it in response.body (for faults that cut or pace a body); 0:
    /// response.stream delivers it as it comes.
    void forward(
        const HttpRequest &request, const ProxyTarget &target, qint64 wholeBodyLimit, Done done);

    /// Sees every forwarded exchange whole (recording); nullptr: none.
    void setTap(std::shared_ptr<RecordingTap> tap) { m_tap = std::move(tap); }

    /// The URL @p request goes to under @p target: the target's base path, then the request
    /// path less stripPrefix, then the request's own query, as sent.
    static QUrl upstreamUrl(const HttpRequest &request, const ProxyTarget &target);
    /// The headers that go up: the request's less hop-by-hop ones (and those its Connection
    /// names) and Host, less removeRequestHeaders, plus X-Forwarded-For/-Host/-Proto and the
    /// target's requestHeaders (replacing the same names).
    static RawHeaders upstreamHeaders(const HttpRequest &request, const ProxyTarget &target);
    /// The answer's headers that come back: less hop-by-hop ones and Content-Length (written
    /// again by the connection), plus the target's responseHeaders.
    static RawHeaders clientHeaders(
        const RawHeaders &upstream, const ProxyTarget &target, bool clientSecure);
    /// True for the hop-by-hop header @p name (RFC 9110 §7.6.1), any case.
    static bool isHopByHop(const QByteArray &name);

private:
    QNetworkAccessManager *insecureManager();
    QNetworkAccessManager *m_manager = nullptr;
    QNetworkAccessManager *m_insecureManager = nullptr; ///< for "insecure" targets, made on use
    std::shared_ptr<RecordingTap> m_tap;
    quint64 m_nextKey = 1;
};

} // namespace MockBench
