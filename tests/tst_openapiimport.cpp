// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// OpenAPI 3.0/3.1 and Swagger 2.0 documents served (core/import/OpenApiReader): the OAI example
// documents (tests/data/openapi/oai, Apache 2.0) and MockBench's own (tests/data/openapi/own) are
// read through AnyFormat::readFile and served by a MockServer on 127.0.0.1; every operation is
// requested over HTTP and must answer a status the document declares, with a body valid against
// the declared schema (MockBench::JsonSchema, the schema's $refs inlined here by the test itself).
// The routes must be Mockoon CLI 9.9.0's (tests/data/openapi/mockoon-routes, recorded with
// tests/interop/openapi-import/record.py); Prefer selects examples and codes as Prism does; bad
// documents give one error naming the place.
#include "Import.h"
#include "YamlJson.h"
#include "format/AnyFormat.h"
#include "model/JsonSchema.h"
#include "server/MockServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

QString openApiDir()
{
    return QFINDTESTDATA("data/openapi");
}

QJsonValue readDocument(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    Import::YamlJson::Problem problem;
    return Import::YamlJson::parse(f.readAll(), &problem).value_or(QJsonValue());
}

/// @p value with every $ref replaced by what it names (files beside @p file), 8 levels deep.
QJsonValue inlineRefs(const QJsonValue &value, const QString &file, int depth = 0)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            out.append(inlineRefs(v, file, depth));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject o = value.toObject();
    if (o.value(u"$ref"_s).isString()) {
        if (depth > 8) {
            return QJsonObject();
        }
        const QString ref = o.take(u"$ref"_s).toString();
        const QString filePart = ref.section(u'#', 0, 0);
        const QString target =
            filePart.isEmpty() ? file : QFileInfo(file).absoluteDir().absoluteFilePath(filePart);
        QJsonValue v = readDocument(target);
        for (const QString &s : ref.section(u'#', 1).split(u'/', Qt::SkipEmptyParts)) {
            QString key = s;
            key.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            v = v.isArray() ? v.toArray().at(key.toInt()) : v.toObject().value(key);
        }
        return inlineRefs(v, target, depth + 1);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        it.value() = inlineRefs(it.value(), file, depth);
    }
    return o;
}

struct Served
{
    explicit Served(const RouteSet &set)
    {
        server.setRouteSet(set);
        listening = server.listen(QHostAddress::LocalHost, 0);
    }
    MockServer server;
    bool listening = false;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;
};

Reply send(QNetworkAccessManager &manager, quint16 port, const QByteArray &method,
    const QString &path, const QByteArray &prefer = {})
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    if (!prefer.isEmpty()) {
        request.setRawHeader("Prefer", prefer);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    for (const QByteArray &name : reply->rawHeaderList()) {
        r.headers.insert(name.toLower(), reply->rawHeader(name));
    }
    reply->deleteLater();
    return r;
}

QStringList documents()
{
    QStringList out;
    for (const QString &sub : { u"oai"_s, u"own"_s }) {
        QDirIterator it(openApiDir() + u'/' + sub, { u"*.yaml"_s, u"*.json"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QJsonObject root = readDocument(path).toObject();
            if (root.contains(u"openapi"_s) || root.contains(u"swagger"_s)) {
                out.append(QDir(openApiDir()).relativeFilePath(path));
            }
        }
    }
    out.sort();
    return out;
}

/// "/v1/pets/{}" from a MockBench template or a Mockoon endpoint.
QString normalised(QString path)
{
    static const QRegularExpression params(u"\\{[^}]*\\}|:[A-Za-z0-9_]+"_s);
    path.replace(params, u"{}"_s);
    path.replace(QRegularExpression(u"/+"_s), u"/"_s);
    if (!path.startsWith(u'/')) {
        path.prepend(u'/');
    }
    while (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    return path;
}

} // namespace

class TestOpenApiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Import::registerFormats(); }
    void operationsAnswer_data();
    void operationsAnswer();
    void routesAreMockoons_data();
    void routesAreMockoons();
    void preferSelects();
    void swaggerExamples();
    void reported();
    void repeatable();
    void yamlTypes();
    void badDocuments_data();
    void badDocuments();
    void cutDocuments();
};

