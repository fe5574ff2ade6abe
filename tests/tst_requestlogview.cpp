// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogView.h"

#include "itemmodels/RequestLogModel.h"
#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_RequestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordedExchangesAppear();
    void filterNarrowsRowsCaseInsensitively();
    void clearEmptiesModelAndJournal();
    void selectingRowShowsRawExchange();
    void followKeepsTailInView();
    void tableIsReadOnlyWithFixedRows();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        auto *w = m_view->findChild<T *>(name);
        if (!w) {
            qFatal("no child named %s", qPrintable(name));
        }
        return w;
    }
    void record(
        const QByteArray &method, const QString &path, int status, const QString &routeId = {});
    void recordMany(int n);

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<RequestLogView> m_view;
};

void tst_RequestLogView::init()
{
    m_journal = std::make_unique<Journal>();
    m_model = std::make_unique<RequestLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setJournal(m_journal.get());
    m_view = std::make_unique<RequestLogView>(m_model.get());
}

void tst_RequestLogView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

void tst_RequestLogView::record(
    const QByteArray &method, const QString &path, int status, const QString &routeId)
{
    Exchange e;
    e.time = QDateTime::currentDateTimeUtc();
    e.peer = u"127.0.0.1:40000"_s;
    e.method = method;
    e.path = path;
    e.target = path.toUtf8();
    e.requestHeaders = { { "Host"_ba, "127.0.0.1"_ba } };
    e.status = status;
    e.reason = status == 404 ? "Not Found"_ba : "OK"_ba;
    e.responseHeaders = { { "Content-Type"_ba, "text/plain"_ba } };
    e.responseBody = "answer to " + path.toUtf8();
    e.responseBodySize = e.responseBody.size();
    e.routeIndex = routeId.isEmpty() ? -1 : 0;
    e.routeId = routeId;
    m_journal->record(e);
}

void tst_RequestLogView::recordMany(int n)
{
    for (int i = 0; i < n; ++i) {
        record("GET"_ba, u"/items/%1"_s.arg(i), 200, u"items"_s);
    }
    m_model->flush();
}

void tst_RequestLogView::recordedExchangesAppear()
{
    QCOMPARE(m_view->visibleRowCount(), 0);
    record("GET"_ba, u"/users"_s, 200, u"users"_s);
    record("POST"_ba, u"/orders"_s, 201, u"orders"_s);
    m_model->flush();

    QCOMPARE(m_view->visibleRowCount(), 2);
    QCOMPARE(m_view->tableView()->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(u"logCountLabel"_s)->text().contains(u'2'));

    // Without an explicit flush the batch timer delivers them.
    record("DELETE"_ba, u"/orders/1"_s, 204);
    QTRY_COMPARE(m_view->visibleRowCount(), 3);
}

void tst_RequestLogView::filterNarrowsRowsCaseInsensitively()
{
    record("GET"_ba, u"/users"_s, 200, u"users"_s);
    record("POST"_ba, u"/orders"_s, 201, u"orders"_s);
    record("GET"_ba, u"/missing"_s, 404);
    m_model->flush();

    QLineEdit *filter = m_view->filterEdit();
    QCOMPARE(filter->objectName(), u"logFilter"_s);
    QVERIFY(filter->placeholderText().startsWith(u"Filter"_s));

    QTest::keyClicks(filter, u"ORDERS"_s);
    QCOMPARE(m_view->visibleRowCount(), 1);
    QVERIFY(child<QLabel>(u"logCountLabel"_s)->text().contains(u'1'));
    QVERIFY(child<QLabel>(u"logCountLabel"_s)->text().contains(u'3'));

    filter->setText(u"get"_s);
    QCOMPARE(m_view->visibleRowCount(), 2);
    filter->setText(u"404"_s);
    QCOMPARE(m_view->visibleRowCount(), 1);
    filter->setText(u"nothing like this"_s);
    QCOMPARE(m_view->visibleRowCount(), 0);

    // New rows go through the filter too.
    filter->setText(u"post"_s);
    record("POST"_ba, u"/orders"_s, 201, u"orders"_s);
    record("GET"_ba, u"/users"_s, 200, u"users"_s);
    m_model->flush();
    QCOMPARE(m_view->visibleRowCount(), 2);

    filter->clear();
    QCOMPARE(m_view->visibleRowCount(), 5);
}

