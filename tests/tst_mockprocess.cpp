// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MockProcess's admin API client against the real mockbench binary: routes and chaos changed
// while the process runs, the journal read back (filters, clear, reset), the Verify macros on
// the process, and the admin token.
#include "admin/AdminApi.h"
#include "journal/ExchangeJson.h"
#include "model/RouteSet.h"
#include "testkit/MockProcess.h"
#include "testkit/QtTestVerify.h"
#include "testkit/Verify.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

struct Answer
{
    int status = 0; ///< 0: no HTTP answer within the timeout
    QByteArray body;
};

/// One request through @p network (the test's only manager, which outlives its replies).
Answer send(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {}, const RawHeaders &headers = {})
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply =
        verb == "GET" ? network.get(request) : network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(5000);
    }
    Answer answer;
    if (reply->isFinished()) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return answer;
}

const RawHeaders acceptJson { { "Accept", "application/json" } };

/// GETs every URL of @p urls at once (the manager's parallel connections) and waits up to
/// 30 s for all answers; how many were answered at all.
int getAll(QNetworkAccessManager &network, const QList<QUrl> &urls, const RawHeaders &headers)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    int answered = 0;
    int pending = int(urls.size());
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = network.get(request);
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

class tst_MockProcess : public QObject
{
    Q_OBJECT

private:
    static QString fooFile() { return QFINDTESTDATA("data/foo.mockbench.json"); }
    static QUrl url(const MockProcess &mock, const QString &path)
    {
        QUrl result = mock.baseUrl();
        result.setPath(path);
        return result;
    }

private Q_SLOTS:
    void startsAndAnswersHealth()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QVERIFY2(mock.isHealthy(), qPrintable(mock.errorString()));
        const std::optional<QJsonObject> health = mock.health();
        QVERIFY(health);
        QCOMPARE(health->value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(health->value(u"routes"_s).toInt(), 2);
        QVERIFY(health->value(u"listening"_s)
                    .toString()
                    .endsWith(u":"_s + QString::number(mock.port())));
        QCOMPARE(mock.adminUrl(u"health"_s).path(), u"/__mockbench/health"_s);
    }

    void addedRouteAnswersAtOnce()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        QCOMPARE(send(network, "GET", url(mock, u"/hello"_s)).status, 404);

