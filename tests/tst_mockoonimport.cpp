// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mockoon environments served as Mockoon CLI 9.9.0 serves them: every recorded case of
// tests/data/mockoon/cases (format: tests/interop/mockoon-import/README.md) is imported through
// AnyFormat::readFile, served by a MockServer on 127.0.0.1 and its requests are sent in order on
// raw sockets (exact method, target and headers); status, Content-Type and body must agree with
// Mockoon's by the case's rule. The same cases are replayed against the route set converted to
// MockBench's format and loaded back, which must answer as the direct import does.
// Exchanges that disagree today because of a known importer gap are listed in knownGaps(): they
// are counted as disagreeing and reported as expected failures, and one that starts to agree
// fails the test so that the list stays exact.
// A proxy case (its "upstream", proxyMode on) is served in front of an equivalent upstream
// (CaseUpstream: a QTcpServer on 127.0.0.1, port 0, answering as the recorder's did), the
// environment's proxyHost pointed at it before the import.
#include "Import.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 10000;

/// One answer as read from the socket; header names in lower case, repeated ones joined ", ".
struct Answer
{
    bool complete = false;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    QString problem; ///< why the answer could not be read, if it could not
};

/// One recorded exchange of a case file.
struct RecordedExchange
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray requestBody;
    int status = 0;
    std::optional<QByteArray> contentType;
    QByteArray body;
    QString compare;
    QString pattern;
    int minMs = 0;
    QList<QByteArray> compareHeaders; ///< response headers whose values must agree too
    QHash<QByteArray, QByteArray> recordedHeaders; ///< Mockoon's, as in the case file
};

struct Case
{
    QString name;
    QString environment; ///< absolute path
    QDateTime now;
    QJsonObject upstream; ///< the upstream of a proxy case (empty: none)
    QList<RecordedExchange> exchanges;
};

/// A known importer gap: exchange @c index of case @c name disagrees with Mockoon because of
/// @c reason. @c clock marks the exchanges that only disagree because MockServer has no fixed
/// clock (their answer shows Mockoon's frozen "now"); they are expected to fail only while
/// MockServer has no setFixedTime().
struct Gap
{
    const char *name;
    int index;
    const char *reason;
    bool clock = false;
};

constexpr const char *NoFixedClock =
    "MockServer has no fixed clock (no MockServer::setFixedTime): the answer shows the real date, "
    "Mockoon's shows its frozen now";
constexpr const char *BucketClock =
    "MockoonReader renders data buckets at load with the real clock (LoadResult has no way to "
    "take the case's now)";

const QList<Gap> &knownGaps()
{
    static const QList<Gap> gaps {
        { "bare", 6,
            "status 100: Mockoon (Node) sends Content-Type text/html; charset=utf-8 with it, the "
            "import sends no Content-Type on a 1xx" },
        { "bodies", 0, NoFixedClock, true },
        { "bodies", 1, NoFixedClock, true },
        { "bodies", 13, BucketClock },
        { "bodies", 15,
            "a data bucket that does not parse holds MockBench's Handlebars error text, not "
            "Handlebars' own (\"Parse error on line 1:\\n<source>\\n---^\\nExpecting ...\")" },
        { "bodies", 21,
            "a body template that does not parse answers MockBench's Handlebars error text, not "
            "Handlebars' own (line, source excerpt, caret)" },
        { "bodies", 22, NoFixedClock, true },
        { "bodies", 24, NoFixedClock, true },
        { "crud", 24,
            "CRUD POST with a body that is not JSON: MockBench answers 400, Mockoon stores and "
            "echoes the text (201)" },
        { "crud", 26,
            "CRUD GET list after DELETE of the list: MockBench answers [], Mockoon an empty body" },
        { "proxy", 5,
            "DELETE without a body: Mockoon's proxy sends Content-Length: 0 upstream, MockBench's "
            "(QNetworkAccessManager) sends no Content-Length" },
        { "proxy", 7,
            "proxyRemovePrefix: Mockoon removes the regex ^/api with no segment boundary, so "
            "/apiary/list goes up as /v2/ary/list; MockBench's stripPrefix takes only /api and "
            "/api/... (/v2/apiary/list)" },
        { "proxy", 15,
            "what goes up: Mockoon sends the client's headers, Host rewritten, the "
            "proxyReqHeaders and Connection: close, nothing else; MockBench adds "
            "X-Forwarded-For/-Host/-Proto, Accept-Encoding: identity, Qt's User-Agent and "
            "Accept-Language and Connection: Keep-Alive" },
        { "proxy", 16,
            "X-Forwarded-*: Mockoon's proxy (http-proxy without xfwd) adds none, MockBench adds "
            "X-Forwarded-For, -Host and -Proto" },
        { "proxy-down", 0,
            "upstream refused: Mockoon answers 504 \"An error occurred while trying to proxy to "
            "PROXYHOST PATH: Error: connect ECONNREFUSED HOST:PORT\", MockBench 502 \"MockBench: "
            "the upstream URL gave no answer: Connection refused\"" },
        { "sample-rate-limiting-examples", 0, NoFixedClock, true },
    };
    return gaps;
}

