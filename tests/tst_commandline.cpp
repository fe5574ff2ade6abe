// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/RouteSetFormat.h"
#include "runtime/CommandLine.h"
#include "server/MockServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MOCKBENCH_BINARY"); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess process;
        process.start(binary(), args);
        Run r;
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    /// Starts `mockbench --headless --port 0 ARGS` and waits for its listening line.
    static QByteArray startServer(QProcess &process, const QStringList &extra = {})
    {
        process.start(binary(), QStringList { u"--headless"_s, u"--port"_s, u"0"_s } + extra);
        QByteArray out;
        QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
        while (!out.contains('\n') && process.state() != QProcess::NotRunning) {
            if (!ready.wait(10000)) {
                break;
            }
            out += process.readAllStandardOutput();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "MOCKBENCH_BINARY is not set (ctest sets it)");
    }

    void appliesChaosOverridesFieldByField()
    {
        // The one function the window and headless both start from.
        Chaos file;
        file.latency = Latency::uniform(10, 20);
        file.errorRate = 0.5;
        file.seed = 1;
        file.error = ChaosError::withStatus(502);

        Chaos unchanged = file;
        CommandLine::parse({ u"mockbench"_s }).chaos.applyTo(&unchanged);
        QCOMPARE(unchanged, file);

        Chaos overridden = file;
        CommandLine::parse({ u"mockbench"_s, u"--latency-ms"_s, u"150"_s, u"--seed"_s, u"7"_s })
            .chaos.applyTo(&overridden);
        QCOMPARE(overridden.latency, std::optional(Latency::fixed(150)));
        QCOMPARE(overridden.errorRate, file.errorRate);
        QCOMPARE(overridden.seed, std::optional<quint64>(7));
        QCOMPARE(overridden.error, file.error);

        // --latency-ms 0 means no latency: the same as a file without one, in both programs.
        Chaos zero = file;
        CommandLine::parse({ u"mockbench"_s, u"--latency-ms"_s, u"0"_s, u"--error-rate"_s, u"0"_s })
            .chaos.applyTo(&zero);
        QCOMPARE(zero.latency, std::optional<Latency>());
        QCOMPARE(zero.errorRate, std::optional(0.0));
    }

    void parsesOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("port");
        QTest::addColumn<qint64>("maxBody");
        QTest::addColumn<QString>("error");
        using M = CommandLine::Mode;
        const qint64 mb32 = 32 * 1024 * 1024;
        QTest::addRow("plain") << QStringList() << int(M::Gui) << QString() << 5000 << mb32
                               << QString();
        QTest::addRow("headless file")
            << QStringList { u"--headless"_s, u"x.json"_s } << int(M::Headless) << u"x.json"_s
            << 5000 << mb32 << QString();
        QTest::addRow("port 0") << QStringList { u"--headless"_s, u"--port"_s, u"0"_s }
                                << int(M::Headless) << QString() << 0 << mb32 << QString();
        QTest::addRow("max-body k")
            << QStringList { u"--headless"_s, u"--max-body"_s, u"10k"_s } << int(M::Headless)
            << QString() << 5000 << qint64(10240) << QString();
        QTest::addRow("max-body bytes") << QStringList { u"--max-body=123"_s } << int(M::Gui)
                                        << QString() << 5000 << qint64(123) << QString();
        QTest::addRow("validate") << QStringList { u"--validate"_s, u"f.json"_s }
                                  << int(M::Validate) << u"f.json"_s << 5000 << mb32 << QString();
        QTest::addRow("help") << QStringList { u"--help"_s } << int(M::Help) << QString() << 5000
                              << mb32 << QString();
        QTest::addRow("version") << QStringList { u"--version"_s } << int(M::Version) << QString()
                                 << 5000 << mb32 << QString();
        QTest::addRow("bad port") << QStringList { u"--port"_s, u"70000"_s } << int(M::Error)
                                  << QString() << 70000 << mb32 << u"--port"_s;
        QTest::addRow("bad host") << QStringList { u"--host"_s, u"nowhere"_s } << int(M::Error)
                                  << QString() << 5000 << mb32 << u"--host"_s;
        QTest::addRow("bad size") << QStringList { u"--max-body"_s, u"lots"_s } << int(M::Error)
                                  << QString() << 5000 << qint64(-1) << u"--max-body"_s;
        QTest::addRow("two files") << QStringList { u"a"_s, u"b"_s } << int(M::Error) << QString()
                                   << 5000 << mb32 << u"only one FILE"_s;
        QTest::addRow("unknown option") << QStringList { u"--frobnicate"_s } << int(M::Error)
                                        << QString() << 5000 << mb32 << u"frobnicate"_s;
    }

    void parsesOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, mode);
        QFETCH(QString, file);
        QFETCH(int, port);
        QFETCH(qint64, maxBody);
        QFETCH(QString, error);
        const CommandLine cl = CommandLine::parse(QStringList { u"mockbench"_s } + args);
        QCOMPARE(int(cl.mode), mode);
        if (cl.mode == CommandLine::Mode::Error) {
            QVERIFY2(cl.error.contains(error), qPrintable(cl.error));
            return;
        }
        QCOMPARE(cl.file, file);
        QCOMPARE(cl.port, port);
        QCOMPARE(cl.server.maxBodyBytes, maxBody);
        QCOMPARE(cl.host, QHostAddress(QHostAddress::LocalHost));
    }

    void parsesHeaderTimeout_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("headerTimeoutMs"); // -1: refused
        QTest::addRow("default") << QStringList() << 10000;
        QTest::addRow("seconds") << QStringList { u"--header-timeout"_s, u"2.5"_s } << 2500;
        QTest::addRow("with =") << QStringList { u"--header-timeout=30"_s } << 30000;
        QTest::addRow("not a number") << QStringList { u"--header-timeout"_s, u"soon"_s } << -1;
        QTest::addRow("zero") << QStringList { u"--header-timeout"_s, u"0"_s } << -1;
        QTest::addRow("negative") << QStringList { u"--header-timeout=-1"_s } << -1;
        QTest::addRow("nan") << QStringList { u"--header-timeout"_s, u"nan"_s } << -1;
    }

    void parsesHeaderTimeout()
    {
        QFETCH(QStringList, args);
        QFETCH(int, headerTimeoutMs);
        const CommandLine cl = CommandLine::parse(QStringList { u"mockbench"_s } + args);
        if (headerTimeoutMs < 0) {
            QCOMPARE(int(cl.mode), int(CommandLine::Mode::Error));
            QVERIFY2(cl.error.contains(u"--header-timeout"_s), qPrintable(cl.error));
            return;
        }
        QCOMPARE(int(cl.mode), int(CommandLine::Mode::Gui));
        QCOMPARE(cl.server.headerTimeoutMs, headerTimeoutMs);
    }

    void parsesServerLimits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<qint64>("minBodyRate"); // -1 in all three: refused
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<qint64>("maxBuffered");
        QTest::addColumn<QString>("error");
        QTest::addRow("defaults") << QStringList() << 1024LL << 4096 << 64LL * 1024 * 1024
                                  << QString();
        QTest::addRow("all set") << QStringList { u"--min-body-rate=0"_s, u"--max-connections"_s,
            u"20"_s, u"--max-buffered-bodies"_s, u"1G"_s }
                                 << 0LL << 20 << 1024LL * 1024 * 1024 << QString();
        QTest::addRow("rate in k") << QStringList { u"--min-body-rate"_s, u"4k"_s } << 4096LL
                                   << 4096 << 64LL * 1024 * 1024 << QString();
        QTest::addRow("rate not a size") << QStringList { u"--min-body-rate"_s, u"fast"_s } << -1LL
                                         << -1 << -1LL << u"--min-body-rate"_s;
        QTest::addRow("no connections") << QStringList { u"--max-connections=0"_s } << -1LL << -1
                                        << -1LL << u"--max-connections"_s;
        QTest::addRow("connections not a number") << QStringList { u"--max-connections"_s,
            u"many"_s } << -1LL << -1 << -1LL << u"--max-connections"_s;
        QTest::addRow("buffered not a size") << QStringList { u"--max-buffered-bodies"_s, u"-5"_s }
                                             << -1LL << -1 << -1LL << u"--max-buffered-bodies"_s;
    }

    void parsesServerLimits()
    {
        QFETCH(QStringList, args);
        QFETCH(qint64, minBodyRate);
        QFETCH(int, maxConnections);
        QFETCH(qint64, maxBuffered);
        QFETCH(QString, error);
        const CommandLine cl = CommandLine::parse(QStringList { u"mockbench"_s } + args);
        if (!error.isEmpty()) {
            QCOMPARE(int(cl.mode), int(CommandLine::Mode::Error));
            QVERIFY2(cl.error.contains(error), qPrintable(cl.error));
            return;
        }
        QCOMPARE(int(cl.mode), int(CommandLine::Mode::Gui));
        QCOMPARE(cl.server.minBodyRate, minBodyRate);
        QCOMPARE(cl.server.maxConnections, maxConnections);
        QCOMPARE(cl.server.maxBufferedBodyBytes, maxBuffered);
        // What a server gets from them.
        MockServer server;
        cl.server.applyTo(&server);
        QCOMPARE(server.minBodyRate(), minBodyRate);
        QCOMPARE(server.maxConnections(), maxConnections);
        QCOMPARE(server.maxBufferedBodyBytes(), maxBuffered);
        QCOMPARE(server.headerTimeout(), cl.server.headerTimeoutMs);
    }

    void validateAcceptsGoodFile()
    {
        const Run r = run({ u"--validate"_s, QFINDTESTDATA("data/foo.mockbench.json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid"), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    void validateNamesEachErrorPath()
    {
        const QString file = QFINDTESTDATA("data/invalid.mockbench.json");
        const Run r = run({ u"--validate"_s, file });
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        const QStringList expected = {
            u"routes[1].method: must be an HTTP method"_s,
            u"routes[1].path: unclosed {"_s,
            u"routes[1].responses: must be a non-empty array"_s,
            u"routes[1].id: \"ok\" is already used by routes[0]"_s,
            u"routes[2].responses[0].status: must be 100..999"_s,
            u"routes[2].responses[0].headers.X-List[0]: must be a string"_s,
        };
        QCOMPARE(lines.size(), expected.size());
        for (const QString &want : expected) {
            const bool found = std::any_of(lines.begin(), lines.end(), [&](const QByteArray &l) {
                return QString::fromUtf8(l).startsWith(file + u": " + want);
            });
            QVERIFY2(
                found, qPrintable(u"missing \"%1\" in:\n%2"_s.arg(want, QString::fromUtf8(r.err))));
        }
    }

    void validateCompilesTemplates()
    {
        const QString file = QFINDTESTDATA("data/template-syntax.mockbench.json");
        const Run r = run({ u"--validate"_s, file });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("routes[0].responses[0].body: template does not compile: "
                                "SyntaxError"),
            r.err.constData());
        QVERIFY2(r.err.contains("routes[0].responses[0].headers.X-A: template does not compile"),
            r.err.constData());
        // A forwarding target's header templates too, the set's and a route's.
        const Run proxy =
            run({ u"--validate"_s, QFINDTESTDATA("data/template-syntax-proxy.mockbench.json") });
        QCOMPARE(proxy.exitCode, 1);
        QVERIFY2(proxy.err.contains("proxy.requestHeaders.X-Up: template does not compile"),
            proxy.err.constData());
        QVERIFY2(
            proxy.err.contains("routes[0].proxy.responseHeaders.X-Back: template does not compile"),
            proxy.err.constData());
    }

    void validateReportsUnreadableFile()
    {
        const Run r = run({ u"--validate"_s, u"/nonexistent/routes.json"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
    }

    void headlessRefusesInvalidFile()
    {
        const Run r = run(
            { u"--headless"_s, u"--port"_s, u"0"_s, QFINDTESTDATA("data/invalid.mockbench.json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains("listening"), r.out.constData());
        QVERIFY2(
            r.err.contains("routes[2].responses[0].status: must be 100..999"), r.err.constData());
    }

    void printsVersionAndHelp()
    {
        const Run version = run({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("mockbench " MOCKBENCH_VERSION));
        const Run help = run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        for (const char *option : { "--headless", "--host", "--port", "--max-body",
                 "--header-timeout", "--validate", "--export", "openapi" }) {
            QVERIFY2(help.out.contains(option), option);
        }
    }

    void parsesExportOpenApi()
    {
        const CommandLine cl = CommandLine::parse({ u"mockbench"_s, u"--export"_s, u"openapi"_s,
            u"in.mockbench.json"_s, u"-o"_s, u"out.yaml"_s });
        QCOMPARE(cl.mode, CommandLine::Mode::Export);
        QCOMPARE(cl.exportFormat, u"openapi"_s);
        QCOMPARE(cl.file, u"in.mockbench.json"_s);
        QCOMPARE(cl.output, u"out.yaml"_s);
    }

    void exportWritesOpenApiOrNamesTheFile()
    {
        const QString foo = QFINDTESTDATA("data/foo.mockbench.json");
        const Run ok = run({ u"--export"_s, u"openapi"_s, foo });
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(document.value(u"openapi"_s).toString(), u"3.1.0"_s);
        QVERIFY(document.value(u"paths"_s).toObject().contains(u"/1.1/foo/{bar}"_s));
        const Run bad = run({ u"--export"_s, u"openapi"_s, u"/nonexistent/routes.json"_s });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.startsWith("/nonexistent/routes.json: "), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1);
    }

    void rejectsBadUsageWithExitCode2()
    {
        const Run r = run({ u"--port"_s, u"x"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--port"));
    }

    void printsOneListeningLineThenServes()
    {
        QProcess process;
        const QByteArray out = startServer(process);
        QVERIFY2(out.startsWith("MockBench listening on http://127.0.0.1:"), out.constData());
        QCOMPARE(out.count('\n'), 1);
        const QUrl base(
            QString::fromUtf8(out.mid(int(strlen("MockBench listening on "))).trimmed()));
        QVERIFY(base.port() > 0);

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(base.resolved(QUrl(u"/1.1/foo/3"_s))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->readAll(), QByteArray(R"({"important_datastructure": 6})"));
        reply->deleteLater();
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }

    void exitsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGTERM") << SIGTERM;
        QTest::addRow("SIGINT") << SIGINT;
    }

    void exitsCleanlyOnSignal()
    {
        QFETCH(int, signal);
        QProcess process;
        QVERIFY(startServer(process).contains("listening"));
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void recordsASessionThenReplaysItOffline()
    {
        auto backend = std::make_unique<MockServer>();
        RouteSet set;
        set.routes.append(Route::get(u"/users/{id}"_s)
                              .respond(200, u"{\"name\":\"Ann\"}"_s,
                                  { { u"Content-Type"_s, { u"application/json"_s } } }));
        backend->setRouteSet(set);
        QVERIFY(backend->listen());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"rec.mockbench.json"_s);
        QProcess process;
        const QByteArray out =
            startServer(process, { u"--record"_s, backend->baseUrl().toString(), u"-o"_s, file });
        QVERIFY2(out.startsWith("MockBench listening on "), out.constData());
        const QUrl base(
            QString::fromUtf8(out.mid(int(strlen("MockBench listening on "))).trimmed()));
        QNetworkAccessManager network;
        auto get = [&network](const QUrl &url) {
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            const bool done = finished.wait(5000);
            const QByteArray body = done ? reply->readAll() : QByteArray("(no answer)");
            reply->deleteLater();
            return body;
        };
        QCOMPARE(get(base.resolved(QUrl(u"/users/7"_s))), QByteArray("{\"name\":\"Ann\"}"));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(
            err.contains(QByteArray("recorded 1 exchange(s) as 1 route(s) in " + file.toUtf8())),
            err.constData());

        // The backend is gone: the recording answers for it.
        backend.reset();
        const LoadResult loaded = RouteSetFormat::readFile(file);
        QVERIFY(loaded.ok());
        MockServer replay;
        replay.setRouteSet(loaded.routeSet);
        QVERIFY(replay.listen());
        QCOMPARE(
            get(replay.baseUrl().resolved(QUrl(u"/users/7"_s))), QByteArray("{\"name\":\"Ann\"}"));
    }

    void recordRefusesAnOutputItCannotWrite()
    {
        const Run r = run({ u"--record"_s, u"http://127.0.0.1:9"_s, u"--port"_s, u"0"_s, u"-o"_s,
            u"/nonexistent/dir/rec.json"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/nonexistent/dir is not a writable folder"), r.err.constData());
        const Run bad = run({ u"--record"_s, u"ftp://up"_s, u"--port"_s, u"0"_s });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--record: the URL must be an absolute http or https URL"),
            bad.err.constData());
    }

    void failsWhenPortIsTaken()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const Run r = run({ u"--headless"_s, u"--port"_s, QString::number(blocker.serverPort()) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("cannot listen"), r.err.constData());
    }

    void parsesAdminWatchAndLogOptions()
    {
        const CommandLine cl = CommandLine::parse({ u"mockbench"_s, u"--headless"_s, u"f.json"_s,
            u"--watch"_s, u"--log"_s, u"x.log"_s, u"--admin-token"_s, u"s3cret"_s });
        QCOMPARE(cl.mode, CommandLine::Mode::Headless);
        QVERIFY(cl.watch);
        QCOMPARE(cl.logFile, u"x.log"_s);
        QCOMPARE(cl.adminToken, u"s3cret"_s);
        QVERIFY(!cl.noAdmin);
        QVERIFY(CommandLine::parse({ u"mockbench"_s, u"--no-admin"_s }).noAdmin);
    }

    void refusesBadAdminWatchAndLogOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::addRow("watch without a file")
            << QStringList { u"--headless"_s, u"--watch"_s } << u"--watch needs a FILE"_s;
        QTest::addRow("empty token")
            << QStringList { u"--admin-token"_s, u" "_s } << u"--admin-token must not be empty"_s;
        QTest::addRow("empty log") << QStringList { u"--log="_s } << u"--log needs a file name"_s;
        QTest::addRow("export of an unknown format") << QStringList { u"--export"_s, u"raml"_s,
            u"a.json"_s } << u"--export: \"raml\" is not a format it writes (openapi)"_s;
        QTest::addRow("export without a file") << QStringList { u"--export"_s, u"openapi"_s }
                                               << u"--export openapi takes exactly one FILE"_s;
        QTest::addRow("record with a file") << QStringList { u"--record"_s, u"http://up"_s,
            u"a.json"_s } << u"--record forwards every request: it takes no FILE"_s;
        QTest::addRow("output without convert, export or record") << QStringList { u"-o"_s,
            u"x.json"_s } << u"-o is for --convert, --export and --record"_s;
        QTest::addRow("export of two files") << QStringList { u"--export"_s, u"openapi"_s,
            u"a.json"_s, u"b.json"_s } << u"only one FILE may be given"_s;
    }

    void refusesBadAdminWatchAndLogOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CommandLine cl = CommandLine::parse(QStringList { u"mockbench"_s } + args);
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QVERIFY2(cl.error.contains(error), qPrintable(cl.error));
    }

    void saysWhereTheAdminApiIs_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("healthStatus"); // what GET /__mockbench/health answers
        QTest::addRow("loopback, no token")
            << QStringList() << u"(loopback only, no token)"_s << 200;
        QTest::addRow("token") << QStringList { u"--admin-token"_s, u"s3cret"_s }
                               << u"(Authorization: Bearer token required)"_s << 401;
        QTest::addRow("no-admin") << QStringList { u"--no-admin"_s } << u"admin API off"_s << 404;
    }

    void saysWhereTheAdminApiIs()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, line);
        QFETCH(int, healthStatus);
        QProcess process;
        const QByteArray out = startServer(process, extra);
        QVERIFY2(out.startsWith("MockBench listening on http://127.0.0.1:"), out.constData());
        const QString base = QString::fromLatin1(out.trimmed().split(' ').last());
        // The admin line comes on stderr, after the one stdout line.
        const QByteArray expected = QString(u"mockbench: "_s
            + (healthStatus == 404 ? line : u"admin API at %1/__mockbench/ "_s.arg(base) + line))
                                        .toUtf8();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(expected), 10000);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(base + u"/__mockbench/health"_s))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), healthStatus);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
