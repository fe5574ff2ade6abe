// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Import.h"
#include "OpenApiWriter.h"
#include "YamlJson.h"
#include "format/AnyFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;
using MockBench::Import::OpenApiWriter;

/// OpenApiWriter (mockbench --export openapi): the content of the document. Its validity
/// against the official OpenAPI 3.1 schema is checked by the openapi_export_valid ctest
/// (tests/interop/validate-openapi.py).
class tst_OpenApiExport : public QObject
{
    Q_OBJECT

private:
    static RouteSet load(const QString &path)
    {
        const LoadResult loaded = AnyFormat::readFile(path);
        if (!loaded.ok()) {
            qWarning("%s", qPrintable(loaded.errorStrings().join(u'\n')));
        }
        return loaded.routeSet;
    }
    static RouteSet sample()
    {
        return load(QFINDTESTDATA("data/openapi-export/routes.mockbench.json"));
    }
    static QJsonObject at(const QJsonObject &object, const QStringList &keys)
    {
        QJsonObject current = object;
        for (const QString &key : keys) {
            current = current.value(key).toObject();
        }
        return current;
    }
    /// Every (METHOD path) of @p document and its operationId.
    static QMap<QString, QString> operations(const QJsonObject &document)
    {
        QMap<QString, QString> out;
        const QJsonObject paths = document.value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (op.key() != u"parameters") {
                    out.insert(op.key().toUpper() + u' ' + path.key(),
                        op.value().toObject().value(u"operationId"_s).toString());
                }
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { MockBench::Import::registerFormats(); }

    void writesOpenApi31Info()
    {
        const QJsonObject document = OpenApiWriter::write(sample()).document;
        QCOMPARE(document.value(u"openapi"_s).toString(), u"3.1.0"_s);
        QCOMPARE(at(document, { u"info"_s }).value(u"title"_s).toString(), u"Export sample"_s);
        QVERIFY(!at(document, { u"info"_s }).value(u"version"_s).toString().isEmpty());
    }

    void convertsPathTemplates()
    {
        const QJsonObject paths =
            OpenApiWriter::write(sample()).document.value(u"paths"_s).toObject();
        QVERIFY(paths.contains(u"/users/{id}"_s));
        QVERIFY(paths.contains(u"/files/{code}.csv"_s));
        QVERIFY(paths.contains(u"/static/{rest}"_s));
        QVERIFY(paths.contains(u"/v1/notes/{id}"_s)); // Mockoon syntax /v1/notes/:id
        const QJsonObject id =
            at(paths, { u"/users/{id}"_s }).value(u"parameters"_s).toArray().at(0).toObject();
        QCOMPARE(id.value(u"name"_s).toString(), u"id"_s);
        QCOMPARE(id.value(u"in"_s).toString(), u"path"_s);
        QCOMPARE(id.value(u"required"_s).toBool(), true);
        QCOMPARE(id.value(u"schema"_s).toObject().value(u"type"_s).toString(), u"integer"_s);
        const QJsonObject code =
            at(paths, { u"/files/{code}.csv"_s }).value(u"parameters"_s).toArray().at(0).toObject();
        QCOMPARE(
            code.value(u"schema"_s).toObject().value(u"pattern"_s).toString(), u"^(?:[A-Z]{3})$"_s);
        const QJsonObject rest =
            at(paths, { u"/static/{rest}"_s }).value(u"parameters"_s).toArray().at(0).toObject();
        QCOMPARE(rest.value(u"x-mockbench-rest"_s).toBool(), true);
        QVERIFY(rest.value(u"description"_s).toString().contains(u"slash"_s));
    }

    void writesOneOperationPerMethod()
    {
        const QJsonObject document = OpenApiWriter::write(sample()).document;
        const QMap<QString, QString> ops = operations(document);
        QCOMPARE(ops.value(u"GET /users/{id}"_s), u"get-user"_s);
        QCOMPARE(ops.value(u"POST /greet"_s), u"greet"_s);
        // "*": every method OpenAPI names.
        for (const QString &method : { u"GET"_s, u"PUT"_s, u"POST"_s, u"DELETE"_s, u"OPTIONS"_s,
                 u"HEAD"_s, u"PATCH"_s, u"TRACE"_s }) {
            QCOMPARE(ops.value(method + u" /echo"_s), u"any-"_s + method.toLower());
        }
        // The CRUD resource's list and item operations.
        QCOMPARE(ops.value(u"GET /users"_s), u"users-list"_s);
        QCOMPARE(ops.value(u"POST /users"_s), u"users-create"_s);
        QCOMPARE(ops.value(u"DELETE /users/{id}"_s), u"users-delete"_s);
        // Not described: PURGE (no OpenAPI operation) and the disabled route.
        QVERIFY(!document.value(u"paths"_s).toObject().contains(u"/cache"_s));
        QVERIFY(!document.value(u"paths"_s).toObject().contains(u"/off"_s));
        const QStringList ids = ops.values();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void describesMatchConditionsAsParameters()
    {
        const QJsonObject document = OpenApiWriter::write(sample()).document;
        const QJsonArray parameters = at(document, { u"paths"_s, u"/users/{id}"_s, u"get"_s })
                                          .value(u"parameters"_s)
                                          .toArray();
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &p : parameters) {
            byName.insert(p[u"in"_s].toString() + u':' + p[u"name"_s].toString(), p.toObject());
        }
        QCOMPARE(byName.size(), 3);
        QCOMPARE(
            byName[u"query:fields"_s][u"schema"_s][u"pattern"_s].toString(), u"^(?:[a-z,]+)$"_s);
        QCOMPARE(byName[u"query:lang"_s][u"schema"_s][u"enum"_s].toArray(), QJsonArray { u"en"_s });
        QCOMPARE(byName[u"header:X-Tenant"_s][u"schema"_s][u"enum"_s].toArray(),
            QJsonArray { u"acme"_s });
        QCOMPARE(byName[u"header:X-Tenant"_s][u"required"_s].toBool(), true);
        // A body condition and an exact Content-Type: the request body.
        const QJsonObject body =
            at(document, { u"paths"_s, u"/greet"_s, u"post"_s, u"requestBody"_s });
        QCOMPARE(body.value(u"required"_s).toBool(), true);
        QCOMPARE(at(body, { u"content"_s, u"application/json"_s }).value(u"example"_s).toObject(),
            QJsonObject({ { u"kind"_s, u"greeting"_s } }));
    }

    void givesResponsesByStatusWithExamples()
    {
        const QJsonObject document = OpenApiWriter::write(sample()).document;
        const QJsonObject responses =
            at(document, { u"paths"_s, u"/users/{id}"_s, u"get"_s, u"responses"_s });
        // Two 200s: named examples, parsed JSON.
        const QJsonObject examples =
            at(responses, { u"200"_s, u"content"_s, u"application/json"_s, u"examples"_s });
        QCOMPARE(examples.keys(), QStringList({ u"get-user-1"_s, u"get-user-2"_s }));
        QCOMPARE(at(examples, { u"get-user-2"_s }).value(u"value"_s).toObject(),
            QJsonObject({ { u"id"_s, 2 }, { u"name"_s, u"Bob"_s } }));
        QVERIFY(at(examples, { u"get-user-1"_s })
                    .value(u"summary"_s)
                    .toString()
                    .contains(u"query lang = \"en\""_s));
        // The later route on the same operation: its text body joins as an example.
        QCOMPARE(at(responses, { u"200"_s, u"content"_s, u"text/plain"_s }).value(u"example"_s),
            QJsonValue(u"other parameter name"_s));
        QCOMPARE(at(responses, { u"404"_s }).value(u"description"_s).toString(), u"No Such User"_s);
        // Response headers, and the set's headers on every answer.
        const QJsonObject headers = at(responses, { u"200"_s, u"headers"_s });
        QCOMPARE(at(headers, { u"ETag"_s }).value(u"example"_s).toString(), u"\"v1\""_s);
        QCOMPARE(at(headers, { u"X-Served-By"_s }).value(u"example"_s).toString(), u"MockBench"_s);
        QVERIFY(!headers.contains(u"Content-Type"_s));
    }

    void marksTemplatesAndReadsTextBodyFiles()
    {
        const QJsonObject paths =
            OpenApiWriter::write(sample()).document.value(u"paths"_s).toObject();
        const QJsonObject greet = at(paths,
            { u"/greet"_s, u"post"_s, u"responses"_s, u"201"_s, u"content"_s, u"text/plain"_s,
                u"examples"_s });
        QCOMPARE(at(greet, { u"greet-1"_s }).value(u"x-mockbench-template"_s).toString(), u"js"_s);
        QCOMPARE(
            at(greet, { u"greet-1"_s }).value(u"value"_s).toString(), u"Hello {{ json.name }}"_s);
        QVERIFY(!at(greet, { u"greet-2"_s }).contains(u"x-mockbench-template"_s));
        const QJsonObject csv = at(paths,
            { u"/files/{code}.csv"_s, u"get"_s, u"responses"_s, u"200"_s, u"content"_s,
                u"text/csv"_s });
        QCOMPARE(csv.value(u"example"_s).toString(), u"id,name\n1,Ann\n"_s);
        const QJsonObject xml = at(paths,
            { u"/v1/notes/{id}"_s, u"get"_s, u"responses"_s, u"200"_s, u"content"_s,
                u"application/xml"_s });
        QCOMPARE(xml.value(u"x-mockbench-template"_s).toString(), u"mockoon"_s);
        QVERIFY(xml.value(u"example"_s).toString().contains(u"{{urlParam 'id'}}"_s));
        // A binary file: its type, no example.
        const QJsonObject png = at(paths,
            { u"/static/{rest}"_s, u"get"_s, u"responses"_s, u"200"_s, u"content"_s,
                u"image/png"_s });
        QVERIFY(png.isEmpty());
        // No body for a 204.
        QVERIFY(
            !at(paths, { u"/echo"_s, u"get"_s, u"responses"_s, u"204"_s }).contains(u"content"_s));
    }

    void reportsWhatItCannotDescribe()
    {
        const QStringList report = OpenApiWriter::write(sample()).report;
        for (const QString &line : {
                 u"routes[1].path: /users/{name} is the OpenAPI path /users/{id} with other "
                 "parameter names; described there"_s,
                 u"routes[1]: GET /users/{id} is also routes[0]'s operation (get-user); its "
                 "responses are described there as examples"_s,
                 u"routes[3].path: {*rest} takes the rest of the path, slashes included; an "
                 "OpenAPI path parameter cannot (described as {rest} with x-mockbench-rest)"_s,
                 u"routes[6].method: \"*\" (any method) is described as the eight methods "
                 "OpenAPI names; other methods are not"_s,
                 u"routes[7].method: OpenAPI 3.1 has no operation for the method PURGE; not "
                 "described"_s,
                 u"routes[8]: disabled, so not served; not described"_s,
                 u"cors: the CORS preflight answer to OPTIONS requests no route takes is not "
                 "described"_s,
                 u"routes[5].responses[2].fault: the fault \"connection-reset\" (the answer goes "
                 "wrong on the wire) is not described"_s,
                 u"routes[3].responses[0].bodyFile: \"logo.png\" is not a text file; no example"_s,
             }) {
            QVERIFY2(
                report.contains(line), qPrintable(line + u"\nnot in:\n"_s + report.join(u'\n')));
        }
        QCOMPARE(report.size(), 10); // and routes[9]'s item GET, which get-user already is
    }

    void reportsMockoonOptionalParts()
    {
        RouteSet set;
        Route route = Route::get(u"/files/:name?"_s).withId(u"files"_s).respond(200, u"x"_s);
        route.pathSyntax = Route::PathSyntax::Mockoon;
        set.add(route);
        const OpenApiWriter::Result result = OpenApiWriter::write(set);
        QCOMPARE(result.report.size(), 1);
        QVERIFY2(result.report.first().startsWith(u"routes[0].path: Mockoon path \"/files/:name?\" "
                                                  "has optional parts"_s),
            qPrintable(result.report.first()));
        QCOMPARE(operations(result.document).value(u"GET /files/{name}"_s), u"files"_s);
    }

    void reportsAResponseOfAnyMethodOnce()
    {
        RouteSet set;
        set.add(Route::on(u"*"_s, u"/down"_s)
                    .withId(u"down"_s)
                    .respond(Response::text(503, u"x"_s)
                                 .withFault(Fault::make(Fault::Kind::ConnectionReset))));
        const QStringList report = OpenApiWriter::write(set).report;
        QCOMPARE(report.size(), 2);
        QVERIFY2(report.at(0).startsWith(u"routes[0].method: "_s), qPrintable(report.at(0)));
        QVERIFY2(
            report.at(1).startsWith(u"routes[0].responses[0].fault: "_s), qPrintable(report.at(1)));
    }

    void isDeterministic()
    {
        const QByteArray first = OpenApiWriter::toJson(OpenApiWriter::write(sample()).document);
        QCOMPARE(OpenApiWriter::toJson(OpenApiWriter::write(sample()).document), first);
        QCOMPARE(OpenApiWriter::toYaml(OpenApiWriter::write(sample()).document),
            OpenApiWriter::toYaml(OpenApiWriter::write(sample()).document));
    }

    void writesYamlByFileName()
    {
        QTemporaryDir dir;
        const QJsonObject document = OpenApiWriter::write(sample()).document;
        QString error;
        QVERIFY(OpenApiWriter::writeFile(document, dir.filePath(u"api.yaml"_s), &error));
        QVERIFY(OpenApiWriter::writeFile(document, dir.filePath(u"api.json"_s), &error));
        QFile yaml(dir.filePath(u"api.yaml"_s));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        const QByteArray text = yaml.readAll();
        QVERIFY(text.startsWith("info:\n"));
        QVERIFY(text.contains("openapi: \"3.1.0\"\n")); // quoted: it would read as a number
        QVERIFY(text.contains("\"200\":"));
        QFile json(dir.filePath(u"api.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object(), document);
        QVERIFY(!OpenApiWriter::writeFile(document, dir.filePath(u"missing/api.json"_s), &error));
        QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
    }

    /// Set -> spec: every enabled route with an OpenAPI method is an operation, named by its id.
    void keepsEveryRouteOfTheTestSets_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "data/foo.mockbench.json", "data/format-rich.mockbench.json",
                 "data/format-v0.mockbench.json", "data/openapi-export/routes.mockbench.json" }) {
            QTest::addRow("%s", name) << QFINDTESTDATA(name);
        }
        const QDir samples(QFINDTESTDATA("data/mockoon/samples"));
        for (const QString &name : samples.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
            QTest::addRow("%s", qPrintable(name)) << samples.filePath(name);
        }
    }