/// MockServer::setFixedTime(std::optional<qint64>) when the server has it.
template <typename Server, typename = void>
struct HasFixedTime : std::false_type
{
};
template <typename Server>
struct HasFixedTime<Server,
    std::void_t<decltype(std::declval<Server &>().setFixedTime(std::optional<qint64>()))>>
    : std::true_type
{
};

template <typename Server>
bool fixClock([[maybe_unused]] Server &server, [[maybe_unused]] const QDateTime &now)
{
    if constexpr (HasFixedTime<Server>::value) {
        server.setFixedTime(now.toMSecsSinceEpoch());
        return true;
    } else {
        return false;
    }
}

constexpr bool ServerHasFixedClock = HasFixedTime<MockServer>::value;

QString casesDir()
{
    return QFINDTESTDATA("data/mockoon/cases");
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
    c.environment = QDir(QFileInfo(file).absolutePath() + u"/.."_s)
                        .absoluteFilePath(root.value(u"environment"_s).toString());
    c.now = QDateTime::fromString(root.value(u"now"_s).toString(), Qt::ISODate);
    c.upstream = root.value(u"upstream"_s).toObject();
    const QJsonArray exchanges = root.value(u"exchanges"_s).toArray();
    for (const QJsonValue &item : exchanges) {
        const QJsonObject request = item[u"request"_s].toObject();
        const QJsonObject response = item[u"response"_s].toObject();
        RecordedExchange e;
        e.method = request.value(u"method"_s).toString().toUtf8();
        e.target = request.value(u"target"_s).toString().toUtf8();
        const QJsonArray headers = request.value(u"headers"_s).toArray();
        for (const QJsonValue &h : headers) {
            e.headers.append({ h[0].toString().toUtf8(), h[1].toString().toUtf8() });
        }
        e.requestBody = request.value(u"body"_s).toString().toUtf8();
        e.status = response.value(u"status"_s).toInt();
        if (response.value(u"contentType"_s).isString()) {
            e.contentType = response.value(u"contentType"_s).toString().toUtf8();
        }
        e.body = response.contains(u"bodyBase64"_s)
            ? QByteArray::fromBase64(response.value(u"bodyBase64"_s).toString().toLatin1())
            : response.value(u"body"_s).toString().toUtf8();
        e.compare = response.value(u"compare"_s).toString(u"exact"_s);
        e.pattern = response.value(u"pattern"_s).toString();
        e.minMs = response.value(u"minMs"_s).toInt();
        const QJsonArray compareHeaders = response.value(u"compareHeaders"_s).toArray();
        for (const QJsonValue &name : compareHeaders) {
            e.compareHeaders.append(name.toString().toLower().toUtf8());
        }
        const QJsonObject recordedHeaders = response.value(u"headers"_s).toObject();
        for (auto it = recordedHeaders.constBegin(); it != recordedHeaders.constEnd(); ++it) {
            e.recordedHeaders.insert(it.key().toUtf8(), it.value().toString().toUtf8());
        }
        c.exchanges.append(e);
    }
    return c;
}