        QString id;
        QVERIFY2(
            mock.addRoute(Route::get(u"/hello"_s).withId(u"hello"_s).respond(200, u"hi"_s), &id),
            qPrintable(mock.errorString()));
        QCOMPARE(id, u"hello"_s);
        const Answer answer = send(network, "GET", url(mock, u"/hello"_s));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, "hi");

        QString assigned;
        QVERIFY2(mock.addRoute(Route::post(u"/things"_s).respond(201), &assigned),
            qPrintable(mock.errorString()));
        QVERIFY(!assigned.isEmpty());
        QCOMPARE(send(network, "POST", url(mock, u"/things"_s), "{}").status, 201);
        const std::optional<RouteSet> routes = mock.routes();
        QVERIFY2(routes, qPrintable(mock.errorString()));
        QCOMPARE(routes->routes.size(), 4);
        QCOMPARE(routes->routes.at(3).id, assigned);

        QVERIFY(!mock.addRoute(Route::get(u"/again"_s).withId(u"hello"_s).respond(200)));
        QVERIFY2(mock.errorString().contains(u"POST /__mockbench/routes: HTTP 409"_s),
            qPrintable(mock.errorString()));
    }

    void removedRouteAnswers404()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        QVERIFY2(mock.addRoute(Route::get(u"/bye"_s).withId(u"bye"_s).respond(200, u"bye"_s)),
            qPrintable(mock.errorString()));
        QCOMPARE(send(network, "GET", url(mock, u"/bye"_s)).status, 200);

        QVERIFY2(mock.removeRoute(u"bye"_s), qPrintable(mock.errorString()));
        QCOMPARE(send(network, "GET", url(mock, u"/bye"_s)).status, 404);

        QVERIFY(!mock.removeRoute(u"nope"_s));
        QVERIFY2(mock.errorString().contains(u"DELETE /__mockbench/routes/nope: HTTP 404"_s),
            qPrintable(mock.errorString()));
        QVERIFY2(mock.errorString().contains(u"no route with id \"nope\""_s),
            qPrintable(mock.errorString()));
    }

    void replaceRoutesServesOnlyTheNewSet()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 200);

        RouteSet replacement;
        replacement.name = u"Replacement"_s;
        replacement.add(Route::get(u"/only"_s).withId(u"only"_s).respond(200, u"only"_s));
        QVERIFY2(mock.replaceRoutes(replacement), qPrintable(mock.errorString()));

        QCOMPARE(send(network, "GET", url(mock, u"/only"_s)).body, "only");
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 404);
        const std::optional<RouteSet> routes = mock.routes();
        QVERIFY2(routes, qPrintable(mock.errorString()));
        QCOMPARE(routes->name, u"Replacement"_s);
        QCOMPARE(routes->routes.size(), 1);
        QCOMPARE(routes->routes.first().id, u"only"_s);
    }

    void invalidRouteIsRefusedWithTheServersReasons()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QVERIFY(!mock.addRoute(Route::get(u"/bad"_s).respond(42)));
        QVERIFY2(mock.errorString().startsWith(u"POST /__mockbench/routes: HTTP 400"_s),
            qPrintable(mock.errorString()));
        QVERIFY2(mock.errorString().contains(u"100..999"_s), qPrintable(mock.errorString()));
    }

    void chaosErrorRateOneAnswers503UntilReplaced()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;

        Chaos broken;
        broken.errorRate = 1.0;
        broken.seed = 7;
        QVERIFY2(mock.setChaos(broken), qPrintable(mock.errorString()));
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 503);
        std::optional<Chaos> served = mock.chaos();
        QVERIFY2(served, qPrintable(mock.errorString()));
        QCOMPARE(served->errorRate, std::optional<double>(1.0));
        QCOMPARE(served->seed, std::optional<quint64>(7));
        // Admin calls are never touched by chaos.
        QVERIFY2(mock.isHealthy(), qPrintable(mock.errorString()));

        // Replacing, not merging: what the new Chaos leaves unset is gone.
        Chaos slowOnly;
        slowOnly.latency = Latency::fixed(1);
        QVERIFY2(mock.setChaos(slowOnly), qPrintable(mock.errorString()));
        served = mock.chaos();
        QVERIFY2(served, qPrintable(mock.errorString()));
        QCOMPARE(*served, slowOnly);
        const Answer answer = send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson);
        QCOMPARE(answer.status, 200);
        QCOMPARE(QJsonDocument::fromJson(answer.body)
                     .object()
                     .value(u"important_datastructure"_s)
                     .toInt(),
            6);

        QVERIFY2(mock.setChaos(Chaos()), qPrintable(mock.errorString()));
        served = mock.chaos();
        QVERIFY2(served, qPrintable(mock.errorString()));
        QVERIFY(served->isEmpty());
    }

    void requestsAndCountFilterTheJournal()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        QCOMPARE(mock.requestCount(), 0);
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 200);
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/4"_s), {}, acceptJson).status, 200);
        QCOMPARE(send(network, "POST", url(mock, u"/1.1/foo"_s), "{}").status, 404);
        QCOMPARE(send(network, "GET", url(mock, u"/other"_s)).status, 404);

        QCOMPARE(mock.requestCount(), 4);
        QCOMPARE(mock.requestCount(u"GET"_s), 3);
        QCOMPARE(mock.requestCount(u"get"_s, u"/1.1/foo/3"_s), 1);
        QCOMPARE(mock.requestCount(u"*"_s, u"/1.1/foo*"_s), 3);
        QCOMPARE(mock.requestCount(u"DELETE"_s), 0);

        const std::optional<QList<QJsonObject>> all = mock.requests();
        QVERIFY2(all, qPrintable(mock.errorString()));
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().value(u"path"_s).toString(), u"/1.1/foo/3"_s);
        QCOMPARE(all->first().value(u"routeId"_s).toString(), u"get-foo"_s);
        QCOMPARE(all->at(2).value(u"method"_s).toString(), u"POST"_s);
        QVERIFY(all->at(2).value(u"routeId"_s).isNull());

        const std::optional<QList<QJsonObject>> newestGet = mock.requests(u"GET"_s, {}, 1);
        QVERIFY2(newestGet, qPrintable(mock.errorString()));
        QCOMPARE(newestGet->size(), 1);
        QCOMPARE(newestGet->first().value(u"path"_s).toString(), u"/other"_s);

        const std::optional<QList<QJsonObject>> foos = mock.requests({}, u"/1.1/foo/*"_s);
        QVERIFY2(foos, qPrintable(mock.errorString()));
        QCOMPARE(foos->size(), 2);
    }

    void requestsReadEveryPageOfALongJournal()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        // One body larger than the listing shows by default, then more GETs than the largest
        // page holds.
        const QByteArray large(10000, 'b');
        QCOMPARE(send(network, "POST", url(mock, u"/1.1/foo"_s), large).status, 404);
        const int gets = AdminApi::MaxPageSize + 150;
        QList<QUrl> urls;
        for (int i = 1; i <= gets; ++i) {
            urls.append(url(mock, u"/1.1/foo/%1"_s.arg(i)));
        }
        QCOMPARE(getAll(network, urls, acceptJson), gets);
        QCOMPARE(mock.requestCount(), gets + 1);

        // The server answers a page at a time, so one GET requests is not the journal.
        const Answer firstPage = send(network, "GET", mock.adminUrl(u"requests"_s));
        QCOMPARE(firstPage.status, 200);
        const QJsonObject firstObject = QJsonDocument::fromJson(firstPage.body).object();
        QCOMPARE(firstObject.value(u"requests"_s).toArray().size(), AdminApi::DefaultPageSize);
        QCOMPARE(firstObject.value(u"next"_s).toInt(), AdminApi::DefaultPageSize);

        const std::optional<QList<QJsonObject>> all = mock.requests();
        QVERIFY2(all, qPrintable(mock.errorString()));
        QCOMPARE(all->size(), gets + 1);
        QSet<QString> paths;
        for (qsizetype i = 0; i < all->size(); ++i) {
            QCOMPARE(all->at(i).value(u"id"_s).toInt(), int(i) + 1); // oldest first, no gap
            paths.insert(all->at(i).value(u"path"_s).toString());
        }
        QCOMPARE(paths.size(), gets + 1);
        QCOMPARE(all->first().value(u"requestBody"_s).toString().toLatin1(), large);
        QCOMPARE(all->first().value(u"requestBodyTruncated"_s).toBool(true), false);

        const std::optional<QList<QJsonObject>> newest = mock.requests({}, {}, gets);
        QVERIFY2(newest, qPrintable(mock.errorString()));
        QCOMPARE(newest->size(), gets);
        QCOMPARE(newest->first().value(u"id"_s).toInt(), 2);
        QCOMPARE(newest->last().value(u"id"_s).toInt(), gets + 1);

        const std::optional<QList<QJsonObject>> filtered = mock.requests(u"GET"_s, u"/1.1/foo/*"_s);
        QVERIFY2(filtered, qPrintable(mock.errorString()));
        QCOMPARE(filtered->size(), gets);

        const std::optional<QList<Exchange>> received = mock.receivedExchanges();
        QVERIFY2(received, qPrintable(mock.errorString()));
        QCOMPARE(received->size(), gets + 1);
        QCOMPARE(received->first().requestBody, large);
        QCOMPARE(received->last().id, quint64(gets + 1));
    }

    void clearRequestsEmptiesTheJournal()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson);
        send(network, "GET", url(mock, u"/1.1/foo/5"_s), {}, acceptJson);
        QCOMPARE(mock.requestCount(), 2);

        QVERIFY2(mock.clearRequests(), qPrintable(mock.errorString()));
        QCOMPARE(mock.requestCount(), 0);
        QCOMPARE(mock.requests()->size(), 0);
        send(network, "GET", url(mock, u"/1.1/foo/6"_s), {}, acceptJson);
        QCOMPARE(mock.requestCount(), 1);
    }

    void resetRestoresWhatTheProcessStartedWith()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        QVERIFY2(mock.addRoute(Route::get(u"/extra"_s).withId(u"extra"_s).respond(200)),
            qPrintable(mock.errorString()));
        Chaos broken;
        broken.errorRate = 1.0;
        QVERIFY2(mock.setChaos(broken), qPrintable(mock.errorString()));
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 503);
        QCOMPARE(mock.requestCount(), 1);

        QVERIFY2(mock.reset(), qPrintable(mock.errorString()));
        QCOMPARE(mock.requestCount(), 0);
        QVERIFY(mock.chaos()->isEmpty());
        QCOMPARE(mock.routes()->routes.size(), 2);
        QCOMPARE(send(network, "GET", url(mock, u"/extra"_s)).status, 404);
        QCOMPARE(send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson).status, 200);
    }

    void receivedExchangesFeedTheVerifyHelpers()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QVERIFY2(mock.addRoute(Route::post(u"/items"_s).withId(u"create-item"_s).respond(201)),
            qPrintable(mock.errorString()));
        QNetworkAccessManager network;
        send(network, "GET", url(mock, u"/1.1/foo/3"_s), {}, acceptJson);
        QUrl withQuery = url(mock, u"/items"_s);
        withQuery.setQuery(u"dry=1"_s);
        QCOMPARE(send(network, "POST", withQuery, "{\"name\":\"lamp\",\"price\":12}",
                     { { "Content-Type", "application/json" }, { "X-Key", "abc" } })
                     .status,
            201);

        const std::optional<QList<Exchange>> received = mock.receivedExchanges();
        QVERIFY2(received, qPrintable(mock.errorString()));
        QCOMPARE(received->size(), 2);
        const Exchange &post = received->at(1);
        QCOMPARE(post.id, quint64(2));
        QCOMPARE(post.method, "POST");
        QCOMPARE(post.path, u"/items"_s);
        QCOMPARE(post.target, "/items?dry=1");
        QCOMPARE(post.status, 201);
        QCOMPARE(post.routeId, u"create-item"_s);
        QVERIFY(post.matched());
        QCOMPARE(post.requestHeader("x-key"), "abc");
        QCOMPARE(post.requestBody, "{\"name\":\"lamp\",\"price\":12}");
        QVERIFY(post.time.isValid());
        QVERIFY(!received->at(0).responseBody.isEmpty());

        MOCKBENCH_VERIFY_COUNT(mock,
            RequestPattern::post(u"/items"_s)
                .withHeader(u"X-Key"_s, u"abc"_s)
                .withQuery(u"dry"_s, u"1"_s)
                .withJsonBody(QJsonObject { { u"price"_s, 12 } }),
            1);
        MOCKBENCH_VERIFY_NEVER(mock, RequestPattern::del(u"*"_s));
        MOCKBENCH_VERIFY_ORDER(
            mock, RequestPattern::get(u"/1.1/foo/*"_s), RequestPattern::post(u"/items"_s));

        const VerifyResult missing =
            verifyCount(*received, RequestPattern::get(u"/1.1/foo/4"_s), 1);
        QVERIFY(!missing.ok);
        QVERIFY2(missing.message.contains(u"  1. GET /1.1/foo/3 → 200 (get-foo)\n"
                                          "  2. POST /items?dry=1 → 201 (create-item)\n"
                                          "Closest: GET /1.1/foo/3 (path differs"_s),
            qPrintable(missing.message));
    }

    void exchangeFromJsonInvertsExchangeJson()
    {
        Exchange e;
        e.id = 42;
        e.time = QDateTime(QDate(2026, 12, 1), QTime(13, 46, 12, 221), Qt::UTC);
        e.peer = u"127.0.0.1:5555"_s;
        e.method = "PATCH";
        e.path = u"/a b"_s;
        e.target = "/a%20b?x=1";
        e.requestHeaders = { { "Host", "h" }, { "X-Two", "1" }, { "X-Two", "2" } };
        e.requestBody = QByteArray("\xff\xfe binary", 9);
        e.requestBodySize = 100000;
        e.status = 418;
        e.reason = "I'm a teapot";
        e.responseHeaders = { { "Content-Type", "text/plain" } };
        e.responseBody = "short and stout";
        e.responseBodySize = 15;
        e.routeIndex = 0;
        e.routeId = u"teapot"_s;
        e.responseIndex = 1;
        e.delayMs = 250;
        e.errorRoll = 0.25;
        e.errorInjected = true;
        e.fault = u"dribble"_s;
        e.error = u"template error"_s;
        e.durationUs = 1500;

        const Exchange back = MockProcess::exchangeFromJson(ExchangeJson::toJson(e));
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.time, e.time);
        QCOMPARE(back.peer, e.peer);
        QCOMPARE(back.method, e.method);
        QCOMPARE(back.path, e.path);
        QCOMPARE(back.target, e.target);
        QCOMPARE(back.requestHeaders, e.requestHeaders);
        QCOMPARE(back.requestBody, e.requestBody);
        QCOMPARE(back.requestBodySize, e.requestBodySize);
        QCOMPARE(back.status, e.status);
        QCOMPARE(back.reason, e.reason);
        QCOMPARE(back.responseHeaders, e.responseHeaders);
        QCOMPARE(back.responseBody, e.responseBody);
        QCOMPARE(back.responseBodySize, e.responseBodySize);
        QVERIFY(back.matched());
        QCOMPARE(back.routeId, e.routeId);
        QCOMPARE(back.responseIndex, e.responseIndex);
        QCOMPARE(back.delayMs, e.delayMs);
        QCOMPARE(back.errorRoll, e.errorRoll);
        QCOMPARE(back.errorInjected, e.errorInjected);
        QCOMPARE(back.fault, e.fault);
        QCOMPARE(back.error, e.error);
        QCOMPARE(back.durationUs, e.durationUs);

        Exchange unmatched;
        unmatched.method = "GET";
        const Exchange none = MockProcess::exchangeFromJson(ExchangeJson::toJson(unmatched));
        QVERIFY(!none.matched());
        QCOMPARE(none.errorRoll, -1.0);
        QVERIFY(none.fault.isEmpty());
    }

    void adminTokenIsRequiredWhenConfigured()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile(), { u"--admin-token"_s, u"s3cret"_s }),
            qPrintable(mock.errorString()));

        QVERIFY(!mock.isHealthy());
        QVERIFY2(mock.errorString().startsWith(u"GET /__mockbench/health: HTTP 401"_s),
            qPrintable(mock.errorString()));
        QCOMPARE(mock.requestCount(), -1);
        QVERIFY2(mock.errorString().contains(u"HTTP 401"_s), qPrintable(mock.errorString()));
        QVERIFY(!mock.addRoute(Route::get(u"/x"_s).respond(200)));
        QVERIFY2(mock.errorString().contains(u"HTTP 401"_s), qPrintable(mock.errorString()));

        mock.setAdminToken(u"wrong"_s);
        QVERIFY(!mock.isHealthy());
        QVERIFY2(mock.errorString().contains(u"HTTP 401"_s), qPrintable(mock.errorString()));

        mock.setAdminToken(u"s3cret"_s);
        QCOMPARE(mock.adminToken(), u"s3cret"_s);
        QVERIFY2(mock.isHealthy(), qPrintable(mock.errorString()));
        QVERIFY2(mock.addRoute(Route::get(u"/x"_s).withId(u"x"_s).respond(200)),
            qPrintable(mock.errorString()));
        QCOMPARE(mock.requestCount(), 0);
        MOCKBENCH_VERIFY_NEVER(mock, RequestPattern::any());
    }

    void callsFailQuicklyWhenNotRunning()
    {
        MockProcess mock;
        QVERIFY(!mock.isHealthy());
        QVERIFY2(mock.errorString().contains(u"mockbench is not running"_s),
            qPrintable(mock.errorString()));
        QVERIFY(!mock.requests());
        QCOMPARE(mock.requestCount(), -1);
        QVERIFY(!mock.receivedExchanges());
        QVERIFY(!mock.clearRequests());
        QVERIFY(!mock.reset());
        QEXPECT_FAIL("", "a source that cannot be read fails the verification", Continue);
        MOCKBENCH_VERIFY_NEVER(mock, RequestPattern::any());
    }

    void callsFailWhenTheProcessHasStopped()
    {
        MockProcess mock;
        QVERIFY2(mock.start(fooFile()), qPrintable(mock.errorString()));
        QVERIFY2(mock.isHealthy(), qPrintable(mock.errorString()));
        mock.setAdminTimeout(2000);
        QCOMPARE(mock.adminTimeout(), 2000);
        mock.stop();
        QVERIFY(!mock.isHealthy());
        QVERIFY(!mock.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MockProcess)
#include "tst_mockprocess.moc"
