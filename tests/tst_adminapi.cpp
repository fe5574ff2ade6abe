// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The admin API under /__mockbench/ as a script or CI job sees it: real HTTP through
// QNetworkAccessManager against an in-process MockServer on 127.0.0.1, whose route set is a
// RouteSetDocument (so admin changes are validated, served at once, and undoable).
#include "admin/AdminApi.h"
#include "document/DocumentEdit.h"
#include "document/RouteSetDocument.h"
#include "format/RouteSetFormat.h"
#include "journal/Journal.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

Q_DECLARE_METATYPE(MockBench::DocumentEdit::Kind)

namespace {

constexpr int WaitMs = 5000;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// What the client got back for one request.
struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    /// The "errors" list of a 400 answer.
    QStringList errors() const
    {
        QStringList list;
        const QJsonArray array = object().value(u"errors"_s).toArray();
        for (const QJsonValue &v : array) {
            list.append(v.toString());
        }
        return list;
    }
    /// True when one of the errors is about the JSON path @p path ("path: message").
    bool hasErrorAt(const QString &path) const
    {
        const QStringList list = errors();
        return std::any_of(list.begin(), list.end(),
            [&](const QString &e) { return e.startsWith(path + u": "_s); });
    }
};

/// JSON written with single quotes, so test bodies read like JSON without escaping.
QByteArray js(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonValue parsed(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

RouteSet sampleSet()
{
    RouteSet set;
    set.name = u"Sample"_s;
    set.chaos.seed = 7;
    set.add(Route::get(u"/a"_s).withId(u"get-a"_s).respond(200, u"alpha"_s));
    set.add(Route::post(u"/a"_s).withId(u"post-a"_s).respond(201, u"created"_s));
    set.add(Route::get(u"/items/{id:int}"_s).withId(u"get-item"_s).respond(200, u"item"_s));
    return set;
}

/// One server with the admin API on a document, and the one client that talks to it (a
/// manager per request crashed in Qt 6.4, so every reply goes through this one).
class Fixture
{
public:
    explicit Fixture(const RouteSet &set, AdminApi::Access access = AdminApi::Access::Open,
        const QString &token = QString())
    {
        document.reset(set);
        document.attachServer(&server);
        api = std::make_unique<AdminApi>(&server, &document);
        api->setAccess(access, token);
        listening = server.listen(QHostAddress::LocalHost, 0);
        nam.setProxy(QNetworkProxy::NoProxy);
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return server.baseUrl().resolved(QUrl(pathAndQuery));
    }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const Headers &headers = {})
    {
        QNetworkRequest request(url(pathAndQuery));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type")) {
            request.setRawHeader("Content-Type", "application/json");
        }
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(body.isEmpty()
                ? nam.sendCustomRequest(request, method)
                : nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Reply answer;
        answer.finished = reply->isFinished() || finished.wait(WaitMs);
        answer.elapsedMs = timer.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs) {
            answer.headers.insert(name.toLower(), value);
        }
        return answer;
    }

    Reply admin(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const Headers &headers = {})
    {
        return send(method, u"/__mockbench/"_s + path, body, headers);
    }

    RouteSetDocument document;
    MockServer server;
    std::unique_ptr<AdminApi> api;
    QNetworkAccessManager nam;
    bool listening = false;
};

} // namespace

class tst_AdminApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthReportsStatusVersionAndCounts();
    void getRoutesAnswersTheDocument();
    void putRoutesReplacesTheServedSet_data();
    void putRoutesReplacesTheServedSet();
    void putRoutesRefusesAnInvalidSet_data();
    void putRoutesRefusesAnInvalidSet();
    void postRouteWithIdIsServedAtOnce();
    void postRouteWithoutIdGetsRouteN();
    void postRouteWithUsedIdConflicts();
    void postRouteRefusesAnInvalidRoute_data();
    void postRouteRefusesAnInvalidRoute();
    void postRouteKeepsUnknownKeys();
    void oneRouteAnswers404ForUnknownId_data();
    void oneRouteAnswers404ForUnknownId();
    void getOneRouteAnswersItsJson();
    void putOneRouteReplacesItKeepingItsId();
    void putOneRouteRenames();
    void putOneRouteRefusesATakenId();
    void putOneRouteRefusesAnInvalidRoute();
    void deleteOneRouteStopsServingIt();
    void percentEncodedIdsWork();
    void chaosPutIsPartial();
    void chaosPutRefusesInvalidChaos_data();
    void chaosPutRefusesInvalidChaos();
    void errorRateOneFailsRoutesUntilRemoved();
    void requestsFilterAndLimit_data();
    void requestsFilterAndLimit();
    void requestsRefusesBadPaging_data();
    void requestsRefusesBadPaging();
    void requestsPagesBackFromTheNewest();
    void requestsWalkFollowingNextSeesEveryExchangeOnce();
    void requestsCutBodiesToBodyLimit_data();
    void requestsCutBodiesToBodyLimit();
    void requestsAnswerStaysBoundedOverLargeBodies_data();
    void requestsAnswerStaysBoundedOverLargeBodies();
    void deleteRequestsClearsTheJournal();
    void adminRequestsAreNeverJournaled();
    void resetRestoresTheBaseline_data();
    void resetRestoresTheBaseline();
    void wrongMethodAnswers405WithAllow_data();
    void wrongMethodAnswers405WithAllow();
    void unknownAdminPathAnswers404_data();
    void unknownAdminPathAnswers404();
    void adminIgnoresGlobalLatency();
    void accessForFollowsTheCommandLineRule_data();
    void accessForFollowsTheCommandLineRule();
    void tokenAccessNeedsTheBearerToken_data();
    void tokenAccessNeedsTheBearerToken();
    void offAccessLeavesAdminPathsToRoutes_data();
    void offAccessLeavesAdminPathsToRoutes();
    void destroyedApiStopsAnswering();
    void describeSaysWhereAndWho_data();
    void describeSaysWhereAndWho();
    void adminChangesAreUndoableEdits_data();
    void adminChangesAreUndoableEdits();
    void resetIsOneUndoableEdit();
    void resetDoesNotClaimSuccessWhenTheBaselineNoLongerLoads();
};

void tst_AdminApi::healthReportsStatusVersionAndCounts()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    QCOMPARE(f.send("GET", u"/nowhere"_s).status, 404);

    // HEAD works too (through head(): a custom "HEAD" verb would wait for a body).
    std::unique_ptr<QNetworkReply> head(
        f.nam.head(QNetworkRequest(f.url(u"/__mockbench/health"_s))));
    QSignalSpy headFinished(head.get(), &QNetworkReply::finished);
    QVERIFY(head->isFinished() || headFinished.wait(WaitMs));
    QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(head->rawHeader("Content-Type").startsWith("application/json"));
    QVERIFY(head->readAll().isEmpty());

    const Reply reply = f.admin("GET", u"health"_s);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject health = reply.object();
    QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.value(u"version"_s).toString(), QString::fromLatin1(MOCKBENCH_VERSION));
    QCOMPARE(health.value(u"routes"_s).toInt(), 3);
    QCOMPARE(health.value(u"requests"_s).toInt(), 2);
    QCOMPARE(health.value(u"listening"_s).toString(), f.server.baseUrl().toString());
    QVERIFY(health.value(u"listening"_s).toString().startsWith(u"http://127.0.0.1:"_s));
}

void tst_AdminApi::getRoutesAnswersTheDocument()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("GET", u"routes"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.json(), parsed(RouteSetFormat::toJson(f.document.routeSet())));
    QCOMPARE(reply.object().value(u"mockbench"_s).toInt(), RouteSetFormat::CurrentVersion);
    QCOMPARE(reply.object().value(u"routes"_s).toArray().size(), 3);
}

