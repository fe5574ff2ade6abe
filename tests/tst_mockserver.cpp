// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MockServer as a client under test sees it: requests through QNetworkAccessManager against
// an in-process server on 127.0.0.1, checking response modes, body sources, template
// failures, routing explanations, listening, hit counts, stopping and the journal.
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

/// What a client got back for one request.
struct Answer
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0) {
                return v;
            }
        }
        return {};
    }
};

QUrl urlOf(const MockServer &server, const QString &pathAndQuery)
{
    return server.baseUrl().resolved(QUrl(pathAndQuery));
}

Answer fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &verb = "GET",
    const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
    }
    std::unique_ptr<QNetworkReply> reply(body.isEmpty()
            ? nam.sendCustomRequest(request, verb)
            : nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.headers = reply->rawHeaderPairs();
    answer.error = reply->error();
    return answer;
}

Answer fetch(QNetworkAccessManager &nam, const MockServer &server, const QString &pathAndQuery)
{
    return fetch(nam, urlOf(server, pathAndQuery));
}

Route textRoute(const QString &id, const QString &path, const QString &body)
{
    return Route::get(path).withId(id).respond(200, body);
}

} // namespace

class tst_MockServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;

    /// The bodies a fresh server on a seeded random route answers to @p count requests.
    QList<QByteArray> randomSequence(quint32 seed, int count)
    {
        RouteSet set;
        set.chaos.seed = seed;
        set.add(Route::get(u"/pick"_s)
                    .withMode(Route::ResponseMode::Random)
                    .respond(200, u"a"_s)
                    .respond(200, u"b"_s)
                    .respond(200, u"c"_s));
        MockServer server;
        server.setRouteSet(set);
        QList<QByteArray> bodies;
        if (!server.listen()) {
            return bodies;
        }
        QNetworkAccessManager nam;
        for (int i = 0; i < count; ++i) {
            const Answer answer = fetch(nam, server, u"/pick"_s);
            bodies.append(answer.finished ? answer.body : QByteArray("(no answer)"));
        }
        return bodies;
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_nam.reset(); }

    void cors_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("on") << int(RouteSet::Cors::On);
        QTest::addRow("preflight only") << int(RouteSet::Cors::PreflightOnly);
        QTest::addRow("off") << int(RouteSet::Cors::Off);
    }

    void cors()
    {
        QFETCH(int, mode);
        const auto cors = RouteSet::Cors(mode);
        RouteSet set;
        set.cors = cors;
        set.add(textRoute(u"hello"_s, u"/hello"_s, u"hi"_s));
        set.add(Route::get(u"/own"_s).respond(Response::text(
            200, u"own"_s, { { u"Access-Control-Allow-Origin"_s, { u"https://app.test"_s } } })));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY(server.listen());

        // The preflight: answered unless off; On allows the headers it asks for.
        const Answer preflight = fetch(*m_nam, urlOf(server, u"/hello"_s), "OPTIONS", {},
            { { "Origin", "http://front.test" }, { "Access-Control-Request-Method", "PUT" },
                { "Access-Control-Request-Headers", "x-api-key, content-type" } });
        QVERIFY(preflight.finished);
        if (cors == RouteSet::Cors::Off) {
            QCOMPARE(preflight.status, 404);
        } else {
            QCOMPARE(preflight.status, 200);
            QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("*"));
            QVERIFY(preflight.header("Access-Control-Allow-Methods").contains("PUT"));
            QCOMPARE(preflight.header("Access-Control-Allow-Headers"),
                cors == RouteSet::Cors::On ? QByteArray("x-api-key, content-type")
                                           : QByteArray("Content-Type, Origin, Accept, "
                                                        "Authorization, Content-Length, "
                                                        "X-Requested-With"));
            QCOMPARE(
                preflight.header("Access-Control-Max-Age").isEmpty(), cors != RouteSet::Cors::On);
        }

        // Every other answer (a route's, a 404) gets the headers when on, and only then; a
        // route's own value stays.
        const bool on = cors == RouteSet::Cors::On;
        for (const QString &path : { u"/hello"_s, u"/missing"_s }) {
            const Answer answer = fetch(
                *m_nam, urlOf(server, path), "GET", {}, { { "Origin", "http://front.test" } });
            QVERIFY(answer.finished);
            QCOMPARE(
                answer.header("Access-Control-Allow-Origin"), on ? QByteArray("*") : QByteArray());
            QCOMPARE(answer.header("Access-Control-Expose-Headers"),
                on ? QByteArray("*") : QByteArray());
        }
        const Answer own = fetch(*m_nam, server, u"/own"_s);
        QCOMPARE(own.header("Access-Control-Allow-Origin"), QByteArray("https://app.test"));
    }

    void cyclesSequentialResponses()
    {
        RouteSet set;
        set.add(Route::get(u"/next"_s)
                    .withMode(Route::ResponseMode::Sequential)
                    .respond(200, u"first"_s)
                    .respond(201, u"second"_s)
                    .respond(202, u"third"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        const QList<std::pair<int, QByteArray>> expected { { 200, "first" }, { 201, "second" },
            { 202, "third" }, { 200, "first" }, { 201, "second" }, { 202, "third" },
            { 200, "first" } };
        for (const auto &[status, body] : expected) {
            const Answer answer = fetch(*m_nam, server, u"/next"_s);
            QVERIFY(answer.finished);
            QCOMPARE(answer.status, status);
            QCOMPARE(answer.body, body);
        }
    }

    void repeatsRandomChoicesForTheSameSeed()
    {
        const QList<QByteArray> first = randomSequence(42, 20);
        const QList<QByteArray> second = randomSequence(42, 20);
        QCOMPARE(first.size(), 20);
        QVERIFY(!first.contains("(no answer)"));
        QCOMPARE(second, first);
        // Random, not stuck on one response, and the seed is what fixes the sequence.
        const QSet<QByteArray> distinct(first.begin(), first.end());
        QCOMPARE(distinct, QSet<QByteArray>({ "a", "b", "c" }));
        QVERIFY(randomSequence(7, 20) != first);
    }

    void picksFirstFittingRuleElseTheLast_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("query fits the first") << u"?x=1"_s << QByteArray() << QByteArray("one");
        QTest::addRow("header fits the second") << u""_s << QByteArray("two") << QByteArray("two");
        QTest::addRow("both fit: the first wins")
            << u"?x=1"_s << QByteArray("two") << QByteArray("one");
        QTest::addRow("the last fits") << u"?x=3"_s << QByteArray() << QByteArray("three");
        QTest::addRow("none fits: the last")
            << u"?x=9"_s << QByteArray("nine") << QByteArray("three");
    }

    void picksFirstFittingRuleElseTheLast()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, mode);
        QFETCH(QByteArray, expected);
        auto rule = [](const QString &body, const MatchConditions &when) {
            Response r = Response::text(200, body);
            r.when = when;
            return r;
        };
        MatchConditions queryOne;
        queryOne.query.append({ u"x"_s, ValueMatcher::exact(u"1"_s) });
        MatchConditions headerTwo;
        headerTwo.headers.append({ u"x-mode"_s, ValueMatcher::exact(u"two"_s) });
        MatchConditions queryThree;
        queryThree.query.append({ u"x"_s, ValueMatcher::exact(u"3"_s) });
        RouteSet set;
        set.add(Route::get(u"/rules"_s)
                    .withMode(Route::ResponseMode::Rules)
                    .respond(rule(u"one"_s, queryOne))
                    .respond(rule(u"two"_s, headerTwo))
                    .respond(rule(u"three"_s, queryThree)));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!mode.isEmpty()) {
            headers.append({ "X-Mode", mode });
        }
        const Answer answer = fetch(*m_nam, urlOf(server, u"/rules"_s + query), "GET", {}, headers);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, expected);
    }

    void sendsJsonCompact_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addRow("default Content-Type") << HeaderList() << QByteArray("application/json");
        QTest::addRow("declared Content-Type")
            << HeaderList { { u"Content-Type"_s, { u"application/vnd.foo+json"_s } } }
            << QByteArray("application/vnd.foo+json");
    }

    void sendsJsonCompact()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, contentType);
        RouteSet set;
        set.add(Route::get(u"/doc"_s).respondJson(200,
            QJsonObject { { u"name"_s, u"pen"_s }, { u"sizes"_s, QJsonArray { 1, 2.5, u"XL"_s } },
                { u"nested"_s, QJsonObject { { u"ok"_s, true } } } },
            headers));
        set.add(Route::get(u"/scalar"_s).respondJson(200, 42));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        const Answer answer = fetch(*m_nam, server, u"/doc"_s);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 200);
        QCOMPARE(
            answer.body, QByteArray(R"({"name":"pen","nested":{"ok":true},"sizes":[1,2.5,"XL"]})"));
        QCOMPARE(answer.contentType, contentType);

        const Answer scalar = fetch(*m_nam, server, u"/scalar"_s);
        QCOMPARE(scalar.body, QByteArray("42"));
        QCOMPARE(scalar.contentType, QByteArray("application/json"));
    }

    void servesBodyFileUntilItDisappears()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray page = "<!doctype html><h1>Hello</h1>\n";
        QFile file(dir.filePath(u"page.html"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page);
        file.close();

        Response fromFile;
        fromFile.bodySource = Response::BodySource::File;
        fromFile.bodyFile = u"page.html"_s;
        RouteSet set;
        set.baseDir = dir.path();
        set.add(Route::get(u"/page"_s).withId(u"page"_s).respond(fromFile));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        const Answer served = fetch(*m_nam, server, u"/page"_s);
        QVERIFY(served.finished);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, page);
        QCOMPARE(served.contentType, QByteArray("text/html"));

        QVERIFY(QFile::remove(file.fileName()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^route page bodyFile page.html"_s));
        const Answer gone = fetch(*m_nam, server, u"/page"_s);
        QVERIFY(gone.finished);
        QCOMPARE(gone.status, 500);
        QVERIFY2(gone.body.contains("page.html"), gone.body.constData());
    }

    void refusesBodyFileReplacedByAPipe()
    {
        // A body file swapped for a FIFO after loading: answered 500 at once, never read (a
        // read would block the server until a writer came), and other routes keep serving.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"body.txt"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello");
        }
        Response fromFile;
        fromFile.bodySource = Response::BodySource::File;
        fromFile.bodyFile = u"body.txt"_s;
        RouteSet set;
        set.baseDir = dir.path();
        set.add(Route::get(u"/file"_s).withId(u"file"_s).respond(fromFile));
        set.add(Route::get(u"/other"_s).respond(200, u"other"_s));
        QCOMPARE(set.validate(), FormatErrors());
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        QCOMPARE(fetch(*m_nam, server, u"/file"_s).body, QByteArray("hello"));

        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"bodyFile body.txt: must name a regular file"_s));
        const Answer piped = fetch(*m_nam, server, u"/file"_s);
        QVERIFY(piped.finished);
        QCOMPARE(piped.status, 500);
        QVERIFY2(piped.body.contains("not a pipe"), piped.body.constData());
        QCOMPARE(fetch(*m_nam, server, u"/other"_s).body, QByteArray("other"));
        QCOMPARE(toStringList(set.validate()),
            QStringList {
                u"routes[0].responses[0].bodyFile: must name a regular file, not a pipe, socket or device"_s });
    }

    void refusesBodyFileOutsideBaseDir()
    {
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        QVERIFY(QDir(outer.path()).mkdir(u"routes"_s));
        QFile secret(outer.filePath(u"secret.txt"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("top secret");
        secret.close();

        Response escape;
        escape.bodySource = Response::BodySource::File;
        escape.bodyFile = u"../secret.txt"_s;
        RouteSet set;
        set.baseDir = outer.filePath(u"routes"_s);
        set.add(Route::get(u"/secret"_s).respond(escape));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"bodyFile ../secret.txt"_s));
        const Answer answer = fetch(*m_nam, server, u"/secret"_s);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 500);
        QVERIFY(!answer.body.contains("top secret"));
    }

    void answers500ForBrokenTemplateAndKeepsServing_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("errorText");
        QTest::addRow("syntax error") << u"total: {{ 1 + }}"_s << QByteArray("SyntaxError");
        QTest::addRow("unknown name")
            << u"{{ nosuch.thing }}"_s << QByteArray("ReferenceError: nosuch is not defined");
        QTest::addRow("thrown error")
            << u"{{ (function() { throw new Error('boom'); })() }}"_s << QByteArray("Error: boom");
    }

    void answers500ForBrokenTemplateAndKeepsServing()
    {
        QFETCH(QString, body);
        QFETCH(QByteArray, errorText);
        RouteSet set;
        set.add(textRoute(u"broken"_s, u"/broken"_s, body));
        set.add(textRoute(u"fine"_s, u"/fine"_s, u"{{ 6 * 7 }}"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        // Flagged in the log, too.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^route broken body: "_s));
        const Answer broken = fetch(*m_nam, server, u"/broken"_s);
        QVERIFY(broken.finished);
        QCOMPARE(broken.status, 500);
        QVERIFY2(broken.body.contains(errorText), broken.body.constData());
        const std::optional<Exchange> logged = server.journal().takeRequest(0);
        QVERIFY(logged);
        QCOMPARE(logged->status, 500);
        QVERIFY2(logged->error.contains(QString::fromUtf8(errorText)), qPrintable(logged->error));

        const Answer fine = fetch(*m_nam, server, u"/fine"_s);
        QVERIFY(fine.finished);
        QCOMPARE(fine.status, 200);
        QCOMPARE(fine.body, QByteArray("42"));
    }

    void interruptsRunawayTemplate()
    {
        RouteSet set;
        set.add(textRoute(u"spin"_s, u"/spin"_s, u"{{ (function(){ while (true) {} })() }}"_s));
        set.add(textRoute(u"fine"_s, u"/fine"_s, u"{{ 'still ' + 'here' }}"_s));
        MockServer server;
        server.setTemplateTimeout(100);
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        // Twice: the engine must recover from the interruption, not just survive it once.
        for (int round = 0; round < 2; ++round) {
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"^route spin body: template interrupted after 100 ms"_s));
            QElapsedTimer timer;
            timer.start();
            const Answer spin = fetch(*m_nam, server, u"/spin"_s);
            const qint64 elapsed = timer.elapsed();
            QVERIFY(spin.finished);
            QCOMPARE(spin.status, 500);
            QVERIFY2(spin.body.contains("interrupted"), spin.body.constData());
            QVERIFY2(elapsed < 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));

            const Answer fine = fetch(*m_nam, server, u"/fine"_s);
            QVERIFY(fine.finished);
            QCOMPARE(fine.status, 200);
            QCOMPARE(fine.body, QByteArray("still here"));
        }
    }

    void namesNearestRouteIn404()
    {
        RouteSet set;
        set.add(textRoute(u"health"_s, u"/health"_s, u"ok"_s));
        set.add(textRoute(u"list-orders"_s, u"/orders"_s, u"[]"_s));
        set.add(textRoute(u"get-user"_s, u"/users/{id:int}"_s, u"{}"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        const Answer answer = fetch(*m_nam, server, u"/users/abc"_s);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.error, QNetworkReply::ContentNotFoundError);
        const QList<QByteArray> lines = answer.body.split('\n');
        QVERIFY2(lines.size() >= 3, answer.body.constData());
        QCOMPARE(lines.at(0), QByteArray("No route matches GET /users/abc"));
        QCOMPARE(lines.at(1), QByteArray("Nearest routes:"));
        QVERIFY2(lines.at(2).trimmed().startsWith("get-user  GET /users/{id:int}"),
            answer.body.constData());
    }

    void appliesNewRouteSetOnKeptAliveConnection()
    {
        RouteSet before;
        before.add(textRoute(u"x"_s, u"/x"_s, u"before"_s));
        RouteSet after;
        after.add(textRoute(u"x"_s, u"/x"_s, u"after"_s));
        MockServer server;
        server.setRouteSet(before);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        QSignalSpy changed(&server, &MockServer::routeSetChanged);

        QCOMPARE(fetch(*m_nam, server, u"/x"_s).body, QByteArray("before"));
        server.setRouteSet(after);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(server.routeSet(), after);
        QCOMPARE(fetch(*m_nam, server, u"/x"_s).body, QByteArray("after"));

        // Both went over the same connection: it was not dropped to apply the change.
        QCOMPARE(server.journal().count(), 2);
        QCOMPARE(server.journal().at(1).peer, server.journal().at(0).peer);
        QCOMPARE(server.connectionCount(), 1);
    }

    void listensOnExplicitHost_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::addRow("IPv4 loopback") << QHostAddress(QHostAddress::LocalHost);
        QTest::addRow("IPv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6);
    }

    void listensOnExplicitHost()
    {
        QFETCH(QHostAddress, address);
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            QTcpServer probe;
            if (!probe.listen(address, 0)) {
                QSKIP(qPrintable(
                    u"cannot bind %1 here: %2"_s.arg(address.toString(), probe.errorString())));
            }
        }
        RouteSet set;
        set.add(textRoute(u"x"_s, u"/x"_s, u"hello"_s));
        MockServer server;
        server.setRouteSet(set);
        QSignalSpy started(&server, &MockServer::started);
        QVERIFY2(server.listen(address, 0), qPrintable(server.errorString()));

        QVERIFY(server.isListening());
        QCOMPARE(server.host(), address);
        QVERIFY(server.port() != 0);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<quint16>(), server.port());
        const QUrl base = server.baseUrl();
        QCOMPARE(base.scheme(), u"http"_s);
        QCOMPARE(base.host(), address.toString());
        QCOMPARE(base.port(), int(server.port()));
        const Answer answer = fetch(*m_nam, server, u"/x"_s);
        QVERIFY(answer.finished);
        QCOMPARE(answer.body, QByteArray("hello"));
    }

    void failsToListenOnTakenPort()
    {
        MockServer first;
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        MockServer second;
        QSignalSpy error(&second, &MockServer::errorOccurred);

        QVERIFY(!second.listen(QHostAddress::LocalHost, first.port()));
        QVERIFY(!second.isListening());
        QVERIFY(second.baseUrl().isEmpty());
        QVERIFY2(second.errorString().contains(QString::number(first.port())),
            qPrintable(second.errorString()));
        QCOMPARE(error.count(), 1);
        QCOMPARE(error.at(0).at(0).toString(), second.errorString());
        QVERIFY(first.isListening());
    }

    void countsHitsAcrossRouteSetChanges()
    {
        RouteSet set;
        set.add(textRoute(u"items"_s, u"/items"_s, u"v1"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fetch(*m_nam, server, u"/items"_s).status, 200);
        }
        QCOMPARE(fetch(*m_nam, server, u"/nothing"_s).status, 404);
        QCOMPARE(server.hits(u"items"_s), quint64(3));

        // Same id, new body, and a new route ahead of it: the count follows the id.
        RouteSet edited;
        edited.add(textRoute(u"other"_s, u"/other"_s, u"o"_s));
        edited.add(textRoute(u"items"_s, u"/items"_s, u"v2"_s));
        server.setRouteSet(edited);
        QCOMPARE(server.hits(u"items"_s), quint64(3));
        QCOMPARE(server.hits(u"other"_s), quint64(0));

        QCOMPARE(fetch(*m_nam, server, u"/items"_s).body, QByteArray("v2"));
        QCOMPARE(server.hits(u"items"_s), quint64(4));
        QCOMPARE(server.hits(u"other"_s), quint64(0));
        QCOMPARE(server.hits(u"unknown"_s), quint64(0));
    }

    void stopDropsOpenConnections()
    {
        RouteSet set;
        set.add(textRoute(u"x"_s, u"/x"_s, u"hello"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        const quint16 port = server.port();

        QTcpSocket client;
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
        QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, port);
        client.write("GET /x HTTP/1.1\r\nHost: test\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("hello"), WaitMs);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(disconnected.count(), 0);

        QSignalSpy stopped(&server, &MockServer::stopped);
        server.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!server.isListening());
        QVERIFY(server.baseUrl().isEmpty());
        QCOMPARE(server.connectionCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, WaitMs);

        // Nobody accepts on the port any more.
        QTcpSocket late;
        QSignalSpy lateError(&late, &QTcpSocket::errorOccurred);
        late.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(lateError.count(), 1, WaitMs);
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void recordsEveryExchangeInJournal()
    {
        RouteSet set;
        set.add(Route::post(u"/items"_s)
                    .withId(u"create-item"_s)
                    .respondJson(201, QJsonObject { { u"id"_s, 1 } }));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        QSignalSpy recorded(&server.journal(), &Journal::exchangeRecorded);

        const Answer created = fetch(*m_nam, urlOf(server, u"/items?tag=new"_s), "POST",
            R"({"name":"pen"})", { { "Content-Type", "application/json" }, { "X-Trace", "abc" } });
        QVERIFY(created.finished);
        QCOMPARE(created.status, 201);
        const Answer missing = fetch(*m_nam, server, u"/missing"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(recorded.count(), 2);

        const std::optional<Exchange> first = server.journal().takeRequest(0);
        QVERIFY(first);
        QCOMPARE(first->method, QByteArray("POST"));
        QCOMPARE(first->path, u"/items"_s);
        QCOMPARE(first->target, QByteArray("/items?tag=new"));
        QCOMPARE(first->routeId, u"create-item"_s);
        QVERIFY(first->matched());
        QCOMPARE(first->status, 201);
        QCOMPARE(first->requestHeader("x-trace"), QByteArray("abc"));
        QCOMPARE(first->requestHeader("content-type"), QByteArray("application/json"));
        QCOMPARE(first->requestBody, QByteArray(R"({"name":"pen"})"));
        QCOMPARE(first->responseBody, QByteArray(R"({"id":1})"));
        QVERIFY(first->error.isEmpty());

        const std::optional<Exchange> second = server.journal().takeRequest(0);
        QVERIFY(second);
        QCOMPARE(second->method, QByteArray("GET"));
        QCOMPARE(second->path, u"/missing"_s);
        QVERIFY(!second->matched());
        QVERIFY(second->routeId.isEmpty());
        QCOMPARE(second->status, 404);
        QVERIFY(second->requestBody.isEmpty());
        QVERIFY(second->id > first->id);
        QVERIFY(!server.journal().takeRequest(0));
    }

    void servesRoutesBuiltInCodeWithGeneratedIds()
    {
        RouteSet set;
        set.add(Route::on(u"get"_s, u"/a"_s).respond(200, u"a"_s))
            .add(Route::get(u"/b"_s).withId(u"route-3"_s).respond(200, u"b"_s))
            .add(Route::get(u"/c"_s).respond(200, u"c"_s));
        QCOMPARE(set.routes.at(0).id, u"route-1"_s);
        QCOMPARE(set.routes.at(0).method, u"GET"_s);
        QCOMPARE(set.routes.at(2).id, u"route-3-2"_s);

        MockServer server;
        server.setRouteSet(set);
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        QNetworkReply *reply =
            network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(u"/a"_s))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->readAll(), QByteArray("a"));
        reply->deleteLater();
        QCOMPARE(server.hits(u"route-1"_s), quint64(1));
        QCOMPARE(server.hits(u"route-3-2"_s), quint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_MockServer)
#include "tst_mockserver.moc"
