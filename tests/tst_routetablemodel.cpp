// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RouteTableModel as the route table sees it: what each column shows, edits that reach the
// document and the server (or are refused and change nothing), reordering by moveRows and
// by drag and drop, hit counts that follow requests, and rows that follow every document
// change. Every model is watched by QAbstractItemModelTester.
#include "document/DocumentEdit.h"
#include "document/RouteSetDocument.h"
#include "itemmodels/RouteTableModel.h"
#include "server/MockServer.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;
constexpr auto Checks = QAbstractItemModelTester::FailureReportingMode::QtTest;

using RouteCheck = std::function<bool(const Route &)>;
using DocumentChange = std::function<void(RouteSetDocument &)>;

/// items, create (disabled, two responses), user (uniform latency), broken (a fault,
/// lognormal latency), slow (fixed latency).
RouteSet sampleSet()
{
    RouteSet set;
    set.name = u"Sample"_s;
    set.add(Route::get(u"/items"_s).withId(u"items"_s).respond(200, u"all items"_s));
    Route create = Route::post(u"/items"_s).withId(u"create"_s).respond(201).respond(400);
    create.responseMode = Route::ResponseMode::Sequential;
    create.enabled = false;
    set.add(create);
    Chaos uniform;
    uniform.latency = Latency::uniform(50, 150);
    set.add(Route::get(u"/users/{id:int}"_s).withId(u"user"_s).respond(200).withChaos(uniform));
    Chaos lognormal;
    lognormal.latency = Latency::lognormal(80, 0.5, 400);
    set.add(
        Route::get(u"/broken"_s)
            .withId(u"broken"_s)
            .respond(
                Response::text(502, QString()).withFault(Fault::make(Fault::Kind::ConnectionReset)))
            .withChaos(lognormal));
    Chaos fixed;
    fixed.latency = Latency::fixed(250);
    set.add(Route::get(u"/slow"_s).withId(u"slow"_s).respond(200).withChaos(fixed));
    return set;
}

RouteSet lettersSet(int count)
{
    RouteSet set;
    for (int i = 0; i < count; ++i) {
        const QString letter = QString(QChar(u'a' + i));
        set.add(Route::get(u"/"_s + letter).withId(letter).respond(200, letter));
    }
    return set;
}

QStringList modelIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, RouteTableModel::PathColumn)
                       .data(RouteTableModel::RouteIdRole)
                       .toString());
    }
    return ids;
}

QStringList documentIds(const RouteSetDocument &document)
{
    QStringList ids;
    for (const Route &route : document.routeSet().routes) {
        ids.append(route.id);
    }
    return ids;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    qint64 elapsedMs = 0;
};

Answer fetch(QNetworkAccessManager &nam, const MockServer &server, const QString &path,
    const QByteArray &verb = "GET")
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(
        nam.sendCustomRequest(QNetworkRequest(server.baseUrl().resolved(QUrl(path))), verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(WaitMs)) {
        return {};
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        timer.elapsed() };
}

/// A document with the sample set served on 127.0.0.1, and its table model under test.
struct Fixture
{
    explicit Fixture(const RouteSet &set = sampleSet())
    {
        document.reset(set);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        document.attachServer(&server);
    }

    MockServer server;
    RouteSetDocument document;
    RouteTableModel model { &document };
    QAbstractItemModelTester tester { &model, Checks };
    QNetworkAccessManager nam;
};

} // namespace

Q_DECLARE_METATYPE(RouteCheck)
Q_DECLARE_METATYPE(DocumentChange)

class tst_RouteTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachColumn_data();
    void showsEachColumn();
    void showsHeadersAndFlags();
    void showsWhereAForwardingRouteGoes();
    void describesLatency();
    void setDataReachesDocumentAndServer_data();
    void setDataReachesDocumentAndServer();
    void setDataGoesThroughTheEditSink();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void ignoresNonEditableCells();
    void moveRowsReorders_data();
    void moveRowsReorders();
    void moveChangesWhichRouteAnswers();
    void dropReorders_data();
    void dropReorders();
    void refusesForeignDrops();
    void hitsFollowRequests();
    void rowsFollowDocument_data();
    void rowsFollowDocument();
    void emptiesWhenDocumentGoes();
};

