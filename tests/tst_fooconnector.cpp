// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The seed's own scenario: a small client (FooConnector) tested against a mock of its backend,
// once in-process and once as a separate process, changing nothing but the base URL.
#include "FooConnector.h"

#include "server/MockServer.h"
#include "testkit/MockProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_FooConnector : public QObject
{
    Q_OBJECT

private:
    QString routeFile() const { return QFINDTESTDATA("data/foo.mockbench.json"); }

    static void expectFoo(FooConnector &connector, int bar, int expected)
    {
        QSignalSpy received(&connector, &FooConnector::fooReceived);
        QSignalSpy failed(&connector, &FooConnector::failed);
        connector.fetchFoo(bar);
        QTRY_COMPARE_WITH_TIMEOUT(received.count() + failed.count(), 1, 5000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(received.first().at(0).toInt(), bar);
        QCOMPARE(received.first().at(1).toInt(), expected);
    }

private Q_SLOTS:
    void fetchesFromInProcessMock_data()
    {
        QTest::addColumn<int>("bar");
        QTest::addColumn<int>("expected");
        QTest::addRow("3") << 3 << 6;
        QTest::addRow("0") << 0 << 0;
        QTest::addRow("negative") << -21 << -42;
    }

    void fetchesFromInProcessMock()
    {
        QFETCH(int, bar);
        QFETCH(int, expected);
        FormatErrors errors;
        MockServer server;
        server.setRouteSet(RouteSet::fromFile(routeFile(), &errors));
        QVERIFY2(errors.isEmpty(), qPrintable(toStringList(errors).join(u'\n')));
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        expectFoo(connector, bar, expected);

        QCOMPARE(server.journal().count(u"GET"_s, u"/1.1/foo/%1"_s.arg(bar)), 1);
        const auto request = server.journal().takeRequest(2000);
        QVERIFY(request.has_value());
        QCOMPARE(request->routeId, u"get-foo"_s);
        QCOMPARE(request->requestHeader("accept"), QByteArray("application/json"));
    }

    void reportsServiceErrorsFromInProcessMock()
    {
        // Without the JSON Accept header the first route does not match: the maintenance
        // route answers 503, and the client must report it as a failure.
        MockServer server;
        server.setRouteSet(RouteSet().add(
            Route::get(u"/1.1/foo/{bar}"_s).withId(u"down"_s).respondJson(503, QJsonObject())));
        QVERIFY(server.listen());
        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        QSignalSpy failed(&connector, &FooConnector::failed);
        connector.fetchFoo(1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(server.hits(u"down"_s), quint64(1));
    }

    void reportsUnexpectedAnswers()
    {
        MockServer server;
        server.setRouteSet(
            RouteSet().add(Route::get(u"/1.1/foo/{bar:int}"_s).respond(200, u"{\"other\": 1}"_s)));
        QVERIFY(server.listen());
        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        QSignalSpy failed(&connector, &FooConnector::failed);
        connector.fetchFoo(1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toString(), u"unexpected answer from the Foo service"_s);
    }

    void fetchesFromSeparateProcessMock()
    {
        MockProcess mock;
        QVERIFY2(mock.start(routeFile()), qPrintable(mock.errorString()));
        QVERIFY(mock.port() > 0);
        QCOMPARE(mock.baseUrl().host(), u"127.0.0.1"_s);

        FooConnector connector(mock.baseUrl().toString() + u"/1.1"_s);
        expectFoo(connector, 3, 6);
        expectFoo(connector, 50, 100);

        QVERIFY2(mock.stop(), "mockbench did not exit cleanly with code 0 on SIGTERM");
        QCOMPARE(mock.exitCode(), 0);
    }

    void separateProcessServesBuiltInExampleWithoutFile()
    {
        MockProcess mock;
        QVERIFY2(mock.start(), qPrintable(mock.errorString()));
        FooConnector connector(mock.baseUrl().toString() + u"/1.1"_s);
        expectFoo(connector, 3, 6);
    }

    void separateProcessRefusesBadFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"bad.mockbench.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"mockbench": 1, "routes": [{"path": "/x", "responses": [{"status": 42}]}]})");
        file.close();

        MockProcess mock;
        QVERIFY(!mock.start(path));
        QVERIFY2(mock.errorString().contains(u"routes[0].responses[0].status: must be 100..999"_s),
            qPrintable(mock.errorString()));
        QVERIFY(!mock.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_FooConnector)
#include "tst_fooconnector.moc"
