// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The workbench window driven as a user drives it (offscreen): table edits, the chaos
// sliders, the live log and its filter, files, undo, drag and drop, and crash recovery, each
// checked by what a client of the running server sees.
#include "ChaosPanel.h"
#include "Import.h"
#include "MainWindow.h"
#include "RequestLogView.h"
#include "RouteEditor.h"
#include "StateView.h"
#include "TemplateHelpPanel.h"
#include "document/RouteSetDocument.h"
#include "engine/TemplateHelp.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "itemmodels/RequestLogModel.h"
#include "itemmodels/RouteTableModel.h"
#include "runtime/RouteFileWatcher.h"
#include "server/MockServer.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

struct Answer
{
    bool finished = false;
    int status = 0;
    QByteArray body;
};

Answer fetch(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}

/// A real backend on loopback: GET PATH answers 200 with BODY, for each (PATH, BODY).
bool serveBackend(MockServer &backend, const QList<std::pair<QString, QString>> &answers)
{
    RouteSet set;
    for (const auto &[path, body] : answers) {
        set.add(Route::get(path).respond(200, body));
    }
    backend.setRouteSet(set);
    return backend.listen();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void servesTheStartFileAtOnce();
    void createsARouteFromALogRowAndExportsTheLog();
    void recordsABackendIntoRoutes();
    void editorAndSettingsForwardToABackend();
    void servesBuiltInExampleWithoutFile();
    void editingStatusInTableChangesAnswer();
    void refusedTableEditShowsErrorAndKeepsRoute();
    void errorRateSliderAtFullMakesNextRequestFail();
    void logShowsRequestsAndFilterNarrowsIt();
    void saveThenOpenRoundTrips();
    void undoRestoresEdit();
    void openingBadFileShowsErrorAndKeepsSet();
    void addsDuplicatesAndDeletesRoutes();
    void dropsRouteFileOntoWindow();
    void offersAutosavedChangesAfterCrash();
    void importsRoutesAsOneUndoableEdit();
    void exportsOpenApiWithItsReport();
    void opensAFolderThroughOpen();
    void copiesListeningUrl();
    void servesHttpAndHttpsWithBothAddresses();
    void modelsPassTheModelTester();
    void adminChangesShowInWindowAtOnce();
    void reloadsFileChangedOnDisk();
    void asksBeforeReloadingOverUnsavedEdits();
    void keepsRoutesWhenFileOnDiskBreaks();
    void closeAsksFirstAndCancelKeepsWindow();
    void editorEditsTheSelectedRouteAfterAddMoveAndDelete();
    void saveIncludesBodyTypedAMomentAgo();
    void ownSaveIsNotTakenForAnEditOnDisk();
    void commandLineChaosIsNotAnUnsavedEdit();
    void crashCopyStaysUntilAnswered();
    void latencyCellEditsOnlyFixedLatency();
    void badStartFileSaysWhyAndServesTheExample();
    void wheelChangesNoFieldNotClickedInto();
    void templatesHelpInsertsExampleIntoBody();
    void editorHelpShowsTheResponsesDialect();
    void defaultDialectMenuChangesServedAnswer();
    void stateViewShowsTheServersState();
    void docksFitAt1024x700();
    void opensMockoonEnvironmentAsUnsavedSet();
    void saveOfConvertedFileAsksForNewNameAndKeepsOriginal();
    void convertedFileIsNotTheAutosavesOrNextStartsFile();
    void importsMockoonRoutesAndDataStores();
    void routeSetSettingsEditCorsHeadersAndContentType();
    void statusCellEditsStatusesUpTo999();

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow::Options options(const QString &file = QString()) const;
    QString fooFile() const;
    /// A writable copy of a Mockoon environment of tests/data/mockoon.
    QString mockoonFile(const QString &name) const;
    QUrl url(const QString &path) const;
    void startWindow(const QString &file);
    void startWindow(const MainWindow::Options &options);
};

void tst_MainWindow::initTestCase()
{
    // Settings, recent files and the autosave copy go to a throwaway test location.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MockBenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // As the program does at start-up: Open and Import take other tools' files.
    MockBench::Import::registerFormats();
}

void tst_MainWindow::init()
{
    QSettings().clear();
    QFile::remove(MainWindow::autosavePath());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MainWindow::cleanup()
{
    if (m_window) {
        // No prompt in a test: what is unsaved is dropped on purpose.
        m_window->document()->setModified(false);
        m_window->undoStack()->setClean();
    }
    m_window.reset();
    QFile::remove(MainWindow::autosavePath());
}

MainWindow::Options tst_MainWindow::options(const QString &file) const
{
    MainWindow::Options o;
    o.file = file;
    o.port = 0;
    o.restoreLastFile = false;
    return o;
}

QString tst_MainWindow::fooFile() const
{
    // A copy, so saving never touches the test data.
    const QString copy = m_dir->filePath(u"foo.mockbench.json"_s);
    QFile::remove(copy);
    QFile::copy(QFINDTESTDATA("data/foo.mockbench.json"), copy);
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QString tst_MainWindow::mockoonFile(const QString &name) const
{
    const QString copy = m_dir->filePath(QFileInfo(name).fileName());
    QFile::remove(copy);
    QFile::copy(QFINDTESTDATA(u"data/mockoon/"_s + name), copy);
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QUrl tst_MainWindow::url(const QString &path) const
{
    return m_window->server()->baseUrl().resolved(QUrl(path));
}

void tst_MainWindow::startWindow(const QString &file)
{
    startWindow(options(file));
}

void tst_MainWindow::startWindow(const MainWindow::Options &options)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->start(options), qPrintable(m_window->message()));
    QVERIFY(m_window->server()->isListening());
}

void tst_MainWindow::recordsABackendIntoRoutes()
{
    // The real backend: another MockServer on loopback.
    MockServer backend;
    QVERIFY(
        serveBackend(backend, { { u"/api/items"_s, u"[1, 2, 3]"_s }, { u"/health"_s, u"ok"_s } }));
    startWindow(fooFile());
    const int before = m_window->document()->routeCount();

    // A URL that is not http(s) is refused with the reason; nothing records.
    QVERIFY(!m_window->startRecording(u"ftp://example.com"_s));
    QVERIFY2(m_window->message().contains(u"ftp://example.com"_s), qPrintable(m_window->message()));
    QVERIFY(!m_window->isRecording());

    // Server > Record…: the dialog asks for the backend and the paths to record.
    auto *record = m_window->findChild<QAction *>(u"recordAction"_s);
    QVERIFY(record);
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<QDialog *>(u"recordDialog"_s);
        if (!dialog) {
            return;
        }
        shown = true;
        dialog->findChild<QLineEdit *>(u"recordUrlEdit"_s)->setText(backend.baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"recordFilterEdit"_s)->setText(u"^/api/"_s);
        dialog->accept();
    });
    record->trigger();
    QVERIFY(shown);
    QVERIFY(m_window->isRecording());
    QVERIFY(record->isChecked());
    QVERIFY(m_window->message().contains(backend.baseUrl().toString()));

    // Everything goes to the backend; only /api/ is recorded.
    QCOMPARE(fetch(url(u"/api/items"_s)).body, QByteArray("[1, 2, 3]"));
    QCOMPARE(fetch(url(u"/health"_s)).body, QByteArray("ok"));
    QCOMPARE(backend.journal().count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->server()->journal().count() == 2, WaitMs);

    record->trigger(); // Stop Recording
    QVERIFY(!m_window->isRecording());
    QVERIFY(!record->isChecked());
    QCOMPARE(m_window->document()->routeCount(), before + 1);
    const Route made = m_window->document()->route(before);
    QCOMPARE(made.method, u"GET"_s);
    QCOMPARE(made.path, u"/api/items"_s);
    QCOMPARE(made.responses.at(0).body, u"[1, 2, 3]"_s);

    // The backend gone, the recorded route answers as it did; one undo takes it away.
    backend.stop();
    QCOMPARE(fetch(url(u"/api/items"_s)).body, QByteArray("[1, 2, 3]"));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeCount(), before);
}

