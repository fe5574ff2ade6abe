// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mockoon environments through the program and the reader's diagnostics: `mockbench --convert
// ENV -o OUT` writes a route set that `mockbench --validate` takes; what MockBench cannot carry
// (data/mockoon/report, one thing each) gives exactly its report line(s), naming the place, from
// MockoonReader::read and on --convert's stderr; broken files (data/mockoon/bad) give one error
// line each that names the place, from the reader and from --validate (exit 1), and never crash.
#include "Import.h"
#include "MockoonReader.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary()
{
    return qEnvironmentVariable("MOCKBENCH_BINARY");
}

Run run(const QStringList &args)
{
    QProcess process;
    process.start(binary(), args);
    Run r;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dataDir(const QString &name)
{
    return QFINDTESTDATA(u"data/mockoon/"_s + name);
}

/// The lines of @p err that start with "@p file: ", without that prefix.
QStringList linesAbout(const QByteArray &err, const QString &file)
{
    QStringList out;
    const QString prefix = file + u": "_s;
    const QStringList lines = QString::fromLocal8Bit(err).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(prefix)) {
            out.append(line.mid(prefix.size()));
        }
    }
    return out;
}

/// The status of GET @p target from @p server (raw socket, Connection: close).
int statusOf(MockServer &server, const QByteArray &target)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(
        &socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    socket.write(
        "GET " + target + " HTTP/1.1\r\nHost: localhost:3000\r\nConnection: close\r\n\r\n");
    if (!closed.wait(10000)) {
        return -1;
    }
    received += socket.readAll();
    return received.split(' ').value(1).toInt();
}

} // namespace

class tst_MockoonConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void reportsWhatItCannotCarry_data();
    void reportsWhatItCannotCarry();
    void carriesProxyMode();
    void carriesTlsOptions();
    void convertPrintsTheReport_data();
    void convertPrintsTheReport();

    void convertedFileValidates_data();
    void convertedFileValidates();

    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void validateRefusesBrokenFiles_data();
    void validateRefusesBrokenFiles();
    void refusesEveryTruncation();
    void repairsAStringStatusCode();
    void unknownFormatNamesWhatWasExpected_data();
    void unknownFormatNamesWhatWasExpected();

private:
    void addReportRows();
    void addBadRows();
};

void tst_MockoonConvert::initTestCase()
{
    Import::registerFormats();
    QVERIFY2(!binary().isEmpty(), "MOCKBENCH_BINARY is not set (ctest sets it)");
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    QVERIFY(!dataDir(u"report"_s).isEmpty());
    QVERIFY(!dataDir(u"bad"_s).isEmpty());
}

void tst_MockoonConvert::addReportRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("report");
    const QDir dir(dataDir(u"report"_s));
    const auto row = [&dir](const char *name, const QStringList &lines) {
        QTest::newRow(name) << dir.absoluteFilePath(QLatin1String(name) + u".json"_s) << lines;
    };
    row("tls-pfx",
        { u"tlsOptions.pfxPath: a PKCS#12 bundle is not read: served with MockBench's generated "
          "certificate (openssl pkcs12 -in FILE -nodes splits it into a certificate and a key)"_s,
            u"tlsOptions.caPath: the CA file is not used: no client certificate is asked for, "
            "and the chain served is what the certificate file holds"_s });
    row("callbacks",
        { u"callbacks: 1 callback(s) defined: callbacks are not supported yet, none is called"_s,
            u"routes[0].responses[0].callbacks: callbacks are not supported yet: none is called"_s });
    row("websocket", { u"routes[1]: WebSocket route live is not supported yet: not served"_s });
    row("templated-filepath",
        { u"routes[0].responses[0].sendFileAsBody: false with a templated filePath: no "
          "Content-Disposition is sent (its file name is known only per request)"_s });
    row("bucket-request-helpers",
        { u"data[0].value: uses request helpers: filled once at load, without a request (Mockoon "
          "fills it at the first request that uses it)"_s });
    row("route-uuid",
        { u"routes[0].uuid: \"route-1\" is not a uuid: Mockoon gives the route a new one, so it "
          "comes after every other route"_s });
    row("endpoint-regex",
        { u"routes[0].endpoint: Mockoon cannot serve this endpoint (/user/:id{\\d+}: unexpected + "
          "at 12): the route never answers, so it is disabled"_s });
    row("status-range",
        { u"routes[0].responses[0].statusCode: 1000 is outside 100..999: served as 200, as "
          "Mockoon does"_s });
    row("faker-migration28",
        { u"lastMigration: 28: faker helpers written for Faker before version 8 are run with "
          "Faker 9's names, without Mockoon's renaming of old names"_s });
    row("no-migration",
        { u"lastMigration: missing: read as Mockoon's current format (Mockoon's CLI asks to "
          "repair such a file first)"_s });
}

