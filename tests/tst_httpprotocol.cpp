// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The HTTP/1.1 gotchas of our own server, checked on the exact bytes: a raw QTcpSocket talks to
// an in-process MockServer, so nothing between them (no client library) hides a mistake.
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

/// One response as it came over the wire.
struct RawResponse
{
    QByteArray statusLine;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QList<QByteArray> values(const QByteArray &name) const
    {
        QList<QByteArray> found;
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                found.append(value);
            }
        }
        return found;
    }
    bool has(const QByteArray &name) const { return !values(name).isEmpty(); }
    QByteArray value(const QByteArray &name) const { return values(name).value(0); }
};

/// Splits @p bytes into the complete responses it holds, interim (1xx) ones included. A final
/// response is framed by its Content-Length, or has no body when it answers a HEAD (the
/// matching entry of @p heads, counting final responses only) or is a 204/304. Bytes that do
/// not make a complete response are left in @p rest.
QList<RawResponse> parseResponses(
    const QByteArray &bytes, const QList<bool> &heads = {}, QByteArray *rest = nullptr)
{
    QList<RawResponse> responses;
    qsizetype pos = 0;
    int finals = 0;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", pos);
        if (end < 0) {
            break;
        }
        RawResponse r;
        const QList<QByteArray> lines = bytes.mid(pos, end - pos).split('\n');
        r.statusLine = lines.first().chopped(1);
        if (!r.statusLine.startsWith("HTTP/1.1 ") || r.statusLine.size() < 12) {
            break;
        }
        r.status = r.statusLine.mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line =
                lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            r.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
        }
        const bool interim = r.status >= 100 && r.status < 200;
        qint64 length = 0;
        if (!interim && r.status != 204 && r.status != 304 && !heads.value(finals)) {
            bool ok = false;
            length = r.value("Content-Length").toLongLong(&ok);
            if (!ok) {
                break; // not framed: cannot tell where it ends
            }
        }
        if (end + 4 + length > bytes.size()) {
            break;
        }
        r.body = bytes.mid(end + 4, length);
        pos = end + 4 + length;
        finals += interim ? 0 : 1;
        responses.append(r);
    }
    if (rest) {
        *rest = bytes.mid(pos);
    }
    return responses;
}

/// A raw client connection that collects every byte the server sends.
class RawClient
{
public:
    explicit RawClient(quint16 port)
        : m_disconnected(&m_socket, &QTcpSocket::disconnected)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
            [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    const QByteArray &received() const { return m_received; }

    /// Waits until @p count responses (interim ones included) are complete.
    bool waitForResponses(int count, const QList<bool> &heads = {})
    {
        return QTest::qWaitFor(
            [&] { return parseResponses(m_received, heads).size() >= count; }, WaitMs);
    }
    QList<RawResponse> responses(const QList<bool> &heads = {}, QByteArray *rest = nullptr) const
    {
        return parseResponses(m_received, heads, rest);
    }
    /// Waits until the server has closed the connection.
    bool waitClosed()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSignalSpy &disconnectedSpy() { return m_disconnected; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    QSignalSpy m_disconnected;
};

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

RouteSet protocolRoutes()
{
    RouteSet set;
    set.add(Route::get(u"/x"_s).withId(u"x"_s).respond(200, u"hello"_s));
    set.add(Route::get(u"/empty"_s).respond(200));
    set.add(Route::get(u"/utf8"_s).respond(200, u"gr\u00fc\u00dfe \u2713"_s));
    set.add(Route::get(u"/echo/{n}"_s).respond(200, u"n={{ params.n }}"_s));
    set.add(Route::get(u"/lying"_s)
                .respond(200, u"short"_s, { { u"Content-Length"_s, { u"999"_s } } }));
    set.add(Route::get(u"/nocontent"_s).respond(204, u"ignored"_s));
    set.add(
        Route::get(u"/bye"_s).respond(200, u"hello"_s, { { u"Connection"_s, { u"close"_s } } }));
    Route slow = Route::get(u"/slow"_s).withId(u"slow"_s).respond(200, u"late"_s);
    slow.chaos.latency = Latency::fixed(500);
    set.add(slow);
    set.add(Route::post(u"/upload"_s).withId(u"upload"_s).respond(200, u"got {{ body }}"_s));
    set.add(Route::post(u"/sink"_s).withId(u"sink"_s).respond(200, u"ok"_s));
    set.add(Route::get(u"/big"_s).respond(200, QString(256 * 1024, u'b')));
    set.add(Route::on(u"PURGE"_s, u"/cache"_s).withId(u"purge"_s).respond(200, u"purged"_s));
    Response fine = Response::text(200, u"fine"_s);
    fine.reason = u"Totally Fine"_s;
    set.add(Route::get(u"/reason"_s).respond(fine));
    set.add(Route::get(u"/cookies"_s)
                .respond(200, u"yum"_s,
                    { { u"Set-Cookie"_s, { u"a=1; Path=/"_s, u"b=2"_s, u"c=3"_s } },
                        { u"X-Single"_s, { u"one"_s } } }));
    return set;
}

/// Runs the event loop until @p done or @p ms pass, without the pauses of QTest::qWaitFor
/// (which sleeps 10 ms between turns: far too slow to move megabytes through a socket).
bool spinUntil(const std::function<bool()> &done, int ms)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    poll.start(1);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!done()) {
        loop.exec();
    }
    return done();
}

