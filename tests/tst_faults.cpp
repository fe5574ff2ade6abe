// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Chaos as clients see it: every fault on the wire (exact bytes, FIN or RST, or silence) and
// through QNetworkAccessManager (error, readable bytes, and the requests it silently re-sends),
// latency and its ordering guarantees, error injection, the journal, and a server that stops or
// loses hundreds of clients while answers are still pending.
#include "model/RouteSet.h"
#include "server/HttpConnection.h"
#include "server/MockServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;
/// The latency of the routes that serve as a clock: when their answer arrives, at least this
/// much time has passed without anything being slept.
constexpr int WitnessMs = 300;
/// The latency in front of connection-close and empty-response, which tells them apart.
constexpr int FaultLatencyMs = 300;

/// How a connection ended, as the client's kernel reports it.
enum class End { Open, Fin, Reset, Failed };

char *toString(End end)
{
    switch (end) {
    case End::Open:
        return qstrdup("open");
    case End::Fin:
        return qstrdup("FIN");
    case End::Reset:
        return qstrdup("RST");
    case End::Failed:
        return qstrdup("failed");
    }
    return nullptr;
}

/// A client on a plain POSIX socket. QTcpSocket reports an orderly close and a reset alike
/// (RemoteHostClosedError: Qt maps ECONNRESET to end of stream), so only recv() tells a FIN
/// from an RST. Reading is driven by a QSocketNotifier: the event loop never blocks.
class WireClient
{
public:
    explicit WireClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            return;
        }
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // A blocking connect() cannot wait on our own event loop: the kernel completes the
        // handshake from the listen backlog before the server accepts.
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            return;
        }
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_connected = true;
        m_clock.start();
        m_notifier = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
            [this] { readAvailable(); });
    }
    WireClient(const WireClient &) = delete;
    WireClient &operator=(const WireClient &) = delete;
    ~WireClient()
    {
        m_notifier.reset();
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    bool isConnected() const { return m_connected; }
    /// Sends @p bytes and restarts the clock that firstByteMs() and endMs() are read on.
    bool send(const QByteArray &bytes)
    {
        m_clock.start();
        return m_connected
            && ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    const QByteArray &received() const { return m_received; }
    End end() const { return m_end; }
    /// Milliseconds from the last send() to the first byte received, -1 before it.
    qint64 firstByteMs() const { return m_firstByteMs; }
    /// Milliseconds from the last send() to the end of the connection, -1 while open.
    qint64 endMs() const { return m_endMs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    bool waitEnded(int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([this] { return m_end != End::Open; }, timeoutMs);
    }
    bool waitReceived(qsizetype size)
    {
        return QTest::qWaitFor(
                   [this, size] { return m_received.size() >= size || m_end != End::Open; }, WaitMs)
            && m_received.size() >= size;
    }

private:
    void readAvailable()
    {
        char buffer[16 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                if (m_received.isEmpty()) {
                    m_firstByteMs = m_clock.elapsed();
                }
                m_received.append(buffer, qsizetype(n));
                continue;
            }
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                return;
            }
            m_end = n == 0 ? End::Fin : errno == ECONNRESET ? End::Reset : End::Failed;
            m_endMs = m_clock.elapsed();
            m_notifier->setEnabled(false);
            return;
        }
    }

    int m_fd = -1;
    bool m_connected = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QElapsedTimer m_clock;
    QByteArray m_received;
    End m_end = End::Open;
    qint64 m_firstByteMs = -1;
    qint64 m_endMs = -1;
};

/// One response as it came over the wire (as in tst_httpprotocol).
struct RawResponse
{
    int status = 0;
    QByteArray body;
};

/// The complete responses (interim ones included) that @p bytes holds, framed by
/// Content-Length; what does not make a complete response is left in @p rest.
QList<RawResponse> parseResponses(const QByteArray &bytes, QByteArray *rest = nullptr)
{
    QList<RawResponse> responses;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", pos);
        if (end < 0 || !bytes.mid(pos).startsWith("HTTP/1.1 ")) {
            break;
        }
        const QByteArray head = bytes.mid(pos, end - pos);
        RawResponse r;
        r.status = head.mid(9, 3).toInt();
        qint64 length = 0;
        const qsizetype at = head.indexOf("\r\nContent-Length: ");
        if (at >= 0) {
            const qsizetype from = at + 18;
            length = head.mid(from, head.indexOf("\r\n", from) - from).toLongLong();
        }
        if (end + 4 + length > bytes.size()) {
            break;
        }
        r.body = bytes.mid(end + 4, length);
        pos = end + 4 + length;
        responses.append(r);
    }
    if (rest) {
        *rest = bytes.mid(pos);
    }
    return responses;
}