void tst_MockoonConvert::reportsWhatItCannotCarry_data()
{
    addReportRows();
}

void tst_MockoonConvert::reportsWhatItCannotCarry()
{
    QFETCH(QString, file);
    QFETCH(QStringList, report);
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());

    const LoadResult direct = Import::MockoonReader::read(bytes, file);
    QVERIFY2(direct.ok(), qPrintable(direct.errorStrings().join(u'\n')));
    QCOMPARE(direct.report, report);

    // Every file-reading path goes through AnyFormat, which must find the format and keep the
    // report.
    const LoadResult any = AnyFormat::readFile(file);
    QVERIFY2(any.ok(), qPrintable(any.errorStrings().join(u'\n')));
    QCOMPARE(any.format, u"Mockoon environment"_s);
    QCOMPARE(any.report, report);
    QVERIFY(!any.routeSet.routes.isEmpty());
}

void tst_MockoonConvert::carriesTlsOptions()
{
    // tlsOptions with a certificate and key: HTTPS with those files (their paths as given,
    // relative to the environment's folder).
    const QByteArray bytes = readAll(dataDir(u"report"_s) + u"/tls.json"_s);
    QVERIFY(!bytes.isEmpty());
    const LoadResult loaded = Import::MockoonReader::read(bytes, u"tls.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.report, QStringList());
    QVERIFY(loaded.routeSet.tls);
    QCOMPARE(loaded.routeSet.tls->certificateFile, u"cert.pem"_s);
    QCOMPARE(loaded.routeSet.tls->keyFile, u"key.pem"_s);
    // What MockBench writes of it reads back the same.
    const LoadResult again = RouteSetFormat::fromJson(RouteSetFormat::toJson(loaded.routeSet));
    QVERIFY2(again.ok(), qPrintable(again.errorStrings().join(u'\n')));
    QCOMPARE(again.routeSet.tls, loaded.routeSet.tls);

    // A PKCS#12 bundle is not read: HTTPS still, with the generated certificate.
    const LoadResult pfx = Import::MockoonReader::read(
        readAll(dataDir(u"report"_s) + u"/tls-pfx.json"_s), u"tls-pfx.json"_s);
    QVERIFY(pfx.ok());
    QVERIFY(pfx.routeSet.tls);
    QVERIFY(pfx.routeSet.tls->certificateFile.isEmpty());
    QVERIFY(pfx.routeSet.tls->keyFile.isEmpty());
}

void tst_MockoonConvert::carriesProxyMode()
{
    // What no route answers goes to proxyHost (the set's proxy), as in Mockoon.
    QByteArray bytes = readAll(dataDir(u"report"_s) + u"/proxy-mode.json"_s);
    QVERIFY(!bytes.isEmpty());
    LoadResult loaded = Import::MockoonReader::read(bytes, u"proxy-mode.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.report, QStringList());
    QVERIFY(loaded.routeSet.proxy);
    QCOMPARE(loaded.routeSet.proxy->url, QUrl(u"https://upstream.test"_s));
    QCOMPARE(loaded.routeSet.proxy->stripPrefix, QString());

    // proxyRemovePrefix takes the endpointPrefix off; the headers go up and come back.
    bytes.replace("\"endpointPrefix\": \"\"", "\"endpointPrefix\": \"api/v1\"");
    bytes.replace("\"proxyRemovePrefix\": false", "\"proxyRemovePrefix\": true");
    bytes.replace(
        "\"proxyReqHeaders\": []", R"("proxyReqHeaders": [{"key": "X-Up", "value": "1"}])");
    bytes.replace(
        "\"proxyResHeaders\": []", R"("proxyResHeaders": [{"key": "X-Down", "value": "2"}])");
    loaded = Import::MockoonReader::read(bytes, u"proxy-mode.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    QCOMPARE(loaded.routeSet.proxy->stripPrefix, u"/api/v1"_s);
    QCOMPARE(loaded.routeSet.proxy->requestHeaders, (HeaderList { { u"X-Up"_s, { u"1"_s } } }));
    QCOMPARE(loaded.routeSet.proxy->responseHeaders, (HeaderList { { u"X-Down"_s, { u"2"_s } } }));

    // A host that is no URL: reported, proxy mode off.
    bytes.replace("\"https://upstream.test\"", "\"upstream.test:3000\"");
    loaded = Import::MockoonReader::read(bytes, u"proxy-mode.json"_s);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.routeSet.proxy);
    QCOMPARE(loaded.report.size(), 1);
    QVERIFY2(loaded.report.first().startsWith(
                 u"proxyHost: \"upstream.test:3000\" must be an absolute http or https URL"_s),
        qPrintable(loaded.report.first()));
}

void tst_MockoonConvert::convertPrintsTheReport_data()
{
    addReportRows();
}

void tst_MockoonConvert::convertPrintsTheReport()
{
    QFETCH(QString, file);
    QFETCH(QStringList, report);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(u"out.mockbench.json"_s);

    const Run converted = run({ u"--convert"_s, file, u"-o"_s, out });
    QVERIFY2(converted.exitCode == 0, converted.err.constData());
    const QString header = u"mockbench: %1 (Mockoon environment): %2 thing(s) not carried over as "
                           "they are:"_s.arg(file)
                               .arg(report.size());
    QVERIFY2(QString::fromLocal8Bit(converted.err).split(u'\n').contains(header),
        converted.err.constData());
    QCOMPARE(linesAbout(converted.err, file), report);
    QVERIFY2(QFileInfo(out).isFile(), "no output written");

    const Run validated = run({ u"--validate"_s, out });
    QVERIFY2(validated.exitCode == 0, validated.err.constData());
    QVERIFY2(validated.out.contains("valid (format 3"), validated.out.constData());
}

void tst_MockoonConvert::convertedFileValidates_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("filesDir"); ///< a folder the environment's file bodies are in
    QTest::addColumn<bool>("valid"); ///< false: templates that do not compile, on purpose
    const QString envs = dataDir(u"envs"_s);
    const QString samples = dataDir(u"samples"_s);
    QVERIFY(!envs.isEmpty() && !samples.isEmpty());
    for (const char *name : { "routing", "rules", "crud", "modes", "legacy1", "legacy10" }) {
        QTest::addRow("envs/%s", name)
            << QDir(envs).absoluteFilePath(QLatin1String(name) + u".json"_s) << QString() << true;
    }
    // These two answer Mockoon's errors for templates that do not parse: --validate refuses the
    // environment and its conversion alike, with the same lines.
    for (const char *name : { "bodies", "headers" }) {
        QTest::addRow("envs/%s", name)
            << QDir(envs).absoluteFilePath(QLatin1String(name) + u".json"_s)
            << QDir(envs).absoluteFilePath(u"files"_s) << false;
    }
    for (const char *name : { "iptwistcom", "generate-mock-data", "rate-limiting-examples",
             "validate-requests-payload-json-schema", "advanced-data-bucket-manipulation" }) {
        QTest::addRow("samples/%s", name)
            << QDir(samples).absoluteFilePath(QLatin1String(name) + u".json"_s) << QString()
            << true;
    }
    // Hand-written ones with a report.
    const QDir report(dataDir(u"report"_s));
    for (const char *name : { "callbacks", "websocket", "faker-migration28" }) {
        QTest::addRow("report/%s", name)
            << report.absoluteFilePath(QLatin1String(name) + u".json"_s) << QString() << true;
    }
}

void tst_MockoonConvert::convertedFileValidates()
{
    QFETCH(QString, environment);
    QFETCH(QString, filesDir);
    QFETCH(bool, valid);
    // The environment and its files copied to a folder of their own, so the route set is
    // written beside the files it names, as --convert asks.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString in = tmp.filePath(QFileInfo(environment).fileName());
    QVERIFY(QFile::copy(environment, in));
    if (!filesDir.isEmpty()) {
        QVERIFY(QDir(tmp.path()).mkdir(u"files"_s));
        const QDir source(filesDir);
        for (const QString &name : source.entryList(QDir::Files)) {
            QVERIFY(QFile::copy(source.filePath(name), tmp.filePath(u"files/"_s + name)));
        }
    }
    const QString out = tmp.filePath(u"converted.mockbench.json"_s);

    const Run converted = run({ u"--convert"_s, in, u"-o"_s, out });
    QVERIFY2(converted.exitCode == 0, converted.err.constData());
    QVERIFY2(!converted.err.contains("body files are found beside"), converted.err.constData());
    const Run validated = run({ u"--validate"_s, out });
    const LoadResult imported = AnyFormat::readFile(in);
    QVERIFY2(imported.ok(), qPrintable(imported.errorStrings().join(u'\n')));
    const LoadResult written = RouteSetFormat::readFile(out);
    QVERIFY2(written.ok(), qPrintable(written.errorStrings().join(u'\n')));
    QCOMPARE(written.routeSet.routes.size(), imported.routeSet.routes.size());
    if (valid) {
        QVERIFY2(validated.exitCode == 0, validated.err.constData());
        QCOMPARE(validated.out.trimmed(),
            u"%1: valid (format 3, %2 route(s))"_s.arg(out)
                .arg(imported.routeSet.routes.size())
                .toLocal8Bit());
    } else {
        const Run original = run({ u"--validate"_s, in });
        QCOMPARE(original.exitCode, 1);
        QCOMPARE(validated.exitCode, 1);
        QVERIFY(!linesAbout(validated.err, out).isEmpty());
        QCOMPARE(linesAbout(validated.err, out), linesAbout(original.err, in));
    }

    // Without -o the route set goes to stdout: the same as the file, data stores aside (each
    // run fills templated buckets anew: the clock and Faker move on).
    const Run toStdout = run({ u"--convert"_s, in });
    QCOMPARE(toStdout.exitCode, 0);
    QJsonObject printed = QJsonDocument::fromJson(toStdout.out).object();
    QJsonObject saved = QJsonDocument::fromJson(readAll(out)).object();
    QVERIFY(!printed.isEmpty());
    printed.remove(u"data"_s);
    saved.remove(u"data"_s);
    QCOMPARE(printed, saved);
}

void tst_MockoonConvert::addBadRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    const QDir dir(dataDir(u"bad"_s));
    const auto row = [&dir](const char *name, const QStringList &lines) {
        QTest::newRow(name) << dir.absoluteFilePath(QLatin1String(name) + u".json"_s) << lines;
    };
    row("routes-number", { u"routes: expected an array, got a number"_s });
    row("route-string", { u"routes[0]: expected an object, got a string"_s });
    row("endpoint-number", { u"routes[0].endpoint: expected a string, got a number"_s });
    row("responses-object", { u"routes[0].responses: expected an array, got an object"_s });
    row("headers-string", { u"routes[0].responses[0].headers: expected an array, got a string"_s });
    row("data-number", { u"data[0]: expected an object, got a number"_s });
    row("rootchildren-string", { u"rootChildren: expected an array, got a string"_s });
    row("rules-number", { u"routes[0].responses[0].rules[0]: expected an object, got a number"_s });
    row("migration-newer",
        { u"lastMigration: 34 is newer than Mockoon 9.9.0's 33: this environment needs a newer "
          "Mockoon"_s });
    row("migration-string", { u"lastMigration: expected a whole number, got a string"_s });
}