/// This process's resident memory (VmRSS), in bytes.
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

/// Writes @p content to @p path, then makes the file @p size bytes long (sparse: zeros that
/// take no disk space) when that is longer.
bool writeFile(const QString &path, const QByteArray &content, qint64 size = -1)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && (size <= content.size() || file.resize(size));
}

/// A body served from @p name in the route set's folder.
Response fileResponse(const QString &name)
{
    Response response;
    response.bodySource = Response::BodySource::File;
    response.bodyFile = name;
    return response;
}

/// @p size bytes of a pattern that shows where each byte came from.
QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char('a' + (i * 7 + i / 251) % 26);
    }
    return bytes;
}

QByteArray post(const QByteArray &path, qint64 length, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n" + extraHeaders + "\r\n";
}

} // namespace

class tst_HttpProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    quint16 port() const { return m_server->port(); }
    /// Serves the protocol routes and GET /file answering @p response from @p dir.
    void serveFile(const QTemporaryDir &dir, const Response &response)
    {
        RouteSet set = protocolRoutes();
        set.baseDir = dir.path();
        set.add(Route::get(u"/file"_s).respond(response));
        m_server->setRouteSet(set);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockServer>();
        m_server->setRouteSet(protocolRoutes());
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    }

    void cleanup() { m_server.reset(); }

    void answersHeadWithGetHeadersButNoBody()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());

        client.send("HEAD /x HTTP/1.1\r\nHost: test\r\n\r\n");
        QVERIFY(client.waitForResponses(1, { true }));
        QByteArray rest;
        const RawResponse head = client.responses({ true }, &rest).first();
        QCOMPARE(head.status, 200);
        QCOMPARE(head.value("Content-Length"), QByteArray("5"));
        QCOMPARE(head.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(head.body, QByteArray());
        QCOMPARE(rest, QByteArray());

        // The same connection answers the next request: no stray body bytes in between.
        client.send(get("/x"));
        QVERIFY(client.waitForResponses(2, { true, false }));
        const QList<RawResponse> both = client.responses({ true, false }, &rest);
        QCOMPARE(both.at(1).status, 200);
        QCOMPARE(both.at(1).body, QByteArray("hello"));
        QCOMPARE(both.at(1).headers, head.headers);
        QCOMPARE(rest, QByteArray());
        QVERIFY(client.isConnected());
        QCOMPARE(m_server->hits(u"x"_s), quint64(2));
    }

    void sendsExactContentLength_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("exact"); // else: the body starts with it
        QTest::addRow("text") << QByteArray("/x") << QByteArray("hello") << true;
        QTest::addRow("empty") << QByteArray("/empty") << QByteArray() << true;
        QTest::addRow("utf-8 counts bytes")
            << QByteArray("/utf8") << QString(u"gr\u00fc\u00dfe \u2713"_s).toUtf8() << true;
        QTest::addRow("template") << QByteArray("/echo/12345") << QByteArray("n=12345") << true;
        QTest::addRow("route declaring a wrong length")
            << QByteArray("/lying") << QByteArray("short") << true;
        QTest::addRow("404 explanation")
            << QByteArray("/missing") << QByteArray("No route matches GET /missing\n") << false;
    }

    void sendsExactContentLength()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, exact);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        // Connection: close lets the bytes up to the close, not Content-Length, frame the body.
        client.send(get(path, "Connection: close\r\n"));
        QVERIFY(client.waitClosed());

        const QByteArray &bytes = client.received();
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray sent = bytes.mid(headEnd + 4);
        const QList<RawResponse> responses = client.responses();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().values("Content-Length").size(), 1);
        QCOMPARE(responses.first().value("Content-Length"), QByteArray::number(sent.size()));
        if (exact) {
            QCOMPARE(sent, body);
        } else {
            QVERIFY2(sent.startsWith(body), sent.constData());
        }
    }

    void omitsContentLengthAndBodyFor204()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/nocontent") + get("/x"));
        QVERIFY(client.waitForResponses(2));
        QByteArray rest;
        const QList<RawResponse> responses = client.responses({}, &rest);
        QCOMPARE(responses.at(0).status, 204);
        QVERIFY(!responses.at(0).has("Content-Length"));
        QCOMPARE(responses.at(1).body, QByteArray("hello"));
        QCOMPARE(rest, QByteArray());
    }

    void closesOrKeepsConnectionAsAsked_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("connectionHeader");
        QTest::addColumn<bool>("closes");
        QTest::addRow("1.1 default keeps alive")
            << QByteArray("GET /x HTTP/1.1\r\nHost: test\r\n\r\n") << QByteArray() << false;
        QTest::addRow("1.1 Connection: close")
            << QByteArray("GET /x HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
            << QByteArray("close") << true;
        QTest::addRow("1.1 Connection: Close, other tokens")
            << QByteArray("GET /x HTTP/1.1\r\nHost: test\r\nConnection: TE, Close\r\n\r\n")
            << QByteArray("close") << true;
        QTest::addRow("1.0 default closes")
            << QByteArray("GET /x HTTP/1.0\r\n\r\n") << QByteArray("close") << true;
        QTest::addRow("1.0 keep-alive")
            << QByteArray("GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            << QByteArray("keep-alive") << false;
        QTest::addRow("route answers Connection: close")
            << QByteArray("GET /bye HTTP/1.1\r\nHost: test\r\n\r\n") << QByteArray("close") << true;
        QTest::addRow("route close beats 1.0 keep-alive")
            << QByteArray("GET /bye HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            << QByteArray("close") << true;
        QTest::addRow("HTTP/1.2 is answered as 1.1")
            << QByteArray("GET /x HTTP/1.2\r\nHost: test\r\n\r\n") << QByteArray() << false;
    }

    void closesOrKeepsConnectionAsAsked()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, connectionHeader);
        QFETCH(bool, closes);
        RawClient client(port());
        QVERIFY(client.waitConnected());

        // A second request in the same write: answered only if the connection stays open.
        client.send(request + request);
        QVERIFY(client.waitForResponses(1));
        const RawResponse first = client.responses().first();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, QByteArray("hello"));
        QCOMPARE(first.values("Connection"),
            connectionHeader.isEmpty() ? QList<QByteArray>()
                                       : QList<QByteArray> { connectionHeader });
        if (closes) {
            QVERIFY(client.waitClosed());
            QCOMPARE(client.responses().size(), 1);
        } else {
            QVERIFY(client.waitForResponses(2));
            QCOMPARE(client.responses().at(1).body, QByteArray("hello"));
            QVERIFY(client.isConnected());
            QCOMPARE(client.disconnectedSpy().count(), 0);
        }
    }

    void sendsContinueBeforeTheBody()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n"
                    "Expect: 100-continue\r\n\r\n");
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.received(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));

        client.send("abcde");
        QVERIFY(client.waitForResponses(2));
        QByteArray rest;
        const QList<RawResponse> responses = client.responses({}, &rest);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(1).status, 200);
        QCOMPARE(responses.at(1).body, QByteArray("got abcde"));
        QCOMPARE(rest, QByteArray());
    }

    void enforcesBodyLimit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /upload HTTP/1.1\r\nHost: test\r\n";
        const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
        // The limit is 16 bytes.
        QTest::addRow("announced too large, no body sent")
            << QByteArray(post + "Content-Length: 1000000\r\n\r\n") << 413;
        QTest::addRow("announced too large, expecting 100-continue")
            << QByteArray(post + "Content-Length: 17\r\nExpect: 100-continue\r\n\r\n") << 413;
        QTest::addRow("announced at the limit")
            << QByteArray(post + "Content-Length: 16\r\n\r\n0123456789abcdef") << 200;
        QTest::addRow("chunked growing past the limit")
            << QByteArray(chunked + "a\r\n0123456789\r\na\r\n0123456789\r\n") << 413;
        QTest::addRow("chunked size overflowing the count")
            << QByteArray(chunked + "1\r\nx\r\n7fffffffffffffff\r\n") << 413;
        QTest::addRow("chunked at the limit")
            << QByteArray(chunked + "8\r\n01234567\r\n8\r\n89abcdef\r\n0\r\n\r\n") << 200;
    }

    void enforcesBodyLimit()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        m_server->setMaxBodySize(16);
        RawClient client(port());
        QVERIFY(client.waitConnected());

        client.send(request);
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, status);
        if (status == 413) {
            QVERIFY(response.body.contains("16 bytes"));
            QCOMPARE(response.value("Connection"), QByteArray("close"));
            QVERIFY(client.waitClosed());
            QCOMPARE(client.responses().size(), 1);
            QVERIFY(!client.received().contains("100 Continue"));
        } else {
            QCOMPARE(response.body, QByteArray("got 0123456789abcdef"));
            QVERIFY(client.isConnected());
        }
    }

    void appliesNewBodyLimitToOpenConnection()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        const QByteArray upload =
            "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 20\r\n\r\n"
            "01234567890123456789";
        client.send(upload);
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().at(0).status, 200);

        m_server->setMaxBodySize(16);
        client.send(upload);
        QVERIFY(client.waitForResponses(2));
        QCOMPARE(client.responses().at(1).status, 413);
        QVERIFY(client.waitClosed());
    }

    void decodesChunkedRequestBody()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n"
                    "7;note=extension\r\n, world\r\n"
                    "A\r\n 012345678\r\n"
                    "0\r\nX-Trailer: ignored\r\n\r\n");
        const std::optional<Exchange> exchange = m_server->journal().takeRequest(WaitMs);
        QVERIFY(exchange);
        QCOMPARE(exchange->requestBody, QByteArray("hello, world 012345678"));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().body, QByteArray("got hello, world 012345678"));
    }

    void closesIdleConnectionAfterTimeout()
    {
        m_server->setIdleTimeout(150);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        // Started before the request, so it cannot start after the server's last activity.
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        client.send(get("/x"));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.disconnectedSpy().count(), 0);

        QVERIFY(client.disconnectedSpy().wait(WaitMs));
        const qint64 elapsed = sinceRequest.elapsed();
        // Not before the timeout (1 ms for the clocks' rounding), and not much after it.
        QVERIFY2(elapsed >= 149, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QCOMPARE(client.responses().size(), 1);
    }

    void answers408WhenHeadTricklesPastHeaderTimeout()
    {
        m_server->setIdleTimeout(5000);
        m_server->setHeaderTimeout(300);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        QElapsedTimer sinceFirstByte;
        sinceFirstByte.start();
        client.send("GET /x HTTP/1.1\r\nHost: test\r\nX-Slow: ");
        // One byte every 100 ms: each far within the idle timeout, the head never complete.
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] { client.send("a"); });
        trickle.start(100);

        QVERIFY(client.disconnectedSpy().wait(WaitMs));
        const qint64 elapsed = sinceFirstByte.elapsed();
        trickle.stop();
        QVERIFY2(elapsed >= 299, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QByteArray rest;
        const QList<RawResponse> responses = client.responses({}, &rest);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().status, 408);
        QCOMPARE(responses.first().value("Connection"), QByteArray("close"));
        QVERIFY2(responses.first().body.contains("Request Timeout"), responses.first().body);
        QCOMPARE(rest, QByteArray());
    }

    void holdsSilentPartialHeadToHeaderTimeoutNotIdleTimeout()
    {
        // In the middle of a head the idle timeout does not apply: the client gets a 408 at
        // the header deadline instead of a silent close at the idle timeout.
        m_server->setIdleTimeout(150);
        m_server->setHeaderTimeout(600);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        QElapsedTimer sinceFirstByte;
        sinceFirstByte.start();
        client.send("GET /x HTTP/1.1\r\nHo");

        QVERIFY(client.disconnectedSpy().wait(WaitMs));
        const qint64 elapsed = sinceFirstByte.elapsed();
        QVERIFY2(elapsed >= 599, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 3000, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QCOMPARE(client.responses().size(), 1);
        QCOMPARE(client.responses().first().status, 408);
    }

    void headerTimeoutSparesRequestsThatArriveWhole()
    {
        m_server->setIdleTimeout(5000);
        m_server->setHeaderTimeout(300);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/x"));
        QVERIFY(client.waitForResponses(1));
        // Silence between requests is not head time: the next request, well after the header
        // timeout, is answered on the same connection.
        QElapsedTimer silence;
        silence.start();
        QVERIFY(!client.disconnectedSpy().wait(600));
        QVERIFY(silence.elapsed() >= 599);
        client.send(get("/echo/2"));
        QVERIFY(client.waitForResponses(2));
        QCOMPARE(client.responses().at(0).status, 200);
        QCOMPARE(client.responses().at(1).body, QByteArray("n=2"));
        QVERIFY(client.isConnected());
    }

    void headerTimeoutSparesRequestPipelinedBehindSlowAnswer()
    {
        m_server->setIdleTimeout(5000);
        m_server->setHeaderTimeout(300);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        QElapsedTimer sinceRequests;
        sinceRequests.start();
        // /slow takes 500 ms, longer than the header timeout; /echo/2 waits behind it whole.
        client.send(get("/slow") + get("/echo/2"));
        QVERIFY(client.waitForResponses(2));
        QVERIFY2(
            sinceRequests.elapsed() >= 499, qPrintable(QString::number(sinceRequests.elapsed())));
        QByteArray rest;
        const QList<RawResponse> responses = client.responses({}, &rest);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).body, QByteArray("late"));
        QCOMPARE(responses.at(1).body, QByteArray("n=2"));
        QCOMPARE(rest, QByteArray());
        QVERIFY(client.isConnected());
    }

    void idleTimeoutClosesSilentConnectionBetweenRequests()
    {
        m_server->setIdleTimeout(150);
        m_server->setHeaderTimeout(5000);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        client.send(get("/x"));
        QVERIFY(client.waitForResponses(1));

        QVERIFY(client.disconnectedSpy().wait(WaitMs));
        const qint64 elapsed = sinceRequest.elapsed();
        QVERIFY2(elapsed >= 149, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QCOMPARE(client.responses().size(), 1); // closed for idleness, not answered 408
        QCOMPARE(client.responses().first().status, 200);
    }

    void answersPipelinedRequestsInOrder()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/echo/1")
            + "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n\r\nxyz"
            + get("/echo/3"));
        QVERIFY(client.waitForResponses(3));
        QByteArray rest;
        const QList<RawResponse> responses = client.responses({}, &rest);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).body, QByteArray("n=1"));
        QCOMPARE(responses.at(1).body, QByteArray("got xyz"));
        QCOMPARE(responses.at(2).body, QByteArray("n=3"));
        QCOMPARE(rest, QByteArray());
        QVERIFY(client.isConnected());
    }

    void answers408WhenBodyIsSlowerThanMinimumRate()
    {
        m_server->setIdleTimeout(5000);
        m_server->setHeaderTimeout(300);
        m_server->setMinBodyRate(1000);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        QElapsedTimer sinceHead;
        sinceHead.start();
        client.send(post("/sink", 10000) + "0123456789");
        // 20 bytes a second, every piece well within the idle timeout.
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] { client.send("x"); });
        trickle.start(50);

        QVERIFY(client.disconnectedSpy().wait(WaitMs));
        const qint64 elapsed = sinceHead.elapsed();
        trickle.stop();
        QVERIFY2(elapsed >= 299, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 3000, qPrintable(u"closed after %1 ms"_s.arg(elapsed)));
        QCOMPARE(client.responses().size(), 1);
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, 408);
        QVERIFY2(response.body.contains("less than the minimum of 1000 bytes/s"), response.body);
        QCOMPARE(m_server->journal().count(), 0);
    }

    void sparesSlowHeadAndBodyThatKeepTheirDeadlines()
    {
        // A head that arrives in pieces within the header timeout, then a body that takes
        // longer than the header timeout but keeps the minimum rate: answered. (The head's
        // clock used to keep running into the body.)
        m_server->setIdleTimeout(5000);
        m_server->setHeaderTimeout(300);
        m_server->setMinBodyRate(1000);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        const QByteArray head = post("/sink", 5000);
        client.send(head.left(10));
        int sent = 0;
        QTimer pace;
        QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
            if (sent == 0) {
                client.send(head.mid(10));
            } else {
                client.send(QByteArray(500, 'x')); // 5000 bytes a second
            }
            if (++sent > 10) {
                pace.stop();
            }
        });
        pace.start(100);
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().status, 200);
        QCOMPARE(client.responses().first().body, QByteArray("ok"));
        QVERIFY(client.isConnected());
    }

    void holdsConnectionsBeyondTheLimitInTheBacklog()
    {
        m_server->setMaxConnections(2);
        RawClient first(port());
        RawClient second(port());
        QVERIFY(first.waitConnected());
        QVERIFY(second.waitConnected());
        first.send(get("/x"));
        second.send(get("/x"));
        QVERIFY(first.waitForResponses(1));
        QVERIFY(second.waitForResponses(1));
        QCOMPARE(m_server->connectionCount(), 2);

        // The kernel completes the handshake; the server takes the connection only when one
        // of the two closes.
        auto third = std::make_unique<RawClient>(port());
        QVERIFY(third->waitConnected());
        third->send(get("/echo/3"));
        QVERIFY(!QTest::qWaitFor([&] { return !third->received().isEmpty(); }, 300));
        QCOMPARE(m_server->connectionCount(), 2);

        first.send(get("/bye"));
        QVERIFY(first.waitClosed());
        QVERIFY(third->waitForResponses(1));
        QCOMPARE(third->responses().first().body, QByteArray("n=3"));
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void bodyWaitsUnreadUntilTheBodyBudgetHasRoom()
    {
        m_server->setMaxBodySize(1000);
        m_server->setMaxBufferedBodyBytes(1000);
        RawClient first(port());
        RawClient second(port());
        QVERIFY(first.waitConnected());
        QVERIFY(second.waitConnected());
        first.send(post("/sink", 800, "Expect: 100-continue\r\n"));
        QVERIFY(first.waitForResponses(1));
        QCOMPARE(first.responses().first().status, 100);
        first.send(QByteArray(100, 'a'));

        // 800 + 800 would pass the budget: the second body is not asked for yet.
        second.send(post("/sink", 800, "Expect: 100-continue\r\n"));
        QVERIFY(!QTest::qWaitFor([&] { return !second.received().isEmpty(); }, 300));

        first.send(QByteArray(700, 'a'));
        QVERIFY(first.waitForResponses(2));
        QCOMPARE(first.responses().at(1).status, 200);
        QVERIFY(second.waitForResponses(1));
        QCOMPARE(second.responses().first().status, 100);
        second.send(QByteArray(800, 'b'));
        QVERIFY(second.waitForResponses(2));
        QCOMPARE(second.responses().at(1).status, 200);
        QCOMPARE(m_server->journal().count(), 2);
        QCOMPARE(m_server->journal().exchanges().last().requestBody, QByteArray(800, 'b'));
    }

    void refusesChunkedBodyWhenTheBodyBudgetIsFull()
    {
        m_server->setMaxBodySize(1000);
        m_server->setMaxBufferedBodyBytes(1000);
        RawClient holder(port());
        QVERIFY(holder.waitConnected());
        holder.send(post("/sink", 900, "Expect: 100-continue\r\n"));
        QVERIFY(holder.waitForResponses(1)); // 900 bytes reserved for it

        RawClient chunked(port());
        QVERIFY(chunked.waitConnected());
        chunked.send("POST /sink HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n"
                     "Expect: 100-continue\r\n\r\n");
        QVERIFY(chunked.waitForResponses(1));
        QCOMPARE(chunked.responses().first().status, 100);
        chunked.send("1f4\r\n" + QByteArray(500, 'c') + "\r\n");
        QVERIFY(chunked.waitForResponses(2));
        const RawResponse refused = chunked.responses().at(1);
        QCOMPARE(refused.status, 503);
        QVERIFY2(refused.body.contains("too many request bodies"), refused.body);
        QVERIFY(chunked.waitClosed());

        holder.send(QByteArray(900, 'h'));
        QVERIFY(holder.waitForResponses(2));
        QCOMPARE(holder.responses().at(1).status, 200);
    }

    void stopsReadingRequestsWhoseAnswersTheClientDoesNotRead()
    {
        // A client that pipelines and never reads: the server answers until about a MiB is
        // waiting to be sent, then reads no more of its requests, instead of buffering every
        // answer.
        QTcpSocket socket;
        socket.setReadBufferSize(4096); // the client's own buffer stays small too
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(WaitMs));
        constexpr int Requests = 400; // 400 x 256 KiB = 100 MiB of answers
        QByteArray requests;
        for (int i = 0; i < Requests; ++i) {
            requests += get("/big");
        }
        socket.write(requests);
        QVERIFY(QTest::qWaitFor([&] { return m_server->journal().count() > 0; }, WaitMs));
        QVERIFY(!QTest::qWaitFor([&] { return m_server->journal().count() >= Requests; }, 500));
        const int answered = m_server->journal().count();
        QVERIFY2(answered < Requests / 4, qPrintable(QString::number(answered)));

        // Reading resumes as the client reads.
        socket.setReadBufferSize(0);
        qint64 received = 0;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
            [&] { received += socket.read(socket.bytesAvailable()).size(); });
        received += socket.read(socket.bytesAvailable()).size();
        QVERIFY(spinUntil([&] { return received >= qint64(Requests) * 256 * 1024; }, 10 * WaitMs));
        QCOMPARE(m_server->journal().count(), Requests);
    }

    void servesBodyFileRanges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("length");
        const qint64 size = 100000;
        QTest::addRow("no range") << QByteArray() << 200 << QByteArray() << 0LL << size;
        QTest::addRow("first 100")
            << QByteArray("bytes=0-99") << 206 << QByteArray("bytes 0-99/100000") << 0LL << 100LL;
        QTest::addRow("middle") << QByteArray("bytes=500-1499") << 206
                                << QByteArray("bytes 500-1499/100000") << 500LL << 1000LL;
        QTest::addRow("open end") << QByteArray("bytes=99990-") << 206
                                  << QByteArray("bytes 99990-99999/100000") << 99990LL << 10LL;
        QTest::addRow("suffix") << QByteArray("bytes=-10") << 206
                                << QByteArray("bytes 99990-99999/100000") << 99990LL << 10LL;
        QTest::addRow("suffix longer than the file")
            << QByteArray("bytes=-200000") << 206 << QByteArray("bytes 0-99999/100000") << 0LL
            << size;
        QTest::addRow("end past the file")
            << QByteArray("bytes=99000-500000") << 206 << QByteArray("bytes 99000-99999/100000")
            << 99000LL << 1000LL;
        QTest::addRow("spaces and case")
            << QByteArray("Bytes = 1 - 2") << 206 << QByteArray("bytes 1-2/100000") << 1LL << 2LL;
        QTest::addRow("start past the file")
            << QByteArray("bytes=100000-") << 416 << QByteArray("bytes */100000") << 0LL << 0LL;
        QTest::addRow("empty suffix")
            << QByteArray("bytes=-0") << 416 << QByteArray("bytes */100000") << 0LL << 0LL;
        // Ignored, as RFC 9110 14.2 allows: the whole file.
        QTest::addRow("last before first")
            << QByteArray("bytes=5-1") << 200 << QByteArray() << 0LL << size;
        QTest::addRow("two ranges")
            << QByteArray("bytes=0-1,5-6") << 200 << QByteArray() << 0LL << size;
        QTest::addRow("other unit")
            << QByteArray("items=0-5") << 200 << QByteArray() << 0LL << size;
        QTest::addRow("not a number")
            << QByteArray("bytes=a-5") << 200 << QByteArray() << 0LL << size;
    }

    void servesBodyFileRanges()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(qint64, first);
        QFETCH(qint64, length);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray content = patternBytes(100000);
        QVERIFY(writeFile(dir.filePath(u"data.bin"_s), content));
        serveFile(dir, fileResponse(u"data.bin"_s));

        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/file", range.isEmpty() ? QByteArray() : "Range: " + range + "\r\n"));
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, status);
        QCOMPARE(response.value("Content-Range"), contentRange);
        QCOMPARE(response.value("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(response.body, content.mid(first, length));
        QCOMPARE(response.value("Content-Length"), QByteArray::number(length));
        QVERIFY(client.isConnected());
    }

    void servesWholeFileWhenIfRangeIsSent()
    {
        // The server sends no validators, so no If-Range can match: the whole file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"data.bin"_s), "0123456789"));
        serveFile(dir, fileResponse(u"data.bin"_s));
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/file", "Range: bytes=0-1\r\nIf-Range: \"abc\"\r\n")
            + "HEAD /file HTTP/1.1\r\nHost: test\r\n\r\n");
        QVERIFY(client.waitForResponses(2, { false, true }));
        const QList<RawResponse> responses = client.responses({ false, true });
        QCOMPARE(responses.at(0).status, 200);
        QCOMPARE(responses.at(0).body, QByteArray("0123456789"));
        QCOMPARE(responses.at(1).status, 200);
        QCOMPARE(responses.at(1).value("Content-Length"), QByteArray("10"));
        QCOMPARE(responses.at(1).body, QByteArray());
        QCOMPARE(m_server->journal().exchanges().first().responseBody, QByteArray("0123456789"));
    }

    void streamsLargeBodyFileAndServesWhatFollows()
    {
        // 48 MiB from disk (a sparse file: zeros), then a pipelined request behind it; the
        // journal keeps only the start of it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr qint64 Size = 48 * 1024 * 1024;
        QVERIFY(writeFile(dir.filePath(u"big.bin"_s), "start", Size));
        serveFile(dir, fileResponse(u"big.bin"_s));
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/file") + get("/x"));
        QVERIFY(QTest::qWaitFor(
            [&] { return parseResponses(client.received()).size() >= 2; }, 10 * WaitMs));
        const QList<RawResponse> responses = client.responses();
        QCOMPARE(responses.at(0).status, 200);
        QCOMPARE(responses.at(0).body.size(), Size);
        QVERIFY(responses.at(0).body.startsWith("start\0\0"));
        QCOMPARE(responses.at(1).body, QByteArray("hello"));
        const Exchange logged = m_server->journal().exchanges().first();
        QCOMPARE(logged.responseBodySize, Size);
        QCOMPARE(logged.responseBody.size(), qsizetype(m_server->journal().maxBodyBytes()));
    }

    void bigBodyFileTakesNoMemoryWhileTheClientIsSlow()
    {
        // A client that asks for 256 MiB and reads nothing: the file stays on disk (it was
        // read whole into memory, and then held in the socket's buffer), and others are
        // served meanwhile.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr qint64 Size = 256 * 1024 * 1024;
        QVERIFY(writeFile(dir.filePath(u"big.bin"_s), {}, Size));
        serveFile(dir, fileResponse(u"big.bin"_s));
        const qint64 before = residentBytes();
        QTcpSocket slow;
        slow.setReadBufferSize(4096);
        slow.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(slow.waitForConnected(WaitMs));
        slow.write(get("/file"));
        QVERIFY(QTest::qWaitFor([&] { return m_server->journal().count() == 1; }, WaitMs));
        RawClient other(port());
        QVERIFY(other.waitConnected());
        other.send(get("/x"));
        QVERIFY(other.waitForResponses(1));
        QCOMPARE(other.responses().first().body, QByteArray("hello"));
        const qint64 grown = residentBytes() - before;
        QVERIFY2(grown < 32 * 1024 * 1024,
            qPrintable(u"resident memory grew by %1 MiB"_s.arg(grown / (1024 * 1024))));
    }

    void servesOtherClientsWhileATemplateRuns()
    {
        // Templates render off the serving thread: a template that loops until its timeout
        // does not hold the answers of other clients (it held every one of them).
        m_server->setTemplateTimeout(1000);
        RouteSet set = protocolRoutes();
        set.add(Route::get(u"/spin"_s).respond(200, u"{{ (() => { while (true) {} })() }}"_s));
        m_server->setRouteSet(set);
        bool spinning = false;
        m_server->setInterceptor([&spinning](const HttpRequest &request, const Responder &) {
            spinning = spinning || request.path == u"/spin";
            return false; // on to the routes
        });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"template interrupted after"_s));
        RawClient spinner(port());
        QVERIFY(spinner.waitConnected());
        spinner.send(get("/spin"));
        QVERIFY(QTest::qWaitFor([&] { return spinning; }, WaitMs));

        RawClient other(port());
        QVERIFY(other.waitConnected());
        other.send(get("/x"));
        QVERIFY(other.waitForResponses(1));
        QCOMPARE(other.responses().first().body, QByteArray("hello"));
        QVERIFY(spinner.received().isEmpty()); // still rendering
        QVERIFY(spinner.waitForResponses(1));
        QCOMPARE(spinner.responses().first().status, 500);
        QVERIFY2(spinner.responses().first().body.contains("template interrupted after 1000 ms"),
            spinner.responses().first().body);
        QCOMPARE(m_server->journal().count(), 2);
    }

    void answers500ForATemplateThatWouldAllocateGigabytes()
    {
        RouteSet set = protocolRoutes();
        set.add(Route::get(u"/huge"_s).respond(200, u"{{ 'x'.repeat(1e9) }}"_s));
        m_server->setRouteSet(set);
        const qint64 before = residentBytes();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"more than the template limit"_s));
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/huge") + get("/x"));
        QVERIFY(client.waitForResponses(2));
        const RawResponse refused = client.responses().first();
        QCOMPARE(refused.status, 500);
        QVERIFY2(refused.body.contains("more than"), refused.body);
        QCOMPARE(client.responses().at(1).body, QByteArray("hello"));
        const qint64 grown = residentBytes() - before;
        QVERIFY2(grown < 256 * 1024 * 1024,
            qPrintable(u"resident memory grew by %1 MiB"_s.arg(grown / (1024 * 1024))));
    }

    void refusesFaultThatWouldHoldAHugeBodyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"huge.bin"_s), {}, MockServer::MaxFaultFileBytes + 1));
        Response dribbled = fileResponse(u"huge.bin"_s);
        dribbled.fault = Fault::dribble(10, 10);
        serveFile(dir, dribbled);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/file"));
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, 500);
        QVERIFY2(response.body.contains("the dribble fault holds a body in memory"), response.body);
    }

    void refusesBadRequestWithStatus_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("request line without version") << QByteArray("GET /x\r\n\r\n") << 400;
        QTest::addRow("request line of one word") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::addRow("request line with four parts")
            << QByteArray("GET /x HTTP/1.1 more\r\n\r\n") << 400;
        QTest::addRow("request line with double space")
            << QByteArray("GET  /x HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("method that is no token") << QByteArray("GE(T /x HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("relative target") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("not HTTP") << QByteArray("GET /x FTP/1.1\r\n\r\n") << 400;
        QTest::addRow("header line without colon")
            << QByteArray("GET /x HTTP/1.1\r\nHost test\r\n\r\n") << 400;
        QTest::addRow("Content-Length not a number")
            << QByteArray("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: ten\r\n\r\n")
            << 400;
        QTest::addRow("HTTP/1.1 without Host") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << 400;
        // Refused and closed: the "body" would otherwise be answered as a second request.
        QTest::addRow("Content-Length and Transfer-Encoding") << QByteArray(
            "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 34\r\n"
            "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            "GET /x HTTP/1.1\r\nHost: test\r\n\r\n") << 400;
        QTest::addRow("HTTP/2.0") << QByteArray("GET /x HTTP/2.0\r\n\r\n") << 505;
        QTest::addRow("HTTP/3") << QByteArray("GET /x HTTP/3\r\n\r\n") << 505;
        QTest::addRow("headers over 64 KiB")
            << QByteArray("GET /x HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n")
            << 431;
        QTest::addRow("headers over 64 KiB, end not yet sent")
            << QByteArray("GET /x HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a')) << 431;
        QTest::addRow("unknown transfer coding")
            << QByteArray("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: gzip\r\n\r\n")
            << 501;
        QTest::addRow("unknown expectation")
            << QByteArray("GET /x HTTP/1.1\r\nHost: test\r\nExpect: magic\r\n\r\n") << 417;
    }

    void refusesBadRequestWithStatus()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(request);
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.statusLine,
            QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' '
                + HttpResponse::standardReason(status)));
        QVERIFY(!response.body.isEmpty());
        QCOMPARE(response.value("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
        QCOMPARE(m_server->journal().count(), 0);
    }

    void answersBareLfLineEnds()
    {
        // Accepted as nginx does (RFC 9112 2.2), not left unanswered until the idle timeout.
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send("GET /x HTTP/1.1\nHost: test\n\n");
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().status, 200);
        QCOMPARE(client.responses().first().body, QByteArray("hello"));
    }

    void routesCustomMethodToken()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send("PURGE /cache HTTP/1.1\r\nHost: test\r\n\r\n");
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("purged"));
        QCOMPARE(m_server->hits(u"purge"_s), quint64(1));
    }

    void explainsUnknownMethodIn404()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send("BREW /cache HTTP/1.1\r\nHost: test\r\n\r\n");
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.status, 404);
        QVERIFY2(
            response.body.startsWith("No route matches BREW /cache\n"), response.body.constData());
        // The nearest route is the one with the right path and another method.
        QVERIFY2(response.body.contains("purge  PURGE /cache: method is BREW, not PURGE"),
            response.body.constData());
        QCOMPARE(m_server->hits(u"purge"_s), quint64(0));
    }

    void sendsCustomReasonPhrase()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/reason"));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().statusLine, QByteArray("HTTP/1.1 200 Totally Fine"));
    }

    void sendsRepeatedHeaderOncePerValue()
    {
        RawClient client(port());
        QVERIFY(client.waitConnected());
        client.send(get("/cookies"));
        QVERIFY(client.waitForResponses(1));
        const RawResponse response = client.responses().first();
        QCOMPARE(response.values("Set-Cookie"), QList<QByteArray>({ "a=1; Path=/", "b=2", "c=3" }));
        QCOMPARE(response.values("X-Single"), QList<QByteArray>({ "one" }));
        QVERIFY(client.received().contains("\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2\r\n"
                                           "Set-Cookie: c=3\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_HttpProtocol)
#include "tst_httpprotocol.moc"
