// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Chaos from file to wire: the chaos JSON (every validation error at its exact path, round
// trips), the latency distributions, ChaosPlanner's rolls, draws and seeded per-route streams,
// a real server that applies chaos at once and journals it, and the command-line overrides.
#include "engine/ChaosPlanner.h"
#include "format/RouteSetFormat.h"
#include "model/Chaos.h"
#include "model/RouteSet.h"
#include "runtime/CommandLine.h"
#include "server/MockServer.h"
#include "testkit/MockProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace MockBench {
// Lets QCOMPARE show a differing route set as the JSON it would save.
char *toString(const RouteSet &set)
{
    return qstrdup(RouteSetFormat::toJson(set).constData());
}
} // namespace MockBench

namespace {

constexpr int WaitMs = 5000;
/// Latency checks: at least the latency (less a little timer slack), at most this.
constexpr qint64 GenerousUpperMs = 3000;

/// The body a simulated error has when its error names none.
QByteArray defaultErrorBody(const QString &rate)
{
    return u"MockBench: simulated error (error rate %1)\n"_s.arg(rate).toUtf8();
}

/// Every fault, in declaration order, as files name it.
const QStringList &allFaultNames()
{
    static const QStringList names { u"connection-reset"_s, u"connection-close"_s,
        u"empty-response"_s, u"partial-headers"_s, u"partial-body"_s, u"garbage"_s, u"stall"_s,
        u"dribble"_s, u"bandwidth"_s, u"malformed-chunked"_s, u"tls-failure"_s };
    return names;
}

// Documents with the piece under test as the global chaos, a route's chaos or a response.
QByteArray withGlobalChaos(const QByteArray &chaos)
{
    return R"({"mockbench": 1, "chaos": )" + chaos
        + R"(, "routes": [{"path": "/a", "responses": [{"status": 200}]}]})";
}

QByteArray withRouteChaos(const QByteArray &chaos)
{
    return R"({"mockbench": 1, "routes": [{"path": "/a", "responses": [{"status": 200}], "chaos": )"
        + chaos + "}]}";
}

QByteArray withResponse(const QByteArray &response)
{
    return R"({"mockbench": 1, "routes": [{"path": "/a", "responses": [)" + response + "]}]}";
}

/// A chaos object whose latency is lognormal with @p parameters.
QByteArray lognormalChaos(const QByteArray &parameters)
{
    return R"({"latency": {"distribution": "lognormal", )" + parameters + "}}";
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList messages(const FormatErrors &errors)
{
    QStringList lines;
    for (const FormatError &error : errors) {
        lines.append(error.toString());
    }
    return lines;
}

Chaos chaosFromJson(const QByteArray &json, FormatErrors *errors)
{
    return Chaos::fromJson(QJsonDocument::fromJson(json).object(), u"chaos"_s, errors);
}

/// One plan (and a pick after it) written out, so QCOMPARE shows the first difference.
QString describe(const ChaosPlanner::Plan &plan, int pick = -1)
{
    return u"roll %1 injected %2 status %3 delay %4 pick %5"_s
        .arg(QString::number(plan.errorRoll, 'g', 17))
        .arg(plan.errorInjected ? u"true"_s : u"false"_s)
        .arg(plan.errorInjected ? plan.error.status : 0)
        .arg(plan.delayMs)
        .arg(pick);
}

/// The plans and picks for @p count requests to route 0 under a chaos that uses every draw.
QStringList planSequence(std::optional<quint64> seed, int count)
{
    Chaos global;
    global.seed = seed;
    global.errorRate = 0.5;
    global.latency = Latency::uniform(0, 100);
    Chaos route;
    route.latency = Latency::lognormal(50, 1, 500);
    ChaosPlanner planner;
    planner.reset(global, { u"a"_s, u"b"_s });
    QStringList steps;
    for (int i = 0; i < count; ++i) {
        const ChaosPlanner::Plan plan = planner.plan(0, route);
        steps.append(describe(plan, planner.pick(0, 7)));
    }
    return steps;
}

/// What a client got back for one request.
struct Answer
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    qint64 elapsedMs = -1;
};

Answer fetch(QNetworkAccessManager &nam, const QUrl &url)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}

/// Two routes: /a (id "a") answers "ok", /b (id "b") answers "other".
RouteSet twoRoutes()
{
    RouteSet set;
    set.add(Route::get(u"/a"_s).withId(u"a"_s).respond(200, u"ok"_s));
    set.add(Route::get(u"/b"_s).withId(u"b"_s).respond(200, u"other"_s));
    return set;
}

/// The statuses a fresh server with @p seed and error rate 0.5 answers to @p count requests.
QList<int> serverStatusSequence(quint64 seed, int count)
{
    RouteSet set = twoRoutes();
    set.chaos.seed = seed;
    set.chaos.errorRate = 0.5;
    MockServer server;
    server.setRouteSet(set);
    QList<int> statuses;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return statuses;
    }
    QNetworkAccessManager nam;
    for (int i = 0; i < count; ++i) {
        const Answer answer = fetch(nam, server.baseUrl().resolved(QUrl(u"/a"_s)));
        statuses.append(answer.finished ? answer.status : -1);
    }
    return statuses;
}

} // namespace

// The test bodies follow the class: moc 6.4 misreads some raw string literals (the JSON
// documents) inside a class body.
class tst_Chaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Chaos JSON
    void reportsChaosValidationError_data();
    void reportsChaosValidationError();
    void roundTripsChaos_data();
    void roundTripsChaos();
    void roundTripsEveryFault_data();
    void roundTripsEveryFault();
    void roundTripsChaosBuiltInCode();
    void keepsUnknownChaosKeys();
    void appliesChaosDefaults();
    void namesEveryFault();

    // Distributions
    void drawsWithinDistributionBounds_data();
    void drawsWithinDistributionBounds();
    void drawsUniformAroundMidpoint();
    void drawsLognormalAroundMedian_data();
    void drawsLognormalAroundMedian();

    // ChaosPlanner
    void injectsErrorsAtConfiguredRate();
    void repeatsErrorRollsForTheSameSeed();
    void changesErrorRollsWithADifferentSeed();
    void keepsRouteStreamWhenOtherRoutesInterleave();
    void rollsDifferentlyWithoutSeed();
    void routeChaosReplacesGlobalErrorRateAndError_data();
    void routeChaosReplacesGlobalErrorRateAndError();
    void addsRouteLatencyToGlobalLatency();
    void givesUnmatchedRequestsOnlyGlobalLatency();
    void makesNoDrawsWithoutChaos_data();
    void makesNoDrawsWithoutChaos();
    void defaultErrorIs503WithoutBody();

    // Through a server
    void repeatsServerStatusSequenceForTheSameSeed();
    void appliesGlobalChaosAtOnce();
    void appliesRouteChaosAtOnce();
    void delaysAndJournalsChaos_data();
    void delaysAndJournalsChaos();

    // Command line
    void parsesChaosOptions_data();
    void parsesChaosOptions();
    void overridesFileChaosFromCommandLine_data();
    void overridesFileChaosFromCommandLine();
};

// ---- Chaos JSON ------------------------------------------------------------------------------