void tst_RouteTableModel::showsEachColumn_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    using M = RouteTableModel;
    const int display = Qt::DisplayRole;
    const int edit = Qt::EditRole;
    const int check = Qt::CheckStateRole;
    QTest::addRow("enabled checked")
        << 0 << int(M::EnabledColumn) << check << QVariant(int(Qt::Checked));
    QTest::addRow("disabled unchecked")
        << 1 << int(M::EnabledColumn) << check << QVariant(int(Qt::Unchecked));
    QTest::addRow("enabled has no text") << 0 << int(M::EnabledColumn) << display << QVariant();
    QTest::addRow("method") << 1 << int(M::MethodColumn) << display << QVariant(u"POST"_s);
    QTest::addRow("method edit") << 1 << int(M::MethodColumn) << edit << QVariant(u"POST"_s);
    QTest::addRow("path") << 2 << int(M::PathColumn) << display << QVariant(u"/users/{id:int}"_s);
    QTest::addRow("path edit") << 0 << int(M::PathColumn) << edit << QVariant(u"/items"_s);
    QTest::addRow("status") << 0 << int(M::StatusColumn) << display << QVariant(u"200"_s);
    QTest::addRow("status of several responses")
        << 1 << int(M::StatusColumn) << display << QVariant(u"201 (+1 more)"_s);
    QTest::addRow("status with fault")
        << 3 << int(M::StatusColumn) << display << QVariant(u"502 ⚡ connection-reset"_s);
    QTest::addRow("status edit is a number") << 1 << int(M::StatusColumn) << edit << QVariant(201);
    QTest::addRow("no latency") << 0 << int(M::LatencyColumn) << display << QVariant(QString());
    QTest::addRow("uniform latency")
        << 2 << int(M::LatencyColumn) << display << QVariant(u"50–150 ms"_s);
    QTest::addRow("lognormal latency")
        << 3 << int(M::LatencyColumn) << display << QVariant(u"~80 ms"_s);
    QTest::addRow("fixed latency")
        << 4 << int(M::LatencyColumn) << display << QVariant(u"250 ms"_s);
    QTest::addRow("fixed latency edit") << 4 << int(M::LatencyColumn) << edit << QVariant(250.0);
    QTest::addRow("no latency edit") << 0 << int(M::LatencyColumn) << edit << QVariant(0.0);
    QTest::addRow("hits start at 0") << 2 << int(M::HitsColumn) << display << QVariant(0);
    QTest::addRow("route id in any column")
        << 3 << int(M::HitsColumn) << int(M::RouteIdRole) << QVariant(u"broken"_s);
    QTest::addRow("path tooltip names the id")
        << 2 << int(M::PathColumn) << int(Qt::ToolTipRole) << QVariant(u"Route id: user"_s);
    QTest::addRow("numbers align right") << 0 << int(M::HitsColumn) << int(Qt::TextAlignmentRole)
                                         << QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_RouteTableModel::showsWhereAForwardingRouteGoes()
{
    RouteSet set;
    Route up = Route::get(u"/api/{*rest}"_s).respond(200, u"kept"_s);
    ProxyTarget target;
    target.url = QUrl(u"https://api.example.com:8443/v1"_s);
    up.proxy = target;
    set.add(up);
    RouteSetDocument document;
    document.reset(set);
    RouteTableModel model(&document);
    const QModelIndex status = model.index(0, RouteTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"→ api.example.com:8443"_s);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(),
        u"Forwards to https://api.example.com:8443/v1; the backend answers"_s);
    // The backend's status is not the route's to edit.
    QVERIFY(!(model.flags(status) & Qt::ItemIsEditable));
}

void tst_RouteTableModel::showsEachColumn()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    RouteSetDocument document;
    document.reset(sampleSet());
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RouteTableModel::ColumnCount));

    const QVariant value = model.index(row, column).data(role);
    if (!expected.isValid()) {
        QVERIFY2(!value.isValid() || value.toString().isEmpty(), qPrintable(value.toString()));
    } else if (expected.typeId() == QMetaType::QString) {
        QCOMPARE(value.toString(), expected.toString());
    } else if (expected.typeId() == QMetaType::Double) {
        QCOMPARE(value.toDouble(), expected.toDouble());
    } else {
        QCOMPARE(value.toLongLong(), expected.toLongLong());
    }
}

