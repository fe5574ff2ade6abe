// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteEditor.h"
#include "TemplateCompleter.h"
#include "TemplateHighlighter.h"
#include "document/RouteSetDocument.h"
#include "model/Route.h"
#include "server/MockServer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

RouteSet sampleSet()
{
    RouteSet set;
    set.name = u"Shop"_s;
    set.add(Route::get(u"/items/{id:int}"_s)
                .withId(u"get-item"_s)
                .respond(200, u"{\"id\": {{ params.id }}}"_s,
                    { { u"Content-Type"_s, { u"application/json"_s } } }));
    set.add(Route::post(u"/orders"_s)
                .withId(u"create-order"_s)
                .respondJson(201, QJsonObject { { u"id"_s, 7 } }));
    set.add(Route::get(u"/status"_s)
                .withId(u"status"_s)
                .withMode(Route::ResponseMode::Sequential)
                .respond(200, u"up"_s)
                .respond(503, u"down"_s));
    return set;
}

/// A document with the sample set and an editor on it, shown (offscreen).
struct Bench
{
    RouteSetDocument document;
    RouteEditor editor { &document };

    Bench()
    {
        document.reset(sampleSet());
        editor.resize(720, 1000);
        editor.show();
    }

    template <typename T>
    T *find(const QString &name)
    {
        T *widget = editor.findChild<T *>(name);
        if (!widget) {
            qFatal("no widget named %s", qPrintable(name));
        }
        return widget;
    }

    bool shows(const QString &name) { return find<QWidget>(name)->isVisibleTo(&editor); }
};

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer get(QNetworkAccessManager &manager, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000)) {
        return {};
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// One notch of the mouse wheel over @p widget: up for a positive @p delta.
void wheel(QWidget *widget, int delta)
{
    const QPointF at = widget->rect().center();
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

/// A route with every field format version 3 added (as a Mockoon import makes them).
RouteSet mockoonishSet()
{
    RouteSet set;
    set.data.insert(u"users"_s, QJsonObject { { u"n"_s, 1 } });
    set.data.insert(u"notes"_s, u"hello"_s);
    Route route = Route::get(u"/users/:id"_s).withId(u"users"_s);
    route.pathSyntax = Route::PathSyntax::Mockoon;
    route.fallthrough = true;
    MatchRule rule;
    rule.target = MatchRule::Target::Header;
    rule.name = u"X-Mode"_s;
    rule.op = MatchRule::Operator::RegexI;
    rule.value = u"^beta"_s;
    rule.invert = true;
    route.match.rules.append(rule);
    route.match.any = true;
    Response data;
    data.bodySource = Response::BodySource::Data;
    data.bodyData = u"users"_s;
    data.latency = Latency::uniform(10, 50);
    MatchRule when;
    when.target = MatchRule::Target::Query;
    when.name = u"v"_s;
    when.value = u"{{queryParam 'w'}}"_s;
    when.templateValue = true;
    data.when = MatchConditions();
    data.when->rules.append(when);
    Response file;
    file.status = 404;
    file.bodySource = Response::BodySource::File;
    file.bodyFile = u"missing.json"_s;
    file.templateFile = true;
    file.missingFile = Response::MissingFile::NotFound;
    file.isDefault = true;
    route.respond(data).respond(file);
    set.add(route);
    return set;
}

} // namespace

class tst_RouteEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedRoute();
    void loadingAppliesNothing();
    void statusChangeReachesDocumentAndServer();
    void pathIsAppliedWhenEditingFinishes();
    void invalidPathIsRefusedAndShown();
    void invalidRegexConditionIsRefused();
    void bodyConditionWaitsForItsValue();
    void bodyTemplateIsAppliedAfterTypingStops();
    void jsonStatusLabelValidatesBody();
    void faultShowsItsParametersAndUpdatesRoute();
    void addingAndRemovingResponses();
    void repeatedHeaderNamesAreOneHeader();
    void externalChangeRefreshesFields();
    void externalChangeKeepsTextBeingTyped();
    void routeChaosIsEdited();
    void noRowDisablesEditor();
    void removedRoutesAreFollowed();
    void highlightsTemplatesAndJson();
    void choosingDialectChangesTemplatingAndServedAnswer();
    void defaultDialectIsShownAndFollowed();
    void highlightingFollowsDialect();
    void completionOffersHelperNames();
    void completionOnlyInsideTemplates();
    void insertedTemplateTextIsApplied();
    void wheelOverUnfocusedFieldsChangesNothing();
    void wheelChangesFocusedFields();
    void newFieldsSurviveAnUnrelatedEdit();
    void newResponseControlsEditTheModel();
    void newRouteControlsEditTheModel();
    void rulesAreEditedInTheirTable();
};

void tst_RouteEditor::showsTheSelectedRoute()
{
    Bench bench;
    bench.editor.setCurrentRow(0);

    QCOMPARE(bench.editor.currentRow(), 0);
    QCOMPARE(bench.find<QComboBox>(u"methodCombo"_s)->currentText(), u"GET"_s);
    QCOMPARE(bench.find<QLineEdit>(u"pathEdit"_s)->text(), u"/items/{id:int}"_s);
    QCOMPARE(bench.find<QLineEdit>(u"idEdit"_s)->text(), u"get-item"_s);
    QVERIFY(bench.find<QCheckBox>(u"enabledCheck"_s)->isChecked());
    QCOMPARE(bench.find<QSpinBox>(u"statusSpin"_s)->value(), 200);
    QCOMPARE(
        bench.find<QPlainTextEdit>(u"bodyEdit"_s)->toPlainText(), u"{\"id\": {{ params.id }}}"_s);
    QCOMPARE(bench.find<QTableWidget>(u"headersTable"_s)->item(0, 0)->text(), u"Content-Type"_s);

    bench.editor.setCurrentRow(2);
    QCOMPARE(bench.find<QTabBar>(u"responseTabs"_s)->count(), 2);
    QCOMPARE(bench.find<QComboBox>(u"responseModeCombo"_s)->currentData().toInt(),
        int(Route::ResponseMode::Sequential));
    QVERIFY(!bench.shows(u"whenGroup"_s)); // only for rules mode
    QVERIFY(bench.find<QWidget>(u"pathEdit"_s)->isEnabled());
}