QList<int> statuses(const QList<RawResponse> &responses)
{
    QList<int> list;
    for (const RawResponse &r : responses) {
        list.append(r.status);
    }
    return list;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

/// The head of a plain-text 200 with a body of @p length bytes, as the server writes it.
QByteArray okHead(qsizetype length)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n\r\n";
}

/// The 128 bytes the garbage fault sends: the same every time.
QByteArray garbage()
{
    QByteArray bytes(128, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = char((i * 37 + 11) & 0xff);
    }
    return bytes;
}

const QByteArray Body = "0123456789abcdefghij";
constexpr int BandwidthBodyBytes = 2000;
constexpr qint64 BytesPerSecond = 4000;
constexpr int DribbleChunk = 5;
// Over 100 ms: QNetworkReply emits downloadProgress at most every 100 ms, so quicker chunks
// would merge into fewer steps.
constexpr int DribbleIntervalMs = 150;

Chaos latency(double ms)
{
    Chaos chaos;
    chaos.latency = Latency::fixed(ms);
    return chaos;
}

Chaos chaosFromJson(const QByteArray &json)
{
    FormatErrors errors;
    const Chaos chaos =
        Chaos::fromJson(QJsonDocument::fromJson(json).object(), u"chaos"_s, &errors);
    if (!errors.isEmpty()) {
        qWarning().noquote() << errors.first().toString();
    }
    return chaos;
}

/// Every fault on a route of its own ("/dribble", id "dribble"), and helpers: "/ok",
/// "/witness" (answers after WitnessMs), "/slow" (after 200 ms), "/upload" (echoes a body).
RouteSet faultRoutes()
{
    RouteSet set;
    const QString body = QString::fromLatin1(Body);
    const auto add = [&set](Fault::Kind kind, const Response &response, const Chaos &chaos) {
        const QString name = Fault::name(kind);
        set.add(Route::get(u'/' + name).withId(name).respond(response).withChaos(chaos));
    };
    for (const QString &name : Fault::names()) {
        const Fault::Kind kind = *Fault::kindFromName(name);
        switch (kind) {
        case Fault::Kind::Dribble:
            add(kind,
                Response::text(200, body).withFault(
                    Fault::dribble(DribbleChunk, DribbleIntervalMs)),
                {});
            break;
        case Fault::Kind::Bandwidth:
            add(kind,
                Response::text(200, QString(BandwidthBodyBytes, u'x'))
                    .withFault(Fault::bandwidth(BytesPerSecond)),
                {});
            break;
        case Fault::Kind::ConnectionClose:
        case Fault::Kind::EmptyResponse:
            // The latency tells them apart: one closes at once, the other when it would answer.
            add(kind, Response::text(200, body).withFault(Fault::make(kind)),
                latency(FaultLatencyMs));
            break;
        default:
            add(kind, Response::text(200, body).withFault(Fault::make(kind)), {});
            break;
        }
    }
    set.add(Route::get(u"/ok"_s).withId(u"ok"_s).respond(200, u"ok"_s));
    set.add(Route::get(u"/witness"_s)
                .withId(u"witness"_s)
                .respond(200, u"witness"_s)
                .withChaos(latency(WitnessMs)));
    set.add(
        Route::get(u"/slow"_s).withId(u"slow"_s).respond(200, u"slow"_s).withChaos(latency(200)));
    set.add(Route::post(u"/upload"_s).withId(u"upload"_s).respond(200, u"got {{ body }}"_s));
    return set;
}

/// Waits, without sleeping, until another connection to the server on @p port gets the
/// answer of "/witness": afterwards at least WitnessMs have passed.
bool waitForWitness(quint16 port)
{
    WireClient witness(port);
    return witness.send(get("/witness")) && witness.waitReceived(okHead(7).size() + 7);
}

/// What QNetworkAccessManager made of one request.
struct NamAnswer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    qint64 elapsedMs = 0;
    QList<std::pair<qint64, qint64>> progress; ///< (ms since the request, bytes received)
};

