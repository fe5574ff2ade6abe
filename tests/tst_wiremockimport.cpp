// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WireMock roots served as WireMock 3.13.2 serves them: every recorded case of
// tests/data/wiremock/cases (format: tests/interop/wiremock-import/README.md) is imported through
// AnyFormat::readFile(root folder), served by a MockServer on 127.0.0.1 and its requests are sent
// in order on raw sockets (exact bytes, from a client thread with blocking sockets so that a
// reset and a close are told apart); status, Content-Type, headers and body must agree with
// WireMock's by the exchange's rule, a fault must show the same on the wire, a delay must not be
// shorter. The same cases are replayed against the route set converted to MockBench's format and
// loaded back, which must answer as the direct import does.
// Exchanges that disagree because of a known importer gap are listed in knownGaps(): counted as
// disagreeing and reported as expected failures; one that starts to agree fails the test so that
// the list stays exact, and so does one that differs in more than its gap says.
// A proxy case (one with an "upstream": proxyBaseUrl stubs) is served from a copy of its root
// naming an EchoUpstream started here on 127.0.0.1, port 0: the stand-in backend the recorder
// ran beside WireMock (harness.upstream_answer), answering the same bytes.
#include "Import.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <future>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 8000;

/// Headers of the transport, never compared (the README's list).
const QList<QByteArray> &skippedHeaders()
{
    static const QList<QByteArray> names { "date", "connection", "keep-alive", "content-length",
        "transfer-encoding" };
    return names;
}

/// What came back on one connection.
struct Wire
{
    QByteArray raw;
    QByteArray end; ///< "fin", "reset", "timeout" or "error: ..."
    qint64 elapsedMs = 0;
    int reads = 0;
};

/// The HTTP answer read from a Wire, when it holds one.
struct Answer
{
    bool http = false; ///< an HTTP status line and a whole head
    bool incomplete = false; ///< the body is shorter than its framing says (or bad chunks)
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< in order, names as sent
    QByteArray body;
};

struct RecordedExchange
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray requestBody;
    bool restart = false;
    QString fault; ///< empty: an HTTP answer is expected
    int status = 0;
    QByteArray reason; ///< the status line's reason phrase
    bool compareReason = false; ///< a statusMessage: the reason phrase must agree too
    std::optional<QByteArray> contentType;
    QMap<QByteArray, QByteArray> responseHeaders;
    QMap<QByteArray, QString> headerPatterns;
    QList<QByteArray> ignoreHeaders;
    QByteArray body;
    QString compare;
    QString pattern;
    int minMs = 0;
    int minChunks = 0;
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// One fixed answer of a proxy case's upstream, for the request path @c path.
struct UpstreamAnswer
{
    QByteArray path;
    int status = 200;
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
};

/// A proxy case's "upstream" (tests/interop/wiremock-import/README.md, harness.upstream_answer).
struct UpstreamSpec
{
    QByteArray placeholder; ///< the authority written in the root and in the recorded answers
    int echoStatus = 200;
    QByteArray echoReason;
    HeaderList echoHeaders;
    QList<UpstreamAnswer> answers;
};

struct Case
{
    QString name;
    QString root; ///< absolute path
    std::optional<UpstreamSpec> upstream;
    QList<RecordedExchange> exchanges;
};

/// A known importer gap: exchange @c index of case @c name disagrees with WireMock because of
/// @c reason. With @c differences, a regular expression every difference of that exchange must
/// match whole (the lines judge() writes): any other difference is not the gap and fails.
struct Gap
{
    const char *name;
    int index;
    const char *reason;
    const char *differences = nullptr;
};