void tst_RouteTableModel::showsHeadersAndFlags()
{
    RouteSetDocument document;
    RouteSet set = sampleSet();
    document.reset(set);
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);

    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column) {
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(headers,
        (QStringList { u"On"_s, u"Method"_s, u"Path"_s, u"Status"_s, u"Latency"_s, u"Hits"_s }));

    using M = RouteTableModel;
    const auto flags = [&model](int column) { return model.flags(model.index(0, column)); };
    QVERIFY(flags(M::EnabledColumn) & Qt::ItemIsUserCheckable);
    QVERIFY(!(flags(M::EnabledColumn) & Qt::ItemIsEditable));
    for (const int column : { M::MethodColumn, M::PathColumn, M::StatusColumn, M::LatencyColumn }) {
        QVERIFY2(flags(column) & Qt::ItemIsEditable, qPrintable(QString::number(column)));
    }
    QVERIFY(!(flags(M::HitsColumn) & Qt::ItemIsEditable));
    for (int column = 0; column < M::ColumnCount; ++column) {
        QVERIFY(flags(column) & Qt::ItemIsDragEnabled);
        QVERIFY(flags(column) & Qt::ItemIsSelectable);
    }
    // Drops land between rows, never into one.
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(!(flags(M::PathColumn) & Qt::ItemIsDropEnabled));
}

void tst_RouteTableModel::describesLatency()
{
    QCOMPARE(RouteTableModel::describeLatency(Latency::fixed(12.5)), u"12.5 ms"_s);
    QCOMPARE(RouteTableModel::describeLatency(Latency::uniform(10, 20)), u"10–20 ms"_s);
    QCOMPARE(RouteTableModel::describeLatency(Latency::lognormal(30, 1, 90)), u"~30 ms"_s);
}

void tst_RouteTableModel::setDataReachesDocumentAndServer_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<RouteCheck>("check");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    using M = RouteTableModel;
    QTest::addRow("disable") << 0 << int(M::EnabledColumn) << int(Qt::CheckStateRole)
                             << QVariant::fromValue(Qt::Unchecked)
                             << RouteCheck([](const Route &r) { return !r.enabled; })
                             << QByteArray("GET") << u"/items"_s << 404;
    QTest::addRow("enable with an int")
        << 1 << int(M::EnabledColumn) << int(Qt::CheckStateRole) << QVariant(int(Qt::Checked))
        << RouteCheck([](const Route &r) { return r.enabled; }) << QByteArray("POST") << u"/items"_s
        << 201;
    QTest::addRow("method, trimmed and upper-cased")
        << 0 << int(M::MethodColumn) << int(Qt::EditRole) << QVariant(u" delete "_s)
        << RouteCheck([](const Route &r) { return r.method == u"DELETE"_s; })
        << QByteArray("DELETE") << u"/items"_s << 200;
    QTest::addRow("path") << 0 << int(M::PathColumn) << int(Qt::EditRole) << QVariant(u"/goods"_s)
                          << RouteCheck([](const Route &r) { return r.path == u"/goods"_s; })
                          << QByteArray("GET") << u"/goods"_s << 200;
    QTest::addRow("status") << 0 << int(M::StatusColumn) << int(Qt::EditRole) << QVariant(418)
                            << RouteCheck(
                                   [](const Route &r) { return r.responses.at(0).status == 418; })
                            << QByteArray("GET") << u"/items"_s << 418;
    QTest::addRow("status as text")
        << 0 << int(M::StatusColumn) << int(Qt::EditRole) << QVariant(u"202"_s)
        << RouteCheck([](const Route &r) { return r.responses.at(0).status == 202; })
        << QByteArray("GET") << u"/items"_s << 202;
    QTest::addRow("latency removed")
        << 4 << int(M::LatencyColumn) << int(Qt::EditRole) << QVariant(0)
        << RouteCheck([](const Route &r) { return !r.chaos.latency; }) << QByteArray("GET")
        << u"/slow"_s << 200;
    QTest::addRow("latency set") << 0 << int(M::LatencyColumn) << int(Qt::EditRole)
                                 << QVariant(150.0) << RouteCheck([](const Route &r) {
                                        return r.chaos.latency == Latency::fixed(150);
                                    })
                                 << QByteArray("GET") << u"/items"_s << 200;
}

