// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyForwarder.h"

#include "http/HopByHop.h"
#include "proxy/RecordingTap.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// The names a Connection header lists are hop-by-hop for that message too.
QList<QByteArray> connectionTokens(const RawHeaders &headers)
{
    QList<QByteArray> tokens;
    for (const auto &[name, value] : headers) {
        if (sameName(name, "Connection")) {
            for (const QByteArray &token : value.split(',')) {
                tokens.append(token.trimmed().toLower());
            }
        }
    }
    return tokens;
}

/// Sets @p replacements on @p headers, each replacing every header of its name.
void replaceHeaders(RawHeaders *headers, const HeaderList &replacements)
{
    for (const auto &[name, values] : replacements) {
        const QByteArray key = name.toLatin1();
        headers->erase(std::remove_if(headers->begin(), headers->end(),
                           [&key](const auto &h) { return sameName(h.first, key); }),
            headers->end());
        for (const QString &value : values) {
            headers->append({ key, value.toUtf8() });
        }
    }
}

/// The upstream broke off or failed after its head (not an HTTP error status, which Qt
/// reports as an error too).
bool brokeOff(const QNetworkReply *reply)
{
    const int error = int(reply->error());
    const bool statusError = (error >= 201 && error <= 299) || (error >= 401 && error <= 499);
    return error != QNetworkReply::NoError && !statusError;
}

/// The body of an answer that has none (HEAD, 204, 304) but may still say its length.
class NoBody : public BodyStream
{
public:
    explicit NoBody(qint64 length)
        : m_length(length)
    {
    }
    qint64 length() const override { return m_length; }
    QByteArray read(qint64) override { return {}; }
    bool atEnd() const override { return true; }
    bool failed() const override { return false; }

private:
    qint64 m_length = -1;
};

/// A proxied answer's body, pulled from the reply as the client reads: the reply's read
/// buffer is bounded, so a slow client slows the upstream down and memory stays flat.
class ReplyStream : public BodyStream
{
public:
    ReplyStream(QNetworkReply *reply, qint64 length, std::shared_ptr<RecordingTap> tap, quint64 key)
        : m_reply(reply)
        , m_length(length)
        , m_tap(std::move(tap))
        , m_key(key)
    {
        QObject::connect(reply, &QIODevice::readyRead, reply, [this] { notifyReader(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [this] {
            m_finished = true;
            m_failed = !m_reply || brokeOff(m_reply);
            if (m_length >= 0 && m_taken + (m_reply ? m_reply->bytesAvailable() : 0) < m_length) {
                m_failed = true;
            }
            notifyReader();
        });
    }

    ~ReplyStream() override
    {
        if (m_tap && !m_ended) {
            m_tap->end(m_key, false);
        }
        if (m_reply) {
            m_reply->disconnect();
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    qint64 length() const override { return m_length; }

    QByteArray read(qint64 maxBytes) override
    {
        if (!m_reply) {
            return {};
        }
        const QByteArray bytes = m_reply->read(maxBytes);
        m_taken += bytes.size();
        if (m_tap && !bytes.isEmpty()) {
            m_tap->bodyData(m_key, bytes);
        }
        if (m_tap && !m_ended && atEnd()) {
            m_ended = true;
            m_tap->end(m_key, !m_failed);
        }
        return bytes;
    }

    bool atEnd() const override
    {
        return m_finished && (!m_reply || m_reply->bytesAvailable() == 0);
    }

    bool failed() const override { return m_failed; }

    void cancel() override
    {
        if (m_reply) {
            m_failed = true;
            m_reply->abort();
        }
    }

private:
    QPointer<QNetworkReply> m_reply;
    qint64 m_length = -1;
    qint64 m_taken = 0;
    bool m_finished = false;
    bool m_failed = false;
    bool m_ended = false;
    std::shared_ptr<RecordingTap> m_tap;
    quint64 m_key = 0;
};

HttpResponse failure(int status, const QString &text)
{
    return HttpResponse::plain(status, text.toUtf8() + '\n');
}

} // namespace

namespace {

/// An upstream client: redirects go back to the client, replies are deleted by their owner.
QNetworkAccessManager *upstreamClient(QObject *parent)
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setAutoDeleteReplies(false);
    return manager;
}

} // namespace

QNetworkAccessManager *ProxyForwarder::insecureManager()
{
    if (!m_insecureManager) {
        m_insecureManager = upstreamClient(this);
    }
    return m_insecureManager;
}

ProxyForwarder::ProxyForwarder(QObject *parent)
    : QObject(parent)
    , m_manager(upstreamClient(this))
{
}

ProxyForwarder::~ProxyForwarder() = default;

bool ProxyForwarder::isHopByHop(const QByteArray &name)
{
    return isHopByHopHeader(name);
}

QUrl ProxyForwarder::upstreamUrl(const HttpRequest &request, const ProxyTarget &target)
{
    QByteArray path = request.target;
    const qsizetype queryAt = path.indexOf('?');
    QByteArray query;
    if (queryAt >= 0) {
        query = path.mid(queryAt + 1);
        path.truncate(queryAt);
    }
    const QByteArray prefix = QUrl::toPercentEncoding(target.stripPrefix, "/");
    if (!prefix.isEmpty() && (path == prefix || path.startsWith(QByteArray(prefix + '/')))) {
        path = path.mid(prefix.size());
    }
    QByteArray base = target.url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (base.endsWith('/')) {
        base.chop(1);
    }
    QByteArray whole = base;
    if (!path.isEmpty() && !path.startsWith('/')) {
        whole += '/';
    }
    whole += path;
    if (queryAt >= 0) {
        whole += '?';
        whole += query;
    }
    return QUrl::fromEncoded(whole, QUrl::StrictMode);
}

RawHeaders ProxyForwarder::upstreamHeaders(const HttpRequest &request, const ProxyTarget &target)
{
    const QList<QByteArray> listed = connectionTokens(request.headers);
    RawHeaders headers;
    QByteArray forwardedFor;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isHopByHop(name) || listed.contains(lower) || lower == "host"
            || lower == "content-length" || lower == "expect") {
            continue;
        }
        if (lower == "x-forwarded-for") {
            forwardedFor = value;
            continue;
        }
        bool removed = false;
        for (const QString &remove : target.removeRequestHeaders) {
            removed = removed || sameName(name, remove.toLatin1());
        }
        if (!removed) {
            headers.append({ name, value });
        }
    }
    if (!request.peerAddress.isEmpty()) {
        const QByteArray peer = request.peerAddress.toLatin1();
        headers.append(
            { "X-Forwarded-For", forwardedFor.isEmpty() ? peer : forwardedFor + ", " + peer });
    }
    const QByteArray host = request.header("Host");
    if (!host.isEmpty()) {
        headers.append({ "X-Forwarded-Host", host });
    }
    headers.append(
        { QByteArray("X-Forwarded-Proto"), QByteArray(request.secure ? "https" : "http") });
    replaceHeaders(&headers, target.requestHeaders);
    return headers;
}

