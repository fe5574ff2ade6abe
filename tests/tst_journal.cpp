// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/Journal.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_Journal : public QObject
{
    Q_OBJECT

private:
    static Exchange exchange(
        const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        Exchange e;
        e.method = method;
        e.path = path;
        e.requestBody = body;
        e.status = 200;
        return e;
    }

private Q_SLOTS:
    void assignsIdsInArrivalOrder()
    {
        Journal journal;
        QSignalSpy recorded(&journal, &Journal::exchangeRecorded);
        journal.record(exchange("GET", u"/a"_s));
        journal.record(exchange("POST", u"/b"_s));
        QCOMPARE(recorded.count(), 2);
        QCOMPARE(recorded.at(1).at(0).value<Exchange>().id, quint64(2));
        QCOMPARE(journal.at(0).id, quint64(1));
        QCOMPARE(journal.at(1).path, u"/b"_s);
    }

    void dropsOldestBeyondCapacity()
    {
        Journal journal;
        journal.setCapacity(5);
        for (int i = 1; i <= 8; ++i) {
            journal.record(exchange("GET", u"/%1"_s.arg(i)));
        }
        QCOMPARE(journal.count(), 5);
        QCOMPARE(journal.totalRecorded(), quint64(8));
        const QList<Exchange> kept = journal.exchanges();
        QCOMPARE(kept.first().path, u"/4"_s);
        QCOMPARE(kept.last().path, u"/8"_s);
        for (int i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept.at(i).id, quint64(4 + i));
        }
    }

    void shrinkingCapacityKeepsNewest()
    {
        Journal journal;
        for (int i = 1; i <= 10; ++i) {
            journal.record(exchange("GET", u"/%1"_s.arg(i)));
        }
        journal.setCapacity(3);
        QCOMPARE(journal.count(), 3);
        QCOMPARE(journal.at(0).path, u"/8"_s);
        journal.record(exchange("GET", u"/11"_s));
        QCOMPARE(journal.count(), 3);
        QCOMPARE(journal.at(2).path, u"/11"_s);
    }

    void truncatesBodiesButKeepsTheirSize()
    {
        Journal journal;
        journal.setMaxBodyBytes(10);
        Exchange e = exchange("POST", u"/upload"_s, QByteArray(100, 'x'));
        e.responseBody = QByteArray(50, 'y');
        journal.record(e);
        QCOMPARE(journal.at(0).requestBody.size(), 10);
        QCOMPARE(journal.at(0).requestBodySize, qint64(100));
        QCOMPARE(journal.at(0).responseBody.size(), 10);
        QCOMPARE(journal.at(0).responseBodySize, qint64(50));
    }

    void defaultBoundsMatchTheDesign()
    {
        Journal journal;
        QCOMPARE(journal.capacity(), 10000);
        QCOMPARE(journal.maxBodyBytes(), 64 * 1024);
    }

    void countsByMethodAndPath_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expected");
        QTest::addRow("all") << QString() << QString() << 4;
        QTest::addRow("star method") << u"*"_s << QString() << 4;
        QTest::addRow("GET") << u"GET"_s << QString() << 3;
        QTest::addRow("path") << QString() << u"/a"_s << 3;
        QTest::addRow("GET /a") << u"GET"_s << u"/a"_s << 2;
        QTest::addRow("POST /a") << u"POST"_s << u"/a"_s << 1;
        QTest::addRow("none") << u"DELETE"_s << u"/a"_s << 0;
        // The filter of Verify and the admin API's requests?method=&path=: RequestPattern.
        QTest::addRow("method in any case") << u"get"_s << QString() << 3;
        QTest::addRow("path prefix") << QString() << u"/a*"_s << 3;
        QTest::addRow("every path") << u"GET"_s << u"/*"_s << 3;
        QTest::addRow("a star inside is literal") << QString() << u"/*a"_s << 0;
    }

    void countsByMethodAndPath()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, expected);
        Journal journal;
        journal.record(exchange("GET", u"/a"_s));
        journal.record(exchange("GET", u"/a"_s));
        journal.record(exchange("POST", u"/a"_s));
        journal.record(exchange("GET", u"/b"_s));
        QCOMPARE(journal.count(method, path), expected);
    }

    void findsByPredicate()
    {
        Journal journal;
        journal.record(exchange("GET", u"/a"_s));
        Exchange failed = exchange("GET", u"/b"_s);
        failed.status = 500;
        journal.record(failed);
        const QList<Exchange> found =
            journal.find([](const Exchange &e) { return e.status >= 500; });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path, u"/b"_s);
    }

    void takeRequestReturnsEachExchangeOnceInOrder()
    {
        Journal journal;
        journal.record(exchange("GET", u"/1"_s));
        journal.record(exchange("GET", u"/2"_s));
        QCOMPARE(journal.takeRequest(0)->path, u"/1"_s);
        QCOMPARE(journal.takeRequest(0)->path, u"/2"_s);
        QVERIFY(!journal.takeRequest(0).has_value());
        journal.record(exchange("GET", u"/3"_s));
        QCOMPARE(journal.takeRequest(0)->path, u"/3"_s);
    }

    void takeRequestTimesOut()
    {
        Journal journal;
        QElapsedTimer timer;
        timer.start();
        const auto taken = journal.takeRequest(150);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!taken.has_value());
        QVERIFY2(elapsed >= 140, qPrintable(u"returned after %1 ms"_s.arg(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(u"returned after %1 ms"_s.arg(elapsed)));
    }

    void takeRequestWakesWhenAnExchangeArrives()
    {
        Journal journal;
        QTimer::singleShot(
            20, &journal, [&journal] { journal.record(exchange("GET", u"/late"_s)); });
        QElapsedTimer timer;
        timer.start();
        const auto taken = journal.takeRequest(5000);
        QVERIFY(taken.has_value());
        QCOMPARE(taken->path, u"/late"_s);
        QVERIFY2(timer.elapsed() < 4000, "takeRequest waited for its timeout instead");
    }

    void clearForgetsEverything()
    {
        Journal journal;
        QSignalSpy cleared(&journal, &Journal::cleared);
        journal.record(exchange("GET", u"/a"_s));
        journal.clear();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(journal.count(), 0);
        QVERIFY(!journal.takeRequest(0).has_value());
        journal.record(exchange("GET", u"/b"_s));
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.takeRequest(0)->path, u"/b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