void tst_MainWindow::editorAndSettingsForwardToABackend()
{
    MockServer backend;
    QVERIFY(serveBackend(backend,
        { { u"/1.1/foo/{n}"_s, u"from the backend"_s }, { u"/elsewhere"_s, u"the rest"_s } }));
    startWindow(fooFile());
    QTableView *table = m_window->routeTable();
    table->setCurrentIndex(table->model()->index(0, RouteTableModel::PathColumn));
    RouteEditor *editor = m_window->routeEditor();
    auto *forward = editor->findChild<QCheckBox *>(u"forwardCheck"_s);
    auto *urlEdit = editor->findChild<QLineEdit *>(u"proxyUrlEdit"_s);
    QVERIFY(forward && urlEdit);
    const QByteArray own = fetch(url(u"/1.1/foo/2"_s)).body;
    QVERIFY(!forward->isChecked());
    QVERIFY(urlEdit->isHidden());

    // Checked, the URL field opens; the route forwards once the URL is given.
    forward->setChecked(true);
    QVERIFY(!urlEdit->isHidden());
    QVERIFY(!m_window->document()->route(0).proxy);
    urlEdit->setFocus();
    QTest::keyClicks(urlEdit, backend.baseUrl().toString());
    QTest::keyClick(urlEdit, Qt::Key_Return);
    QVERIFY(m_window->document()->route(0).proxy);
    QCOMPARE(m_window->document()->route(0).proxy->url, backend.baseUrl());
    QCOMPARE(fetch(url(u"/1.1/foo/2"_s)).body, QByteArray("from the backend"));

    // Unchecked, the route answers itself again, with the responses it had.
    forward->setChecked(false);
    QVERIFY(!m_window->document()->route(0).proxy);
    QCOMPARE(fetch(url(u"/1.1/foo/2"_s)).body, own);

    // Route Set Settings: what no route takes goes to the backend.
    QCOMPARE(fetch(url(u"/elsewhere"_s)).status, 404);
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<QDialog *>(u"settingsDialog"_s);
        if (!dialog) {
            return;
        }
        shown = true;
        dialog->findChild<QLineEdit *>(u"setProxyEdit"_s)->setText(backend.baseUrl().toString());
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"settingsAction"_s)->trigger();
    QVERIFY(shown);
    QVERIFY(m_window->document()->routeSet().proxy);
    QCOMPARE(fetch(url(u"/elsewhere"_s)).body, QByteArray("the rest"));
}

void tst_MainWindow::createsARouteFromALogRowAndExportsTheLog()
{
    startWindow(fooFile());
    const Answer first = fetch(url(u"/1.1/foo/21?verbose=1"_s));
    QCOMPARE(first.status, 200);
    auto *log = m_window->logView();
    auto *table = log->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(log->visibleRowCount(), 1, WaitMs);
    auto *button = log->findChild<QToolButton *>(u"createRouteButton"_s);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(button->isEnabled());
    const int routes = m_window->document()->routeCount();
    button->click();
    QCOMPARE(m_window->document()->routeCount(), routes + 1);
    // Before the route that answered, so it takes that request from now on; undoable.
    const Route made = m_window->document()->route(0);
    QCOMPARE(made.path, u"/1.1/foo/21"_s);
    QCOMPARE(made.match.query.size(), 1);
    QCOMPARE(made.responses.at(0).body, QString::fromUtf8(first.body));
    const Answer again = fetch(url(u"/1.1/foo/21?verbose=1"_s));
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_window->server()->journal().at(1).routeId, made.id);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeCount(), routes);

    const QString har = m_dir->filePath(u"log.har"_s);
    QVERIFY(m_window->exportLog(har));
    QFile in(har);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonObject log2 =
        QJsonDocument::fromJson(in.readAll()).object().value(u"log"_s).toObject();
    QCOMPARE(log2.value(u"entries"_s).toArray().size(), 2);
    QVERIFY(!m_window->exportLog(m_dir->filePath(u"missing/dir/log.har"_s)));
}

void tst_MainWindow::servesTheStartFileAtOnce()
{
    startWindow(fooFile());
    QCOMPARE(m_window->document()->routeCount(), 2);
    const Answer answer = fetch(url(u"/1.1/foo/21"_s));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"important_datastructure": 42})"));
    QVERIFY(m_window->windowTitle().contains(u"foo.mockbench.json"_s));
    QVERIFY(!m_window->isWindowModified());
    // The URL button shows where to point a client.
    auto *urlButton = m_window->findChild<QToolButton *>(u"urlButton"_s);
    QVERIFY(urlButton);
    QCOMPARE(urlButton->text(), m_window->server()->baseUrl().toString());
}

void tst_MainWindow::servesBuiltInExampleWithoutFile()
{
    startWindow(QString());
    const Answer answer = fetch(url(u"/1.1/foo/3"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"important_datastructure": 6})"));
}

