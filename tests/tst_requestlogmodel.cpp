// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/RequestLogModel.h"
#include "journal/Journal.h"
#include "model/Route.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void showsColumnsOfRecordedExchange_data();
    void showsColumnsOfRecordedExchange();
    void explainsStatusAndDurationInToolTips();
    void alignsNumbersRightAndNamesColumns();
    void insertsRowsOnlyWhenBatchIsFlushed();
    void insertsBatchWhenTimerFires();
    void dropsOldestRowsBeyondCapacity();
    void keepsNewestWhenBatchExceedsCapacity();
    void shrinkingCapacityDropsOldestRows();
    void journalClearEmptiesModel();
    void setJournalLoadsExistingExchanges();
    void filterTextFindsRowsThroughProxy();
    void rawRequestShowsWhatClientSent_data();
    void rawRequestShowsWhatClientSent();
    void rawResponseShowsAnswerAndChaos_data();
    void rawResponseShowsAnswerAndChaos();
    void rawRolesMatchStaticFunctions();
    void showsRequestsServedByMockServer();
};

namespace {

Exchange makeExchange(
    const QByteArray &method = "GET", const QByteArray &target = "/items", int status = 200)
{
    Exchange e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = method;
    e.target = target;
    e.path = QString::fromUtf8(target.left(target.indexOf('?')));
    e.status = status;
    e.routeIndex = 0;
    e.routeId = u"items"_s;
    e.durationUs = 400;
    return e;
}

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

/// Records @p n exchanges with targets /0, /1, ... starting at @p from.
void recordMany(Journal &journal, int n, int from = 0)
{
    for (int i = from; i < from + n; ++i) {
        journal.record(makeExchange("GET", "/" + QByteArray::number(i)));
    }
}

QStringList targetsOf(const RequestLogModel &model)
{
    QStringList targets;
    for (int row = 0; row < model.rowCount(); ++row) {
        targets.append(model.index(row, RequestLogModel::PathColumn).data().toString());
    }
    return targets;
}

QStringList expectedTargets(int from, int to)
{
    QStringList targets;
    for (int i = from; i <= to; ++i) {
        targets.append(u"/%1"_s.arg(i));
    }
    return targets;
}

} // namespace

void tst_RequestLogModel::initTestCase()
{
    // Durations are formatted for the user's locale; the expectations are written for C.
    QLocale::setDefault(QLocale::c());
}

void tst_RequestLogModel::showsColumnsOfRecordedExchange_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    Exchange e = makeExchange();
    e.time = QDateTime(QDate(2026, 3, 4), QTime(10, 11, 12, 345)).toUTC();
    QTest::addRow("local time with milliseconds")
        << e << int(RequestLogModel::TimeColumn) << u"10:11:12.345"_s;

    QTest::addRow("method") << makeExchange("PATCH") << int(RequestLogModel::MethodColumn)
                            << u"PATCH"_s;
    QTest::addRow("target with query as sent")
        << makeExchange("GET", "/items?page=2&q=a%20b") << int(RequestLogModel::PathColumn)
        << u"/items?page=2&q=a%20b"_s;
    QTest::addRow("status") << makeExchange("POST", "/items", 201)
                            << int(RequestLogModel::StatusColumn) << u"201"_s;

    e = makeExchange();
    e.status = 0;
    QTest::addRow("no status") << e << int(RequestLogModel::StatusColumn) << u"—"_s;
    e = makeExchange();
    e.fault = u"connection-reset"_s;
    QTest::addRow("reset before the status line")
        << e << int(RequestLogModel::StatusColumn) << u"—"_s;
    e.fault = u"partial-body"_s;
    QTest::addRow("status sent before the body was cut")
        << e << int(RequestLogModel::StatusColumn) << u"200"_s;

    e = makeExchange();
    e.durationUs = 400;
    QTest::addRow("sub-millisecond duration")
        << e << int(RequestLogModel::DurationColumn) << u"0.4 ms"_s;
    e.durationUs = 1200;
    e.delayMs = 200;
    QTest::addRow("duration includes chaos delay")
        << e << int(RequestLogModel::DurationColumn) << u"201 ms"_s;

    QTest::addRow("route id") << makeExchange() << int(RequestLogModel::RouteColumn) << u"items"_s;
    e = makeExchange("GET", "/nowhere", 404);
    e.routeIndex = -1;
    e.routeId.clear();
    QTest::addRow("no route matched") << e << int(RequestLogModel::RouteColumn) << u"no match"_s;
    e.upstream = u"https://api.example.com:8443/v1/nowhere"_s;
    QTest::addRow("forwarded by the set")
        << e << int(RequestLogModel::RouteColumn) << u"proxy → api.example.com:8443"_s;
    e = makeExchange();
    e.upstream = u"http://127.0.0.1:9/items"_s;
    QTest::addRow("forwarded by a route")
        << e << int(RequestLogModel::RouteColumn) << u"items → 127.0.0.1:9"_s;

    QTest::addRow("no fault") << makeExchange() << int(RequestLogModel::FaultColumn) << QString();
    e = makeExchange();
    e.fault = u"dribble"_s;
    QTest::addRow("fault") << e << int(RequestLogModel::FaultColumn) << u"dribble"_s;
    e = makeExchange("GET", "/items", 503);
    e.errorInjected = true;
    e.errorRoll = 0.03;
    QTest::addRow("error injected")
        << e << int(RequestLogModel::FaultColumn) << u"error injected"_s;
    e.fault = u"connection-reset"_s;
    QTest::addRow("fault injected by the error rate")
        << e << int(RequestLogModel::FaultColumn) << u"connection-reset (error injected)"_s;
}