NamAnswer namGet(const QUrl &url, int transferTimeoutMs = 1000)
{
    // A fresh manager each time: no kept-alive connection from an earlier request can add a
    // retry of its own.
    QNetworkAccessManager nam;
    nam.setTransferTimeout(transferTimeoutMs);
    NamAnswer answer;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QObject::connect(
        reply.get(), &QNetworkReply::downloadProgress, reply.get(), [&](qint64 received, qint64) {
            answer.progress.append({ clock.elapsed(), received });
        });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.elapsedMs = clock.elapsed();
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when timed out
    return answer;
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    quint16 port() const { return m_server->port(); }
    QUrl url(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }

private Q_SLOTS:
    void init();
    void cleanup();

    void showsFaultOnTheWire_data();
    void showsFaultOnTheWire();
    void reportsFaultToNetworkAccessManager_data();
    void reportsFaultToNetworkAccessManager();
    void dribblesBodyInTimedSteps();
    void sendsEarlierPipelinedAnswersBeforeReset();
    void injectsErrorLikeTheFaultOrStatus_data();
    void injectsErrorLikeTheFaultOrStatus();

    void delaysAnswerByFixedLatency();
    void addsGlobalAndRouteLatency();
    void keepsPipelinedOrderWhenFirstAnswerIsDelayed();
    void sendsContinueOnlyAfterEarlierDelayedAnswer();
    void dropsOwedContinueOnceBodyArrived();

    void stopReturnsAtOnceWithStalledClients();
    void stopCancelsPendingDelayedAnswers_data();
    void stopCancelsPendingDelayedAnswers();
    void survivesHundredsOfClientsClosingEarly();

    void journalRecordsWhatChaosDid();
};

void tst_Faults::init()
{
    m_server = std::make_unique<MockServer>();
    m_server->setRouteSet(faultRoutes());
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
}

void tst_Faults::cleanup()
{
    m_server.reset();
}

void tst_Faults::showsFaultOnTheWire_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("bytes"); // everything the client receives
    QTest::addColumn<End>("end");
    QTest::addColumn<int>("minMs"); // bounds on when it ended (or, if open, was complete)
    QTest::addColumn<int>("maxMs");

    QTest::addRow("connection-reset")
        << u"connection-reset"_s << QByteArray() << End::Reset << 0 << WaitMs;
    QTest::addRow("connection-close ignores latency")
        << u"connection-close"_s << QByteArray() << End::Fin << 0 << FaultLatencyMs - 1;
    QTest::addRow("empty-response after latency")
        << u"empty-response"_s << QByteArray() << End::Fin << FaultLatencyMs << WaitMs;
    // Status line and Content-Length first, so a client that takes the close for the end of
    // the headers still sees a body missing; then half of the other header lines.
    QTest::addRow("partial-headers")
        << u"partial-headers"_s
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 20\r\nContent-Type: text/p") << End::Fin
        << 0 << WaitMs;
    QTest::addRow("partial-body") << u"partial-body"_s << QByteArray(okHead(20) + "0123456789")
                                  << End::Fin << 0 << WaitMs;
    QTest::addRow("garbage") << u"garbage"_s << garbage() << End::Fin << 0 << WaitMs;
    QTest::addRow("stall") << u"stall"_s << QByteArray() << End::Open << 0 << WaitMs;
    QTest::addRow("dribble") << u"dribble"_s << QByteArray(okHead(Body.size()) + Body) << End::Open
                             << int(Body.size() / DribbleChunk - 1) * DribbleIntervalMs << WaitMs;
    QTest::addRow("bandwidth") << u"bandwidth"_s
                               << QByteArray(okHead(BandwidthBodyBytes)
                                      + QByteArray(BandwidthBodyBytes, 'x'))
                               << End::Open << int(BandwidthBodyBytes * 1000 / BytesPerSecond) - 50
                               << WaitMs;
    QTest::addRow("malformed-chunked")
        << u"malformed-chunked"_s
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                      "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                      "a\r\n0123456789\r\nzz; not a chunk size\r\n\r\n")
        << End::Fin << 0 << WaitMs;
    // On plain HTTP the fatal alert record arrives raw (tst_tls sees it fail a TLS client).
    QTest::addRow("tls-failure") << u"tls-failure"_s
                                 << QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7) << End::Fin << 0
                                 << WaitMs;
}