    void keepsEveryRouteOfTheTestSets()
    {
        QFETCH(QString, file);
        const LoadResult loaded = AnyFormat::readFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        const OpenApiWriter::Result result = OpenApiWriter::write(loaded.routeSet);
        const QMap<QString, QString> ops = operations(result.document);
        const QStringList ids = ops.values();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        int described = 0;
        for (qsizetype i = 0; i < loaded.routeSet.routes.size(); ++i) {
            const Route &route = loaded.routeSet.routes.at(i);
            const QString place = u"routes[%1]"_s.arg(i);
            const bool reported =
                std::any_of(result.report.cbegin(), result.report.cend(), [&](const QString &line) {
                    return line.startsWith(place + u": "_s)
                        || line.startsWith(place + u".method"_s);
                });
            const bool named = ids.contains(route.id) || ids.contains(route.id + u"-get"_s)
                || ids.contains(route.id + u"-list"_s);
            // Each route is an operation of its own, or the report says why not.
            QVERIFY2(
                named || reported, qPrintable(place + u" "_s + route.method + u' ' + route.path));
            described += named ? 1 : 0;
        }
        qInfo("%s: %d of %d route(s) are operations of their own, %d operation(s), %d report "
              "line(s)",
            qPrintable(QFileInfo(file).fileName()), described, int(loaded.routeSet.routes.size()),
            int(ops.size()), int(result.report.size()));
    }