// The proxy case's gaps: each exchange's differences are pinned (Gap::differences), so that a
// proxyBaseUrl import that stops forwarding, or forwards otherwise, fails. (WireMock 3.13.2
// names no stub on an answer it proxied; nor does the import since this case showed it.)
const QList<Gap> &knownGaps()
{
    static const QList<Gap> gaps {
        { "responses", 19,
            "proxyBaseUrl: forwarded as WireMock does, but a refused upstream is MockBench's "
            "502 with its own text, where WireMock answers 500 \"Network failure trying to make "
            "a proxied request...\" without a Content-Type" },
        { "proxy", 7,
            "proxyBaseUrl: an additionalProxyRequestHeaders header replaces the "
            "client's of the same name (proxy.requestHeaders), where "
            "WireMock sends both (\"from the client, from the stub\")",
            "body \"\\{\"body\":\"\",\"headers\":\\{\"x-override\":\"from "
            "the stub\"\\}.*\", WireMock .*" },
        // 8: the local stub in front of the proxy stubs agrees.
        { "proxy", 15,
            "proxyBaseUrl: a stub header of the same name as one of the upstream's "
            "replaces it (proxy.responseHeaders), where WireMock sends "
            "both (\"echo, from the stub\")",
            "header x-upstream \"from the stub\", WireMock \"echo, from "
            "the stub\"" },
        { "proxy", 16,
            "proxyBaseUrl: MockBench's proxy adds X-Forwarded-For, -Host and -Proto to "
            "the request going up, WireMock none",
            "body \"\\{\"body\":\"\",\"headers\":\\{\"forwarded\":null,"
            "\"via\":null,\"x-forwarded-for\":\"127\\.0\\.0\\.1\",\"x-forwarded-"
            "host\":\"localhost:8080\",.*\", WireMock .*" },
        { "proxy", 17,
            "proxyBaseUrl: the client's User-Agent goes up as it came, where WireMock's "
            "HTTP client (Apache HttpClient 5) sends its own",
            "body \"\\{\"body\":\"\",\"headers\":\\{\"user-agent\":"
            "\"probe/1\"\\}.*\" does not match /.*" },
        { "proxy", 18,
            "proxyUrlPrefixToRemove: MockBench takes the prefix off only up to a / (\"/pre\" "
            "leaves \"/prefixed/a\" as it is and forwards it); WireMock takes off the bare "
            "string, \"fixed/a\" makes no URL after the base, and answers 500 \"Target host "
            "is not specified\"",
            "status 200, WireMock 500|(Content-Type|header content-type) \"application/json\", "
            "WireMock absent|header x-upstream \"echo\", WireMock absent"
            "|body \"\\{\"body\":\"\",\"headers\":\\{\\},\"method\":\"GET\",\"path\":"
            "\"/prefixed/a\",\"query\":\"x=1\"\\}\", WireMock \"Network failure .*" },
        { "proxy", 19,
            "proxyBaseUrl: a refused upstream is MockBench's 502 with its own text, where "
            "WireMock answers 500 \"Network failure trying to make a proxied request...\" "
            "without a Content-Type",
            "status 502, WireMock 500|(Content-Type|header content-type) \"text/plain; "
            "charset=utf-8\", WireMock absent|body \"MockBench: the upstream "
            "http://127\\.0\\.0\\.1:1/down gave no answer: Connection refused\\\\n\", "
            "WireMock \"Network failure trying to make a proxied request from WireMock to "
            "http://127\\.0\\.0\\.1:1/down.*" },
    };
    return gaps;
}

QString casesDir()
{
    return QFINDTESTDATA("data/wiremock/cases");
}

QByteArray utf8(const QJsonValue &v)
{
    return v.toString().toUtf8();
}

HeaderList headerList(const QJsonValue &v)
{
    HeaderList out;
    const QJsonArray pairs = v.toArray();
    for (const QJsonValue &h : pairs) {
        out.append({ utf8(h[0]), utf8(h[1]) });
    }
    return out;
}

UpstreamSpec upstreamSpec(const QJsonObject &o)
{
    UpstreamSpec spec;
    spec.placeholder = utf8(o.value(u"placeholder"_s));
    const QJsonObject echo = o.value(u"echo"_s).toObject();
    spec.echoStatus = echo.value(u"status"_s).toInt(200);
    spec.echoReason = utf8(echo.value(u"reason"_s));
    spec.echoHeaders = headerList(echo.value(u"headers"_s));
    const QJsonArray answers = o.value(u"answers"_s).toArray();
    for (const QJsonValue &item : answers) {
        const QJsonObject a = item.toObject();
        UpstreamAnswer answer;
        answer.path = utf8(a.value(u"path"_s));
        answer.status = a.value(u"status"_s).toInt(200);
        answer.reason = utf8(a.value(u"reason"_s));
        answer.headers = headerList(a.value(u"headers"_s));
        answer.body = a.contains(u"bodyBase64"_s)
            ? QByteArray::fromBase64(a.value(u"bodyBase64"_s).toString().toLatin1())
            : utf8(a.value(u"body"_s));
        spec.answers.append(answer);
    }
    return spec;
}

struct UpstreamReply
{
    int status = 200;
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
};

