// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// State (DESIGN.md §10) as a client and a CI script see it: scenarios moving through their states
// over real HTTP, data stores read and replaced through the admin API, reset and reload putting
// everything back, edits keeping it; the store itself across threads; format version 2 (its
// migration from 1 and 0, the refusal of 3, the new keys and their errors).
#include "admin/AdminApi.h"
#include "document/RouteSetDocument.h"
#include "format/RouteSetFormat.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"
#include "state/StateStore.h"
#include "testkit/MockProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']');
        return doc.array().at(0);
    }
    QString error() const { return json().toObject().value(u"error"_s).toString(); }
};

/// JSON with single quotes, so test bodies read without escaping.
QByteArray js(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

/// A shop: the cart is empty until something is put in it, then it can be paid once.
RouteSet checkoutSet()
{
    RouteSet set;
    set.add(Route::get(u"/cart"_s)
                .withId(u"cart-empty"_s)
                .inScenario(u"checkout"_s, u"Started"_s)
                .respond(200, u"empty"_s));
    set.add(Route::post(u"/cart"_s)
                .withId(u"add"_s)
                .inScenario(u"checkout"_s, u"Started"_s, u"filled"_s)
                .respond(201, u"added"_s));
    set.add(Route::get(u"/cart"_s)
                .withId(u"cart-filled"_s)
                .inScenario(u"checkout"_s, u"filled"_s)
                .respond(200, u"one item"_s));
    set.add(Route::post(u"/pay"_s)
                .withId(u"pay"_s)
                .inScenario(u"checkout"_s, u"filled"_s, u"paid"_s)
                .respond(200, u"paid"_s));
    set.add(Route::get(u"/cart"_s)
                .withId(u"cart-paid"_s)
                .inScenario(u"checkout"_s, u"paid"_s)
                .respond(200, u"paid already"_s));
    // In the scenario without requiring a state: answers in any state, moves nothing.
    set.add(Route::get(u"/status"_s)
                .withId(u"status"_s)
                .inScenario(u"checkout"_s)
                .respond(200, u"ok"_s));
    set.data.insert(
        u"users"_s, QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"name"_s, u"Ann"_s } } });
    set.data.insert(u"config"_s, QJsonObject { { u"mode"_s, u"test"_s } });
    set.add(Route::get(u"/users"_s).withId(u"users"_s).asResource(u"users"_s));
    return set;
}

class Fixture
{
public:
    explicit Fixture(const RouteSet &set)
    {
        document.reset(set);
        document.attachServer(&server);
        api = std::make_unique<AdminApi>(&server, &document);
        api->setAccess(AdminApi::Access::Open);
        listening = server.listen(QHostAddress::LocalHost, 0);
        nam.setProxy(QNetworkProxy::NoProxy);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(server.baseUrl().resolved(QUrl(path)));
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/json");
        }
        std::unique_ptr<QNetworkReply> reply(body.isEmpty()
                ? nam.sendCustomRequest(request, method)
                : nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Reply answer;
        answer.finished = reply->isFinished() || finished.wait(WaitMs);
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        return answer;
    }

    RouteSetDocument document;
    MockServer server;
    std::unique_ptr<AdminApi> api;
    QNetworkAccessManager nam;
    bool listening = false;
};

QString errorsOf(const LoadResult &result)
{
    return result.errorStrings().join(u"\n"_s);
}

bool hasErrorAt(const LoadResult &result, const QString &path)
{
    for (const FormatError &e : result.errors) {
        if (e.path == path) {
            return true;
        }
    }
    return false;
}

} // namespace

class tst_State : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Scenarios over HTTP
    void scenarioMovesThroughItsStates();
    void routeWithoutRequiresAnswersInEveryState();
    void missNamesTheScenarioState();
    void simulatedErrorDoesNotMoveTheScenario();

    // Admin API
    void adminListsScenariosWithPossibleStates();
    void adminSetsOneScenario();
    void adminSetsSeveralScenariosAllOrNothing();
    void adminRefusesUnknownScenarioAndState();
    void adminReadsAndReplacesDataStores();
    void adminDataErrorsNameWhatIsWrong();
    void adminResetPutsStateBack();
    void adminPutRoutesArrayMayNameTheSetsDataStores();

    // Reload, edits, the server API
    void reloadStartsStateOver();
    void watchedFileReloadStartsStateOver();
    void editingARouteKeepsState();
    void changedStartingValueStartsThatStoreOver();
    void stateChangedIsCoalesced();

    // The store
    void storeResetClearsGlobalsAndRestoresData();
    void storeIsSafeAcrossThreads();

    // Format version 2
    void migratesVersion1To2();
    void migratesVersion0Through1To2();
    void refusesNewerVersion();
    void roundTripsScenarioDataAndResource();
    void keepsUnknownKeysInScenarioAndResource();
    void reportsStateErrorsAtTheirPaths_data();
    void reportsStateErrorsAtTheirPaths();
};