void tst_Chaos::reportsChaosValidationError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    // Chaos
    QTest::addRow("chaos is null")
        << withGlobalChaos("null") << u"chaos: must be an object, not null"_s;
    QTest::addRow("chaos is a boolean")
        << withGlobalChaos("true") << u"chaos: must be an object, not a boolean"_s;
    QTest::addRow("route chaos is a string")
        << withRouteChaos(R"("slow")") << u"routes[0].chaos: must be an object, not a string"_s;
    QTest::addRow("errorRate above 1")
        << withGlobalChaos(R"({"errorRate": 1.5})") << u"chaos.errorRate: must be a number 0..1"_s;
    QTest::addRow("errorRate negative")
        << withGlobalChaos(R"({"errorRate": -0.1})") << u"chaos.errorRate: must be a number 0..1"_s;
    QTest::addRow("errorRate is a string") << withGlobalChaos(R"({"errorRate": "10%"})")
                                           << u"chaos.errorRate: must be a number 0..1"_s;
    QTest::addRow("route errorRate above 1") << withRouteChaos(
        R"({"errorRate": 2})") << u"routes[0].chaos.errorRate: must be a number 0..1"_s;
    const QString badSeed = u"chaos.seed: must be an integer 0..9007199254740992"_s;
    QTest::addRow("seed negative") << withGlobalChaos(R"({"seed": -1})") << badSeed;
    QTest::addRow("seed is a fraction") << withGlobalChaos(R"({"seed": 4.2})") << badSeed;
    QTest::addRow("seed above 2^53") << withGlobalChaos(R"({"seed": 9007199254740994})") << badSeed;
    QTest::addRow("seed is a string") << withGlobalChaos(R"({"seed": "42"})") << badSeed;
    QTest::addRow("seed in a route") << withRouteChaos(R"({"seed": 42})")
                                     << u"routes[0].chaos.seed: only the global chaos has a seed"_s;

    // Latency
    QTest::addRow("latency is a number")
        << withGlobalChaos(R"({"latency": 100})")
        << u"chaos.latency: must be an object such as {\"distribution\": \"fixed\", \"ms\": 100}"_s;
    const QString badDistribution =
        u"chaos.latency.distribution: must be \"fixed\", \"uniform\" or \"lognormal\""_s;
    QTest::addRow("distribution unknown")
        << withGlobalChaos(R"({"latency": {"distribution": "gaussian", "ms": 1}})")
        << badDistribution;
    QTest::addRow("distribution is a number")
        << withGlobalChaos(R"({"latency": {"distribution": 1, "ms": 1}})") << badDistribution;
    QTest::addRow("distribution is null")
        << withGlobalChaos(R"({"latency": {"distribution": null, "ms": 1}})") << badDistribution;
    QTest::addRow("fixed without ms")
        << withGlobalChaos(R"({"latency": {"distribution": "fixed"}})")
        << u"chaos.latency.ms: is required"_s;
    const QString badMs = u"chaos.latency.ms: must be a number 0..3600000"_s;
    QTest::addRow("fixed ms negative")
        << withGlobalChaos(R"({"latency": {"distribution": "fixed", "ms": -1}})") << badMs;
    QTest::addRow("fixed ms above an hour")
        << withGlobalChaos(R"({"latency": {"distribution": "fixed", "ms": 3600001}})") << badMs;
    QTest::addRow("fixed ms is a string")
        << withGlobalChaos(R"({"latency": {"distribution": "fixed", "ms": "100"}})") << badMs;
    QTest::addRow("fixed with minMs")
        << withGlobalChaos(R"({"latency": {"distribution": "fixed", "ms": 1, "minMs": 0}})")
        << u"chaos.latency.minMs: unknown key (use distribution, ms)"_s;
    QTest::addRow("uniform without minMs")
        << withGlobalChaos(R"({"latency": {"distribution": "uniform", "maxMs": 10}})")
        << u"chaos.latency.minMs: is required"_s;
    QTest::addRow("uniform without maxMs")
        << withGlobalChaos(R"({"latency": {"distribution": "uniform", "minMs": 10}})")
        << u"chaos.latency.maxMs: is required"_s;
    QTest::addRow("uniform minMs negative")
        << withGlobalChaos(R"({"latency": {"distribution": "uniform", "minMs": -5, "maxMs": 10}})")
        << u"chaos.latency.minMs: must be a number 0..3600000"_s;
    QTest::addRow("uniform maxMs above an hour")
        << withGlobalChaos(R"({"latency": {"distribution": "uniform", "minMs": 0, "maxMs": 1e9}})")
        << u"chaos.latency.maxMs: must be a number 0..3600000"_s;
    QTest::addRow("uniform maxMs below minMs")
        << withGlobalChaos(R"({"latency": {"distribution": "uniform", "minMs": 20, "maxMs": 10}})")
        << u"chaos.latency.maxMs: must not be below minMs"_s;
    QTest::addRow("uniform with ms")
        << withGlobalChaos(
               R"({"latency": {"distribution": "uniform", "minMs": 1, "maxMs": 2, "ms": 1}})")
        << u"chaos.latency.ms: unknown key (use distribution, minMs, maxMs)"_s;
    QTest::addRow("route uniform maxMs below minMs")
        << withRouteChaos(R"({"latency": {"distribution": "uniform", "minMs": 20, "maxMs": 10}})")
        << u"routes[0].chaos.latency.maxMs: must not be below minMs"_s;
    QTest::addRow("lognormal without medianMs")
        << withGlobalChaos(lognormalChaos(R"("sigma": 1, "maxMs": 9)"))
        << u"chaos.latency.medianMs: is required"_s;
    QTest::addRow("lognormal without sigma")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 5, "maxMs": 9)"))
        << u"chaos.latency.sigma: is required"_s;
    QTest::addRow("lognormal without maxMs")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 5, "sigma": 1)"))
        << u"chaos.latency.maxMs: is required"_s;
    QTest::addRow("lognormal sigma above 10")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 5, "sigma": 11, "maxMs": 9)"))
        << u"chaos.latency.sigma: must be a number 0..10"_s;
    QTest::addRow("lognormal sigma negative")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 5, "sigma": -1, "maxMs": 9)"))
        << u"chaos.latency.sigma: must be a number 0..10"_s;
    QTest::addRow("lognormal medianMs above an hour")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 4e6, "sigma": 1, "maxMs": 9)"))
        << u"chaos.latency.medianMs: must be a number 0..3600000"_s;
    QTest::addRow("lognormal maxMs below medianMs")
        << withGlobalChaos(lognormalChaos(R"("medianMs": 50, "sigma": 1, "maxMs": 9)"))
        << u"chaos.latency.maxMs: must not be below medianMs"_s;
    QTest::addRow("lognormal with minMs")
        << withRouteChaos(lognormalChaos(R"("medianMs": 5, "sigma": 1, "maxMs": 9, "minMs": 1)"))
        << u"routes[0].chaos.latency.minMs: "
           "unknown key (use distribution, medianMs, sigma, maxMs)"_s;

    // ChaosError
    QTest::addRow("error is a string")
        << withGlobalChaos(R"({"error": "503"})")
        << u"chaos.error: must be an object: {\"status\": 503} or {\"fault\": \"...\"}"_s;
    QTest::addRow("error is empty")
        << withGlobalChaos(R"({"error": {}})") << u"chaos.error: needs \"status\" or \"fault\""_s;
    QTest::addRow("error has only a body") << withGlobalChaos(R"({"error": {"body": "down"}})")
                                           << u"chaos.error: needs \"status\" or \"fault\""_s;
    const QString badStatus = u"chaos.error.status: must be an integer 100..599"_s;
    QTest::addRow("error status 99")
        << withGlobalChaos(R"({"error": {"status": 99}})") << badStatus;
    QTest::addRow("error status 600")
        << withGlobalChaos(R"({"error": {"status": 600}})") << badStatus;
    QTest::addRow("error status a fraction")
        << withGlobalChaos(R"({"error": {"status": 503.5}})") << badStatus;
    QTest::addRow("error status a string")
        << withGlobalChaos(R"({"error": {"status": "503"}})") << badStatus;
    QTest::addRow("route error status 600")
        << withRouteChaos(R"({"error": {"status": 600}})")
        << u"routes[0].chaos.error.status: must be an integer 100..599"_s;
    QTest::addRow("error body a number")
        << withGlobalChaos(R"({"error": {"status": 500, "body": 5}})")
        << u"chaos.error.body: must be a string"_s;
    QTest::addRow("error status with headers")
        << withGlobalChaos(R"({"error": {"status": 500, "headers": {}}})")
        << u"chaos.error.headers: unknown key (use status, body)"_s;
    QTest::addRow("error fault with status")
        << withGlobalChaos(R"({"error": {"fault": "stall", "status": 500}})")
        << u"chaos.error.status: unknown key (use fault, chunkBytes, intervalMs, bytesPerSecond)"_s;
    const QString badFaultName = u"must be one of "_s + allFaultNames().join(u", "_s);
    QTest::addRow("error fault unknown") << withGlobalChaos(R"({"error": {"fault": "teleport"}})")
                                         << u"chaos.error.fault: "_s + badFaultName;
    QTest::addRow("error fault a number")
        << withGlobalChaos(R"({"error": {"fault": 3}})") << u"chaos.error.fault: "_s + badFaultName;
    QTest::addRow("error chunkBytes 0")
        << withGlobalChaos(R"({"error": {"fault": "dribble", "chunkBytes": 0}})")
        << u"chaos.error.chunkBytes: must be an integer 1..1048576"_s;
    QTest::addRow("error bytesPerSecond on stall")
        << withGlobalChaos(R"({"error": {"fault": "stall", "bytesPerSecond": 10}})")
        << u"chaos.error.bytesPerSecond: only used with \"fault\": \"bandwidth\""_s;
    QTest::addRow("route error fault unknown") << withRouteChaos(
        R"({"error": {"fault": "teleport"}})") << u"routes[0].chaos.error.fault: "_s + badFaultName;

    // Fault in a response
    QTest::addRow("response fault unknown")
        << withResponse(R"({"status": 200, "fault": "teleport"})")
        << u"routes[0].responses[0].fault: "_s + badFaultName;
    QTest::addRow("response chunkBytes without fault")
        << withResponse(R"({"status": 200, "chunkBytes": 10})")
        << u"routes[0].responses[0].chunkBytes: only used with \"fault\": \"dribble\""_s;
    QTest::addRow("response intervalMs on stall")
        << withResponse(R"({"status": 200, "fault": "stall", "intervalMs": 10})")
        << u"routes[0].responses[0].intervalMs: only used with \"fault\": \"dribble\""_s;
    QTest::addRow("response bytesPerSecond on dribble")
        << withResponse(R"({"status": 200, "fault": "dribble", "bytesPerSecond": 10})")
        << u"routes[0].responses[0].bytesPerSecond: only used with \"fault\": \"bandwidth\""_s;
    const QString badChunk = u"routes[0].responses[0].chunkBytes: must be an integer 1..1048576"_s;
    QTest::addRow("response chunkBytes 0")
        << withResponse(R"({"status": 200, "fault": "dribble", "chunkBytes": 0})") << badChunk;
    QTest::addRow("response chunkBytes a fraction")
        << withResponse(R"({"status": 200, "fault": "dribble", "chunkBytes": 1.5})") << badChunk;
    QTest::addRow("response chunkBytes above 1 MiB")
        << withResponse(R"({"status": 200, "fault": "dribble", "chunkBytes": 1048577})")
        << badChunk;
    const QString badInterval = u"routes[0].responses[0].intervalMs: must be an integer 0..60000"_s;
    QTest::addRow("response intervalMs negative")
        << withResponse(R"({"status": 200, "fault": "dribble", "intervalMs": -1})") << badInterval;
    QTest::addRow("response intervalMs above a minute")
        << withResponse(R"({"status": 200, "fault": "dribble", "intervalMs": 60001})")
        << badInterval;
    const QString badRate =
        u"routes[0].responses[0].bytesPerSecond: must be an integer 1..1073741824"_s;
    QTest::addRow("response bytesPerSecond 0")
        << withResponse(R"({"status": 200, "fault": "bandwidth", "bytesPerSecond": 0})") << badRate;
    QTest::addRow("response bytesPerSecond a fraction")
        << withResponse(R"({"status": 200, "fault": "bandwidth", "bytesPerSecond": 2.5})")
        << badRate;
    QTest::addRow("response bytesPerSecond a string")
        << withResponse(R"({"status": 200, "fault": "bandwidth", "bytesPerSecond": "fast"})")
        << badRate;
}