void tst_AdminApi::putRoutesReplacesTheServedSet_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("chaos");

    QTest::addRow("whole document") << js("{'mockbench': 1, 'name': 'Other', 'chaos': {'seed': 9},"
                                          " 'routes': [{'id': 'b', 'path': '/b',"
                                          " 'responses': [{'status': 200, 'body': 'beta'}]}]}")
                                    << u"Other"_s << QJsonObject { { u"seed"_s, 9 } };
    QTest::addRow("array keeps name and chaos")
        << js("[{'id': 'b', 'path': '/b', 'responses': [{'status': 200, 'body': 'beta'}]}]")
        << u"Sample"_s << QJsonObject { { u"seed"_s, 7 } };
}

void tst_AdminApi::putRoutesReplacesTheServedSet()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QJsonObject, chaos);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"routes"_s, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), parsed(RouteSetFormat::toJson(f.document.routeSet())));

    QCOMPARE(f.document.routeCount(), 1);
    QCOMPARE(f.document.route(0).id, u"b"_s);
    QCOMPARE(f.document.routeSet().name, name);
    QCOMPARE(f.document.routeSet().chaos.toJson(), chaos);
    QCOMPARE(reply.object().value(u"name"_s).toString(), name);

    const Reply served = f.send("GET", u"/b"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "beta");
    QCOMPARE(f.send("GET", u"/a"_s).status, 404);
}

void tst_AdminApi::putRoutesRefusesAnInvalidSet_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("errorPaths"); // empty: no "errors" list expected
    QTest::addColumn<QString>("errorContains");

    QTest::addRow("bad status in document")
        << js("{'mockbench': 1, 'routes': [{'path': '/b', 'responses': [{'status': 42}]}]}")
        << QStringList { u"routes[0].responses[0].status"_s } << u"invalid route set"_s;
    QTest::addRow("duplicate ids in array")
        << js("[{'id': 'x', 'path': '/b', 'responses': [{'status': 200}]},"
              " {'id': 'x', 'path': '/c', 'responses': [{'status': 200}]}]")
        << QStringList { u"routes[1].id"_s } << u"invalid route set"_s;
    QTest::addRow("bad path template and method in array")
        << js("[{'path': '/ok', 'responses': [{'status': 200}]},"
              " {'method': 'GE T', 'path': '/a/{x:int', 'responses': [{'status': 200}]}]")
        << QStringList { u"routes[1].method"_s, u"routes[1].path"_s } << u"invalid route set"_s;
    QTest::addRow("newer format version")
        << js("{'mockbench': 99, 'routes': []}") << QStringList { u"mockbench"_s }
        << u"invalid route set"_s;
    QTest::addRow("not JSON") << QByteArray("{\"mockbench\": 1,") << QStringList() << u"offset"_s;
    // QJsonDocument (Qt 6.4) takes no top-level scalar: it is refused as invalid JSON.
    QTest::addRow("a number") << QByteArray("42") << QStringList() << u"request body"_s;
    QTest::addRow("a string") << js("'routes'") << QStringList() << u"request body"_s;
}

void tst_AdminApi::putRoutesRefusesAnInvalidSet()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, errorPaths);
    QFETCH(QString, errorContains);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"routes"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.object().value(u"error"_s).toString().contains(errorContains),
        reply.body.constData());
    for (const QString &path : std::as_const(errorPaths)) {
        QVERIFY2(
            reply.hasErrorAt(path), qPrintable(path + u" not in "_s + reply.errors().join(u" | ")));
    }
    QCOMPARE(f.document.routeSet(), sampleSet());
    QCOMPARE(f.server.routeSet(), sampleSet());
    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "alpha");
}

void tst_AdminApi::postRouteWithIdIsServedAtOnce()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.send("GET", u"/new"_s).status, 404);

    const Reply reply = f.admin("POST", u"routes"_s,
        js("{'id': 'new-one', 'path': '/new', 'responses': [{'status': 200, 'body': 'fresh'}]}"));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Location"), "/__mockbench/routes/new-one");
    QCOMPARE(reply.object().value(u"id"_s).toString(), u"new-one"_s);
    QCOMPARE(reply.object().value(u"path"_s).toString(), u"/new"_s);
    QCOMPARE(f.document.routeCount(), 4);
    QCOMPARE(f.document.route(3).id, u"new-one"_s);

    const Reply served = f.send("GET", u"/new"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "fresh");

    // The Location leads to the route.
    const Reply located = f.send("GET", QString::fromLatin1(reply.header("Location")));
    QCOMPARE(located.status, 200);
    QCOMPARE(located.object(), reply.object());
}

void tst_AdminApi::postRouteWithoutIdGetsRouteN()
{
    RouteSet set = sampleSet();
    Fixture f(set);
    QVERIFY(f.listening);
    const QByteArray body = js("{'path': '/n', 'responses': [{'status': 204}]}");

    Reply reply = f.admin("POST", u"routes"_s, body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(u"id"_s).toString(), u"route-4"_s);
    QCOMPARE(reply.header("Location"), "/__mockbench/routes/route-4");
    QCOMPARE(f.document.route(3).id, u"route-4"_s);

    // The next one counts on.
    reply = f.admin("POST", u"routes"_s, body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(u"id"_s).toString(), u"route-5"_s);

    // An id that happens to be taken already is not reused.
    QCOMPARE(f.admin("DELETE", u"routes/get-a"_s).status, 204);
    reply = f.admin("POST", u"routes"_s, body);
    QCOMPARE(reply.status, 201);
    const QString id = reply.object().value(u"id"_s).toString();
    QVERIFY2(id.startsWith(u"route-5-"_s), qPrintable(id));
    QCOMPARE(f.document.routeSet().indexOf(id), 4);
    QCOMPARE(f.document.routeSet().indexOf(u"route-5"_s), 3);
    QCOMPARE(f.send("GET", u"/n"_s).status, 204);
}

void tst_AdminApi::postRouteWithUsedIdConflicts()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("POST", u"routes"_s,
        js("{'id': 'get-a', 'path': '/other', 'responses': [{'status': 200}]}"));
    QCOMPARE(reply.status, 409);
    QVERIFY(reply.object().value(u"error"_s).toString().contains(u"get-a"_s));
    QCOMPARE(f.document.routeSet(), sampleSet());
    QCOMPARE(f.send("GET", u"/other"_s).status, 404);
}

void tst_AdminApi::postRouteRefusesAnInvalidRoute_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPath"); // empty: no "errors" list expected
    QTest::addColumn<QString>("errorContains");

    QTest::addRow("bad path template")
        << js("{'path': '/a/{x:int', 'responses': [{'status': 200}]}") << u"path"_s
        << u"invalid route"_s;
    QTest::addRow("status 42") << js("{'path': '/s', 'responses': [{'status': 42}]}")
                               << u"responses[0].status"_s << u"invalid route"_s;
    QTest::addRow("no responses") << js("{'path': '/s', 'responses': []}") << u"responses"_s
                                  << u"invalid route"_s;
    QTest::addRow("unknown match condition")
        << js("{'path': '/s', 'match': {'cookies': {}}, 'responses': [{'status': 200}]}")
        << u"match.cookies"_s << u"invalid route"_s;
    QTest::addRow("bad method") << js("{'method': 'GE T', 'path': '/s', 'responses': [{}]}")
                                << u"method"_s << u"invalid route"_s;
    QTest::addRow("empty id") << js("{'id': '', 'path': '/s', 'responses': [{}]}") << u"id"_s
                              << u"invalid route"_s;
    QTest::addRow("an array") << js("[{'path': '/s', 'responses': [{}]}]") << QString()
                              << u"expected one route object"_s;
    QTest::addRow("a string") << js("'route'") << QString() << u"request body"_s;
    QTest::addRow("invalid JSON") << QByteArray("{\"path\": \"/s\", ") << QString()
                                  << u"at offset "_s;
}