namespace {

/// @p cookie (one Set-Cookie value) without its Domain attribute and, when @p dropSecure,
/// without Secure: the cookie of the host the client asked.
QByteArray rewrittenCookie(const QByteArray &cookie, bool dropSecure)
{
    QList<QByteArray> kept;
    const QList<QByteArray> parts = cookie.split(';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray attribute = parts.at(i).trimmed();
        const qsizetype equals = attribute.indexOf('=');
        const QByteArray name =
            (equals < 0 ? attribute : attribute.left(equals)).trimmed().toLower();
        if (i > 0 && (name == "domain" || (dropSecure && name == "secure"))) {
            continue;
        }
        kept.append(i == 0 ? parts.at(i) : attribute);
    }
    return kept.join("; ");
}

} // namespace

RawHeaders ProxyForwarder::clientHeaders(
    const RawHeaders &upstream, const ProxyTarget &target, bool clientSecure)
{
    const QList<QByteArray> listed = connectionTokens(upstream);
    RawHeaders headers;
    for (const auto &[name, value] : upstream) {
        if (isHopByHop(name) || listed.contains(name.toLower())
            || sameName(name, "Content-Length")) {
            continue;
        }
        if (sameName(name, "Set-Cookie")) {
            // QNetworkReply joins repeated Set-Cookie headers with line breaks.
            for (const QByteArray &cookie : value.split('\n')) {
                headers.append({ name,
                    target.rewriteCookies ? rewrittenCookie(cookie, !clientSecure) : cookie });
            }
            continue;
        }
        headers.append({ name, value });
    }
    replaceHeaders(&headers, target.responseHeaders);
    return headers;
}