void tst_RouteEditor::loadingAppliesNothing()
{
    Bench bench;
    QSignalSpy changed(&bench.document, &RouteSetDocument::changed);

    for (int row : { 0, 1, 2, 1, 0 }) {
        bench.editor.setCurrentRow(row);
    }

    QCOMPARE(changed.count(), 0);
    QVERIFY(!bench.document.isModified());
    QCOMPARE(bench.document.routeSet(), sampleSet());
}

void tst_RouteEditor::statusChangeReachesDocumentAndServer()
{
    Bench bench;
    QNetworkAccessManager manager;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    const QUrl url = server.baseUrl().resolved(QUrl(u"/items/5"_s));
    QCOMPARE(get(manager, url).status, 200);

    bench.editor.setCurrentRow(0);
    auto *status = bench.find<QSpinBox>(u"statusSpin"_s);
    status->setFocus();
    status->selectAll();
    QTest::keyClicks(status, u"418"_s);
    QCOMPARE(bench.document.route(0).responses.at(0).status, 200); // not before Enter
    QTest::keyClick(status, Qt::Key_Return);

    QCOMPARE(bench.document.route(0).responses.at(0).status, 418);
    QVERIFY(bench.document.isModified());
    QCOMPARE(get(manager, url).status, 418);
    QCOMPARE(bench.find<QTabBar>(u"responseTabs"_s)->tabText(0), u"1: 418"_s);
}

void tst_RouteEditor::pathIsAppliedWhenEditingFinishes()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *path = bench.find<QLineEdit>(u"pathEdit"_s);

    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, u"/things/{id:int}"_s);
    QCOMPARE(bench.document.route(0).path, u"/items/{id:int}"_s); // still typing
    QTest::keyClick(path, Qt::Key_Return);

    QCOMPARE(bench.document.route(0).path, u"/things/{id:int}"_s);
    QVERIFY(!bench.shows(u"errorLabel"_s));

    auto *method = bench.find<QComboBox>(u"methodCombo"_s);
    replaceText(method->lineEdit(), u"purge"_s);
    QCOMPARE(bench.document.route(0).method, u"PURGE"_s);
}

void tst_RouteEditor::invalidPathIsRefusedAndShown()
{
    Bench bench;
    bench.editor.setCurrentRow(1);
    QSignalSpy refused(&bench.editor, &RouteEditor::editRefused);
    const RouteSet before = bench.document.routeSet();

    replaceText(bench.find<QLineEdit>(u"pathEdit"_s), u"/orders/{id"_s);

    QCOMPARE(bench.document.routeSet(), before);
    QVERIFY(!bench.document.isModified());
    QCOMPARE(refused.count(), 1);
    const QString message = refused.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"path: "_s), qPrintable(message));
    auto *error = bench.find<QLabel>(u"errorLabel"_s);
    QVERIFY(bench.shows(u"errorLabel"_s));
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(bench.find<QLineEdit>(u"pathEdit"_s)->text(), u"/orders"_s); // restored

    // The next edit that is applied clears the message.
    bench.find<QSpinBox>(u"statusSpin"_s)->setValue(202);
    QCOMPARE(bench.document.route(1).responses.at(0).status, 202);
    QVERIFY(!bench.shows(u"errorLabel"_s));
}

void tst_RouteEditor::bodyConditionWaitsForItsValue()
{
    Bench bench;
    bench.editor.setCurrentRow(2);
    QSignalSpy refused(&bench.editor, &RouteEditor::editRefused);
    auto *kind = bench.find<QComboBox>(u"matchBodyKindCombo"_s);
    auto *value = bench.find<QLineEdit>(u"matchBodyEdit"_s);
    // Choosing "JSON subset" with no value yet must not be refused and snap back.
    kind->setCurrentIndex(kind->findData(int(ValueMatcher::Kind::Json)));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(kind->currentData().toInt(), int(ValueMatcher::Kind::Json));
    QVERIFY(value->isEnabled());
    QVERIFY(!bench.document.route(2).match.body);
    value->setText(u"{\"role\": \"admin\"}"_s);
    Q_EMIT value->editingFinished();
    QVERIFY(bench.document.route(2).match.body);
    QCOMPARE(*bench.document.route(2).match.body,
        ValueMatcher::json(QJsonObject { { u"role"_s, u"admin"_s } }));
    QCOMPARE(refused.count(), 0);
}