QByteArray decodeChunked(const QByteArray &data, bool *ok)
{
    QByteArray out;
    qsizetype at = 0;
    *ok = false;
    for (;;) {
        const qsizetype eol = data.indexOf("\r\n", at);
        if (eol < 0) {
            return out;
        }
        QByteArray sizeText = data.mid(at, eol - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
            sizeText.truncate(semicolon);
        }
        bool numberOk = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&numberOk, 16);
        if (!numberOk) {
            return out;
        }
        at = eol + 2;
        if (size == 0) {
            *ok = true;
            return out;
        }
        if (at + size > data.size()) {
            return out;
        }
        out += data.mid(at, size);
        at += size + 2;
    }
}

/// The upstream of a proxy case, as the case file's "upstream" describes it and the recorder's
/// (harness.Upstream) served it: an answer of "answers" for its exact path (the target before
/// '?'), else the echo (200, text/plain; charset=utf-8: "METHOD TARGET", one "name: value" line
/// per header the request's X-Echo-Headers names, "*" every header sorted by name, "(absent)"
/// for one not sent, the upstream's own 127.0.0.1:PORT written 127.0.0.1:{port}; an empty line;
/// the body); "headers" on every answer; Connection: close. With "down" nothing listens: the
/// port is held by a socket bound but not listening, so connecting to it is refused. The
/// recordings write the upstream's 127.0.0.1:PORT in any answer body as 127.0.0.1:{port}.
class CaseUpstream
{
public:
    explicit CaseUpstream(const QJsonObject &spec)
        : m_spec(spec)
    {
        if (spec.value(u"down"_s).toBool()) {
            m_ok = m_holder.bind(QHostAddress::LocalHost, 0);
            m_port = m_holder.localPort();
            return;
        }
        m_ok = m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto received = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    *received += socket->readAll();
                    if (const std::optional<QByteArray> answer = answerTo(*received)) {
                        received->clear();
                        ++m_requests;
                        socket->write(*answer);
                        socket->disconnectFromHost();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool ok() const { return m_ok; }
    QString errorString() const
    {
        return m_holder.state() == QAbstractSocket::BoundState ? QString() : m_server.errorString();
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QByteArray hostPort() const { return "127.0.0.1:" + QByteArray::number(m_port); }
    int requests() const { return m_requests; }

private:
    /// The whole answer once @p received holds a whole request.
    std::optional<QByteArray> answerTo(const QByteArray &received) const
    {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return std::nullopt;
        }
        const QList<QByteArray> lines = received.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                headers.append({ lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed() });
            }
        }
        auto valueOf = [&headers](const QByteArray &name) {
            QByteArrayList values;
            for (const auto &[n, v] : headers) {
                if (n == name) {
                    values.append(v);
                }
            }
            return values;
        };
        const QByteArray rest = received.mid(headEnd + 4);
        QByteArray body;
        if (valueOf("transfer-encoding").join(',').toLower().contains("chunked")) {
            bool complete = false;
            body = decodeChunked(rest, &complete);
            if (!complete) {
                return std::nullopt;
            }
        } else {
            const qsizetype length = valueOf("content-length").value(0).toLongLong();
            if (rest.size() < length) {
                return std::nullopt;
            }
            body = rest.left(length);
        }
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const QByteArray path =
            target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));

        int status = 200;
        QJsonArray ownHeaders { QJsonArray { u"Content-Type"_s, u"text/plain; charset=utf-8"_s } };
        QByteArray payload;
        bool fixed = false;
        const QJsonArray answers = m_spec.value(u"answers"_s).toArray();
        for (const QJsonValue &item : answers) {
            const QJsonObject a = item.toObject();
            if (a.value(u"path"_s).toString().toUtf8() == path) {
                status = a.value(u"status"_s).toInt();
                ownHeaders = a.value(u"headers"_s).toArray();
                payload = a.contains(u"bodyBase64"_s)
                    ? QByteArray::fromBase64(a.value(u"bodyBase64"_s).toString().toLatin1())
                    : a.value(u"body"_s).toString().toUtf8();
                fixed = true;
                break;
            }
        }
        if (!fixed) {
            const QByteArray own = hostPort();
            QByteArrayList names;
            for (const QByteArray &name : valueOf("x-echo-headers").join(", ").split(',')) {
                if (!name.trimmed().isEmpty()) {
                    names.append(name.trimmed().toLower());
                }
            }
            if (names == QByteArrayList { "*" }) {
                names.clear();
                for (const auto &[name, value] : headers) {
                    if (!names.contains(name)) {
                        names.append(name);
                    }
                }
                std::sort(names.begin(), names.end());
            }
            payload = method + ' ' + target + '\n';
            for (const QByteArray &name : std::as_const(names)) {
                const QByteArrayList values = valueOf(name);
                payload += name + ": "
                    + (values.isEmpty() ? QByteArray("(absent)")
                                        : values.join(", ").replace(own, "127.0.0.1:{port}"))
                    + '\n';
            }
            payload += '\n' + body;
        }
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + (status == 200        ? "OK"
                    : status == 404 ? "Not Found"
                                    : "Unknown")
            + "\r\n";
        const QJsonArray common = m_spec.value(u"headers"_s).toArray();
        for (const QJsonArray &list : { ownHeaders, common }) {
            for (const QJsonValue &h : list) {
                answer += h[0].toString().toUtf8() + ": " + h[1].toString().toUtf8() + "\r\n";
            }
        }
        answer += "Content-Length: " + QByteArray::number(payload.size())
            + "\r\nConnection: close\r\n\r\n";
        if (method != "HEAD") {
            answer += payload;
        }
        return answer;
    }

    QJsonObject m_spec;
    QTcpServer m_server;
    QTcpSocket m_holder; ///< "down": bound, never listening
    quint16 m_port = 0;
    bool m_ok = false;
    int m_requests = 0;
};

