// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateView.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

/// A checkout scenario (Started -> paid) and two data stores.
RouteSet stateSet()
{
    RouteSet set;
    set.name = u"Shop"_s;
    set.add(Route::get(u"/cart"_s)
                .withId(u"cart-open"_s)
                .inScenario(u"checkout"_s, u"Started"_s, u"paid"_s)
                .respond(200, u"open"_s));
    set.add(Route::get(u"/cart"_s)
                .withId(u"cart-paid"_s)
                .inScenario(u"checkout"_s, u"paid"_s, QString())
                .respond(200, u"paid"_s));
    set.data = QJsonObject { { u"users"_s, QJsonArray { QJsonObject { { u"id"_s, 1 } } } },
        { u"settings"_s, QJsonObject { { u"theme"_s, u"dark"_s } } } };
    return set;
}

QByteArray get(QNetworkAccessManager &manager, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000)) {
        return {};
    }
    return reply->readAll();
}

struct Bench
{
    MockServer server;
    std::unique_ptr<StateView> view;

    Bench()
    {
        server.setRouteSet(stateSet());
        view = std::make_unique<StateView>(&server);
        view->resize(600, 600);
        view->show();
    }

    template <typename T>
    T *find(const QString &name)
    {
        T *widget = view->findChild<T *>(name);
        if (!widget) {
            qFatal("no widget named %s", qPrintable(name));
        }
        return widget;
    }
};

} // namespace

class tst_StateView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsScenarioStates();
    void setsScenarioState();
    void followsRequestsThatMoveScenarios();
    void listsAndEditsDataStores();
    void refusesInvalidJson();
    void keepsTextTypedForAnotherStore();
    void showsGlobalVariablesAndResets();
};

void tst_StateView::showsScenarioStates()
{
    Bench bench;
    auto *table = bench.find<QTableWidget>(u"scenarioTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"checkout"_s);
    auto *state = bench.find<QComboBox>(u"scenarioState:checkout"_s);
    QCOMPARE(state->currentText(), u"Started"_s);
    QStringList offered;
    for (int i = 0; i < state->count(); ++i) {
        offered.append(state->itemText(i));
    }
    QCOMPARE(offered, bench.server.possibleScenarioStates(u"checkout"_s));
    QVERIFY(offered.contains(u"paid"_s));

    RouteSet none;
    none.add(Route::get(u"/x"_s).respond(200, u"x"_s));
    bench.server.setRouteSet(none);
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY(bench.find<QLabel>(u"noScenariosLabel"_s)->isVisible());
}

void tst_StateView::setsScenarioState()
{
    Bench bench;
    QNetworkAccessManager manager;
    QVERIFY(bench.server.listen());
    const QUrl cart = bench.server.baseUrl().resolved(QUrl(u"/cart"_s));
    auto *state = bench.find<QComboBox>(u"scenarioState:checkout"_s);

    // From the keyboard: the combo has the focus, Down moves to the next state.
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down);
    QCOMPARE(state->currentText(), u"paid"_s);
    QCOMPARE(bench.server.scenarioStates().value(u"checkout"_s), u"paid"_s);
    QCOMPARE(get(manager, cart), QByteArray("paid"));
}

void tst_StateView::followsRequestsThatMoveScenarios()
{
    Bench bench;
    QNetworkAccessManager manager;
    QVERIFY(bench.server.listen());
    auto *state = bench.find<QComboBox>(u"scenarioState:checkout"_s);
    QSignalSpy changed(&bench.server, &MockServer::stateChanged);
    QCOMPARE(get(manager, bench.server.baseUrl().resolved(QUrl(u"/cart"_s))), QByteArray("open"));
    QTRY_COMPARE(state->currentText(), u"paid"_s);
}

void tst_StateView::listsAndEditsDataStores()
{
    Bench bench;
    auto *list = bench.find<QListWidget>(u"dataStoreList"_s);
    auto *edit = bench.find<QPlainTextEdit>(u"dataStoreEdit"_s);
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        names.append(list->item(i)->text());
    }
    QCOMPARE(names, bench.server.dataStoreNames());
    QVERIFY(names.contains(u"users"_s) && names.contains(u"settings"_s));

    QVERIFY(bench.view->showDataStore(u"users"_s));
    QVERIFY2(edit->toPlainText().contains(u"\"id\": 1"_s), qPrintable(edit->toPlainText()));

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"[{\"id\": 1}, {\"id\": 2}]"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // Apply's shortcut
    const QJsonArray expected { QJsonObject { { u"id"_s, 1 } }, QJsonObject { { u"id"_s, 2 } } };
    QCOMPARE(bench.server.dataStore(u"users"_s), QJsonValue(expected));
    auto *message = bench.find<QLabel>(u"dataStoreMessage"_s);
    QVERIFY(!message->property("error").toBool());
    QVERIFY(!message->text().isEmpty());

    // A change on the server shows; the other store is untouched.
    bench.server.setDataStore(u"users"_s, QJsonArray());
    QTRY_COMPARE(edit->toPlainText().simplified().remove(u' '), u"[]"_s);
    QVERIFY(bench.view->showDataStore(u"settings"_s));
    QVERIFY(edit->toPlainText().contains(u"dark"_s));
    QVERIFY(!bench.view->showDataStore(u"nope"_s));
}