void tst_RouteEditor::invalidRegexConditionIsRefused()
{
    Bench bench;
    bench.editor.setCurrentRow(2);
    QSignalSpy refused(&bench.editor, &RouteEditor::editRefused);
    auto *table = bench.find<QTableWidget>(u"matchQueryTable"_s);

    QTest::mouseClick(bench.find<QToolButton>(u"matchQueryAddButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(bench.document.route(2).match.isEmpty()); // no name yet: nothing to apply
    table->item(0, 0)->setText(u"sort"_s);
    auto *kind = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(int(ValueMatcher::Kind::Regex)));
    table->item(0, 2)->setText(u"name|date"_s);
    QCOMPARE(bench.document.route(2).match.query.size(), 1);
    QCOMPARE(bench.document.route(2).match.query.at(0).first, u"sort"_s);
    QCOMPARE(bench.document.route(2).match.query.at(0).second, ValueMatcher::regex(u"name|date"_s));
    QCOMPARE(refused.count(), 0);

    table = bench.find<QTableWidget>(u"matchQueryTable"_s);
    table->item(0, 2)->setText(u"[a-"_s);

    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(u"regex"_s),
        qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(bench.document.route(2).match.query.at(0).second, ValueMatcher::regex(u"name|date"_s));
    QVERIFY(bench.shows(u"errorLabel"_s));
    QCOMPARE(table->item(0, 2)->text(), u"name|date"_s);
}

void tst_RouteEditor::bodyTemplateIsAppliedAfterTypingStops()
{
    Bench bench;
    QNetworkAccessManager manager;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    bench.editor.setCurrentRow(0);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    QSignalSpy changed(&bench.document, &RouteSetDocument::routeChanged);

    body->setFocus();
    body->selectAll();
    const QString typed = u"{\"item\": {{ params.id * 2 }}, \"tag\": \"{{ query.tag }}\"}"_s;
    QTest::keyClicks(body, typed);
    QCOMPARE(changed.count(), 0); // not per key: one edit once typing pauses

    QTRY_COMPARE(bench.document.route(0).responses.at(0).body, typed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(body->toPlainText(), typed);
    const Answer answer = get(manager, server.baseUrl().resolved(QUrl(u"/items/21?tag=x"_s)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"item": 42, "tag": "x"})"));
}

void tst_RouteEditor::jsonStatusLabelValidatesBody()
{
    Bench bench;
    auto *label = bench.find<QLabel>(u"jsonStatusLabel"_s);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);

    // A text body with Content-Type JSON: templates count as values.
    bench.editor.setCurrentRow(0);
    QVERIFY(bench.shows(u"jsonStatusLabel"_s));
    QCOMPARE(label->text(), u"Valid JSON"_s);

    // A JSON body.
    bench.editor.setCurrentRow(1);
    QCOMPARE(bench.find<QComboBox>(u"bodySourceCombo"_s)->currentData().toInt(),
        int(Response::BodySource::Json));
    QVERIFY(bench.shows(u"jsonStatusLabel"_s));
    QCOMPARE(label->text(), u"Valid JSON"_s);

    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, u"{\"id\": 8,"_s);
    QVERIFY2(
        label->text().startsWith(u"Invalid JSON at line 1, column"_s), qPrintable(label->text()));
    body->setPlainText(u"{\n  \"id\" 8\n}"_s); // a paste
    QVERIFY2(
        label->text().startsWith(u"Invalid JSON at line 2, column"_s), qPrintable(label->text()));
    QCOMPARE(bench.document.route(1).responses.at(0).json, QJsonObject({ { u"id"_s, 7 } }));

    body->selectAll();
    QTest::keyClicks(body, u"{\"id\": 8, \"ok\": true}"_s);
    QCOMPARE(label->text(), u"Valid JSON"_s);
    QTRY_COMPARE(bench.document.route(1).responses.at(0).json,
        QJsonObject({ { u"id"_s, 8 }, { u"ok"_s, true } }));

    // A plain text body is not JSON: no label.
    bench.editor.setCurrentRow(2);
    QVERIFY(!bench.shows(u"jsonStatusLabel"_s));
}

void tst_RouteEditor::faultShowsItsParametersAndUpdatesRoute()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *fault = bench.find<QComboBox>(u"faultCombo"_s);
    QCOMPARE(fault->count(), Fault::names().size() + 1);
    QVERIFY(!bench.shows(u"faultChunkBytesSpin"_s));
    QVERIFY(!bench.shows(u"faultBandwidthSpin"_s));

    selectData(fault, u"dribble"_s);
    QCOMPARE(bench.document.route(0).responses.at(0).fault.kind, Fault::Kind::Dribble);
    QVERIFY(bench.shows(u"faultChunkBytesSpin"_s));
    QVERIFY(bench.shows(u"faultIntervalSpin"_s));
    QVERIFY(!bench.shows(u"faultBandwidthSpin"_s));

    bench.find<QSpinBox>(u"faultChunkBytesSpin"_s)->setValue(5);
    bench.find<QSpinBox>(u"faultIntervalSpin"_s)->setValue(20);
    QCOMPARE(bench.document.route(0).responses.at(0).fault, Fault::dribble(5, 20));

    selectData(fault, u"bandwidth"_s);
    QVERIFY(!bench.shows(u"faultChunkBytesSpin"_s));
    QVERIFY(bench.shows(u"faultBandwidthSpin"_s));
    bench.find<QSpinBox>(u"faultBandwidthSpin"_s)->setValue(4096);
    QCOMPARE(bench.document.route(0).responses.at(0).fault, Fault::bandwidth(4096));

    fault->setCurrentIndex(0);
    QVERIFY(bench.document.route(0).responses.at(0).fault.isNone());
    QVERIFY(!bench.shows(u"faultBandwidthSpin"_s));
}

void tst_RouteEditor::addingAndRemovingResponses()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *tabs = bench.find<QTabBar>(u"responseTabs"_s);
    auto *remove = bench.find<QToolButton>(u"removeResponseButton"_s);
    QVERIFY(!remove->isEnabled()); // a route keeps at least one response

    QTest::mouseClick(bench.find<QToolButton>(u"addResponseButton"_s), Qt::LeftButton);
    QCOMPARE(bench.document.route(0).responses.size(), 2);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(remove->isEnabled());

    // The fields now edit the new response only.
    bench.find<QSpinBox>(u"statusSpin"_s)->setValue(500);
    QCOMPARE(bench.document.route(0).responses.at(1).status, 500);
    QCOMPARE(bench.document.route(0).responses.at(0).status, 200);

    tabs->setCurrentIndex(0);
    QCOMPARE(bench.find<QSpinBox>(u"statusSpin"_s)->value(), 200);
    QVERIFY(bench.shows(u"whenGroup"_s)); // rules mode: each response may have conditions

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(bench.document.route(0).responses.size(), 1);
    QCOMPARE(bench.document.route(0).responses.at(0).status, 500);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(bench.find<QSpinBox>(u"statusSpin"_s)->value(), 500);
    QVERIFY(!remove->isEnabled());
}

void tst_RouteEditor::repeatedHeaderNamesAreOneHeader()
{
    Bench bench;
    bench.editor.setCurrentRow(2);
    auto *table = bench.find<QTableWidget>(u"headersTable"_s);
    auto *add = bench.find<QToolButton>(u"addHeaderButton"_s);

    for (const QString &cookie : { u"a=1"_s, u"b=2"_s }) {
        QTest::mouseClick(add, Qt::LeftButton);
        const int row = table->rowCount() - 1;
        table->item(row, 1)->setText(cookie);
        table->item(row, 0)->setText(u"Set-Cookie"_s);
    }

    const HeaderList expected { { u"Set-Cookie"_s, { u"a=1"_s, u"b=2"_s } } };
    QCOMPARE(bench.document.route(2).responses.at(0).headers, expected);
    QCOMPARE(table->rowCount(), 2);

    table->selectRow(0);
    QTest::mouseClick(bench.find<QToolButton>(u"removeHeaderButton"_s), Qt::LeftButton);
    const HeaderList left { { u"Set-Cookie"_s, { u"b=2"_s } } };
    QCOMPARE(bench.document.route(2).responses.at(0).headers, left);
}