void tst_RouteTableModel::setDataReachesDocumentAndServer()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(RouteCheck, check);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);

    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy refused(&f.model, &RouteTableModel::editRefused);
    const RouteSet before = f.document.routeSet();

    QVERIFY(f.model.setData(f.model.index(row, column), value, role));
    QCOMPARE(refused.count(), 0);
    QVERIFY(check(f.document.route(row)));
    QVERIFY(f.document.isModified());
    for (int other = 0; other < before.routes.size(); ++other) {
        if (other != row) {
            QCOMPARE(f.document.route(other), before.routes.at(other));
        }
    }
    // The view hears about it.
    QVERIFY(!changed.isEmpty());
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QVERIFY(topLeft.row() <= row && row <= bottomRight.row());
    QVERIFY(topLeft.column() <= column && column <= bottomRight.column());
    // And the server serves it at once.
    const Answer answer = fetch(f.nam, f.server, path, verb);
    QCOMPARE(answer.status, status);
    if (column == RouteTableModel::LatencyColumn) {
        const double ms = value.toDouble();
        QVERIFY2(answer.elapsedMs >= ms, qPrintable(QString::number(answer.elapsedMs)));
        QVERIFY2(answer.elapsedMs < ms + 3000, qPrintable(QString::number(answer.elapsedMs)));
    }
}

void tst_RouteTableModel::setDataGoesThroughTheEditSink()
{
    RouteSetDocument document;
    document.reset(sampleSet());
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    QList<DocumentEdit> received;
    document.setEditSink([&](const DocumentEdit &e) {
        received.append(e);
        document.apply(e);
    });

    QVERIFY(model.setData(model.index(0, RouteTableModel::StatusColumn), 404));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().kind, DocumentEdit::Kind::UpdateRoute);
    QCOMPARE(received.first().text, u"Change status (GET /items)"_s);
    QCOMPARE(model.index(0, RouteTableModel::StatusColumn).data().toString(), u"404"_s);

    document.apply(received.first().inverted());
    QCOMPARE(model.index(0, RouteTableModel::StatusColumn).data().toString(), u"200"_s);
}

void tst_RouteTableModel::refusedEditChangesNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("path"); // JSON path the message names

    using M = RouteTableModel;
    QTest::addRow("status 42") << int(M::StatusColumn) << QVariant(42)
                               << u"routes[0].responses[0].status"_s;
    QTest::addRow("status not a number")
        << int(M::StatusColumn) << QVariant(u"abc"_s) << u"routes[0].responses[0].status"_s;
    QTest::addRow("bad path template")
        << int(M::PathColumn) << QVariant(u"/a/{x:regex("_s) << u"routes[0].path"_s;
    QTest::addRow("empty path") << int(M::PathColumn) << QVariant(u"  "_s) << u"routes[0].path"_s;
    QTest::addRow("method with a space")
        << int(M::MethodColumn) << QVariant(u"GE T"_s) << u"routes[0].method"_s;
    QTest::addRow("negative latency")
        << int(M::LatencyColumn) << QVariant(-5) << u"routes[0].chaos.latency.ms"_s;
    QTest::addRow("latency not a number")
        << int(M::LatencyColumn) << QVariant(u"soon"_s) << u"routes[0].chaos.latency.ms"_s;
}

void tst_RouteTableModel::refusedEditChangesNothing()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, path);

    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy refused(&f.model, &RouteTableModel::editRefused);
    const RouteSet before = f.document.routeSet();
    const QVariant shown = f.model.index(0, column).data();

    QVERIFY(!f.model.setData(f.model.index(0, column), value));
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.startsWith(path + u": "), qPrintable(message));
    QCOMPARE(f.document.routeSet(), before);
    QVERIFY(!f.document.isModified());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(f.model.index(0, column).data(), shown);
    QCOMPARE(fetch(f.nam, f.server, u"/items"_s).body, QByteArray("all items"));
}

void tst_RouteTableModel::ignoresNonEditableCells()
{
    RouteSetDocument document;
    document.reset(sampleSet());
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    QSignalSpy refused(&model, &RouteTableModel::editRefused);

    using M = RouteTableModel;
    QVERIFY(!model.setData(model.index(0, M::HitsColumn), 7));
    QVERIFY(!model.setData(model.index(0, M::EnabledColumn), false, Qt::EditRole));
    QVERIFY(!model.setData(model.index(0, M::PathColumn), u"/x"_s, Qt::CheckStateRole));
    QVERIFY(!model.setData(QModelIndex(), u"/x"_s));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(document.routeSet(), sampleSet());
}

