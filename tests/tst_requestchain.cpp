// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ChaosPlanner.h"
#include "engine/ResponseSelector.h"
#include "format/RouteSetFormat.h"
#include "http/HttpRequest.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace MockBench;

/// The server's request path as a chain (admin handler, interceptor, route answering), the
/// engine's ResponseSelector, and templating named per response.
class tst_RequestChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interceptorAnswersBeforeTheRoutes();
    void interceptorMayAnswerLater();
    void interceptorPassesOnWhatItDoesNotTake();
    void adminHandlerComesFirst();
    void selectorFollowsResponseMode();
    void selectorRandomRepeatsWithSeed();
    void templatingNoneSendsTextAsWritten();
    void templatingRoundTripsThroughTheFile();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    static Answer get(MockServer &server, const QString &path);
};

tst_RequestChain::Answer tst_RequestChain::get(MockServer &server, const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(server.baseUrl().resolved(QUrl(path))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000)) {
        return {};
    }
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->readAll() };
    reply->deleteLater();
    return answer;
}

namespace {

RouteSet itemsSet()
{
    RouteSet set;
    set.add(Route::get(u"/items"_s).withId(u"items"_s).respond(200, u"from the route"_s));
    return set;
}

HttpRequest requestFor(const QByteArray &target)
{
    HttpRequest request;
    request.method = "GET";
    request.setTarget(target);
    return request;
}

} // namespace

void tst_RequestChain::interceptorAnswersBeforeTheRoutes()
{
    MockServer server;
    server.setRouteSet(itemsSet());
    server.setInterceptor([](const HttpRequest &request, const Responder &responder) {
        if (request.path != u"/items") {
            return false;
        }
        responder.respond(HttpResponse::plain(202, "from the interceptor"));
        return true;
    });
    QVERIFY(server.listen());
    const Answer answer = get(server, u"/items"_s);
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.body, QByteArray("from the interceptor"));
    // Taken before route answering: not journaled, no hit.
    QCOMPARE(server.journal().count(), 0);
    QCOMPARE(server.hits(u"items"_s), quint64(0));
}

void tst_RequestChain::interceptorMayAnswerLater()
{
    MockServer server;
    server.setRouteSet(itemsSet());
    QList<Responder> held;
    server.setInterceptor([&held](const HttpRequest &, const Responder &responder) {
        held.append(responder);
        return true;
    });
    QVERIFY(server.listen());
    // Release the held answer once the request has arrived, from the event loop.
    QTimer release;
    connect(&release, &QTimer::timeout, this, [&] {
        if (!held.isEmpty()) {
            held.first().respond(HttpResponse::plain(200, "released"));
            QVERIFY(held.first().hasResponded());
            held.first().respond(HttpResponse::plain(500, "a second answer is dropped"));
            release.stop();
        }
    });
    release.start(5);
    const Answer answer = get(server, u"/anything"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("released"));
}

void tst_RequestChain::interceptorPassesOnWhatItDoesNotTake()
{
    MockServer server;
    server.setRouteSet(itemsSet());
    int asked = 0;
    server.setInterceptor([&asked](const HttpRequest &, const Responder &) {
        ++asked;
        return false;
    });
    QVERIFY(server.listen());
    const Answer answer = get(server, u"/items"_s);
    QCOMPARE(asked, 1);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("from the route"));
    QCOMPARE(server.journal().count(), 1);
    QCOMPARE(server.hits(u"items"_s), quint64(1));
}

void tst_RequestChain::adminHandlerComesFirst()
{
    MockServer server;
    server.setRouteSet(itemsSet());
    QStringList order;
    server.setAdminHandler([&order](const HttpRequest &request, const Responder &responder) {
        order.append(u"admin"_s);
        if (!request.path.startsWith(u"/__mockbench/")) {
            return false;
        }
        responder.respond(HttpResponse::plain(200, "admin"));
        return true;
    });
    server.setInterceptor([&order](const HttpRequest &, const Responder &) {
        order.append(u"interceptor"_s);
        return false;
    });
    QVERIFY(server.listen());
    QCOMPARE(get(server, u"/__mockbench/health"_s).body, QByteArray("admin"));
    QCOMPARE(order, QStringList { u"admin"_s });
    QCOMPARE(get(server, u"/items"_s).body, QByteArray("from the route"));
    QCOMPARE(order, (QStringList { u"admin"_s, u"admin"_s, u"interceptor"_s }));
    server.setAdminHandler(nullptr);
    QCOMPARE(get(server, u"/__mockbench/health"_s).status, 404);
}