void tst_Faults::showsFaultOnTheWire()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, bytes);
    QFETCH(End, end);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);

    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get('/' + fault.toLatin1())));
    qint64 elapsed = 0;
    if (end != End::Open) {
        QVERIFY(client.waitEnded());
        elapsed = client.endMs();
    } else if (bytes.isEmpty()) {
        // A stall: a request pipelined behind it waits too, and for as long as another
        // connection needs to get a delayed answer, nothing arrives and nothing closes.
        QVERIFY(client.send(get("/ok")));
        QVERIFY(waitForWitness(port()));
        elapsed = client.elapsedMs();
        QCOMPARE(m_server->hits(u"ok"_s), quint64(1)); // read, and held
    } else {
        QVERIFY(client.waitReceived(bytes.size()));
        elapsed = client.elapsedMs();
    }
    QCOMPARE(client.received(), bytes);
    QCOMPARE(client.end(), end);
    QVERIFY2(elapsed >= minMs && elapsed <= maxMs,
        qPrintable(u"took %1 ms, expected %2..%3"_s.arg(elapsed).arg(minMs).arg(maxMs)));
    QCOMPARE(m_server->hits(fault), quint64(1));

    if (end == End::Open && !bytes.isEmpty()) {
        // A slow answer is still a whole answer: the connection serves the next request.
        QVERIFY(client.send(get("/ok")));
        QVERIFY(client.waitReceived(bytes.size() + okHead(2).size() + 2));
        QCOMPARE(client.received().mid(bytes.size()), QByteArray(okHead(2) + "ok"));
        QCOMPARE(client.end(), End::Open);
    }
}

void tst_Faults::reportsFaultToNetworkAccessManager_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // what the reply lets the client read
    // QNetworkAccessManager silently sends the request again when a connection ends before
    // a complete status line and headers: each attempt is a hit.
    QTest::addColumn<quint64>("minHits");
    QTest::addColumn<quint64>("maxHits");
    QTest::addColumn<int>("minMs");

    using E = QNetworkReply::NetworkError;
    QTest::addRow("connection-reset") << u"connection-reset"_s << E::RemoteHostClosedError << 0
                                      << QByteArray() << quint64(2) << quint64(2) << 0;
    QTest::addRow("connection-close") << u"connection-close"_s << E::RemoteHostClosedError << 0
                                      << QByteArray() << quint64(2) << quint64(2) << 0;
    // Twice the latency: the retry waits for it too.
    QTest::addRow("empty-response")
        << u"empty-response"_s << E::RemoteHostClosedError << 0 << QByteArray() << quint64(2)
        << quint64(2) << 2 * FaultLatencyMs;
    QTest::addRow("partial-headers") << u"partial-headers"_s << E::RemoteHostClosedError << 0
                                     << QByteArray() << quint64(3) << quint64(4) << 0;
    // Headers complete: no retry, the first half of the body is readable.
    QTest::addRow("partial-body") << u"partial-body"_s << E::RemoteHostClosedError << 200
                                  << QByteArray("0123456789") << quint64(1) << quint64(1) << 0;
    QTest::addRow("garbage") << u"garbage"_s << E::RemoteHostClosedError << 0 << QByteArray()
                             << quint64(4) << quint64(4) << 0;
    // Only the transfer timeout ends it: 1 s, on a coarse timer that may fire 5% early.
    QTest::addRow("stall") << u"stall"_s << E::OperationCanceledError << 0 << QByteArray()
                           << quint64(1) << quint64(1) << 900;
    QTest::addRow("dribble") << u"dribble"_s << E::NoError << 200 << Body << quint64(1)
                             << quint64(1)
                             << int(Body.size() / DribbleChunk - 1) * DribbleIntervalMs;
    QTest::addRow("bandwidth") << u"bandwidth"_s << E::NoError << 200
                               << QByteArray(BandwidthBodyBytes, 'x') << quint64(1) << quint64(1)
                               << int(BandwidthBodyBytes * 1000 / BytesPerSecond) - 50;
    // Qt's chunked decoder reads the broken size line as 0, the last chunk: the reply
    // "succeeds" with the first half of the body. A client on Qt cannot notice; curl can
    // (exit 56).
    QTest::addRow("malformed-chunked (accepted by Qt)")
        << u"malformed-chunked"_s << E::NoError << 200 << QByteArray("0123456789") << quint64(1)
        << quint64(1) << 0;
}