/// Imports the case's environment; for a proxy case, with its proxyHost's placeholder (the
/// upstream's "placeholder") replaced by @p upstream's URL, as the recorder served it.
LoadResult importCase(const Case &c, const CaseUpstream *upstream, QString *problem)
{
    if (!upstream) {
        return AnyFormat::readFile(c.environment);
    }
    QFile f(c.environment);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read "_s + c.environment;
        return {};
    }
    QJsonObject env = QJsonDocument::fromJson(f.readAll()).object();
    const QString placeholder = c.upstream.value(u"placeholder"_s).toString();
    const QString host = env.value(u"proxyHost"_s).toString();
    if (placeholder.isEmpty() || !host.startsWith(placeholder)) {
        *problem =
            u"%1: proxyHost \"%2\" does not start with the upstream's placeholder \"%3\""_s.arg(
                c.environment, host, placeholder);
        return {};
    }
    env.insert(u"proxyHost"_s, QString(upstream->url() + host.mid(placeholder.size())));
    return AnyFormat::fromBytes(QJsonDocument(env).toJson(), c.environment);
}

/// Sends @p e on its own connection, as the recorder did (Host, Content-Length, Connection:
/// close), and reads the answer until the server closes.
Answer send(quint16 port, const RecordedExchange &e)
{
    QByteArray request = e.method + ' ' + e.target + " HTTP/1.1\r\n";
    const bool hasHost = std::any_of(e.headers.cbegin(), e.headers.cend(),
        [](const auto &h) { return h.first.compare("host", Qt::CaseInsensitive) == 0; });
    if (!hasHost) {
        request += "Host: localhost:3000\r\n";
    }
    for (const auto &[name, value] : e.headers) {
        request += name + ": " + value + "\r\n";
    }
    if (!e.requestBody.isEmpty() || e.method == "POST" || e.method == "PUT"
        || e.method == "PATCH") {
        request += "Content-Length: " + QByteArray::number(e.requestBody.size()) + "\r\n";
    }
    request += "Connection: close\r\n\r\n" + e.requestBody;

    Answer answer;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(
        &socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    if (socket.state() != QAbstractSocket::UnconnectedState && !closed.wait(WaitMs)) {
        answer.problem = u"no answer within %1 ms"_s.arg(WaitMs);
        return answer;
    }
    received += socket.readAll();
    answer.elapsedMs = timer.elapsed();

    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        answer.problem = u"no complete response head (%1 bytes: %2)"_s.arg(received.size())
                             .arg(QString::fromUtf8(received.left(200)));
        return answer;
    }
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    answer.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        QByteArray &joined = answer.headers[name];
        joined = joined.isEmpty() ? value : joined + ", " + value;
    }
    QByteArray body = received.mid(headEnd + 4);
    if (e.method == "HEAD" || answer.status == 204 || answer.status == 304 || answer.status < 200) {
        body.clear();
    } else if (answer.headers.value("transfer-encoding").toLower().contains("chunked")) {
        bool ok = false;
        body = decodeChunked(body, &ok);
        if (!ok) {
            answer.problem = u"a chunked body cut short"_s;
            return answer;
        }
    } else if (answer.headers.contains("content-length")) {
        const qsizetype length = answer.headers.value("content-length").toLongLong();
        if (body.size() < length) {
            answer.problem =
                u"a body of %1 bytes, Content-Length says %2"_s.arg(body.size()).arg(length);
            return answer;
        }
        body.truncate(length);
    }
    answer.body = body;
    answer.complete = true;
    return answer;
}