void tst_MainWindow::editingStatusInTableChangesAnswer()
{
    startWindow(fooFile());
    QTableView *table = m_window->routeTable();
    const QModelIndex status = table->model()->index(0, RouteTableModel::StatusColumn);
    table->setCurrentIndex(status);
    table->edit(status);
    auto *spin = table->findChild<QSpinBox *>();
    QVERIFY2(spin, "no spin box editor opened on the status cell");
    spin->selectAll();
    QTest::keyClicks(spin, u"418"_s);
    QTest::keyClick(spin, Qt::Key_Return); // the delegate commits on the next event loop turn

    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->route(0).responses.first().status, 418, WaitMs);
    QCOMPARE(table->model()->data(status).toString(), u"418"_s);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 418);
    QVERIFY(m_window->isWindowModified());
}

void tst_MainWindow::refusedTableEditShowsErrorAndKeepsRoute()
{
    startWindow(fooFile());
    QAbstractItemModel *model = m_window->routeTable()->model();
    const QModelIndex path = model->index(0, RouteTableModel::PathColumn);
    QVERIFY(!model->setData(path, u"/1.1/foo/{bar:int"_s));
    QVERIFY2(m_window->message().contains(u"routes[0].path"_s), qPrintable(m_window->message()));
    QCOMPARE(m_window->document()->route(0).path, u"/1.1/foo/{bar:int}"_s);
    QCOMPARE(fetch(url(u"/1.1/foo/2"_s)).status, 200);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::errorRateSliderAtFullMakesNextRequestFail()
{
    startWindow(fooFile());
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 200);
    QSlider *slider = m_window->chaosPanel()->errorRateSlider();
    QVERIFY(slider);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End); // as far as it goes: 100 %
    QCOMPARE(slider->value(), slider->maximum());
    QCOMPARE(m_window->document()->routeSet().chaos.errorRate.value_or(0), 1.0);
    const Answer failed = fetch(url(u"/1.1/foo/1"_s));
    QVERIFY(failed.finished);
    QCOMPARE(failed.status, 503);

    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 200);
}

void tst_MainWindow::logShowsRequestsAndFilterNarrowsIt()
{
    startWindow(fooFile());
    RequestLogView *log = m_window->logView();
    QCOMPARE(log->visibleRowCount(), 0);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 200);
    QCOMPARE(fetch(url(u"/1.1/foo/2"_s)).status, 200);
    QCOMPARE(fetch(url(u"/nowhere"_s)).status, 404);
    // Batched: the rows arrive within a batch interval, without anyone asking.
    QTRY_COMPARE_WITH_TIMEOUT(log->visibleRowCount(), 3, WaitMs);

    QTest::keyClicks(log->filterEdit(), u"nowhere"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log->visibleRowCount(), 1, WaitMs);
    const QModelIndex shown = log->tableView()->model()->index(0, RequestLogModel::PathColumn);
    QCOMPARE(shown.data().toString(), u"/nowhere"_s);

    log->filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(log->visibleRowCount(), 3, WaitMs);
    QCOMPARE(fetch(url(u"/1.1/foo/3"_s)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(log->visibleRowCount(), 4, WaitMs);
}

void tst_MainWindow::saveThenOpenRoundTrips()
{
    startWindow(fooFile());
    QAbstractItemModel *model = m_window->routeTable()->model();
    QVERIFY(model->setData(model->index(1, RouteTableModel::PathColumn), u"/maintenance"_s));
    QVERIFY(model->setData(
        model->index(0, RouteTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    const RouteSet edited = m_window->document()->routeSet();
    QVERIFY(m_window->isWindowModified());

    const QString saved = m_dir->filePath(u"saved.mockbench.json"_s);
    QVERIFY(m_window->saveFile(saved));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->document()->filePath(), saved);

    QVERIFY(m_window->openFile(fooFile()));
    QVERIFY(m_window->document()->routeSet() != edited);
    QVERIFY(m_window->openFile(saved));
    QCOMPARE(m_window->document()->routeSet(), edited);
    QCOMPARE(fetch(url(u"/maintenance"_s)).status, 503);
    // Recent files remember both, newest first.
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    QCOMPARE(recent.value(0), saved);
}

void tst_MainWindow::undoRestoresEdit()
{
    startWindow(fooFile());
    QAbstractItemModel *model = m_window->routeTable()->model();
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 201));
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 201);
    QVERIFY(m_window->isWindowModified());

    // Ctrl+Z, as a user presses it.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 200);
    QCOMPARE(model->index(0, RouteTableModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 200);
    QVERIFY(!m_window->isWindowModified()); // back at the saved state

    m_window->undoStack()->redo();
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 201);
}

void tst_MainWindow::openingBadFileShowsErrorAndKeepsSet()
{
    startWindow(fooFile());
    const RouteSet before = m_window->document()->routeSet();
    const QString path = m_window->document()->filePath();
    QVERIFY(!m_window->openFile(QFINDTESTDATA("data/invalid.mockbench.json")));
    const QString message = m_window->message();
    QVERIFY2(message.contains(u"invalid.mockbench.json"_s), qPrintable(message));
    QVERIFY2(message.contains(u"routes[1].method"_s), qPrintable(message));
    QVERIFY2(message.contains(u"routes[2].responses[0].status"_s), qPrintable(message));
    QCOMPARE(m_window->document()->routeSet(), before);
    QCOMPARE(m_window->document()->filePath(), path);
    QCOMPARE(fetch(url(u"/1.1/foo/4"_s)).status, 200);

    QVERIFY(!m_window->openFile(m_dir->filePath(u"missing.json"_s)));
    QVERIFY(m_window->message().contains(u"missing.json"_s));
    QCOMPARE(m_window->document()->routeSet(), before);
}

void tst_MainWindow::addsDuplicatesAndDeletesRoutes()
{
    startWindow(fooFile());
    QTableView *table = m_window->routeTable();
    table->setCurrentIndex(table->model()->index(0, RouteTableModel::PathColumn));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier); // duplicate
    QCOMPARE(m_window->document()->routeCount(), 3);
    const Route copy = m_window->document()->route(1);
    QCOMPARE(copy.path, m_window->document()->route(0).path);
    QVERIFY(copy.id != m_window->document()->route(0).id);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().row(), 1, WaitMs); // the copy is selected

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // add
    QCOMPARE(m_window->document()->routeCount(), 4);
    const Route added = m_window->document()->route(2);
    QCOMPARE(fetch(url(added.path)).status, 200);

    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    QAction *remove = nullptr;
    for (QAction *action : actions) {
        if (action->text() == u"De&lete Route"_s) {
            remove = action;
        }
    }
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(m_window->document()->routeCount(), 3);
    QCOMPARE(fetch(url(added.path)).status, 404);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeCount(), 4);
    QCOMPARE(fetch(url(added.path)).status, 200);
}