/// harness.upstream_answer: a fixed answer for its path, else the echo of the request as
/// compact JSON with sorted keys (method, path, query, body or bodyBase64, and the headers the
/// request's X-Echo names, lower-cased, values joined with ", ", null when absent).
UpstreamReply upstreamAnswer(const UpstreamSpec &spec, const QByteArray &method,
    const QByteArray &target, const HeaderList &headers, const QByteArray &body)
{
    const qsizetype queryAt = target.indexOf('?');
    const QByteArray path = queryAt < 0 ? target : target.left(queryAt);
    for (const UpstreamAnswer &a : spec.answers) {
        if (a.path == path) {
            return { a.status, a.reason, a.headers, a.body };
        }
    }
    QList<QByteArray> names;
    for (const auto &[name, value] : headers) {
        if (name.compare("x-echo", Qt::CaseInsensitive) != 0) {
            continue;
        }
        for (const QByteArray &listed : value.split(',')) {
            const QByteArray n = listed.trimmed().toLower();
            if (!n.isEmpty() && !names.contains(n)) {
                names.append(n);
            }
        }
    }
    QJsonObject echoed;
    for (const QByteArray &n : std::as_const(names)) {
        QList<QByteArray> values;
        for (const auto &[name, value] : headers) {
            if (name.toLower() == n) {
                values.append(value);
            }
        }
        echoed.insert(QString::fromLatin1(n),
            values.isEmpty() ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(QString::fromUtf8(values.join(", "))));
    }
    QJsonObject doc { { u"method"_s, QString::fromUtf8(method) },
        { u"path"_s, QString::fromUtf8(path) },
        { u"query"_s,
            queryAt < 0 ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QString::fromUtf8(target.mid(queryAt + 1))) },
        { u"headers"_s, echoed } };
    if (QString::fromUtf8(body).toUtf8() == body) {
        doc.insert(u"body"_s, QString::fromUtf8(body));
    } else {
        doc.insert(u"bodyBase64"_s, QString::fromLatin1(body.toBase64()));
    }
    return { spec.echoStatus, spec.echoReason, spec.echoHeaders,
        QJsonDocument(doc).toJson(QJsonDocument::Compact) };
}

/// The upstream of a proxy case on 127.0.0.1, port 0, served by this thread's event loop (the
/// client of send() runs on another): HTTP/1.1 with keep-alive, Content-Length or chunked
/// request bodies, every method; what it answers is upstreamAnswer().
class EchoUpstream : public QObject
{
public:
    explicit EchoUpstream(UpstreamSpec spec)
        : m_spec(std::move(spec))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(
                    socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool listening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    QByteArray authority() const
    {
        return "127.0.0.1:" + QByteArray::number(m_server.serverPort());
    }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return;
            }
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            HeaderList headers;
            qint64 length = 0;
            bool chunked = false;
            bool close = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                const QByteArray name = lines.at(i).left(colon).trimmed();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                headers.append({ name, value });
                const QByteArray lower = name.toLower();
                if (lower == "content-length") {
                    length = value.toLongLong();
                } else if (lower == "transfer-encoding") {
                    chunked = value.toLower().contains("chunked");
                } else if (lower == "connection") {
                    close = value.toLower().contains("close");
                }
            }
            QByteArray body;
            qsizetype end = headEnd + 4;
            if (chunked) {
                for (;;) {
                    const qsizetype eol = buffer.indexOf("\r\n", end);
                    if (eol < 0) {
                        return; // more to come
                    }
                    const qint64 size = buffer.mid(end, eol - end)
                                            .split(';')
                                            .first()
                                            .trimmed()
                                            .toLongLong(nullptr, 16);
                    if (size == 0) {
                        const qsizetype trailersEnd = buffer.indexOf("\r\n", eol + 2);
                        if (trailersEnd < 0) {
                            return;
                        }
                        end = trailersEnd + 2; // no trailers are sent to it
                        break;
                    }
                    if (buffer.size() < eol + 2 + size + 2) {
                        return;
                    }
                    body += buffer.mid(eol + 2, size);
                    end = eol + 2 + size + 2;
                }
            } else {
                if (buffer.size() < end + length) {
                    return;
                }
                body = buffer.mid(end, length);
                end += length;
            }
            buffer.remove(0, end);
            const QByteArray method = requestLine.value(0);
            const UpstreamReply reply =
                upstreamAnswer(m_spec, method, requestLine.value(1), headers, body);
            ++m_requests;
            QByteArray out =
                "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
            for (const auto &[name, value] : reply.headers) {
                out += name + ": " + value + "\r\n";
            }
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            if (method != "HEAD") {
                out += reply.body;
            }
            socket->write(out);
            if (close) {
                m_buffers.remove(socket);
                socket->disconnectFromHost();
                return;
            }
        }
    }

    UpstreamSpec m_spec;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

/// A case ready to serve: for a proxy case, its upstream running and its root copied with the
/// placeholder of its proxyBaseUrls replaced by the upstream's address, which also goes back
/// into the recorded answers (exact bodies and header values) where the recorder wrote it.
struct Prepared
{
    std::unique_ptr<EchoUpstream> upstream;
    std::unique_ptr<QTemporaryDir> dir;
};

