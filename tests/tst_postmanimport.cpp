// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Postman collections (DESIGN.md §11): the real collections of tests/data/postman (sources in
// SOURCES.md) served as Postman's mock server serves them: every saved example answers the
// request it was saved with (its code, headers and body), by its query items or by name
// (x-mock-response-name); {{variables}} and :variables in paths are path parameters; folders
// flatten; requests without examples and scripts are reported.
#include "format/AnyFormat.h"
#include "import/Import.h"
#include "import/PostmanReader.h"
#include "server/MockServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 10000;

struct Example
{
    QString place;
    QByteArray method;
    QString target; ///< path and query, variables filled in
    QString name;
    int code = 200;
    QByteArray body;
    QByteArray contentType;
};

/// A request URL of the collection with its host left out and every variable given a value.
QString targetOf(const QJsonValue &url)
{
    QString raw = url.isString() ? url.toString() : url.toObject().value(u"raw"_s).toString();
    if (raw.isEmpty() && url.toObject().value(u"path"_s).isArray()) {
        QStringList parts;
        for (const QJsonValue &p : url.toObject().value(u"path"_s).toArray()) {
            parts.append(p.isObject() ? p.toObject().value(u"value"_s).toString() : p.toString());
        }
        raw = u'/' + parts.join(u'/');
        QStringList query;
        for (const QJsonValue &q : url.toObject().value(u"query"_s).toArray()) {
            if (!q.toObject().value(u"disabled"_s).toBool()) {
                query.append(q.toObject().value(u"key"_s).toString() + u'='
                    + q.toObject().value(u"value"_s).toString());
            }
        }
        if (!query.isEmpty()) {
            raw += u'?' + query.join(u'&');
        }
    }
    raw = raw.left(raw.indexOf(u'#') < 0 ? raw.size() : raw.indexOf(u'#'));
    if (raw.startsWith(u"{{"_s)) {
        raw = raw.mid(raw.indexOf(u"}}"_s) + 2);
    } else if (const qsizetype scheme = raw.indexOf(u"://"_s); scheme >= 0) {
        raw =
            raw.mid(raw.indexOf(u'/', scheme + 3) < 0 ? raw.size() : raw.indexOf(u'/', scheme + 3));
    }
    if (!raw.startsWith(u'/')) {
        raw = raw.indexOf(u'/') < 0 ? u"/"_s : raw.mid(raw.indexOf(u'/'));
    }
    const qsizetype question = raw.indexOf(u'?');
    QString path = question < 0 ? raw : raw.left(question);
    const QString query = question < 0 ? QString() : raw.mid(question);
    static const QRegularExpression variable(u"\\{\\{[^{}]*\\}\\}"_s);
    static const QRegularExpression colon(u"(^|/):[^/]+"_s);
    path.replace(variable, u"1"_s).replace(colon, u"\\1/1"_s);
    path.replace(u"//"_s, u"/"_s);
    return path + QString(query).replace(variable, u"1"_s);
}

void collect(const QJsonArray &items, const QString &place, QList<Example> *out)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString at = place + u"[%1]"_s.arg(i);
        if (item.value(u"item"_s).isArray()) {
            collect(item.value(u"item"_s).toArray(), at + u".item"_s, out);
            continue;
        }
        const QJsonArray examples = item.value(u"response"_s).toArray();
        for (qsizetype k = 0; k < examples.size(); ++k) {
            const QJsonObject example = examples.at(k).toObject();
            const QJsonValue saved = example.value(u"originalRequest"_s);
            const QJsonValue request =
                saved.isObject() || saved.isString() ? saved : item.value(u"request"_s);
            Example e;
            e.place = at + u".response[%1]"_s.arg(k);
            e.method = request.isString()
                ? QByteArray("GET")
                : request.toObject().value(u"method"_s).toString(u"GET"_s).toUpper().toLatin1();
            e.target = targetOf(request.isString() ? request : request.toObject().value(u"url"_s));
            e.name = example.value(u"name"_s).toString();
            e.code = example.value(u"code"_s).toInt(200);
            e.body = example.value(u"body"_s).toString().toUtf8();
            for (const QJsonValue &h : example.value(u"header"_s).toArray()) {
                if (h.toObject().value(u"key"_s).toString().compare(
                        u"Content-Type"_s, Qt::CaseInsensitive)
                    == 0) {
                    e.contentType = h.toObject().value(u"value"_s).toString().toUtf8();
                }
            }
            out->append(e);
        }
    }
}

} // namespace

class TestPostmanImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Import::registerFormats(); }

    void collectionsAnswerTheirExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QString dir = QFINDTESTDATA("data/postman");
        QVERIFY(!dir.isEmpty());
        const QStringList files = QDir(dir).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QTest::newRow(qPrintable(name)) << QDir(dir).filePath(name);
        }
    }

    void collectionsAnswerTheirExamples()
    {
        QFETCH(QString, file);
        const LoadResult loaded = AnyFormat::readFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        QCOMPARE(loaded.format, u"Postman collection"_s);
        for (const QString &line : loaded.report) {
            qInfo("report: %s", qPrintable(line));
        }
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<Example> examples;
        collect(QJsonDocument::fromJson(in.readAll()).object().value(u"item"_s).toArray(),
            u"item"_s, &examples);
        QVERIFY(!examples.isEmpty());

        MockServer server;
        server.setRouteSet(loaded.routeSet);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const QString report = loaded.report.join(u'\n');
        int answered = 0;
        for (const Example &e : std::as_const(examples)) {
            if (report.contains(e.place + u": "_s)) {
                continue; // reported: another example answers the same request and name
            }
            ++answered;
            QNetworkRequest request(QUrl(server.baseUrl().toString() + e.target));
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setRawHeader("x-mock-response-name", e.name.toUtf8());
            QNetworkReply *reply = nam.sendCustomRequest(request, e.method);
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            const QByteArray type = reply->rawHeader("Content-Type");
            reply->deleteLater();
            const QString where =
                u"%1 %2 %3 (%4)"_s.arg(e.place, QString::fromLatin1(e.method), e.target, e.name);
            QVERIFY2(status == e.code,
                qPrintable(where + u": status %1, saved %2"_s.arg(status).arg(e.code)));
            if (e.code != 204 && e.code != 304 && e.method != "HEAD") {
                QVERIFY2(body == e.body,
                    qPrintable(where + u": another body: "_s + QString::fromUtf8(body.left(200))));
            }
            QVERIFY2(type == e.contentType,
                qPrintable(where + u": Content-Type "_s + QString::fromUtf8(type)));
        }
        qInfo("%d of %lld examples answered with their saved code, body and Content-Type (the "
              "others reported)",
            answered, qlonglong(examples.size()));
    }

    void convertsUrlsFoldersAndExamples()
    {
        // Written for this test: what the real collections lack (a string header list,
        // :variables, scripts, a request without examples).
        QFile in(QFINDTESTDATA("data/postman-shop.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray collection = in.readAll();
        const LoadResult loaded = Import::PostmanReader::read(collection, u"shop.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        QCOMPARE(loaded.routeSet.name, u"Shop"_s);
        QCOMPARE(loaded.report,
            (QStringList { u"item[0].item[2]: \"Delete\" has no saved example response (Postman's "
                           "mock answers none either): not served"_s,
                u"event: 1 pre-request or test script(s), which a mock does not run"_s }));
        const QList<Route> &routes = loaded.routeSet.routes;
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.at(0).path, u"/users/{userId}"_s);
        QCOMPARE(routes.at(0).responses.size(), 2);
        QVERIFY(routes.at(0).responses.at(0).isDefault);
        QCOMPARE(routes.at(0).responses.at(0).headers,
            (HeaderList { { u"Content-Type"_s, { u"application/json"_s } } }));
        QCOMPARE(routes.at(0).responses.at(1).status, 404);
        QCOMPARE(routes.at(0).responses.at(1).templating, std::optional(TemplateDialect::None));
        QCOMPARE(routes.at(1).path, u"/users"_s);
        QCOMPARE(routes.at(1).responses.at(0).when->query.size(), 1);

        MockServer server;
        server.setRouteSet(loaded.routeSet);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        auto get = [&](const QString &target, const QByteArray &name) {
            QNetworkRequest request(QUrl(server.baseUrl().toString() + target));
            if (!name.isEmpty()) {
                request.setRawHeader("x-mock-response-name", name);
            }
            QNetworkReply *reply = nam.get(request);
            [[maybe_unused]] const bool done =
                QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs);
            const auto answer =
                std::pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll());
            reply->deleteLater();
            return answer;
        };
        QCOMPARE(get(u"/users/7"_s, {}), std::pair(200, QByteArray("{\"id\": 1}")));
        QCOMPARE(get(u"/users/7"_s, "missing"), std::pair(404, QByteArray("no {{such}} user")));
        QCOMPARE(get(u"/users?q=ann"_s, {}), std::pair(200, QByteArray("ann")));
    }
};

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