void tst_Faults::reportsFaultToNetworkAccessManager()
{
    QFETCH(QString, fault);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(quint64, minHits);
    QFETCH(quint64, maxHits);
    QFETCH(int, minMs);

    const NamAnswer answer = namGet(url(u'/' + fault));
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, error);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body, body);
    QVERIFY2(answer.elapsedMs >= minMs && answer.elapsedMs < minMs + 3000,
        qPrintable(u"took %1 ms, expected at least %2"_s.arg(answer.elapsedMs).arg(minMs)));

    const quint64 hits = m_server->hits(fault);
    QVERIFY2(hits >= minHits && hits <= maxHits,
        qPrintable(u"%1 hits, expected %2..%3"_s.arg(hits).arg(minHits).arg(maxHits)));
    // Every attempt is in the journal, with the fault that answered it.
    QCOMPARE(quint64(m_server->journal().count()), hits);
    for (const Exchange &exchange : m_server->journal().exchanges()) {
        QCOMPARE(exchange.fault, fault);
    }
}

void tst_Faults::dribblesBodyInTimedSteps()
{
    const NamAnswer answer = namGet(url(u"/dribble"_s));
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.body, Body);

    // Several distinct steps (chunks may merge when the client is late, not all of them).
    QList<qint64> steps;
    QList<qint64> stepTimes;
    for (const auto &[ms, received] : answer.progress) {
        if (received > 0 && (steps.isEmpty() || received > steps.last())) {
            steps.append(received);
            stepTimes.append(ms);
        }
    }
    QVERIFY2(steps.size() >= 3, qPrintable(u"%1 progress steps"_s.arg(steps.size())));
    QCOMPARE(steps.last(), qint64(Body.size()));
    QVERIFY(steps.first() < Body.size());

    const int chunks = int(Body.size()) / DribbleChunk;
    const qint64 lowerMs = (chunks - 1) * DribbleIntervalMs;
    QVERIFY2(stepTimes.last() >= lowerMs && answer.elapsedMs < lowerMs + 3000,
        qPrintable(u"last step after %1 ms, finished after %2 ms"_s.arg(stepTimes.last())
                       .arg(answer.elapsedMs)));
    // Spread over the whole time, not bunched at the end.
    QVERIFY2(stepTimes.last() - stepTimes.first() >= DribbleIntervalMs,
        qPrintable(u"steps from %1 to %2 ms"_s.arg(stepTimes.first()).arg(stepTimes.last())));
}

void tst_Faults::sendsEarlierPipelinedAnswersBeforeReset()
{
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/ok") + get("/connection-reset") + get("/ok")));
    QVERIFY(client.waitEnded());
    // "As soon as it is this response's turn": the answer before it still arrives whole.
    QCOMPARE(client.received(), QByteArray(okHead(2) + "ok"));
    QCOMPARE(client.end(), End::Reset);
}

void tst_Faults::injectsErrorLikeTheFaultOrStatus_data()
{
    QTest::addColumn<QByteArray>("chaos");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<End>("end");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<quint64>("namHits");

    QTest::addRow("fault connection-reset")
        << QByteArray("{\"errorRate\": 1, \"error\": {\"fault\": \"connection-reset\"}}")
        << QByteArray() << End::Reset << u"connection-reset"_s
        << QNetworkReply::RemoteHostClosedError << QByteArray() << quint64(2);
    QTest::addRow("status 503 with body")
        << QByteArray("{\"errorRate\": 1, \"error\": {\"status\": 503, \"body\": \"down\"}}")
        << QByteArray("HTTP/1.1 503 Service Unavailable\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\n\r\ndown")
        << End::Open << QString() << QNetworkReply::ServiceUnavailableError << QByteArray("down")
        << quint64(1);
}