void tst_RequestLogModel::showsColumnsOfRecordedExchange()
{
    QFETCH(Exchange, exchange);
    QFETCH(int, column);
    QFETCH(QString, expected);

    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setJournal(&journal);
    journal.record(exchange);
    model.flush();

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
    QCOMPARE(model.index(0, column).data().toString(), expected);
}

void tst_RequestLogModel::explainsStatusAndDurationInToolTips()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setJournal(&journal);

    Exchange created = makeExchange("POST", "/items", 201);
    created.durationUs = 1500;
    created.delayMs = 200;
    journal.record(created);
    Exchange reset = makeExchange();
    reset.fault = u"connection-reset"_s;
    journal.record(reset);
    model.flush();

    QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data(Qt::ToolTipRole).toString(),
        u"201 Created"_s);
    QCOMPARE(model.index(0, RequestLogModel::DurationColumn).data(Qt::ToolTipRole).toString(),
        u"Server 1.5 ms + chaos delay 200 ms"_s);
    const QString resetTip =
        model.index(1, RequestLogModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(resetTip.contains(u"connection-reset"_s) && resetTip.contains(u"200 OK"_s),
        qPrintable(resetTip));

    Exchange refused = makeExchange("GET", "/items", 502);
    refused.upstream = u"http://127.0.0.1:9/items"_s;
    refused.upstreamError = u"Connection refused"_s;
    journal.record(refused);
    model.flush();
    QCOMPARE(model.index(2, RequestLogModel::RouteColumn).data(Qt::ToolTipRole).toString(),
        u"Forwarded to http://127.0.0.1:9/items\nThe upstream gave no answer: Connection refused"_s);
    QVERIFY(!model.index(0, RequestLogModel::RouteColumn).data(Qt::ToolTipRole).isValid());
}

void tst_RequestLogModel::alignsNumbersRightAndNamesColumns()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setJournal(&journal);
    journal.record(makeExchange());
    model.flush();

    for (const int column :
        { int(RequestLogModel::StatusColumn), int(RequestLogModel::DurationColumn) }) {
        const int alignment = model.index(0, column).data(Qt::TextAlignmentRole).toInt();
        QVERIFY(alignment & Qt::AlignRight);
    }
    QVERIFY(!(model.index(0, RequestLogModel::PathColumn).data(Qt::TextAlignmentRole).toInt()
        & Qt::AlignRight));

    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column) {
        titles.append(model.headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(titles,
        QStringList({ u"Time"_s, u"Method"_s, u"Path"_s, u"Status"_s, u"Duration"_s, u"Route"_s,
            u"Fault"_s }));
}

void tst_RequestLogModel::insertsRowsOnlyWhenBatchIsFlushed()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setBatchInterval(60 * 60 * 1000); // only flush() inserts here
    model.setJournal(&journal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    recordMany(journal, 50);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);

    model.flush();
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 49);

    recordMany(journal, 10, 50);
    model.flush();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(1).at(2).toInt(), 59);
    QCOMPARE(targetsOf(model), expectedTargets(0, 59));
    QCOMPARE(
        model.index(59, 0).data(RequestLogModel::ExchangeIdRole).value<quint64>(), quint64(60));
    QCOMPARE(model.exchange(59).id, quint64(60));

    model.flush(); // nothing waiting: no empty insertion
    QCOMPARE(inserted.count(), 2);
}