void tst_RouteEditor::externalChangeRefreshesFields()
{
    Bench bench;
    QList<DocumentEdit> history; // what the window's undo stack does
    bench.document.setEditSink([&](const DocumentEdit &edit) {
        history.append(edit);
        bench.document.apply(edit);
    });
    bench.editor.setCurrentRow(0);
    auto *status = bench.find<QSpinBox>(u"statusSpin"_s);

    status->setValue(404);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().text, u"Change status of GET /items/{id:int}"_s);

    bench.document.apply(history.last().inverted()); // undo
    QCOMPARE(bench.document.route(0).responses.at(0).status, 200);
    QCOMPARE(status->value(), 200);
    bench.document.apply(history.last()); // redo
    QCOMPARE(status->value(), 404);

    Route route = bench.document.route(0);
    route.path = u"/other"_s;
    route.responses[0].fault = Fault::make(Fault::Kind::Stall);
    QVERIFY(bench.document.updateRoute(0, route, u"outside"_s));
    QCOMPARE(bench.find<QLineEdit>(u"pathEdit"_s)->text(), u"/other"_s);
    QCOMPARE(bench.find<QComboBox>(u"faultCombo"_s)->currentData().toString(), u"stall"_s);
    QCOMPARE(history.size(), 2); // refreshing the fields applied nothing
}

void tst_RouteEditor::externalChangeKeepsTextBeingTyped()
{
    Bench bench;
    bench.editor.setCurrentRow(2);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);

    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" and running"_s);
    Route route = bench.document.route(2);
    route.responses[0].status = 202;
    QVERIFY(bench.document.updateRoute(2, route, u"outside"_s));

    QCOMPARE(bench.find<QSpinBox>(u"statusSpin"_s)->value(), 202);
    QCOMPARE(body->toPlainText(), u"up and running"_s);
    QTRY_COMPARE(bench.document.route(2).responses.at(0).body, u"up and running"_s);
    QCOMPARE(bench.document.route(2).responses.at(0).status, 202);
}

void tst_RouteEditor::routeChaosIsEdited()
{
    Bench bench;
    bench.editor.setCurrentRow(1);
    QSignalSpy refused(&bench.editor, &RouteEditor::editRefused);
    const auto chaos = [&] { return bench.document.route(1).chaos; };

    bench.find<QCheckBox>(u"errorRateCheck"_s)->setChecked(true);
    QCOMPARE(chaos().errorRate, std::optional<double>(0));
    bench.find<QSlider>(u"errorRateSlider"_s)->setValue(25);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.25));
    QCOMPARE(bench.find<QDoubleSpinBox>(u"errorRateSpin"_s)->value(), 25.0);
    bench.find<QDoubleSpinBox>(u"errorRateSpin"_s)->setValue(12.5);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.125));
    QCOMPARE(bench.find<QSlider>(u"errorRateSlider"_s)->value(), 13);

    selectData(bench.find<QComboBox>(u"errorKindCombo"_s), u"connection-reset"_s);
    QVERIFY(chaos().error);
    QCOMPARE(chaos().error->fault.kind, Fault::Kind::ConnectionReset);
    QVERIFY(!bench.shows(u"errorStatusSpin"_s));

    auto *latency = bench.find<QComboBox>(u"latencyDistributionCombo"_s);
    QVERIFY(!bench.shows(u"latencySpin"_s));
    selectData(latency, Latency::distributionName(Latency::Distribution::Fixed));
    QVERIFY(bench.shows(u"latencySpin"_s));
    bench.find<QSpinBox>(u"latencySpin"_s)->setValue(150);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(150)));

    selectData(latency, Latency::distributionName(Latency::Distribution::Uniform));
    QVERIFY(!bench.shows(u"latencySpin"_s));
    bench.find<QSpinBox>(u"latencyMinSpin"_s)->setValue(100);
    bench.find<QSpinBox>(u"latencyMaxSpin"_s)->setValue(400);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::uniform(100, 400)));

    // A minimum above the maximum takes the maximum along (as in the global chaos panel): the
    // range stays valid, nothing is refused.
    bench.find<QSpinBox>(u"latencyMinSpin"_s)->setValue(500);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::uniform(500, 500)));
    QCOMPARE(bench.find<QSpinBox>(u"latencyMaxSpin"_s)->value(), 500);
    QCOMPARE(refused.count(), 0);

    latency->setCurrentIndex(0);
    QVERIFY(!chaos().latency);
}

void tst_RouteEditor::noRowDisablesEditor()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    bench.editor.setCurrentRow(-1);

    QCOMPARE(bench.editor.currentRow(), -1);
    QVERIFY(!bench.find<QLineEdit>(u"pathEdit"_s)->isEnabled());
    QVERIFY(!bench.find<QSpinBox>(u"statusSpin"_s)->isEnabled());
    QVERIFY(bench.find<QLineEdit>(u"pathEdit"_s)->text().isEmpty());

    bench.editor.setCurrentRow(7); // out of range: none
    QCOMPARE(bench.editor.currentRow(), -1);
    QVERIFY(!bench.find<QLineEdit>(u"pathEdit"_s)->isEnabled());
}

void tst_RouteEditor::removedRoutesAreFollowed()
{
    Bench bench;
    bench.editor.setCurrentRow(2);

    QVERIFY(bench.document.removeRoute(0, u"remove"_s));
    QCOMPARE(bench.editor.currentRow(), 1);
    bench.find<QSpinBox>(u"statusSpin"_s)->setValue(299);
    QCOMPARE(bench.document.route(1).responses.at(0).status, 299);
    QCOMPARE(bench.document.route(1).id, u"status"_s);

    QVERIFY(bench.document.removeRoute(1, u"remove"_s));
    QCOMPARE(bench.editor.currentRow(), -1);
    QVERIFY(!bench.find<QLineEdit>(u"pathEdit"_s)->isEnabled());
}