void tst_State::scenarioMovesThroughItsStates()
{
    Fixture f(checkoutSet());
    QVERIFY(f.listening);
    QCOMPARE(
        f.server.scenarioStates(), (QMap<QString, QString> { { u"checkout"_s, u"Started"_s } }));

    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("empty"));
    QCOMPARE(f.send("POST", u"/pay"_s).status, 404); // not before something is in the cart
    const Reply added = f.send("POST", u"/cart"_s, "{}");
    QCOMPARE(added.status, 201);
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"filled"_s);
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("one item"));
    QCOMPARE(f.send("POST", u"/cart"_s, "{}").status, 404); // "add" requires Started
    QCOMPARE(f.send("POST", u"/pay"_s).body, QByteArray("paid"));
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("paid already"));
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("paid already"));
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"paid"_s);
}

void tst_State::routeWithoutRequiresAnswersInEveryState()
{
    Fixture f(checkoutSet());
    QCOMPARE(f.send("GET", u"/status"_s).body, QByteArray("ok"));
    QVERIFY(f.server.setScenarioState(u"checkout"_s, u"paid"_s));
    QCOMPARE(f.send("GET", u"/status"_s).body, QByteArray("ok"));
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"paid"_s);
}

void tst_State::missNamesTheScenarioState()
{
    Fixture f(checkoutSet());
    const Reply miss = f.send("POST", u"/pay"_s);
    QCOMPARE(miss.status, 404);
    QVERIFY2(miss.body.contains("scenario \"checkout\" is in state \"Started\", not \"filled\""),
        miss.body.constData());
}

void tst_State::simulatedErrorDoesNotMoveTheScenario()
{
    RouteSet set = checkoutSet();
    set.routes[1].chaos.errorRate = 1.0; // "add" always fails
    set.routes[1].chaos.error = ChaosError::withStatus(503);
    Fixture f(set);
    QCOMPARE(f.send("POST", u"/cart"_s, "{}").status, 503);
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("empty"));

    // A simulated fault neither.
    set.routes[1].chaos.error = ChaosError::withFault(Fault::make(Fault::Kind::ConnectionReset));
    Fixture g(set);
    QCOMPARE(g.send("POST", u"/cart"_s, "{}").status, 0);
    QCOMPARE(g.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
}

void tst_State::adminListsScenariosWithPossibleStates()
{
    Fixture f(checkoutSet());
    const Reply list = f.send("GET", u"/__mockbench/scenarios"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray scenarios = list.json().toObject().value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 1);
    const QJsonObject checkout = scenarios.at(0).toObject();
    QCOMPARE(checkout.value(u"name"_s).toString(), u"checkout"_s);
    QCOMPARE(checkout.value(u"state"_s).toString(), u"Started"_s);
    QCOMPARE(checkout.value(u"possibleStates"_s).toArray(),
        (QJsonArray { u"Started"_s, u"filled"_s, u"paid"_s }));
}

void tst_State::adminSetsOneScenario()
{
    Fixture f(checkoutSet());
    const Reply set = f.send("PUT", u"/__mockbench/scenarios/checkout"_s, js("{'state': 'paid'}"));
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().toObject().value(u"state"_s).toString(), u"paid"_s);
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("paid already"));
    // WireMock's spelling of the same.
    QCOMPARE(
        f.send("PUT", u"/__mockbench/scenarios/checkout/state"_s, js("{'state': 'filled'}")).status,
        200);
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("one item"));
    QCOMPARE(f.send("POST", u"/__mockbench/scenarios/reset"_s).status, 200);
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("empty"));
}