bool prepare(Case *c, Prepared *p, QString *problem)
{
    if (!c->upstream) {
        return true;
    }
    p->upstream = std::make_unique<EchoUpstream>(*c->upstream);
    if (!p->upstream->listening()) {
        *problem = u"the upstream does not listen: "_s + p->upstream->errorString();
        return false;
    }
    p->dir = std::make_unique<QTemporaryDir>();
    const QString copy = p->dir->filePath(QFileInfo(c->root).fileName());
    const QByteArray placeholder = c->upstream->placeholder;
    const QByteArray authority = p->upstream->authority();
    if (!p->dir->isValid() || placeholder.isEmpty()) {
        *problem = u"no temporary folder, or the case's upstream has no placeholder"_s;
        return false;
    }
    QDirIterator files(c->root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int replaced = 0;
    while (files.hasNext()) {
        const QString from = files.next();
        const QString relative = QDir(c->root).relativeFilePath(from);
        const QString to = copy + u'/' + relative;
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *problem = u"cannot copy "_s + from + u" to "_s + to;
            return false;
        }
        QByteArray data = in.readAll();
        if (relative.startsWith(u"mappings/"_s)) {
            const QByteArray before = QByteArray(QByteArray("//") + placeholder);
            replaced += int(data.count(before));
            data.replace(before, QByteArray(QByteArray("//") + authority));
        }
        out.write(data);
    }
    if (replaced == 0) {
        *problem =
            u"no proxyBaseUrl of "_s + c->root + u" names "_s + QString::fromLatin1(placeholder);
        return false;
    }
    c->root = copy;
    for (RecordedExchange &e : c->exchanges) {
        if (e.compare != u"pattern") {
            e.body.replace(placeholder, authority);
        }
        for (QByteArray &value : e.responseHeaders) {
            value.replace(placeholder, authority);
        }
    }
    return true;
}

std::optional<Case> loadCase(const QString &file, QString *problem)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read "_s + file;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *problem = file + u": "_s + parseError.errorString();
        return std::nullopt;
    }
    Case c;
    c.name = QFileInfo(file).completeBaseName();
    c.root = QDir(QFileInfo(file).absolutePath() + u"/.."_s)
                 .absoluteFilePath(root.value(u"root"_s).toString());
    if (root.value(u"upstream"_s).isObject()) {
        c.upstream = upstreamSpec(root.value(u"upstream"_s).toObject());
    }
    const QJsonArray exchanges = root.value(u"exchanges"_s).toArray();
    for (const QJsonValue &item : exchanges) {
        const QJsonObject request = item[u"request"_s].toObject();
        const QJsonObject response = item[u"response"_s].toObject();
        RecordedExchange e;
        e.method = utf8(request.value(u"method"_s));
        e.target = utf8(request.value(u"target"_s));
        const QJsonArray headers = request.value(u"headers"_s).toArray();
        for (const QJsonValue &h : headers) {
            e.headers.append({ utf8(h[0]), utf8(h[1]) });
        }
        e.requestBody = request.contains(u"bodyBase64"_s)
            ? QByteArray::fromBase64(request.value(u"bodyBase64"_s).toString().toLatin1())
            : utf8(request.value(u"body"_s));
        e.restart = request.value(u"restart"_s).toBool();
        e.fault = response.value(u"fault"_s).toString();
        e.status = response.value(u"status"_s).toInt();
        e.reason = utf8(response.value(u"reason"_s));
        e.compareReason = response.value(u"compareReason"_s).toBool();
        if (response.value(u"contentType"_s).isString()) {
            e.contentType = utf8(response.value(u"contentType"_s));
        }
        const QJsonObject rh = response.value(u"headers"_s).toObject();
        for (auto it = rh.constBegin(); it != rh.constEnd(); ++it) {
            e.responseHeaders.insert(it.key().toUtf8(), utf8(it.value()));
        }
        const QJsonObject hp = response.value(u"headerPatterns"_s).toObject();
        for (auto it = hp.constBegin(); it != hp.constEnd(); ++it) {
            e.headerPatterns.insert(it.key().toUtf8(), it.value().toString());
        }
        const QJsonArray ignored = response.value(u"ignoreHeaders"_s).toArray();
        for (const QJsonValue &name : ignored) {
            e.ignoreHeaders.append(utf8(name));
        }
        e.body = response.contains(u"bodyBase64"_s)
            ? QByteArray::fromBase64(response.value(u"bodyBase64"_s).toString().toLatin1())
            : utf8(response.value(u"body"_s));
        e.compare = response.value(u"compare"_s).toString(u"exact"_s);
        e.pattern = response.value(u"pattern"_s).toString();
        e.minMs = response.value(u"minMs"_s).toInt();
        e.minChunks = response.value(u"minChunks"_s).toInt();
        c.exchanges.append(e);
    }
    return c;
}