void tst_MainWindow::dropsRouteFileOntoWindow()
{
    startWindow(QString());
    const QString file = fooFile();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(file) });
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->filePath(), file, WaitMs);
    QCOMPARE(m_window->document()->routeCount(), 2);
}

void tst_MainWindow::offersAutosavedChangesAfterCrash()
{
    const QString file = fooFile();
    {
        startWindow(file);
        QAbstractItemModel *model = m_window->routeTable()->model();
        QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 299));
        m_window->writeAutosave();
        QVERIFY(QFile::exists(MainWindow::autosavePath()));
        // A crash: the window goes without closeEvent, the autosave stays behind.
        m_window->document()->setModified(false);
        m_window.reset();
    }
    QVERIFY(QFile::exists(MainWindow::autosavePath()));

    startWindow(file);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 200); // not yet
    QVERIFY2(
        m_window->message().contains(u"foo.mockbench.json"_s), qPrintable(m_window->message()));
    QPushButton *restore = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == u"Restore"_s) {
            restore = button;
        }
    }
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 299);
    QCOMPARE(m_window->document()->filePath(), file);
    QVERIFY(m_window->isWindowModified()); // restored, not yet saved
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 299);
    QVERIFY(!QFile::exists(MainWindow::autosavePath()));
}

void tst_MainWindow::importsRoutesAsOneUndoableEdit()
{
    startWindow(QString());
    QCOMPARE(m_window->document()->routeCount(), 1);
    QVERIFY(m_window->importFile(fooFile()));
    QCOMPARE(m_window->document()->routeCount(), 3);
    // The example's get-foo id is taken: the imported one gets a fresh id.
    QStringList ids;
    for (const Route &route : m_window->document()->routeSet().routes) {
        ids.append(route.id);
    }
    QCOMPARE(ids.removeDuplicates(), 0);
    QCOMPARE(fetch(url(u"/1.1/foo/x"_s)).status, 503); // the imported maintenance route
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeCount(), 1);
    QCOMPARE(fetch(url(u"/1.1/foo/x"_s)).status, 404);

    QVERIFY(!m_window->importFile(QFINDTESTDATA("data/invalid.mockbench.json")));
    QCOMPARE(m_window->document()->routeCount(), 1);
}

void tst_MainWindow::exportsOpenApiWithItsReport()
{
    startWindow(fooFile());
    auto *action = m_window->findChild<QAction *>(u"exportOpenApiAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"Export as OpenA&PI…"_s);
    const QString yaml = m_dir->filePath(u"foo.openapi.yaml"_s);
    QVERIFY(m_window->exportOpenApi(yaml));
    QFile file(yaml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("openapi: \"3.1.0\"\n"), text.constData());
    QVERIFY(text.contains("/1.1/foo/{bar}:"));
    // foo's two routes are one operation, and its Accept condition a header OpenAPI ignores.
    const QString message = m_window->message();
    QVERIFY2(message.startsWith(
                 u"Exported an OpenAPI description to foo.openapi.yaml; 2 thing(s) could not"_s),
        qPrintable(message));
    const QString lines = m_window->findChild<QPlainTextEdit *>(u"messageDetails"_s)->toPlainText();
    QVERIFY2(lines.contains(u"routes[1]: GET /1.1/foo/{bar} is also routes[0]'s operation"_s),
        qPrintable(lines));
    // The document is not the export's: it keeps its file, and nothing is unsaved.
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(), u"foo.mockbench.json"_s);
    QVERIFY(!m_window->exportOpenApi(m_dir->filePath(u"missing/api.json"_s)));
    QVERIFY(m_window->message().contains(u"Cannot export to"_s));
}

void tst_MainWindow::opensAFolderThroughOpen()
{
    startWindow(fooFile());
    QVERIFY(m_window->findChild<QAction *>(u"openFolderAction"_s));
    // A folder no folder format knows: the load error, and the set stays.
    const QString folder = m_dir->filePath(u"plain-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!m_window->openFile(folder));
    QVERIFY2(m_window->message().contains(u"is a folder"_s), qPrintable(m_window->message()));
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(), u"foo.mockbench.json"_s);
}

void tst_MainWindow::copiesListeningUrl()
{
    startWindow(QString());
    auto *urlButton = m_window->findChild<QToolButton *>(u"urlButton"_s);
    QVERIFY(urlButton);
    QApplication::clipboard()->clear();
    QTest::mouseClick(urlButton, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_window->server()->baseUrl().toString());
}

void tst_MainWindow::servesHttpAndHttpsWithBothAddresses()
{
    // --tls-port 0: HTTP on the port, HTTPS with the generated certificate beside it.
    MainWindow::Options o = options(fooFile());
    o.tls.enabled = true;
    o.tls.port = 0;
    startWindow(o);
    const MockServer *server = m_window->server();
    QCOMPARE(server->baseUrl().scheme(), u"http"_s);
    QCOMPARE(server->tlsBaseUrl().scheme(), u"https"_s);
    // The certificate to trust is named.
    QVERIFY2(m_window->message().contains(u"localhost.crt"_s), qPrintable(m_window->message()));
    auto *http = m_window->findChild<QToolButton *>(u"urlButton"_s);
    auto *https = m_window->findChild<QToolButton *>(u"tlsUrlButton"_s);
    QVERIFY(http && https);
    QCOMPARE(http->text(), server->baseUrl().toString());
    QTRY_VERIFY_WITH_TIMEOUT(https->isVisible(), WaitMs); // once the toolbar is laid out again
    QCOMPARE(https->text(), server->tlsBaseUrl().toString());
    QApplication::clipboard()->clear();
    QTest::mouseClick(https, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), server->tlsBaseUrl().toString());
    // Stopped, then HTTP alone: the HTTPS address goes.
    m_window->stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(!https->isVisible(), WaitMs);
}