void tst_State::adminSetsSeveralScenariosAllOrNothing()
{
    RouteSet set = checkoutSet();
    set.add(Route::get(u"/door"_s).withId(u"door"_s).inScenario(u"door"_s, u"open"_s).respond(200));
    Fixture f(set);
    QCOMPARE(f.send("PUT", u"/__mockbench/scenarios"_s, js("{'checkout': 'paid', 'door': 'open'}"))
                 .status,
        200);
    QCOMPARE(f.server.scenarioStates(),
        (QMap<QString, QString> { { u"checkout"_s, u"paid"_s }, { u"door"_s, u"open"_s } }));
    // GET's own shape goes back in; one bad entry changes nothing.
    const Reply bad = f.send("PUT", u"/__mockbench/scenarios"_s,
        js("{'scenarios': [{'name': 'checkout', 'state': 'Started'}, {'name': 'door', 'state': "
           "'ajar'}]}"));
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.error().contains(u"scenarios[1]"_s) && bad.error().contains(u"\"ajar\""_s),
        qPrintable(bad.error()));
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"paid"_s);
    QCOMPARE(f.send("PUT", u"/__mockbench/scenarios"_s,
                  js("{'scenarios': [{'name': 'checkout', 'state': 'Started'}]}"))
                 .status,
        200);
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
}

void tst_State::adminRefusesUnknownScenarioAndState()
{
    Fixture f(checkoutSet());
    const Reply unknown = f.send("PUT", u"/__mockbench/scenarios/nope"_s, js("{'state': 'x'}"));
    QCOMPARE(unknown.status, 404);
    QVERIFY2(unknown.error().contains(u"no scenario \"nope\""_s), qPrintable(unknown.error()));
    const Reply badState =
        f.send("PUT", u"/__mockbench/scenarios/checkout"_s, js("{'state': 'shipped'}"));
    QCOMPARE(badState.status, 400);
    QVERIFY2(badState.error().contains(u"Started, filled, paid"_s), qPrintable(badState.error()));
    QCOMPARE(f.send("PUT", u"/__mockbench/scenarios/checkout"_s, "{\"state\":").status, 400);
    QCOMPARE(f.send("PUT", u"/__mockbench/scenarios/checkout"_s, js("{'mode': 1}")).status, 400);
    QCOMPARE(f.send("DELETE", u"/__mockbench/scenarios"_s).status, 405);
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
}

void tst_State::adminReadsAndReplacesDataStores()
{
    Fixture f(checkoutSet());
    const Reply names = f.send("GET", u"/__mockbench/data"_s);
    QCOMPARE(names.status, 200);
    QCOMPARE(names.json().toObject().value(u"names"_s).toArray(),
        (QJsonArray { u"config"_s, u"users"_s }));
    const Reply users = f.send("GET", u"/__mockbench/data/users"_s);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().toArray().at(0).toObject().value(u"name"_s).toString(), u"Ann"_s);

    const Reply put = f.send("PUT", u"/__mockbench/data/users"_s, js("[{'id': 7, 'name': 'Bo'}]"));
    QCOMPARE(put.status, 200);
    // The resource serves what was put.
    const Reply listed = f.send("GET", u"/users/7"_s);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().toObject().value(u"name"_s).toString(), u"Bo"_s);
    // Any JSON value, a scalar too; a new name makes a new store.
    QCOMPARE(f.send("PUT", u"/__mockbench/data/counter"_s, "42").status, 200);
    QCOMPARE(f.server.dataStore(u"counter"_s), std::optional<QJsonValue>(QJsonValue(42)));
    QCOMPARE(f.send("GET", u"/__mockbench/data/counter"_s).body.trimmed(), QByteArray("42"));
}

void tst_State::adminDataErrorsNameWhatIsWrong()
{
    Fixture f(checkoutSet());
    const Reply missing = f.send("GET", u"/__mockbench/data/orders"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY2(missing.error().contains(u"no data store \"orders\" (there are config, users)"_s),
        qPrintable(missing.error()));
    const Reply bad = f.send("PUT", u"/__mockbench/data/users"_s, "[1, 2");
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.error().startsWith(u"invalid JSON in the request body at offset"_s),
        qPrintable(bad.error()));
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 1); // nothing lost
    QCOMPARE(f.send("POST", u"/__mockbench/data/users"_s, "[]").status, 405);
}