void tst_AdminApi::postRouteRefusesAnInvalidRoute()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPath);
    QFETCH(QString, errorContains);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("POST", u"routes"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY2(reply.object().value(u"error"_s).toString().contains(errorContains),
        reply.body.constData());
    if (errorPath.isEmpty()) {
        QVERIFY2(reply.errors().isEmpty(), reply.body.constData());
    } else {
        QVERIFY2(reply.hasErrorAt(errorPath), reply.body.constData());
        // Relative to the route: nothing says where in a set it would have gone.
        QVERIFY2(!reply.errors().join(u'\n').contains(u"routes["_s), reply.body.constData());
    }
    QCOMPARE(f.document.routeSet(), sampleSet());
}

void tst_AdminApi::postRouteKeepsUnknownKeys()
{
    // Like the file format: keys this version does not know are kept and written back, not
    // refused (an "x-note" survives a round trip).
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("POST", u"routes"_s,
        js("{'id': 'k', 'path': '/k', 'x-note': 'mine', 'responses': [{'status': 200}]}"));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(u"x-note"_s).toString(), u"mine"_s);
    QCOMPARE(f.admin("GET", u"routes/k"_s).object().value(u"x-note"_s).toString(), u"mine"_s);
}

void tst_AdminApi::oneRouteAnswers404ForUnknownId_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("GET") << QByteArray("GET") << QByteArray();
    QTest::addRow("PUT") << QByteArray("PUT") << js("{'path': '/x', 'responses': [{}]}");
    QTest::addRow("DELETE") << QByteArray("DELETE") << QByteArray();
}

void tst_AdminApi::oneRouteAnswers404ForUnknownId()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin(method, u"routes/nope"_s, body);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"no route with id \"nope\""_s);
    QCOMPARE(f.document.routeSet(), sampleSet());
}

void tst_AdminApi::getOneRouteAnswersItsJson()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("GET", u"routes/get-item"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), RouteSetFormat::routeToJson(f.document.route(2)));
    QCOMPARE(reply.object().value(u"path"_s).toString(), u"/items/{id:int}"_s);
}

void tst_AdminApi::putOneRouteReplacesItKeepingItsId()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"routes/get-a"_s,
        js("{'path': '/a', 'responses': [{'status': 202, 'body': 'changed'}]}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), u"get-a"_s);
    QCOMPARE(f.document.route(0).id, u"get-a"_s);
    QCOMPARE(f.document.route(0).responses.first().status, 202);
    QCOMPARE(f.document.routeCount(), 3);

    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 202);
    QCOMPARE(served.body, "changed");
}

void tst_AdminApi::putOneRouteRenames()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"routes/get-a"_s,
        js("{'id': 'alpha', 'path': '/a', 'responses': [{'status': 200, 'body': 'alpha'}]}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), u"alpha"_s);
    QCOMPARE(f.document.route(0).id, u"alpha"_s);
    QCOMPARE(f.admin("GET", u"routes/get-a"_s).status, 404);
    QCOMPARE(f.admin("GET", u"routes/alpha"_s).status, 200);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    QCOMPARE(f.server.journal().at(0).routeId, u"alpha"_s);
}

void tst_AdminApi::putOneRouteRefusesATakenId()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"routes/get-a"_s,
        js("{'id': 'post-a', 'path': '/a', 'responses': [{'status': 200}]}"));
    QCOMPARE(reply.status, 409);
    QVERIFY(reply.object().value(u"error"_s).toString().contains(u"post-a"_s));
    QCOMPARE(f.document.routeSet(), sampleSet());
}

void tst_AdminApi::putOneRouteRefusesAnInvalidRoute()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    Reply reply =
        f.admin("PUT", u"routes/get-a"_s, js("{'path': '/a', 'responses': [{'status': 42}]}"));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.hasErrorAt(u"responses[0].status"_s), reply.body.constData());
    reply = f.admin("PUT", u"routes/get-a"_s, js("[]"));
    QCOMPARE(reply.status, 400);
    reply = f.admin("PUT", u"routes/get-a"_s, QByteArray("{"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().value(u"error"_s).toString().contains(u"offset"_s));
    QCOMPARE(f.document.routeSet(), sampleSet());
    QCOMPARE(f.send("GET", u"/a"_s).body, "alpha");
}

void tst_AdminApi::deleteOneRouteStopsServingIt()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.admin("DELETE", u"routes/get-a"_s);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(f.document.routeCount(), 2);
    QCOMPARE(f.document.routeSet().indexOf(u"get-a"_s), -1);
    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 404);
    QVERIFY(served.body.startsWith("No route matches"));
    QCOMPARE(f.admin("GET", u"routes/get-a"_s).status, 404);
}

void tst_AdminApi::percentEncodedIdsWork()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const QString id = u"a b/c?d%"_s;
    QJsonObject route { { u"id"_s, id }, { u"path"_s, u"/pe"_s },
        { u"responses"_s, QJsonArray { QJsonObject { { u"status"_s, 200 } } } } };
    const Reply created =
        f.admin("POST", u"routes"_s, QJsonDocument(route).toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Location"), "/__mockbench/routes/a%20b%2Fc%3Fd%25");

    const QString location = QString::fromLatin1(created.header("Location"));
    Reply reply = f.send("GET", location);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), id);

    route.insert(u"path"_s, u"/pe2"_s);
    reply = f.send("PUT", location, QJsonDocument(route).toJson(QJsonDocument::Compact));
    QCOMPARE(reply.status, 200);
    QCOMPARE(f.send("GET", u"/pe2"_s).status, 200);

    QCOMPARE(f.send("DELETE", location).status, 204);
    QCOMPARE(f.document.routeSet().indexOf(id), -1);
    QCOMPARE(f.send("GET", u"/pe2"_s).status, 404);
}

void tst_AdminApi::chaosPutIsPartial()
{
    RouteSet set = sampleSet();
    set.chaos = Chaos();
    Fixture f(set);
    QVERIFY(f.listening);

    Reply reply = f.admin("GET", u"chaos"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), QJsonObject());

    reply = f.admin("PUT", u"chaos"_s, js("{'errorRate': 0.25}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), parsed(js("{'errorRate': 0.25}")).toObject());

    reply = f.admin("PUT", u"chaos"_s, js("{'latency': {'distribution': 'fixed', 'ms': 5}}"));
    QCOMPARE(reply.status, 200);
    const QJsonObject both =
        parsed(js("{'errorRate': 0.25, 'latency': {'distribution': 'fixed', 'ms': 5}}")).toObject();
    QCOMPARE(reply.object(), both);
    QCOMPARE(f.admin("GET", u"chaos"_s).object(), both);
    QCOMPARE(f.document.routeSet().chaos.errorRate, std::optional<double>(0.25));
    QCOMPARE(f.document.routeSet().chaos.latency, std::optional<Latency>(Latency::fixed(5)));
    QCOMPARE(f.server.chaos(), f.document.routeSet().chaos);

    reply = f.admin("PUT", u"chaos"_s, js("{'errorRate': null}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(
        reply.object(), parsed(js("{'latency': {'distribution': 'fixed', 'ms': 5}}")).toObject());
    QVERIFY(!f.document.routeSet().chaos.errorRate);
    QVERIFY(f.document.routeSet().chaos.latency);
    QCOMPARE(f.server.chaos(), f.document.routeSet().chaos);

    // An empty object changes nothing.
    reply = f.admin("PUT", u"chaos"_s, js("{}"));
    QCOMPARE(reply.status, 200);
    QVERIFY(f.document.routeSet().chaos.latency);
}

void tst_AdminApi::chaosPutRefusesInvalidChaos_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPath"); // empty: no "errors" list expected

    QTest::addRow("error rate 2") << js("{'errorRate': 2}") << u"chaos.errorRate"_s;
    QTest::addRow("error rate text") << js("{'errorRate': 'high'}") << u"chaos.errorRate"_s;
    QTest::addRow("latency not an object") << js("{'latency': 'slow'}") << u"chaos.latency"_s;
    QTest::addRow("negative latency") << js("{'latency': {'ms': -1}}") << u"chaos.latency.ms"_s;
    QTest::addRow("error without status") << js("{'error': {}}") << u"chaos.error"_s;
    QTest::addRow("an array") << js("[]") << QString();
    QTest::addRow("invalid JSON") << QByteArray("{\"errorRate\": ") << QString();
}

void tst_AdminApi::chaosPutRefusesInvalidChaos()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPath);

    RouteSet set = sampleSet();
    set.chaos.errorRate = 0.0;
    Fixture f(set);
    QVERIFY(f.listening);
    const Reply reply = f.admin("PUT", u"chaos"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.object().value(u"error"_s).toString().isEmpty());
    if (!errorPath.isEmpty()) {
        QVERIFY2(reply.hasErrorAt(errorPath), reply.body.constData());
    }
    QCOMPARE(f.document.routeSet(), set);
    QCOMPARE(f.server.chaos(), set.chaos);
    QCOMPARE(f.admin("GET", u"chaos"_s).object(), set.chaos.toJson());
}