void tst_StateView::refusesInvalidJson()
{
    Bench bench;
    auto *edit = bench.find<QPlainTextEdit>(u"dataStoreEdit"_s);
    auto *message = bench.find<QLabel>(u"dataStoreMessage"_s);
    QVERIFY(bench.view->showDataStore(u"users"_s));
    const std::optional<QJsonValue> before = bench.server.dataStore(u"users"_s);
    QSignalSpy changed(&bench.server, &MockServer::stateChanged);

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"[{\"id\": 1},"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, u" {\"id\": }]"_s);
    bench.find<QPushButton>(u"applyDataStoreButton"_s)->click();
    QCOMPARE(bench.server.dataStore(u"users"_s), before);
    QVERIFY(message->property("error").toBool());
    QVERIFY2(message->text().contains(u"users"_s) && message->text().contains(u"line 2"_s),
        qPrintable(message->text()));
    // The text stays for the user to fix; nothing was sent.
    QCOMPARE(edit->toPlainText(), u"[{\"id\": 1},\n {\"id\": }]"_s);
    QVERIFY(!bench.view->applyDataStore());
    QCOMPARE(changed.count(), 0);

    // A change of another kind on the server keeps the text being fixed.
    QVERIFY(bench.server.setScenarioState(u"checkout"_s, u"paid"_s));
    QTRY_COMPARE(bench.find<QComboBox>(u"scenarioState:checkout"_s)->currentText(), u"paid"_s);
    QCOMPARE(edit->toPlainText(), u"[{\"id\": 1},\n {\"id\": }]"_s);

    bench.find<QPushButton>(u"revertDataStoreButton"_s)->click();
    QVERIFY(edit->toPlainText().contains(u"\"id\": 1"_s));
    QVERIFY(!edit->toPlainText().contains(u"\"id\": }"_s));
}

void tst_StateView::keepsTextTypedForAnotherStore()
{
    Bench bench;
    auto *edit = bench.find<QPlainTextEdit>(u"dataStoreEdit"_s);
    QVERIFY(bench.view->showDataStore(u"users"_s));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"[7]"_s);

    // Looking at another store loses nothing typed, and sends nothing.
    QVERIFY(bench.view->showDataStore(u"settings"_s));
    QVERIFY(edit->toPlainText().contains(u"dark"_s));
    QVERIFY(bench.view->showDataStore(u"users"_s));
    QCOMPARE(edit->toPlainText(), u"[7]"_s);
    QCOMPARE(bench.server.dataStore(u"users"_s), stateSet().data.value(u"users"_s));

    QVERIFY(bench.view->applyDataStore());
    QCOMPARE(bench.server.dataStore(u"users"_s), QJsonValue(QJsonArray { 7 }));
}

void tst_StateView::showsGlobalVariablesAndResets()
{
    Bench bench;
    auto *globals = bench.find<QTableWidget>(u"globalsTable"_s);
    QCOMPARE(globals->rowCount(), 0);

    // A template sets a global variable; the view shows it.
    RouteSet set = stateSet();
    Response greet = Response::text(200, u"{{setGlobalVar 'greeting' 'hi'}}ok"_s);
    greet.templating = TemplateDialect::Mockoon;
    Route route = Route::get(u"/greet"_s).withId(u"greet"_s);
    route.responses = { greet };
    set.add(route);
    bench.server.setRouteSet(set);
    QNetworkAccessManager manager;
    QVERIFY(bench.server.listen());
    QCOMPARE(get(manager, bench.server.baseUrl().resolved(QUrl(u"/greet"_s))), QByteArray("ok"));
    QTRY_COMPARE(globals->rowCount(), 1);
    QCOMPARE(globals->item(0, 0)->text(), u"greeting"_s);
    QCOMPARE(globals->item(0, 1)->text(), u"\"hi\""_s);
    QVERIFY(bench.server.setScenarioState(u"checkout"_s, u"paid"_s));
    QVERIFY(bench.server.setDataStore(u"users"_s, QJsonArray()));
    QTRY_COMPARE(bench.find<QComboBox>(u"scenarioState:checkout"_s)->currentText(), u"paid"_s);

    bench.find<QPushButton>(u"resetStateButton"_s)->click();
    QCOMPARE(bench.server.scenarioStates().value(u"checkout"_s), u"Started"_s);
    QCOMPARE(bench.server.dataStore(u"users"_s), stateSet().data.value(u"users"_s));
    QTRY_COMPARE(bench.find<QComboBox>(u"scenarioState:checkout"_s)->currentText(), u"Started"_s);
    QCOMPARE(globals->rowCount(), 0);
}

QTEST_MAIN(tst_StateView)
#include "tst_stateview.moc"