void TestOpenApiImport::operationsAnswer_data()
{
    QTest::addColumn<QString>("document");
    const QStringList all = documents();
    QVERIFY(all.size() >= 30);
    for (const QString &d : all) {
        QTest::newRow(qPrintable(d)) << d;
    }
}

void TestOpenApiImport::operationsAnswer()
{
    QFETCH(QString, document);
    const QString path = openApiDir() + u'/' + document;
    const LoadResult result = AnyFormat::readFile(path);
    if (document.contains(u"petstore-separate"_s)) {
        // Its spec/ refers to ../common: outside the document's folder, refused (an error
        // for each of the four places).
        QCOMPARE(result.errors.size(), 4);
        for (const FormatError &e : result.errors) {
            QVERIFY2(e.toString().contains(u".responses.default.schema: $ref ../common/Error."_s)
                    && e.toString().endsWith(u"leads outside the document's folder: refused"_s),
                qPrintable(e.toString()));
        }
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    QCOMPARE(result.format, u"OpenAPI document"_s);
    for (const QString &line : result.report) {
        QVERIFY2(!line.contains(u"not valid against"_s), qPrintable(line));
    }
    Served served(result.routeSet);
    QVERIFY(served.listening);
    QNetworkAccessManager manager;

    const QJsonObject root = readDocument(path).toObject();
    const bool v2 = root.contains(u"swagger"_s);
    QString base;
    if (v2) {
        base = root.value(u"basePath"_s).toString();
    } else if (!root.value(u"servers"_s).toArray().isEmpty()) {
        const QJsonObject server = root.value(u"servers"_s).toArray().first().toObject();
        base = server.value(u"url"_s).toString();
        const QJsonObject vars = server.value(u"variables"_s).toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            base.replace(u'{' + it.key() + u'}', it.value()[u"default"_s].toString());
        }
        base = QUrl(base).path();
    }
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    int operations = 0;
    const QJsonObject paths = root.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = inlineRefs(p.value(), path).toObject();
        for (const QString &method : { u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"patch"_s,
                 u"options"_s, u"head"_s, u"trace"_s }) {
            if (!item.value(method).isObject()) {
                continue;
            }
            ++operations;
            const QJsonObject op = item.value(method).toObject();
            QJsonArray parameters = item.value(u"parameters"_s).toArray();
            for (const QJsonValue &v : op.value(u"parameters"_s).toArray()) {
                parameters.append(v);
            }
            QString target = p.key();
            for (const QJsonValue &pv : std::as_const(parameters)) {
                const QJsonObject param = inlineRefs(pv, path).toObject();
                const QString type = v2 ? param.value(u"type"_s).toString()
                                        : param[u"schema"_s][u"type"_s].toString();
                target.replace(u'{' + param.value(u"name"_s).toString() + u'}',
                    type == u"integer"_s || type == u"number"_s ? u"7"_s : u"abc"_s);
            }
            const QString where = method.toUpper() + u' ' + base + target;
            const Reply reply =
                send(manager, served.server.port(), method.toUpper().toLatin1(), base + target);
            const QJsonObject responses = op.value(u"responses"_s).toObject();
            QString code = QString::number(reply.status);
            if (!responses.contains(code)) {
                code = code.left(1) + u"XX"_s;
            }
            if (!responses.contains(code)) {
                code = u"default"_s;
            }
            if (responses.isEmpty()) {
                QCOMPARE(reply.status, 200);
                continue;
            }
            QVERIFY2(responses.contains(code),
                qPrintable(u"%1: status %2 not declared"_s.arg(where).arg(reply.status)));
            const QJsonObject response = inlineRefs(responses.value(code), path).toObject();
            QJsonValue schema;
            if (v2) {
                schema = response.value(u"schema"_s);
            } else {
                const QJsonObject content = response.value(u"content"_s).toObject();
                const QString media = QString::fromLatin1(reply.contentType);
                schema = content.value(media).toObject().value(u"schema"_s);
                if (!content.isEmpty()) {
                    QVERIFY2(content.contains(media),
                        qPrintable(u"%1: Content-Type %2 not declared"_s.arg(
                            where, QString::fromLatin1(reply.contentType))));
                }
            }
            if (schema.isUndefined()) {
                continue;
            }
            // Any JSON value (QJsonDocument reads objects and arrays only).
            QJsonParseError error;
            const QJsonDocument body = QJsonDocument::fromJson('[' + reply.body + ']', &error);
            QVERIFY2(error.error == QJsonParseError::NoError && body.array().size() == 1,
                qPrintable(where + u": "_s + QString::fromUtf8(reply.body)));
            const QJsonValue value = body.array().first();
            const QString violation = JsonSchema::violation(value, inlineRefs(schema, path));
            QVERIFY2(violation.isEmpty(),
                qPrintable(
                    where + u": "_s + violation + u" in "_s + QString::fromUtf8(reply.body)));
        }
    }
    QCOMPARE(int(result.routeSet.routes.size()), operations);
}