void tst_MainWindow::modelsPassTheModelTester()
{
    startWindow(fooFile());
    QAbstractItemModelTester routes(
        m_window->routeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester log(
        m_window->logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester shownLog(m_window->logView()->tableView()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(0, RouteTableModel::MethodColumn), u"post"_s));
    QVERIFY(model->moveRows(QModelIndex(), 0, 1, QModelIndex(), 2));
    QCOMPARE(m_window->document()->route(1).method, u"POST"_s);
    QVERIFY(m_window->importFile(fooFile()));
    for (int i = 0; i < 5; ++i) {
        fetch(url(u"/1.1/foo/%1"_s.arg(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->logModel()->rowCount(), 5, WaitMs);
    QTest::keyClicks(m_window->logView()->filterEdit(), u"foo/3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->logView()->visibleRowCount(), 1, WaitMs);
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QVERIFY(m_window->openFile(fooFile()));
}

namespace {

/// Writes @p json to @p path the way editors do: a new file renamed over the old one.
bool writeFileLikeAnEditor(const QString &path, const QByteArray &json)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
}

QByteArray fooWithStatus(int status)
{
    QFile file(QFINDTESTDATA("data/foo.mockbench.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray json = file.readAll();
    json.replace(
        "\"status\": 200", QByteArray(QByteArray("\"status\": ") + QByteArray::number(status)));
    return json;
}

} // namespace

void tst_MainWindow::adminChangesShowInWindowAtOnce()
{
    startWindow(fooFile());
    QNetworkAccessManager nam;
    QNetworkRequest request(url(u"/__mockbench/routes"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(nam.post(request,
        QByteArray(R"({"id": "from-ci", "path": "/ci", "responses": [{"status": 202}]})")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);

    // In the table at once, undoable like any edit, and served.
    QCOMPARE(m_window->routeModel()->rowCount(), 3);
    QCOMPARE(
        m_window->routeModel()->index(2, RouteTableModel::PathColumn).data().toString(), u"/ci"_s);
    QCOMPARE(fetch(url(u"/ci"_s)).status, 202);
    QVERIFY(m_window->undoStack()->undoText().contains(u"admin API"_s));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->routeModel()->rowCount(), 2);
    QCOMPARE(fetch(url(u"/ci"_s)).status, 404);
}

void tst_MainWindow::reloadsFileChangedOnDisk()
{
    const QString file = fooFile();
    startWindow(file);
    QVERIFY(writeFileLikeAnEditor(file, fooWithStatus(207)));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->route(0).responses.first().status, 207, WaitMs);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 207);
}

void tst_MainWindow::asksBeforeReloadingOverUnsavedEdits()
{
    const QString file = fooFile();
    startWindow(file);
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(1, RouteTableModel::PathColumn), u"/mine"_s));
    QVERIFY(writeFileLikeAnEditor(file, fooWithStatus(208)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->message().contains(u"changed on disk"_s), WaitMs);
    // Nothing changed yet: the edit here is still served.
    QCOMPARE(m_window->document()->route(1).path, u"/mine"_s);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 200);

    QPushButton *reload = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == u"Reload"_s) {
            reload = button;
        }
    }
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 208);
    QCOMPARE(m_window->document()->route(1).path, u"/1.1/foo/{bar}"_s);
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::keepsRoutesWhenFileOnDiskBreaks()
{
    const QString file = fooFile();
    startWindow(file);
    const RouteSet before = m_window->document()->routeSet();
    QVERIFY(writeFileLikeAnEditor(
        file, QByteArray(R"({"mockbench": 1, "routes": [{"path": "/a/{x"}]})")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->message().contains(u"cannot be loaded"_s), WaitMs);
    QVERIFY2(m_window->message().contains(u"routes[0].path"_s), qPrintable(m_window->message()));
    QCOMPARE(m_window->document()->routeSet(), before);
    QCOMPARE(fetch(url(u"/1.1/foo/5"_s)).status, 200);
}

void tst_MainWindow::closeAsksFirstAndCancelKeepsWindow()
{
    startWindow(fooFile());
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 299));
    bool asked = false;
    // The question is modal: answer it from the event loop it runs.
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            asked = box->text().contains(u"unsaved"_s);
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->document()->route(0).responses.first().status, 299);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 299);
}

void tst_MainWindow::editorEditsTheSelectedRouteAfterAddMoveAndDelete()
{
    startWindow(fooFile());
    QTableView *table = m_window->routeTable();
    auto *pathEdit = m_window->routeEditor()->findChild<QLineEdit *>(u"pathEdit"_s);
    QVERIFY(pathEdit);
    const auto editPath = [&](const QString &path) {
        pathEdit->setFocus();
        pathEdit->selectAll();
        QTest::keyClicks(pathEdit, path);
        QTest::keyClick(pathEdit, Qt::Key_Return);
    };
    const auto selectedId = [&] {
        return m_window->document()->route(table->currentIndex().row()).id;
    };

    // Add after the first route: the new route is selected, and an edit lands on it.
    table->setCurrentIndex(table->model()->index(0, RouteTableModel::PathColumn));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().row(), 1, WaitMs);
    const QString added = selectedId();
    editPath(u"/edited-new"_s);
    QCOMPARE(m_window->document()->route(1).id, added);
    QCOMPARE(m_window->document()->route(1).path, u"/edited-new"_s);
    QCOMPARE(m_window->document()->route(2).path, u"/1.1/foo/{bar}"_s);

    // Move the selected route to the end: the editor goes with it.
    QVERIFY(m_window->routeModel()->moveRows(QModelIndex(), 1, 1, QModelIndex(), 3));
    QCOMPARE(selectedId(), added);
    editPath(u"/moved"_s);
    QCOMPARE(m_window->document()->route(2).path, u"/moved"_s);
    QCOMPARE(m_window->document()->route(2).id, added);

    // Delete a route above the selection: still the same route under edit.
    m_window->document()->removeRoute(0, u"remove first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(selectedId(), added, WaitMs);
    editPath(u"/after-delete"_s);
    QCOMPARE(m_window->document()->route(1).id, added);
    QCOMPARE(m_window->document()->route(1).path, u"/after-delete"_s);
    QCOMPARE(m_window->document()->route(0).path, u"/1.1/foo/{bar}"_s);
}