std::optional<QJsonValue> parseJson(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().at(0);
}

/// The README's json-shape rule.
bool sameShape(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type()) {
        return false;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys()) { // keys() is sorted
            return false;
        }
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!sameShape(it.value(), y.value(it.key()))) {
                return false;
            }
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty();
        }
        auto allLike = [](const QJsonArray &items, const QJsonValue &first) {
            return std::all_of(items.begin(), items.end(),
                [&first](const QJsonValue &item) { return sameShape(item, first); });
        };
        return allLike(x, y.first()) && allLike(y, x.first());
    }
    return true;
}

/// The same JSON text up to the order of object members: equal values (QJsonObject sorts its
/// members), the same length and the same bytes in some order, so whitespace, escaping and
/// number spelling still count.
bool sameUpToMemberOrder(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    const std::optional<QJsonValue> x = parseJson(a);
    const std::optional<QJsonValue> y = parseJson(b);
    if (!x || !y || *x != *y) {
        return false;
    }
    QByteArray sortedA = a;
    QByteArray sortedB = b;
    std::sort(sortedA.begin(), sortedA.end());
    std::sort(sortedB.begin(), sortedB.end());
    return sortedA == sortedB;
}

QString shown(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(160));
    text.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    return u'"' + text + (bytes.size() > 160 ? u"...\""_s : u"\""_s);
}

enum class Verdict { Agrees, AgreesButMemberOrder, Differs };

/// Compares @p answer with Mockoon's recorded one; @p what says how it differs.
Verdict judge(const RecordedExchange &e, const Answer &answer, QString *what)
{
    if (!answer.complete) {
        *what = answer.problem;
        return Verdict::Differs;
    }
    QStringList differences;
    if (answer.status != e.status) {
        differences.append(u"status %1, Mockoon %2"_s.arg(answer.status).arg(e.status));
    }
    const std::optional<QByteArray> contentType = answer.headers.contains("content-type")
        ? std::optional<QByteArray>(answer.headers.value("content-type"))
        : std::nullopt;
    if (contentType != e.contentType) {
        differences.append(
            u"Content-Type %1, Mockoon %2"_s.arg(contentType ? shown(*contentType) : u"absent"_s,
                e.contentType ? shown(*e.contentType) : u"absent"_s));
    }
    if (e.minMs > 0 && answer.elapsedMs < e.minMs) {
        differences.append(
            u"answered after %1 ms, Mockoon's latency is %2 ms"_s.arg(answer.elapsedMs)
                .arg(e.minMs));
    }
    for (const QByteArray &name : e.compareHeaders) {
        const std::optional<QByteArray> ours = answer.headers.contains(name)
            ? std::optional<QByteArray>(answer.headers.value(name))
            : std::nullopt;
        const std::optional<QByteArray> theirs = e.recordedHeaders.contains(name)
            ? std::optional<QByteArray>(e.recordedHeaders.value(name))
            : std::nullopt;
        if (ours != theirs) {
            differences.append(u"%1 %2, Mockoon %3"_s.arg(QString::fromLatin1(name),
                ours ? shown(*ours) : u"absent"_s, theirs ? shown(*theirs) : u"absent"_s));
        }
    }
    bool memberOrder = false;
    if (e.compare == u"json-shape") {
        const std::optional<QJsonValue> ours = parseJson(answer.body);
        const std::optional<QJsonValue> theirs = parseJson(e.body);
        if (!ours || !theirs || !sameShape(*ours, *theirs)) {
            differences.append(u"body %1 has not the shape of Mockoon's %2"_s.arg(
                shown(answer.body), shown(e.body)));
        }
    } else if (e.compare == u"pattern") {
        const QRegularExpression re(QRegularExpression::anchoredPattern(e.pattern),
            QRegularExpression::DotMatchesEverythingOption);
        if (!re.isValid()) {
            differences.append(u"the case's pattern does not compile: "_s + re.errorString());
        } else if (!re.match(QString::fromUtf8(answer.body)).hasMatch()) {
            differences.append(
                u"body %1 does not match /%2/"_s.arg(shown(answer.body), e.pattern.left(160)));
        }
    } else if (answer.body != e.body) {
        if (sameUpToMemberOrder(answer.body, e.body)) {
            memberOrder = true;
        } else {
            differences.append(u"body %1, Mockoon %2"_s.arg(shown(answer.body), shown(e.body)));
        }
    }
    if (!differences.isEmpty()) {
        *what = differences.join(u"; "_s);
        return Verdict::Differs;
    }
    return memberOrder ? Verdict::AgreesButMemberOrder : Verdict::Agrees;
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
        if (caseName == QLatin1String(gap.name) && index == gap.index
            && !(gap.clock && ServerHasFixedClock)) {
            return &gap;
        }
    }
    return nullptr;
}