void tst_RouteEditor::highlightsTemplatesAndJson()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    auto *highlighter = body->document()->findChild<TemplateHighlighter *>();
    QVERIFY(highlighter);
    QVERIFY(highlighter->jsonHighlighting());

    const auto formatAt = [&](int position) {
        const QList<QTextLayout::FormatRange> ranges =
            body->document()->firstBlock().layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format;
            }
        }
        return QTextCharFormat();
    };
    const QString text = body->toPlainText(); // {"id": {{ params.id }}}
    const auto key = highlighter->tokenFormat(TemplateHighlighter::Token::JsonKey);
    const auto span = highlighter->tokenFormat(TemplateHighlighter::Token::Template);
    const auto name = highlighter->tokenFormat(TemplateHighlighter::Token::TemplateName);
    QCOMPARE(formatAt(text.indexOf(u"\"id\""_s)).foreground(), key.foreground());
    QCOMPARE(formatAt(text.indexOf(u"{{"_s)).background(), span.background());
    QCOMPARE(formatAt(text.indexOf(u"params"_s)).foreground(), name.foreground());
    QCOMPARE(formatAt(text.indexOf(u"params"_s)).background(), span.background());

    // A JSON body is sent as is: no template spans there.
    bench.editor.setCurrentRow(1);
    QVERIFY(!highlighter->templateHighlighting());
    QVERIFY(highlighter->jsonHighlighting());
}

void tst_RouteEditor::choosingDialectChangesTemplatingAndServedAnswer()
{
    Bench bench;
    QNetworkAccessManager manager;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    const QUrl url = server.baseUrl().resolved(QUrl(u"/items/5"_s));
    QCOMPARE(get(manager, url).body, QByteArray(R"({"id": 5})"));

    bench.editor.setCurrentRow(0);
    auto *dialect = bench.find<QComboBox>(u"dialectCombo"_s);
    QCOMPARE(dialect->currentData().toInt(), -1); // unset: the route set's default
    QCOMPARE(bench.editor.currentDialect(), TemplateDialect::JavaScript);

    // From the keyboard: focus the combo and pick "None" with the arrow keys.
    dialect->setFocus();
    while (dialect->currentData().toInt() != int(TemplateDialect::None)) {
        const int before = dialect->currentIndex();
        QTest::keyClick(dialect, Qt::Key_Down);
        QVERIFY(dialect->currentIndex() != before);
    }
    QCOMPARE(bench.document.route(0).responses.at(0).templating, TemplateDialect::None);
    QCOMPARE(bench.editor.currentDialect(), TemplateDialect::None);
    QCOMPARE(get(manager, url).body, QByteArray(R"({"id": {{ params.id }}})"));

    dialect->setCurrentIndex(dialect->findData(int(TemplateDialect::JavaScript)));
    QCOMPARE(bench.document.route(0).responses.at(0).templating, TemplateDialect::JavaScript);
    QCOMPARE(get(manager, url).body, QByteArray(R"({"id": 5})"));

    dialect->setCurrentIndex(dialect->findData(-1));
    QCOMPARE(bench.document.route(0).responses.at(0).templating, std::nullopt);
    QCOMPARE(get(manager, url).body, QByteArray(R"({"id": 5})"));
}

void tst_RouteEditor::defaultDialectIsShownAndFollowed()
{
    Bench bench;
    QNetworkAccessManager manager;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    bench.editor.setCurrentRow(0);
    auto *dialect = bench.find<QComboBox>(u"dialectCombo"_s);
    QVERIFY2(dialect->currentText().contains(u"JavaScript"_s), qPrintable(dialect->currentText()));

    RouteSet set = bench.document.routeSet();
    set.templating = TemplateDialect::None;
    QVERIFY(bench.document.replaceAll(set, u"Change default"_s));
    bench.editor.setCurrentRow(0);
    QCOMPARE(dialect->currentData().toInt(), -1);
    QVERIFY2(dialect->currentText().contains(u"None"_s), qPrintable(dialect->currentText()));
    QCOMPARE(bench.editor.currentDialect(), TemplateDialect::None);
    auto *highlighter =
        bench.find<QPlainTextEdit>(u"bodyEdit"_s)->document()->findChild<TemplateHighlighter *>();
    QCOMPARE(highlighter->dialect(), TemplateDialect::None);
    QCOMPARE(get(manager, server.baseUrl().resolved(QUrl(u"/items/5"_s))).body,
        QByteArray(R"({"id": {{ params.id }}})"));
}

void tst_RouteEditor::highlightingFollowsDialect()
{
    Bench bench;
    bench.editor.setCurrentRow(2); // text bodies, no JSON
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    auto *dialect = bench.find<QComboBox>(u"dialectCombo"_s);
    auto *highlighter = body->document()->findChild<TemplateHighlighter *>();
    QCOMPARE(highlighter->dialect(), TemplateDialect::JavaScript);

    dialect->setCurrentIndex(dialect->findData(int(TemplateDialect::Mockoon)));
    QCOMPARE(highlighter->dialect(), TemplateDialect::Mockoon);
    const QString text = u"{{#if (eq (urlParam 'id') 42)}}{{urlParam 'id' default=7}}{{else}}"
                         "{{{bodyRaw}}}{{/if}} {{!-- a note --}} \\{{literal}}"_s;
    body->setPlainText(text);
    const auto formatAt = [&](int position) {
        for (const QTextLayout::FormatRange &range :
            body->document()->firstBlock().layout()->formats()) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format;
            }
        }
        return QTextCharFormat();
    };
    const auto fg = [&](TemplateHighlighter::Token token) {
        return highlighter->tokenFormat(token).foreground();
    };
    using Token = TemplateHighlighter::Token;
    QCOMPARE(formatAt(text.indexOf(u"#if"_s)).foreground(), fg(Token::TemplateDelimiter));
    QCOMPARE(formatAt(text.indexOf(u"if "_s)).foreground(), fg(Token::TemplateName));
    QCOMPARE(formatAt(text.indexOf(u"eq"_s)).foreground(), fg(Token::TemplateName)); // sub-expr
    QCOMPARE(formatAt(text.indexOf(u"urlParam"_s)).foreground(), fg(Token::TemplateName));
    QCOMPARE(formatAt(text.indexOf(u"'id'"_s)).foreground(), fg(Token::TemplateString));
    QCOMPARE(formatAt(text.indexOf(u"42"_s)).foreground(), fg(Token::TemplateNumber));
    QCOMPARE(formatAt(text.indexOf(u"default="_s)).foreground(), fg(Token::TemplateHashKey));
    QCOMPARE(formatAt(text.indexOf(u"7}}"_s)).foreground(), fg(Token::TemplateNumber));
    QCOMPARE(formatAt(text.indexOf(u"else"_s)).foreground(), fg(Token::TemplateKeyword));
    QCOMPARE(formatAt(text.indexOf(u"{{{"_s)).foreground(), fg(Token::TemplateDelimiter));
    QCOMPARE(formatAt(text.indexOf(u"bodyRaw"_s)).foreground(), fg(Token::TemplateName));
    QCOMPARE(formatAt(text.indexOf(u"/if"_s)).foreground(), fg(Token::TemplateDelimiter));
    QCOMPARE(formatAt(text.indexOf(u"a note"_s)).foreground(), fg(Token::TemplateComment));
    // \{{ is a literal: no span.
    QVERIFY(!formatAt(text.indexOf(u"literal"_s)).hasProperty(QTextFormat::BackgroundBrush));

    // The JavaScript dialect does not read Handlebars: `urlParam` is no name of its own.
    dialect->setCurrentIndex(dialect->findData(int(TemplateDialect::JavaScript)));
    body->setPlainText(text); // the route editor refreshed it meanwhile
    QCOMPARE(highlighter->dialect(), TemplateDialect::JavaScript);
    QVERIFY(formatAt(text.indexOf(u"urlParam"_s)).foreground() != fg(Token::TemplateName));

    dialect->setCurrentIndex(dialect->findData(int(TemplateDialect::None)));
    body->setPlainText(text);
    QVERIFY(!formatAt(text.indexOf(u"urlParam"_s)).hasProperty(QTextFormat::BackgroundBrush));
}