void tst_MainWindow::saveIncludesBodyTypedAMomentAgo()
{
    startWindow(fooFile());
    auto *body = m_window->routeEditor()->findChild<QPlainTextEdit *>(u"bodyEdit"_s);
    QVERIFY(body);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(body, u" "_s); // still inside the debounce when the save comes
    const QString typed = body->toPlainText();
    const QString saved = m_dir->filePath(u"typed.mockbench.json"_s);
    QVERIFY(m_window->saveFile(saved));
    const LoadResult loaded = RouteSetFormat::readFile(saved);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.routeSet.routes.first().responses.first().body, typed);
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::ownSaveIsNotTakenForAnEditOnDisk()
{
    const QString file = fooFile();
    startWindow(file);
    auto *watcher = m_window->findChild<RouteFileWatcher *>();
    QVERIFY(watcher);
    QSignalSpy changed(watcher, &RouteFileWatcher::fileChanged);
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 201));
    QVERIFY(m_window->saveFile(file));
    // An edit right after the save, before the watcher reports it.
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 202));
    QVERIFY(changed.wait(WaitMs)); // the watcher saw our save...
    QVERIFY2(m_window->message().isEmpty(), qPrintable(m_window->message())); // ...no question
    QCOMPARE(m_window->document()->route(0).responses.first().status, 202);

    // A real change on disk is still noticed.
    QVERIFY(writeFileLikeAnEditor(file, fooWithStatus(209)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->message().contains(u"changed on disk"_s), WaitMs);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 202);
}

void tst_MainWindow::commandLineChaosIsNotAnUnsavedEdit()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    MainWindow::Options o = options(fooFile());
    o.chaos.errorRate = 1;
    QVERIFY(m_window->start(o));
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 503); // served...
    QVERIFY(!m_window->isWindowModified()); // ...but nothing to save or to be asked about
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::crashCopyStaysUntilAnswered()
{
    const QString file = fooFile();
    startWindow(file);
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 299));
    m_window->writeAutosave();
    m_window->document()->setModified(false);
    m_window.reset(); // a crash
    const QByteArray copy = [] {
        QFile f(MainWindow::autosavePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!copy.isEmpty());

    // Started again, the offer not answered: an edit and the autosave timer must not replace
    // the copy, and closing must not delete it.
    startWindow(file);
    QVERIFY(m_window->message().contains(u"did not close cleanly"_s));
    QAbstractItemModel *fresh = m_window->routeModel();
    QVERIFY(fresh->setData(fresh->index(1, RouteTableModel::PathColumn), u"/other"_s));
    m_window->writeAutosave();
    QFile again(MainWindow::autosavePath());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), copy);
    m_window->undoStack()->undo(); // nothing unsaved: close without a question
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(QFile::exists(MainWindow::autosavePath()));
}

void tst_MainWindow::latencyCellEditsOnlyFixedLatency()
{
    startWindow(fooFile());
    QAbstractItemModel *model = m_window->routeModel();
    const QModelIndex cell = model->index(0, RouteTableModel::LatencyColumn);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    Route route = m_window->document()->route(0);
    route.chaos.latency = Latency::uniform(50, 200);
    QVERIFY(m_window->document()->updateRoute(0, route, u"uniform"_s));
    QVERIFY(!(model->flags(cell) & Qt::ItemIsEditable));
    // Confirming an editor on it (or any setData) must not replace the uniform latency.
    QVERIFY(!model->setData(cell, 0.0));
    QCOMPARE(m_window->document()->route(0).chaos.latency, Latency::uniform(50, 200));
}

void tst_MainWindow::badStartFileSaysWhyAndServesTheExample()
{
    startWindow(QFINDTESTDATA("data/invalid.mockbench.json"));
    const QString message = m_window->message();
    QVERIFY2(message.contains(u"routes[1].method"_s), qPrintable(message));
    QVERIFY2(message.contains(u"built-in example"_s), qPrintable(message));
    QCOMPARE(fetch(url(u"/1.1/foo/3"_s)).status, 200);
}