/// A server for one case: the clock frozen at the case's now where the server can do that.
struct Served
{
    explicit Served(const RouteSet &set, const QDateTime &now)
    {
        fixClock(server, now);
        server.setRouteSet(set);
        listening = server.listen(QHostAddress::LocalHost, 0);
    }
    MockServer server;
    bool listening = false;
};

} // namespace

class tst_MockoonImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agreesWithMockoon_data();
    void agreesWithMockoon();
    void convertedSetAnswersAsTheImport_data();
    void convertedSetAnswersAsTheImport();
    void everyKnownGapNamesARecordedExchange();

private:
    void addCaseRows();

    int m_exchanges = 0;
    int m_agreeing = 0;
    int m_memberOrder = 0;
};

void tst_MockoonImport::initTestCase()
{
    Import::registerFormats();
    QVERIFY2(!casesDir().isEmpty(), "tests/data/mockoon/cases not found");
    if (!ServerHasFixedClock) {
        qInfo("MockServer has no setFixedTime(): the exchanges that show Mockoon's frozen clock "
              "are expected to disagree");
    }
}

void tst_MockoonImport::cleanupTestCase()
{
    qInfo("Mockoon agreement: %d of %d exchanges (%d only in JSON member order)", m_agreeing,
        m_exchanges, m_memberOrder);
}

void tst_MockoonImport::addCaseRows()
{
    QTest::addColumn<QString>("file");
    const QDir dir(casesDir());
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 28, qPrintable(u"only %1 case files"_s.arg(files.size())));
    for (const QString &file : files) {
        QTest::addRow("%s", qPrintable(QFileInfo(file).completeBaseName()))
            << dir.absoluteFilePath(file);
    }
}

void tst_MockoonImport::agreesWithMockoon_data()
{
    addCaseRows();
}