void tst_MockoonConvert::refusesBrokenFiles_data()
{
    addBadRows();
}

void tst_MockoonConvert::refusesBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());

    const LoadResult direct = Import::MockoonReader::read(bytes, file);
    QCOMPARE(direct.errorStrings(), errors);
    const LoadResult any = AnyFormat::readFile(file);
    QCOMPARE(any.format, u"Mockoon environment"_s);
    QCOMPARE(any.errorStrings(), errors);
}

void tst_MockoonConvert::validateRefusesBrokenFiles_data()
{
    addBadRows();
    // Cut short: not JSON, so no format is found; the error names where the text breaks off.
    const QDir dir(dataDir(u"bad"_s));
    for (const char *name : { "truncated-1", "truncated-700", "truncated-2000" }) {
        QTest::newRow(name) << dir.absoluteFilePath(QLatin1String(name) + u".json"_s)
                            << QStringList();
    }
}

void tst_MockoonConvert::validateRefusesBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const Run validated = run({ u"--validate"_s, file });
    QCOMPARE(validated.exitCode, 1);
    QVERIFY2(validated.out.isEmpty(), validated.out.constData());
    const QStringList lines = linesAbout(validated.err, file);
    if (errors.isEmpty()) {
        // A truncated file: exactly one line, which says where the JSON breaks off.
        QCOMPARE(lines.size(), 1);
        static const QRegularExpression place(u"^line [0-9]+, column [0-9]+: invalid JSON: .+"_s);
        QVERIFY2(place.match(lines.first()).hasMatch(), qPrintable(lines.first()));
    } else {
        QCOMPARE(lines, errors);
    }
    // Every stderr line is one of those (no stray output, no crash report).
    QCOMPARE(QString::fromLocal8Bit(validated.err).split(u'\n', Qt::SkipEmptyParts).size(),
        lines.size());

    const Run converted = run({ u"--convert"_s, file });
    QCOMPARE(converted.exitCode, 1);
    QVERIFY(converted.out.isEmpty());
    QCOMPARE(linesAbout(converted.err, file), lines);
}