void tst_RequestLogModel::insertsBatchWhenTimerFires()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setBatchInterval(20);
    model.setJournal(&journal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    recordMany(journal, 300);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 300, 5000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(targetsOf(model), expectedTargets(0, 299));
}

void tst_RequestLogModel::dropsOldestRowsBeyondCapacity()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setCapacity(10);
    model.setJournal(&journal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    recordMany(journal, 6);
    model.flush();
    QCOMPARE(removed.count(), 0);

    recordMany(journal, 7, 6);
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(targetsOf(model), expectedTargets(3, 12));
}

void tst_RequestLogModel::keepsNewestWhenBatchExceedsCapacity()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setCapacity(10);
    model.setJournal(&journal);
    recordMany(journal, 4);
    model.flush();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    recordMany(journal, 25, 4);
    model.flush();

    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(targetsOf(model), expectedTargets(19, 28));
}

void tst_RequestLogModel::shrinkingCapacityDropsOldestRows()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setJournal(&journal);
    recordMany(journal, 8);
    model.flush();

    model.setCapacity(3);
    QCOMPARE(model.capacity(), 3);
    QCOMPARE(targetsOf(model), expectedTargets(5, 7));
}

void tst_RequestLogModel::journalClearEmptiesModel()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setBatchInterval(60 * 60 * 1000);
    model.setJournal(&journal);
    recordMany(journal, 5);
    model.flush();
    recordMany(journal, 3, 5); // still waiting for the next batch

    journal.clear();
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);

    recordMany(journal, 2, 100);
    model.flush();
    QCOMPARE(targetsOf(model), expectedTargets(100, 101));
}

void tst_RequestLogModel::setJournalLoadsExistingExchanges()
{
    Journal journal;
    recordMany(journal, 5);
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setCapacity(3);

    model.setJournal(&journal);
    QCOMPARE(model.journal(), &journal);
    QCOMPARE(targetsOf(model), expectedTargets(2, 4));

    model.setJournal(nullptr);
    QCOMPARE(model.rowCount(), 0);
    recordMany(journal, 2, 5);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
}

void tst_RequestLogModel::filterTextFindsRowsThroughProxy()
{
    Journal journal;
    RequestLogModel model;
    model.setJournal(&journal);
    journal.record(makeExchange("GET", "/items?page=2"));
    Exchange miss = makeExchange("DELETE", "/gone", 404);
    miss.routeIndex = -1;
    miss.routeId.clear();
    journal.record(miss);
    Exchange faulty = makeExchange("POST", "/orders", 200);
    faulty.fault = u"garbage"_s;
    journal.record(faulty);
    model.flush();

    const QString text = model.index(1, 0).data(RequestLogModel::FilterTextRole).toString();
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY2(text.contains(model.index(1, column).data().toString()), qPrintable(text));
    }

    QSortFilterProxyModel proxy;
    const auto tester = testerFor(&proxy);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(RequestLogModel::FilterTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);

    const auto shownTargets = [&proxy] {
        QStringList targets;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            targets.append(proxy.index(row, RequestLogModel::PathColumn).data().toString());
        }
        return targets;
    };
    proxy.setFilterFixedString(u"no match"_s);
    QCOMPARE(shownTargets(), QStringList { u"/gone"_s });
    proxy.setFilterFixedString(u"garbage"_s);
    QCOMPARE(shownTargets(), QStringList { u"/orders"_s });
    proxy.setFilterFixedString(u"page=2"_s);
    QCOMPARE(shownTargets(), QStringList { u"/items?page=2"_s });
    proxy.setFilterFixedString(u"delete"_s);
    QCOMPARE(shownTargets(), QStringList { u"/gone"_s });
}