/// The bytes the recorder sent (harness.request_bytes): Host: localhost:8080 unless listed,
/// Content-Length for a body or a POST/PUT/PATCH, Connection: close.
QByteArray requestBytes(const RecordedExchange &e)
{
    auto has = [&e](const char *name) {
        return std::any_of(e.headers.cbegin(), e.headers.cend(),
            [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QByteArray request = e.method + ' ' + e.target + " HTTP/1.1\r\n";
    if (!has("host")) {
        request += "Host: localhost:8080\r\n";
    }
    for (const auto &[name, value] : e.headers) {
        request += name + ": " + value + "\r\n";
    }
    if ((!e.requestBody.isEmpty() || e.method == "POST" || e.method == "PUT" || e.method == "PATCH")
        && !has("content-length") && !has("transfer-encoding")) {
        request += "Content-Length: " + QByteArray::number(e.requestBody.size()) + "\r\n";
    }
    if (!has("connection")) {
        request += "Connection: close\r\n";
    }
    return request + "\r\n" + e.requestBody;
}

/// Blocking client, run on its own thread: connect, send, read until FIN, RST or WaitMs.
Wire exchangeBytes(quint16 port, const QByteArray &request)
{
    Wire wire;
    QElapsedTimer timer;
    timer.start();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        wire.end = "error: socket";
        return wire;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        wire.end = "error: connect: " + QByteArray(std::strerror(errno));
        ::close(fd);
        return wire;
    }
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n =
            ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            break; // the server may close before reading it all; read what it said
        }
        sent += n;
    }
    char buffer[65536];
    for (;;) {
        const qint64 left = WaitMs - timer.elapsed();
        pollfd p { fd, POLLIN, 0 };
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) {
            wire.end = "timeout";
            break;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n == 0) {
            wire.end = "fin";
            break;
        }
        if (n < 0) {
            wire.end = errno == ECONNRESET ? QByteArray("reset")
                                           : "error: " + QByteArray(std::strerror(errno));
            break;
        }
        wire.raw.append(buffer, n);
        ++wire.reads;
    }
    wire.elapsedMs = timer.elapsed();
    ::close(fd);
    return wire;
}

/// Sends @p e to @p port while this thread keeps serving.
Wire send(quint16 port, const RecordedExchange &e)
{
    std::future<Wire> done = std::async(std::launch::async, exchangeBytes, port, requestBytes(e));
    while (done.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        done.wait_for(std::chrono::microseconds(300));
    }
    return done.get();
}

Answer parse(const Wire &wire, const QByteArray &method)
{
    Answer a;
    const qsizetype headEnd = wire.raw.indexOf("\r\n\r\n");
    if (!wire.raw.startsWith("HTTP/") || headEnd < 0) {
        return a;
    }
    const QList<QByteArray> lines = wire.raw.left(headEnd).split('\n');
    bool statusOk = false;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    a.status = statusLine.value(1).toInt(&statusOk);
    if (!statusOk) {
        return a;
    }
    a.reason = statusLine.mid(2).join(' ');
    a.http = true;
    QByteArray length;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        a.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            length = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = value.toLower().contains("chunked");
        }
    }
    const QByteArray rest = wire.raw.mid(headEnd + 4);
    if (method == "HEAD" || a.status < 200 || a.status == 204 || a.status == 304) {
        return a;
    }
    if (chunked) {
        qsizetype at = 0;
        a.incomplete = true;
        for (;;) {
            const qsizetype eol = rest.indexOf("\r\n", at);
            if (eol < 0) {
                break;
            }
            QByteArray sizeText = rest.mid(at, eol - at);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
                sizeText.truncate(semicolon);
            }
            bool ok = false;
            const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok) {
                break;
            }
            if (size == 0) {
                a.incomplete = false;
                break;
            }
            a.body += rest.mid(eol + 2, size);
            at = eol + 2 + size + 2;
            if (at > rest.size()) {
                break;
            }
        }
    } else if (!length.isEmpty()) {
        a.body = rest.left(length.toLongLong());
        a.incomplete = rest.size() < length.toLongLong();
    } else {
        a.body = rest;
    }
    return a;
}