void tst_RequestChain::selectorFollowsResponseMode()
{
    Route route = Route::get(u"/a"_s).withId(u"a"_s).respond(200, u"0"_s).respond(200, u"1"_s);
    ChaosPlanner planner;
    planner.reset(Chaos(), { route.id });
    ResponseSelector selector;
    selector.reset(1);

    route.withMode(Route::ResponseMode::Sequential);
    QList<int> picked;
    for (int i = 0; i < 5; ++i) {
        picked.append(selector.select(0, route, requestFor("/a"), planner));
    }
    QCOMPARE(picked, (QList<int> { 0, 1, 0, 1, 0 }));
    selector.reset(1);
    QCOMPARE(selector.select(0, route, requestFor("/a"), planner), 0);

    route.withMode(Route::ResponseMode::Rules);
    MatchConditions wantsB;
    wantsB.query.append({ u"v"_s, ValueMatcher::exact(u"b"_s) });
    route.responses[0].when = wantsB;
    QCOMPARE(selector.select(0, route, requestFor("/a?v=b"), planner), 0);
    // No rule fits: the last response.
    QCOMPARE(selector.select(0, route, requestFor("/a?v=c"), planner), 1);
}

void tst_RequestChain::selectorRandomRepeatsWithSeed()
{
    Route route = Route::get(u"/a"_s).withId(u"a"_s).withMode(Route::ResponseMode::Random);
    for (int i = 0; i < 8; ++i) {
        route.respond(200, QString::number(i));
    }
    Chaos seeded;
    seeded.seed = 42;
    auto draws = [&] {
        ChaosPlanner planner;
        planner.reset(seeded, { route.id });
        ResponseSelector selector;
        selector.reset(1);
        QList<int> picked;
        for (int i = 0; i < 20; ++i) {
            picked.append(selector.select(0, route, requestFor("/a"), planner));
        }
        return picked;
    };
    const QList<int> first = draws();
    QCOMPARE(draws(), first);
    QVERIFY2(std::any_of(first.begin(), first.end(), [&](int i) { return i != first.first(); }),
        "20 draws over 8 responses all alike");
}

void tst_RequestChain::templatingNoneSendsTextAsWritten()
{
    RouteSet set;
    Response js = Response::text(200, u"{{ 1 + 1 }}"_s);
    Response plain = js;
    plain.templating = TemplateDialect::None;
    plain.setHeader(u"X-Raw"_s, u"{{ 2 + 2 }}"_s);
    set.add(Route::get(u"/js"_s).respond(js));
    set.add(Route::get(u"/plain"_s).respond(plain));
    MockServer server;
    server.setRouteSet(set);
    QVERIFY(server.listen());
    QCOMPARE(get(server, u"/js"_s).body, QByteArray("2"));
    QCOMPARE(get(server, u"/plain"_s).body, QByteArray("{{ 1 + 1 }}"));
    const auto last = server.journal().exchanges().last();
    QVERIFY(std::any_of(last.responseHeaders.begin(), last.responseHeaders.end(),
        [](const auto &h) { return h.first == "X-Raw" && h.second == "{{ 2 + 2 }}"; }));
}

void tst_RequestChain::templatingRoundTripsThroughTheFile()
{
    const LoadResult loaded = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"id": "a", "path": "/a", "responses": [{"body": "{{ x }}", "templating": "none"}]}]})");
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.routeSet.routes.first().responses.first().templating, TemplateDialect::None);
    const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
    QVERIFY(saved.contains("\"templating\": \"none\""));
    QCOMPARE(RouteSetFormat::fromJson(saved).routeSet, loaded.routeSet);

    const LoadResult bad = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"id": "a", "path": "/a", "responses": [{"templating": "handlebars"}]}]})");
    QCOMPARE(bad.errorStrings(),
        QStringList {
            u"routes[0].responses[0].templating: must be \"js\", \"mockoon\", \"wiremock\" or \"none\""_s });
}

QTEST_GUILESS_MAIN(tst_RequestChain)
#include "tst_requestchain.moc"