void tst_Faults::injectsErrorLikeTheFaultOrStatus()
{
    QFETCH(QByteArray, chaos);
    QFETCH(QByteArray, bytes);
    QFETCH(End, end);
    QFETCH(QString, fault);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QByteArray, body);
    QFETCH(quint64, namHits);

    const Chaos routeChaos = chaosFromJson(chaos);
    QCOMPARE(routeChaos.errorRate.value_or(-1), 1.0);
    QVERIFY(m_server->setRouteChaos(u"ok"_s, routeChaos));

    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/ok")));
    if (end == End::Open) {
        QVERIFY(client.waitReceived(bytes.size()));
    } else {
        QVERIFY(client.waitEnded());
    }
    QCOMPARE(client.received(), bytes);
    QCOMPARE(client.end(), end);
    QCOMPARE(m_server->journal().count(), 1);
    const Exchange exchange = m_server->journal().at(0);
    QVERIFY(exchange.errorInjected);
    QVERIFY(exchange.errorRoll >= 0 && exchange.errorRoll < 1);
    QCOMPARE(exchange.fault, fault);

    const NamAnswer answer = namGet(url(u"/ok"_s));
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, error);
    QCOMPARE(answer.body, body);
    QCOMPARE(m_server->hits(u"ok"_s), 1 + namHits);
}

void tst_Faults::delaysAnswerByFixedLatency()
{
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/slow")));
    QVERIFY(client.waitReceived(okHead(4).size() + 4));
    QCOMPARE(client.received(), QByteArray(okHead(4) + "slow"));
    QVERIFY2(client.firstByteMs() >= 200 && client.firstByteMs() < 2000,
        qPrintable(u"answered after %1 ms"_s.arg(client.firstByteMs())));
    QCOMPARE(m_server->journal().at(0).delayMs, qint64(200));
}

void tst_Faults::addsGlobalAndRouteLatency()
{
    m_server->setChaos(latency(150));
    QVERIFY(m_server->setRouteChaos(u"ok"_s, latency(100)));
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/ok")));
    QVERIFY(client.waitReceived(okHead(2).size() + 2));
    QVERIFY2(client.firstByteMs() >= 250 && client.firstByteMs() < 2000,
        qPrintable(u"answered after %1 ms"_s.arg(client.firstByteMs())));
    QCOMPARE(m_server->journal().at(0).delayMs, qint64(250));
}

void tst_Faults::keepsPipelinedOrderWhenFirstAnswerIsDelayed()
{
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/slow") + get("/ok")));
    QVERIFY(client.waitReceived(okHead(4).size() + 4 + okHead(2).size() + 2));
    QByteArray rest;
    const QList<RawResponse> responses = parseResponses(client.received(), &rest);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).body, QByteArray("slow"));
    QCOMPARE(responses.at(1).body, QByteArray("ok"));
    QCOMPARE(rest, QByteArray());
    // The quick answer waited for the slow one: nothing came before the latency was over.
    QVERIFY2(client.firstByteMs() >= 200,
        qPrintable(u"first byte after %1 ms"_s.arg(client.firstByteMs())));
    QCOMPARE(client.end(), End::Open);
}

void tst_Faults::sendsContinueOnlyAfterEarlierDelayedAnswer()
{
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/slow")
        + "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n"
          "Expect: 100-continue\r\n\r\n"));
    const QByteArray slow = okHead(4) + "slow";
    const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n";
    QVERIFY(client.waitReceived(slow.size() + interim.size()));
    QCOMPARE(client.received(), QByteArray(slow + interim));
    QVERIFY2(client.firstByteMs() >= 200,
        qPrintable(u"first byte after %1 ms"_s.arg(client.firstByteMs())));

    QVERIFY(client.send("abcde"));
    QVERIFY(client.waitReceived(slow.size() + interim.size() + okHead(9).size() + 9));
    QCOMPARE(client.received(), QByteArray(slow + interim + okHead(9) + "got abcde"));
}

void tst_Faults::dropsOwedContinueOnceBodyArrived()
{
    WireClient client(port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send(get("/slow")
        + "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n"
          "Expect: 100-continue\r\n\r\n"));
    // Both heads are read (the slow answer is still 200 ms away) when the client stops
    // waiting for 100 Continue and sends the body, as clients do after a while.
    QVERIFY(m_server->journal().takeRequest(WaitMs));
    QCOMPARE(client.received(), QByteArray());
    QVERIFY(client.send("abcde" + get("/ok")));
    QVERIFY(QTest::qWaitFor([&] { return parseResponses(client.received()).size() >= 3; }, WaitMs));
    // A 100 Continue now would answer nothing: the client would take it for the interim
    // response of its next request.
    QVERIFY(client.send(get("/ok")));
    QVERIFY(QTest::qWaitFor([&] { return parseResponses(client.received()).size() >= 4; }, WaitMs));
    QByteArray rest;
    const QList<RawResponse> responses = parseResponses(client.received(), &rest);
    QCOMPARE(statuses(responses), QList<int>({ 200, 200, 200, 200 }));
    QCOMPARE(responses.at(1).body, QByteArray("got abcde"));
    QCOMPARE(rest, QByteArray());
}

