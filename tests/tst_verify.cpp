// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The verification helpers a client test uses on what the mock received: request patterns,
// count / at least / at most / never / order, the failure messages a developer reads, and the
// QtTest macros over a Journal, a MockServer, a MockProcess and a list of exchanges.
#include "admin/AdminApi.h"
#include "journal/Journal.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"
#include "testkit/QtTestVerify.h"
#include "testkit/Verify.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(MockBench::RequestPattern)

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

/// An exchange as the journal would record it; an empty @p routeId means no route matched.
Exchange exchange(const QByteArray &method, const QByteArray &target, int status,
    const QString &routeId = {}, const RawHeaders &headers = {}, const QByteArray &body = {})
{
    Exchange e;
    e.method = method;
    e.target = target;
    e.path = QString::fromUtf8(
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    e.status = status;
    e.routeId = routeId;
    e.routeIndex = routeId.isEmpty() ? -1 : 0;
    e.requestHeaders = headers;
    e.requestBody = body;
    e.requestBodySize = body.size();
    return e;
}

QList<Exchange> fooTraffic()
{
    return {
        exchange("GET", "/1.1/foo/4", 200, u"get-foo"_s),
        exchange("POST", "/1.1/foo", 404),
        exchange("GET", "/1.1/bar", 200, u"get-bar"_s),
    };
}

QList<Exchange> loginTraffic()
{
    return {
        exchange("POST", "/logout", 204, u"logout"_s),
        exchange("POST", "/login", 200, u"login"_s),
        exchange("GET", "/items?page=1", 200, u"items"_s),
    };
}

/// GETs every URL of @p urls at once (the manager's parallel connections) and waits up to
/// 30 s for all answers; how many were answered at all.
int getAll(QNetworkAccessManager &network, const QList<QUrl> &urls)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    int answered = 0;
    int pending = int(urls.size());
    for (const QUrl &url : urls) {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            answered += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            reply->deleteLater();
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    timeout.start(30000);
    if (pending > 0) {
        loop.exec();
    }
    return answered;
}

} // namespace