void tst_RouteTableModel::moveRowsReorders_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("destinationChild");
    QTest::addColumn<bool>("moved");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("down by one") << 0 << 2 << true
                                 << QStringList { u"b"_s, u"a"_s, u"c"_s, u"d"_s };
    QTest::addRow("down to the end")
        << 0 << 4 << true << QStringList { u"b"_s, u"c"_s, u"d"_s, u"a"_s };
    QTest::addRow("down in the middle")
        << 1 << 3 << true << QStringList { u"a"_s, u"c"_s, u"b"_s, u"d"_s };
    QTest::addRow("up to the top")
        << 3 << 0 << true << QStringList { u"d"_s, u"a"_s, u"b"_s, u"c"_s };
    QTest::addRow("up by one") << 2 << 1 << true << QStringList { u"a"_s, u"c"_s, u"b"_s, u"d"_s };
    QTest::addRow("onto itself") << 1 << 1 << false
                                 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
    QTest::addRow("just below itself")
        << 1 << 2 << false << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
    QTest::addRow("past the end") << 0 << 5 << false
                                  << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
    QTest::addRow("no such row") << 4 << 0 << false
                                 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
}

void tst_RouteTableModel::moveRowsReorders()
{
    QFETCH(int, from);
    QFETCH(int, destinationChild);
    QFETCH(bool, moved);
    QFETCH(QStringList, ids);

    RouteSetDocument document;
    document.reset(lettersSet(4));
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    QSignalSpy rowsMoved(&model, &QAbstractItemModel::rowsMoved);

    QCOMPARE(model.moveRows(QModelIndex(), from, 1, QModelIndex(), destinationChild), moved);
    QCOMPARE(documentIds(document), ids);
    QCOMPARE(modelIds(model), ids);
    QCOMPARE(rowsMoved.count(), moved ? 1 : 0);
    if (moved) {
        // Qt's convention: the destination counts rows before the move.
        QCOMPARE(rowsMoved.first().at(1).toInt(), from);
        QCOMPARE(rowsMoved.first().at(2).toInt(), from);
        QCOMPARE(rowsMoved.first().at(4).toInt(), destinationChild);
        QVERIFY(document.isModified());
    }
    QVERIFY(!model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4)); // one route at a time
}

void tst_RouteTableModel::moveChangesWhichRouteAnswers()
{
    RouteSet set;
    set.add(Route::get(u"/same"_s).withId(u"first"_s).respond(200, u"first"_s));
    set.add(Route::get(u"/same"_s).withId(u"second"_s).respond(200, u"second"_s));
    Fixture f(set);
    QCOMPARE(fetch(f.nam, f.server, u"/same"_s).body, QByteArray("first"));

    QVERIFY(f.model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0));
    QCOMPARE(modelIds(f.model), (QStringList { u"second"_s, u"first"_s }));
    QCOMPARE(fetch(f.nam, f.server, u"/same"_s).body, QByteArray("second"));
}

void tst_RouteTableModel::dropReorders_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("parentRow"); // -1: dropped between rows
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("down between rows")
        << 0 << 3 << -1 << QStringList { u"b"_s, u"c"_s, u"a"_s, u"d"_s };
    QTest::addRow("up to the top")
        << 3 << 0 << -1 << QStringList { u"d"_s, u"a"_s, u"b"_s, u"c"_s };
    QTest::addRow("at the end") << 1 << -1 << -1 << QStringList { u"a"_s, u"c"_s, u"d"_s, u"b"_s };
    QTest::addRow("at the end, counted")
        << 0 << 4 << -1 << QStringList { u"b"_s, u"c"_s, u"d"_s, u"a"_s };
    QTest::addRow("onto a row below")
        << 0 << -1 << 2 << QStringList { u"b"_s, u"c"_s, u"a"_s, u"d"_s };
    QTest::addRow("onto the next row")
        << 0 << -1 << 1 << QStringList { u"b"_s, u"a"_s, u"c"_s, u"d"_s };
    QTest::addRow("onto a row above")
        << 3 << -1 << 1 << QStringList { u"a"_s, u"d"_s, u"b"_s, u"c"_s };
    QTest::addRow("onto itself") << 2 << -1 << 2 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
    QTest::addRow("where it was") << 2 << 2 << -1 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s };
}