void tst_Faults::stopReturnsAtOnceWithStalledClients()
{
    constexpr int Clients = 100;
    std::vector<std::unique_ptr<WireClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<WireClient>(port()));
        QVERIFY(clients.back()->isConnected());
        QVERIFY(clients.back()->send(get("/stall")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->journal().count(), Clients, WaitMs);
    QCOMPARE(m_server->connectionCount(), Clients);

    QElapsedTimer clock;
    clock.start();
    m_server->stop();
    const qint64 stopMs = clock.elapsed();
    QVERIFY2(stopMs < 100, qPrintable(u"stop() took %1 ms"_s.arg(stopMs)));
    QCOMPARE(m_server->connectionCount(), 0);
    QVERIFY(!m_server->isListening());

    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                 [](const auto &c) { return c->end() != End::Open; }),
        2000);
    for (const auto &c : clients) {
        QCOMPARE(c->received(), QByteArray());
        QVERIFY2(c->endMs() < 1000, qPrintable(u"closed after %1 ms"_s.arg(c->endMs())));
    }
    QTRY_VERIFY(m_server->findChildren<HttpConnection *>().isEmpty());
}

void tst_Faults::stopCancelsPendingDelayedAnswers_data()
{
    QTest::addColumn<int>("latencyMs");
    // Far away: stop() must not wait for the timers.
    QTest::addRow("10 s") << 10000;
    // Near: the timers' time comes while the test still runs, and nothing happens.
    QTest::addRow("300 ms, outlived") << 300;
}

void tst_Faults::stopCancelsPendingDelayedAnswers()
{
    QFETCH(int, latencyMs);
    constexpr int Clients = 100;
    QVERIFY(m_server->setRouteChaos(u"ok"_s, latency(latencyMs)));
    std::vector<std::unique_ptr<WireClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<WireClient>(port()));
        QVERIFY(clients.back()->isConnected());
        QVERIFY(clients.back()->send(get("/ok")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->journal().count(), Clients, WaitMs);
    QVERIFY(std::all_of(
        clients.begin(), clients.end(), [](const auto &c) { return c->received().isEmpty(); }));

    QElapsedTimer clock;
    clock.start();
    m_server->stop();
    const qint64 stopMs = clock.elapsed();
    QVERIFY2(stopMs < 100, qPrintable(u"stop() took %1 ms"_s.arg(stopMs)));
    QCOMPARE(m_server->connectionCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                 [](const auto &c) { return c->end() != End::Open; }),
        2000);
    // Every pending answer had its connection as context: with the connections gone, no
    // timer can answer any more.
    QTRY_VERIFY(m_server->findChildren<HttpConnection *>().isEmpty());

    // Another server answers; its route is slower than the cancelled answers, so by the
    // time it does, their timers have come and gone.
    MockServer other;
    RouteSet set;
    set.add(Route::get(u"/after"_s)
                .respond(200, u"after"_s)
                .withChaos(latency(std::min(latencyMs + 100, 500))));
    other.setRouteSet(set);
    QVERIFY(other.listen());
    const NamAnswer answer = namGet(other.baseUrl().resolved(QUrl(u"/after"_s)));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.body, QByteArray("after"));

    for (const auto &c : clients) {
        QCOMPARE(c->received(), QByteArray());
    }
    QCOMPARE(m_server->journal().count(), Clients);
    QCOMPARE(m_server->hits(u"ok"_s), quint64(Clients));
}