void TestOpenApiImport::routesAreMockoons_data()
{
    QTest::addColumn<QString>("recording");
    const QStringList files =
        QDir(openApiDir() + u"/mockoon-routes"_s).entryList({ u"*.json"_s }, QDir::Files);
    QVERIFY(files.size() >= 28);
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f)) << f;
    }
}

void TestOpenApiImport::routesAreMockoons()
{
    QFETCH(QString, recording);
    QFile f(openApiDir() + u"/mockoon-routes/"_s + recording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject recorded = QJsonDocument::fromJson(f.readAll()).object();
    const QString document = recorded.value(u"document"_s).toString();
    if (document.contains(u"petstore-separate"_s)) {
        // Mockoon follows spec/'s $refs to ../common; MockBench refuses refs outside the
        // document's folder (operationsAnswer checks the error), so there are no routes to
        // compare. Mockoon's four are those of petstore-simple, which agree.
        QCOMPARE(recorded.value(u"routes"_s).toArray().size(), 4);
        return;
    }
    const LoadResult result = AnyFormat::readFile(openApiDir() + u'/' + document);
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    QStringList mockoon;
    const QString prefix = recorded.value(u"endpointPrefix"_s).toString();
    for (const QJsonValue &r : recorded.value(u"routes"_s).toArray()) {
        mockoon.append(r[u"method"_s].toString() + u' '
            + normalised(prefix + u'/' + r[u"endpoint"_s].toString()));
    }
    QStringList ours;
    for (const Route &route : result.routeSet.routes) {
        ours.append(route.method + u' ' + normalised(route.path));
    }
    mockoon.sort();
    ours.sort();
    QCOMPARE(ours, mockoon);
}

void TestOpenApiImport::preferSelects()
{
    const LoadResult result = AnyFormat::readFile(openApiDir() + u"/own/examples.yaml"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    Served served(result.routeSet);
    QVERIFY(served.listening);
    QNetworkAccessManager m;
    const quint16 port = served.server.port();
    const auto json = [](const QByteArray &b) { return QJsonDocument::fromJson(b).object(); };
    Reply r = send(m, port, "GET", u"/v2/users/3"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r.body).value(u"name"_s).toString(), u"Alice"_s); // the first example ($ref)
    QCOMPARE(r.headers.value("x-request-id"), QByteArray("req-42"));
    const int limit = r.headers.value("x-rate-limit").toInt();
    QVERIFY(limit >= 10 && limit <= 20);
    QCOMPARE(json(send(m, port, "GET", u"/v2/users/3"_s, "example=bob").body)[u"name"_s], u"Bob"_s);
    QCOMPARE(json(send(m, port, "GET", u"/v2/users/3"_s, "example=\"carol\"").body)[u"name"_s],
        u"Carol"_s); // externalValue beside the document
    r = send(m, port, "GET", u"/v2/users/3"_s, "code=404");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.contentType, QByteArray("application/problem+json"));
    QCOMPARE(json(r.body)[u"title"_s], u"no such user"_s);
    r = send(m, port, "GET", u"/v2/users/3"_s, "code=404, example=missing");
    QCOMPARE(r.status, 404);
    r = send(m, port, "GET", u"/v2/users/3"_s, "example=missing");
    QCOMPARE(r.status, 404); // an example of another response brings its status
    QCOMPARE(send(m, port, "GET", u"/v2/users/3"_s, "code=201").status, 200); // undeclared
    // Accept: the XML example; with Prefer code=404 and Accept XML, 404 has no XML: JSON.
    QNetworkRequest xml(QUrl(u"http://127.0.0.1:%1/v2/users/3"_s.arg(port)));
    xml.setRawHeader("Accept", "text/html, application/xml;q=0.9");
    QNetworkReply *reply = m.get(xml);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/xml"));
    QCOMPARE(reply->readAll(), QByteArray("<user/>"));
    reply->deleteLater();
    xml.setRawHeader("Prefer", "code=404");
    reply = m.get(xml);
    QSignalSpy finished404(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished404.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/problem+json"));
    reply->deleteLater();
    QCOMPARE(send(m, port, "GET", u"/v2/users/x"_s).status, 404); // {userId:int}
    r = send(m, port, "POST", u"/v2/users"_s);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.contentType, QByteArray("text/plain"));
    QCOMPARE(r.body, QByteArray("created"));
    // /users/mine is a literal before /users/{userId}; `default` only: 200.
    r = send(m, port, "GET", u"/v2/users/mine"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject everything = json(r.body);
    QCOMPARE(everything[u"pet"_s][u"petType"_s].toString(),
        everything[u"pet"_s].toObject().contains(u"lives"_s) ? u"cat"_s : u"dog"_s);
    QVERIFY(QRegularExpression(u"^[A-Z]{3}-\\d{4}(-[a-z]+)?$"_s)
                .match(everything[u"code"_s].toString())
                .hasMatch());
    // Generated users: three, all different, realistic e-mail addresses.
    const QJsonArray users =
        QJsonDocument::fromJson(send(m, port, "GET", u"/v2/users"_s).body).array();
    QCOMPARE(users.size(), 3);
    QVERIFY(users.at(0) != users.at(1) && users.at(1) != users.at(2));
    QVERIFY(users.at(0)[u"email"_s].toString().endsWith(u"@example.com"_s));
    QVERIFY(!users.at(0).toObject().contains(u"password"_s)); // writeOnly
    // From the schema file beside the document (../shared/interop/openapi's sample).
    r = send(m, port, "GET", u"/v2/external"_s);
    QVERIFY(json(r.body)[u"extprop"_s].isString());
    // The recursive schema stops.
    r = send(m, port, "GET", u"/v2/tree"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(json(r.body)[u"name"_s].isString());
}

void TestOpenApiImport::swaggerExamples()
{
    const LoadResult result = AnyFormat::readFile(openApiDir() + u"/own/swagger-examples.yaml"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    QCOMPARE(result.routeSet.routes.size(), 1);
    QCOMPARE(result.routeSet.routes.first().id, u"getItem"_s);
    QCOMPARE(result.routeSet.routes.first().path, u"/api/items/{itemId:int}"_s);
    Served served(result.routeSet);
    QVERIFY(served.listening);
    QNetworkAccessManager m;
    Reply r = send(m, served.server.port(), "GET", u"/api/items/5"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object(),
        (QJsonObject { { u"id"_s, 5 }, { u"label"_s, u"five"_s } }));
    QCOMPARE(r.headers.value("x-count"), QByteArray("3"));
    r = send(m, served.server.port(), "GET", u"/api/items/5"_s, "code=404");
    QCOMPARE(r.status, 404);
    QCOMPARE(QJsonDocument::fromJson(r.body).object()[u"label"_s], u"a label"_s); // schema example
    // Accept chooses among the media types that have a body.
    QNetworkRequest csv(QUrl(u"http://127.0.0.1:%1/api/items/5"_s.arg(served.server.port())));
    csv.setRawHeader("Accept", "text/csv");
    QNetworkReply *reply = m.get(csv);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/csv"));
    QCOMPARE(reply->readAll(), QByteArray("id,label\n5,five"));
    reply->deleteLater();
    QVERIFY(result.report.contains(u"paths./items/{itemId}.get.responses.404: not served as "
                                   "text/csv (no example, and a body is made for JSON only)"_s));
    QVERIFY(result.report.contains(u"securityDefinitions.basic: security scheme not enforced"_s));
}

void TestOpenApiImport::reported()
{
    const auto reportOf = [](const QString &d) {
        return AnyFormat::readFile(openApiDir() + u'/' + d).report.join(u'\n');
    };
    QVERIFY(reportOf(u"oai/v3.0/callback-example.yaml"_s)
                .contains(u"paths./streams.post.callbacks.onData: callbacks are not made"_s));
    QVERIFY(reportOf(u"oai/v3.0/link-example.yaml"_s).contains(u".links."_s));
    QVERIFY(reportOf(u"oai/v3.1/webhook-example.yaml"_s)
                .contains(u"webhooks.newPet: webhooks are not sent"_s));
    const QString own = reportOf(u"own/examples.yaml"_s);
    QVERIFY(own.contains(u"paths./users/{userId}.get.responses.404.content.application/xml: "
                         "not served: no example, and a body is made for JSON and text only"_s));
    QVERIFY(own.contains(u"components.securitySchemes.key: security scheme not enforced"_s));
    QVERIFY(own.contains(u"paths./users.post.responses.201.links.self: links are not followed"_s));
    QVERIFY(own.contains(u"paths: requests are not validated"_s));
    QVERIFY(own.contains(u"paths./vault.servers: not used: every route is under the document's "
                         "base path"_s));
    QVERIFY(own.contains(u"paths./vault.get.operationId: \"getUser\" is taken by another "
                         "operation: the route's id is getUser-2"_s));
}

void TestOpenApiImport::repeatable()
{
    const QString path = openApiDir() + u"/own/examples.yaml"_s;
    const LoadResult a = AnyFormat::readFile(path);
    const LoadResult b = AnyFormat::readFile(path);
    QVERIFY(a.ok());
    QVERIFY(a.routeSet == b.routeSet);
    QCOMPARE(a.routeSet.chaos.seed, std::optional<quint64>(7));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const LoadResult c = AnyFormat::fromBytes(
        f.readAll().replace("x-mockbench-seed: 7", "x-mockbench-seed: 8"), path);
    QVERIFY(c.ok());
    const auto listBody = [](const LoadResult &r) {
        return r.routeSet.routes.at(r.routeSet.indexOf(u"listUsers"_s)).responses.last().json;
    };
    QVERIFY(listBody(a) != listBody(c));
    // The same in every process and on every machine: seed 7 gives these users.
    QCOMPARE(QJsonDocument(listBody(a).toArray()).toJson(QJsonDocument::Compact),
        QByteArray(
            R"([{"city":"Lyon","email":"chloe.rossi@example.com","id":289,"kind":"person",)"
            R"("name":"Keiko"},{"city":"Austin","email":"pablo.kowalski@example.com",)"
            R"("id":335,"kind":"person","name":"Pablo"},{"city":"Nairobi",)"
            R"("email":"chloe.garcia@example.com","id":758,"kind":"person","name":"Alice"}])"));
}

void TestOpenApiImport::yamlTypes()
{
    Import::YamlJson::Problem problem;
    const std::optional<QJsonValue> v = Import::YamlJson::parse(
        "a: '123'\nb: 123\nc: true\nd: \"true\"\ne: ~\nf: 1.5\ng: &x {k: 1}\nh: *x\n"
        "i: 0x1F\nj: null\nk: yes\nl: .inf\nm:\n  <<: *x\n  n: 2\n",
        &problem);
    QVERIFY2(v, qPrintable(problem.message));
    const QJsonObject o = v->toObject();
    QCOMPARE(o[u"a"_s], QJsonValue(u"123"_s));
    QCOMPARE(o[u"b"_s], QJsonValue(123));
    QCOMPARE(o[u"c"_s], QJsonValue(true));
    QCOMPARE(o[u"d"_s], QJsonValue(u"true"_s));
    QCOMPARE(o[u"e"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(o[u"f"_s], QJsonValue(1.5));
    QCOMPARE(o[u"h"_s], QJsonValue(QJsonObject { { u"k"_s, 1 } }));
    QCOMPARE(o[u"i"_s], QJsonValue(31));
    QCOMPARE(o[u"j"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(o[u"k"_s], QJsonValue(u"yes"_s)); // YAML 1.2: no yes/no booleans
    QCOMPARE(o[u"l"_s], QJsonValue(u".inf"_s));
    QCOMPARE(o[u"m"_s], QJsonValue(QJsonObject { { u"k"_s, 1 }, { u"n"_s, 2 } }));
    QVERIFY(!Import::YamlJson::parse("a: [1, 2\nb: 3\n", &problem));
    QVERIFY(problem.line >= 2 && problem.column >= 1);
    // An alias bomb stops.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'h'; ++c) {
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 10; ++i) {
            bomb += (i ? ", *" : "*") + QByteArray(1, char(c - 1));
        }
        bomb += "]\n";
    }
    QVERIFY(!Import::YamlJson::parse(bomb, &problem));
    QVERIFY(problem.message.contains(u"more than"_s));
}

void TestOpenApiImport::badDocuments_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated yaml") << u"truncated.yaml"_s << u"truncated.yaml:10:1: "_s;
    QTest::newRow("truncated json") << u"truncated.json"_s << u"truncated.json:5:20: "_s;
    QTest::newRow("cyclic $ref")
        << u"cyclic-ref.yaml"_s
        << u"paths./a.get.responses.200.content.application/json.schema: $ref cycle that never "
           "leads to a value: #/components/schemas/A -> #/components/schemas/B -> "
           "#/components/schemas/A"_s;
    QTest::newRow("outside the folder")
        << u"outside-ref.yaml"_s
        << u"paths./a.get.responses.200.content.application/json.schema: $ref ../own/carol.json "
           "leads outside the document's folder: refused"_s;
    QTest::newRow("missing $ref") << u"missing-ref.yaml"_s
                                  << u"paths./a.get.responses.200: $ref "
                                     "#/components/responses/Nowhere resolves nowhere"_s;
    QTest::newRow("version") << u"bad-version.yaml"_s << u"openapi: version 4.0.0 is not read"_s;
    QTest::newRow("duplicate key")
        << u"duplicate-key.yaml"_s << u"duplicate-key.yaml:4:1: the key \"paths\" appears twice"_s;
    QTest::newRow("status") << u"bad-status.yaml"_s
                            << u"paths./a.get.responses.2000: \"2000\" is not a status code"_s;
}

void TestOpenApiImport::badDocuments()
{
    QFETCH(QString, document);
    QFETCH(QString, error);
    const LoadResult result = AnyFormat::readFile(openApiDir() + u"/bad/"_s + document);
    QCOMPARE(result.format, u"OpenAPI document"_s);
    QCOMPARE(result.errors.size(), 1);
    const QString line = result.errors.first().toString();
    QVERIFY2(!line.contains(u'\n'), qPrintable(line));
    QVERIFY2(line.contains(error), qPrintable(line));
}

void TestOpenApiImport::cutDocuments()
{
    // Every document cut short at 16 places: read without a crash, and what does not read gives
    // errors of one line each.
    int cuts = 0;
    int refused = 0;
    for (const QString &document : documents()) {
        const QString path = openApiDir() + u'/' + document;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        for (int i = 1; i <= 16; ++i) {
            const LoadResult result =
                AnyFormat::fromBytes(content.left(content.size() * i / 17), path);
            ++cuts;
            refused += result.ok() ? 0 : 1;
            for (const FormatError &e : result.errors) {
                QVERIFY2(!e.toString().contains(u'\n') && !e.message.isEmpty(),
                    qPrintable(document + u": "_s + e.toString()));
            }
        }
    }
    QVERIFY(cuts > 500);
    QVERIFY(refused > cuts / 4);
}

QTEST_MAIN(TestOpenApiImport)
#include "tst_openapiimport.moc"
