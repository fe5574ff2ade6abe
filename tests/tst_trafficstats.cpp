// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/TrafficStats.h"
#include "journal/Journal.h"
#include "model/Route.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_TrafficStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsRequestsInTheirSecond();
    void includesEmptySecondsWithZeros();
    void computesPercentilesOfClientLatency_data();
    void computesPercentilesOfClientLatency();
    void keepsAtMostWindowSeconds();
    void gapLongerThanWindowLeavesOnlyZeros();
    void shrinkingWindowDropsOldestSeconds();
    void reservoirKeepsPercentilesAtHighRate_data();
    void reservoirKeepsPercentilesAtHighRate();
    void exchangeWithoutTimeCountsNow();
    void clearEmptiesEverySecond();
    void followsMockServerJournal();
};

namespace {

/// A whole second, so bucket boundaries are easy to read in the tests.
constexpr qint64 Base = 1'700'000'000'000;

Exchange at(qint64 ms, qint64 durationUs = 1000, qint64 delayMs = 0)
{
    Exchange e;
    e.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    e.method = "GET";
    e.path = u"/"_s;
    e.target = "/";
    e.status = 200;
    e.durationUs = durationUs;
    e.delayMs = delayMs;
    return e;
}

QList<qint64> startsOf(const QList<TrafficStats::Second> &seconds)
{
    QList<qint64> starts;
    for (const TrafficStats::Second &s : seconds) {
        starts.append(s.startMs);
    }
    return starts;
}

QList<int> requestsOf(const QList<TrafficStats::Second> &seconds)
{
    QList<int> requests;
    for (const TrafficStats::Second &s : seconds) {
        requests.append(s.requests);
    }
    return requests;
}

} // namespace

void tst_TrafficStats::countsRequestsInTheirSecond()
{
    TrafficStats stats;
    QSignalSpy updated(&stats, &TrafficStats::updated);

    stats.add(at(Base + 100));
    stats.add(at(Base + 999));
    QVERIFY(stats.seconds().isEmpty()); // the second is still open
    QCOMPARE(updated.count(), 0);

    stats.add(at(Base + 1000)); // the first exchange of the next second closes the previous one
    QCOMPARE(startsOf(stats.seconds()), QList<qint64>({ Base }));
    QCOMPARE(updated.count(), 1);

    stats.add(at(Base + 1500));
    stats.add(at(Base + 1999));
    stats.advance(Base + 1999);
    QCOMPARE(stats.seconds().size(), 1);
    QCOMPARE(updated.count(), 1);

    stats.advance(Base + 2000);
    QCOMPARE(startsOf(stats.seconds()), QList<qint64>({ Base, Base + 1000 }));
    QCOMPARE(requestsOf(stats.seconds()), QList<int>({ 2, 3 }));
    QCOMPARE(updated.count(), 2);
}

void tst_TrafficStats::includesEmptySecondsWithZeros()
{
    TrafficStats stats;
    QSignalSpy updated(&stats, &TrafficStats::updated);
    stats.add(at(Base + 500, 5000));
    stats.advance(Base + 4200);

    const QList<TrafficStats::Second> seconds = stats.seconds();
    QCOMPARE(startsOf(seconds), QList<qint64>({ Base, Base + 1000, Base + 2000, Base + 3000 }));
    QCOMPARE(requestsOf(seconds), QList<int>({ 1, 0, 0, 0 }));
    QCOMPARE(seconds.at(0).p50Ms, 5.0);
    QCOMPARE(seconds.at(2).p50Ms, 0.0);
    QCOMPARE(seconds.at(2).p99Ms, 0.0);
    QCOMPARE(updated.count(), 1);

    // A quiet clock keeps the chart moving.
    stats.advance(Base + 5000);
    QCOMPARE(requestsOf(stats.seconds()), QList<int>({ 1, 0, 0, 0, 0 }));
}