void tst_State::adminResetPutsStateBack()
{
    Fixture f(checkoutSet());
    QCOMPARE(f.send("POST", u"/cart"_s, "{}").status, 201);
    QCOMPARE(f.send("POST", u"/users"_s, js("{'name': 'Cy'}")).status, 201);
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 2);
    QVERIFY(f.server.journal().count() > 0);

    QCOMPARE(f.send("POST", u"/__mockbench/reset"_s).status, 200);
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 1);
    QCOMPARE(f.server.journal().count(), 0); // what reset did before stays
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("empty"));
}

void tst_State::adminPutRoutesArrayMayNameTheSetsDataStores()
{
    Fixture f(checkoutSet());
    // An array of routes keeps the set's data, so a resource route in it can name a store.
    const Reply put = f.send("PUT", u"/__mockbench/routes"_s,
        js("[{'id': 'cfg', 'path': '/config', 'resource': {'data': 'config'}}]"));
    QCOMPARE(put.status, 200);
    QCOMPARE(f.send("GET", u"/config"_s).json().toObject().value(u"mode"_s).toString(), u"test"_s);
    const Reply bad = f.send("PUT", u"/__mockbench/routes"_s,
        js("[{'id': 'o', 'path': '/o', 'resource': {'data': 'orders'}}]"));
    QCOMPARE(bad.status, 400);
    QVERIFY2(
        bad.body.contains("routes[0].resource.data: names no data store"), bad.body.constData());
}

void tst_State::reloadStartsStateOver()
{
    Fixture f(checkoutSet());
    QCOMPARE(f.send("POST", u"/cart"_s, "{}").status, 201);
    QCOMPARE(f.send("DELETE", u"/users/1"_s).status, 200);
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 0);
    // What the headless runner's --watch and the window's Open do: the same set, from disk.
    f.document.reset(checkoutSet());
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 1);
}

void tst_State::watchedFileReloadStartsStateOver()
{
    // The headless runner with --watch, as a CI job runs it: a changed file is a reload, and
    // a reload puts the data back even where the file did not change it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shop.mockbench.json"_s);
    auto write = [&path](const QString &name) {
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly)
            && file.write(R"({"mockbench": 2, "name": ")" + name.toUtf8() + R"(",
                "data": {"users": [{"id": 1}]},
                "routes": [{"id": "users", "path": "/users", "resource": {"data": "users"}}]})")
            > 0
            && file.commit();
    };
    QVERIFY(write(u"one"_s));
    MockProcess mock;
    QVERIFY2(mock.start(path, { u"--watch"_s }), qPrintable(mock.errorString()));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    auto count = [&]() -> qsizetype {
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(mock.baseUrl().resolved(QUrl(u"/users"_s)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(WaitMs)) {
            return -1;
        }
        return QJsonDocument::fromJson(reply->readAll()).array().size();
    };
    {
        QNetworkRequest post(mock.baseUrl().resolved(QUrl(u"/users"_s)));
        post.setRawHeader("Content-Type", "application/json");
        std::unique_ptr<QNetworkReply> reply(nam.post(post, QByteArray("{}")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(WaitMs));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    }
    QCOMPARE(count(), 2);
    QVERIFY(write(u"two"_s)); // the data stores as they were, only the name changes
    QTRY_VERIFY_WITH_TIMEOUT(mock.standardError().contains("reloaded"), WaitMs);
    QCOMPARE(count(), 1);
    QVERIFY(mock.stop());
}

void tst_State::editingARouteKeepsState()
{
    Fixture f(checkoutSet());
    QCOMPARE(f.send("POST", u"/cart"_s, "{}").status, 201);
    QCOMPARE(f.send("POST", u"/users"_s, js("{'name': 'Cy'}")).status, 201);
    Route edited = f.document.route(2);
    edited.responses[0].body = u"1 item"_s;
    QVERIFY(f.document.updateRoute(2, edited, u"edit"_s));
    QCOMPARE(f.send("GET", u"/cart"_s).body, QByteArray("1 item"));
    QCOMPARE(f.server.scenarioStates().value(u"checkout"_s), u"filled"_s);
    QCOMPARE(f.server.dataStore(u"users"_s)->toArray().size(), 2);
}

void tst_State::changedStartingValueStartsThatStoreOver()
{
    MockServer server;
    RouteSet set = checkoutSet();
    server.setRouteSet(set);
    QVERIFY(server.setDataStore(u"users"_s, QJsonArray()));
    QVERIFY(server.setDataStore(u"config"_s, QJsonObject { { u"mode"_s, u"live"_s } }));
    set.data.insert(u"users"_s, QJsonArray { 1, 2, 3 });
    set.data.remove(u"config"_s);
    server.setRouteSet(set);
    QCOMPARE(server.dataStore(u"users"_s), std::optional<QJsonValue>(QJsonArray { 1, 2, 3 }));
    QVERIFY(!server.dataStore(u"config"_s)); // gone with its starting value
    QCOMPARE(server.dataStoreNames(), QStringList { u"users"_s });

    // A store made while serving stays across an edit, and goes with a reset.
    QVERIFY(server.setDataStore(u"counter"_s, 3));
    set.routes[0].responses[0].body = u"edited"_s;
    server.setRouteSet(set);
    QCOMPARE(server.dataStore(u"counter"_s), std::optional<QJsonValue>(QJsonValue(3)));
    server.resetState();
    QVERIFY(!server.dataStore(u"counter"_s));

    // A scenario left in a state its edited routes no longer name starts over.
    QVERIFY(server.setScenarioState(u"checkout"_s, u"paid"_s));
    set.routes.removeAt(4); // "cart-paid"
    set.routes.removeAt(3); // "pay": nothing names "paid" now
    server.setRouteSet(set);
    QCOMPARE(server.scenarioStates().value(u"checkout"_s), u"Started"_s);
    QVERIFY(server.setScenarioState(u"checkout"_s, u"filled"_s));
    server.setRouteSet(set);
    QCOMPARE(server.scenarioStates().value(u"checkout"_s), u"filled"_s);
}

void tst_State::stateChangedIsCoalesced()
{
    MockServer server;
    server.setRouteSet(checkoutSet());
    QSignalSpy changed(&server, &MockServer::stateChanged);
    for (int i = 0; i < 500; ++i) {
        QVERIFY(server.setDataStore(u"users"_s, QJsonArray { i }));
    }
    QVERIFY(changed.wait(WaitMs));
    QCOMPARE(changed.count(), 1);
    // A later change is told again.
    QVERIFY(server.setScenarioState(u"checkout"_s, u"paid"_s));
    QVERIFY(changed.wait(WaitMs));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!server.setScenarioState(u"checkout"_s, u"lost"_s));
    QVERIFY(!server.setScenarioState(u"nosuch"_s, u"Started"_s));
}