void tst_MainWindow::wheelChangesNoFieldNotClickedInto()
{
    startWindow(fooFile());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // A condition row made after the editor was built has a combo box of its own.
    QTest::mouseClick(m_window->routeEditor()->findChild<QToolButton *>(u"matchQueryAddButton"_s),
        Qt::LeftButton);
    m_window->routeTable()->setFocus();
    QVERIFY(m_window->routeTable()->hasFocus());

    QList<QWidget *> fields;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w))) {
            fields.append(w);
        }
    }
    QVERIFY2(fields.size() > 20, qPrintable(QString::number(fields.size())));
    const auto valueOf = [](QWidget *w) -> QString {
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            return QString::number(combo->currentIndex()) + combo->currentText();
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            return spin->text();
        }
        return QString::number(static_cast<QAbstractSlider *>(w)->value());
    };
    const RouteSet before = m_window->document()->routeSet();
    for (QWidget *field : std::as_const(fields)) {
        const QString value = valueOf(field);
        for (const int delta : { -120, 120 }) {
            const QPointF at = field->rect().center();
            QWheelEvent event(at, field->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(field, &event);
            QVERIFY2(valueOf(field) == value, qPrintable(field->objectName()));
        }
    }
    QCOMPARE(m_window->document()->routeSet(), before);
    QCOMPARE(m_window->server()->routeSet(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(m_window->routeTable()->hasFocus());
}

void tst_MainWindow::templatesHelpInsertsExampleIntoBody()
{
    startWindow(fooFile());
    auto *action = m_window->findChild<QAction *>(u"templatesHelpAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    auto *dock = m_window->findChild<QDockWidget *>(u"templateHelpDock"_s);
    QVERIFY(!dock->isVisible());

    action->trigger();
    QVERIFY(dock->isVisible());
    TemplateHelpPanel *help = m_window->templateHelp();
    QCOMPARE(help->dialect(), TemplateDialect::JavaScript);
    QCOMPARE(help->entries(), TemplateHelp::load(TemplateDialect::JavaScript));

    // From the keyboard: the filter has the focus; type, Down to the list, Enter inserts.
    auto *filter = help->findChild<QLineEdit *>(u"helpFilterEdit"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"uuid"_s);
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(help->findChild<QWidget *>(u"helpTree"_s), Qt::Key_Return);
    const QString body = m_window->document()->route(0).responses.at(0).body;
    QVERIFY2(body.contains(u"{{ uuid() }}"_s), qPrintable(body));
    const Answer answer = fetch(url(u"/1.1/foo/21"_s));
    QCOMPARE(answer.status, 200);
    QVERIFY2(!answer.body.contains("uuid"), answer.body.constData());
}

void tst_MainWindow::editorHelpShowsTheResponsesDialect()
{
    startWindow(fooFile());
    auto *combo = m_window->routeEditor()->findChild<QComboBox *>(u"dialectCombo"_s);
    combo->setCurrentIndex(combo->findData(int(TemplateDialect::Mockoon)));
    QCOMPARE(m_window->document()->route(0).responses.at(0).templating, TemplateDialect::Mockoon);

    m_window->routeEditor()->findChild<QToolButton *>(u"templateHelpButton"_s)->click();
    QVERIFY(m_window->findChild<QDockWidget *>(u"templateHelpDock"_s)->isVisible());
    QCOMPARE(m_window->templateHelp()->dialect(), TemplateDialect::Mockoon);
    QCOMPARE(m_window->templateHelp()->entries(), TemplateHelp::load(TemplateDialect::Mockoon));
}

void tst_MainWindow::defaultDialectMenuChangesServedAnswer()
{
    startWindow(fooFile());
    m_window->routeTable()->selectRow(1);
    QCOMPARE(fetch(url(u"/1.1/foo/21"_s)).body, QByteArray(R"({"important_datastructure": 42})"));
    auto *none = m_window->findChild<QAction *>(u"defaultDialect:none"_s);
    auto *js = m_window->findChild<QAction *>(u"defaultDialect:js"_s);
    QVERIFY(none && js);
    QVERIFY(js->isChecked());

    none->trigger();
    QCOMPARE(m_window->document()->routeSet().templating, TemplateDialect::None);
    QVERIFY(none->isChecked());
    QCOMPARE(fetch(url(u"/1.1/foo/21"_s)).body,
        QByteArray(R"({"important_datastructure": {{ params.bar * 2 }}})"));
    QCOMPARE(m_window->routeEditor()->currentRow(), 1); // the route shown stays
    auto *combo = m_window->routeEditor()->findChild<QComboBox *>(u"dialectCombo"_s);
    QVERIFY2(combo->itemText(0).contains(u"None"_s), qPrintable(combo->itemText(0)));
    QVERIFY(m_window->document()->isModified());

    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeSet().templating, TemplateDialect::JavaScript);
    QVERIFY(js->isChecked());
    QCOMPARE(fetch(url(u"/1.1/foo/21"_s)).body, QByteArray(R"({"important_datastructure": 42})"));
}

void tst_MainWindow::stateViewShowsTheServersState()
{
    startWindow(fooFile());
    auto *action = m_window->findChild<QAction *>(u"stateViewAction"_s);
    auto *dock = m_window->findChild<QDockWidget *>(u"stateDock"_s);
    QVERIFY(action && dock);
    QVERIFY(!dock->isVisible());
    action->trigger();
    QVERIFY(dock->isVisible());

    RouteSet set = m_window->document()->routeSet();
    set.data = QJsonObject { { u"users"_s, QJsonArray { 1, 2 } } };
    QVERIFY(m_window->document()->replaceAll(set, u"Add data"_s));
    auto *list = m_window->stateView()->findChild<QListWidget *>(u"dataStoreList"_s);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"users"_s);

    // An edit in the view reaches the server the window serves.
    auto *edit = m_window->stateView()->findChild<QPlainTextEdit *>(u"dataStoreEdit"_s);
    QVERIFY(m_window->stateView()->showDataStore(u"users"_s));
    edit->setPlainText(u"[3]"_s);
    QVERIFY(m_window->stateView()->applyDataStore());
    QCOMPARE(m_window->server()->dataStore(u"users"_s), QJsonValue(QJsonArray { 3 }));
}

void tst_MainWindow::docksFitAt1024x700()
{
    startWindow(fooFile());
    m_window->resize(1024, 700);
    m_window->findChild<QAction *>(u"stateViewAction"_s)->trigger();
    auto *stateDock = m_window->findChild<QDockWidget *>(u"stateDock"_s);
    QVERIFY(stateDock->isVisible());
    QTRY_VERIFY(!stateDock->visibleRegion().isEmpty()); // raised over the help's tab
    m_window->showTemplateHelp(TemplateDialect::Mockoon);
    QTRY_VERIFY(
        !m_window->findChild<QDockWidget *>(u"templateHelpDock"_s)->visibleRegion().isEmpty());
    const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(least.width() <= 1024 && least.height() <= 700,
        qPrintable(u"%1x%2"_s.arg(least.width()).arg(least.height())));
    QCOMPARE(m_window->width(), 1024);
}

void tst_MainWindow::opensMockoonEnvironmentAsUnsavedSet()
{
    startWindow(fooFile());
    const QString file = mockoonFile(u"envs/legacy1.json"_s);
    const LoadResult expected = AnyFormat::readFile(file);
    QVERIFY(expected.ok());
    QVERIFY(!expected.report.isEmpty());

    QVERIFY(m_window->openFile(file));
    QCOMPARE(m_window->document()->routeCount(), expected.routeSet.routes.size());
    QCOMPARE(m_window->routeModel()->rowCount(), m_window->document()->routeCount());
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->document()->routeSet(), expected.routeSet); // and served as it is
    QCOMPARE(m_window->server()->routeSet().routes.size(), expected.routeSet.routes.size());

    const QString message = m_window->message();
    QVERIFY2(message.startsWith(u"Opened Mockoon environment legacy1.json as a new MockBench "
                                "route set; %1 thing"_s.arg(expected.report.size())),
        qPrintable(message));
    auto *details = m_window->findChild<QToolButton *>(u"messageDetailsButton"_s);
    QVERIFY(details->isVisible());
    auto *lines = m_window->findChild<QPlainTextEdit *>(u"messageDetails"_s);
    QVERIFY(!lines->isVisible()); // folded until asked for
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(lines->isVisible());
    QCOMPARE(lines->toPlainText(), expected.report.join(u'\n'));

    // An edit undone is still unsaved: the routes were never saved as MockBench.
    QAbstractItemModel *model = m_window->routeModel();
    QVERIFY(model->setData(model->index(0, RouteTableModel::StatusColumn), 299));
    m_window->undoStack()->undo();
    QVERIFY(m_window->document()->isModified());
}