void tst_Chaos::reportsChaosValidationError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QVERIFY2(!QJsonDocument::fromJson(json).isNull(), json.constData());
    const LoadResult result = RouteSetFormat::fromJson(json);
    // Exactly this error: nothing else is wrong with the document, and nothing is reported twice.
    QCOMPARE(result.errorStrings(), QStringList { error });
    QVERIFY(!result.ok());
    QVERIFY(result.routeSet.routes.isEmpty());
}

void tst_Chaos::roundTripsChaos_data()
{
    QTest::addColumn<QByteArray>("chaos");
    QTest::addColumn<bool>("globalOnly");

    QTest::addRow("fixed latency")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 120}})") << false;
    QTest::addRow("fractional fixed latency")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 0.25}})") << false;
    QTest::addRow("uniform latency")
        << QByteArray(R"({"latency": {"distribution": "uniform", "minMs": 10, "maxMs": 250.5}})")
        << false;
    QTest::addRow("lognormal latency")
        << lognormalChaos(R"("medianMs": 80, "sigma": 0.75, "maxMs": 2000)") << false;
    QTest::addRow("error rate 0") << QByteArray(R"({"errorRate": 0})") << false;
    QTest::addRow("status error") << QByteArray(R"({"errorRate": 0.25, "error": {"status": 502}})")
                                  << false;
    QTest::addRow("status error with body")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 418, "body": "teapot"}})") << false;
    QTest::addRow("status error with empty body")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 500, "body": ""}})") << false;
    QTest::addRow("fault error with parameters") << QByteArray(
        R"({"errorRate": 0.5, "error": {"fault": "dribble", "chunkBytes": 3, "intervalMs": 7}})")
                                                 << false;
    QTest::addRow("everything") << QByteArray(
        R"({"latency": {"distribution": "uniform", "minMs": 0, "maxMs": 30},
                          "errorRate": 0.125, "error": {"status": 429, "body": "slow down"},
                          "seed": 9007199254740992})")
                                << true;
    QTest::addRow("seed 0") << QByteArray(R"({"seed": 0})") << true;
}

void tst_Chaos::roundTripsChaos()
{
    QFETCH(QByteArray, chaos);
    QFETCH(bool, globalOnly);
    const QJsonObject fragment = objectOf(chaos);
    QVERIFY(!fragment.isEmpty());

    for (const bool global : { true, false }) {
        if (!global && globalOnly) {
            continue;
        }
        const LoadResult loaded =
            RouteSetFormat::fromJson(global ? withGlobalChaos(chaos) : withRouteChaos(chaos));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        const Chaos &read = global ? loaded.routeSet.chaos : loaded.routeSet.routes.at(0).chaos;
        QVERIFY(global ? loaded.routeSet.routes.at(0).chaos.isEmpty()
                       : loaded.routeSet.chaos.isEmpty());
        // Every parameter was read: written back, the chaos is what the file said.
        QVERIFY2(read.toJson() == fragment,
            qPrintable(compact(read.toJson()) + u" != "_s + compact(fragment)));
        QVERIFY(read.extra.isEmpty());

        const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
        const LoadResult reloaded = RouteSetFormat::fromJson(saved);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorStrings().join(u'\n')));
        QCOMPARE(reloaded.routeSet, loaded.routeSet);
        QCOMPARE(RouteSetFormat::toJson(reloaded.routeSet), saved);
    }
}

void tst_Chaos::roundTripsEveryFault_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("parameters");

    for (const QString &name : allFaultNames()) {
        QTest::addRow("%s", qPrintable(name)) << name << QByteArray();
    }
    QTest::addRow("dribble with parameters")
        << u"dribble"_s << QByteArray(R"("chunkBytes": 3, "intervalMs": 0)");
    QTest::addRow("dribble at the limits")
        << u"dribble"_s << QByteArray(R"("chunkBytes": 1048576, "intervalMs": 60000)");
    QTest::addRow("bandwidth with parameters")
        << u"bandwidth"_s << QByteArray(R"("bytesPerSecond": 2048)");
    QTest::addRow("bandwidth at the limit")
        << u"bandwidth"_s << QByteArray(R"("bytesPerSecond": 1073741824)");
}