void tst_Faults::survivesHundredsOfClientsClosingEarly()
{
    constexpr int Clients = 300;
    constexpr int Late = Clients / 2; // close once the server holds their requests
    QVERIFY(m_server->setRouteChaos(u"ok"_s, latency(100)));
    RouteSet set = m_server->routeSet();
    set.add(
        Route::get(u"/long-dribble"_s)
            .withId(u"long-dribble"_s)
            .respond(Response::text(200, QString(2000, u'd')).withFault(Fault::dribble(10, 10))));
    m_server->setRouteSet(set);

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Clients; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port());
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(sockets.begin(), sockets.end(),
            [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }),
        WaitMs);
    const QByteArray requests = get("/ok") + get("/long-dribble");
    const auto hangUp = [](QTcpSocket *socket, int i) {
        if (i % 2 == 0) {
            // Linger 0: abort() then sends an RST, not a FIN.
            const linger reset { 1, 0 };
            ::setsockopt(
                int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            socket->abort();
        } else {
            socket->close();
        }
    };

    // The late half waits until the server holds both their requests: mid-latency, or
    // already mid-dribble for the first ones.
    for (int i = 0; i < Late; ++i) {
        sockets[i]->write(requests);
        sockets[i]->flush();
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_server->journal().count() >= 2 * Late, WaitMs);
    for (int i = 0; i < Late; ++i) {
        hangUp(sockets[i].get(), i);
    }
    // The early half hangs up right after sending, before the server has read anything.
    for (int i = Late; i < Clients; ++i) {
        sockets[i]->write(requests);
        sockets[i]->flush();
        hangUp(sockets[i].get(), i);
    }

    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, WaitMs);
    // Still serving, and after the 100 ms answers' time has come for the connections gone.
    const NamAnswer answer = namGet(url(u"/witness"_s));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.body, QByteArray("witness"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, WaitMs);
    QVERIFY(m_server->hits(u"long-dribble"_s) >= quint64(Late));
}

void tst_Faults::journalRecordsWhatChaosDid()
{
    Chaos seeded;
    seeded.seed = 42;
    m_server->setChaos(seeded);
    Chaos slowDribble = latency(50);
    QVERIFY(m_server->setRouteChaos(u"dribble"_s, slowDribble));
    QVERIFY(m_server->setRouteChaos(u"garbage"_s,
        chaosFromJson("{\"errorRate\": 1, \"error\": {\"fault\": \"connection-reset\"}}")));
    Chaos coinFlip;
    coinFlip.errorRate = 0.5;
    coinFlip.error = ChaosError::withStatus(502, u"bad gateway"_s);
    QVERIFY(m_server->setRouteChaos(u"ok"_s, coinFlip));

    {
        WireClient client(port());
        QVERIFY(client.send(get("/dribble")));
        const std::optional<Exchange> e = m_server->journal().takeRequest(WaitMs);
        QVERIFY(e);
        QCOMPARE(e->delayMs, qint64(50));
        QCOMPARE(e->fault, u"dribble"_s);
        QCOMPARE(e->errorRoll, -1.0);
        QVERIFY(!e->errorInjected);
    }
    {
        // The error's fault replaces the response's own.
        WireClient client(port());
        QVERIFY(client.send(get("/garbage")));
        const std::optional<Exchange> e = m_server->journal().takeRequest(WaitMs);
        QVERIFY(e);
        QCOMPARE(e->delayMs, qint64(0));
        QCOMPARE(e->fault, u"connection-reset"_s);
        QVERIFY(e->errorInjected);
        QVERIFY(e->errorRoll >= 0 && e->errorRoll < 1);
        QVERIFY(client.waitEnded());
        QCOMPARE(client.end(), End::Reset);
    }
    WireClient client(port());
    int injected = 0;
    constexpr int Requests = 20;
    for (int i = 0; i < Requests; ++i) {
        QVERIFY(client.send(get("/ok")));
        const std::optional<Exchange> e = m_server->journal().takeRequest(WaitMs);
        QVERIFY(e);
        QVERIFY(e->errorRoll >= 0 && e->errorRoll < 1);
        QCOMPARE(e->errorInjected, e->errorRoll < 0.5);
        QCOMPARE(e->status, e->errorInjected ? 502 : 200);
        QCOMPARE(e->fault, QString());
        injected += e->errorInjected ? 1 : 0;
    }
    QVERIFY(injected > 0 && injected < Requests);
    QVERIFY(QTest::qWaitFor(
        [&] { return parseResponses(client.received()).size() >= Requests; }, WaitMs));
    const QList<RawResponse> responses = parseResponses(client.received());
    for (int i = 0; i < Requests; ++i) {
        const Exchange &e = m_server->journal().at(2 + i);
        QCOMPARE(responses.at(i).status, e.status);
    }
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