void tst_RouteEditor::completionOffersHelperNames()
{
    Bench bench;
    // The keyboard goes where a user's would: the editor's window is the active one.
    bench.editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bench.editor));
    bench.editor.setCurrentRow(2);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    auto *completer = body->findChild<TemplateCompleter *>();
    QVERIFY(completer);
    QCOMPARE(completer->dialect(), TemplateDialect::JavaScript);
    QVERIFY(completer->names().contains(u"randomInt"_s));
    QAbstractItemView *popup = completer->completer()->popup();

    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, u"n = {{ rand"_s);
    QVERIFY(popup->isVisible());
    QCOMPARE(completer->completer()->currentCompletion(), u"randomInt"_s);
    QTest::keyClick(body, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(body->toPlainText(), u"n = {{ randomInt"_s);

    // Dotted names complete part by part of what is typed; Down picks the next, Tab takes it.
    QTest::keyClicks(body, u"(1, 6) }} {{ faker.person."_s);
    QVERIFY(popup->isVisible());
    const QStringList offered = [&] {
        QStringList names;
        for (int i = 0; i < completer->completer()->completionCount(); ++i) {
            completer->completer()->setCurrentRow(i);
            names.append(completer->completer()->currentCompletion());
        }
        completer->completer()->setCurrentRow(0);
        popup->setCurrentIndex(completer->completer()->completionModel()->index(0, 0));
        return names;
    }();
    QVERIFY2(offered.contains(u"faker.person.firstName"_s), qPrintable(offered.join(u',')));
    QVERIFY(offered.size() >= 2);
    QTest::keyClick(body, Qt::Key_Down);
    QTest::keyClick(body, Qt::Key_Tab);
    QCOMPARE(body->toPlainText(), u"n = {{ randomInt(1, 6) }} {{ "_s + offered.at(1));

    // Escape closes the list and leaves the text; Ctrl+Space opens it again.
    QTest::keyClicks(body, u"() }} {{ u"_s);
    QVERIFY(popup->isVisible());
    QTest::keyClick(body, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QVERIFY(body->toPlainText().endsWith(u"{{ u"_s));
    QTest::keyClick(body, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(popup->isVisible());
    QCOMPARE(completer->completer()->currentCompletion(), u"uuid"_s);
    QTest::keyClick(body, Qt::Key_Enter);
    QVERIFY(body->toPlainText().endsWith(u"{{ uuid"_s));

    // With a real keyboard the open list gets the keys (and QCompleter hands typing on to the
    // editor): letters narrow the list, Enter takes the name instead of starting a line.
    QTest::keyClicks(body, u"() }} {{ fa"_s);
    QVERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_K);
    QVERIFY(body->toPlainText().endsWith(u"{{ fak"_s));
    QVERIFY(popup->isVisible());
    const QString first = completer->completer()->currentCompletion();
    QVERIFY2(first.startsWith(u"faker."_s), qPrintable(first));
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY2(body->toPlainText().endsWith(u"{{ "_s + first) && !body->toPlainText().contains(u'\n'),
        qPrintable(body->toPlainText()));

    // The body is applied as typed (completion included), once typing pauses.
    QTRY_COMPARE(bench.document.route(2).responses.at(0).body, body->toPlainText());
}

void tst_RouteEditor::completionOnlyInsideTemplates()
{
    QCOMPARE(TemplateCompleter::nameStart(u"ra"_s, 2), -1);
    QCOMPARE(TemplateCompleter::nameStart(u"{{ ra"_s, 5), 3);
    QCOMPARE(TemplateCompleter::nameStart(u"{{ a }} ra"_s, 10), -1);
    QCOMPARE(TemplateCompleter::nameStart(u"\\{{ ra"_s, 6), -1);
    QCOMPARE(TemplateCompleter::nameStart(u"{{#each (ur"_s, 11), 9);
    QCOMPARE(TemplateCompleter::nameStart(u"{{{bodyR"_s, 8), 3);
    QCOMPARE(TemplateCompleter::nameStart(u"{{ faker.pe"_s, 11), 3);

    Bench bench;
    bench.editor.setCurrentRow(2);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    auto *completer = body->findChild<TemplateCompleter *>();
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, u"random text"_s);
    QVERIFY(!completer->completer()->popup()->isVisible());

    // "none" has nothing to complete.
    auto *dialect = bench.find<QComboBox>(u"dialectCombo"_s);
    dialect->setCurrentIndex(dialect->findData(int(TemplateDialect::None)));
    QVERIFY(completer->names().isEmpty());
    body->setFocus();
    QTest::keyClicks(body, u" {{ ra"_s);
    QVERIFY(!completer->completer()->popup()->isVisible());
}