void tst_MainWindow::saveOfConvertedFileAsksForNewNameAndKeepsOriginal()
{
    startWindow(QString());
    const QString file = mockoonFile(u"samples/iptwistcom.json"_s);
    const auto bytes = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray original = bytes();
    QVERIFY(!original.isEmpty());
    QVERIFY(m_window->openFile(file));
    QVERIFY(m_window->message().contains(u"iptwistcom.json"_s));

    // Save asks for a name (the dialog is modal: answer it from its own event loop).
    QString proposed;
    bool asked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll.stop();
        asked = true;
        proposed = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    poll.start();
    auto *save = m_window->findChild<QAction *>(u"saveAction"_s);
    QVERIFY(save);
    save->trigger();
    QVERIFY(asked);
    QCOMPARE(
        QFileInfo(proposed).absoluteFilePath(), m_dir->filePath(u"iptwistcom.mockbench.json"_s));
    QCOMPARE(bytes(), original);
    QVERIFY(m_window->document()->isModified());

    // Not even when asked to by name.
    QVERIFY(!m_window->saveFile(file));
    QVERIFY2(m_window->message().contains(u"never writes over"_s), qPrintable(m_window->message()));
    QCOMPARE(bytes(), original);

    QVERIFY(m_window->saveFile(proposed));
    QCOMPARE(m_window->document()->filePath(), QFileInfo(proposed).absoluteFilePath());
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(bytes(), original);
    const LoadResult saved = RouteSetFormat::readFile(proposed);
    QVERIFY(saved.ok());
    QVERIFY(saved.format.isEmpty());
    QCOMPARE(saved.routeSet.routes.size(), m_window->document()->routeCount());
}

void tst_MainWindow::convertedFileIsNotTheAutosavesOrNextStartsFile()
{
    startWindow(fooFile());
    const QString file = mockoonFile(u"envs/headers.json"_s);
    QVERIFY(m_window->openFile(file));
    m_window->writeAutosave();
    QVERIFY(QFile::exists(MainWindow::autosavePath()));
    QSettings settings;
    QVERIFY(settings.value(u"autosave/file"_s).toString().isEmpty());
    QVERIFY(settings.value(u"lastFile"_s).toString() != file);
    QVERIFY(settings.value(u"recentFiles"_s).toStringList().contains(file));
    // The copy is a MockBench file.
    const LoadResult copy = RouteSetFormat::readFile(MainWindow::autosavePath());
    QVERIFY(copy.ok());
    QCOMPARE(copy.routeSet.routes.size(), m_window->document()->routeCount());
}

void tst_MainWindow::importsMockoonRoutesAndDataStores()
{
    startWindow(fooFile());
    const int before = m_window->document()->routeCount();
    const QString crud = mockoonFile(u"envs/crud.json"_s);
    const LoadResult expected = AnyFormat::readFile(crud);
    QVERIFY(expected.ok());
    QVERIFY(m_window->importFile(crud));
    QCOMPARE(m_window->document()->routeCount(), before + expected.routeSet.routes.size());
    QCOMPARE(m_window->document()->routeSet().data, expected.routeSet.data);
    QCOMPARE(m_window->document()->filePath(), fooFile());
    QStringList ids;
    for (const Route &route : m_window->document()->routeSet().routes) {
        ids.append(route.id);
    }
    QCOMPARE(ids.removeDuplicates(), 0);

    // Once more: the routes again under fresh ids, the stores (the same) once.
    QVERIFY(m_window->importFile(crud));
    QCOMPARE(m_window->document()->routeCount(), before + 2 * expected.routeSet.routes.size());
    ids.clear();
    for (const Route &route : m_window->document()->routeSet().routes) {
        ids.append(route.id);
    }
    QCOMPARE(ids.removeDuplicates(), 0);

    // A store of the same name with other contents is left out, and the bar says so.
    const QString bodies = mockoonFile(u"envs/bodies.json"_s);
    QVERIFY(m_window->importFile(bodies));
    QCOMPARE(m_window->document()->routeSet().data.value(u"users"_s),
        expected.routeSet.data.value(u"users"_s));
    QVERIFY2(m_window->message().contains(u" from Mockoon environment bodies.json; "_s),
        qPrintable(m_window->message()));
    const QString lines = m_window->findChild<QPlainTextEdit *>(u"messageDetails"_s)->toPlainText();
    QVERIFY2(lines.contains(u"data.users: "_s), qPrintable(lines));

    // Each import is one undo step.
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeCount(), before);
    QVERIFY(m_window->document()->routeSet().data.isEmpty());
}

void tst_MainWindow::routeSetSettingsEditCorsHeadersAndContentType()
{
    startWindow(fooFile());
    QCOMPARE(m_window->document()->routeSet().cors, RouteSet::Cors::Off);
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<QDialog *>(u"settingsDialog"_s);
        if (!dialog) {
            return;
        }
        shown = true;
        auto *cors = dialog->findChild<QComboBox *>(u"corsCombo"_s);
        cors->setCurrentIndex(cors->findData(int(RouteSet::Cors::On)));
        dialog->findChild<QCheckBox *>(u"defaultContentTypeCheck"_s)->setChecked(false);
        auto *headers = dialog->findChild<QTableWidget *>(u"setHeadersTable"_s);
        headers->insertRow(0);
        headers->setItem(0, 0, new QTableWidgetItem(u"X-Powered-By"_s));
        headers->setItem(0, 1, new QTableWidgetItem(u"MockBench"_s));
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"settingsAction"_s)->trigger();
    QVERIFY(shown);
    const RouteSet &set = m_window->document()->routeSet();
    QCOMPARE(set.cors, RouteSet::Cors::On);
    QVERIFY(!set.defaultContentType);
    QCOMPARE(set.headers, HeaderList({ { u"X-Powered-By"_s, { u"MockBench"_s } } }));
    QVERIFY(m_window->document()->isModified());
    m_window->undoStack()->undo();
    QCOMPARE(m_window->document()->routeSet().cors, RouteSet::Cors::Off);
}

void tst_MainWindow::statusCellEditsStatusesUpTo999()
{
    startWindow(fooFile());
    QTableView *table = m_window->routeTable();
    const QModelIndex cell = m_window->routeModel()->index(0, RouteTableModel::StatusColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *spin = table->findChild<QSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 100);
    QCOMPARE(spin->maximum(), 999);
    spin->setValue(999);
    QAbstractItemDelegate *delegate = table->itemDelegateForIndex(cell);
    Q_EMIT delegate->commitData(spin);
    Q_EMIT delegate->closeEditor(spin);
    QCOMPARE(m_window->document()->route(0).responses.first().status, 999);
    QCOMPARE(fetch(url(u"/1.1/foo/1"_s)).status, 999);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