void tst_Chaos::roundTripsEveryFault()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, parameters);

    QByteArray fault = "\"fault\": \"" + name.toUtf8() + '"';
    if (!parameters.isEmpty()) {
        fault += ", " + parameters;
    }
    const QJsonObject faultKeys = objectOf('{' + fault + '}');
    QVERIFY(!faultKeys.isEmpty());
    const auto kind = Fault::kindFromName(name);
    QVERIFY(kind);

    // As a response's own fault and as the error a route's chaos injects.
    const LoadResult loaded = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"path": "/a", "responses": [{"status": 200, "body": "abc", )"
        + fault + R"(}], "chaos": {"errorRate": 0.5, "error": {)" + fault + "}}}]}");
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    const Route &route = loaded.routeSet.routes.at(0);
    const Fault &responseFault = route.responses.at(0).fault;
    QCOMPARE(responseFault.kind, *kind);
    QVERIFY(route.chaos.error);
    QCOMPARE(route.chaos.error->fault, responseFault);
    QVERIFY(!route.chaos.error->body);

    // The parameters given were read (and the defaults of the others written out).
    QJsonObject written;
    responseFault.writeJson(&written);
    for (auto it = faultKeys.begin(); it != faultKeys.end(); ++it) {
        QCOMPARE(written.value(it.key()), it.value());
    }
    QVERIFY2(route.chaos.error->toJson() == written,
        qPrintable(compact(route.chaos.error->toJson()) + u" != "_s + compact(written)));

    const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
    const LoadResult reloaded = RouteSetFormat::fromJson(saved);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorStrings().join(u'\n')));
    QCOMPARE(reloaded.routeSet, loaded.routeSet);
    QCOMPARE(reloaded.routeSet.routes.at(0).responses.at(0).fault, responseFault);
    QCOMPARE(RouteSetFormat::toJson(reloaded.routeSet), saved);
}

void tst_Chaos::roundTripsChaosBuiltInCode()
{
    RouteSet set;
    set.chaos.latency = Latency::lognormal(40, 0.5, 900);
    set.chaos.errorRate = 0.05;
    set.chaos.error = ChaosError::withFault(Fault::dribble(3, 7));
    set.chaos.seed = 123456789;
    Chaos slow;
    slow.latency = Latency::uniform(5, 15);
    slow.error = ChaosError::withStatus(418, u"teapot"_s);
    Chaos flaky;
    flaky.latency = Latency::fixed(250);
    flaky.errorRate = 1;
    flaky.error = ChaosError::withFault(Fault::make(Fault::Kind::ConnectionReset));
    set.add(Route::get(u"/slow"_s).respond(200, u"x"_s).withChaos(slow));
    set.add(Route::get(u"/flaky"_s)
                .respond(Response::text(200, u"y"_s).withFault(Fault::bandwidth(2048)))
                .withChaos(flaky));
    set.add(Route::get(u"/plain"_s).respond(204));

    const LoadResult loaded = RouteSetFormat::fromJson(RouteSetFormat::toJson(set));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.routeSet, set);
    QVERIFY(loaded.routeSet.routes.at(2).chaos.isEmpty());
    // A route without chaos writes no "chaos" key.
    QVERIFY(!RouteSetFormat::toJson(set).contains("\"chaos\": {}"));
}

void tst_Chaos::keepsUnknownChaosKeys()
{
    const LoadResult loaded = RouteSetFormat::fromJson(R"({"mockbench": 1,
        "chaos": {"errorRate": 0.5, "burst": {"every": 10, "length": 3}, "note": "from v2"},
        "routes": [{"path": "/a", "responses": [{"status": 200}],
                    "chaos": {"jitter": true}}]})");
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    const RouteSet &set = loaded.routeSet;
    QCOMPARE(set.chaos.errorRate, std::optional<double>(0.5));
    QCOMPARE(compact(set.chaos.extra),
        compact(objectOf(R"({"burst": {"every": 10, "length": 3}, "note": "from v2"})")));
    QCOMPARE(compact(set.routes.at(0).chaos.extra), compact(objectOf(R"({"jitter": true})")));
    QVERIFY(!set.routes.at(0).chaos.isEmpty());

    const QJsonObject saved = objectOf(RouteSetFormat::toJson(set));
    const QJsonObject chaos = saved.value(u"chaos"_s).toObject();
    QVERIFY2(chaos
            == objectOf(
                R"({"errorRate": 0.5, "burst": {"every": 10, "length": 3}, "note": "from v2"})"),
        qPrintable(compact(chaos)));
    QCOMPARE(saved.value(u"routes"_s).toArray().at(0).toObject().value(u"chaos"_s),
        QJsonValue(objectOf(R"({"jitter": true})")));
}

void tst_Chaos::appliesChaosDefaults()
{
    FormatErrors errors;
    const Chaos chaos =
        chaosFromJson(R"({"latency": {"ms": 70}, "error": {"fault": "dribble"}})", &errors);
    QCOMPARE(messages(errors), QStringList());
    // Without a distribution, a latency is fixed.
    QCOMPARE(chaos.latency, std::optional<Latency>(Latency::fixed(70)));
    QVERIFY(chaos.error);
    QCOMPARE(chaos.error->fault.kind, Fault::Kind::Dribble);
    QCOMPARE(chaos.error->fault.chunkBytes, 10);
    QCOMPARE(chaos.error->fault.intervalMs, 100);
    QVERIFY(!chaos.errorRate);
    QVERIFY(!chaos.seed);

    const Chaos bandwidth = chaosFromJson(R"({"error": {"fault": "bandwidth"}})", &errors);
    QCOMPARE(messages(errors), QStringList());
    QCOMPARE(bandwidth.error->fault.bytesPerSecond, qint64(1024));

    const Chaos status = chaosFromJson(R"({"error": {"status": 500}})", &errors);
    QCOMPARE(messages(errors), QStringList());
    QCOMPARE(status.error, std::optional<ChaosError>(ChaosError::withStatus(500)));
    QVERIFY(!status.error->body);
    QVERIFY(status.error->fault.isNone());

    QVERIFY(chaosFromJson("{}", &errors).isEmpty());
    QCOMPARE(messages(errors), QStringList());
}

void tst_Chaos::namesEveryFault()
{
    QCOMPARE(Fault::names(), allFaultNames());
    for (const QString &name : allFaultNames()) {
        const auto kind = Fault::kindFromName(name);
        QVERIFY2(kind, qPrintable(name));
        QCOMPARE(Fault::name(*kind), name);
    }
    QVERIFY(!Fault::kindFromName(QString()));
    QVERIFY(!Fault::kindFromName(u"Stall"_s));
    QVERIFY(!Fault::kindFromName(u"none"_s));
    QCOMPARE(Fault::name(Fault::Kind::None), QString());
}

// ---- Distributions ---------------------------------------------------------------------------

