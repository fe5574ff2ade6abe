// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testkit/MockProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

/// A route file: GET /x answers @p status with @p body, GET /y answers 204.
QByteArray routeFile(const QString &body, int status = 200)
{
    const QJsonObject x { { u"id"_s, u"x"_s }, { u"method"_s, u"GET"_s }, { u"path"_s, u"/x"_s },
        { u"responses"_s,
            QJsonArray { QJsonObject { { u"status"_s, status }, { u"body"_s, body } } } } };
    const QJsonObject y { { u"id"_s, u"y"_s }, { u"method"_s, u"GET"_s }, { u"path"_s, u"/y"_s },
        { u"responses"_s, QJsonArray { QJsonObject { { u"status"_s, 204 } } } } };
    return QJsonDocument(
        QJsonObject { { u"mockbench"_s, 1 }, { u"routes"_s, QJsonArray { x, y } } })
        .toJson();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

bool saveWithSaveFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.commit();
}

bool saveByRenameOver(const QString &path, const QByteArray &content)
{
    const QString temporary = path + u".tmp"_s;
    return writeFile(temporary, content)
        && std::rename(
               QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        == 0;
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class tst_WatchAndLog : public QObject
{
    Q_OBJECT

private:
    QString routePath() const { return m_dir->filePath(u"routes.mockbench.json"_s); }

    /// "STATUS BODY" of GET @p path on @p mock, e.g. "200 one" (compared in QTRY loops).
    QByteArray get(const MockProcess &mock, const QString &path)
    {
        std::unique_ptr<QNetworkReply> reply(
            m_network->get(QNetworkRequest(mock.baseUrl().resolved(QUrl(path)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000)) {
            return "no answer within 5 s";
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            return "error: " + reply->errorString().toUtf8();
        }
        return QByteArray::number(status.toInt()) + ' ' + reply->readAll();
    }

    /// The reload message for the route file, up to the route count.
    QByteArray reloadedLine() const
    {
        return "mockbench: reloaded " + QFile::encodeName(routePath()) + " (";
    }
    QByteArray notReloadedLine() const
    {
        return "mockbench: " + QFile::encodeName(routePath()) + " not reloaded";
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(routePath(), routeFile(u"one"_s)));
        // One manager per test that outlives every reply it made.
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_dir.reset();
    }

    void watchReloadsEditedFile()
    {
        MockProcess mock;
        QVERIFY2(mock.start(routePath(), { u"--watch"_s }), qPrintable(mock.errorString()));
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));

        QVERIFY(writeFile(routePath(), routeFile(u"two"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(get(mock, u"/x"_s), QByteArray("200 two"), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            mock.standardError().contains(QByteArray(reloadedLine() + "2 route")),
            mock.standardError().constData(), 5000);
        QCOMPARE(get(mock, u"/y"_s), QByteArray("204 "));
    }

    void watchReloadsFileSavedByRename()
    {
        MockProcess mock;
        QVERIFY2(mock.start(routePath(), { u"--watch"_s }), qPrintable(mock.errorString()));
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));

        QVERIFY(saveWithSaveFile(routePath(), routeFile(u"saved"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(get(mock, u"/x"_s), QByteArray("200 saved"), 5000);

        // The file that replaced the original is watched as well.
        QVERIFY(saveByRenameOver(routePath(), routeFile(u"renamed"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(get(mock, u"/x"_s), QByteArray("200 renamed"), 5000);
        QVERIFY(writeFile(routePath(), routeFile(u"edited"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(get(mock, u"/x"_s), QByteArray("200 edited"), 5000);
        QCOMPARE(mock.standardError().count(reloadedLine()), 3);
    }

    void watchKeepsLastGoodRoutesWhenEditIsBroken()
    {
        MockProcess mock;
        QVERIFY2(mock.start(routePath(), { u"--watch"_s }), qPrintable(mock.errorString()));
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));

        // Invalid content: the old answer stays and stderr says where the problem is.
        QVERIFY(writeFile(routePath(), routeFile(u"broken"_s, 42)));
        QTRY_VERIFY2_WITH_TIMEOUT(mock.standardError().contains(notReloadedLine()),
            mock.standardError().constData(), 5000);
        QVERIFY2(mock.standardError().contains("\n  routes[0].responses[0].status: "),
            mock.standardError().constData());
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));

        // Not JSON at all (a half-written file): still the old answer.
        QVERIFY(writeFile(routePath(), routeFile(u"half"_s).left(30)));
        QTRY_VERIFY2_WITH_TIMEOUT(mock.standardError().count(notReloadedLine()) == 2,
            mock.standardError().constData(), 5000);
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));
        QVERIFY(!mock.standardError().contains(reloadedLine()));

        // Fixed: reloaded again.
        QVERIFY(writeFile(routePath(), routeFile(u"fixed"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(get(mock, u"/x"_s), QByteArray("200 fixed"), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            mock.standardError().contains(reloadedLine()), mock.standardError().constData(), 5000);
        QVERIFY(mock.isRunning());
    }

    void logAppendsOneLinePerExchange()
    {
        const QString logPath = m_dir->filePath(u"exchanges.jsonl"_s);
        const QByteArray earlier = "{\"id\":1,\"path\":\"/from-an-earlier-run\"}";
        QVERIFY(writeFile(logPath, earlier + '\n'));

        MockProcess mock;
        QVERIFY2(mock.start(routePath(), { u"--log"_s, logPath }), qPrintable(mock.errorString()));
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));
        QCOMPARE(get(mock, u"/y?n=1"_s), QByteArray("204 "));
        // Admin requests are not exchanges with the mock: they are not logged.
        QVERIFY(get(mock, u"/__mockbench/health"_s).startsWith("200 "));
        QCOMPARE(get(mock, u"/x"_s), QByteArray("200 one"));
        QVERIFY(get(mock, u"/missing"_s).startsWith("404 "));

        // Each line is in the file while the server still runs.
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(logPath).size(), 5, 5000);
        QVERIFY2(mock.stop(), "mockbench did not exit cleanly on SIGTERM");

        const QList<QByteArray> lines = linesOf(logPath);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), earlier);
        const QList<std::pair<QString, int>> expected { { u"/x"_s, 200 }, { u"/y"_s, 204 },
            { u"/x"_s, 200 }, { u"/missing"_s, 404 } };
        for (int i = 0; i < expected.size(); ++i) {
            const QByteArray &line = lines.at(i + 1);
            const QJsonObject exchange = QJsonDocument::fromJson(line).object();
            QVERIFY2(!exchange.isEmpty(), line.constData());
            QCOMPARE(exchange.value(u"method"_s).toString(), u"GET"_s);
            QCOMPARE(exchange.value(u"path"_s).toString(), expected.at(i).first);
            QCOMPARE(exchange.value(u"status"_s).toInt(), expected.at(i).second);
        }
        const QJsonObject second = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(second.value(u"target"_s).toString(), u"/y?n=1"_s);
        QCOMPARE(second.value(u"routeId"_s).toString(), u"y"_s);
        QVERIFY(QJsonDocument::fromJson(lines.at(4)).object().value(u"routeId"_s).isNull());
    }

    void logRefusesUnwritableFile()
    {
        const QString logPath = m_dir->filePath(u"missing/exchanges.jsonl"_s);
        MockProcess mock;
        QVERIFY(!mock.start(routePath(), { u"--log"_s, logPath }));
        QVERIFY2(mock.errorString().contains(logPath), qPrintable(mock.errorString()));
        QVERIFY(!mock.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_WatchAndLog)
#include "tst_watchandlog.moc"
