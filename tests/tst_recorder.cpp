// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Record mode (DESIGN.md §12): a session recorded through the admin API
// (POST /__mockbench/recordings/start|stop) against a second MockServer as the real backend,
// then replayed with the backend gone: every request gets the answer it got while recording
// (status, headers, body, byte for byte), identical requests with different answers in the
// order they came, query and body conditions kept apart, binary and template-like bodies
// untouched; the path filter; the start errors; and a route made from one journal entry.
#include "admin/AdminApi.h"
#include "document/RouteSetDocument.h"
#include "format/RouteSetFormat.h"
#include "journal/Exchange.h"
#include "model/RouteSet.h"
#include "proxy/Recorder.h"
#include "server/MockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 10000;

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray extra; ///< X-Backend
    QByteArray body;
    friend bool operator==(const Answer &a, const Answer &b)
    {
        return a.status == b.status && a.contentType == b.contentType && a.extra == b.extra
            && a.body == b.body;
    }
};

char *toString(const Answer &a)
{
    return qstrdup(QByteArray(QByteArray::number(a.status) + ' ' + a.contentType + " [" + a.extra
        + "] " + a.body.left(80).toPercentEncoding(" {}/:,\"="))
                       .constData());
}

Answer send(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method,
    const QString &target, const QByteArray &body = {})
{
    QNetworkRequest request(QUrl(base.toString() + target));
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    }
    QNetworkReply *reply = body.isEmpty() ? nam.sendCustomRequest(request, method)
                                          : nam.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs)) {
        reply->abort();
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.extra = reply->rawHeader("X-Backend");
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonObject admin(QNetworkAccessManager &nam, const QUrl &base, const QString &path,
    const QByteArray &body, int *status)
{
    QNetworkRequest request(QUrl(base.toString() + u"/__mockbench/"_s + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs)) {
        reply->abort();
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

/// The session: what a client asks, in order.
struct Step
{
    QByteArray method;
    QString target;
    QByteArray body;
};

QList<Step> session()
{
    return {
        { "GET", u"/items"_s, {} },
        { "GET", u"/items?page=2"_s, {} },
        { "POST", u"/items"_s, "{\"name\":\"a\"}" },
        { "POST", u"/items"_s, "{\"name\":\"a\"}" }, // the same request, another answer
        { "POST", u"/items"_s, "{\"name\":\"b\"}" },
        { "GET", u"/items"_s, {} },
        { "GET", u"/logo.png"_s, {} },
        { "GET", u"/template"_s, {} },
        { "DELETE", u"/items/1"_s, {} },
    };
}

} // namespace

/// A mock with the admin API open, serving its document (recordings/start|stop drive it).
struct Mock
{
    MockServer mock;
    RouteSetDocument document;
    AdminApi api { &mock, &document };
    Mock()
    {
        document.attachServer(&mock);
        api.setAccess(AdminApi::Access::Open);
    }
};

class TestRecorder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_backend;

    void startBackend()
    {
        RouteSet set;
        set.routes.append(
            Route::get(u"/items"_s)
                .whenQuery(u"page"_s, ValueMatcher::exact(u"2"_s))
                .respond(200, u"[3,4]"_s, { { u"Content-Type"_s, { u"application/json"_s } } }));
        set.routes.append(Route::get(u"/items"_s)
                              .respond(200, u"[1,2]"_s,
                                  { { u"Content-Type"_s, { u"application/json"_s } },
                                      { u"X-Backend"_s, { u"real"_s } } }));
        set.routes.append(Route::post(u"/items"_s)
                              .whenBody(ValueMatcher::contains(u"\"b\""_s))
                              .respond(201, u"{\"id\":9}"_s,
                                  { { u"Content-Type"_s, { u"application/json"_s } } }));
        Route created =
            Route::post(u"/items"_s)
                .respond(201, u"{\"id\":1}"_s, { { u"Content-Type"_s, { u"application/json"_s } } })
                .respond(409, u"{\"error\":\"exists\"}"_s,
                    { { u"Content-Type"_s, { u"application/json"_s } } })
                .withMode(Route::ResponseMode::Sequential);
        set.routes.append(created);
        Response png;
        png.bodySource = Response::BodySource::Text;
        png.base64 = true;
        png.body = QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n\0\0\xff", 11).toBase64());
        png.headers = { { u"Content-Type"_s, { u"image/png"_s } } };
        set.routes.append(Route::get(u"/logo.png"_s).respond(png));
        Response tmpl = Response::text(200, u"literal {{request.path}} text"_s);
        tmpl.templating = TemplateDialect::None;
        tmpl.headers = { { u"Content-Type"_s, { u"text/plain"_s } } };
        set.routes.append(Route::get(u"/template"_s).respond(tmpl));
        set.routes.append(Route::del(u"/items/{id}"_s).respond(204));
        m_backend = std::make_unique<MockServer>();
        m_backend->setRouteSet(set);
        QVERIFY(m_backend->listen());
    }

private Q_SLOTS:
    void recordsASessionAndReplaysItOffline()
    {
        startBackend();
        Mock served;
        QVERIFY(served.mock.listen());
        MockServer &mock = served.mock;
        RouteSetDocument &document = served.document;
        QNetworkAccessManager nam;
        int status = 0;
        const QByteArray start =
            QJsonDocument(QJsonObject { { u"url"_s, m_backend->baseUrl().toString() } }).toJson();
        QJsonObject answer = admin(nam, mock.baseUrl(), u"recordings/start"_s, start, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(u"recording"_s).toBool(), true);

        QList<Answer> recorded;
        for (const Step &step : session()) {
            recorded.append(send(nam, mock.baseUrl(), step.method, step.target, step.body));
        }
        QCOMPARE(recorded.at(2).status, 201);
        QCOMPARE(recorded.at(3).status, 409);
        QCOMPARE(m_backend->journal().count(), session().size());

        answer = admin(nam, mock.baseUrl(), u"recordings/stop"_s, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(u"exchanges"_s).toInt(), session().size());
        QCOMPARE(answer.value(u"skipped"_s).toArray(), QJsonArray());
        // GET /items twice with the same answer is one route; POST {"name":"a"} twice with two
        // answers is one sequential route.
        QCOMPARE(answer.value(u"routes"_s).toArray().size(), 7);
        QCOMPARE(document.routeCount(), 7);

        // The backend is gone: the mock answers from what it recorded.
        m_backend.reset();
        QList<Answer> replayed;
        for (const Step &step : session()) {
            replayed.append(send(nam, mock.baseUrl(), step.method, step.target, step.body));
        }
        for (int i = 0; i < recorded.size(); ++i) {
            QCOMPARE(replayed.at(i), recorded.at(i));
        }
        QCOMPARE(replayed.at(6).body, QByteArray("\x89PNG\r\n\x1a\n\0\0\xff", 11));
        QCOMPARE(replayed.at(7).body, QByteArray("literal {{request.path}} text"));

        // Written as --record writes it: the binary body in a body file beside the set.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"session.mockbench.json"_s);
        QString error;
        QVERIFY2(
            served.api.recorder()->writeRouteSet(file, u"session"_s, &error), qPrintable(error));
        const LoadResult written = RouteSetFormat::readFile(file);
        QVERIFY2(written.ok(), qPrintable(written.errors.value(0).toString()));
        const auto logo =
            std::find_if(written.routeSet.routes.cbegin(), written.routeSet.routes.cend(),
                [](const Route &r) { return r.path == u"/logo.png"_s; });
        QVERIFY(logo != written.routeSet.routes.cend());
        QCOMPARE(logo->responses.at(0).bodyFile, u"session.bodies/001.png"_s);
        MockServer offline;
        offline.setRouteSet(written.routeSet);
        QVERIFY(offline.listen());
        for (int i = 0; i < recorded.size(); ++i) {
            const Step step = session().at(i);
            QCOMPARE(
                send(nam, offline.baseUrl(), step.method, step.target, step.body), recorded.at(i));
        }

        // Saved and loaded again, the routes answer the same.
        const LoadResult reloaded =
            RouteSetFormat::fromJson(RouteSetFormat::toJson(document.routeSet()));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.routeSet.routes, document.routeSet().routes);
    }

    void filtersPathsAndRefusesBadStarts()
    {
        startBackend();
        Mock served;
        QVERIFY(served.mock.listen());
        MockServer &mock = served.mock;
        RouteSetDocument &document = served.document;
        QNetworkAccessManager nam;
        int status = 0;
        QJsonObject answer = admin(
            nam, mock.baseUrl(), u"recordings/start"_s, "{\"url\": \"ftp://nowhere\"}", &status);
        QCOMPARE(status, 400);
        QVERIFY2(answer.value(u"errors"_s).toArray().at(0).toString().startsWith(u"proxy.url"_s),
            QJsonDocument(answer).toJson().constData());
        answer = admin(nam, mock.baseUrl(), u"recordings/start"_s,
            "{\"url\": \"http://127.0.0.1:1\", \"pathPattern\": \"(\"}", &status);
        QCOMPARE(status, 400);
        answer = admin(nam, mock.baseUrl(), u"recordings/stop"_s, {}, &status);
        QCOMPARE(status, 409);

        const QByteArray start =
            QJsonDocument(QJsonObject { { u"url"_s, m_backend->baseUrl().toString() },
                              { u"pathPattern"_s, u"^/items$"_s } })
                .toJson();
        answer = admin(nam, mock.baseUrl(), u"recordings/start"_s, start, &status);
        QCOMPARE(status, 200);
        QCOMPARE(send(nam, mock.baseUrl(), "GET", u"/items"_s).status, 200);
        QCOMPARE(send(nam, mock.baseUrl(), "GET", u"/logo.png"_s).status, 200); // forwarded
        answer = admin(nam, mock.baseUrl(), u"recordings/stop"_s, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(u"exchanges"_s).toInt(), 1);
        QCOMPARE(document.routeCount(), 1);
        QCOMPARE(document.route(0).path, u"/items"_s);
    }

    void routeFromOneJournalEntry()
    {
        Exchange e;
        e.method = "GET";
        e.path = u"/users/7"_s;
        e.target = "/users/7?fields=name&x=%20y";
        e.status = 200;
        e.reason = "OK";
        e.responseHeaders = { { "Content-Type", "application/json" }, { "Connection", "close" } };
        e.responseBody = "{\"name\":\"Ann\"}";
        e.responseBodySize = 100;
        QString note;
        const Route route = Recorder::routeFromExchange(e, &note);
        QCOMPARE(route.method, u"GET"_s);
        QCOMPARE(route.path, u"/users/7"_s);
        QCOMPARE(route.match.query.size(), 2);
        QCOMPARE(route.match.query.at(1).first, u"x"_s);
        QCOMPARE(route.match.query.at(1).second.text(), u" y"_s);
        QCOMPARE(route.responses.size(), 1);
        QCOMPARE(route.responses.at(0).headers.size(), 1); // Connection is hop-by-hop
        QCOMPARE(route.responses.at(0).body, u"{\"name\":\"Ann\"}"_s);
        QVERIFY2(note.contains(u"14 of the body's 100 bytes"_s), qPrintable(note));
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
