// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// HAR 1.2 (DESIGN.md §11): real recordings from public repositories (tests/data/har, sources in
// SOURCES.md: Chrome and Firefox devtools, Fiddler, Firebug) served as they were recorded,
// entry by entry in their order (identical requests answer in turn, base64 bodies decoded,
// redirects kept, what the file left out reported); the journal written as HAR
// (GET /__mockbench/requests?format=har) and read back into the same routes.
#include "admin/AdminApi.h"
#include "document/RouteSetDocument.h"
#include "format/AnyFormat.h"
#include "import/HarReader.h"
#include "import/Import.h"
#include "journal/HarWriter.h"
#include "model/RecordedRoutes.h"
#include "proxy/Recorder.h"
#include "server/MockServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 10000;

struct Got
{
    int status = 0;
    QByteArray body;
    QByteArray location;
};

Got send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method,
    const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = body.isEmpty() ? nam.sendCustomRequest(request, method)
                                          : nam.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs)) {
        reply->abort();
    }
    Got got;
    got.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    got.body = reply->readAll();
    got.location = reply->rawHeader("Location");
    reply->deleteLater();
    return got;
}

QByteArray harBytes(const QJsonObject &object)
{
    const QString text = object.value(u"text"_s).toString();
    return object.value(u"encoding"_s).toString() == u"base64"_s
        ? QByteArray::fromBase64(text.toLatin1())
        : text.toUtf8();
}