/// harness.fault_kind: what a fault looked like on the wire, or empty for a well-formed answer.
QString faultKind(const Wire &wire, const Answer &a, const QString &expected)
{
    if (wire.raw.isEmpty()) {
        if (wire.end == "reset") {
            return u"reset"_s;
        }
        return wire.end == "fin" ? u"closed"_s : QString::fromUtf8(wire.end);
    }
    if (!a.http) {
        return u"garbage"_s;
    }
    if (a.incomplete) {
        return u"malformed-chunk"_s;
    }
    auto has = [&a](const char *name) {
        return std::any_of(a.headers.cbegin(), a.headers.cend(),
            [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    static const QRegularExpression chunkLine(u"^[0-9a-fA-F]+\r\n"_s);
    if (expected == u"malformed-chunk" && !has("content-length") && !has("transfer-encoding")
        && !a.body.isEmpty() && !chunkLine.match(QString::fromLatin1(a.body)).hasMatch()) {
        return u"malformed-chunk"_s;
    }
    if (wire.end == "reset") {
        return u"reset"_s;
    }
    return {};
}

QMap<QByteArray, QByteArray> headerMap(const Answer &a, const QList<QByteArray> &ignored)
{
    QMap<QByteArray, QByteArray> out;
    for (const auto &[name, value] : a.headers) {
        const QByteArray n = name.toLower();
        if (skippedHeaders().contains(n) || ignored.contains(n)) {
            continue;
        }
        auto it = out.find(n);
        if (it == out.end()) {
            out.insert(n, value);
        } else {
            *it += ", " + value;
        }
    }
    return out;
}

std::optional<QByteArray> contentTypeOf(const Answer &a)
{
    for (const auto &[name, value] : a.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QString shown(const QByteArray &bytes)
{
    const bool binary = std::any_of(bytes.cbegin(), bytes.cend(),
        [](char ch) { return uchar(ch) < 0x20 && ch != '\n' && ch != '\r' && ch != '\t'; });
    if (binary || QString::fromUtf8(bytes).toUtf8() != bytes) {
        return u"base64:"_s + QString::fromLatin1(bytes.left(90).toBase64());
    }
    QString text = QString::fromUtf8(bytes.left(120));
    text.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    return u'"' + text + (bytes.size() > 120 ? u"...\""_s : u"\""_s);
}

QString shownOptional(const std::optional<QByteArray> &v)
{
    return v ? shown(*v) : u"absent"_s;
}

bool fullMatch(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
        QRegularExpression::DotMatchesEverythingOption);
    return re.isValid() && re.match(text).hasMatch();
}

bool fullMatch(const QString &pattern, const QByteArray &text)
{
    return fullMatch(pattern, QString::fromUtf8(text));
}

/// Compares what came back with WireMock's recorded answer; empty when they agree.
QStringList judge(const RecordedExchange &e, const Wire &wire)
{
    const Answer a = parse(wire, e.method);
    QStringList diffs;
    if (!e.fault.isEmpty()) {
        const QString got = faultKind(wire, a, e.fault);
        if (got != e.fault) {
            diffs.append(u"fault %1, WireMock %2 (%3 bytes, %4)"_s
                             .arg(got.isEmpty() ? u"none (a well-formed answer)"_s : got, e.fault)
                             .arg(wire.raw.size())
                             .arg(QString::fromUtf8(wire.end)));
        }
        return diffs;
    }
    if (!a.http) {
        return { u"no HTTP answer (%1 bytes, %2: %3)"_s.arg(wire.raw.size())
                     .arg(QString::fromUtf8(wire.end), shown(wire.raw)) };
    }
    if (a.incomplete) {
        diffs.append(u"the body is cut short"_s);
    }
    if (a.status != e.status) {
        diffs.append(u"status %1, WireMock %2"_s.arg(a.status).arg(e.status));
    }
    if (e.compareReason && a.reason != e.reason) {
        diffs.append(u"status line reason %1, WireMock %2"_s.arg(shown(a.reason), shown(e.reason)));
    }
    const std::optional<QByteArray> contentType = contentTypeOf(a);
    if (contentType != e.contentType) {
        diffs.append(u"Content-Type %1, WireMock %2"_s.arg(
            shownOptional(contentType), shownOptional(e.contentType)));
    }
    const QMap<QByteArray, QByteArray> ours = headerMap(a, e.ignoreHeaders);
    QList<QByteArray> names = ours.keys();
    for (auto it = e.responseHeaders.constBegin(); it != e.responseHeaders.constEnd(); ++it) {
        if (!names.contains(it.key()) && !e.ignoreHeaders.contains(it.key())) {
            names.append(it.key());
        }
    }
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names)) {
        const std::optional<QByteArray> mine =
            ours.contains(name) ? std::optional<QByteArray>(ours.value(name)) : std::nullopt;
        if (e.headerPatterns.contains(name)) {
            if (!mine || !fullMatch(e.headerPatterns.value(name), *mine)) {
                diffs.append(u"header %1 %2 does not match /%3/"_s.arg(
                    QString::fromUtf8(name), shownOptional(mine), e.headerPatterns.value(name)));
            }
            continue;
        }
        const std::optional<QByteArray> theirs = e.responseHeaders.contains(name)
            ? std::optional<QByteArray>(e.responseHeaders.value(name))
            : std::nullopt;
        if (mine != theirs) {
            diffs.append(u"header %1 %2, WireMock %3"_s.arg(
                QString::fromUtf8(name), shownOptional(mine), shownOptional(theirs)));
        }
    }
    if (e.compare == u"pattern") {
        if (!fullMatch(e.pattern, a.body)) {
            diffs.append(u"body %1 does not match /%2/"_s.arg(shown(a.body), e.pattern.left(80)));
        }
    } else if (a.body != e.body) {
        diffs.append(u"body %1, WireMock %2"_s.arg(shown(a.body), shown(e.body)));
    }
    if (e.minMs > 0 && wire.elapsedMs < e.minMs) {
        diffs.append(
            u"answered after %1 ms, WireMock's delay is at least %2 ms"_s.arg(wire.elapsedMs)
                .arg(e.minMs));
    }
    if (e.minChunks > 0 && wire.reads < e.minChunks) {
        diffs.append(
            u"the body came in %1 read(s), WireMock dribbled it in at least %2"_s.arg(wire.reads)
                .arg(e.minChunks));
    }
    return diffs;
}

QString label(const Case &c, qsizetype index)
{
    const RecordedExchange &e = c.exchanges.at(index);
    return u"%1[%2] %3 %4"_s.arg(c.name).arg(index).arg(
        QString::fromUtf8(e.method), QString::fromUtf8(e.target));
}

const Gap *knownGap(const QString &caseName, qsizetype index)
{
    for (const Gap &gap : knownGaps()) {
        if (caseName == QLatin1String(gap.name) && index == gap.index) {
            return &gap;
        }
    }
    return nullptr;
}

/// One server for a route set; restart() gives a fresh one (scenarios back to "Started").
class Served
{
public:
    explicit Served(const RouteSet &set)
        : m_set(set)
    {
        restart();
    }

    void restart()
    {
        m_server = std::make_unique<MockServer>();
        m_server->setRouteSet(m_set);
        m_listening = m_server->listen(QHostAddress::LocalHost, 0);
    }
    bool listening() const { return m_listening; }
    quint16 port() const { return m_server->port(); }
    QString errorString() const { return m_server->errorString(); }

private:
    RouteSet m_set;
    std::unique_ptr<MockServer> m_server;
    bool m_listening = false;
};

} // namespace

class tst_WireMockImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agreesWithWireMock_data();
    void agreesWithWireMock();
    void convertedSetAnswersAsTheImport_data();
    void convertedSetAnswersAsTheImport();
    void everyKnownGapNamesARecordedExchange();

private:
    void addCaseRows();

    int m_exchanges = 0;
    int m_agreeing = 0;
};