void tst_AdminApi::errorRateOneFailsRoutesUntilRemoved()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.admin("PUT", u"chaos"_s, js("{'errorRate': 1}")).status, 200);

    QCOMPARE(f.send("GET", u"/a"_s).status, 503);
    QCOMPARE(f.send("GET", u"/items/3"_s).status, 503);
    // The admin API itself is never hit by the error rate.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(f.admin("GET", u"health"_s).status, 200);
    }
    QCOMPARE(f.admin("GET", u"routes"_s).status, 200);

    QCOMPARE(f.admin("PUT", u"chaos"_s, js("{'errorRate': null}")).status, 200);
    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "alpha");
}

void tst_AdminApi::requestsFilterAndLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // "METHOD path", oldest first
    QTest::addColumn<int>("total");

    const QString getA = u"GET /a"_s;
    const QString postA = u"POST /a"_s;
    const QString get1 = u"GET /items/1"_s;
    const QString get2 = u"GET /items/2"_s;
    const QString delete1 = u"DELETE /items/1"_s;
    const QString getCafe = u"GET /caf\u00e9"_s;
    const QStringList all { getA, postA, get1, get2, delete1, getCafe };

    QTest::addRow("no filter") << QString() << all << 6;
    QTest::addRow("method in lower case")
        << u"method=get"_s << QStringList { getA, get1, get2, getCafe } << 4;
    QTest::addRow("method star") << u"method=*"_s << all << 6;
    QTest::addRow("method and path") << u"method=GET&path=/a"_s << QStringList { getA } << 1;
    QTest::addRow("exact path") << u"path=/items/1"_s << QStringList { get1, delete1 } << 2;
    QTest::addRow("exact path is not a prefix") << u"path=/items"_s << QStringList() << 0;
    QTest::addRow("prefix") << u"path=/items/*"_s << QStringList { get1, get2, delete1 } << 3;
    QTest::addRow("prefix and method")
        << u"method=delete&path=/items/*"_s << QStringList { delete1 } << 1;
    QTest::addRow("decoded path") << u"path=/caf%C3%A9"_s << QStringList { getCafe } << 1;
    QTest::addRow("no match") << u"method=PATCH"_s << QStringList() << 0;
    QTest::addRow("limit keeps the newest")
        << u"limit=2"_s << QStringList { delete1, getCafe } << 6;
    QTest::addRow("limit with filter")
        << u"method=GET&limit=2"_s << QStringList { get2, getCafe } << 4;
    QTest::addRow("limit zero") << u"limit=0"_s << QStringList() << 6;
    QTest::addRow("limit above total") << u"limit=100"_s << all << 6;
    QTest::addRow("offset skips the newest")
        << u"limit=2&offset=1"_s << QStringList { get2, delete1 } << 6;
    QTest::addRow("offset alone") << u"offset=4"_s << QStringList { getA, postA } << 6;
    QTest::addRow("offset with filter")
        << u"method=GET&limit=1&offset=1"_s << QStringList { get2 } << 4;
    QTest::addRow("offset at total") << u"offset=6"_s << QStringList() << 6;
    QTest::addRow("offset past total") << u"offset=1000"_s << QStringList() << 6;
}

void tst_AdminApi::requestsFilterAndLimit()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(int, total);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    QCOMPARE(f.send("POST", u"/a"_s, "x").status, 201);
    QCOMPARE(f.send("GET", u"/items/1"_s).status, 200);
    QCOMPARE(f.send("GET", u"/items/2?x=1"_s).status, 200);
    QCOMPARE(f.send("DELETE", u"/items/1"_s).status, 404);
    QCOMPARE(f.send("GET", u"/caf%C3%A9"_s).status, 404);
    QCOMPARE(f.server.journal().count(), 6);

    const QString suffix = query.isEmpty() ? QString() : u'?' + query;
    const Reply reply = f.admin("GET", u"requests"_s + suffix);
    QCOMPARE(reply.status, 200);
    const QJsonObject answer = reply.object();
    QCOMPARE(answer.value(u"total"_s).toInt(-1), total);
    QStringList got;
    const QJsonArray requests = answer.value(u"requests"_s).toArray();
    for (const QJsonValue &v : requests) {
        const QJsonObject e = v.toObject();
        got.append(e.value(u"method"_s).toString() + u' ' + e.value(u"path"_s).toString());
        QVERIFY(e.contains(u"status"_s));
        QVERIFY(e.contains(u"routeId"_s));
    }
    QCOMPARE(got, expected);

    const Reply count = f.admin("GET", u"requests/count"_s + suffix);
    QCOMPARE(count.status, 200);
    QCOMPARE(count.object(), (QJsonObject { { u"count"_s, total } }));
}

void tst_AdminApi::requestsRefusesBadPaging_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    const QStringList notWholeNumbers { u"many"_s, u"-1"_s, u"1.5"_s, QString(), u"+5"_s, u"%205"_s,
        u"5%20"_s, u"0x10"_s, u"2147483648"_s, u"99999999999"_s };
    for (const QString &parameter : { u"limit"_s, u"offset"_s, u"bodyLimit"_s }) {
        for (const QString &value : notWholeNumbers) {
            QTest::addRow("%s=%s", qPrintable(parameter), qPrintable(value)) << parameter << value;
        }
    }
    QTest::addRow("limit above the largest page")
        << u"limit"_s << QString::number(AdminApi::MaxPageSize + 1);
    QTest::addRow("limit far above") << u"limit"_s << u"100000"_s;
}

void tst_AdminApi::requestsRefusesBadPaging()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    const Reply reply = f.admin("GET", u"requests?%1=%2"_s.arg(parameter, value));
    QCOMPARE(reply.status, 400);
    const QString message = reply.object().value(u"error"_s).toString();
    QVERIFY2(message.startsWith(parameter + u" must be"_s), qPrintable(message));
    // The count takes the filters only; the page parameters are the listing's.
    QCOMPARE(f.admin("GET", u"requests/count?%1=%2"_s.arg(parameter, value)).status, 200);
}

namespace {

/// @p count exchanges "GET /n/1" .. "GET /n/count" recorded into @p journal, oldest first.
void recordNumbered(Journal &journal, int count, const QByteArray &body = {})
{
    for (int i = 1; i <= count; ++i) {
        Exchange e;
        e.method = "GET";
        e.path = u"/n/%1"_s.arg(i);
        e.target = e.path.toUtf8();
        e.status = 200;
        e.requestBody = body;
        e.responseBody = body;
        journal.record(e);
    }
}

/// The ids of a page's exchanges, in the order listed.
QList<int> idsOf(const QJsonObject &page)
{
    QList<int> ids;
    const QJsonArray requests = page.value(u"requests"_s).toArray();
    for (const QJsonValue &v : requests) {
        ids.append(v.toObject().value(u"id"_s).toInt());
    }
    return ids;
}

QList<int> range(int from, int to)
{
    QList<int> list;
    for (int i = from; i <= to; ++i) {
        list.append(i);
    }
    return list;
}

} // namespace