QJsonObject readJson(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = in.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.mid(3);
    }
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestHarImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Import::registerFormats(); }

    void realRecordingsReplayAsRecorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("routes");
        const QString dir = QFINDTESTDATA("data/har");
        QVERIFY(!dir.isEmpty());
        // The route counts: one per distinct request (the repeats of three-phases and
        // multiple-pages join one route each).
        const QList<std::pair<QString, int>> files = { { u"mitmproxy-chrome.har"_s, 2 },
            { u"mitmproxy-firefox.har"_s, 14 }, { u"harviewer-www-cnn-com.har"_s, 21 },
            { u"harviewer-multiple-pages.har"_s, 3 }, { u"harviewer-three-phases.har"_s, 3 } };
        for (const auto &[name, routes] : files) {
            QTest::newRow(qPrintable(name)) << QDir(dir).filePath(name) << routes;
        }
    }

    void realRecordingsReplayAsRecorded()
    {
        QFETCH(QString, file);
        QFETCH(int, routes);
        const LoadResult loaded = AnyFormat::readFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        QCOMPARE(loaded.format, u"HAR file"_s);
        for (const QString &line : loaded.report) {
            qInfo("report: %s", qPrintable(line));
        }
        QCOMPARE(loaded.routeSet.routes.size(), routes);

        MockServer server;
        server.setRouteSet(loaded.routeSet);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const QJsonArray entries =
            readJson(file).value(u"log"_s).toObject().value(u"entries"_s).toArray();
        int replayed = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QJsonObject request = entry.value(u"request"_s).toObject();
            const QJsonObject response = entry.value(u"response"_s).toObject();
            const int status = response.value(u"status"_s).toInt();
            if (status < 100) {
                QVERIFY2(
                    loaded.report.join(u'\n').contains(u"log.entries[%1].response.status"_s.arg(i)),
                    "an entry without an answer is reported");
                continue;
            }
            const QUrl recorded(request.value(u"url"_s).toString());
            QUrl url = server.baseUrl();
            url.setPath(recorded.path(QUrl::FullyEncoded), QUrl::StrictMode);
            url.setQuery(recorded.query(QUrl::FullyEncoded), QUrl::StrictMode);
            const QJsonObject post = request.value(u"postData"_s).toObject();
            const Got got = send(nam, url, request.value(u"method"_s).toString().toLatin1(),
                post.contains(u"text"_s) ? harBytes(post) : QByteArray());
            const QString where = u"%1 entry %2: %3"_s.arg(QFileInfo(file).fileName())
                                      .arg(i)
                                      .arg(recorded.toString());
            QVERIFY2(got.status == status,
                qPrintable(where + u": status %1, recorded %2"_s.arg(got.status).arg(status)));
            const QJsonObject content = response.value(u"content"_s).toObject();
            if (status == 304 || status == 204) {
                QVERIFY2(got.body.isEmpty(), qPrintable(where)); // never a body on the wire
            } else if (content.contains(u"text"_s)) {
                QVERIFY2(got.body == harBytes(content), qPrintable(where + u": another body"_s));
            } else {
                QVERIFY2(got.body.isEmpty(), qPrintable(where));
            }
            const QString redirect = response.value(u"redirectURL"_s).toString();
            if (!redirect.isEmpty()) {
                QVERIFY2(got.location == redirect.toUtf8(), qPrintable(where + u": Location"_s));
            }
            ++replayed;
        }
        qInfo("%d of %lld entries replayed with their recorded status and body", replayed,
            qlonglong(entries.size()));
        QVERIFY(replayed > 0);
    }

    void journalAsHarReadsBackIntoTheSameRoutes()
    {
        MockServer server;
        RouteSetDocument document;
        document.attachServer(&server);
        RouteSet set;
        set.routes.append(
            Route::get(u"/items"_s)
                .respond(200, u"[1,2]"_s, { { u"Content-Type"_s, { u"application/json"_s } } }));
        set.routes.append(
            Route::post(u"/items"_s)
                .respond(201, u"{\"id\":1}"_s, { { u"Content-Type"_s, { u"application/json"_s } } })
                .respond(409, u"exists"_s, { { u"Content-Type"_s, { u"text/plain"_s } } })
                .withMode(Route::ResponseMode::Sequential));
        Response bytes;
        bytes.bodySource = Response::BodySource::Text;
        bytes.base64 = true;
        bytes.body = QString::fromLatin1(QByteArray("\0\1\2\xff", 4).toBase64());
        bytes.headers = { { u"Content-Type"_s, { u"application/octet-stream"_s } } };
        set.routes.append(Route::get(u"/bin"_s).respond(bytes));
        set.routes.append(Route::get(u"/moved"_s)
                              .respond(302, QString(), { { u"Location"_s, { u"/items"_s } } }));
        document.reset(set);
        AdminApi api(&server, &document);
        api.setAccess(AdminApi::Access::Open);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const QUrl base = server.baseUrl();
        const QList<std::pair<QByteArray, QString>> session = { { "GET", u"/items?page=1"_s },
            { "POST", u"/items"_s }, { "POST", u"/items"_s }, { "GET", u"/bin"_s },
            { "GET", u"/moved"_s }, { "GET", u"/items?page=1"_s } };
        QList<Got> live;
        for (const auto &[method, target] : session) {
            live.append(send(nam, QUrl(base.toString() + target), method,
                method == "POST" ? QByteArray("{\"name\":\"a\"}") : QByteArray()));
        }
        QCOMPARE(live.at(2).status, 409);

        const Got har =
            send(nam, QUrl(base.toString() + u"/__mockbench/requests?format=har"_s), "GET");
        QCOMPARE(har.status, 200);
        const QJsonObject log =
            QJsonDocument::fromJson(har.body).object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"entries"_s).toArray().size(), session.size());
        const QJsonObject bin = log.value(u"entries"_s).toArray().at(3).toObject();
        QCOMPARE(
            bin.value(u"response"_s).toObject().value(u"content"_s).toObject().value(u"encoding"_s),
            QJsonValue(u"base64"_s));
        QCOMPARE(log.value(u"entries"_s)
                     .toArray()
                     .at(4)
                     .toObject()
                     .value(u"response"_s)
                     .toObject()
                     .value(u"redirectURL"_s)
                     .toString(),
            u"/items"_s);
        QCOMPARE(HarWriter::write(server.journal().exchanges(), u"x"_s).count("\"entries\""), 1);

        // Read back: the routes a recording of the same exchanges makes.
        const LoadResult loaded = AnyFormat::fromBytes(har.body, u"session.har"_s, {});
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        QCOMPARE(loaded.report, QStringList());
        QList<RecordedExchange> exchanges;
        for (const Exchange &e : server.journal().exchanges()) {
            exchanges.append(Recorder::recordedOf(e));
        }
        QList<Route> expected = RecordedRoutes::build(exchanges);
        QCOMPARE(loaded.routeSet.routes.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            expected[i].id = loaded.routeSet.routes.at(i).id;
            QCOMPARE(loaded.routeSet.routes.at(i), expected.at(i));
        }

        // And they answer the session as it went.
        MockServer replay;
        replay.setRouteSet(loaded.routeSet);
        QVERIFY(replay.listen());
        for (qsizetype i = 0; i < session.size(); ++i) {
            const auto &[method, target] = session.at(i);
            const Got got = send(nam, QUrl(replay.baseUrl().toString() + target), method,
                method == "POST" ? QByteArray("{\"name\":\"a\"}") : QByteArray());
            QCOMPARE(got.status, live.at(i).status);
            QCOMPARE(got.body, live.at(i).body);
            QCOMPARE(got.location, live.at(i).location);
        }
    }

    void badHarFilesAreErrorsWithTheirPlace()
    {
        const LoadResult noUrl =
            Import::HarReader::read("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", "
                                    "\"url\": \"/x\"}, \"response\": {\"status\": 200}}]}}",
                u"x.har"_s);
        QCOMPARE(noUrl.errors.size(), 1);
        QCOMPARE(noUrl.errors.at(0).path, u"log.entries[0].request"_s);
        const LoadResult badBase64 = Import::HarReader::read(
            "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": "
            "\"http://h/x\"}, \"response\": {\"status\": 200, \"content\": {\"text\": \"***\", "
            "\"encoding\": \"base64\"}}}]}}",
            u"x.har"_s);
        QVERIFY(badBase64.ok());
        QCOMPARE(badBase64.report,
            QStringList { u"log.entries[0].response.content.text: not valid base64; served as "
                          "the text it is"_s });
    }
};

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_harimport.moc"
