// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/ExchangeJson.h"
#include "journal/ExchangeLog.h"
#include "journal/Journal.h"
#include "model/Route.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_ExchangeLog : public QObject
{
    Q_OBJECT

private:
    static Exchange exchange(const QByteArray &method, const QString &path, int status)
    {
        Exchange e;
        e.time = QDateTime::currentDateTimeUtc();
        e.peer = u"127.0.0.1:40000"_s;
        e.method = method;
        e.path = path;
        e.target = path.toUtf8();
        e.status = status;
        e.reason = "OK";
        return e;
    }

    /// The file as another reader sees it now, split into lines (without the newlines).
    static QList<QByteArray> linesOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray content = file.readAll();
        if (!content.isEmpty() && !content.endsWith('\n')) {
            return { "(last line not terminated)" };
        }
        QList<QByteArray> lines = content.split('\n');
        lines.removeLast();
        return lines;
    }

    static QJsonObject parse(const QByteArray &line)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

    QString logPath() const { return m_dir->filePath(u"exchanges.jsonl"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void escapesEverythingJsonNeedsEscaped()
    {
        // The line is written by hand, not by QJsonDocument: every awkward character must
        // still come back exactly.
        Exchange e;
        e.id = 9;
        e.method = "GET";
        e.path = u"/q\"uote/back\\slash/new\nline/tab\t/bell\x07/é/✓"_s;
        e.target = "/x?a=1&a=2&b=%22";
        e.requestHeaders = { { "X-Latin1", "caf\xe9" }, { "X-Quote", "say \"hi\"" } };
        e.requestBody = "line1\r\nline2\u0001";
        e.status = 200;
        e.reason = "OK";
        e.error = u"template: \"x\" is not defined"_s;
        e.durationUs = 1234;
        e.errorRoll = 0.125;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(ExchangeJson::toLine(e), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"path"_s).toString(), e.path);
        QCOMPARE(o.value(u"requestBody"_s).toString(), QString::fromUtf8(e.requestBody));
        QCOMPARE(
            o.value(u"requestHeaders"_s).toArray().at(0).toArray().at(1).toString(), u"café"_s);
        QCOMPARE(o.value(u"requestHeaders"_s).toArray().at(1).toArray().at(1).toString(),
            u"say \"hi\""_s);
        QCOMPARE(
            o.value(u"query"_s).toObject().value(u"a"_s).toArray(), QJsonArray({ u"1"_s, u"2"_s }));
        QCOMPARE(o.value(u"query"_s).toObject().value(u"b"_s).toString(), u"\""_s);
        QCOMPARE(o.value(u"error"_s).toString(), e.error);
        QCOMPARE(o.value(u"durationMs"_s).toDouble(), 1.234);
        QCOMPARE(o.value(u"errorRoll"_s).toDouble(), 0.125);
        QVERIFY(o.value(u"fault"_s).isNull());
        QVERIFY(o.value(u"routeId"_s).isNull());
    }

    void createsFileAndReportsPath()
    {
        ExchangeLog log;
        QString error;
        QVERIFY2(log.open(logPath(), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(log.isOpen());
        QCOMPARE(log.path(), logPath());
        QVERIFY(QFile::exists(logPath()));
        log.close();
        QVERIFY(!log.isOpen());
    }

    void appendsKeepingExistingLines()
    {
        const QByteArray earlier = "{\"id\":1,\"path\":\"/earlier\"}\n";
        {
            QFile file(logPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(earlier), earlier.size());
        }
        Journal journal;
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&journal);
        journal.record(exchange("GET", u"/a"_s, 200));
        journal.record(exchange("POST", u"/b"_s, 201));

        const QList<QByteArray> lines = linesOf(logPath());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0) + '\n', earlier);
        QCOMPARE(parse(lines.at(1)).value(u"path"_s).toString(), u"/a"_s);
        QCOMPARE(parse(lines.at(2)).value(u"path"_s).toString(), u"/b"_s);
        QCOMPARE(parse(lines.at(2)).value(u"method"_s).toString(), u"POST"_s);
    }

    void eachLineIsOnDiskWhenRecorded()
    {
        Journal journal;
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&journal);
        for (int i = 1; i <= 3; ++i) {
            journal.record(exchange("GET", u"/%1"_s.arg(i), 200));
            // Read through a second handle while the log stays open: nothing is buffered.
            const QList<QByteArray> lines = linesOf(logPath());
            QCOMPARE(lines.size(), i);
            QCOMPARE(parse(lines.last()).value(u"id"_s).toInt(), i);
        }
    }

    void writesContractFieldsOnOneLine()
    {
        Exchange e = exchange("GET", u"/items/7"_s, 503);
        e.target = "/items/7?sort=asc&tag=a&tag=b";
        e.requestHeaders = { { "Host", "localhost" }, { "Accept", "application/json" } };
        e.requestBody = "question";
        e.requestBodySize = 8;
        e.reason = "Service Unavailable";
        e.responseHeaders = { { "Content-Type", "text/plain" } };
        e.responseBody = "line one\nline two";
        e.responseBodySize = 17;
        e.routeIndex = 2;
        e.routeId = u"get-item"_s;
        e.responseIndex = 1;
        e.delayMs = 250;
        e.errorRoll = 0.125;
        e.errorInjected = true;
        e.fault = u"dribble"_s;
        e.durationUs = 1500;

        Journal journal;
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&journal);
        journal.record(e);

        const QList<QByteArray> lines = linesOf(logPath());
        QCOMPARE(lines.size(), 1); // the newline in the body is escaped, not a second line
        const QJsonObject o = parse(lines.first());
        QVERIFY2(!o.isEmpty(), lines.first().constData());
        QCOMPARE(o.value(u"id"_s).toInt(), 1);
        QCOMPARE(o.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(o.value(u"path"_s).toString(), u"/items/7"_s);
        QCOMPARE(o.value(u"target"_s).toString(), u"/items/7?sort=asc&tag=a&tag=b"_s);
        const QJsonObject query = o.value(u"query"_s).toObject();
        QCOMPARE(query.value(u"sort"_s).toString(), u"asc"_s);
        QCOMPARE(query.value(u"tag"_s).toArray(), (QJsonArray { u"a"_s, u"b"_s }));
        QCOMPARE(o.value(u"status"_s).toInt(), 503);
        QCOMPARE(o.value(u"reason"_s).toString(), u"Service Unavailable"_s);
        QCOMPARE(o.value(u"routeId"_s).toString(), u"get-item"_s);
        QCOMPARE(o.value(u"responseIndex"_s).toInt(), 1);
        QCOMPARE(o.value(u"durationMs"_s).toDouble(), 1.5);
        QCOMPARE(o.value(u"delayMs"_s).toDouble(), 250.0);
        QCOMPARE(o.value(u"errorRoll"_s).toDouble(), 0.125);
        QCOMPARE(o.value(u"errorInjected"_s).toBool(), true);
        QCOMPARE(o.value(u"fault"_s).toString(), u"dribble"_s);
        QVERIFY(o.value(u"error"_s).isNull());
        QCOMPARE(o.value(u"requestBody"_s).toString(), u"question"_s);
        QCOMPARE(o.value(u"responseBody"_s).toString(), u"line one\nline two"_s);
        QCOMPARE(o.value(u"responseBodySize"_s).toInt(), 17);
        QCOMPARE(o.value(u"requestHeaders"_s).toArray().at(1).toArray(),
            (QJsonArray { u"Accept"_s, u"application/json"_s }));
    }

    void writesUnmatchedAndPlainExchangeWithNulls()
    {
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.write(exchange("DELETE", u"/nothing"_s, 404));
        const QList<QByteArray> lines = linesOf(logPath());
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = parse(lines.first());
        QCOMPARE(o.value(u"status"_s).toInt(), 404);
        QVERIFY(o.value(u"routeId"_s).isNull());
        QVERIFY(o.value(u"fault"_s).isNull());
        QVERIFY(o.value(u"errorRoll"_s).isNull());
        QCOMPARE(o.value(u"errorInjected"_s).toBool(), false);
        QCOMPARE(o.value(u"query"_s).toObject(), QJsonObject());
    }

    void writesBinaryBodyAsBase64()
    {
        Exchange e = exchange("GET", u"/image"_s, 200);
        e.responseBody = QByteArray::fromHex("89504e470d0a1a0aff00fe");
        e.responseBodySize = e.responseBody.size();
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.write(e);

        const QJsonObject o = parse(linesOf(logPath()).value(0));
        QVERIFY(!o.contains(u"responseBody"_s));
        QCOMPARE(QByteArray::fromBase64(o.value(u"responseBodyBase64"_s).toString().toLatin1()),
            e.responseBody);
    }

    void closedLogWritesNothing()
    {
        Journal journal;
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&journal);
        journal.record(exchange("GET", u"/before"_s, 200));
        log.close();
        QVERIFY(log.path().isEmpty());
        journal.record(exchange("GET", u"/after"_s, 200));
        QCOMPARE(linesOf(logPath()).size(), 1);
    }

    void attachFollowsOnlyTheLatestJournal()
    {
        Journal first;
        Journal second;
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&first);
        log.attach(&second);
        first.record(exchange("GET", u"/first"_s, 200));
        second.record(exchange("GET", u"/second"_s, 200));
        log.attach(nullptr);
        second.record(exchange("GET", u"/detached"_s, 200));

        const QList<QByteArray> lines = linesOf(logPath());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(parse(lines.first()).value(u"path"_s).toString(), u"/second"_s);
    }

    void refusesUnwritablePath_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addRow("missing directory") << u"missing/dir/exchanges.jsonl"_s;
        QTest::addRow("a directory") << u"."_s;
    }

    void refusesUnwritablePath()
    {
        QFETCH(QString, relativePath);
        const QString path = m_dir->filePath(relativePath);
        ExchangeLog log;
        QString error;
        QVERIFY(!log.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!log.isOpen());
        QVERIFY(log.path().isEmpty());
        log.write(exchange("GET", u"/x"_s, 200)); // ignored, no crash
    }

    void reportsFirstWriteFailureOnce()
    {
        // /dev/full accepts open() and fails every write with ENOSPC, like a full disk.
        if (!QFile::exists(u"/dev/full"_s)) {
            QSKIP("needs /dev/full");
        }
        ExchangeLog log;
        QString error;
        QVERIFY2(log.open(u"/dev/full"_s, &error), qPrintable(error));
        QSignalSpy failed(&log, &ExchangeLog::errorOccurred);
        for (int i = 0; i < 3; ++i) {
            log.write(exchange("GET", u"/x"_s, 200));
        }
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"/dev/full"_s),
            qPrintable(failed.first().first().toString()));

        // A new open() is a fresh start: its first failure is reported again.
        QVERIFY(log.open(u"/dev/full"_s));
        log.write(exchange("GET", u"/x"_s, 200));
        QCOMPARE(failed.count(), 2);
    }

    void logsServerExchanges()
    {
        MockServer server;
        server.setRouteSet(
            RouteSet().add(Route::get(u"/x"_s).withId(u"x"_s).respond(200, u"ok"_s)));
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        ExchangeLog log;
        QVERIFY(log.open(logPath()));
        log.attach(&server.journal());

        // One manager for the whole test, outliving its replies.
        QNetworkAccessManager network;
        const QStringList paths { u"/x"_s, u"/x?n=2"_s, u"/missing"_s };
        for (const QString &path : paths) {
            std::unique_ptr<QNetworkReply> reply(
                network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(path)))));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
        }

        QTRY_COMPARE_WITH_TIMEOUT(linesOf(logPath()).size(), 3, 5000);
        const QList<QByteArray> lines = linesOf(logPath());
        const QJsonObject first = parse(lines.at(0));
        QCOMPARE(first.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(first.value(u"path"_s).toString(), u"/x"_s);
        QCOMPARE(first.value(u"status"_s).toInt(), 200);
        QCOMPARE(first.value(u"routeId"_s).toString(), u"x"_s);
        QCOMPARE(first.value(u"responseBody"_s).toString(), u"ok"_s);
        QVERIFY(first.value(u"peer"_s).toString().startsWith(u"127.0.0.1:"_s));
        const QJsonObject second = parse(lines.at(1));
        QCOMPARE(second.value(u"target"_s).toString(), u"/x?n=2"_s);
        QCOMPARE(second.value(u"query"_s).toObject().value(u"n"_s).toString(), u"2"_s);
        const QJsonObject third = parse(lines.at(2));
        QCOMPARE(third.value(u"path"_s).toString(), u"/missing"_s);
        QCOMPARE(third.value(u"status"_s).toInt(), 404);
        QVERIFY(third.value(u"routeId"_s).isNull());
        QCOMPARE(third.value(u"id"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ExchangeLog)
#include "tst_exchangelog.moc"