void tst_RequestLogView::clearEmptiesModelAndJournal()
{
    recordMany(10);
    QCOMPARE(m_view->visibleRowCount(), 10);
    QCOMPARE(m_journal->count(), 10);

    auto *clear = child<QToolButton>(u"clearLogButton"_s);
    QVERIFY(!clear->icon().isNull());
    QTest::mouseClick(clear, Qt::LeftButton);

    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_journal->count(), 0);
    QCOMPARE(m_view->visibleRowCount(), 0);
    QVERIFY(child<QLabel>(u"logCountLabel"_s)->text().contains(u'0'));

    // Recording goes on after a clear.
    recordMany(2);
    QCOMPARE(m_view->visibleRowCount(), 2);
}

void tst_RequestLogView::selectingRowShowsRawExchange()
{
    record("GET"_ba, u"/users"_s, 200, u"users"_s);
    record("POST"_ba, u"/orders"_s, 201, u"orders"_s);
    m_model->flush();

    auto *request = child<QPlainTextEdit>(u"requestText"_s);
    auto *response = child<QPlainTextEdit>(u"responseText"_s);
    QVERIFY(request->isReadOnly());
    QVERIFY(response->isReadOnly());
    QVERIFY(request->toPlainText().isEmpty());

    QTableView *table = m_view->tableView();
    QCOMPARE(table->objectName(), u"logTable"_s);
    table->selectRow(1);
    QVERIFY(request->toPlainText().startsWith(u"POST /orders"_s));
    QVERIFY(response->toPlainText().contains(u"201"_s));
    QVERIFY(response->toPlainText().contains(u"answer to /orders"_s));

    table->selectRow(0);
    QVERIFY(request->toPlainText().startsWith(u"GET /users"_s));
    QVERIFY(response->toPlainText().contains(u"answer to /users"_s));

    QTest::mouseClick(child<QToolButton>(u"clearLogButton"_s), Qt::LeftButton);
    QVERIFY(request->toPlainText().isEmpty());
    QVERIFY(response->toPlainText().isEmpty());
}

void tst_RequestLogView::followKeepsTailInView()
{
    m_view->resize(700, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    auto *follow = child<QCheckBox>(u"followCheck"_s);
    QVERIFY(follow->isChecked());
    QScrollBar *bar = m_view->tableView()->verticalScrollBar();

    recordMany(300);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    recordMany(100);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QModelIndex lastVisible =
        m_view->tableView()->indexAt(QPoint(5, m_view->tableView()->viewport()->height() - 3));
    QVERIFY(lastVisible.row() >= 390);

    // The user scrolls up: following stops, new rows no longer move the view.
    bar->setValue(0);
    QVERIFY(!follow->isChecked());
    recordMany(100);
    QTRY_VERIFY(bar->maximum() > 300);
    QCOMPARE(bar->value(), 0);

    // Back at the bottom, following starts again.
    bar->setValue(bar->maximum());
    QVERIFY(follow->isChecked());
    recordMany(50);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(m_view->visibleRowCount(), 550);

    // Unticking by hand also stops following; ticking jumps to the newest.
    bar->setValue(bar->maximum() / 2);
    QVERIFY(!follow->isChecked());
    follow->click();
    QVERIFY(follow->isChecked());
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_RequestLogView::tableIsReadOnlyWithFixedRows()
{
    QTableView *table = m_view->tableView();
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(table->verticalHeader()->isHidden());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(table->horizontalHeader()->stretchLastSection());
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        QVERIFY(table->horizontalHeader()->sectionResizeMode(c) != QHeaderView::ResizeToContents);
    }
}

QTEST_MAIN(tst_RequestLogView)
#include "tst_requestlogview.moc"