void tst_MockoonConvert::refusesEveryTruncation()
{
    // A sample cut at every 41st byte: one error each from the reader, which says the JSON
    // does not parse; through AnyFormat an error too, never a route set.
    const QString file = dataDir(u"samples/iptwistcom.json"_s);
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > 1000);
    int cuts = 0;
    for (qsizetype cut = 0; cut < bytes.size() - 2; cut += 41) {
        const QByteArray part = bytes.left(cut);
        const LoadResult direct = Import::MockoonReader::read(part, file);
        QVERIFY2(direct.errors.size() == 1, qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY2(direct.errors.first().message.startsWith(u"not a Mockoon environment: "_s),
            qPrintable(direct.errors.first().toString()));
        QVERIFY(direct.routeSet.routes.isEmpty());
        const LoadResult any = AnyFormat::fromBytes(part, file);
        QVERIFY2(!any.ok(), qPrintable(u"cut at %1 loads"_s.arg(cut)));
        QVERIFY(any.routeSet.routes.isEmpty());
        for (const FormatError &error : any.errors) {
            QVERIFY(!error.message.isEmpty());
        }
        ++cuts;
    }
    QVERIFY(cuts > 20);
}

void tst_MockoonConvert::repairsAStringStatusCode()
{
    // Mockoon's schema fails a statusCode that is not a number over to 200 and serves the
    // route (README: "invalid values fail over to defaults ..., never an error").
    const QString file = dataDir(u"bad/statuscode-string.json"_s);
    const LoadResult loaded = AnyFormat::readFile(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(u'\n')));
    MockServer server;
    server.setRouteSet(loaded.routeSet);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(statusOf(server, "/hello"), 200);
    QVERIFY2(loaded.report.join(u'\n').contains(u"statusCode: \"abc\" is not a number"_s),
        qPrintable(loaded.report.join(u'\n')));
}