void tst_Chaos::drawsWithinDistributionBounds_data()
{
    QTest::addColumn<QByteArray>("latency");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // The draws must also spread: the smallest at most lowReach, the largest at least highReach.
    QTest::addColumn<double>("lowReach");
    QTest::addColumn<double>("highReach");

    QTest::addRow("fixed 0") << QByteArray(R"({"distribution": "fixed", "ms": 0})") << 0.0 << 0.0
                             << 0.0 << 0.0;
    QTest::addRow("fixed 150") << QByteArray(R"({"distribution": "fixed", "ms": 150})") << 150.0
                               << 150.0 << 150.0 << 150.0;
    QTest::addRow("fixed an hour") << QByteArray(R"({"distribution": "fixed", "ms": 3600000})")
                                   << 3600000.0 << 3600000.0 << 3600000.0 << 3600000.0;
    QTest::addRow("uniform 100..300")
        << QByteArray(R"({"distribution": "uniform", "minMs": 100, "maxMs": 300})") << 100.0
        << 300.0 << 101.0 << 299.0;
    QTest::addRow("uniform 5..5") << QByteArray(
        R"({"distribution": "uniform", "minMs": 5, "maxMs": 5})")
                                  << 5.0 << 5.0 << 5.0 << 5.0;
    QTest::addRow("lognormal under a far cap") << QByteArray(
        R"({"distribution": "lognormal", "medianMs": 100, "sigma": 0.5, "maxMs": 1000})")
                                               << 0.0 << 1000.0 << 50.0 << 200.0;
    QTest::addRow("lognormal against its cap")
        << QByteArray(R"({"distribution": "lognormal", "medianMs": 100, "sigma": 1, "maxMs": 150})")
        << 0.0 << 150.0 << 20.0 << 150.0;
    QTest::addRow("lognormal with huge sigma") << QByteArray(
        R"({"distribution": "lognormal", "medianMs": 100, "sigma": 10, "maxMs": 500})")
                                               << 0.0 << 500.0 << 1.0 << 500.0;
    QTest::addRow("lognormal sigma 0")
        << QByteArray(R"({"distribution": "lognormal", "medianMs": 80, "sigma": 0, "maxMs": 200})")
        << 80.0 << 80.0 << 80.0 << 80.0;
}

void tst_Chaos::drawsWithinDistributionBounds()
{
    QFETCH(QByteArray, latency);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, lowReach);
    QFETCH(double, highReach);

    FormatErrors errors;
    const auto distribution = Latency::fromJson(objectOf(latency), u"latency"_s, &errors);
    QCOMPARE(messages(errors), QStringList());
    QVERIFY(distribution);

    for (const quint32 seed : { 1u, 42u, 20260101u }) {
        QRandomGenerator random(seed);
        double smallest = std::numeric_limits<double>::infinity();
        double largest = -std::numeric_limits<double>::infinity();
        for (int i = 0; i < 10000; ++i) {
            const double ms = distribution->draw(random);
            QVERIFY2(!std::isnan(ms), "a draw is NaN");
            smallest = std::min(smallest, ms);
            largest = std::max(largest, ms);
        }
        const QString range = u"seed %1: draws in [%2, %3]"_s.arg(seed).arg(smallest).arg(largest);
        QVERIFY2(smallest >= low && largest <= high, qPrintable(range));
        QVERIFY2(smallest <= lowReach && largest >= highReach, qPrintable(range));
    }
}

void tst_Chaos::drawsUniformAroundMidpoint()
{
    const Latency uniform = Latency::uniform(100, 300);
    for (const quint32 seed : { 1u, 42u, 20260101u }) {
        QRandomGenerator random(seed);
        const int count = 4000;
        double sum = 0;
        int lowerHalf = 0;
        for (int i = 0; i < count; ++i) {
            const double ms = uniform.draw(random);
            sum += ms;
            lowerHalf += ms < 200 ? 1 : 0;
        }
        // Standard error of the mean: 200 / sqrt(12 * 4000) = 0.9 ms; 10 ms is over 10 of them.
        const double mean = sum / count;
        QVERIFY2(std::abs(mean - 200) < 10, qPrintable(u"seed %1: mean %2"_s.arg(seed).arg(mean)));
        // Half below the midpoint, within 5 sigma (sqrt(4000 / 4) = 32).
        QVERIFY2(std::abs(lowerHalf - count / 2) < 160,
            qPrintable(u"seed %1: %2 below the midpoint"_s.arg(seed).arg(lowerHalf)));
    }
}

void tst_Chaos::drawsLognormalAroundMedian_data()
{
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("sigma");

    QTest::addRow("median 100, sigma 0.5") << 100.0 << 0.5;
    QTest::addRow("median 40, sigma 1") << 40.0 << 1.0;
    QTest::addRow("median 2000, sigma 0.1") << 2000.0 << 0.1;
}

void tst_Chaos::drawsLognormalAroundMedian()
{
    QFETCH(double, median);
    QFETCH(double, sigma);

    // A cap far above every draw, so it does not move the median.
    const Latency lognormal = Latency::lognormal(median, sigma, 3600000);
    for (const quint32 seed : { 1u, 42u, 20260101u }) {
        QRandomGenerator random(seed);
        QList<double> draws;
        for (int i = 0; i < 4001; ++i) {
            draws.append(lognormal.draw(random));
        }
        std::sort(draws.begin(), draws.end());
        const double sampleMedian = draws.at(draws.size() / 2);
        // The sample median's standard error is about 1.25 sigma / sqrt(4001) in log space:
        // at most 2 %. 10 % is 5 of them.
        QVERIFY2(std::abs(std::log(sampleMedian / median)) < 0.1,
            qPrintable(u"seed %1: median %2, wanted %3"_s.arg(seed).arg(sampleMedian).arg(median)));
        // Spread like a lognormal: the 84th percentile near median * e^sigma.
        const double p84 = draws.at(int(draws.size() * 0.8413));
        QVERIFY2(std::abs(std::log(p84 / median) - sigma) < 0.15 * sigma + 0.01,
            qPrintable(u"seed %1: 84th percentile %2"_s.arg(seed).arg(p84)));
    }
}

// ---- ChaosPlanner ----------------------------------------------------------------------------

void tst_Chaos::injectsErrorsAtConfiguredRate()
{
    Chaos global;
    global.errorRate = 0.3;
    for (const std::optional<quint64> seed :
        { std::optional<quint64>(7), std::optional<quint64>() }) {
        global.seed = seed;
        ChaosPlanner planner;
        planner.reset(global, { u"a"_s });
        const int count = 4000;
        int injected = 0;
        for (int i = 0; i < count; ++i) {
            const ChaosPlanner::Plan plan = planner.plan(0, Chaos());
            QVERIFY(plan.errorRoll >= 0 && plan.errorRoll < 1);
            // The roll decides: below the rate is an error, anything else is not.
            QCOMPARE(plan.errorInjected, plan.errorRoll < 0.3);
            QCOMPARE(plan.delayMs, qint64(0));
            injected += plan.errorInjected ? 1 : 0;
        }
        // Binomial: mean 1200, sigma sqrt(4000 * 0.3 * 0.7) = 29; 5 sigma either side.
        const double sigma = std::sqrt(count * 0.3 * 0.7);
        QVERIFY2(std::abs(injected - count * 0.3) < 5 * sigma,
            qPrintable(u"%1 errors in %2 plans"_s.arg(injected).arg(count)));
    }
}

void tst_Chaos::repeatsErrorRollsForTheSameSeed()
{
    const QStringList first = planSequence(2026, 200);
    const QStringList second = planSequence(2026, 200);
    QCOMPARE(second, first);
    // The sequence is chaotic, not constant: errors and successes, varied delays and picks.
    QVERIFY(first.filter(u"injected true"_s).size() > 50);
    QVERIFY(first.filter(u"injected false"_s).size() > 50);
    QVERIFY(QSet<QString>(first.begin(), first.end()).size() == first.size());
}

void tst_Chaos::changesErrorRollsWithADifferentSeed()
{
    const QStringList first = planSequence(2026, 50);
    const QStringList other = planSequence(2027, 50);
    QCOMPARE(other.size(), first.size());
    int same = 0;
    for (int i = 0; i < first.size(); ++i) {
        same += first.at(i) == other.at(i) ? 1 : 0;
    }
    QCOMPARE(same, 0);
    // Seed 0 is a seed like any other.
    QCOMPARE(planSequence(0, 20), planSequence(0, 20));
    QVERIFY(planSequence(0, 20) != planSequence(1, 20));
}

