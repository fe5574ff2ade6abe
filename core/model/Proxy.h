// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace MockBench {

/// Forwarding to a real backend (DESIGN.md §12), "proxy" in files: on a route, it forwards
/// what it takes instead of answering from its responses; on the set, it forwards what no route
/// takes. The request goes up as it came (hop-by-hop headers removed, Host rewritten,
/// X-Forwarded-* added), the answer comes back as it came, streamed, and chaos applies to it.
struct ProxyTarget
{
    static constexpr int DefaultTimeoutMs = 30 * 1000;

    /// "url": http(s)://host[:port][/base]: the request's path, less stripPrefix, is appended
    /// to the base path, and its query kept.
    QUrl url;
    /// "stripPrefix": taken off the start of the request path before it goes up ("/api").
    QString stripPrefix;
    /// "requestHeaders": set on the request going up, replacing those of the same name.
    HeaderList requestHeaders;
    /// "removeRequestHeaders": left out of the request going up (any case).
    QStringList removeRequestHeaders;
    /// "responseHeaders": set on the answer coming back, replacing those of the same name.
    HeaderList responseHeaders;
    /// "timeoutMs": no answer head from the upstream in this long answers 504.
    int timeoutMs = DefaultTimeoutMs;
    /// "insecure": any certificate of an https upstream is accepted (a self-signed backend).
    bool insecure = false;
    /// "rewriteCookies": the upstream's Set-Cookie loses its Domain (the cookie becomes the
    /// mock's host's) and, when the client came over plain HTTP, its Secure, so that a browser
    /// keeps it behind the mock, as Mockoon's proxy does. Off: passed as the upstream wrote it.
    bool rewriteCookies = false;
    QJsonObject extra; ///< keys this version does not know, written back on save

    friend bool operator==(const ProxyTarget &a, const ProxyTarget &b)
    {
        return a.url == b.url && a.stripPrefix == b.stripPrefix
            && a.requestHeaders == b.requestHeaders
            && a.removeRequestHeaders == b.removeRequestHeaders
            && a.responseHeaders == b.responseHeaders && a.timeoutMs == b.timeoutMs
            && a.insecure == b.insecure && a.rewriteCookies == b.rewriteCookies
            && a.extra == b.extra;
    }
    friend bool operator!=(const ProxyTarget &a, const ProxyTarget &b) { return !(a == b); }
};

} // namespace MockBench