void tst_WireMockImport::initTestCase()
{
    Import::registerFormats();
    QVERIFY2(!casesDir().isEmpty(), "tests/data/wiremock/cases not found");
}

void tst_WireMockImport::cleanupTestCase()
{
    qInfo("WireMock agreement: %d of %d exchanges", m_agreeing, m_exchanges);
}

void tst_WireMockImport::addCaseRows()
{
    QTest::addColumn<QString>("file");
    const QDir dir(casesDir());
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(u"only %1 case files"_s.arg(files.size())));
    for (const QString &file : files) {
        QTest::addRow("%s", qPrintable(QFileInfo(file).completeBaseName()))
            << dir.absoluteFilePath(file);
    }
}

void tst_WireMockImport::agreesWithWireMock_data()
{
    addCaseRows();
}

void tst_WireMockImport::agreesWithWireMock()
{
    QFETCH(QString, file);
    QString problem;
    std::optional<Case> c = loadCase(file, &problem);
    QVERIFY2(c, qPrintable(problem));
    QVERIFY2(!c->exchanges.isEmpty(), "a case without exchanges");
    m_exchanges += int(c->exchanges.size()); // a root that does not load disagrees throughout
    Prepared prepared;
    QVERIFY2(prepare(&*c, &prepared, &problem), qPrintable(problem));

    const LoadResult loaded = AnyFormat::readFile(c->root);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QVERIFY2(loaded.format.startsWith(u"WireMock"_s), qPrintable(loaded.format));
    Served served(loaded.routeSet);
    QVERIFY2(served.listening(), qPrintable(served.errorString()));

    QStringList unexpected;
    QStringList expected;
    for (qsizetype i = 0; i < c->exchanges.size(); ++i) {
        const RecordedExchange &e = c->exchanges.at(i);
        if (e.restart) {
            served.restart();
            QVERIFY2(served.listening(), qPrintable(served.errorString()));
        }
        const QStringList diffs = judge(e, send(served.port(), e));
        const Gap *gap = knownGap(c->name, i);
        if (!diffs.isEmpty()) {
            const QString line = label(*c, i) + u": "_s + diffs.join(u"; "_s);
            QStringList beyond; // differences the gap does not account for
            for (const QString &diff : diffs) {
                if (gap && gap->differences
                    && !fullMatch(QString::fromUtf8(gap->differences), diff)) {
                    beyond.append(diff);
                }
            }
            if (gap && beyond.isEmpty()) {
                expected.append(line + u" [known gap: "_s + QLatin1String(gap->reason) + u']');
            } else if (gap) {
                unexpected.append(label(*c, i) + u": "_s + beyond.join(u"; "_s)
                    + u" [beyond its known gap, whose differences are /"_s
                    + QString::fromUtf8(gap->differences) + u"/]"_s);
            } else {
                unexpected.append(line);
            }
            continue;
        }
        ++m_agreeing;
        if (gap) {
            unexpected.append(label(*c, i) + u": agrees now, but is listed as a known gap ("_s
                + QLatin1String(gap->reason) + u"): remove it from knownGaps()"_s);
        }
    }
    for (const QString &line : std::as_const(expected)) {
        qInfo("expected failure: %s", qPrintable(line));
    }
    for (const QString &line : std::as_const(unexpected)) {
        qWarning("disagrees: %s", qPrintable(line));
    }
    QVERIFY2(unexpected.isEmpty(),
        qPrintable(u"%1 of %2 exchanges disagree with WireMock:\n"_s.arg(unexpected.size())
                       .arg(c->exchanges.size())
            + unexpected.join(u'\n')));
    if (!expected.isEmpty()) {
        QEXPECT_FAIL("", "exchanges of known importer gaps (knownGaps())", Continue);
    }
    QVERIFY2(expected.isEmpty(),
        qPrintable(u"%1 known gap(s):\n"_s.arg(expected.size()) + expected.join(u'\n')));
}