void tst_State::storeResetClearsGlobalsAndRestoresData()
{
    StateStore store;
    store.setStartingValues(checkoutSet(), false);
    store.setGlobalVar(u"token"_s, u"abc"_s);
    store.setData(u"config"_s, QJsonValue(5));
    QCOMPARE(store.globalVar(u"token"_s), std::optional<QJsonValue>(QJsonValue(u"abc"_s)));
    QVERIFY(!store.globalVar(u"other"_s));
    store.reset();
    QVERIFY(!store.globalVar(u"token"_s));
    QCOMPARE(store.globalVariables(), QJsonObject());
    QCOMPARE(store.data(u"config"_s)->toObject().value(u"mode"_s).toString(), u"test"_s);
    QCOMPARE(store.dataJson(u"config"_s), QByteArray(R"({"mode":"test"})"));
}

void tst_State::storeIsSafeAcrossThreads()
{
    StateStore store;
    RouteSet set;
    set.data.insert(u"counter"_s, 0);
    store.setStartingValues(set, false);
    std::atomic_int callbacks { 0 };
    store.setChangeCallback([&callbacks] { ++callbacks; });
    constexpr int Threads = 4;
    constexpr int Rounds = 2000;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&store, t] {
            for (int i = 0; i < Rounds; ++i) {
                store.modifyData(u"counter"_s, [](QJsonValue &v) {
                    v = v.toInt() + 1;
                    return true;
                });
                store.setGlobalVar(u"t%1"_s.arg(t), i);
                (void)store.dataJson(u"counter"_s);
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(store.data(u"counter"_s)->toInt(), Threads * Rounds);
    QCOMPARE(store.dataJson(u"counter"_s), QByteArray::number(Threads * Rounds));
    QCOMPARE(store.globalVariables().size(), Threads);
    QCOMPARE(callbacks.load(), 2 * Threads * Rounds);
}

void tst_State::migratesVersion1To2()
{
    const QByteArray v1 = R"({"mockbench": 1, "name": "old", "routes": [
        {"path": "/a", "responses": [{"status": 204}], "x-note": "kept"}]})";
    const LoadResult loaded = RouteSetFormat::fromJson(v1);
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    QCOMPARE(loaded.sourceVersion, 1);
    QCOMPARE(loaded.routeSet.routes.size(), 1);
    QCOMPARE(loaded.routeSet.routes.at(0).responses.at(0).status, 204);
    QCOMPARE(loaded.routeSet.routes.at(0).extra.value(u"x-note"_s).toString(), u"kept"_s);
    const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
    // Saved as the current version (2 and later changed nothing a version-1 file holds).
    QVERIFY2(saved.startsWith(QByteArray("{\n  \"mockbench\": "
                 + QByteArray::number(RouteSetFormat::CurrentVersion) + ',')),
        saved.constData());
    const LoadResult again = RouteSetFormat::fromJson(saved);
    QCOMPARE(again.sourceVersion, RouteSetFormat::CurrentVersion);
    QCOMPARE(again.routeSet, loaded.routeSet);
}

