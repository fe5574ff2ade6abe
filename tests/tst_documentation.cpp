// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Keeps the README honest: its route set example must load, and serve what it promises.
#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_Documentation : public QObject
{
    Q_OBJECT

private:
    static QByteArray readmeExample()
    {
        QFile readme(QFINDTESTDATA("../README.md"));
        if (!readme.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray text = readme.readAll();
        const qsizetype section = text.indexOf("## Route set format");
        const qsizetype start = text.indexOf("```json\n", section);
        const qsizetype end = text.indexOf("```", start + 8);
        if (section < 0 || start < 0 || end < 0) {
            return {};
        }
        return text.mid(start + 8, end - start - 8);
    }

private Q_SLOTS:
    void readmeRouteSetExampleIsValid()
    {
        const QByteArray json = readmeExample();
        QVERIFY2(!json.isEmpty(), "README.md has no ```json example under \"Route set format\"");
        const LoadResult result = RouteSetFormat::fromJson(json, QFINDTESTDATA("data"));
        QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
        QCOMPARE(result.routeSet.routes.size(), 4);
    }

    void readmeRouteSetExampleServesWhatItShows()
    {
        const LoadResult result = RouteSetFormat::fromJson(readmeExample(), QFINDTESTDATA("data"));
        QVERIFY(result.ok());
        MockServer server;
        server.setRouteSet(result.routeSet);
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        auto get = [&](const QString &path) {
            QNetworkReply *reply =
                network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(path))));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(5000);
            reply->deleteLater();
            return std::make_pair(
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll());
        };
        QCOMPARE(get(u"/1.1/foo/3"_s).second, QByteArray(R"({"important_datastructure": 6})"));
        QCOMPARE(get(u"/status"_s).first, 200);
        QCOMPARE(get(u"/status"_s).first, 503);
        QVERIFY(get(u"/static/page"_s).second.contains("MockBench fixture"));
    }
};

QTEST_GUILESS_MAIN(tst_Documentation)
#include "tst_documentation.moc"