void tst_AdminApi::requestsPagesBackFromTheNewest()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    recordNumbered(f.server.journal(), 250);

    // No parameters: the newest page of the default size, oldest first, and where to go on.
    const QJsonObject first = f.admin("GET", u"requests"_s).object();
    QCOMPARE(first.value(u"total"_s).toInt(), 250);
    QCOMPARE(first.value(u"offset"_s).toInt(-1), 0);
    QCOMPARE(first.value(u"limit"_s).toInt(), AdminApi::DefaultPageSize);
    QCOMPARE(first.value(u"bodyLimit"_s).toInt(), AdminApi::DefaultListingBodyBytes);
    QCOMPARE(first.value(u"next"_s).toInt(), 100);
    QCOMPARE(idsOf(first), range(151, 250));

    const QJsonObject second = f.admin("GET", u"requests?offset=100"_s).object();
    QCOMPARE(second.value(u"offset"_s).toInt(), 100);
    QCOMPARE(second.value(u"next"_s).toInt(), 200);
    QCOMPARE(idsOf(second), range(51, 150));

    const QJsonObject last = f.admin("GET", u"requests?offset=200"_s).object();
    QVERIFY2(last.value(u"next"_s).isNull(), "the oldest page has no next");
    QCOMPARE(idsOf(last), range(1, 50));

    const QJsonObject largest =
        f.admin("GET", u"requests?limit=%1"_s.arg(AdminApi::MaxPageSize)).object();
    QCOMPARE(largest.value(u"limit"_s).toInt(), AdminApi::MaxPageSize);
    QVERIFY(largest.value(u"next"_s).isNull());
    QCOMPARE(idsOf(largest), range(1, 250));

    const QJsonObject none = f.admin("GET", u"requests?limit=0"_s).object();
    QCOMPARE(idsOf(none), QList<int>());
    QCOMPARE(none.value(u"next"_s).toInt(), 0);

    const QJsonObject filtered = f.admin("GET", u"requests?path=/n/1*&limit=5"_s).object();
    QCOMPARE(filtered.value(u"total"_s).toInt(), 1 + 10 + 100); // /n/1, /n/10.., /n/100..
    QCOMPARE(idsOf(filtered), (QList<int> { 195, 196, 197, 198, 199 }));
    QCOMPARE(filtered.value(u"next"_s).toInt(), 5);
}

void tst_AdminApi::requestsWalkFollowingNextSeesEveryExchangeOnce()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    recordNumbered(f.server.journal(), 1234);

    QList<int> seen;
    QJsonValue next = 0;
    int pages = 0;
    while (!next.isNull()) {
        QVERIFY2(next.isDouble(), "next is a number or null");
        QVERIFY(++pages <= 30);
        const QJsonObject page =
            f.admin("GET", u"requests?limit=50&offset=%1"_s.arg(next.toInt())).object();
        QCOMPARE(page.value(u"total"_s).toInt(), pages <= 3 ? 1234 : 1235);
        seen = idsOf(page) + seen;
        next = page.value(u"next"_s);
        if (pages == 3) {
            // Traffic while a client pages: the one newer exchange shows again at the top of
            // the next page, nothing is skipped.
            recordNumbered(f.server.journal(), 1);
        }
    }
    QCOMPARE(pages, 25);
    QList<int> unique = seen;
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    QCOMPARE(unique, range(1, 1234));
    QCOMPARE(seen.size(), 1235);
}

void tst_AdminApi::requestsCutBodiesToBodyLimit_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("defaultBytes"); // AdminApi::setListingBodyBytes, -1: not called
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("shown");
    QTest::addColumn<bool>("base64");

    const QByteArray text(10000, 'a');
    QTest::addRow("default cut") << text << -1 << QString() << text.left(4096) << false;
    QTest::addRow("bodyLimit") << text << -1 << u"bodyLimit=10"_s << text.left(10) << false;
    QTest::addRow("bodyLimit 0") << text << -1 << u"bodyLimit=0"_s << QByteArray() << false;
    QTest::addRow("bodyLimit at size") << text << -1 << u"bodyLimit=10000"_s << text << false;
    QTest::addRow("bodyLimit above size") << text << -1 << u"bodyLimit=65536"_s << text << false;
    QTest::addRow("settable default") << text << 16 << QString() << text.left(16) << false;
    QTest::addRow("bodyLimit over the default")
        << text << 16 << u"bodyLimit=20"_s << text.left(20) << false;
    QTest::addRow("short body whole")
        << QByteArray("short") << -1 << QString() << QByteArray("short") << false;
    // "é" is 2 bytes: a cut inside one backs off to its start, so the text stays text.
    const QByteArray accents = QString(3000, QChar(0xe9)).toUtf8();
    QTest::addRow("cut inside a character")
        << accents << -1 << u"bodyLimit=5"_s << accents.left(4) << false;
    QTest::addRow("cut between characters")
        << accents << -1 << u"bodyLimit=6"_s << accents.left(6) << false;
    const QByteArray binary = QByteArray::fromHex("89504e470d0a1a0aff00fe").repeated(100);
    QTest::addRow("binary as base64") << binary << -1 << u"bodyLimit=7"_s << binary.left(7) << true;
}

void tst_AdminApi::requestsCutBodiesToBodyLimit()
{
    QFETCH(QByteArray, body);
    QFETCH(int, defaultBytes);
    QFETCH(QString, query);
    QFETCH(QByteArray, shown);
    QFETCH(bool, base64);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    if (defaultBytes >= 0) {
        f.api->setListingBodyBytes(defaultBytes);
        QCOMPARE(f.api->listingBodyBytes(), defaultBytes);
    }
    Exchange e;
    e.method = "POST";
    e.path = u"/upload"_s;
    e.target = "/upload";
    e.requestBody = body;
    e.responseBody = "ok";
    e.status = 200;
    f.server.journal().record(e);

    const Reply reply =
        f.admin("GET", u"requests"_s + (query.isEmpty() ? QString() : u'?' + query));
    QCOMPARE(reply.status, 200);
    const QJsonObject listed = reply.object().value(u"requests"_s).toArray().at(0).toObject();
    if (base64) {
        QVERIFY(!listed.contains(u"requestBody"_s));
        QCOMPARE(QByteArray::fromBase64(listed.value(u"requestBodyBase64"_s).toString().toLatin1()),
            shown);
    } else {
        QVERIFY(!listed.contains(u"requestBodyBase64"_s));
        QCOMPARE(listed.value(u"requestBody"_s).toString().toUtf8(), shown);
    }
    QCOMPARE(listed.value(u"requestBodySize"_s).toInt(), int(body.size()));
    QCOMPARE(listed.value(u"requestBodyTruncated"_s).toBool(true), shown.size() < body.size());
    QVERIFY(listed.value(u"requestBodyTruncated"_s).isBool());
    // The other body is cut by the same rule: "ok" is shorter than any limit here but 0.
    const bool responseCut = query == u"bodyLimit=0"_s;
    QCOMPARE(listed.value(u"responseBody"_s).toString(), responseCut ? QString() : u"ok"_s);
    QCOMPARE(listed.value(u"responseBodyTruncated"_s).toBool(!responseCut), responseCut);
    QCOMPARE(listed.value(u"responseBodySize"_s).toInt(), 2);
}

void tst_AdminApi::requestsAnswerStaysBoundedOverLargeBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exchanges");
    // 64 KiB request and response bodies: ~130 MB of JSON for 1 000 exchanges, ~160 MB for 200
    // when every byte needs an escape. One body shared by all, so the test itself stays small.
    QTest::addRow("text") << QByteArray(Journal::DefaultMaxBodyBytes, 'x') << 1000;
    QTest::addRow("control characters") << QByteArray(Journal::DefaultMaxBodyBytes, '\x01') << 200;
}