void tst_Chaos::keepsRouteStreamWhenOtherRoutesInterleave()
{
    Chaos global;
    global.seed = 99;
    global.errorRate = 0.5;
    global.latency = Latency::uniform(0, 1000);
    const QStringList ids { u"alone"_s, u"noisy"_s };

    ChaosPlanner alone;
    alone.reset(global, ids);
    QStringList aloneSteps;
    for (int i = 0; i < 40; ++i) {
        const ChaosPlanner::Plan plan = alone.plan(0, Chaos());
        aloneSteps.append(describe(plan, alone.pick(0, 5)));
    }

    ChaosPlanner mixed;
    mixed.reset(global, ids);
    QStringList mixedSteps;
    QStringList noisySteps;
    for (int i = 0; i < 40; ++i) {
        // Requests to the other route and unmatched ones, a varying number between each.
        for (int j = 0; j < i % 3; ++j) {
            const ChaosPlanner::Plan noisy = mixed.plan(1, Chaos());
            noisySteps.append(describe(noisy, mixed.pick(1, 5)));
            mixed.plan(-1, Chaos());
        }
        const ChaosPlanner::Plan plan = mixed.plan(0, Chaos());
        mixedSteps.append(describe(plan, mixed.pick(0, 5)));
    }
    QCOMPARE(mixedSteps, aloneSteps);
    // The other route has a stream of its own, not a copy of this one.
    QVERIFY(!noisySteps.isEmpty());
    QVERIFY(noisySteps.first() != aloneSteps.first());
    QVERIFY(noisySteps.mid(0, 10) != aloneSteps.mid(0, 10));

    // The stream follows the route's id, not its position.
    ChaosPlanner swapped;
    swapped.reset(global, { u"noisy"_s, u"alone"_s });
    const ChaosPlanner::Plan plan = swapped.plan(1, Chaos());
    QCOMPARE(describe(plan, swapped.pick(1, 5)), aloneSteps.first());
}

void tst_Chaos::rollsDifferentlyWithoutSeed()
{
    Chaos global;
    global.errorRate = 0.5;
    global.latency = Latency::uniform(0, 1000);
    ChaosPlanner first;
    ChaosPlanner second;
    first.reset(global, { u"a"_s });
    second.reset(global, { u"a"_s });
    QStringList firstSteps;
    QStringList secondSteps;
    for (int i = 0; i < 20; ++i) {
        const ChaosPlanner::Plan a = first.plan(0, Chaos());
        const ChaosPlanner::Plan b = second.plan(0, Chaos());
        QVERIFY(a.errorRoll >= 0 && a.errorRoll < 1);
        QVERIFY(b.errorRoll >= 0 && b.errorRoll < 1);
        firstSteps.append(describe(a));
        secondSteps.append(describe(b));
    }
    QVERIFY(firstSteps != secondSteps);
    // Not a fixed sequence restarted either: a reset planner goes on differently.
    first.reset(global, { u"a"_s });
    QStringList again;
    for (int i = 0; i < 20; ++i) {
        again.append(describe(first.plan(0, Chaos())));
    }
    QVERIFY(again != firstSteps);
}

void tst_Chaos::routeChaosReplacesGlobalErrorRateAndError_data()
{
    QTest::addColumn<QByteArray>("global");
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<bool>("rolls");
    QTest::addColumn<int>("status"); // 0: no error injected

    QTest::addRow("route rate 1 over global rate 0")
        << QByteArray(R"({"errorRate": 0, "error": {"status": 500}})")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 418}})") << true << 418;
    QTest::addRow("route rate 0 over global rate 1")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 500}})")
        << QByteArray(R"({"errorRate": 0})") << false << 0;
    QTest::addRow("route error under the global rate")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 500}})")
        << QByteArray(R"({"error": {"status": 418}})") << true << 418;
    QTest::addRow("global error under the route rate")
        << QByteArray(R"({"error": {"status": 500}})") << QByteArray(R"({"errorRate": 1})") << true
        << 500;
    QTest::addRow("global rate and error")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 502}})") << QByteArray("{}") << true
        << 502;
    QTest::addRow("default error for the global rate")
        << QByteArray(R"({"errorRate": 1})") << QByteArray("{}") << true << 503;
    QTest::addRow("default error for the route rate")
        << QByteArray("{}") << QByteArray(R"({"errorRate": 1})") << true << 503;
    QTest::addRow("route fault error")
        << QByteArray(R"({"errorRate": 1, "error": {"status": 500}})")
        << QByteArray(R"({"error": {"fault": "connection-reset"}})") << true << 503;
}

void tst_Chaos::routeChaosReplacesGlobalErrorRateAndError()
{
    QFETCH(QByteArray, global);
    QFETCH(QByteArray, route);
    QFETCH(bool, rolls);
    QFETCH(int, status);

    FormatErrors errors;
    Chaos globalChaos = chaosFromJson(global, &errors);
    const Chaos routeChaos = chaosFromJson(route, &errors);
    QCOMPARE(messages(errors), QStringList());
    globalChaos.seed = 5;
    ChaosPlanner planner;
    planner.reset(globalChaos, { u"a"_s });
    for (int i = 0; i < 20; ++i) {
        const ChaosPlanner::Plan plan = planner.plan(0, routeChaos);
        QCOMPARE(plan.errorRoll >= 0, rolls);
        QCOMPARE(plan.errorInjected, status != 0);
        if (plan.errorInjected) {
            const ChaosError expected = routeChaos.error
                ? *routeChaos.error
                : globalChaos.error.value_or(ChaosPlanner::defaultError());
            QCOMPARE(plan.error, expected);
            QCOMPARE(plan.error.status, status);
        }
    }
}

void tst_Chaos::addsRouteLatencyToGlobalLatency()
{
    Chaos global;
    global.latency = Latency::fixed(100);
    Chaos route;
    route.latency = Latency::fixed(50);
    ChaosPlanner planner;
    planner.reset(global, { u"slow"_s, u"plain"_s });
    for (int i = 0; i < 5; ++i) {
        const ChaosPlanner::Plan slow = planner.plan(0, route);
        QCOMPARE(slow.delayMs, qint64(150));
        QCOMPARE(slow.errorRoll, -1.0);
        QVERIFY(!slow.errorInjected);
        QCOMPARE(planner.plan(1, Chaos()).delayMs, qint64(100));
    }

    // Route latency alone, and draws from both distributions added up.
    planner.reset(Chaos(), { u"slow"_s });
    QCOMPARE(planner.plan(0, route).delayMs, qint64(50));
    Chaos uniformGlobal;
    uniformGlobal.latency = Latency::uniform(200, 300);
    uniformGlobal.seed = 1;
    planner.reset(uniformGlobal, { u"slow"_s });
    for (int i = 0; i < 50; ++i) {
        const qint64 delay = planner.plan(0, route).delayMs;
        QVERIFY2(delay >= 250 && delay <= 350, qPrintable(QString::number(delay)));
    }
}

void tst_Chaos::givesUnmatchedRequestsOnlyGlobalLatency()
{
    Chaos global;
    global.seed = 3;
    global.errorRate = 1;
    global.latency = Latency::fixed(100);
    global.error = ChaosError::withStatus(500);
    Chaos route;
    route.latency = Latency::fixed(50);
    route.errorRate = 1;
    route.error = ChaosError::withStatus(418);
    ChaosPlanner planner;
    planner.reset(global, { u"a"_s });
    for (int i = 0; i < 20; ++i) {
        const ChaosPlanner::Plan unmatched = planner.plan(-1, route);
        QCOMPARE(unmatched.delayMs, qint64(100));
        QCOMPARE(unmatched.errorRoll, -1.0);
        QVERIFY(!unmatched.errorInjected);
    }
    // The same chaos on a matched request does inject and add up.
    const ChaosPlanner::Plan matched = planner.plan(0, route);
    QVERIFY(matched.errorInjected);
    QCOMPARE(matched.error.status, 418);
    QCOMPARE(matched.delayMs, qint64(150));
}