void tst_WireMockImport::convertedSetAnswersAsTheImport_data()
{
    addCaseRows();
}

void tst_WireMockImport::convertedSetAnswersAsTheImport()
{
    QFETCH(QString, file);
    QString problem;
    std::optional<Case> c = loadCase(file, &problem);
    QVERIFY2(c, qPrintable(problem));
    Prepared prepared;
    QVERIFY2(prepare(&*c, &prepared, &problem), qPrintable(problem));

    const LoadResult imported = AnyFormat::readFile(c->root);
    QVERIFY2(imported.ok(), qPrintable(imported.errorStrings().join(u'\n')));
    const QByteArray json = RouteSetFormat::toJson(imported.routeSet);
    const LoadResult converted = RouteSetFormat::fromJson(json, c->root);
    QVERIFY2(converted.ok(),
        qPrintable(u"the converted set does not load:\n"_s + converted.errorStrings().join(u'\n')));
    QVERIFY2(converted.report.isEmpty(), qPrintable(converted.report.join(u'\n')));

    // Side by side, in lockstep: each request to the direct import, then to the converted set.
    Served direct(imported.routeSet);
    Served reloaded(converted.routeSet);
    QVERIFY2(direct.listening(), qPrintable(direct.errorString()));
    QVERIFY2(reloaded.listening(), qPrintable(reloaded.errorString()));

    QStringList differences;
    for (qsizetype i = 0; i < c->exchanges.size(); ++i) {
        const RecordedExchange &e = c->exchanges.at(i);
        if (e.restart) {
            direct.restart();
            reloaded.restart();
        }
        const Wire wa = send(direct.port(), e);
        const Wire wb = send(reloaded.port(), e);
        const Answer a = parse(wa, e.method);
        const Answer b = parse(wb, e.method);
        QStringList what;
        const QString faultA = faultKind(wa, a, e.fault);
        const QString faultB = faultKind(wb, b, e.fault);
        if (faultA != faultB) {
            what.append(u"fault %1, import %2"_s.arg(faultB, faultA));
        } else if (faultA.isEmpty()) {
            if (a.status != b.status) {
                what.append(u"status %1, import %2"_s.arg(b.status).arg(a.status));
            }
            if (contentTypeOf(a) != contentTypeOf(b)) {
                what.append(u"Content-Type %1, import %2"_s.arg(
                    shownOptional(contentTypeOf(b)), shownOptional(contentTypeOf(a))));
            }
            const QList<QByteArray> patterned = e.headerPatterns.keys();
            if (headerMap(a, patterned) != headerMap(b, patterned)) {
                what.append(u"other headers"_s);
            }
            if (e.compare == u"pattern") {
                // Random or machine-dependent: both must fit the pattern alike.
                if (fullMatch(e.pattern, a.body) != fullMatch(e.pattern, b.body)) {
                    what.append(
                        u"body %1, import %2 (by the pattern)"_s.arg(shown(b.body), shown(a.body)));
                }
            } else if (a.body != b.body) {
                what.append(u"body %1, import %2"_s.arg(shown(b.body), shown(a.body)));
            }
            if (e.minMs > 0 && wb.elapsedMs < e.minMs) {
                what.append(u"answered after %1 ms, delay %2 ms"_s.arg(wb.elapsedMs).arg(e.minMs));
            }
        }
        if (!what.isEmpty()) {
            differences.append(label(*c, i) + u": "_s + what.join(u"; "_s));
        }
    }
    QVERIFY2(differences.isEmpty(),
        qPrintable(u"the converted set answers %1 of %2 exchanges otherwise than the import:\n"_s
                       .arg(differences.size())
                       .arg(c->exchanges.size())
            + differences.join(u'\n')));
}

void tst_WireMockImport::everyKnownGapNamesARecordedExchange()
{
    for (const Gap &gap : knownGaps()) {
        QString problem;
        const std::optional<Case> c = loadCase(
            QDir(casesDir()).absoluteFilePath(QLatin1String(gap.name) + u".json"_s), &problem);
        QVERIFY2(c, qPrintable(problem));
        QVERIFY2(gap.index >= 0 && gap.index < c->exchanges.size(),
            qPrintable(u"%1 has no exchange %2"_s.arg(QLatin1String(gap.name)).arg(gap.index)));
        QVERIFY(qstrlen(gap.reason) > 0);
        QVERIFY2(
            !gap.differences || QRegularExpression(QString::fromUtf8(gap.differences)).isValid(),
            gap.differences);
    }
}

QTEST_GUILESS_MAIN(tst_WireMockImport)
#include "tst_wiremockimport.moc"