void tst_RequestLogModel::rawRequestShowsWhatClientSent_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("maxBodyBytes");
    QTest::addColumn<QString>("expected");

    Exchange e = makeExchange("POST", "/items?page=2");
    e.requestHeaders = { { "Host", "localhost:8080" }, { "Content-Type", "application/json" } };
    e.requestBody = R"({"name":"café"})";
    QTest::addRow("text body") << e << 1024
                               << u"POST /items?page=2 HTTP/1.1\n"
                                  "Host: localhost:8080\n"
                                  "Content-Type: application/json\n"
                                  "\n"
                                  R"({"name":"café"})"_s;

    e = makeExchange("GET", "/items");
    e.requestHeaders = { { "Accept", "*/*" } };
    QTest::addRow("no body") << e << 1024 << u"GET /items HTTP/1.1\nAccept: */*\n\n"_s;

    e = makeExchange("PUT", "/blob");
    e.requestBody = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::addRow("binary body") << e << 1024
                                 << u"PUT /blob HTTP/1.1\n\n[16 bytes of binary data]"_s;

    e.requestBody = QByteArray("abc\0def", 7);
    QTest::addRow("valid UTF-8 with a NUL is binary")
        << e << 1024 << u"PUT /blob HTTP/1.1\n\n[7 bytes of binary data]"_s;

    e = makeExchange("POST", "/log");
    e.requestBody = "0123456789abcdefghij";
    QTest::addRow("truncated by the journal")
        << e << 8 << u"POST /log HTTP/1.1\n\n01234567\n[… truncated, 8 of 20 bytes shown]"_s;

    e.requestBody = "h\xc3\xa9llo w\xc3\xb6rld";
    QTest::addRow("truncated inside a character")
        << e << 2 << u"POST /log HTTP/1.1\n\nh\n[… truncated, 2 of 13 bytes shown]"_s;

    e.requestBody = "ab\xff\xfe";
    QTest::addRow("invalid UTF-8 is binary")
        << e << 1024 << u"POST /log HTTP/1.1\n\n[4 bytes of binary data]"_s;
}

void tst_RequestLogModel::rawRequestShowsWhatClientSent()
{
    QFETCH(Exchange, exchange);
    QFETCH(int, maxBodyBytes);
    QFETCH(QString, expected);

    // Through the journal, so that truncation and the full sizes are the real ones.
    Journal journal;
    journal.setMaxBodyBytes(maxBodyBytes);
    journal.record(exchange);

    QCOMPARE(RequestLogModel::rawRequest(journal.at(0)), expected);
}

void tst_RequestLogModel::rawResponseShowsAnswerAndChaos_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("expected");

    Exchange e = makeExchange();
    e.responseHeaders = { { "Content-Type", "text/plain" } };
    e.responseBody = "ok";
    QTest::addRow("plain answer with framing")
        << e << u"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\n\nok"_s;

    e.delayMs = 200;
    QTest::addRow("delayed") << e
                             << u"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\n"
                                "\nok\n[delayed 200 ms]"_s;

    e = makeExchange();
    e.responseBody = "ok";
    e.fault = u"connection-reset"_s;
    QTest::addRow("fault")
        << e << u"HTTP/1.1 200 OK\nContent-Length: 2\n\nok\n[fault: connection-reset]"_s;

    e = makeExchange("GET", "/items", 503);
    e.reason = "Service Unavailable";
    e.responseBody = "MockBench: simulated error\n";
    e.errorInjected = true;
    e.errorRoll = 0.03;
    QTest::addRow("error injected") << e
                                    << u"HTTP/1.1 503 Service Unavailable\nContent-Length: 27\n\n"
                                       "MockBench: simulated error\n[error injected, roll 0.03]"_s;

    e = makeExchange();
    e.status = 0;
    QTest::addRow("no response") << e << u"[no response]"_s;
    e.fault = u"stall"_s;
    e.delayMs = 50;
    QTest::addRow("no response, stalled")
        << e << u"[no response]\n[delayed 50 ms]\n[fault: stall]"_s;

    e = makeExchange("HEAD", "/items");
    e.responseHeaders = { { "Content-Type", "text/plain" } };
    QTest::addRow("HEAD has no body and no length")
        << e << u"HTTP/1.1 200 OK\nContent-Type: text/plain\n\n"_s;

    e = makeExchange("DELETE", "/items/1", 204);
    QTest::addRow("204 has no length") << e << u"HTTP/1.1 204 No Content\n\n"_s;

    e = makeExchange();
    e.reason = "Fine";
    e.responseHeaders = { { "Content-Type", "image/png" }, { "content-length", "5" } };
    e.responseBody = QByteArray("\x89PNG\0", 5);
    QTest::addRow("binary body, custom reason, own length")
        << e
        << u"HTTP/1.1 200 Fine\nContent-Type: image/png\ncontent-length: 5\n\n"
           "[5 bytes of binary data]"_s;

    e = makeExchange("GET", "/items", 500);
    e.responseBody = "MockBench: boom\n";
    e.error = u"unknown helper 'nope'"_s;
    QTest::addRow("template error")
        << e
        << u"HTTP/1.1 500 Internal Server Error\nContent-Length: 16\n\nMockBench: boom\n"
           "[error: unknown helper 'nope']"_s;
}