void tst_RouteEditor::insertedTemplateTextIsApplied()
{
    Bench bench;
    bench.editor.setCurrentRow(2);
    auto *body = bench.find<QPlainTextEdit>(u"bodyEdit"_s);
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(2); // "up" -> "up{{ uuid() }}"... at the end
    body->setTextCursor(cursor);
    QVERIFY(bench.editor.insertTemplateText(u"{{ uuid() }}"_s));
    QCOMPARE(bench.document.route(2).responses.at(0).body, u"up{{ uuid() }}"_s);

    // A JSON body turns into text to take a template.
    bench.editor.setCurrentRow(1);
    QVERIFY(bench.editor.insertTemplateText(u"{{ path }}"_s));
    const Response &r = bench.document.route(1).responses.at(0);
    QCOMPARE(r.bodySource, Response::BodySource::Text);
    QVERIFY2(r.body.contains(u"{{ path }}"_s), qPrintable(r.body));

    bench.editor.setCurrentRow(-1);
    QVERIFY(!bench.editor.insertTemplateText(u"{{ path }}"_s));
}

void tst_RouteEditor::wheelOverUnfocusedFieldsChangesNothing()
{
    // A scroll over the editor once changed a route's fault to partial-body on the server.
    Bench bench;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    bench.editor.resize(720, 400); // shorter than its fields: the editor scrolls
    bench.editor.setCurrentRow(0);
    bench.editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bench.editor));
    auto *path = bench.find<QLineEdit>(u"pathEdit"_s);
    path->setFocus();
    QVERIFY(path->hasFocus());
    auto *fault = bench.find<QComboBox>(u"faultCombo"_s);
    auto *status = bench.find<QSpinBox>(u"statusSpin"_s);
    QScrollBar *scroll = bench.find<QScrollArea>(u"scrollArea"_s)->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    QCOMPARE(scroll->value(), 0);
    QSignalSpy changed(&bench.document, &RouteSetDocument::changed);

    wheel(fault, -120); // down: the next fault, were the combo box to take it
    wheel(status, 120); // up: 201
    wheel(status, -120);
    wheel(status, -120);

    QCOMPARE(fault->currentIndex(), 0);
    QCOMPARE(status->value(), 200);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(bench.document.routeSet(), sampleSet());
    QCOMPARE(server.routeSet(), sampleSet());
    QVERIFY(path->hasFocus()); // the wheel gave no field the focus
    // The wheel scrolled the editor instead (down twice, up once).
    QVERIFY2(scroll->value() > 0, qPrintable(QString::number(scroll->value())));
}

void tst_RouteEditor::wheelChangesFocusedFields()
{
    Bench bench;
    MockServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bench.document.attachServer(&server);
    bench.editor.setCurrentRow(0);
    bench.editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bench.editor));
    auto *fault = bench.find<QComboBox>(u"faultCombo"_s);
    auto *status = bench.find<QSpinBox>(u"statusSpin"_s);

    // Clicked or tabbed into, the field takes the wheel as usual.
    fault->setFocus();
    QVERIFY(fault->hasFocus());
    wheel(fault, -120);
    QCOMPARE(fault->currentIndex(), 1);
    const Fault chosen = Fault::make(*Fault::kindFromName(fault->currentData().toString()));
    QCOMPARE(bench.document.route(0).responses.at(0).fault, chosen);
    QCOMPARE(server.routeSet().routes.at(0).responses.at(0).fault, chosen);

    status->setFocus();
    QVERIFY(status->hasFocus());
    wheel(status, 120);
    QCOMPARE(status->value(), 201);
    QCOMPARE(bench.document.route(0).responses.at(0).status, 201);
    QCOMPARE(server.routeSet().routes.at(0).responses.at(0).status, 201);
}

void tst_RouteEditor::newFieldsSurviveAnUnrelatedEdit()
{
    Bench bench;
    bench.document.reset(mockoonishSet());
    bench.editor.setCurrentRow(0);
    QCOMPARE(bench.find<QComboBox>(u"pathSyntaxCombo"_s)->currentData().toInt(),
        int(Route::PathSyntax::Mockoon));
    QVERIFY(bench.find<QCheckBox>(u"fallthroughCheck"_s)->isChecked());
    QCOMPARE(bench.find<QComboBox>(u"bodySourceCombo"_s)->currentData().toInt(),
        int(Response::BodySource::Data));
    QVERIFY(bench.shows(u"bodyDataCombo"_s));
    QCOMPARE(bench.find<QComboBox>(u"bodyDataCombo"_s)->currentText(), u"users"_s);
    QVERIFY(bench.find<QLabel>(u"responseLatencyNote"_s)->text().contains(u"10"_s));
    QCOMPARE(bench.find<QComboBox>(u"matchCombineCombo"_s)->currentData().toBool(), true);
    QCOMPARE(bench.find<QTableWidget>(u"matchRulesTable"_s)->rowCount(), 1);
    QVERIFY(bench.shows(u"whenRulesTable"_s));

    // Unrelated edits: the id, the first response's status, the second's reason.
    replaceText(bench.find<QLineEdit>(u"idEdit"_s), u"people"_s);
    bench.find<QSpinBox>(u"statusSpin"_s)->setValue(201);
    bench.editor.findChild<QTabBar *>(u"responseTabs"_s)->setCurrentIndex(1);
    QVERIFY(bench.find<QCheckBox>(u"templateFileCheck"_s)->isChecked());
    QVERIFY(bench.find<QCheckBox>(u"missingFileCheck"_s)->isChecked());
    QVERIFY(bench.find<QCheckBox>(u"defaultCheck"_s)->isChecked());
    replaceText(bench.find<QLineEdit>(u"reasonEdit"_s), u"Nobody"_s);
    // A condition edit keeps the rules and the combine choice beside it.
    auto *bodyKind = bench.find<QComboBox>(u"matchBodyKindCombo"_s);
    bodyKind->setCurrentIndex(bodyKind->findData(int(ValueMatcher::Kind::Contains)));
    replaceText(bench.find<QLineEdit>(u"matchBodyEdit"_s), u"x"_s);

    RouteSet expected = mockoonishSet();
    Route &route = expected.routes[0];
    route.id = u"people"_s;
    route.responses[0].status = 201;
    route.responses[1].reason = u"Nobody"_s;
    route.match.body = ValueMatcher::contains(u"x"_s);
    QCOMPARE(bench.document.route(0), route);
}