void tst_AdminApi::requestsAnswerStaysBoundedOverLargeBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, exchanges);
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    recordNumbered(f.server.journal(), exchanges, body);

    // The default page: 100 exchanges of two 4 KiB bodies, each byte escaped at most 6 times.
    const Reply defaults = f.admin("GET", u"requests"_s);
    QCOMPARE(defaults.status, 200);
    QCOMPARE(idsOf(defaults.object()).size(), AdminApi::DefaultPageSize);
    QVERIFY2(defaults.body.size() < AdminApi::DefaultPageSize * (2 * 6 * 4096 + 1024),
        QByteArray::number(defaults.body.size()).constData());

    // The largest page with whole bodies: cut by size, never over MaxListingBytes, and "next"
    // goes on where it stopped, so a walk still sees everything.
    QList<int> seen;
    QJsonValue next = 0;
    int pages = 0;
    while (!next.isNull()) {
        QVERIFY(++pages <= exchanges);
        const Reply reply = f.admin("GET",
            u"requests?limit=%1&bodyLimit=%2&offset=%3"_s.arg(AdminApi::MaxPageSize)
                .arg(Journal::DefaultMaxBodyBytes)
                .arg(next.toInt()));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.size() <= AdminApi::MaxListingBytes,
            QByteArray::number(reply.body.size()).constData());
        const QJsonObject page = reply.object();
        const QList<int> ids = idsOf(page);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(page.value(u"next"_s).isNull() ? exchanges : page.value(u"next"_s).toInt(),
            next.toInt() + int(ids.size()));
        const QJsonObject one = page.value(u"requests"_s).toArray().at(0).toObject();
        QCOMPARE(one.value(u"requestBody"_s).toString().toLatin1(), body);
        QCOMPARE(one.value(u"requestBodyTruncated"_s).toBool(true), false);
        seen = ids + seen;
        next = page.value(u"next"_s);
    }
    QVERIFY2(pages > 1, "fewer exchanges than the largest page, so only the size cut them");
    QCOMPARE(seen, range(1, exchanges));
}

void tst_AdminApi::deleteRequestsClearsTheJournal()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    QCOMPARE(f.send("GET", u"/b"_s).status, 404);
    QCOMPARE(f.admin("GET", u"requests/count"_s).object().value(u"count"_s).toInt(), 2);

    const Reply reply = f.admin("DELETE", u"requests"_s);
    QCOMPARE(reply.status, 204);
    QCOMPARE(f.server.journal().count(), 0);
    QCOMPARE(f.admin("GET", u"requests/count"_s).object().value(u"count"_s).toInt(-1), 0);
    const QJsonObject list = f.admin("GET", u"requests"_s).object();
    QCOMPARE(list.value(u"total"_s).toInt(-1), 0);
    QVERIFY(list.value(u"requests"_s).toArray().isEmpty());
    // The routes are untouched.
    QCOMPARE(f.document.routeSet(), sampleSet());
}

void tst_AdminApi::adminRequestsAreNeverJournaled()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QSignalSpy recorded(&f.server.journal(), &Journal::exchangeRecorded);

    QCOMPARE(f.admin("GET", u"health"_s).status, 200);
    QCOMPARE(f.admin("GET", u"routes"_s).status, 200);
    QCOMPARE(f.admin("PUT", u"chaos"_s, js("{'errorRate': 0}")).status, 200);
    QCOMPARE(f.admin("GET", u"requests"_s).status, 200);
    QCOMPARE(f.admin("GET", u"nowhere"_s).status, 404);
    QCOMPARE(f.admin("POST", u"health"_s, "x").status, 405);
    QCOMPARE(f.admin("POST", u"routes"_s, "{").status, 400);
    QCOMPARE(f.send("GET", u"/__mockbench"_s).status, 404);

    QCOMPARE(recorded.count(), 0);
    QCOMPARE(f.server.journal().count(), 0);
    QCOMPARE(f.server.journal().totalRecorded(), quint64(0));
    QCOMPARE(f.admin("GET", u"requests/count"_s).object().value(u"count"_s).toInt(-1), 0);
    QCOMPARE(f.admin("GET", u"health"_s).object().value(u"requests"_s).toInt(-1), 0);

    // A normal request is, and only that one.
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
    QCOMPARE(f.admin("GET", u"requests/count"_s).object().value(u"count"_s).toInt(), 1);
    QCOMPARE(f.server.journal().count(), 1);
}

void tst_AdminApi::resetRestoresTheBaseline_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addRow("reset()") << u"reset"_s;
    QTest::addRow("open()") << u"open"_s;
    QTest::addRow("saveAs()") << u"saveAs"_s;
}

void tst_AdminApi::resetRestoresTheBaseline()
{
    QFETCH(QString, origin);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"set.mockbench.json"_s);
    RouteSet baseline = sampleSet();
    Fixture f(RouteSet {});
    QVERIFY(f.listening);
    if (origin == u"reset") {
        f.document.reset(baseline);
    } else if (origin == u"open") {
        QVERIFY(RouteSetFormat::writeFile(baseline, file));
        QVERIFY(f.document.open(file));
    } else {
        // Edited, then saved: the saved state is what reset returns to.
        f.document.reset(baseline);
        QVERIFY(f.document.insertRoute(
            -1, Route::get(u"/saved"_s).withId(u"saved"_s).respond(200, u"kept"_s), u"Add"_s));
        QVERIFY(f.document.saveAs(file));
        baseline = f.document.routeSet();
    }
    QCOMPARE(f.document.baseline(), f.document.routeSet());

    QCOMPARE(f.admin("POST", u"routes"_s,
                  js("{'id': 'extra', 'path': '/extra', 'responses': [{'status': 200}]}"))
                 .status,
        201);
    QCOMPARE(f.admin("DELETE", u"routes/get-a"_s).status, 204);
    QCOMPARE(f.send("GET", u"/extra"_s).status, 200);
    QCOMPARE(f.admin("PUT", u"chaos"_s, js("{'errorRate': 0.5, 'seed': null}")).status, 200);
    QVERIFY(f.document.routeSet() != baseline);
    QVERIFY(f.server.journal().count() > 0);

    const Reply reply = f.admin("POST", u"reset"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), (QJsonObject { { u"status"_s, u"reset"_s } }));
    QCOMPARE(f.document.routeSet(), baseline);
    QCOMPARE(f.server.routeSet(), baseline);
    QCOMPARE(f.server.chaos(), baseline.chaos);
    QCOMPARE(f.server.journal().count(), 0);
    QCOMPARE(f.admin("GET", u"requests/count"_s).object().value(u"count"_s).toInt(-1), 0);

    QCOMPARE(f.send("GET", u"/extra"_s).status, 404);
    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "alpha");
    if (origin == u"saveAs") {
        QCOMPARE(f.send("GET", u"/saved"_s).body, "kept");
    }

    // Reset with nothing changed only clears the journal.
    QCOMPARE(f.admin("POST", u"reset"_s).status, 200);
    QCOMPARE(f.document.routeSet(), baseline);
    QCOMPARE(f.server.journal().count(), 0);
}

void tst_AdminApi::wrongMethodAnswers405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");

    QTest::addRow("POST health") << QByteArray("POST") << u"health"_s << QByteArray("GET");
    QTest::addRow("DELETE routes")
        << QByteArray("DELETE") << u"routes"_s << QByteArray("GET, PUT, POST");
    QTest::addRow("PATCH routes") << QByteArray("PATCH") << u"routes"_s
                                  << QByteArray("GET, PUT, POST");
    QTest::addRow("POST routes/id")
        << QByteArray("POST") << u"routes/get-a"_s << QByteArray("GET, PUT, DELETE");
    QTest::addRow("POST routes/unknown")
        << QByteArray("POST") << u"routes/nope"_s << QByteArray("GET, PUT, DELETE");
    QTest::addRow("DELETE chaos") << QByteArray("DELETE") << u"chaos"_s << QByteArray("GET, PUT");
    QTest::addRow("POST chaos") << QByteArray("POST") << u"chaos"_s << QByteArray("GET, PUT");
    QTest::addRow("PUT requests") << QByteArray("PUT") << u"requests"_s
                                  << QByteArray("GET, DELETE");
    QTest::addRow("DELETE requests/count")
        << QByteArray("DELETE") << u"requests/count"_s << QByteArray("GET");
    QTest::addRow("GET reset") << QByteArray("GET") << u"reset"_s << QByteArray("POST");
}