void tst_State::migratesVersion0Through1To2()
{
    // Version 0's single "response" becomes a list (0 -> 1), then the number goes up (1 -> 2).
    const LoadResult loaded = RouteSetFormat::fromJson(
        R"({"mockbench": 0, "routes": [{"path": "/a", "response": {"status": 202}}]})");
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    QCOMPARE(loaded.sourceVersion, 0);
    QCOMPARE(loaded.routeSet.routes.at(0).responses.at(0).status, 202);
    QVERIFY(RouteSetFormat::toJson(loaded.routeSet)
                .contains(QByteArray(
                    "\"mockbench\": " + QByteArray::number(RouteSetFormat::CurrentVersion))));
}

void tst_State::refusesNewerVersion()
{
    const int newer = RouteSetFormat::CurrentVersion + 1;
    const LoadResult loaded = RouteSetFormat::fromJson(
        R"({"mockbench": )" + QByteArray::number(newer) + R"(, "routes": []})");
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.at(0).path, u"mockbench"_s);
    QVERIFY2(
        loaded.errors.at(0).message.contains(
            u"format version %1 is newer than this MockBench understands (%2)"_s.arg(newer).arg(
                RouteSetFormat::CurrentVersion)),
        qPrintable(loaded.errors.at(0).message));
}

void tst_State::roundTripsScenarioDataAndResource()
{
    const QByteArray text = R"({"mockbench": 2,
        "data": {"users": [{"id": 1, "zeta": true, "alpha": [1, 2]}], "flag": false},
        "routes": [
          {"id": "pay", "method": "POST", "path": "/pay",
           "scenario": {"name": "checkout", "requires": "filled", "then": "paid"},
           "responses": [{"status": 200}]},
          {"id": "any", "path": "/any", "scenario": {"name": "checkout"}, "responses": [{}]},
          {"id": "users", "path": "/users", "resource": {"data": "users"}}
        ]})";
    const LoadResult loaded = RouteSetFormat::fromJson(text);
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    const RouteSet &set = loaded.routeSet;
    QCOMPARE(set.data.value(u"flag"_s), QJsonValue(false));
    const Route &pay = set.routes.at(0);
    QVERIFY(pay.scenario);
    QCOMPARE(pay.scenario->name, u"checkout"_s);
    QCOMPARE(pay.scenario->requiredState, std::optional<QString>(u"filled"_s));
    QCOMPARE(pay.scenario->newState, std::optional<QString>(u"paid"_s));
    QVERIFY(!set.routes.at(1).scenario->requiredState);
    QVERIFY(!set.routes.at(1).scenario->newState);
    const Route &users = set.routes.at(2);
    QVERIFY(users.resource);
    QCOMPARE(users.resource->data, u"users"_s);
    QCOMPARE(users.resource->key, u"id"_s);
    QCOMPARE(users.method, u"*"_s); // a resource answers every CRUD method
    QVERIFY(users.responses.isEmpty());

    const QByteArray saved = RouteSetFormat::toJson(set);
    const LoadResult again = RouteSetFormat::fromJson(saved);
    QVERIFY2(again.ok(), qPrintable(errorsOf(again)));
    QCOMPARE(again.routeSet, set);
    QCOMPARE(RouteSetFormat::toJson(again.routeSet), saved);
    // The data stores keep their own keys: no format key order applied inside them.
    QVERIFY2(saved.contains("\"requires\": \"filled\""), saved.constData());
    QVERIFY(!saved.contains("\"responses\": []")); // none written for a resource without any
}