void tst_RouteEditor::newResponseControlsEditTheModel()
{
    Bench bench;
    bench.document.reset(mockoonishSet());
    bench.editor.setCurrentRow(0);

    bench.find<QSpinBox>(u"responseLatencySpin"_s)->setValue(250);
    QCOMPARE(bench.document.route(0).responses.at(0).latency, Latency::fixed(250));
    QVERIFY(!bench.shows(u"responseLatencyNote"_s));

    auto *data = bench.find<QComboBox>(u"bodyDataCombo"_s);
    QCOMPARE(data->count(), 2); // the set's stores
    replaceText(data->lineEdit(), u"notes"_s);
    QCOMPARE(bench.document.route(0).responses.at(0).bodyData, u"notes"_s);

    // Default moves: one per route.
    bench.find<QCheckBox>(u"defaultCheck"_s)->setChecked(true);
    QVERIFY(bench.document.route(0).responses.at(0).isDefault);
    QVERIFY(!bench.document.route(0).responses.at(1).isDefault);

    bench.editor.findChild<QTabBar *>(u"responseTabs"_s)->setCurrentIndex(1);
    bench.find<QCheckBox>(u"templateFileCheck"_s)->setChecked(false);
    QVERIFY(!bench.document.route(0).responses.at(1).templateFile);
    bench.find<QCheckBox>(u"missingFileCheck"_s)->setChecked(false);
    QCOMPARE(bench.document.route(0).responses.at(1).missingFile, Response::MissingFile::Error);
    bench.find<QCheckBox>(u"missingFileCheck"_s)->setChecked(true);
    QCOMPARE(bench.document.route(0).responses.at(1).missingFile, Response::MissingFile::NotFound);
    bench.find<QCheckBox>(u"templateFileCheck"_s)->setChecked(true);

    // A text body drops the file's options with the file.
    bench.find<QComboBox>(u"bodySourceCombo"_s)
        ->setCurrentIndex(
            bench.find<QComboBox>(u"bodySourceCombo"_s)->findData(int(Response::BodySource::Text)));
    QCOMPARE(bench.document.route(0).responses.at(1).bodySource, Response::BodySource::Text);
    QCOMPARE(bench.document.route(0).responses.at(1).missingFile, Response::MissingFile::Error);
    QVERIFY(!bench.document.route(0).responses.at(1).templateFile);
    bench.find<QComboBox>(u"bodySourceCombo"_s)
        ->setCurrentIndex(
            bench.find<QComboBox>(u"bodySourceCombo"_s)->findData(int(Response::BodySource::Data)));
    replaceText(bench.find<QComboBox>(u"bodyDataCombo"_s)->lineEdit(), u"users"_s);
    QCOMPARE(bench.document.route(0).responses.at(1).bodySource, Response::BodySource::Data);
    QCOMPARE(bench.document.route(0).responses.at(1).bodyData, u"users"_s);
}

void tst_RouteEditor::newRouteControlsEditTheModel()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *syntax = bench.find<QComboBox>(u"pathSyntaxCombo"_s);
    replaceText(bench.find<QLineEdit>(u"pathEdit"_s), u"/items/:id"_s);
    syntax->setCurrentIndex(syntax->findData(int(Route::PathSyntax::Mockoon)));
    QCOMPARE(bench.document.route(0).pathSyntax, Route::PathSyntax::Mockoon);
    QCOMPARE(bench.find<QLineEdit>(u"pathEdit"_s)->placeholderText(), u"/items/:id"_s);

    bench.editor.setCurrentRow(2); // sequential: no fall through
    QVERIFY(!bench.shows(u"fallthroughCheck"_s));
    auto *mode = bench.find<QComboBox>(u"responseModeCombo"_s);
    mode->setCurrentIndex(mode->findData(int(Route::ResponseMode::Rules)));
    QVERIFY(bench.shows(u"fallthroughCheck"_s));
    bench.find<QCheckBox>(u"fallthroughCheck"_s)->setChecked(true);
    QVERIFY(bench.document.route(2).fallthrough);
    // Another mode ends it in the same step (it would be an error there).
    mode->setCurrentIndex(mode->findData(int(Route::ResponseMode::Default)));
    QCOMPARE(bench.document.route(2).responseMode, Route::ResponseMode::Default);
    QVERIFY(!bench.document.route(2).fallthrough);
    QVERIFY(bench.shows(u"defaultCheck"_s));
}

void tst_RouteEditor::rulesAreEditedInTheirTable()
{
    Bench bench;
    bench.editor.setCurrentRow(0);
    auto *table = bench.find<QTableWidget>(u"matchRulesTable"_s);
    QCOMPARE(table->rowCount(), 0);
    QTest::mouseClick(bench.find<QToolButton>(u"matchRuleAddButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 1)->setText(u"X-Mode"_s);
    table->item(0, 3)->setText(u"beta"_s);
    auto *op = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
    QVERIFY(op);
    op->setCurrentIndex(op->findData(int(MatchRule::Operator::Regex)));
    table->item(0, 4)->setCheckState(Qt::Checked);
    auto *combine = bench.find<QComboBox>(u"matchCombineCombo"_s);
    combine->setCurrentIndex(1);

    const MatchConditions &match = bench.document.route(0).match;
    QCOMPARE(match.rules.size(), 1);
    QCOMPARE(match.rules.at(0).target, MatchRule::Target::Header);
    QCOMPARE(match.rules.at(0).name, u"X-Mode"_s);
    QCOMPARE(match.rules.at(0).op, MatchRule::Operator::Regex);
    QCOMPARE(match.rules.at(0).value, u"beta"_s);
    QVERIFY(match.rules.at(0).invert);
    QVERIFY(!match.rules.at(0).templateValue);
    QVERIFY(match.any);

    // One undo step per change; removing the rule leaves "any" alone.
    table->selectRow(0);
    QTest::mouseClick(bench.find<QToolButton>(u"matchRuleRemoveButton"_s), Qt::LeftButton);
    QVERIFY(bench.document.route(0).match.rules.isEmpty());
    QVERIFY(bench.document.route(0).match.any);
}

QTEST_MAIN(tst_RouteEditor)
#include "tst_routeeditor.moc"
