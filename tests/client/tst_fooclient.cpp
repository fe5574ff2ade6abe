// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// FooConnector tested from a project of its own against the installed MockBench package: the
// same route file served in-process by MockServer and by the installed `mockbench` through
// MockProcess.
#include "FooConnector.h"

#include <MockBench/Exchange.h>
#include <MockBench/Journal.h>
#include <MockBench/MockProcess.h>
#include <MockBench/MockServer.h>
#include <MockBench/QtTestVerify.h>
#include <MockBench/Route.h>
#include <MockBench/RouteSet.h>
#include <MockBench/Verify.h>

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#ifdef MOCKBENCH_VERSION
#error "MOCKBENCH_VERSION leaked from MockBench::Core into a client"
#endif

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_FooClient : public QObject
{
    Q_OBJECT

private:
    static QString routeFile() { return QFINDTESTDATA("../data/foo.mockbench.json"); }

    /// fetchFoo(@p bar) answers fooReceived(@p bar, @p expected).
    static bool fetches(FooConnector &connector, int bar, int expected)
    {
        QSignalSpy received(&connector, &FooConnector::fooReceived);
        QSignalSpy failed(&connector, &FooConnector::failed);
        connector.fetchFoo(bar);
        return (received.wait(5000) || !received.isEmpty()) && failed.isEmpty()
            && received.first() == QList<QVariant> { bar, expected };
    }

private Q_SLOTS:
    void fetchesFromInProcessMock()
    {
        FormatErrors errors;
        MockServer server;
        server.setRouteSet(RouteSet::fromFile(routeFile(), &errors));
        QVERIFY2(errors.isEmpty(), qPrintable(toStringList(errors).join(u'\n')));
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        QVERIFY(fetches(connector, 3, 6));

        MOCKBENCH_VERIFY_COUNT(server, RequestPattern::get(u"/1.1/foo/3"_s), 1);
        const std::optional<Exchange> request = server.journal().takeRequest(2000);
        QVERIFY(request.has_value());
        QCOMPARE(request->routeId, u"get-foo"_s);
    }

    void reportsServiceErrorsFromRoutesBuiltInCode()
    {
        MockServer server;
        server.setRouteSet(RouteSet().add(
            Route::get(u"/1.1/foo/{bar}"_s).withId(u"down"_s).respondJson(503, QJsonObject())));
        QVERIFY(server.listen());
        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        QSignalSpy failed(&connector, &FooConnector::failed);
        connector.fetchFoo(1);
        QVERIFY(failed.wait(5000));
        QCOMPARE(server.hits(u"down"_s), quint64(1));
    }

    void servesBuiltInExample()
    {
        // The example is a resource of the static library: this fails when the installed
        // package does not link its resource objects into the client.
        MockServer server;
        server.setRouteSet(RouteSet::builtInExample());
        QVERIFY(server.listen());
        FooConnector connector(server.baseUrl().toString() + u"/1.1"_s);
        QVERIFY(fetches(connector, 3, 6));
    }

    void fetchesFromSeparateProcessMock()
    {
        MockProcess mock;
        QVERIFY2(mock.start(routeFile()), qPrintable(mock.errorString()));
        FooConnector connector(mock.baseUrl().toString() + u"/1.1"_s);
        QVERIFY(fetches(connector, 50, 100));

        MOCKBENCH_VERIFY_COUNT(mock, RequestPattern::get(u"/1.1/foo/50"_s), 1);
        QVERIFY2(mock.stop(), "mockbench did not exit cleanly on SIGTERM");
        QCOMPARE(mock.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FooClient)
#include "tst_fooclient.moc"