void tst_MockoonImport::agreesWithMockoon()
{
    QFETCH(QString, file);
    QString problem;
    const std::optional<Case> c = loadCase(file, &problem);
    QVERIFY2(c, qPrintable(problem));
    QVERIFY2(!c->exchanges.isEmpty(), "a case without exchanges");

    std::unique_ptr<CaseUpstream> upstream;
    if (!c->upstream.isEmpty()) {
        upstream = std::make_unique<CaseUpstream>(c->upstream);
        QVERIFY2(upstream->ok(), qPrintable(upstream->errorString()));
    }
    const LoadResult loaded = importCase(*c, upstream.get(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.format, u"Mockoon environment"_s);
    if (upstream) {
        // proxyMode, proxyHost: what no route takes goes to the upstream.
        QVERIFY2(loaded.routeSet.proxy,
            qPrintable(
                u"proxyMode is on, but the set has no proxy: "_s + loaded.report.join(u"; "_s)));
        QVERIFY2(loaded.routeSet.proxy->url.toString().startsWith(upstream->url()),
            qPrintable(loaded.routeSet.proxy->url.toString()));
    }
    Served served(loaded.routeSet, c->now);
    QVERIFY2(served.listening, qPrintable(served.server.errorString()));

    QStringList unexpected;
    QStringList expected;
    for (qsizetype i = 0; i < c->exchanges.size(); ++i) {
        Answer answer = send(served.server.port(), c->exchanges.at(i));
        if (upstream) {
            // As recorded: the upstream's port (which changes from run to run) written {port}.
            answer.body.replace(upstream->hostPort(), "127.0.0.1:{port}");
        }
        QString what;
        const Verdict verdict = judge(c->exchanges.at(i), answer, &what);
        const Gap *gap = knownGap(c->name, i);
        ++m_exchanges;
        if (verdict == Verdict::Differs) {
            if (gap) {
                expected.append(label(*c, i) + u": "_s + what + u" [known gap: "_s
                    + QLatin1String(gap->reason) + u']');
            } else {
                unexpected.append(label(*c, i) + u": "_s + what);
            }
            continue;
        }
        ++m_agreeing;
        if (verdict == Verdict::AgreesButMemberOrder) {
            ++m_memberOrder;
            qInfo("%s: agrees only up to JSON member order", qPrintable(label(*c, i)));
        }
        if (gap) {
            unexpected.append(label(*c, i) + u": agrees now, but is listed as a known gap ("_s
                + QLatin1String(gap->reason) + u"): remove it from knownGaps()"_s);
        }
    }
    if (upstream && !c->upstream.value(u"down"_s).toBool()) {
        // Mockoon's answers that came from the upstream carry its X-Upstream: as many requests
        // must have reached it from MockBench, no more (local routes answer themselves).
        const QByteArray mark =
            c->upstream.value(u"headers"_s).toArray().at(0)[0].toString().toLower().toUtf8();
        const auto proxied = std::count_if(c->exchanges.cbegin(), c->exchanges.cend(),
            [&mark](const RecordedExchange &e) { return e.recordedHeaders.contains(mark); });
        if (upstream->requests() != proxied) {
            unexpected.append(
                u"the upstream got %1 request(s), Mockoon proxied %2"_s.arg(upstream->requests())
                    .arg(proxied));
        }
    }
    for (const QString &line : std::as_const(expected)) {
        qInfo("expected failure: %s", qPrintable(line));
    }
    // QtTest cuts long failure messages: every disagreement in full here, one line each.
    for (const QString &line : std::as_const(unexpected)) {
        qWarning("disagrees: %s", qPrintable(line));
    }
    QVERIFY2(unexpected.isEmpty(),
        qPrintable(u"%1 of %2 exchanges disagree with Mockoon:\n"_s.arg(unexpected.size())
                       .arg(c->exchanges.size())
            + unexpected.join(u'\n')));
    if (!expected.isEmpty()) {
        QEXPECT_FAIL("", "exchanges of known importer gaps (knownGaps())", Continue);
    }
    QVERIFY2(expected.isEmpty(),
        qPrintable(u"%1 known gap(s):\n"_s.arg(expected.size()) + expected.join(u'\n')));
}

void tst_MockoonImport::convertedSetAnswersAsTheImport_data()
{
    addCaseRows();
}

void tst_MockoonImport::convertedSetAnswersAsTheImport()
{
    QFETCH(QString, file);
    QString problem;
    const std::optional<Case> c = loadCase(file, &problem);
    QVERIFY2(c, qPrintable(problem));

    std::unique_ptr<CaseUpstream> upstream;
    if (!c->upstream.isEmpty()) {
        upstream = std::make_unique<CaseUpstream>(c->upstream);
        QVERIFY2(upstream->ok(), qPrintable(upstream->errorString()));
    }
    const LoadResult imported = importCase(*c, upstream.get(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(imported.ok(), qPrintable(imported.errorStrings().join(u'\n')));
    const QByteArray json = RouteSetFormat::toJson(imported.routeSet);
    const LoadResult converted =
        RouteSetFormat::fromJson(json, QFileInfo(c->environment).absolutePath());
    QVERIFY2(converted.ok(),
        qPrintable(u"the converted set does not load:\n"_s + converted.errorStrings().join(u'\n')));
    QVERIFY2(converted.report.isEmpty(), qPrintable(converted.report.join(u'\n')));

    // Side by side, in lockstep: each request to the direct import, then to the converted set.
    Served direct(imported.routeSet, c->now);
    Served reloaded(converted.routeSet, c->now);
    QVERIFY2(direct.listening, qPrintable(direct.server.errorString()));
    QVERIFY2(reloaded.listening, qPrintable(reloaded.server.errorString()));

    QStringList differences;
    for (qsizetype i = 0; i < c->exchanges.size(); ++i) {
        const RecordedExchange &e = c->exchanges.at(i);
        const Answer a = send(direct.server.port(), e);
        const Answer b = send(reloaded.server.port(), e);
        QStringList what;
        if (!a.complete || !b.complete) {
            what.append(u"import: %1; converted: %2"_s.arg(
                a.complete ? u"answered"_s : a.problem, b.complete ? u"answered"_s : b.problem));
        } else {
            if (a.status != b.status) {
                what.append(u"status %1, import %2"_s.arg(b.status).arg(a.status));
            }
            if (a.headers.value("content-type") != b.headers.value("content-type")
                || a.headers.contains("content-type") != b.headers.contains("content-type")) {
                what.append(
                    u"Content-Type %1, import %2"_s.arg(shown(b.headers.value("content-type")),
                        shown(a.headers.value("content-type"))));
            }
            for (const QByteArray &name : e.compareHeaders) {
                if (a.headers.value(name) != b.headers.value(name)
                    || a.headers.contains(name) != b.headers.contains(name)) {
                    what.append(u"%1 %2, import %3"_s.arg(QString::fromLatin1(name),
                        shown(b.headers.value(name)), shown(a.headers.value(name))));
                }
            }
            if (e.compare == u"exact" && a.body != b.body) {
                // A real clock may tick between the two requests: digits aside, the same.
                const Gap *gap = knownGap(c->name, i);
                static const QRegularExpression digits(u"[0-9]"_s);
                const bool sameButDigits = gap && gap->clock
                    && QString::fromUtf8(a.body).replace(digits, u"0"_s)
                        == QString::fromUtf8(b.body).replace(digits, u"0"_s);
                if (!sameButDigits) {
                    what.append(u"body %1, import %2"_s.arg(shown(b.body), shown(a.body)));
                }
            } else if (e.compare != u"exact") {
                QString verdictA;
                QString verdictB;
                const bool agreesA = judge(e, a, &verdictA) != Verdict::Differs;
                const bool agreesB = judge(e, b, &verdictB) != Verdict::Differs;
                if (agreesA != agreesB) {
                    what.append(u"by the %1 rule: import %2, converted %3"_s.arg(e.compare,
                        agreesA ? u"agrees"_s : verdictA, agreesB ? u"agrees"_s : verdictB));
                }
            }
            if (e.minMs > 0 && b.elapsedMs < e.minMs) {
                what.append(u"answered after %1 ms, latency %2 ms"_s.arg(b.elapsedMs).arg(e.minMs));
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

void tst_MockoonImport::everyKnownGapNamesARecordedExchange()
{
    for (const Gap &gap : knownGaps()) {
        QString problem;
        const std::optional<Case> c = loadCase(
            QDir(casesDir()).absoluteFilePath(QLatin1String(gap.name) + u".json"_s), &problem);
        QVERIFY2(c, qPrintable(problem));
        QVERIFY2(gap.index >= 0 && gap.index < c->exchanges.size(),
            qPrintable(u"%1 has no exchange %2"_s.arg(QLatin1String(gap.name)).arg(gap.index)));
        QVERIFY(qstrlen(gap.reason) > 0);
    }
}

QTEST_GUILESS_MAIN(tst_MockoonImport)
#include "tst_mockoonimport.moc"