void tst_RequestLogModel::rawResponseShowsAnswerAndChaos()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, expected);

    Journal journal;
    journal.record(exchange);

    QCOMPARE(RequestLogModel::rawResponse(journal.at(0)), expected);
}

void tst_RequestLogModel::rawRolesMatchStaticFunctions()
{
    Journal journal;
    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setJournal(&journal);
    Exchange e = makeExchange("POST", "/items");
    e.requestBody = "name=x";
    e.responseBody = "created";
    e.delayMs = 20;
    journal.record(e);
    model.flush();

    const QModelIndex index = model.index(0, RequestLogModel::StatusColumn);
    QCOMPARE(index.data(RequestLogModel::RawRequestRole).toString(),
        RequestLogModel::rawRequest(journal.at(0)));
    QCOMPARE(index.data(RequestLogModel::RawResponseRole).toString(),
        RequestLogModel::rawResponse(journal.at(0)));
    QVERIFY(index.data(RequestLogModel::RawRequestRole).toString().endsWith(u"name=x"_s));
    QVERIFY(index.data(RequestLogModel::RawResponseRole)
                .toString()
                .endsWith(u"created\n[delayed 20 ms]"_s));
}

void tst_RequestLogModel::showsRequestsServedByMockServer()
{
    MockServer server;
    Chaos slow;
    slow.latency = Latency::fixed(40);
    RouteSet set;
    set.add(Route::get(u"/x"_s).withId(u"x-route"_s).respond(200, u"ok"_s));
    set.add(Route::get(u"/slow"_s).withId(u"slow-route"_s).respond(200, u"late"_s).withChaos(slow));
    server.setRouteSet(set);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));

    RequestLogModel model;
    const auto tester = testerFor(&model);
    model.setBatchInterval(10);
    model.setJournal(&server.journal());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QNetworkAccessManager network;
    const QUrl base = server.baseUrl();
    for (const QString &target : { u"/x?y=1"_s, u"/missing"_s, u"/slow"_s }) {
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(base.resolved(QUrl(target)))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
    QVERIFY(inserted.count() >= 1);

    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RequestLogModel::MethodColumn), u"GET"_s);
    QCOMPARE(cell(0, RequestLogModel::PathColumn), u"/x?y=1"_s);
    QCOMPARE(cell(0, RequestLogModel::StatusColumn), u"200"_s);
    QCOMPARE(cell(0, RequestLogModel::RouteColumn), u"x-route"_s);
    QCOMPARE(cell(1, RequestLogModel::StatusColumn), u"404"_s);
    QCOMPARE(cell(1, RequestLogModel::RouteColumn), u"no match"_s);
    QCOMPARE(cell(2, RequestLogModel::RouteColumn), u"slow-route"_s);

    // The chaos delay is part of what the client waited.
    const QString slowDuration = cell(2, RequestLogModel::DurationColumn);
    QVERIFY2(slowDuration.endsWith(u" ms"_s), qPrintable(slowDuration));
    const double slowMs = slowDuration.chopped(3).toDouble();
    QVERIFY2(slowMs >= 40 && slowMs < 5000, qPrintable(slowDuration));

    const QString raw = model.index(0, 0).data(RequestLogModel::RawRequestRole).toString();
    QVERIFY2(raw.startsWith(u"GET /x?y=1 HTTP/1.1\n"_s), qPrintable(raw));
    const QString answer = model.index(0, 0).data(RequestLogModel::RawResponseRole).toString();
    QVERIFY2(answer.startsWith(u"HTTP/1.1 200 OK\n"_s) && answer.endsWith(u"\n\nok"_s),
        qPrintable(answer));
}

QTEST_GUILESS_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