void tst_TrafficStats::computesPercentilesOfClientLatency_data()
{
    QTest::addColumn<QList<qint64>>("durationsUs");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p99");

    QList<qint64> oneToHundred(100);
    std::iota(oneToHundred.begin(), oneToHundred.end(), 1);
    for (qint64 &us : oneToHundred) {
        us *= 1000;
    }
    QTest::addRow("1..100 ms in order") << oneToHundred << qint64(0) << 50.0 << 99.0;
    QList<qint64> reversed(oneToHundred.crbegin(), oneToHundred.crend());
    QTest::addRow("1..100 ms reversed") << reversed << qint64(0) << 50.0 << 99.0;
    QTest::addRow("one request") << QList<qint64> { 7000 } << qint64(0) << 7.0 << 7.0;
    QTest::addRow("chaos delay counts")
        << QList<qint64> { 1000, 1000, 3000 } << qint64(200) << 201.0 << 203.0;
    QTest::addRow("sub-millisecond") << QList<qint64> { 400, 600 } << qint64(0) << 0.4 << 0.6;
}

void tst_TrafficStats::computesPercentilesOfClientLatency()
{
    QFETCH(QList<qint64>, durationsUs);
    QFETCH(qint64, delayMs);
    QFETCH(double, p50);
    QFETCH(double, p99);

    TrafficStats stats;
    for (const qint64 us : durationsUs) {
        stats.add(at(Base + 10, us, delayMs));
    }
    stats.advance(Base + 1000);

    QCOMPARE(stats.seconds().size(), 1);
    const TrafficStats::Second second = stats.seconds().constFirst();
    QCOMPARE(second.requests, int(durationsUs.size()));
    QCOMPARE(second.p50Ms, p50);
    QCOMPARE(second.p99Ms, p99);
}