void tst_AdminApi::wrongMethodAnswers405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : js("{}");
    const Reply reply = f.admin(method, path, body);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), allow);
    QVERIFY(!reply.object().value(u"error"_s).toString().isEmpty());
    QCOMPARE(f.document.routeSet(), sampleSet());
}

void tst_AdminApi::unknownAdminPathAnswers404_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("prefix alone") << u"/__mockbench"_s;
    QTest::addRow("prefix with slash") << u"/__mockbench/"_s;
    QTest::addRow("unknown endpoint") << u"/__mockbench/nope"_s;
    QTest::addRow("below health") << u"/__mockbench/health/more"_s;
    QTest::addRow("below chaos") << u"/__mockbench/chaos/latency"_s;
    QTest::addRow("unknown below requests") << u"/__mockbench/requests/total"_s;
    QTest::addRow("below requests/count") << u"/__mockbench/requests/count/x"_s;
}

void tst_AdminApi::unknownAdminPathAnswers404()
{
    QFETCH(QString, path);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    const Reply reply = f.send("GET", path);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY2(!reply.object().value(u"error"_s).toString().isEmpty(), reply.body.constData());
    QCOMPARE(f.server.journal().count(), 0);

    // Only the prefix as a whole segment is admin: a look-alike goes to route matching.
    const Reply lookalike = f.send("GET", u"/__mockbenchx/health"_s);
    QCOMPARE(lookalike.status, 404);
    QVERIFY(lookalike.body.startsWith("No route matches"));
    QCOMPARE(f.server.journal().count(), 1);
}

void tst_AdminApi::adminIgnoresGlobalLatency()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(
        f.admin("PUT", u"chaos"_s, js("{'latency': {'distribution': 'fixed', 'ms': 300}}")).status,
        200);

    const Reply health = f.admin("GET", u"health"_s);
    QCOMPARE(health.status, 200);
    QVERIFY2(health.elapsedMs < 250, qPrintable(QString::number(health.elapsedMs)));
    const Reply routes = f.admin("GET", u"routes"_s);
    QCOMPARE(routes.status, 200);
    QVERIFY2(routes.elapsedMs < 250, qPrintable(QString::number(routes.elapsedMs)));

    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 200);
    QVERIFY2(served.elapsedMs >= 300, qPrintable(QString::number(served.elapsedMs)));
    QVERIFY2(served.elapsedMs < 3000, qPrintable(QString::number(served.elapsedMs)));
}

void tst_AdminApi::accessForFollowsTheCommandLineRule_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("noAdmin");
    QTest::addColumn<QString>("token");
    QTest::addColumn<AdminApi::Access>("expected");

    using A = AdminApi::Access;
    QTest::addRow("loopback v4") << u"127.0.0.1"_s << false << QString() << A::Open;
    QTest::addRow("other loopback v4") << u"127.0.0.2"_s << false << QString() << A::Open;
    QTest::addRow("loopback v6") << u"::1"_s << false << QString() << A::Open;
    QTest::addRow("any v4") << u"0.0.0.0"_s << false << QString() << A::Off;
    QTest::addRow("any v6") << u"::"_s << false << QString() << A::Off;
    QTest::addRow("lan") << u"192.168.1.20"_s << false << QString() << A::Off;
    QTest::addRow("loopback with token") << u"127.0.0.1"_s << false << u"s3cret"_s << A::Token;
    QTest::addRow("lan with token") << u"192.168.1.20"_s << false << u"s3cret"_s << A::Token;
    QTest::addRow("no admin on loopback") << u"127.0.0.1"_s << true << QString() << A::Off;
    QTest::addRow("no admin with token") << u"127.0.0.1"_s << true << u"s3cret"_s << A::Off;
    QTest::addRow("no admin, lan, token") << u"10.0.0.1"_s << true << u"s3cret"_s << A::Off;
}

void tst_AdminApi::accessForFollowsTheCommandLineRule()
{
    QFETCH(QString, host);
    QFETCH(bool, noAdmin);
    QFETCH(QString, token);
    QFETCH(AdminApi::Access, expected);

    const QHostAddress address(host);
    QVERIFY(!address.isNull());
    QCOMPARE(AdminApi::accessFor(address, noAdmin, token), expected);
}

void tst_AdminApi::tokenAccessNeedsTheBearerToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // null: no header
    QTest::addColumn<int>("status");

    const QString health = u"/__mockbench/health"_s;
    QTest::addRow("no header") << health << QByteArray() << 401;
    QTest::addRow("wrong token") << health << QByteArray("Bearer nope") << 401;
    QTest::addRow("wrong token of the same length") << health << QByteArray("Bearer s3creT") << 401;
    QTest::addRow("longer token") << health << QByteArray("Bearer s3cret2") << 401;
    QTest::addRow("token without scheme") << health << QByteArray("s3cret") << 401;
    QTest::addRow("basic scheme") << health << QByteArray("Basic czNjcmV0") << 401;
    QTest::addRow("right token") << health << QByteArray("Bearer s3cret") << 200;
    QTest::addRow("unknown path, no header") << u"/__mockbench/nope"_s << QByteArray() << 401;
    QTest::addRow("unknown path, right token")
        << u"/__mockbench/nope"_s << QByteArray("Bearer s3cret") << 404;
}

void tst_AdminApi::tokenAccessNeedsTheBearerToken()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);

    Fixture f(sampleSet(), AdminApi::Access::Token, u"s3cret"_s);
    QVERIFY(f.listening);
    QCOMPARE(f.api->access(), AdminApi::Access::Token);
    Headers headers;
    if (!authorization.isNull()) {
        headers.append({ "Authorization", authorization });
    }
    const Reply reply = f.send("GET", path, {}, headers);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer"),
            reply.header("WWW-Authenticate").constData());
        QVERIFY(!reply.object().value(u"error"_s).toString().isEmpty());
    } else if (status == 200) {
        QCOMPARE(reply.object().value(u"status"_s).toString(), u"ok"_s);
    }
    // Refused or not, an admin request is no traffic; normal routes need no token.
    QCOMPARE(f.server.journal().count(), 0);
    QCOMPARE(f.send("GET", u"/a"_s).status, 200);
}

void tst_AdminApi::offAccessLeavesAdminPathsToRoutes_data()
{
    QTest::addColumn<AdminApi::Access>("access");
    QTest::addColumn<QString>("token");
    QTest::addRow("off") << AdminApi::Access::Off << QString();
    QTest::addRow("token without token") << AdminApi::Access::Token << QString();
}