void tst_State::keepsUnknownKeysInScenarioAndResource()
{
    const LoadResult loaded = RouteSetFormat::fromJson(R"({"mockbench": 2, "data": {"u": []},
        "routes": [{"path": "/u", "scenario": {"name": "s", "x-later": 1},
                    "resource": {"data": "u", "x-idStrategy": "uuid"}}]})");
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
    QVERIFY2(saved.contains("\"x-later\": 1"), saved.constData());
    QVERIFY2(saved.contains("\"x-idStrategy\": \"uuid\""), saved.constData());
}

void tst_State::reportsStateErrorsAtTheirPaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addRow("resource names no store")
        << QByteArray(R"({"mockbench": 2, "data": {"users": []},
            "routes": [{"path": "/o", "resource": {"data": "orders"}}]})")
        << u"routes[0].resource.data"_s
        << u"names no data store \"orders\" (the set's \"data\" has users)"_s;
    QTest::addRow("resource without any data")
        << QByteArray(R"({"mockbench": 2, "routes": [{"path": "/o", "resource": {"data": "o"}}]})")
        << u"routes[0].resource.data"_s << u"the set has no \"data\""_s;
    QTest::addRow("resource without data key")
        << QByteArray(R"({"mockbench": 2, "routes": [{"path": "/o", "resource": {"key": "id"}}]})")
        << u"routes[0].resource.data"_s << u"is required"_s;
    QTest::addRow("resource with empty key") << QByteArray(R"({"mockbench": 2, "data": {"o": []},
            "routes": [{"path": "/o", "resource": {"data": "o", "key": ""}}]})")
                                             << u"routes[0].resource.key"_s << u"non-empty"_s;
    QTest::addRow("resource on a rest path") << QByteArray(R"({"mockbench": 2, "data": {"o": []},
            "routes": [{"path": "/o/{*rest}", "resource": {"data": "o"}}]})")
                                             << u"routes[0].path"_s << u"{*rest}"_s;
    QTest::addRow("resource is a string") << QByteArray(
        R"({"mockbench": 2, "routes": [{"path": "/o", "resource": "users", "responses": [{}]}]})")
                                          << u"routes[0].resource"_s << u"must be an object"_s;
    QTest::addRow("scenario without name") << QByteArray(
        R"({"mockbench": 2, "routes": [{"path": "/a", "scenario": {"then": "x"}, "responses": [{}]}]})")
                                           << u"routes[0].scenario.name"_s << u"is required"_s;
    QTest::addRow("scenario with empty name") << QByteArray(
        R"({"mockbench": 2, "routes": [{"path": "/a", "scenario": {"name": ""}, "responses": [{}]}]})")
                                              << u"routes[0].scenario.name"_s << u"non-empty"_s;
    QTest::addRow("scenario requires a number") << QByteArray(
        R"({"mockbench": 2, "routes": [{"path": "/a", "scenario": {"name": "s", "requires": 2}, "responses": [{}]}]})")
                                                << u"routes[0].scenario.requires"_s
                                                << u"must be a string, not a number"_s;
    QTest::addRow("scenario then empty") << QByteArray(
        R"({"mockbench": 2, "routes": [{"path": "/a", "scenario": {"name": "s", "then": ""}, "responses": [{}]}]})")
                                         << u"routes[0].scenario.then"_s << u"non-empty"_s;
    QTest::addRow("data is an array") << QByteArray(R"({"mockbench": 2, "data": [], "routes": []})")
                                      << u"data"_s << u"must be an object of data stores"_s;
    QTest::addRow("plain route still needs responses")
        << QByteArray(R"({"mockbench": 2, "routes": [{"path": "/a"}]})") << u"routes[0].responses"_s
        << u"is required"_s;
}

void tst_State::reportsStateErrorsAtTheirPaths()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const LoadResult loaded = RouteSetFormat::fromJson(json);
    QVERIFY(!loaded.ok());
    QVERIFY2(hasErrorAt(loaded, path), qPrintable(errorsOf(loaded)));
    bool found = false;
    for (const FormatError &e : loaded.errors) {
        found = found || (e.path == path && e.message.contains(message));
    }
    QVERIFY2(found, qPrintable(errorsOf(loaded)));
}

QTEST_GUILESS_MAIN(tst_State)
#include "tst_state.moc"