void tst_TrafficStats::keepsAtMostWindowSeconds()
{
    TrafficStats stats;
    stats.setWindowSeconds(5);
    QCOMPARE(stats.windowSeconds(), 5);
    for (int s = 0; s < 12; ++s) {
        for (int i = 0; i <= s; ++i) {
            stats.add(at(Base + s * 1000 + i));
        }
    }
    stats.advance(Base + 12'000);

    QCOMPARE(startsOf(stats.seconds()),
        QList<qint64>({ Base + 7000, Base + 8000, Base + 9000, Base + 10'000, Base + 11'000 }));
    QCOMPARE(requestsOf(stats.seconds()), QList<int>({ 8, 9, 10, 11, 12 }));
}

void tst_TrafficStats::gapLongerThanWindowLeavesOnlyZeros()
{
    TrafficStats stats;
    stats.setWindowSeconds(5);
    stats.add(at(Base));
    QSignalSpy updated(&stats, &TrafficStats::updated);

    // A laptop waking up after a day: no need to make 86400 empty seconds.
    stats.advance(Base + 86'400'000 + 300);

    const qint64 now = Base + 86'400'000;
    QCOMPARE(startsOf(stats.seconds()),
        QList<qint64>({ now - 5000, now - 4000, now - 3000, now - 2000, now - 1000 }));
    QCOMPARE(requestsOf(stats.seconds()), QList<int>({ 0, 0, 0, 0, 0 }));
    QCOMPARE(updated.count(), 1);
}

void tst_TrafficStats::shrinkingWindowDropsOldestSeconds()
{
    TrafficStats stats;
    stats.add(at(Base));
    stats.advance(Base + 10'000);
    QCOMPARE(stats.seconds().size(), 10);
    QSignalSpy updated(&stats, &TrafficStats::updated);

    stats.setWindowSeconds(3);
    QCOMPARE(startsOf(stats.seconds()), QList<qint64>({ Base + 7000, Base + 8000, Base + 9000 }));
    QCOMPARE(updated.count(), 1);
}

void tst_TrafficStats::reservoirKeepsPercentilesAtHighRate_data()
{
    QTest::addColumn<int>("slowEvery"); // 0: uniform 0.01..100 ms
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p99");
    QTest::addColumn<double>("tolerance");

    QTest::addRow("uniform") << 0 << 50.0 << 99.0 << 3.0;
    // The slow tenth arrives last: a sample of the first requests only would miss it, a
    // sample of the last ones only would put it at the median.
    QTest::addRow("slow tail at the end") << 10 << 1.0 << 100.0 << 0.001;
}

void tst_TrafficStats::reservoirKeepsPercentilesAtHighRate()
{
    QFETCH(int, slowEvery);
    QFETCH(double, p50);
    QFETCH(double, p99);
    QFETCH(double, tolerance);

    constexpr int Requests = 100'000;
    TrafficStats stats;
    for (int i = 0; i < Requests; ++i) {
        qint64 us = 0;
        if (slowEvery == 0) {
            us = 10 + (qint64(i) * 7919 % 10'000) * 10; // 0.01 .. 100 ms, spread evenly
        } else {
            us = i < Requests - Requests / slowEvery ? 1000 : 100'000;
        }
        stats.add(at(Base + i / 100, us)); // all within the first second
    }
    stats.advance(Base + 1000);

    QCOMPARE(stats.seconds().size(), 1);
    const TrafficStats::Second second = stats.seconds().constFirst();
    QCOMPARE(second.requests, Requests);
    QVERIFY2(qAbs(second.p50Ms - p50) <= tolerance, qPrintable(QString::number(second.p50Ms)));
    QVERIFY2(qAbs(second.p99Ms - p99) <= tolerance, qPrintable(QString::number(second.p99Ms)));
}

void tst_TrafficStats::exchangeWithoutTimeCountsNow()
{
    TrafficStats stats;
    Exchange timeless = at(0);
    timeless.time = QDateTime();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    stats.add(timeless);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    stats.advance(after + 1000);

    QCOMPARE(stats.seconds().size(), 1);
    const qint64 start = stats.seconds().constFirst().startMs;
    QVERIFY(start > before - 1000 && start <= after);
    QCOMPARE(start % 1000, 0);
    QCOMPARE(stats.seconds().constFirst().requests, 1);
}

void tst_TrafficStats::clearEmptiesEverySecond()
{
    TrafficStats stats;
    stats.add(at(Base));
    stats.advance(Base + 3000);
    stats.add(at(Base + 3100)); // open second
    QSignalSpy updated(&stats, &TrafficStats::updated);

    stats.clear();
    QVERIFY(stats.seconds().isEmpty());
    QCOMPARE(updated.count(), 1);

    // The open second went too: a later second starts afresh.
    stats.add(at(Base + 10'000));
    stats.advance(Base + 11'000);
    QCOMPARE(startsOf(stats.seconds()), QList<qint64>({ Base + 10'000 }));
    QCOMPARE(requestsOf(stats.seconds()), QList<int>({ 1 }));
}

void tst_TrafficStats::followsMockServerJournal()
{
    MockServer server;
    Chaos slow;
    slow.latency = Latency::fixed(30);
    RouteSet set;
    set.add(Route::get(u"/x"_s).withId(u"x"_s).respond(200, u"ok"_s).withChaos(slow));
    server.setRouteSet(set);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));

    TrafficStats stats;
    stats.setJournal(&server.journal());
    QSignalSpy updated(&stats, &TrafficStats::updated);

    QNetworkAccessManager network;
    constexpr int Requests = 5;
    for (int i = 0; i < Requests; ++i) {
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(u"/x"_s)))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    // The clock-aligned timer closes the seconds; no advance() by hand here.
    const auto counted = [&stats] {
        const QList<int> requests = requestsOf(stats.seconds());
        return std::accumulate(requests.cbegin(), requests.cend(), 0);
    };
    QTRY_COMPARE_WITH_TIMEOUT(counted(), Requests, 5000);
    QVERIFY(updated.count() >= 1);

    const QList<TrafficStats::Second> seconds = stats.seconds();
    double slowest = 0;
    for (qsizetype i = 0; i < seconds.size(); ++i) {
        QCOMPARE(seconds.at(i).startMs % 1000, 0);
        if (i > 0) {
            QCOMPARE(seconds.at(i).startMs, seconds.at(i - 1).startMs + 1000);
        }
        if (seconds.at(i).requests > 0) {
            // The latency chaos is what the client waited, so it is in the percentiles.
            QVERIFY2(seconds.at(i).p50Ms >= 30, qPrintable(QString::number(seconds.at(i).p50Ms)));
        }
        slowest = std::max(slowest, seconds.at(i).p99Ms);
    }
    QVERIFY2(slowest >= 30 && slowest < 5000, qPrintable(QString::number(slowest)));
}

QTEST_GUILESS_MAIN(tst_TrafficStats)
#include "tst_trafficstats.moc"