void tst_AdminApi::offAccessLeavesAdminPathsToRoutes()
{
    QFETCH(AdminApi::Access, access);
    QFETCH(QString, token);

    Fixture f(sampleSet(), access, token);
    QVERIFY(f.listening);
    QCOMPARE(f.api->access(), AdminApi::Access::Off);

    Reply reply = f.send("GET", u"/__mockbench/health"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY2(
        reply.body.startsWith("No route matches GET /__mockbench/health"), reply.body.constData());
    reply = f.send("GET", u"/__mockbench/health"_s, {}, { { "Authorization", "Bearer " } });
    QCOMPARE(reply.status, 404);
    QCOMPARE(f.server.journal().count(), 2); // plain traffic now

    // A route of the user's own may serve the path.
    QVERIFY(f.document.insertRoute(-1,
        Route::get(u"/__mockbench/health"_s).withId(u"own-health"_s).respond(200, u"mine"_s),
        u"Add"_s));
    reply = f.send("GET", u"/__mockbench/health"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, "mine");
    QCOMPARE(f.server.journal().count(), 3);

    // Turned on again, the API wins over that route.
    f.api->setAccess(AdminApi::Access::Open);
    reply = f.send("GET", u"/__mockbench/health"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"ok"_s);
}

void tst_AdminApi::destroyedApiStopsAnswering()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QCOMPARE(f.admin("GET", u"health"_s).status, 200);
    f.api.reset();
    const Reply reply = f.admin("GET", u"health"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.startsWith("No route matches"));
}

void tst_AdminApi::describeSaysWhereAndWho_data()
{
    QTest::addColumn<AdminApi::Access>("access");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    const QString url = u"http://127.0.0.1:8080/__mockbench/"_s;
    QTest::addRow("off") << AdminApi::Access::Off << QStringList { u"off"_s }
                         << QStringList { url, u"token"_s };
    QTest::addRow("open") << AdminApi::Access::Open << QStringList { url, u"no token"_s }
                          << QStringList { u"Bearer"_s, u"off"_s };
    QTest::addRow("token") << AdminApi::Access::Token
                           << QStringList { url, u"Bearer"_s, u"token required"_s }
                           << QStringList { u"no token"_s, u"off"_s };
}

void tst_AdminApi::describeSaysWhereAndWho()
{
    QFETCH(AdminApi::Access, access);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    const QString text = AdminApi::describe(access, u"http://127.0.0.1:8080"_s);
    for (const QString &part : std::as_const(contains)) {
        QVERIFY2(text.contains(part), qPrintable(text));
    }
    for (const QString &part : std::as_const(lacks)) {
        QVERIFY2(!text.contains(part), qPrintable(text));
    }
}

void tst_AdminApi::adminChangesAreUndoableEdits_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DocumentEdit::Kind>("kind");
    QTest::addColumn<QString>("text");

    using K = DocumentEdit::Kind;
    QTest::addRow("add route") << QByteArray("POST") << u"routes"_s
                               << js("{'id': 'x', 'path': '/x', 'responses': [{'status': 200}]}")
                               << K::InsertRoute << u"Add GET /x (admin API)"_s;
    QTest::addRow("replace route") << QByteArray("PUT") << u"routes/get-a"_s
                                   << js("{'path': '/a', 'responses': [{'status': 202}]}")
                                   << K::UpdateRoute << u"Replace GET /a (admin API)"_s;
    QTest::addRow("rename route")
        << QByteArray("PUT") << u"routes/post-a"_s
        << js("{'id': 'p', 'method': 'POST', 'path': '/a', 'responses': [{'status': 201}]}")
        << K::UpdateRoute << u"Replace POST /a (admin API)"_s;
    QTest::addRow("delete route") << QByteArray("DELETE") << u"routes/get-item"_s << QByteArray()
                                  << K::RemoveRoute << u"Delete GET /items/{id:int} (admin API)"_s;
    QTest::addRow("change chaos") << QByteArray("PUT") << u"chaos"_s << js("{'errorRate': 1}")
                                  << K::SetChaos << u"Change global chaos (admin API)"_s;
    QTest::addRow("replace all") << QByteArray(
        "PUT") << u"routes"_s << js("[{'id': 'b', 'path': '/b', 'responses': [{'status': 200}]}]")
                                 << K::ReplaceAll << u"Replace all routes (admin API)"_s;
}

void tst_AdminApi::adminChangesAreUndoableEdits()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(DocumentEdit::Kind, kind);
    QFETCH(QString, text);

    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QList<DocumentEdit> stack;
    // As the window's undo stack does: keep the edit and apply it.
    f.document.setEditSink([&f, &stack](const DocumentEdit &edit) {
        stack.append(edit);
        f.document.apply(edit);
    });

    const Reply reply = f.admin(method, path, body);
    QVERIFY2(reply.status >= 200 && reply.status < 300, reply.body.constData());
    QCOMPARE(stack.size(), 1);
    QCOMPARE(stack.first().kind, kind);
    QCOMPARE(stack.first().text, text);
    const RouteSet changed = f.document.routeSet();
    QVERIFY(changed != sampleSet());
    QCOMPARE(f.server.routeSet(), changed);
    QCOMPARE(f.admin("GET", u"routes"_s).json(), parsed(RouteSetFormat::toJson(changed)));

    // Undo.
    f.document.apply(stack.first().inverted());
    QCOMPARE(f.document.routeSet(), sampleSet());
    QCOMPARE(f.server.routeSet(), sampleSet());
    const Reply served = f.send("GET", u"/a"_s);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, "alpha");
    QCOMPARE(f.admin("GET", u"routes"_s).json(), parsed(RouteSetFormat::toJson(sampleSet())));

    // Redo.
    f.document.apply(stack.first());
    QCOMPARE(f.document.routeSet(), changed);
}

void tst_AdminApi::resetIsOneUndoableEdit()
{
    Fixture f(sampleSet());
    QVERIFY(f.listening);
    QList<DocumentEdit> stack;
    f.document.setEditSink([&f, &stack](const DocumentEdit &edit) {
        stack.append(edit);
        f.document.apply(edit);
    });
    QCOMPARE(f.admin("DELETE", u"routes/get-a"_s).status, 204);
    QCOMPARE(f.admin("PUT", u"chaos"_s, js("{'errorRate': 0.5}")).status, 200);
    QCOMPARE(stack.size(), 2);
    const RouteSet edited = f.document.routeSet();

    QCOMPARE(f.admin("POST", u"reset"_s).status, 200);
    QCOMPARE(stack.size(), 3);
    QCOMPARE(stack.last().kind, DocumentEdit::Kind::ReplaceAll);
    QCOMPARE(stack.last().text, u"Reset routes (admin API)"_s);
    QCOMPARE(f.document.routeSet(), sampleSet());

    f.document.apply(stack.last().inverted());
    QCOMPARE(f.document.routeSet(), edited);
    QCOMPARE(f.send("GET", u"/a"_s).status, 404);

    // Nothing to reset: no edit on the stack.
    f.document.apply(stack.last());
    QCOMPARE(f.admin("POST", u"reset"_s).status, 200);
    QCOMPARE(stack.size(), 3);
}

void tst_AdminApi::resetDoesNotClaimSuccessWhenTheBaselineNoLongerLoads()
{
    // The file's body file went away after it was opened: the baseline no longer validates.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile body(dir.filePath(u"body.txt"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("from file");
    body.close();
    RouteSet set = sampleSet();
    Response fromFile;
    fromFile.bodySource = Response::BodySource::File;
    fromFile.bodyFile = u"body.txt"_s;
    set.add(Route::get(u"/file"_s).withId(u"file"_s).respond(fromFile));
    const QString file = dir.filePath(u"set.mockbench.json"_s);
    QVERIFY(RouteSetFormat::writeFile(set, file));

    Fixture f(RouteSet {});
    QVERIFY(f.listening);
    QVERIFY(f.document.open(file));
    QCOMPARE(f.send("GET", u"/file"_s).body, "from file");
    QVERIFY(body.remove());
    QCOMPARE(f.admin("DELETE", u"routes/get-a"_s).status, 204);

    const Reply reply = f.admin("POST", u"reset"_s);
    // The baseline needs body.txt, which is gone: no claim of a reset, the reason instead,
    // and the journal is kept for the test to look at.
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.body.contains("body.txt"), reply.body.constData());
    QCOMPARE(f.document.routeCount(), f.document.baseline().routes.size() - 1);
    QVERIFY(f.server.journal().count() > 0);
}

QTEST_GUILESS_MAIN(tst_AdminApi)
#include "tst_adminapi.moc"