class tst_Verify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countPassesOnExactNumber()
    {
        const QList<Exchange> received = fooTraffic();
        const VerifyResult result = verifyCount(received, RequestPattern::get(u"/1.1/foo/4"_s), 1);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QVERIFY(bool(result));
        QVERIFY(verifyCount(received, RequestPattern::any(), 3).ok);
        QVERIFY(!verifyCount(received, RequestPattern::any(), 2).ok);
    }

    void countFailureListsWhatArrivedAndTheClosest()
    {
        const VerifyResult result =
            verifyCount(fooTraffic(), RequestPattern::get(u"/1.1/foo/3"_s), 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
            u"expected 1 request GET /1.1/foo/3, got 0.\n"
            "Received 3 requests:\n"
            "  1. GET /1.1/foo/4 → 200 (get-foo)\n"
            "  2. POST /1.1/foo → 404 (no route)\n"
            "  3. GET /1.1/bar → 200 (get-bar)\n"
            "Closest: GET /1.1/foo/4 (path differs: /1.1/foo/4 vs /1.1/foo/3)"_s);
    }

    void countFailureMarksTheMatchesWhenTooMany()
    {
        QList<Exchange> received = fooTraffic();
        received.append(exchange("GET", "/1.1/foo/4?x=1", 200, u"get-foo"_s));
        const VerifyResult result = verifyCount(received, RequestPattern::get(u"/1.1/foo/4"_s), 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
            u"expected 1 request GET /1.1/foo/4, got 2.\n"
            "Received 4 requests:\n"
            "  1. GET /1.1/foo/4 → 200 (get-foo)  ← matches\n"
            "  2. POST /1.1/foo → 404 (no route)\n"
            "  3. GET /1.1/bar → 200 (get-bar)\n"
            "  4. GET /1.1/foo/4?x=1 → 200 (get-foo)  ← matches"_s);
    }

    void countFailureOnEmptyJournalSaysSo()
    {
        const VerifyResult result =
            verifyCount(QList<Exchange>(), RequestPattern::post(u"/items"_s), 2);
        QCOMPARE(
            result.message, u"expected 2 requests POST /items, got 0.\nReceived no requests."_s);
    }

    void atLeastAndAtMost()
    {
        const QList<Exchange> received = fooTraffic();
        const RequestPattern anyGet = RequestPattern::get(u"*"_s);
        QVERIFY(verifyAtLeast(received, anyGet, 2).ok);
        QVERIFY(verifyAtLeast(received, anyGet, 0).ok);
        QVERIFY(verifyAtMost(received, anyGet, 2).ok);
        QVERIFY(verifyAtMost(received, anyGet, 5).ok);

        const VerifyResult tooFew = verifyAtLeast(received, anyGet, 3);
        QVERIFY(!tooFew.ok);
        QVERIFY2(tooFew.message.startsWith(u"expected at least 3 requests GET *, got 2.\n"_s),
            qPrintable(tooFew.message));
        QVERIFY2(tooFew.message.contains(u"Closest: POST /1.1/foo (method differs: POST vs GET)"_s),
            qPrintable(tooFew.message));

        const VerifyResult tooMany = verifyAtMost(received, anyGet, 1);
        QVERIFY(!tooMany.ok);
        QVERIFY2(tooMany.message.startsWith(u"expected at most 1 request GET *, got 2.\n"_s),
            qPrintable(tooMany.message));
        QVERIFY(tooMany.message.contains(u"  3. GET /1.1/bar → 200 (get-bar)  ← matches"_s));
    }

    void neverPassesAndNamesTheOffenders()
    {
        const QList<Exchange> received = {
            exchange("GET", "/items/1", 200, u"item"_s),
            exchange("DELETE", "/items/2", 204, u"delete-item"_s),
        };
        QVERIFY(verifyNever(received, RequestPattern::del(u"/users/*"_s)).ok);

        const VerifyResult result = verifyNever(received, RequestPattern::del(u"/items/*"_s));
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
            u"expected no request DELETE /items/*, got 1.\n"
            "Received 2 requests:\n"
            "  1. GET /items/1 → 200 (item)\n"
            "  2. DELETE /items/2 → 204 (delete-item)  ← matches"_s);
    }

    void failureListsAtMostTwentyRequests()
    {
        QList<Exchange> received;
        for (int i = 1; i <= 25; ++i) {
            received.append(exchange("GET", "/n/" + QByteArray::number(i), 200, u"n"_s));
        }
        const VerifyResult result = verifyCount(received, RequestPattern::get(u"/n/99"_s), 1);
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(u"Received 25 requests:\n"_s));
        QVERIFY(result.message.contains(u"\n  20. GET /n/20 → 200 (n)\n  …and 5 more\n"_s));
        QVERIFY(!result.message.contains(u"21. "_s));
        // Closest looks at every request, not only the listed ones.
        QVERIFY2(result.message.endsWith(u"Closest: GET /n/9 (path differs: /n/9 vs /n/99)"_s),
            qPrintable(result.message));
    }

    void describesChaosFaultsAndDelays()
    {
        Exchange e = exchange("GET", "/slow", 503, u"slow"_s);
        e.errorInjected = true;
        e.delayMs = 120;
        QCOMPARE(describeExchange(e), u"GET /slow → 503 (slow, chaos error, +120 ms)"_s);
        Exchange reset = exchange("GET", "/gone", 0, u"gone"_s);
        reset.fault = u"connection-reset"_s;
        QCOMPARE(
            describeExchange(reset), u"GET /gone → no status (gone, fault connection-reset)"_s);
    }

    void patternMatches_data()
    {
        QTest::addColumn<RequestPattern>("pattern");
        QTest::addColumn<Exchange>("received");
        QTest::addColumn<QString>("mismatch"); // empty: matches

        const RawHeaders jsonHeaders { { "content-type", "application/json" }, { "X-Key", "abc" } };
        const QByteArray user = "{\"user\":{\"name\":\"bob\",\"roles\":[\"a\",\"b\"]},\"count\":1}";
        const Exchange posted =
            exchange("POST", "/users?page=2&sort=name", 201, u"create"_s, jsonHeaders, user);

        QTest::addRow("any method, any path") << RequestPattern::any() << posted << QString();
        QTest::addRow("star method")
            << RequestPattern::on(u"*"_s, u"/users"_s) << posted << QString();
        QTest::addRow("method is case-insensitive")
            << RequestPattern::on(u"post"_s, u"/users"_s) << posted << QString();
        QTest::addRow("method differs")
            << RequestPattern::put(u"/users"_s) << posted << u"method differs: POST vs PUT"_s;
        QTest::addRow("query is not part of the path") << RequestPattern::post(
            u"/users?page=2"_s) << posted << u"path differs: /users vs /users?page=2"_s;
        QTest::addRow("prefix path") << RequestPattern::post(u"/us*"_s) << posted << QString();
        QTest::addRow("prefix path differs") << RequestPattern::post(u"/items/*"_s) << posted
                                             << u"path differs: /users vs /items/*"_s;
        QTest::addRow("header, name case-insensitive")
            << RequestPattern::post(u"/users"_s)
                   .withHeader(u"Content-Type"_s, u"application/json"_s)
            << posted << QString();
        QTest::addRow("header present")
            << RequestPattern::any().withHeader(u"x-key"_s) << posted << QString();
        QTest::addRow("header missing") << RequestPattern::any().withHeader(u"Authorization"_s)
                                        << posted << u"header Authorization missing"_s;
        QTest::addRow("header differs") << RequestPattern::any().withHeader(u"X-Key"_s, u"xyz"_s)
                                        << posted << u"header X-Key differs: \"abc\" vs \"xyz\""_s;
        QTest::addRow("query item")
            << RequestPattern::any().withQuery(u"page"_s, u"2"_s) << posted << QString();
        QTest::addRow("query item differs") << RequestPattern::any().withQuery(
            u"page"_s, u"3"_s) << posted << u"query item page differs: \"2\" vs \"3\""_s;
        QTest::addRow("query item missing") << RequestPattern::any().withQuery(u"q"_s, u"x"_s)
                                            << posted << u"query item q missing"_s;
        QTest::addRow("body contains")
            << RequestPattern::any().withBodyContaining(u"\"bob\""_s) << posted << QString();
        QTest::addRow("body does not contain") << RequestPattern::any().withBodyContaining(
            u"alice"_s) << posted << u"body does not contain \"alice\""_s;
        QTest::addRow("JSON subset") << RequestPattern::any().withJsonBody(
            QJsonObject { { u"user"_s, QJsonObject { { u"name"_s, u"bob"_s } } } })
                                     << posted << QString();
        QTest::addRow("JSON number 1 equals 1.0")
            << RequestPattern::any().withJsonBody(QJsonObject { { u"count"_s, 1.0 } }) << posted
            << QString();
        QTest::addRow("JSON array elements") << RequestPattern::any().withJsonBody(QJsonObject {
            { u"user"_s, QJsonObject { { u"roles"_s, QJsonArray { u"a"_s, u"b"_s } } } } })
                                             << posted << QString();
        QTest::addRow("JSON value differs")
            << RequestPattern::any().withJsonBody(
                   QJsonObject { { u"user"_s, QJsonObject { { u"name"_s, u"alice"_s } } } })
            << posted << u"JSON body differs at user.name: \"bob\" vs \"alice\""_s;
        QTest::addRow("JSON key missing")
            << RequestPattern::any().withJsonBody(QJsonObject { { u"email"_s, u"b@x"_s } })
            << posted << u"JSON body lacks email (expected \"b@x\")"_s;
        QTest::addRow("JSON array element differs")
            << RequestPattern::any().withJsonBody(QJsonObject {
                   { u"user"_s, QJsonObject { { u"roles"_s, QJsonArray { u"a"_s, u"c"_s } } } } })
            << posted << u"JSON body at user.roles has no element containing \"c\""_s;
        // As in a route's "json" condition: listed items, in any order, among the body's.
        QTest::addRow("JSON array subset in any order") << RequestPattern::any().withJsonBody(
            QJsonObject { { u"user"_s, QJsonObject { { u"roles"_s, QJsonArray { u"b"_s } } } } })
                                                        << posted << QString();
        QTest::addRow("body is not JSON") << RequestPattern::any().withJsonBody(QJsonObject {})
                                          << exchange("POST", "/x", 200, {}, {}, "name=bob")
                                          << u"body is not JSON (illegal value)"_s;
        QTest::addRow("several mismatches")
            << RequestPattern::get(u"/users/1"_s).withHeader(u"X-Key"_s, u"abc"_s)
            << exchange("POST", "/users", 200)
            << u"method differs: POST vs GET; path differs: /users vs /users/1; "
               "header X-Key missing"_s;
    }

    void patternMatches()
    {
        QFETCH(RequestPattern, pattern);
        QFETCH(Exchange, received);
        QFETCH(QString, mismatch);

        QCOMPARE(pattern.mismatches(received).join(u"; "_s), mismatch);
        QCOMPARE(pattern.matches(received), mismatch.isEmpty());
    }

    void patternReadsAsWritten()
    {
        QCOMPARE(RequestPattern::any().toString(), u"any request"_s);
        QCOMPARE(RequestPattern::on(u"*"_s, u"/a/*"_s).toString(), u"ANY /a/*"_s);
        QCOMPARE(RequestPattern::on(u"get"_s, {}).toString(), u"GET *"_s);
        QCOMPARE(RequestPattern::post(u"/items"_s)
                     .withHeader(u"X-Key"_s, u"abc"_s)
                     .withHeader(u"Authorization"_s)
                     .withQuery(u"page"_s, u"2"_s)
                     .withBodyContaining(u"hi"_s)
                     .withJsonBody(QJsonObject { { u"n"_s, 1 } })
                     .toString(),
            u"POST /items with header X-Key: abc and header Authorization and query page=2 and "
            "body containing \"hi\" and JSON body containing {\"n\":1}"_s);
        QCOMPARE(RequestPattern::get(u"/a"_s), RequestPattern::on(u"GET"_s, u"/a"_s));
        QVERIFY(RequestPattern::get(u"/a"_s) != RequestPattern::get(u"/b"_s));
    }

    void orderPassesWithOtherRequestsBetween()
    {
        const QList<Exchange> received = loginTraffic();
        QVERIFY(verifyOrder(received, {}).ok);
        QVERIFY(verifyOrder(
            received, { RequestPattern::post(u"/logout"_s), RequestPattern::get(u"/items"_s) })
                    .ok);
        const VerifyResult result = verifyOrder(
            received, { RequestPattern::post(u"/login"_s), RequestPattern::get(u"/items"_s) });
        QVERIFY2(result.ok, qPrintable(result.message));
    }

    void orderFailureSaysWhatCameTooEarly()
    {
        const VerifyResult result = verifyOrder(loginTraffic(),
            { RequestPattern::post(u"/login"_s), RequestPattern::get(u"/items"_s),
                RequestPattern::post(u"/logout"_s) });
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
            u"expected requests in this order:\n"
            "  1. POST /login\n"
            "  2. GET /items\n"
            "  3. POST /logout\n"
            "but found 1. as request 2, 2. as request 3, then nothing matching 3. POST /logout "
            "after request 3 (request 1 matches it, but came earlier).\n"
            "Received 3 requests:\n"
            "  1. POST /logout → 204 (logout)\n"
            "  2. POST /login → 200 (login)\n"
            "  3. GET /items?page=1 → 200 (items)"_s);
    }

    void orderFailureWhenTheFirstNeverCame()
    {
        const VerifyResult result = verifyOrder(loginTraffic(),
            { RequestPattern::post(u"/log-in"_s), RequestPattern::get(u"/items"_s) });
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(u"expected requests in this order:\n"
                                           "  1. POST /log-in\n"
                                           "  2. GET /items\n"
                                           "but nothing matching 1. POST /log-in arrived.\n"
                                           "Received 3 requests:\n"_s),
            qPrintable(result.message));
        QVERIFY2(
            result.message.endsWith(u"\nClosest: POST /login (path differs: /login vs /log-in)"_s),
            qPrintable(result.message));
    }

    void journalOverloadsReadTheKeptExchanges()
    {
        Journal journal;
        for (const Exchange &e : loginTraffic()) {
            journal.record(e);
        }
        QVERIFY(verifyCount(journal, RequestPattern::on(u"POST"_s, u"/log*"_s), 2).ok);
        QVERIFY(verifyAtLeast(journal, RequestPattern::get(u"/items"_s), 1).ok);
        QVERIFY(verifyAtMost(journal, RequestPattern::get(u"/items"_s), 1).ok);
        QVERIFY(verifyNever(journal, RequestPattern::del(u"*"_s)).ok);
        QVERIFY(verifyOrder(
            journal, { RequestPattern::post(u"/login"_s), RequestPattern::get(u"/items"_s) })
                    .ok);
        QVERIFY(!verifyCount(journal, RequestPattern::any(), 4).ok);
        QCOMPARE(matching(journal.exchanges(), RequestPattern::post(u"*"_s)).size(), 2);
    }

    void macrosPassOnAJournal()
    {
        Journal journal;
        for (const Exchange &e : loginTraffic()) {
            journal.record(e);
        }
        MOCKBENCH_VERIFY_COUNT(journal, RequestPattern::post(u"/login"_s), 1);
        MOCKBENCH_VERIFY_AT_LEAST(journal, RequestPattern::any(), 3);
        MOCKBENCH_VERIFY_AT_MOST(journal, RequestPattern::get(u"*"_s), 1);
        MOCKBENCH_VERIFY_NEVER(journal, RequestPattern::del(u"*"_s));
        MOCKBENCH_VERIFY_ORDER(
            journal, RequestPattern::post(u"/login"_s), RequestPattern::get(u"/items"_s));
        MOCKBENCH_VERIFY_COUNT(loginTraffic(), RequestPattern::any(), 3);
    }

    void macrosFailAndContinueUnderExpectFail()
    {
        Journal journal;
        journal.record(exchange("GET", "/a", 200, u"a"_s));
        bool reached = false;
        QEXPECT_FAIL("", "proves MOCKBENCH_VERIFY_COUNT fails", Continue);
        MOCKBENCH_VERIFY_COUNT(journal, RequestPattern::get(u"/b"_s), 1);
        QEXPECT_FAIL("", "proves MOCKBENCH_VERIFY_AT_LEAST fails", Continue);
        MOCKBENCH_VERIFY_AT_LEAST(journal, RequestPattern::get(u"/a"_s), 2);
        QEXPECT_FAIL("", "proves MOCKBENCH_VERIFY_AT_MOST fails", Continue);
        MOCKBENCH_VERIFY_AT_MOST(journal, RequestPattern::get(u"/a"_s), 0);
        QEXPECT_FAIL("", "proves MOCKBENCH_VERIFY_NEVER fails", Continue);
        MOCKBENCH_VERIFY_NEVER(journal, RequestPattern::any());
        QEXPECT_FAIL("", "proves MOCKBENCH_VERIFY_ORDER fails", Continue);
        MOCKBENCH_VERIFY_ORDER(journal, RequestPattern::get(u"/b"_s), RequestPattern::get(u"/a"_s));
        reached = true;
        QVERIFY(reached);
    }

    void macroReturnsOnFailureLikeQVerify()
    {
        Journal journal;
        QEXPECT_FAIL("", "proves a failing macro leaves the test function", Abort);
        MOCKBENCH_VERIFY_COUNT(journal, RequestPattern::any(), 1);
        QFAIL("not reached: the macro returns on failure");
    }

    void macrosReadAMockServer()
    {
        RouteSet routes;
        routes.add(Route::get(u"/items/{id:int}"_s).withId(u"item"_s).respond(200, u"ok"_s));
        MockServer server;
        server.setRouteSet(routes);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        QNetworkAccessManager network;
        for (const QString &path : { u"/items/1"_s, u"/items/2"_s, u"/nothing"_s }) {
            QNetworkReply *reply =
                network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(path))));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            reply->deleteLater();
        }
        MOCKBENCH_VERIFY_COUNT(server, RequestPattern::get(u"/items/*"_s), 2);
        MOCKBENCH_VERIFY_ORDER(server.journal(), RequestPattern::get(u"/items/2"_s),
            RequestPattern::get(u"/nothing"_s));
        const VerifyResult result =
            verifyCount(server.journal(), RequestPattern::get(u"/items/3"_s), 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"  3. GET /nothing → 404 (no route)"_s),
            qPrintable(result.message));
        QVERIFY2(result.message.endsWith(
                     u"Closest: GET /items/1 (path differs: /items/1 vs /items/3)"_s),
            qPrintable(result.message));
    }

    void macrosReadEveryPageOfAMockProcess()
    {
        MockProcess mock;
        QVERIFY2(mock.start(), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        const auto at = [&mock](const QString &path) {
            QUrl url = mock.baseUrl();
            url.setPath(path);
            return url;
        };
        // A first and a last request around more than the largest page of the listing.
        QCOMPARE(getAll(network, { at(u"/first"_s) }), 1);
        const int batch = AdminApi::MaxPageSize + 50;
        QList<QUrl> urls;
        for (int i = 1; i <= batch; ++i) {
            urls.append(at(u"/batch/%1"_s.arg(i)));
        }
        QCOMPARE(getAll(network, urls), batch);
        QCOMPARE(getAll(network, { at(u"/last"_s) }), 1);

        MOCKBENCH_VERIFY_COUNT(mock, RequestPattern::get(u"/batch/*"_s), batch);
        MOCKBENCH_VERIFY_COUNT(mock, RequestPattern::any(), batch + 2);
        MOCKBENCH_VERIFY_ORDER(mock, RequestPattern::get(u"/first"_s),
            RequestPattern::get(u"/batch/*"_s), RequestPattern::get(u"/last"_s));
        MOCKBENCH_VERIFY_NEVER(mock, RequestPattern::get(u"/batch/%1"_s.arg(batch + 1)));
        const std::optional<QList<Exchange>> received = mock.receivedExchanges();
        QVERIFY2(received, qPrintable(mock.errorString()));
        QVERIFY(verifyCount(*received, RequestPattern::get(u"/first"_s), 1).ok);
        QCOMPARE(received->first().path, u"/first"_s);
        QCOMPARE(received->last().path, u"/last"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Verify)
#include "tst_verify.moc"