void tst_Chaos::makesNoDrawsWithoutChaos_data()
{
    QTest::addColumn<QByteArray>("global");
    QTest::addColumn<QByteArray>("route");

    QTest::addRow("nothing") << QByteArray("{}") << QByteArray("{}");
    QTest::addRow("rate 0") << QByteArray(R"({"errorRate": 0})") << QByteArray("{}");
    QTest::addRow("route rate 0 over global rate 1")
        << QByteArray(R"({"errorRate": 1})") << QByteArray(R"({"errorRate": 0})");
    QTest::addRow("error without a rate") << QByteArray(R"({"error": {"status": 500}})")
                                          << QByteArray(R"({"error": {"status": 418}})");
    QTest::addRow("zero latencies")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 0}})")
        << QByteArray(R"({"latency": {"distribution": "uniform", "minMs": 0, "maxMs": 0}})");
    QTest::addRow("zero lognormal") << lognormalChaos(R"("medianMs": 0, "sigma": 1, "maxMs": 0)")
                                    << QByteArray(R"({"errorRate": 0})");
}

void tst_Chaos::makesNoDrawsWithoutChaos()
{
    QFETCH(QByteArray, global);
    QFETCH(QByteArray, route);

    FormatErrors errors;
    Chaos globalChaos = chaosFromJson(global, &errors);
    const Chaos routeChaos = chaosFromJson(route, &errors);
    QCOMPARE(messages(errors), QStringList());
    globalChaos.seed = 11;

    ChaosPlanner planner;
    planner.reset(globalChaos, { u"a"_s });
    const ChaosPlanner::Plan defaults;
    for (int i = 0; i < 50; ++i) {
        for (const int routeIndex : { 0, -1 }) {
            const ChaosPlanner::Plan plan = planner.plan(routeIndex, routeChaos);
            QCOMPARE(plan.delayMs, defaults.delayMs);
            QCOMPARE(plan.errorRoll, defaults.errorRoll);
            QCOMPARE(plan.errorInjected, defaults.errorInjected);
            QCOMPARE(plan.error, defaults.error);
        }
    }
    QCOMPARE(defaults.delayMs, qint64(0));
    QCOMPARE(defaults.errorRoll, -1.0);

    // Nothing was drawn: the route's stream is where a fresh planner's starts.
    ChaosPlanner fresh;
    fresh.reset(globalChaos, { u"a"_s });
    QList<int> picks;
    QList<int> freshPicks;
    for (int i = 0; i < 10; ++i) {
        picks.append(planner.pick(0, 1000));
        freshPicks.append(fresh.pick(0, 1000));
    }
    QCOMPARE(picks, freshPicks);
}

void tst_Chaos::defaultErrorIs503WithoutBody()
{
    const ChaosError error = ChaosPlanner::defaultError();
    QCOMPARE(error.status, 503);
    QVERIFY(!error.body);
    QVERIFY(error.fault.isNone());
    QCOMPARE(ChaosError(), error);
    QCOMPARE(compact(error.toJson()), compact(objectOf(R"({"status": 503})")));
}

// ---- Through a server ------------------------------------------------------------------------

void tst_Chaos::repeatsServerStatusSequenceForTheSameSeed()
{
    const QList<int> first = serverStatusSequence(31337, 30);
    const QList<int> second = serverStatusSequence(31337, 30);
    QCOMPARE(first.size(), 30);
    QCOMPARE(second, first);
    QVERIFY(first.count(200) >= 5);
    QVERIFY(first.count(503) >= 5);
    QCOMPARE(first.count(200) + first.count(503), 30);
    QVERIFY(serverStatusSequence(31338, 30) != first);
}

void tst_Chaos::appliesGlobalChaosAtOnce()
{
    MockServer server;
    server.setRouteSet(twoRoutes());
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    QNetworkAccessManager nam;
    const QUrl a = server.baseUrl().resolved(QUrl(u"/a"_s));
    const QUrl b = server.baseUrl().resolved(QUrl(u"/b"_s));

    Answer answer = fetch(nam, a);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 200);

    QSignalSpy changed(&server, &MockServer::chaosChanged);
    Chaos always;
    always.errorRate = 1;
    server.setChaos(always);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(server.chaos(), always);
    for (int i = 0; i < 5; ++i) {
        for (const QUrl &url : { a, b }) {
            answer = fetch(nam, url);
            QVERIFY(answer.finished);
            QCOMPARE(answer.status, 503);
            QCOMPARE(answer.body, defaultErrorBody(u"1"_s));
        }
    }
    // Unmatched requests never get the error.
    answer = fetch(nam, server.baseUrl().resolved(QUrl(u"/nowhere"_s)));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 404);

    server.setChaos(Chaos());
    answer = fetch(nam, a);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("ok"));
}

void tst_Chaos::appliesRouteChaosAtOnce()
{
    MockServer server;
    server.setRouteSet(twoRoutes());
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    QNetworkAccessManager nam;
    const QUrl a = server.baseUrl().resolved(QUrl(u"/a"_s));
    const QUrl b = server.baseUrl().resolved(QUrl(u"/b"_s));

    QCOMPARE(fetch(nam, a).status, 200);

    FormatErrors errors;
    const Chaos teapot =
        chaosFromJson(R"({"errorRate": 1, "error": {"status": 418, "body": "teapot"}})", &errors);
    QCOMPARE(messages(errors), QStringList());
    QSignalSpy changed(&server, &MockServer::chaosChanged);
    QVERIFY(server.setRouteChaos(u"a"_s, teapot));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(server.routeSet().routes.at(0).chaos, teapot);
    for (int i = 0; i < 3; ++i) {
        const Answer answer = fetch(nam, a);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, 418);
        QCOMPARE(answer.body, QByteArray("teapot"));
        // The other route is untouched.
        const Answer other = fetch(nam, b);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.body, QByteArray("other"));
    }

    // A route's rate 0 shields it from a global rate 1.
    Chaos always;
    always.errorRate = 1;
    server.setChaos(always);
    Chaos never;
    never.errorRate = 0;
    QVERIFY(server.setRouteChaos(u"a"_s, never));
    QCOMPARE(fetch(nam, a).status, 200);
    QCOMPARE(fetch(nam, b).status, 503);

    QCOMPARE(changed.count(), 3);
    QVERIFY(!server.setRouteChaos(u"missing"_s, teapot));
    QCOMPARE(changed.count(), 3);
}

void tst_Chaos::delaysAndJournalsChaos_data()
{
    QTest::addColumn<QByteArray>("chaos");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("injected");
    QTest::addColumn<QString>("fault");

    QTest::addRow("latency only") << QByteArray(
        R"({"latency": {"distribution": "fixed", "ms": 150}})")
                                  << 200 << QByteArray("ok") << false << QString();
    QTest::addRow("latency and status error")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 150}, "errorRate": 1,
                          "error": {"status": 418, "body": "teapot"}})")
        << 418 << QByteArray("teapot") << true << QString();
    QTest::addRow("latency and default error")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 150}, "errorRate": 1})") << 503
        << defaultErrorBody(u"1"_s) << true << QString();
    QTest::addRow("latency and dribble error")
        << QByteArray(R"({"latency": {"distribution": "fixed", "ms": 150}, "errorRate": 1,
                          "error": {"fault": "dribble", "chunkBytes": 1, "intervalMs": 1}})")
        << 200 << QByteArray("ok") << true << u"dribble"_s;
}