void tst_RouteTableModel::dropReorders()
{
    QFETCH(int, from);
    QFETCH(int, row);
    QFETCH(int, parentRow);
    QFETCH(QStringList, ids);

    RouteSetDocument document;
    document.reset(lettersSet(4));
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);

    // A view drags every cell of the selected row.
    QModelIndexList dragged;
    for (int column = 0; column < model.columnCount(); ++column) {
        dragged.append(model.index(from, column));
    }
    std::unique_ptr<QMimeData> data(model.mimeData(dragged));
    QVERIFY(data);
    QVERIFY(data->hasFormat(model.mimeTypes().first()));
    QVERIFY(model.supportedDropActions() & Qt::MoveAction);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : model.index(parentRow, 0);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));

    // False even when it moved: the view must not remove the source row itself.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(documentIds(document), ids);
    QCOMPARE(modelIds(model), ids);
}

void tst_RouteTableModel::refusesForeignDrops()
{
    RouteSetDocument document;
    document.reset(lettersSet(3));
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    const QStringList ids = modelIds(model);

    QMimeData text;
    text.setText(u"0"_s);
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 2, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 2, 0, QModelIndex()));

    std::unique_ptr<QMimeData> row(model.mimeData({ model.index(0, 0) }));
    QVERIFY(!model.canDropMimeData(row.get(), Qt::CopyAction, 2, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(row.get(), Qt::CopyAction, 2, 0, QModelIndex()));

    QMimeData stale; // a row that no longer exists
    stale.setData(model.mimeTypes().first(), "7");
    QVERIFY(!model.canDropMimeData(&stale, Qt::MoveAction, 0, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(&stale, Qt::MoveAction, 0, 0, QModelIndex()));

    QVERIFY(!model.mimeData({}));
    QCOMPARE(modelIds(model), ids);
}

void tst_RouteTableModel::hitsFollowRequests()
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    const auto hits = [&f](int row) {
        return f.model.index(row, RouteTableModel::HitsColumn).data().toULongLong();
    };

    QCOMPARE(fetch(f.nam, f.server, u"/items"_s).status, 200);
    QCOMPARE(fetch(f.nam, f.server, u"/items"_s).status, 200);
    QCOMPARE(fetch(f.nam, f.server, u"/users/3"_s).status, 200);
    QTRY_COMPARE(hits(0), 2ull);
    QTRY_COMPARE(hits(2), 1ull);
    QCOMPARE(hits(1), 0ull);
    QCOMPARE(hits(4), 0ull);
    bool hitsChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        hitsChanged = hitsChanged
            || (topLeft.column() <= RouteTableModel::HitsColumn
                && RouteTableModel::HitsColumn <= bottomRight.column() && topLeft.row() <= 0);
    }
    QVERIFY(hitsChanged);

    // Hits stay with their route when it moves or another is inserted before it.
    QVERIFY(f.document.moveRoute(0, 3, u"Move"_s));
    QCOMPARE(hits(3), 2ull);
    QVERIFY(f.document.insertRoute(0, Route::get(u"/new"_s).respond(200), u"Add"_s));
    QCOMPARE(hits(4), 2ull);
    QCOMPARE(hits(0), 0ull);
    f.model.refreshHits();
    QCOMPARE(hits(4), 2ull);
    QCOMPARE(hits(2), 1ull);

    // An edit of the route keeps its count; new requests add to it.
    QVERIFY(f.model.setData(f.model.index(4, RouteTableModel::StatusColumn), 201));
    QCOMPARE(fetch(f.nam, f.server, u"/items"_s).status, 201);
    QTRY_COMPARE(hits(4), 3ull);
}