void ProxyForwarder::forward(
    const HttpRequest &request, const ProxyTarget &target, qint64 wholeBodyLimit, Done done)
{
    const QUrl url = upstreamUrl(request, target);
    const QString urlText = QString::fromLatin1(url.toEncoded());
    QNetworkRequest up(url);
    up.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    up.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    up.setTransferTimeout(target.timeoutMs);
    // Cookies are the clients' own: Qt's cookie jar neither keeps an upstream's Set-Cookie
    // nor adds what it kept to the next request (another client's, maybe).
    up.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    up.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Repeated names go up as one field, joined as RFC 9110 §5.3 allows (cookies with "; ").
    RawHeaders joined;
    for (const auto &[name, value] : upstreamHeaders(request, target)) {
        auto it = std::find_if(joined.begin(), joined.end(),
            [&name = name](const auto &h) { return sameName(h.first, name); });
        if (it == joined.end()) {
            joined.append({ name, value });
        } else {
            it->second += (sameName(name, "Cookie") ? "; " : ", ") + value;
        }
    }
    bool acceptEncoding = false;
    for (const auto &[name, value] : joined) {
        up.setRawHeader(name, value);
        acceptEncoding = acceptEncoding || sameName(name, "Accept-Encoding");
    }
    if (!acceptEncoding) {
        // Else Qt asks for gzip itself and decodes it: the client would get another body.
        up.setRawHeader("Accept-Encoding", "identity");
    }
    if (target.insecure && url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        up.setSslConfiguration(ssl);
    }
    const bool hasBody = !request.body.isEmpty() || request.hasHeader("Content-Length")
        || request.hasHeader("Transfer-Encoding");
    // Qt keeps one connection pool per host and port whatever the TLS settings: an "insecure"
    // target gets a pool of its own, or it would reuse the verifying one's connections (and
    // the other way round).
    QNetworkAccessManager *manager = target.insecure ? insecureManager() : m_manager;
    QNetworkReply *reply = hasBody ? manager->sendCustomRequest(up, request.method, request.body)
                                   : manager->sendCustomRequest(up, request.method);
    const bool whole = wholeBodyLimit > 0;
    reply->setReadBufferSize(whole ? 0 : StreamBufferBytes);

    const quint64 key = m_nextKey++;
    const bool head = request.method == "HEAD";
    auto answered = std::make_shared<bool>(false);
    // The answer's head as the client gets it; the tap sees it as the upstream sent it.
    auto headOf = [this, reply, request, urlText, key, target] {
        Result result;
        result.upstreamUrl = urlText;
        result.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.response.reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        const RawHeaders upstream = reply->rawHeaderPairs();
        result.response.headers = clientHeaders(upstream, target, request.secure);
        if (m_tap) {
            m_tap->begin(
                key, request, urlText, result.response.status, result.response.reason, upstream);
        }
        return result;
    };
    auto fail = [reply, urlText, target, done, answered](const QString &error, int status) {
        *answered = true;
        Result result;
        result.upstreamUrl = urlText;
        result.error = error;
        result.response =
            failure(status, u"MockBench: the upstream %1 gave no answer: %2"_s.arg(urlText, error));
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
        done(std::move(result));
    };
    auto onHead = [this, reply, whole, head, done, answered, key, headOf] {
        if (*answered || whole
            || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull()) {
            return;
        }
        *answered = true;
        Result result = headOf();
        bool ok = false;
        const qint64 length = reply->rawHeader("Content-Length").toLongLong(&ok);
        reply->disconnect(this);
        if (head || HttpResponse::isBodyless(result.response.status)) {
            // No body follows; a HEAD answer still says how long the body would be.
            if (m_tap) {
                m_tap->end(key, true);
            }
            result.response.stream = std::make_shared<NoBody>(ok ? length : -1);
            if (reply->isFinished()) {
                reply->deleteLater();
            } else {
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            }
        } else {
            result.response.stream =
                std::make_shared<ReplyStream>(reply, ok ? length : -1, m_tap, key);
        }
        done(std::move(result));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, onHead);
    if (whole) {
        connect(reply, &QIODevice::readyRead, this, [reply, wholeBodyLimit, fail] {
            if (reply->bytesAvailable() > wholeBodyLimit) {
                fail(u"the answer is over %1 bytes, which a fault that cuts or paces the body "
                     "would hold in memory"_s.arg(wholeBodyLimit),
                    502);
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, done, answered, key, target, onHead, headOf, fail] {
            onHead();
            if (*answered) {
                return;
            }
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isNull() || brokeOff(reply)) {
                const bool timeout = reply->error() == QNetworkReply::OperationCanceledError
                    || reply->error() == QNetworkReply::TimeoutError;
                fail(timeout ? u"no answer within %1 ms"_s.arg(target.timeoutMs)
                             : reply->errorString(),
                    timeout ? 504 : 502);
                return;
            }
            *answered = true;
            Result result = headOf();
            result.response.body = reply->readAll();
            if (m_tap) {
                m_tap->bodyData(key, result.response.body);
                m_tap->end(key, true);
            }
            reply->deleteLater();
            done(std::move(result));
        });
}

} // namespace MockBench