void tst_Chaos::delaysAndJournalsChaos()
{
    QFETCH(QByteArray, chaos);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, injected);
    QFETCH(QString, fault);

    FormatErrors errors;
    const Chaos routeChaos = chaosFromJson(chaos, &errors);
    QCOMPARE(messages(errors), QStringList());
    MockServer server;
    server.setRouteSet(twoRoutes());
    QVERIFY(server.setRouteChaos(u"a"_s, routeChaos));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    QNetworkAccessManager nam;

    const Answer answer = fetch(nam, server.baseUrl().resolved(QUrl(u"/a"_s)));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body, body);
    QVERIFY2(answer.elapsedMs >= 145 && answer.elapsedMs < GenerousUpperMs,
        qPrintable(u"answered after %1 ms"_s.arg(answer.elapsedMs)));

    QCOMPARE(server.journal().count(), 1);
    const Exchange exchange = server.journal().at(0);
    QCOMPARE(exchange.routeId, u"a"_s);
    QCOMPARE(exchange.status, status);
    QCOMPARE(exchange.delayMs, qint64(150));
    QCOMPARE(exchange.errorInjected, injected);
    if (routeChaos.errorRate) {
        QVERIFY2(exchange.errorRoll >= 0 && exchange.errorRoll < 1,
            qPrintable(QString::number(exchange.errorRoll)));
    } else {
        QCOMPARE(exchange.errorRoll, -1.0);
    }
    QCOMPARE(exchange.fault, fault);

    // The other route has no chaos: answered at once, nothing journalled as chaos.
    const Answer other = fetch(nam, server.baseUrl().resolved(QUrl(u"/b"_s)));
    QCOMPARE(other.status, 200);
    QCOMPARE(server.journal().count(), 2);
    const Exchange plain = server.journal().at(1);
    QCOMPARE(plain.delayMs, qint64(0));
    QCOMPARE(plain.errorRoll, -1.0);
    QVERIFY(!plain.errorInjected);
    QCOMPARE(plain.fault, QString());
}

// ---- Command line ----------------------------------------------------------------------------

void tst_Chaos::parsesChaosOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariant>("latencyMs");
    QTest::addColumn<QVariant>("errorRate");
    QTest::addColumn<QVariant>("seed");
    QTest::addColumn<QString>("error");

    const QVariant none;
    QTest::addRow("none") << QStringList() << none << none << none << QString();
    QTest::addRow("latency 150") << QStringList { u"--latency-ms"_s, u"150"_s } << QVariant(150.0)
                                 << none << none << QString();
    QTest::addRow("latency 0") << QStringList { u"--latency-ms=0"_s } << QVariant(0.0) << none
                               << none << QString();
    QTest::addRow("latency fraction")
        << QStringList { u"--latency-ms=12.5"_s } << QVariant(12.5) << none << none << QString();
    QTest::addRow("latency an hour") << QStringList { u"--latency-ms=3600000"_s }
                                     << QVariant(3600000.0) << none << none << QString();
    QTest::addRow("error rate 0") << QStringList { u"--error-rate"_s, u"0"_s } << none
                                  << QVariant(0.0) << none << QString();
    QTest::addRow("error rate 1") << QStringList { u"--error-rate=1"_s } << none << QVariant(1.0)
                                  << none << QString();
    QTest::addRow("error rate 0.25")
        << QStringList { u"--error-rate=0.25"_s } << none << QVariant(0.25) << none << QString();
    QTest::addRow("seed 0") << QStringList { u"--seed"_s, u"0"_s } << none << none
                            << QVariant(quint64(0)) << QString();
    QTest::addRow("seed 42") << QStringList { u"--seed=42"_s } << none << none
                             << QVariant(quint64(42)) << QString();
    QTest::addRow("seed 2^53") << QStringList { u"--seed=9007199254740992"_s } << none << none
                               << QVariant(quint64(9007199254740992ull)) << QString();
    QTest::addRow("all three") << QStringList { u"--headless"_s, u"--latency-ms=20"_s,
        u"--error-rate=0.5"_s, u"--seed=7"_s, u"routes.json"_s }
                               << QVariant(20.0) << QVariant(0.5) << QVariant(quint64(7))
                               << QString();

    const QString badLatency =
        u"--latency-ms: \"%1\" is not a number of milliseconds (0..3600000)"_s;
    for (const QString &value : { u"-1"_s, u"3600001"_s, u"fast"_s, u"nan"_s, u"inf"_s, u""_s }) {
        QTest::addRow("latency %s", qPrintable(value))
            << QStringList { u"--latency-ms="_s + value } << none << none << none
            << badLatency.arg(value);
    }
    const QString badRate = u"--error-rate: \"%1\" is not a probability (0..1)"_s;
    for (const QString &value : { u"-0.1"_s, u"1.5"_s, u"half"_s, u"50%"_s, u"nan"_s }) {
        QTest::addRow("error rate %s", qPrintable(value))
            << QStringList { u"--error-rate="_s + value } << none << none << none
            << badRate.arg(value);
    }
    const QString badSeed = u"--seed: \"%1\" is not a whole number (0..2^53)"_s;
    for (const QString &value :
        { u"-1"_s, u"1.5"_s, u"9007199254740993"_s, u"18446744073709551616"_s, u"abc"_s }) {
        QTest::addRow("seed %s", qPrintable(value))
            << QStringList { u"--seed="_s + value } << none << none << none << badSeed.arg(value);
    }
    QTest::addRow("seed without value") << QStringList { u"--seed"_s } << none << none << none
                                        << u"Missing value after '--seed'."_s;
}

void tst_Chaos::parsesChaosOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QVariant, latencyMs);
    QFETCH(QVariant, errorRate);
    QFETCH(QVariant, seed);
    QFETCH(QString, error);

    const CommandLine cl = CommandLine::parse(QStringList { u"mockbench"_s } + args);
    QCOMPARE(cl.error, error);
    if (!error.isEmpty()) {
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        return;
    }
    QVERIFY(cl.mode != CommandLine::Mode::Error);
    QCOMPARE(cl.chaos.latencyMs ? QVariant(*cl.chaos.latencyMs) : QVariant(), latencyMs);
    QCOMPARE(cl.chaos.errorRate ? QVariant(*cl.chaos.errorRate) : QVariant(), errorRate);
    QCOMPARE(cl.chaos.seed ? QVariant(*cl.chaos.seed) : QVariant(), seed);
}

void tst_Chaos::overridesFileChaosFromCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("minMs");

    QTest::addRow("the file's chaos") << QStringList() << 200 << QByteArray("ok") << qint64(0);
    QTest::addRow("--error-rate 1") << QStringList { u"--error-rate"_s, u"1"_s } << 503
                                    << defaultErrorBody(u"1"_s) << qint64(0);
    QTest::addRow("--latency-ms 150")
        << QStringList { u"--latency-ms"_s, u"150"_s } << 200 << QByteArray("ok") << qint64(145);
}

void tst_Chaos::overridesFileChaosFromCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, minMs);

    // The file asks for no errors and no latency; the command line replaces that.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"chaos.mockbench.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"mockbench": 1,
            "chaos": {"errorRate": 0, "latency": {"distribution": "fixed", "ms": 0}},
            "routes": [{"id": "a", "path": "/a", "responses": [{"status": 200, "body": "ok"}]}]})");
    }

    MockProcess process;
    QVERIFY2(!process.program().isEmpty(), "MOCKBENCH_BINARY is not set (ctest sets it)");
    QVERIFY2(process.start(file, args), qPrintable(process.errorString()));
    QNetworkAccessManager nam;
    for (int i = 0; i < 5; ++i) {
        const Answer answer = fetch(nam, process.baseUrl().resolved(QUrl(u"/a"_s)));
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body, body);
        QVERIFY2(answer.elapsedMs >= minMs && answer.elapsedMs < GenerousUpperMs,
            qPrintable(u"answered after %1 ms"_s.arg(answer.elapsedMs)));
    }
    const Answer unmatched = fetch(nam, process.baseUrl().resolved(QUrl(u"/nowhere"_s)));
    QVERIFY(unmatched.finished);
    QCOMPARE(unmatched.status, 404);
    QVERIFY2(process.stop(), process.standardError().constData());
}

QTEST_GUILESS_MAIN(tst_Chaos)
#include "tst_chaos.moc"