void tst_MockoonConvert::unknownFormatNamesWhatWasExpected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("another tool's object") << QByteArray(R"({"asyncapi": "2.6.0", "info": {}})");
    QTest::newRow("an array") << QByteArray("[1, 2]");
}

void tst_MockoonConvert::unknownFormatNamesWhatWasExpected()
{
    // Every path that reads a file (here AnyFormat, --validate and --convert) names the formats
    // it knows when the content is none of them.
    QFETCH(QByteArray, content);
    const QString expected = u"not a known format: expected a MockBench route set (a JSON object "
                             "with \"routes\"), or a Mockoon environment (a JSON object with "
                             "\"lastMigration\" and \"routes\"), or an OpenAPI 3.0/3.1 or "
                             "Swagger 2.0 document (JSON or YAML with \"openapi\" or \"swagger\": "
                             "\"2.0\"), or WireMock stub mappings (an object with \"request\" and "
                             "\"response\", or \"mappings\"; a folder with mappings/ or "
                             "__files/), or a HAR 1.2 file (a JSON object with \"log\": "
                             "{\"entries\": [...]}), or a Postman collection v2.0/v2.1 (a "
                             "JSON object with info.schema and \"item\")"_s;
    const LoadResult loaded = AnyFormat::fromBytes(content, QString(), QDir::tempPath());
    QCOMPARE(loaded.errorStrings(), QStringList { expected });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"unknown.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(content) == content.size());
    out.close();
    for (const QString &mode : { u"--validate"_s, u"--convert"_s }) {
        const Run r = run({ mode, file });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromLocal8Bit(r.err).trimmed(), file + u": "_s + expected);
        QVERIFY(r.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_MockoonConvert)
#include "tst_mockoonconvert.moc"