    /// Spec -> routes -> spec (through the OpenAPI reader): every operation of each OAI example
    /// document comes back on its method and path (under the base path the reader serves it
    /// at), with its operationId.
    void roundTripKeepsEveryOperation_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(QFINDTESTDATA("data/openapi/oai"), { u"*.json"_s, u"*.yaml"_s },
            QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QString file = it.next();
            // The petstore-separate documents' $refs lead out of their folder, which the
            // reader refuses.
            if (!file.contains(u"-separate/"_s)) {
                files.append(file);
            }
        }
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QTest::addRow("%s", qPrintable(file.section(u"/oai/"_s, 1))) << file;
        }
    }

    void roundTripKeepsEveryOperation()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        Import::YamlJson::Problem problem;
        const std::optional<QJsonValue> original = Import::YamlJson::parse(in.readAll(), &problem);
        QVERIFY2(original, qPrintable(problem.message));
        // (METHOD path) -> operationId of the original.
        QMap<QString, QString> expected;
        const QJsonObject paths = original->toObject().value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (op.key() == u"parameters" || !op.value().isObject()
                    || op.key().startsWith(u"x-"_s) || op.key() == u"summary"
                    || op.key() == u"description" || op.key() == u"servers") {
                    continue;
                }
                expected.insert(op.key().toUpper() + u' ' + path.key(),
                    op.value().toObject().value(u"operationId"_s).toString());
            }
        }
        const LoadResult loaded = AnyFormat::readFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
        const QMap<QString, QString> exported =
            operations(OpenApiWriter::write(loaded.routeSet).document);
        QCOMPARE(exported.size(), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString method = it.key().section(u' ', 0, 0);
            const QString path = it.key().section(u' ', 1);
            // The reader serves the paths under the spec's base path (basePath, servers[0]).
            QString found;
            for (auto e = exported.begin(); e != exported.end(); ++e) {
                if (e.key().section(u' ', 0, 0) == method
                    && e.key().section(u' ', 1).endsWith(path)) {
                    found = e.key();
                }
            }
            QVERIFY2(!found.isEmpty(), qPrintable(it.key() + u" is not exported"_s));
            if (!it.value().isEmpty()) {
                QCOMPARE(exported.value(found), it.value());
            }
        }
        qInfo("%s: %d operation(s) kept", qPrintable(QFileInfo(file).fileName()),
            int(expected.size()));
    }

    /// Set -> spec -> set: each route that is an operation of its own comes back with its id,
    /// method and path (parameters by name; their types as OpenAPI can say them).
    void roundTripKeepsRoutes_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "data/foo.mockbench.json", "data/format-v0.mockbench.json",
                 "data/format-rich.mockbench.json", "data/openapi-export/routes.mockbench.json" }) {
            QTest::addRow("%s", name) << QFINDTESTDATA(name);
        }
    }

    void roundTripKeepsRoutes()
    {
        QFETCH(QString, file);
        const RouteSet set = load(file);
        QVERIFY(!set.routes.isEmpty());
        QTemporaryDir dir;
        const QString spec = dir.filePath(u"api.yaml"_s);
        QString error;
        QVERIFY2(OpenApiWriter::writeFile(OpenApiWriter::write(set).document, spec, &error),
            qPrintable(error));
        const LoadResult back = AnyFormat::readFile(spec);
        QVERIFY2(back.ok(), qPrintable(back.errorStrings().join(u'\n')));
        QVERIFY(!back.format.isEmpty());
        static const QRegularExpression parameter(u"\\{\\*?([A-Za-z_][A-Za-z0-9_]*)(:[^/]*)?\\}"_s);
        const auto shape = [](QString path) { return path.replace(parameter, u"{\\1}"_s); };
        QMap<QString, const Route *> byId;
        for (const Route &route : back.routeSet.routes) {
            byId.insert(route.id, &route);
        }
        int kept = 0;
        const QStringList ids = operations(OpenApiWriter::write(set).document).values();
        static const QRegularExpression mockoonParameter(u":([A-Za-z0-9_]+)"_s);
        for (const Route &route : set.routes) {
            if (!ids.contains(route.id)) {
                continue; // reported: disabled, merged, a method OpenAPI lacks, or "*"
            }
            const Route *other = byId.value(route.id);
            QVERIFY2(other, qPrintable(route.id + u" did not come back"_s));
            QCOMPARE(other->method, route.method);
            const QString path = route.pathSyntax == Route::PathSyntax::Mockoon
                ? QString(route.path).replace(mockoonParameter, u"{\\1}"_s)
                : shape(route.path);
            QCOMPARE(shape(other->path), path);
            if (route.path.contains(u":int}"_s)) {
                QVERIFY2(other->path.contains(u":int}"_s), qPrintable(other->path));
            }
            ++kept;
        }
        QVERIFY(kept > 0);
        qInfo("%s: %d route(s) came back", qPrintable(QFileInfo(file).fileName()), kept);
    }
};

QTEST_GUILESS_MAIN(tst_OpenApiExport)
#include "tst_openapiexport.moc"