void tst_RouteTableModel::rowsFollowDocument_data()
{
    QTest::addColumn<DocumentChange>("change");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<QList<int>>("rows"); // first, last (and destination row for moves)

    QTest::addRow("insert at the top") << DocumentChange([](RouteSetDocument &d) {
        d.insertRoute(0, Route::get(u"/z"_s).withId(u"z"_s).respond(200), u"Add"_s);
    }) << u"rowsInserted"_s << QList<int> { 0, 0 };
    QTest::addRow("insert at the end") << DocumentChange([](RouteSetDocument &d) {
        d.insertRoute(-1, Route::get(u"/z"_s).withId(u"z"_s).respond(200), u"Add"_s);
    }) << u"rowsInserted"_s << QList<int> { 4, 4 };
    QTest::addRow("remove") << DocumentChange([](RouteSetDocument &d) {
        d.removeRoute(2, u"Remove"_s);
    }) << u"rowsRemoved"_s << QList<int> { 2, 2 };
    QTest::addRow("move down") << DocumentChange([](RouteSetDocument &d) {
        d.moveRoute(1, 3, u"Move"_s);
    }) << u"rowsMoved"_s << QList<int> { 1, 1, 4 };
    QTest::addRow("move up") << DocumentChange([](RouteSetDocument &d) {
        d.moveRoute(3, 0, u"Move"_s);
    }) << u"rowsMoved"_s << QList<int> { 3, 3, 0 };
    QTest::addRow("update") << DocumentChange([](RouteSetDocument &d) {
        Route r = d.route(2);
        r.path = u"/changed"_s;
        d.updateRoute(2, r, u"Edit"_s);
    }) << u"dataChanged"_s << QList<int> { 2, 2 };
    QTest::addRow("replace all") << DocumentChange([](RouteSetDocument &d) {
        d.replaceAll(lettersSet(2), u"Import"_s);
    }) << u"modelReset"_s << QList<int>();
    QTest::addRow("reset") << DocumentChange([](RouteSetDocument &d) { d.reset(lettersSet(6)); })
                           << u"modelReset"_s << QList<int>();
}

void tst_RouteTableModel::rowsFollowDocument()
{
    QFETCH(DocumentChange, change);
    QFETCH(QString, signal);
    QFETCH(QList<int>, rows);

    RouteSetDocument document;
    document.reset(lettersSet(4));
    RouteTableModel model(&document);
    QAbstractItemModelTester tester(&model, Checks);
    QList<DocumentEdit> edits;
    document.setEditSink([&](const DocumentEdit &e) {
        edits.append(e);
        document.apply(e);
    });
    const QStringList before = modelIds(model);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QHash<QString, QSignalSpy *> spies { { u"rowsInserted"_s, &inserted },
        { u"rowsRemoved"_s, &removed }, { u"rowsMoved"_s, &moved },
        { u"dataChanged"_s, &dataChanged }, { u"modelReset"_s, &reset } };

    change(document);

    for (auto it = spies.cbegin(); it != spies.cend(); ++it) {
        QVERIFY2(it.value()->count() == (it.key() == signal ? 1 : 0), qPrintable(it.key()));
    }
    const QList<QVariant> args = spies.value(signal)->first();
    if (signal == u"rowsMoved"_s) {
        QCOMPARE(args.at(1).toInt(), rows.at(0));
        QCOMPARE(args.at(2).toInt(), rows.at(1));
        QCOMPARE(args.at(4).toInt(), rows.at(2));
    } else if (signal == u"dataChanged"_s) {
        QCOMPARE(args.at(0).value<QModelIndex>().row(), rows.at(0));
        QCOMPARE(args.at(1).value<QModelIndex>().row(), rows.at(1));
    } else if (!rows.isEmpty()) {
        QCOMPARE(args.at(1).toInt(), rows.at(0));
        QCOMPARE(args.at(2).toInt(), rows.at(1));
    }
    QCOMPARE(model.rowCount(), document.routeCount());
    QCOMPARE(modelIds(model), documentIds(document));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, RouteTableModel::PathColumn).data().toString(),
            document.route(row).path);
    }

    // Undo follows as well.
    if (!edits.isEmpty()) {
        document.apply(edits.last().inverted());
        QCOMPARE(modelIds(model), before);
        QCOMPARE(model.index(2, RouteTableModel::PathColumn).data().toString(), u"/c"_s);
    }
}

void tst_RouteTableModel::emptiesWhenDocumentGoes()
{
    auto document = std::make_unique<RouteSetDocument>();
    document->reset(lettersSet(3));
    RouteTableModel model(document.get());
    QAbstractItemModelTester tester(&model, Checks);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 3);

    document.reset();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.refreshHits();
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
}

QTEST_GUILESS_MAIN(tst_RouteTableModel)
#include "tst_routetablemodel.moc"
