// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/RouteSetFormat.h"
#include "model/RouteSet.h"
#include "model/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace MockBench {
// Lets QCOMPARE show a differing route set as the JSON it would save.
char *toString(const RouteSet &set)
{
    return qstrdup(RouteSetFormat::toJson(set).constData());
}
} // namespace MockBench

namespace {

// The documents below put the piece under test after two valid routes (and a route's
// response after a valid response), so the reported paths also prove the indices are right.
QByteArray withRoute(const QByteArray &route)
{
    return R"({"mockbench": 1, "routes": [
        {"path": "/a", "responses": [{"status": 200}]},
        {"path": "/b", "responses": [{"status": 200}]},
        )"
        + route + "]}";
}

QByteArray withResponse(const QByteArray &response)
{
    return withRoute(R"({"path": "/c", "responses": [{"status": 200}, )" + response + "]}");
}

QByteArray withMatch(const QByteArray &conditions)
{
    return withRoute(R"({"path": "/c", "match": )" + conditions + R"(, "responses": [{}]})");
}

QByteArray withWhen(const QByteArray &conditions)
{
    return withResponse(R"({"status": 200, "when": )" + conditions + "}");
}

QString testData(const QString &name)
{
    return QFINDTESTDATA(u"data/"_s + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Every response mode the model can name, found by walking the enum until a name is empty.
QStringList modelResponseModes()
{
    QStringList names;
    for (int i = 0;; ++i) {
        const QString name = Route::modeName(Route::ResponseMode(i));
        if (name.isEmpty()) {
            return names;
        }
        names.append(name);
    }
}

#ifdef Q_OS_UNIX
/// Makes every file write beyond @p bytes fail (like a full disk) until destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the process
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_saved {};
    void (*m_savedHandler)(int) = nullptr;
    bool m_active = false;
};
#endif

} // namespace

// The test bodies follow the class: moc 6.4 misreads some raw string literals (the JSON
// documents below) inside a class body and then finds no class to process at all.
class tst_RouteSetFormat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bodyFileDir; // <tmp>/outside.txt and the route set folder <tmp>/set
    QJsonObject m_schema;

    QString setFolder() const { return m_bodyFileDir.filePath(u"set"_s); }

    static QString errorsOf(const LoadResult &result) { return result.errorStrings().join(u"\n"); }

    static QJsonObject schemaObject(const QJsonObject &schema, const QString &def)
    {
        return def.isEmpty() ? schema : schema.value(u"$defs"_s).toObject().value(def).toObject();
    }

private Q_SLOTS:
    void initTestCase();

    // --- Loading and saving -------------------------------------------------------------------

    void loadsEveryFeatureOfRichFile();
    void loadsEveryFeatureOfVersion3File();
    void loadsVersion2FileUnchanged();
    void roundTripGivesEqualRouteSet_data();
    void roundTripGivesEqualRouteSet();
    void roundTripKeepsVersion3FieldsBuiltInCode();
    void roundTripKeepsProxies();
    void roundTripKeepsTlsAndCorsModes();
    void savesWhatWasLoaded_data();
    void savesWhatWasLoaded();
    void leavesVersion3DefaultsOut();
    void keepsUnknownKeysOnSave();
    void normalisesMethodToUpperCase();
    void savesRepeatedHeaderEntriesAsOneList();
    void savedRouteWithoutIdLoadsBack();

    // --- Validation -------------------------------------------------------------------------

    void reportsValidationError_data();
    void reportsValidationError();
    void reportsMockoonPathThatDoesNotCompile();
    void acceptsMissingBodyFileThatAnswers404();
    void reportsAllErrorsOfOneFile();
    void refusesNewerFormatVersion_data();
    void refusesNewerFormatVersion();
    void migratesVersion0File();
    void reportsLineAndColumnOfInvalidJson_data();
    void reportsLineAndColumnOfInvalidJson();
    void checksBodyFile_data();
    void checksBodyFile();
    void reportsDuplicateIds();
    void generatesMissingIds();
    void acceptsMethodTokens_data();
    void acceptsMethodTokens();

    // --- JSON Schema ------------------------------------------------------------------------

    void schemaListsTheKeysTheLoaderKnows_data();
    void schemaListsTheKeysTheLoaderKnows();
    void schemaResponseModesMatchLoader();
    void schemaMatchersMatchLoader();
    void schemaRuleNamesMatchModel();
    void schemaChoicesMatchLoader_data();
    void schemaChoicesMatchLoader();
    void schemaVersionIsCurrentVersion();

    // --- Files ------------------------------------------------------------------------------

    void writeFileFailsForMissingDirectory();
    void failedWriteLeavesExistingFileUntouched();
    void writtenFileLoadsBackEqual();
    void readFileReportsMissingFile();

    // --- RouteSet conveniences --------------------------------------------------------------

    void builtInExampleServesGetFoo();
    void fromFileListsErrorsAsPathAndMessage();
};

void tst_RouteSetFormat::initTestCase()
{
    QVERIFY(m_bodyFileDir.isValid());
    const QDir root(m_bodyFileDir.path());
    QVERIFY(root.mkpath(u"set/sub"_s));
    QVERIFY(writeAll(root.filePath(u"outside.txt"_s), "secret\n"));
    QVERIFY(writeAll(root.filePath(u"set/inside.txt"_s), "inside\n"));
    QVERIFY(writeAll(root.filePath(u"set/sub/deeper.txt"_s), "deeper\n"));
    QVERIFY(QFile::link(root.filePath(u"outside.txt"_s), root.filePath(u"set/escape.txt"_s)));
    QVERIFY(QFile::link(u"inside.txt"_s, root.filePath(u"set/alias.txt"_s)));

    QFile schemaFile(u":/mockbench/mockbench.schema.json"_s);
    QVERIFY2(schemaFile.open(QIODevice::ReadOnly), qPrintable(schemaFile.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaFile.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    m_schema = doc.object();
}

void tst_RouteSetFormat::loadsEveryFeatureOfRichFile()
{
    const LoadResult result = RouteSetFormat::readFile(testData(u"format-rich.mockbench.json"_s));
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sourceVersion, 2);
    const RouteSet &set = result.routeSet;
    QCOMPARE(set.name, u"Every feature of format version 2"_s);
    QCOMPARE(set.chaos.seed, std::optional<quint64>(42));
    QVERIFY(set.chaos.latency);
    QCOMPARE(set.chaos.latency->distribution, Latency::Distribution::Uniform);
    QCOMPARE(set.routes.size(), 3);

    const Route &item = set.routes.at(0);
    QCOMPARE(item.id, u"get-item"_s);
    QVERIFY(item.enabled);
    QCOMPARE(item.method, u"GET"_s);
    QCOMPARE(item.path, u"/items/{id:int}"_s);
    QCOMPARE(item.responseMode, Route::ResponseMode::Rules);
    QCOMPARE(item.match.query.size(), 2);
    QVERIFY(item.match.query.contains({ u"page"_s, ValueMatcher::regex(u"[0-9]+"_s) }));
    QVERIFY(item.match.query.contains({ u"sort"_s, ValueMatcher::exact(u"asc"_s) }));
    QCOMPARE(item.match.headers.size(), 1);
    QCOMPARE(item.match.headers.first().first, u"Accept"_s);
    QVERIFY(item.match.headers.first().second == ValueMatcher::contains(u"json"_s));
    QVERIFY(!item.match.body);
    QCOMPARE(item.chaos.errorRate, std::optional<double>(0.5));
    QCOMPARE(item.chaos.latency, std::optional<Latency>(Latency::fixed(100)));
    QCOMPARE(item.responses.size(), 2);

    const Response &ok = item.responses.at(0);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.reason, u"Fine Thanks"_s);
    QCOMPARE(ok.headerValues(u"content-type"_s), QStringList { u"application/json"_s });
    QCOMPARE(ok.headerValues(u"Set-Cookie"_s), (QStringList { u"a=1"_s, u"b=2"_s }));
    QCOMPARE(ok.bodySource, Response::BodySource::Text);
    QCOMPARE(ok.body, u"{\"id\": {{ params.id }}}"_s);
    QVERIFY(ok.when);
    QVERIFY(ok.when->query.contains({ u"page"_s, ValueMatcher::exact(u"1"_s) }));

    const Response &notFound = item.responses.at(1);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.bodySource, Response::BodySource::Json);
    QCOMPARE(notFound.json.toObject().value(u"codes"_s).toArray().size(), 4);
    QVERIFY(!notFound.when);

    const Route &order = set.routes.at(1);
    QVERIFY(!order.enabled);
    QCOMPARE(order.method, u"POST"_s);
    QCOMPARE(order.responseMode, Route::ResponseMode::Sequential);
    QVERIFY(order.match.body);
    QCOMPARE(order.match.body->kind(), ValueMatcher::Kind::Json);
    QCOMPARE(order.match.body->jsonSubset().toObject().value(u"kind"_s).toString(), u"order"_s);
    QCOMPARE(order.responses.at(0).bodySource, Response::BodySource::File);
    QCOMPARE(order.responses.at(0).bodyFile, u"format-body.txt"_s);
    QCOMPARE(order.responses.at(1).json, QJsonValue(QJsonArray { 1, u"two"_s }));

    const Route &echo = set.routes.at(2);
    QCOMPARE(echo.method, u"*"_s);
    QVERIFY(echo.scenario);
    QCOMPARE(echo.scenario->name, u"echo"_s);
    QCOMPARE(echo.scenario->requiredState, std::optional<QString>(u"Started"_s));
    QCOMPARE(echo.scenario->newState, std::optional<QString>(u"echoed"_s));
    QCOMPARE(set.data.value(u"config"_s).toObject().value(u"mode"_s).toString(), u"test"_s);
    QCOMPARE(echo.responseMode, Route::ResponseMode::Random);
    QVERIFY(echo.match.body);
    QVERIFY(*echo.match.body == ValueMatcher::regex(u"hello.*"_s));
    QCOMPARE(echo.responses.size(), 3);
    QCOMPARE(echo.responses.at(0).bodySource, Response::BodySource::Text);
    QVERIFY(echo.responses.at(0).body.isEmpty());
    QVERIFY(echo.responses.at(0).when);
    QVERIFY(echo.responses.at(0).when->body == ValueMatcher::contains(u"x"_s));
    QVERIFY(echo.responses.at(1).when->body == ValueMatcher::exact(u"ping"_s));
    QCOMPARE(echo.responses.at(2).bodySource, Response::BodySource::None);
}

void tst_RouteSetFormat::loadsEveryFeatureOfVersion3File()
{
    const LoadResult result = RouteSetFormat::readFile(testData(u"format-v3.mockbench.json"_s));
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sourceVersion, 3);
    const RouteSet &set = result.routeSet;
    QCOMPARE(set.cors, RouteSet::Cors::On);
    QCOMPARE(set.headers,
        (HeaderList { { u"Vary"_s, { u"Accept"_s, u"Origin"_s } },
            { u"X-Powered-By"_s, { u"MockBench"_s } } }));
    QVERIFY(set.notFound);
    QCOMPARE(set.notFound->status, 404);
    QCOMPARE(set.notFound->reason, u"Nothing Here"_s);
    QCOMPARE(set.notFound->body, u"no route takes {{ path }}"_s);
    QCOMPARE(set.routes.size(), 2);

    const Route &user = set.routes.at(0);
    QCOMPARE(user.pathSyntax, Route::PathSyntax::Mockoon);
    QCOMPARE(user.path, u"/users/:id"_s);
    QVERIFY(user.fallthrough);
    QCOMPARE(user.responseMode, Route::ResponseMode::Rules);
    QVERIFY(user.match.any);
    QCOMPARE(user.match.headers.size(), 1);
    QCOMPARE(user.match.rules.size(), 6);
    MatchRule mode;
    mode.target = MatchRule::Target::Header;
    mode.name = u"X-Mode"_s;
    mode.op = MatchRule::Operator::RegexI;
    mode.value = u"^(a|b)$"_s;
    QCOMPARE(user.match.rules.at(0), mode);
    MatchRule debug;
    debug.target = MatchRule::Target::Query;
    debug.name = u"debug"_s;
    debug.op = MatchRule::Operator::Null;
    debug.invert = true;
    QCOMPARE(user.match.rules.at(1), debug);
    // Left out, a rule's op is equals, its name and value empty, and it is not inverted.
    MatchRule method;
    method.target = MatchRule::Target::Method;
    method.value = u"get"_s;
    QCOMPARE(user.match.rules.at(4), method);

    const Response &found = user.responses.at(0);
    QCOMPARE(found.bodySource, Response::BodySource::Data);
    QCOMPARE(found.bodyData, u"users"_s);
    QVERIFY(!found.isDefault);
    QCOMPARE(found.latency, Latency::uniform(10, 50));
    QVERIFY(found.when);
    QVERIFY(!found.when->any);
    QCOMPARE(found.when->rules.size(), 7);
    QStringList targets;
    for (const MatchRule &rule : found.when->rules) {
        targets.append(MatchRule::targetName(rule.target));
    }
    QCOMPARE(targets,
        (QStringList { u"param"_s, u"body"_s, u"requestNumber"_s, u"global"_s, u"data"_s,
            u"template"_s, u"query"_s }));
    QCOMPARE(found.when->rules.at(1).op, MatchRule::Operator::Schema);
    QCOMPARE(found.when->rules.at(1).value, u"userSchema"_s);
    QCOMPARE(found.when->rules.at(6).op, MatchRule::Operator::ArrayIncludes);

    const Response &missing = user.responses.at(1);
    QVERIFY(missing.isDefault);
    QCOMPARE(missing.bodySource, Response::BodySource::File);
    QVERIFY(missing.templateFile);
    QCOMPARE(missing.missingFile, Response::MissingFile::NotFound);
    QCOMPARE(missing.latency, Latency::fixed(250));
    QCOMPARE(user.defaultResponseIndex(), 1);

    const Route &always = set.routes.at(1);
    QCOMPARE(always.pathSyntax, Route::PathSyntax::Template);
    QCOMPARE(always.responseMode, Route::ResponseMode::Default);
    QVERIFY(!always.fallthrough);
    QVERIFY(always.responses.at(0).when);
    QVERIFY(always.responses.at(0).when->any);
    QVERIFY(always.responses.at(0).when->rules.isEmpty());
    QCOMPARE(always.responses.at(0).missingFile, Response::MissingFile::Error);
    QCOMPARE(always.responses.at(1).latency, Latency::lognormal(20, 0.5, 200));
    QCOMPARE(always.defaultResponseIndex(), 1);
}

void tst_RouteSetFormat::loadsVersion2FileUnchanged()
{
    // Version 3 only adds keys: a version 2 document means what it meant, and is saved as 3.
    const QString file = testData(u"format-rich.mockbench.json"_s);
    const LoadResult v2 = RouteSetFormat::readFile(file);
    QVERIFY2(v2.ok(), qPrintable(errorsOf(v2)));
    QCOMPARE(v2.sourceVersion, 2);
    QJsonObject relabelled = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(relabelled.value(u"mockbench"_s), QJsonValue(2));
    relabelled.insert(u"mockbench"_s, 3);
    const LoadResult v3 =
        RouteSetFormat::fromJson(QJsonDocument(relabelled).toJson(), v2.routeSet.baseDir);
    QVERIFY2(v3.ok(), qPrintable(errorsOf(v3)));
    QCOMPARE(v3.sourceVersion, 3);
    QCOMPARE(v2.routeSet, v3.routeSet);
    for (const Route &route : v2.routeSet.routes) {
        QCOMPARE(route.pathSyntax, Route::PathSyntax::Template);
        QVERIFY(!route.fallthrough);
        QCOMPARE(route.defaultResponseIndex(), -1);
    }
    QCOMPARE(v2.routeSet.cors, RouteSet::Cors::Off);
    QVERIFY(v2.routeSet.headers.isEmpty());
    QVERIFY(!v2.routeSet.notFound);
    const QJsonObject saved = QJsonDocument::fromJson(RouteSetFormat::toJson(v2.routeSet)).object();
    QCOMPARE(saved.value(u"mockbench"_s), QJsonValue(3));
}

void tst_RouteSetFormat::roundTripGivesEqualRouteSet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("every feature") << testData(u"format-rich.mockbench.json"_s);
    QTest::addRow("every version 3 feature") << testData(u"format-v3.mockbench.json"_s);
    QTest::addRow("migrated version 0") << testData(u"format-v0.mockbench.json"_s);
    QTest::addRow("foo service") << testData(u"foo.mockbench.json"_s);
    QTest::addRow("built-in example") << u":/mockbench/example.mockbench.json"_s;
}

void tst_RouteSetFormat::roundTripGivesEqualRouteSet()
{
    QFETCH(QString, file);
    const LoadResult loaded = RouteSetFormat::readFile(file);
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    QVERIFY(!loaded.routeSet.routes.isEmpty());

    const QByteArray saved = RouteSetFormat::toJson(loaded.routeSet);
    const LoadResult reloaded = RouteSetFormat::fromJson(saved, loaded.routeSet.baseDir);
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.sourceVersion, RouteSetFormat::CurrentVersion);
    QCOMPARE(reloaded.routeSet, loaded.routeSet);
    // Saving again must not reorder or reformat anything, or every save would show in diffs.
    QCOMPARE(RouteSetFormat::toJson(reloaded.routeSet), saved);
}

void tst_RouteSetFormat::roundTripKeepsVersion3FieldsBuiltInCode()
{
    // What an importer builds, with every version 3 field away from its default.
    MatchRule rule;
    rule.target = MatchRule::Target::Cookie;
    rule.name = u"session"_s;
    rule.op = MatchRule::Operator::Regex;
    rule.value = u"^s[0-9]+$"_s;
    rule.invert = true;
    MatchConditions when;
    when.rules = { rule };
    when.any = true;
    Response data;
    data.bodySource = Response::BodySource::Data;
    data.bodyData = u"users"_s;
    data.when = when;
    data.latency = Latency::fixed(5);
    Response file;
    file.bodySource = Response::BodySource::File;
    file.bodyFile = u"missing.json"_s;
    file.templateFile = true;
    file.missingFile = Response::MissingFile::NotFound;
    file.isDefault = true;
    Route route = Route::get(u"/users/:id?"_s).withId(u"user"_s).respond(data).respond(file);
    route.pathSyntax = Route::PathSyntax::Mockoon;
    route.fallthrough = true;
    Route always = Route::get(u"/always"_s).withId(u"always"_s).respond(204);
    always.responseMode = Route::ResponseMode::Default;
    RouteSet set;
    set.add(route).add(always);
    set.cors = RouteSet::Cors::PreflightOnly;
    // In name order: a JSON object keeps no other.
    set.headers = { { u"Set-Cookie"_s, { u"a=1"_s, u"b=2"_s } }, { u"X-Env"_s, { u"test"_s } } };
    set.notFound = Response::text(418, u"teapot"_s);
    QCOMPARE(set.validate(), FormatErrors());

    const LoadResult reloaded = RouteSetFormat::fromJson(RouteSetFormat::toJson(set));
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.routeSet, set);
}

void tst_RouteSetFormat::roundTripKeepsProxies()
{
    ProxyTarget target;
    target.url = QUrl(u"https://api.example.com/base"_s);
    target.stripPrefix = u"/api"_s;
    target.requestHeaders = { { u"Authorization"_s, { u"Bearer t"_s } } };
    target.removeRequestHeaders = { u"Cookie"_s };
    target.responseHeaders = { { u"X-Via"_s, { u"mockbench"_s } } };
    target.timeoutMs = 2500;
    target.insecure = true;
    RouteSet set;
    set.add(Route::get(u"/api/{*rest}"_s).withId(u"up"_s).proxyTo(QUrl(u"http://127.0.0.1:9/"_s)));
    set.proxy = target;
    QVERIFY2(set.validate().isEmpty(), qPrintable(set.validate().value(0).message));
    const QByteArray json = RouteSetFormat::toJson(set);
    // A forwarding route needs no responses, and none are written.
    QVERIFY2(!json.contains("\"responses\""), json.constData());
    const LoadResult reloaded = RouteSetFormat::fromJson(json);
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.routeSet, set);
    QCOMPARE(RouteSetFormat::toJson(reloaded.routeSet), json);
}

void tst_RouteSetFormat::roundTripKeepsTlsAndCorsModes()
{
    for (const auto cors :
        { RouteSet::Cors::On, RouteSet::Cors::PreflightOnly, RouteSet::Cors::Off }) {
        for (const bool files : { false, true }) {
            RouteSet set;
            set.cors = cors;
            RouteSet::Tls tls;
            if (files) {
                tls.certificateFile = u"certs/server.crt"_s;
                tls.keyFile = u"certs/server.key"_s;
            }
            set.tls = tls;
            const QByteArray json = RouteSetFormat::toJson(set);
            QCOMPARE(
                json.contains("\"cors\": \"preflight\""), cors == RouteSet::Cors::PreflightOnly);
            QCOMPARE(json.contains("\"cors\": true"), cors == RouteSet::Cors::On);
            const LoadResult reloaded = RouteSetFormat::fromJson(json);
            QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
            QCOMPARE(reloaded.routeSet, set);
        }
    }
}

void tst_RouteSetFormat::savesWhatWasLoaded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("version 2") << testData(u"format-rich.mockbench.json"_s);
    QTest::addRow("version 3") << testData(u"format-v3.mockbench.json"_s);
}

void tst_RouteSetFormat::savesWhatWasLoaded()
{
    // The rich files are written in canonical form (every default spelled out the way the
    // writer spells it), so nothing may be lost, added or changed on the way through but the
    // version number.
    QFETCH(QString, file);
    const LoadResult loaded = RouteSetFormat::readFile(file);
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    QJsonObject current = QJsonDocument::fromJson(readAll(file)).object();
    QVERIFY(!current.isEmpty());
    current.insert(u"mockbench"_s, RouteSetFormat::CurrentVersion);
    const QJsonDocument original(current);
    const QJsonDocument saved = QJsonDocument::fromJson(RouteSetFormat::toJson(loaded.routeSet));
    QVERIFY(saved.isObject());
    QVERIFY2(saved == original,
        qPrintable(u"saved:\n%1\noriginal:\n%2"_s.arg(
            compact(saved.object()), compact(original.object()))));
}

void tst_RouteSetFormat::leavesVersion3DefaultsOut()
{
    // A set that uses nothing new saves exactly as version 2 wrote it, but for the number.
    const LoadResult loaded = RouteSetFormat::fromJson(withResponse(R"({"status": 200,
        "default": false, "templateFile": false, "missingFile": "error", "latency": 0,
        "when": {"combine": "all", "rules": []}})"));
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    const QJsonObject saved =
        QJsonDocument::fromJson(RouteSetFormat::toJson(loaded.routeSet)).object();
    QCOMPARE(saved.keys(), (QStringList { u"mockbench"_s, u"routes"_s }));
    const QJsonObject route = saved.value(u"routes"_s).toArray().at(2).toObject();
    QCOMPARE(route.keys(),
        (QStringList { u"enabled"_s, u"id"_s, u"method"_s, u"path"_s, u"responses"_s }));
    const QJsonObject response = route.value(u"responses"_s).toArray().at(1).toObject();
    QCOMPARE(response.keys(), (QStringList { u"status"_s, u"when"_s }));
    QCOMPARE(response.value(u"when"_s), QJsonValue(QJsonObject()));
}

void tst_RouteSetFormat::keepsUnknownKeysOnSave()
{
    const LoadResult loaded = RouteSetFormat::readFile(testData(u"format-rich.mockbench.json"_s));
    QVERIFY2(loaded.ok(), qPrintable(errorsOf(loaded)));
    const QJsonObject editor { { u"zoom"_s, 1.5 },
        { u"columns"_s, QJsonArray { u"method"_s, u"path"_s, u"status"_s } } };
    QCOMPARE(loaded.routeSet.extra, (QJsonObject { { u"x-editor"_s, editor } }));
    QCOMPARE(
        loaded.routeSet.routes.at(0).extra, (QJsonObject { { u"x-note"_s, u"kept on save"_s } }));
    QCOMPARE(
        loaded.routeSet.routes.at(0).responses.at(0).extra, (QJsonObject { { u"x-weight"_s, 3 } }));

    const QJsonObject saved =
        QJsonDocument::fromJson(RouteSetFormat::toJson(loaded.routeSet)).object();
    QCOMPARE(saved.value(u"x-editor"_s), QJsonValue(editor));
    const QJsonObject route = saved.value(u"routes"_s).toArray().at(0).toObject();
    QCOMPARE(route.value(u"x-note"_s), QJsonValue(u"kept on save"_s));
    const QJsonObject response = route.value(u"responses"_s).toArray().at(0).toObject();
    QCOMPARE(response.value(u"x-weight"_s), QJsonValue(3));
    QCOMPARE(response.value(u"status"_s), QJsonValue(200));
}

void tst_RouteSetFormat::normalisesMethodToUpperCase()
{
    const LoadResult result = RouteSetFormat::fromJson(
        R"({"mockbench": 1, "routes": [{"method": "patch", "path": "/a", "responses": [{}]}]})");
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.routeSet.routes.at(0).method, u"PATCH"_s);
    QCOMPARE(result.routeSet.routes.at(0).responses.at(0).status, 200);
}

void tst_RouteSetFormat::savesRepeatedHeaderEntriesAsOneList()
{
    // A response built in code may list the same header twice; both values must survive.
    RouteSet set;
    set.add(Route::get(u"/login"_s)
                .withId(u"login"_s)
                .respond(200, u"hi"_s,
                    { { u"Set-Cookie"_s, { u"a=1"_s } }, { u"Set-Cookie"_s, { u"b=2"_s } },
                        { u"X-One"_s, { u"1"_s } } }));
    const LoadResult reloaded = RouteSetFormat::fromJson(RouteSetFormat::toJson(set));
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    const Response &response = reloaded.routeSet.routes.at(0).responses.at(0);
    QCOMPARE(response.headerValues(u"Set-Cookie"_s), (QStringList { u"a=1"_s, u"b=2"_s }));
    QCOMPARE(response.headerValues(u"X-One"_s), QStringList { u"1"_s });
}

void tst_RouteSetFormat::savedRouteWithoutIdLoadsBack()
{
    RouteSet set;
    set.add(Route::get(u"/no-id"_s).respond(204));
    const LoadResult reloaded = RouteSetFormat::fromJson(RouteSetFormat::toJson(set));
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.routeSet.routes.size(), 1);
    QCOMPARE(reloaded.routeSet.routes.at(0).id, u"route-1"_s);
    QCOMPARE(reloaded.routeSet.routes.at(0).path, u"/no-id"_s);
}

void tst_RouteSetFormat::reportsValidationError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    // Document
    QTest::addRow("document is an array")
        << QByteArray("[1]") << u"(root)"_s << u"must be a JSON object"_s;
    QTest::addRow("version missing")
        << QByteArray(R"({"routes": []})") << u"mockbench"_s
        << u"missing: not a MockBench route set (expected \"mockbench\": %1)"_s.arg(
               RouteSetFormat::CurrentVersion);
    const QString badVersion = u"must be a format version number"_s;
    QTest::addRow("version is a string")
        << QByteArray(R"({"mockbench": "1", "routes": []})") << u"mockbench"_s << badVersion;
    QTest::addRow("version is a fraction")
        << QByteArray(R"({"mockbench": 1.5, "routes": []})") << u"mockbench"_s << badVersion;
    QTest::addRow("version is negative")
        << QByteArray(R"({"mockbench": -1, "routes": []})") << u"mockbench"_s << badVersion;
    QTest::addRow("name is a number") << QByteArray(R"({"mockbench": 1, "name": 7, "routes": []})")
                                      << u"name"_s << u"must be a string, not a number"_s;
    QTest::addRow("chaos is an array")
        << QByteArray(R"({"mockbench": 1, "chaos": [1], "routes": []})") << u"chaos"_s
        << u"must be an object, not an array"_s;
    QTest::addRow("routes missing") << QByteArray(R"({"mockbench": 1})") << u"routes"_s
                                    << u"is required (an array, possibly empty)"_s;
    QTest::addRow("routes is an object") << QByteArray(R"({"mockbench": 1, "routes": {}})")
                                         << u"routes"_s << u"must be an array, not an object"_s;
    QTest::addRow("version 0 without routes") << QByteArray(R"({"mockbench": 0})") << u"routes"_s
                                              << u"is required (an array, possibly empty)"_s;
    QTest::addRow("version 0 routes is a string")
        << QByteArray(R"({"mockbench": 0, "routes": "all"})") << u"routes"_s
        << u"must be an array, not a string"_s;
    QTest::addRow("version 0 route is a string")
        << QByteArray(R"({"mockbench": 0, "routes": ["x"]})") << u"routes[0]"_s
        << u"must be an object, not a string"_s;

    // Route
    QTest::addRow("route is a number")
        << withRoute("42") << u"routes[2]"_s << u"must be an object, not a number"_s;
    QTest::addRow("id is empty") << withRoute(R"({"id": "", "path": "/c", "responses": [{}]})")
                                 << u"routes[2].id"_s << u"must be a non-empty string"_s;
    QTest::addRow("id is a number") << withRoute(R"({"id": 5, "path": "/c", "responses": [{}]})")
                                    << u"routes[2].id"_s << u"must be a non-empty string"_s;
    QTest::addRow("id used twice")
        << withRoute(R"({"id": "twin", "path": "/c", "responses": [{}]},
                        {"id": "twin", "path": "/d", "responses": [{}]})")
        << u"routes[3].id"_s << u"\"twin\" is already used by routes[2]"_s;
    QTest::addRow("enabled is a string")
        << withRoute(R"({"enabled": "yes", "path": "/c", "responses": [{}]})")
        << u"routes[2].enabled"_s << u"must be true or false, not a string"_s;
    const QString badMethod = u"must be an HTTP method such as GET, or \"*\""_s;
    QTest::addRow("method with a space")
        << withRoute(R"({"method": "GE T", "path": "/c", "responses": [{}]})")
        << u"routes[2].method"_s << badMethod;
    QTest::addRow("method is empty")
        << withRoute(R"({"method": "", "path": "/c", "responses": [{}]})") << u"routes[2].method"_s
        << badMethod;
    QTest::addRow("method is not ASCII")
        << withRoute(R"({"method": "GÉT", "path": "/c", "responses": [{}]})")
        << u"routes[2].method"_s << badMethod;
    QTest::addRow("method is a number")
        << withRoute(R"({"method": 1, "path": "/c", "responses": [{}]})") << u"routes[2].method"_s
        << badMethod;
    QTest::addRow("path missing") << withRoute(R"({"responses": [{}]})") << u"routes[2].path"_s
                                  << u"is required"_s;
    QTest::addRow("path is null") << withRoute(R"({"path": null, "responses": [{}]})")
                                  << u"routes[2].path"_s << u"must be a string, not null"_s;
    QTest::addRow("path without leading slash")
        << withRoute(R"({"path": "items", "responses": [{}]})") << u"routes[2].path"_s
        << u"must start with /"_s;
    QTest::addRow("path with unclosed capture")
        << withRoute(R"({"path": "/a/{x:int", "responses": [{}]})") << u"routes[2].path"_s
        << u"unclosed {"_s;
    const QString badMode = u"must be \"rules\", \"sequential\", \"random\" or \"default\""_s;
    QTest::addRow("responseMode unknown")
        << withRoute(R"({"path": "/c", "responseMode": "roundRobin", "responses": [{}]})")
        << u"routes[2].responseMode"_s << badMode;
    QTest::addRow("responseMode is a number")
        << withRoute(R"({"path": "/c", "responseMode": 1, "responses": [{}]})")
        << u"routes[2].responseMode"_s << badMode;
    QTest::addRow("pathSyntax unknown")
        << withRoute(R"({"path": "/c", "pathSyntax": "express", "responses": [{}]})")
        << u"routes[2].pathSyntax"_s << u"must be \"template\" or \"mockoon\""_s;
    QTest::addRow("template path still checked when named")
        << withRoute(R"({"path": "/a/{x", "pathSyntax": "template", "responses": [{}]})")
        << u"routes[2].path"_s << u"unclosed {"_s;
    QTest::addRow("fallthrough is a string")
        << withRoute(R"({"path": "/c", "fallthrough": "yes", "responses": [{}]})")
        << u"routes[2].fallthrough"_s << u"must be true or false, not a string"_s;
    QTest::addRow("fallthrough outside rules mode")
        << withRoute(R"({"path": "/c", "responseMode": "sequential", "fallthrough": true,
                        "responses": [{}]})")
        << u"routes[2].fallthrough"_s
        << u"only applies to responseMode \"rules\" (this route's is \"sequential\")"_s;
    QTest::addRow("fallthrough in default mode")
        << withRoute(R"({"path": "/c", "responseMode": "default", "fallthrough": true,
                        "responses": [{}]})")
        << u"routes[2].fallthrough"_s
        << u"only applies to responseMode \"rules\" (this route's is \"default\")"_s;
    QTest::addRow("responses missing") << withRoute(R"({"path": "/c"})") << u"routes[2].responses"_s
                                       << u"is required (at least one response)"_s;
    QTest::addRow("responses empty") << withRoute(R"({"path": "/c", "responses": []})")
                                     << u"routes[2].responses"_s << u"must be a non-empty array"_s;
    QTest::addRow("responses is an object")
        << withRoute(R"({"path": "/c", "responses": {"status": 200}})") << u"routes[2].responses"_s
        << u"must be a non-empty array"_s;
    QTest::addRow("route chaos is a number")
        << withRoute(R"({"path": "/c", "responses": [{}], "chaos": 0.5})") << u"routes[2].chaos"_s
        << u"must be an object, not a number"_s;

    // Match conditions
    QTest::addRow("match is a string")
        << withRoute(R"({"path": "/c", "match": "x", "responses": [{}]})") << u"routes[2].match"_s
        << u"must be an object, not a string"_s;
    QTest::addRow("match has unknown condition")
        << withMatch(R"({"cookies": {}})") << u"routes[2].match.cookies"_s
        << u"unknown condition (use query, headers, body, rules, combine)"_s;
    QTest::addRow("match query is an array")
        << withMatch(R"({"query": ["page"]})") << u"routes[2].match.query"_s
        << u"must be an object of name: condition, not an array"_s;
    QTest::addRow("match headers is a string")
        << withMatch(R"({"headers": "Accept"})") << u"routes[2].match.headers"_s
        << u"must be an object of name: condition, not a string"_s;
    QTest::addRow("query condition is a number")
        << withMatch(R"({"query": {"page": 1}})") << u"routes[2].match.query.page"_s
        << u"must be a string or an object with regex, contains, not a number"_s;
    QTest::addRow("body condition is a boolean")
        << withMatch(R"({"body": true})") << u"routes[2].match.body"_s
        << u"must be a string or an object with regex, contains or json, not a boolean"_s;
    QTest::addRow("header condition has two matchers")
        << withMatch(R"({"headers": {"Accept": {"regex": "a", "contains": "b"}}})")
        << u"routes[2].match.headers.Accept"_s << u"must have exactly one of regex, contains"_s;
    QTest::addRow("body condition has no matcher")
        << withMatch(R"({"body": {}})") << u"routes[2].match.body"_s
        << u"must have exactly one of regex, contains, json"_s;
    QTest::addRow("json condition on a query item")
        << withMatch(R"({"query": {"q": {"json": {}}}})") << u"routes[2].match.query.q.json"_s
        << u"only allowed on body"_s;
    QTest::addRow("json condition is a number")
        << withMatch(R"({"body": {"json": 3}})") << u"routes[2].match.body.json"_s
        << u"must be an object or an array"_s;
    QTest::addRow("unknown matcher on a header")
        << withMatch(R"({"headers": {"Accept": {"glob": "*"}}})")
        << u"routes[2].match.headers.Accept.glob"_s << u"unknown matcher (use regex, contains)"_s;
    QTest::addRow("unknown matcher on the body")
        << withMatch(R"({"body": {"equals": "x"}})") << u"routes[2].match.body.equals"_s
        << u"unknown matcher (use regex, contains or json)"_s;
    QTest::addRow("regex is a number")
        << withMatch(R"({"query": {"q": {"regex": 1}}})") << u"routes[2].match.query.q.regex"_s
        << u"must be a string, not a number"_s;
    QTest::addRow("contains is null")
        << withMatch(R"({"body": {"contains": null}})") << u"routes[2].match.body.contains"_s
        << u"must be a string, not null"_s;
    QTest::addRow("regex does not compile")
        << withMatch(R"({"headers": {"Accept": {"regex": "[a-"}}})")
        << u"routes[2].match.headers.Accept.regex"_s
        << u"invalid regex: missing terminating ] for character class"_s;

    // Rules (match and when)
    QTest::addRow("rules is an object")
        << withMatch(R"({"rules": {"target": "header"}})") << u"routes[2].match.rules"_s
        << u"must be an array of rules such as {\"target\": \"header\", \"name\": \"X-Mode\", "
           "\"value\": \"a\"}, not an object"_s;
    QTest::addRow("rule is a string")
        << withWhen(R"({"rules": ["header"]})") << u"routes[2].responses[1].when.rules[0]"_s
        << u"must be an object, not a string"_s;
    QTest::addRow("rule has an unknown key")
        << withWhen(R"({"rules": [{"target": "body"}, {"target": "body", "vaule": "x"}]})")
        << u"routes[2].responses[1].when.rules[1].vaule"_s
        << u"unknown key in a rule (use target, name, op, value, invert, templateValue)"_s;
    QTest::addRow("rule without target")
        << withWhen(R"({"rules": [{"value": "x"}]})")
        << u"routes[2].responses[1].when.rules[0].target"_s
        << u"is required: \"body\", \"query\", \"header\", \"cookie\", \"param\", \"path\", "
           "\"method\", \"requestNumber\", \"global\", \"data\", \"template\", \"url\", "
           "\"urlPath\" "
           "or \"form\""_s;
    QTest::addRow("rule target unknown")
        << withWhen(R"({"rules": [{"target": "host"}]})")
        << u"routes[2].responses[1].when.rules[0].target"_s
        << u"must be \"body\", \"query\", \"header\", \"cookie\", \"param\", \"path\", "
           "\"method\", \"requestNumber\", \"global\", \"data\", \"template\", \"url\", "
           "\"urlPath\" "
           "or \"form\""_s;
    QTest::addRow("rule op unknown")
        << withWhen(R"({"rules": [{"target": "body", "op": "contains"}]})")
        << u"routes[2].responses[1].when.rules[0].op"_s
        << u"must be \"equals\", \"regex\", \"regexIgnoreCase\", \"null\", \"emptyArray\", "
           "\"arrayIncludes\", \"schema\" or \"wiremock\""_s;
    QTest::addRow("rule name is a number")
        << withWhen(R"({"rules": [{"target": "header", "name": 1}]})")
        << u"routes[2].responses[1].when.rules[0].name"_s << u"must be a string, not a number"_s;
    QTest::addRow("rule value is a number")
        << withWhen(R"({"rules": [{"target": "body", "value": 1}]})")
        << u"routes[2].responses[1].when.rules[0].value"_s << u"must be a string, not a number"_s;
    QTest::addRow("rule invert is a string")
        << withWhen(R"({"rules": [{"target": "body", "invert": "yes"}]})")
        << u"routes[2].responses[1].when.rules[0].invert"_s
        << u"must be true or false, not a string"_s;
    QTest::addRow("rule regex does not compile")
        << withWhen(R"({"rules": [{"target": "body"}, {"target": "body", "op": "regex",
                        "value": "(a"}]})")
        << u"routes[2].responses[1].when.rules[1].value"_s
        << u"invalid regex: missing closing parenthesis"_s;
    QTest::addRow("rule regexIgnoreCase does not compile")
        << withMatch(R"({"rules": [{"target": "header", "name": "X", "op": "regexIgnoreCase",
                         "value": "[a-"}]})")
        << u"routes[2].match.rules[0].value"_s
        << u"invalid regex: missing terminating ] for character class"_s;
    QTest::addRow("rule regex quotes the engine's group")
        << withWhen(R"({"rules": [{"target": "body", "op": "regex", "value": "\\Qx"}]})")
        << u"routes[2].responses[1].when.rules[0].value"_s
        << u"invalid regex: missing closing parenthesis"_s;
    QTest::addRow("schema rule without a store")
        << withWhen(R"({"rules": [{"target": "body", "op": "schema"}]})")
        << u"routes[2].responses[1].when.rules[0].value"_s
        << u"must name the data store that holds the JSON Schema"_s;
    const QString chosenOnly =
        u"\"%1\" is known only once a route is chosen; use it in a response's when"_s;
    for (const char *target : { "param", "requestNumber", "global", "data", "template" }) {
        QTest::addRow("match rule on %s", target)
            << withMatch(R"({"rules": [{"target": "header", "name": "X"}, {"target": ")"
                   + QByteArray(target) + R"(", "name": "x", "value": "1"}]})")
            << u"routes[2].match.rules[1].target"_s << chosenOnly.arg(QLatin1StringView(target));
    }
    QTest::addRow("match rule with the schema operator")
        << withMatch(R"({"rules": [{"target": "body", "op": "schema", "value": "s"}]})")
        << u"routes[2].match.rules[0].op"_s << chosenOnly.arg(u"schema"_s);
    QTest::addRow("combine unknown")
        << withMatch(R"({"combine": "none"})") << u"routes[2].match.combine"_s
        << u"must be \"all\" or \"any\""_s;
    QTest::addRow("combine is a boolean")
        << withWhen(R"({"combine": true})") << u"routes[2].responses[1].when.combine"_s
        << u"must be \"all\" or \"any\""_s;

    // Response
    QTest::addRow("response is a number") << withResponse("200") << u"routes[2].responses[1]"_s
                                          << u"must be an object, not a number"_s;
    const QString badStatus = u"must be 100..999"_s;
    QTest::addRow("status below 100")
        << withResponse(R"({"status": 99})") << u"routes[2].responses[1].status"_s << badStatus;
    QTest::addRow("status above 999")
        << withResponse(R"({"status": 1000})") << u"routes[2].responses[1].status"_s << badStatus;
    QTest::addRow("status is a string")
        << withResponse(R"({"status": "200"})") << u"routes[2].responses[1].status"_s << badStatus;
    QTest::addRow("status is a fraction")
        << withResponse(R"({"status": 200.5})") << u"routes[2].responses[1].status"_s << badStatus;
    QTest::addRow("status is huge")
        << withResponse(R"({"status": 1e300})") << u"routes[2].responses[1].status"_s << badStatus;
    QTest::addRow("reason is a number")
        << withResponse(R"({"reason": 1})") << u"routes[2].responses[1].reason"_s
        << u"must be a string, not a number"_s;
    QTest::addRow("reason with line break")
        << withResponse(R"({"reason": "OK\r\nX-Evil: 1"})") << u"routes[2].responses[1].reason"_s
        << u"must not contain line breaks"_s;
    QTest::addRow("headers is an array")
        << withResponse(R"({"headers": ["X-A"]})") << u"routes[2].responses[1].headers"_s
        << u"must be an object of name: value, not an array"_s;
    QTest::addRow("header name with a space")
        << withResponse(R"({"headers": {"Bad Name": "x"}})")
        << u"routes[2].responses[1].headers.Bad Name"_s << u"not a valid header name"_s;
    QTest::addRow("header name with a colon")
        << withResponse(R"({"headers": {"X:Y": "x"}})") << u"routes[2].responses[1].headers.X:Y"_s
        << u"not a valid header name"_s;
    QTest::addRow("header name is a star")
        << withResponse(R"({"headers": {"*": "x"}})") << u"routes[2].responses[1].headers.*"_s
        << u"not a valid header name"_s;
    QTest::addRow("header value is a number")
        << withResponse(R"({"headers": {"X-Count": 3}})")
        << u"routes[2].responses[1].headers.X-Count"_s
        << u"must be a string or a list of strings, not a number"_s;
    QTest::addRow("header list item is a number")
        << withResponse(R"({"headers": {"X-List": ["a", 1]}})")
        << u"routes[2].responses[1].headers.X-List[1]"_s << u"must be a string, not a number"_s;
    QTest::addRow("header value with line break")
        << withResponse(R"({"headers": {"X-A": "a\nSet-Cookie: evil"}})")
        << u"routes[2].responses[1].headers.X-A"_s << u"must not contain line breaks"_s;
    QTest::addRow("header list item with line break")
        << withResponse(R"({"headers": {"X-A": ["ok", "a\rb"]}})")
        << u"routes[2].responses[1].headers.X-A[1]"_s << u"must not contain line breaks"_s;
    QTest::addRow("body is an object")
        << withResponse(R"({"body": {"a": 1}})") << u"routes[2].responses[1].body"_s
        << u"must be a string (use json for JSON values), not an object"_s;
    const QString twoBodies = u"has more than one of body, json, bodyFile, bodyData"_s;
    QTest::addRow("body and json")
        << withResponse(R"({"body": "a", "json": 1})") << u"routes[2].responses[1]"_s << twoBodies;
    QTest::addRow("json and bodyFile") << withResponse(R"({"json": 1, "bodyFile": "a.txt"})")
                                       << u"routes[2].responses[1]"_s << twoBodies;
    QTest::addRow("body and bodyFile") << withResponse(R"({"body": "", "bodyFile": "a.txt"})")
                                       << u"routes[2].responses[1]"_s << twoBodies;
    QTest::addRow("bodyData and body") << withResponse(R"({"bodyData": "users", "body": "x"})")
                                       << u"routes[2].responses[1]"_s << twoBodies;
    QTest::addRow("bodyData and bodyFile")
        << withResponse(R"({"bodyData": "users", "bodyFile": "a.txt"})")
        << u"routes[2].responses[1]"_s << twoBodies;
    QTest::addRow("bodyData is empty")
        << withResponse(R"({"bodyData": ""})") << u"routes[2].responses[1].bodyData"_s
        << u"must name a data store"_s;
    QTest::addRow("bodyData is a number")
        << withResponse(R"({"bodyData": 1})") << u"routes[2].responses[1].bodyData"_s
        << u"must be the name of a data store, not a number"_s;
    QTest::addRow("default is a string")
        << withResponse(R"({"default": "yes"})") << u"routes[2].responses[1].default"_s
        << u"must be true or false, not a string"_s;
    QTest::addRow("two default responses")
        << withRoute(R"({"path": "/c", "responses": [{"default": true}, {}, {"default": true}]})")
        << u"routes[2].responses[2].default"_s
        << u"a route has at most one default response; responses[0] is already"_s;
    QTest::addRow("latency below zero")
        << withResponse(R"({"latency": -1})") << u"routes[2].responses[1].latency"_s
        << u"must be a number 0..3600000"_s;
    QTest::addRow("latency is a string")
        << withResponse(R"({"latency": "100ms"})") << u"routes[2].responses[1].latency"_s
        << u"must be a number of milliseconds or an object such as {\"distribution\": "
           "\"uniform\", \"minMs\": 10, \"maxMs\": 50}, not a string"_s;
    QTest::addRow("latency distribution unknown")
        << withResponse(R"({"latency": {"distribution": "normal"}})")
        << u"routes[2].responses[1].latency.distribution"_s
        << u"must be \"fixed\", \"uniform\" or \"lognormal\""_s;
    QTest::addRow("latency uniform upside down")
        << withResponse(R"({"latency": {"distribution": "uniform", "minMs": 50, "maxMs": 10}})")
        << u"routes[2].responses[1].latency.maxMs"_s << u"must not be below minMs"_s;
    QTest::addRow("missingFile unknown")
        << withResponse(R"({"bodyFile": "a.txt", "missingFile": "ignore"})")
        << u"routes[2].responses[1].missingFile"_s << u"must be \"error\" or \"404\""_s;
    QTest::addRow("missingFile is a number")
        << withResponse(R"({"bodyFile": "a.txt", "missingFile": 404})")
        << u"routes[2].responses[1].missingFile"_s << u"must be \"error\" or \"404\""_s;
    const QString fileOnly = u"only applies to a bodyFile (the file is rendered as a template)"_s;
    QTest::addRow("templateFile without bodyFile")
        << withResponse(R"({"body": "x", "templateFile": true})")
        << u"routes[2].responses[1].templateFile"_s << fileOnly;
    QTest::addRow("templateFile with bodyData")
        << withResponse(R"({"bodyData": "users", "templateFile": true})")
        << u"routes[2].responses[1].templateFile"_s << fileOnly;
    QTest::addRow("templateFile is a string")
        << withResponse(R"({"bodyFile": "a.txt", "templateFile": "yes"})")
        << u"routes[2].responses[1].templateFile"_s << u"must be true or false, not a string"_s;
    QTest::addRow("bodyFile is empty")
        << withResponse(R"({"bodyFile": ""})") << u"routes[2].responses[1].bodyFile"_s
        << u"must be a non-empty relative path"_s;
    QTest::addRow("bodyFile is a number")
        << withResponse(R"({"bodyFile": 1})") << u"routes[2].responses[1].bodyFile"_s
        << u"must be a non-empty relative path"_s;
    QTest::addRow("bodyFile is absolute")
        << withResponse(R"({"bodyFile": "/etc/passwd"})") << u"routes[2].responses[1].bodyFile"_s
        << u"must be relative to the route set's folder"_s;
    QTest::addRow("bodyFile leaves the folder")
        << withResponse(R"({"bodyFile": "sub/../../x.txt"})")
        << u"routes[2].responses[1].bodyFile"_s << u"must stay inside the route set's folder"_s;
    QTest::addRow("when is a string")
        << withResponse(R"({"when": "always"})") << u"routes[2].responses[1].when"_s
        << u"must be an object, not a string"_s;
    QTest::addRow("when has unknown condition")
        << withWhen(R"({"method": "GET"})") << u"routes[2].responses[1].when.method"_s
        << u"unknown condition (use query, headers, body, rules, combine)"_s;
    QTest::addRow("when body regex is a number")
        << withWhen(R"({"body": {"regex": 3}})") << u"routes[2].responses[1].when.body.regex"_s
        << u"must be a string, not a number"_s;

    // Top level, version 3
    auto root = [](const QByteArray &members) -> QByteArray {
        return R"({"mockbench": 3, )" + members + R"(, "routes": []})";
    };
    QTest::addRow("cors is a string")
        << root(R"("cors": "yes")") << u"cors"_s
        << u"must be true, false or \"preflight\" (the preflight answer only), not \"yes\""_s;
    QTest::addRow("tls is true")
        << root(R"("tls": true)") << u"tls"_s
        << u"must be an object: {} for the generated certificate, or {\"cert\": \"server.crt\", "
           "\"key\": \"server.key\"}, not a boolean"_s;
    QTest::addRow("tls cert without key")
        << root(R"("tls": {"cert": "a.crt"})") << u"tls.key"_s
        << u"is required with tls.cert: a certificate and its key go together (neither: the "
           "generated certificate)"_s;
    QTest::addRow("tls key is a number") << root(R"("tls": {"cert": "a.crt", "key": 1})")
                                         << u"tls.key"_s << u"must be a string, not a number"_s;
    QTest::addRow("set headers is a list") << root(R"("headers": ["X-A"])") << u"headers"_s
                                           << u"must be an object of name: value, not an array"_s;
    QTest::addRow("set header name with a space")
        << root(R"("headers": {"Bad Name": "x"})") << u"headers.Bad Name"_s
        << u"not a valid header name"_s;
    QTest::addRow("set header value with a line break") << root(R"("headers": {"X-A": ["ok", "a
b"]})") << u"headers.X-A[1]"_s << u"must not contain line breaks"_s;
    QTest::addRow("notFound is a string")
        << root(R"("notFound": "gone")") << u"notFound"_s << u"must be an object, not a string"_s;
    QTest::addRow("notFound status")
        << root(R"("notFound": {"status": 99})") << u"notFound.status"_s << u"must be 100..999"_s;
    const QString unused = u"has no use in notFound, which answers every request no route takes"_s;
    QTest::addRow("notFound with when")
        << root(R"("notFound": {"status": 404, "when": {"query": {"a": "1"}}})")
        << u"notFound.when"_s << unused;
    QTest::addRow("notFound with default")
        << root(R"("notFound": {"default": false})") << u"notFound.default"_s << unused;
    QTest::addRow("proxy is a string")
        << root(R"("proxy": "http://up")") << u"proxy"_s
        << u"must be an object such as {\"url\": \"https://api.example.com\"}, not a string"_s;
    QTest::addRow("proxy without url")
        << root(R"("proxy": {})") << u"proxy.url"_s
        << u"is required (the upstream, such as https://api.example.com)"_s;
    QTest::addRow("proxy url not http")
        << root(R"("proxy": {"url": "ftp://up"})") << u"proxy.url"_s
        << u"must be an absolute http or https URL with a host, such as "
           "\"https://api.example.com\", not \"ftp://up\""_s;
    QTest::addRow("proxy url with a query")
        << root(R"("proxy": {"url": "http://up/?a=1"})") << u"proxy.url"_s
        << u"must not have a query or fragment: the request's own query goes up"_s;
    QTest::addRow("proxy stripPrefix")
        << root(R"("proxy": {"url": "http://up", "stripPrefix": "api"})") << u"proxy.stripPrefix"_s
        << u"must start with '/', such as \"/api\", not \"api\""_s;
    QTest::addRow("proxy timeoutMs")
        << root(R"("proxy": {"url": "http://up", "timeoutMs": 0.5})") << u"proxy.timeoutMs"_s
        << u"must be a whole number of milliseconds, 1..86400000, not 0.5"_s;
    QTest::addRow("proxy removeRequestHeaders")
        << root(R"("proxy": {"url": "http://up", "removeRequestHeaders": ["a b"]})")
        << u"proxy.removeRequestHeaders[0]"_s << u"must be a header name (a token), not \"a b\""_s;
    QTest::addRow("route proxies and serves a resource")
        << QByteArray(R"({"mockbench": 3, "data": {"d": []}, "routes": [
               {"path": "/r", "resource": {"data": "d"}, "proxy": {"url": "http://up"}}]})")
        << u"routes[0].proxy"_s
        << u"a route either forwards (proxy) or serves a data store (resource), not both"_s;
    QTest::addRow("notFound with latency")
        << root(R"("notFound": {"latency": 100})") << u"notFound.latency"_s << unused;
}

void tst_RouteSetFormat::reportsValidationError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const LoadResult result = RouteSetFormat::fromJson(json);
    QVERIFY2(result.errors.size() == 1, qPrintable(errorsOf(result)));
    QCOMPARE(result.errors.first().path, path);
    QCOMPARE(result.errors.first().message, message);
    QVERIFY(!result.ok());
    QCOMPARE(result.routeSet, RouteSet());
}

void tst_RouteSetFormat::reportsMockoonPathThatDoesNotCompile()
{
    // The same path is fine as a template (a literal segment), refused as a Mockoon endpoint.
    const QByteArray route = R"({"path": "/a/:", "responses": [{}]})";
    QVERIFY(RouteSetFormat::fromJson(withRoute(route)).ok());
    const LoadResult result = RouteSetFormat::fromJson(
        withRoute(R"({"path": "/a/:", "pathSyntax": "mockoon", "responses": [{}]})"));
    QVERIFY2(result.errors.size() == 1, qPrintable(errorsOf(result)));
    QCOMPARE(result.errors.first().path, u"routes[2].path"_s);
    QVERIFY2(result.errors.first().message.contains(u"Mockoon"_s),
        qPrintable(result.errors.first().message));
    QVERIFY(RouteSetFormat::fromJson(withRoute(
                                         R"({"path": "/a/:id?", "pathSyntax": "mockoon",
                                             "responses": [{}]})"))
                .ok());
    // Disabled, it is kept as written: Mockoon never serves it either.
    QVERIFY(RouteSetFormat::fromJson(withRoute(R"({"path": "/a/:", "pathSyntax": "mockoon",
                                         "enabled": false, "responses": [{}]})"))
                .ok());
}

void tst_RouteSetFormat::acceptsMissingBodyFileThatAnswers404()
{
    auto load = [this](const QByteArray &response) {
        return RouteSetFormat::fromJson(
            R"({"mockbench": 3, "routes": [{"path": "/f", "responses": [)" + response + "]}]}",
            setFolder());
    };
    const LoadResult answers404 = load(R"({"bodyFile": "missing.txt", "missingFile": "404"})");
    QVERIFY2(answers404.ok(), qPrintable(errorsOf(answers404)));
    QCOMPARE(answers404.routeSet.routes.at(0).responses.at(0).missingFile,
        Response::MissingFile::NotFound);
    const LoadResult error = load(R"({"bodyFile": "missing.txt"})");
    QCOMPARE(error.errorStrings(),
        QStringList { u"routes[0].responses[0].bodyFile: file not found: "_s + setFolder()
            + u"/missing.txt"_s });
    // Where the file may be missing, the path must still stay in the folder.
    const LoadResult escape = load(R"({"bodyFile": "../outside.txt", "missingFile": "404"})");
    QCOMPARE(escape.errorStrings(),
        QStringList {
            u"routes[0].responses[0].bodyFile: must stay inside the route set's folder"_s });
    const LoadResult link = load(R"({"bodyFile": "escape.txt", "missingFile": "404"})");
    QCOMPARE(link.errorStrings(),
        QStringList {
            u"routes[0].responses[0].bodyFile: must stay inside the route set's folder"_s });
}

void tst_RouteSetFormat::reportsAllErrorsOfOneFile()
{
    const LoadResult result = RouteSetFormat::readFile(testData(u"format-errors.mockbench.json"_s));
    const QStringList expected {
        u"routes[1].method: must be an HTTP method such as GET, or \"*\""_s,
        u"routes[1].path: unclosed {"_s,
        u"routes[1].responses: must be a non-empty array"_s,
        u"routes[1].id: \"ok\" is already used by routes[0]"_s,
        // Per route: what could not be read, then what breaks the model's rules.
        u"routes[2].responses[0].headers.X-List[0]: must be a string, not a number"_s,
        u"routes[2].responses[0].status: must be 100..999"_s,
    };
    QCOMPARE(result.errorStrings(), expected);
    // Nothing half-loaded: not the valid first route, not even the name.
    QVERIFY(result.routeSet.routes.isEmpty());
    QVERIFY(result.routeSet.name.isEmpty());
    QCOMPARE(result.routeSet, RouteSet());
}

void tst_RouteSetFormat::refusesNewerFormatVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("shown");
    const QByteArray next = QByteArray::number(RouteSetFormat::CurrentVersion + 1);
    QTest::addRow("next version") << next << QString::fromLatin1(next);
    QTest::addRow("far future") << QByteArray("99") << u"99"_s;
    QTest::addRow("beyond int") << QByteArray("1e10") << u"10000000000"_s;
}

void tst_RouteSetFormat::refusesNewerFormatVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, shown);
    const LoadResult result = RouteSetFormat::fromJson(
        R"({"mockbench": )" + version + R"(, "routes": [{"path": "/a", "responses": [{}]}]})");
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, u"mockbench"_s);
    const QString message = result.errors.first().message;
    QVERIFY2(message.contains(u"format version "_s + shown + u" is newer"_s), qPrintable(message));
    QVERIFY2(message.contains(u"update MockBench"_s), qPrintable(message));
    QVERIFY(result.routeSet.routes.isEmpty());
    QVERIFY(result.sourceVersion > RouteSetFormat::CurrentVersion);
}

void tst_RouteSetFormat::migratesVersion0File()
{
    const LoadResult result = RouteSetFormat::readFile(testData(u"format-v0.mockbench.json"_s));
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sourceVersion, 0);
    QCOMPARE(result.routeSet.name, u"Draft format"_s);
    QCOMPARE(result.routeSet.routes.size(), 2);
    const Route &legacy = result.routeSet.routes.at(0);
    QCOMPARE(legacy.id, u"legacy"_s);
    QCOMPARE(legacy.responses.size(), 1);
    QCOMPARE(
        legacy.responses.first(), Response::text(200, u"old"_s, { { u"X-Old"_s, { u"yes"_s } } }));
    // The old key is converted, not carried along as an unknown key.
    QVERIFY(legacy.extra.isEmpty());
    QCOMPARE(result.routeSet.routes.at(1).responses.first().status, 204);

    const QJsonObject saved =
        QJsonDocument::fromJson(RouteSetFormat::toJson(result.routeSet)).object();
    QCOMPARE(saved.value(u"mockbench"_s), QJsonValue(RouteSetFormat::CurrentVersion));
    const QJsonObject savedRoute = saved.value(u"routes"_s).toArray().at(0).toObject();
    QVERIFY(!savedRoute.contains(u"response"_s));
    QCOMPARE(savedRoute.value(u"responses"_s).toArray().size(), 1);
}

void tst_RouteSetFormat::reportsLineAndColumnOfInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addRow("missing comma")
        << QByteArray("{\n  \"mockbench\": 1\n  \"routes\": []\n}") << u"line 3, column 3"_s;
    QTest::addRow("trailing comma")
        << QByteArray("{\"mockbench\": 1,\n \"routes\": [],\n}") << u"line 3, column 1"_s;
    QTest::addRow("after non-ASCII text")
        << QByteArray("{\"name\": \"Grüße\", x}") << u"line 1, column 19"_s;
    QTest::addRow("text after the document")
        << QByteArray("{\"mockbench\": 1, \"routes\": []}\nx") << u"line 2, column 1"_s;
    QTest::addRow("empty file") << QByteArray() << u"line 1, column 1"_s;
}

void tst_RouteSetFormat::reportsLineAndColumnOfInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const LoadResult result = RouteSetFormat::fromJson(json);
    QVERIFY2(result.errors.size() == 1, qPrintable(errorsOf(result)));
    QCOMPARE(result.errors.first().path, path);
    QVERIFY2(result.errors.first().message.startsWith(u"invalid JSON: "_s),
        qPrintable(result.errors.first().message));
    QCOMPARE(result.routeSet, RouteSet());
}

void tst_RouteSetFormat::checksBodyFile_data()
{
    QTest::addColumn<QString>("bodyFile");
    QTest::addColumn<QString>("message"); // empty: loads
    const QString outside = m_bodyFileDir.filePath(u"outside.txt"_s);
    QTest::addRow("file in the folder") << u"inside.txt"_s << QString();
    QTest::addRow("file in a subfolder") << u"sub/deeper.txt"_s << QString();
    QTest::addRow("detour that stays inside") << u"sub/../inside.txt"_s << QString();
    QTest::addRow("symlink to a file inside") << u"alias.txt"_s << QString();
    QTest::addRow("parent folder")
        << u"../outside.txt"_s << u"must stay inside the route set's folder"_s;
    QTest::addRow("detour out of the folder")
        << u"sub/../../outside.txt"_s << u"must stay inside the route set's folder"_s;
    QTest::addRow("absolute path") << outside << u"must be relative to the route set's folder"_s;
    QTest::addRow("symlink leading outside")
        << u"escape.txt"_s << u"must stay inside the route set's folder"_s;
    QTest::addRow("missing file") << u"missing.txt"_s
                                  << u"file not found: "_s + setFolder() + u"/missing.txt"_s;
    QTest::addRow("folder") << u"sub"_s << u"must name a file, not a folder"_s;
    QTest::addRow("the route set folder itself") << u"."_s << u"must name a file, not a folder"_s;
}

void tst_RouteSetFormat::checksBodyFile()
{
    QFETCH(QString, bodyFile);
    QFETCH(QString, message);
    const QJsonObject response { { u"status"_s, 200 }, { u"bodyFile"_s, bodyFile } };
    const QJsonObject route { { u"path"_s, u"/file"_s },
        { u"responses"_s, QJsonArray { response } } };
    const QJsonObject root { { u"mockbench"_s, 1 }, { u"routes"_s, QJsonArray { route } } };

    const LoadResult result = RouteSetFormat::fromJson(QJsonDocument(root).toJson(), setFolder());
    if (message.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
        const Response &loaded = result.routeSet.routes.at(0).responses.at(0);
        QCOMPARE(loaded.bodySource, Response::BodySource::File);
        QCOMPARE(loaded.bodyFile, bodyFile);
        QCOMPARE(result.routeSet.baseDir, setFolder());
    } else {
        QVERIFY2(result.errors.size() == 1, qPrintable(errorsOf(result)));
        QCOMPARE(result.errors.first().path, u"routes[0].responses[0].bodyFile"_s);
        QCOMPARE(result.errors.first().message, message);
        QVERIFY(result.routeSet.routes.isEmpty());
    }
}

void tst_RouteSetFormat::reportsDuplicateIds()
{
    const LoadResult result = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"id": "a", "path": "/1", "responses": [{}]},
        {"id": "b", "path": "/2", "responses": [{}]},
        {"id": "a", "path": "/3", "responses": [{}]},
        {"id": "b", "path": "/4", "responses": [{}]},
        {"id": "a", "path": "/5", "responses": [{}]}
    ]})");
    const QStringList expected {
        u"routes[2].id: \"a\" is already used by routes[0]"_s,
        u"routes[3].id: \"b\" is already used by routes[1]"_s,
        u"routes[4].id: \"a\" is already used by routes[0]"_s,
    };
    QCOMPARE(result.errorStrings(), expected);
    QVERIFY(result.routeSet.routes.isEmpty());
}

void tst_RouteSetFormat::generatesMissingIds()
{
    // route-1 is taken by a later route, so the first route gets the next free variant.
    const LoadResult result = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"path": "/1", "responses": [{}]},
        {"id": "route-1", "path": "/2", "responses": [{}]},
        {"path": "/3", "responses": [{}]}
    ]})");
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QStringList ids;
    for (const Route &route : result.routeSet.routes) {
        ids.append(route.id);
    }
    QCOMPARE(ids, (QStringList { u"route-1-2"_s, u"route-1"_s, u"route-3"_s }));
    QCOMPARE(result.routeSet.indexOf(u"route-3"_s), 2);

    // Generated ids are saved, so they stay the same when the file is opened again.
    const LoadResult reloaded = RouteSetFormat::fromJson(RouteSetFormat::toJson(result.routeSet));
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.routeSet, result.routeSet);
}

void tst_RouteSetFormat::acceptsMethodTokens_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("valid");
    QTest::addRow("GET") << u"GET"_s << true;
    QTest::addRow("any") << u"*"_s << true;
    QTest::addRow("extension method") << u"M-SEARCH"_s << true;
    QTest::addRow("token punctuation") << u"X!#$%&'*+.^_`|~1"_s << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("space") << u"GE T"_s << false;
    QTest::addRow("separator") << u"GET/1"_s << false;
    QTest::addRow("non-ASCII letter") << u"GÉT"_s << false;
}

void tst_RouteSetFormat::acceptsMethodTokens()
{
    QFETCH(QString, method);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidMethod(method), valid);
}

void tst_RouteSetFormat::schemaListsTheKeysTheLoaderKnows_data()
{
    QTest::addColumn<QString>("def");
    QTest::addColumn<int>("kind");
    QTest::addRow("root") << QString() << int(RouteSetFormat::ObjectKind::Root);
    QTest::addRow("route") << u"route"_s << int(RouteSetFormat::ObjectKind::Route);
    QTest::addRow("conditions") << u"conditions"_s << int(RouteSetFormat::ObjectKind::Match);
    QTest::addRow("response") << u"response"_s << int(RouteSetFormat::ObjectKind::Response);
    QTest::addRow("scenario") << u"scenario"_s << int(RouteSetFormat::ObjectKind::Scenario);
    QTest::addRow("resource") << u"resource"_s << int(RouteSetFormat::ObjectKind::Resource);
    QTest::addRow("rule") << u"rule"_s << int(RouteSetFormat::ObjectKind::Rule);
    QTest::addRow("proxy") << u"proxy"_s << int(RouteSetFormat::ObjectKind::Proxy);
    QTest::addRow("tls") << u"tls"_s << int(RouteSetFormat::ObjectKind::Tls);
}

void tst_RouteSetFormat::schemaListsTheKeysTheLoaderKnows()
{
    QFETCH(QString, def);
    QFETCH(int, kind);
    const QJsonObject object = schemaObject(m_schema, def);
    QVERIFY2(object.contains(u"properties"_s), "schema object not found");
    const QStringList schemaKeys = sorted(object.value(u"properties"_s).toObject().keys());
    const QStringList loaderKeys =
        sorted(RouteSetFormat::knownKeys(RouteSetFormat::ObjectKind(kind)));
    QCOMPARE(schemaKeys, loaderKeys);
}

void tst_RouteSetFormat::schemaResponseModesMatchLoader()
{
    const QJsonObject mode = schemaObject(m_schema, u"route"_s)
                                 .value(u"properties"_s)
                                 .toObject()
                                 .value(u"responseMode"_s)
                                 .toObject();
    QStringList schemaModes;
    for (const QJsonValue &value : mode.value(u"enum"_s).toArray()) {
        schemaModes.append(value.toString());
    }
    QCOMPARE(sorted(schemaModes), sorted(modelResponseModes()));
    QCOMPARE(mode.value(u"default"_s).toString(), Route::modeName(Route().responseMode));

    for (const QString &name : std::as_const(schemaModes)) {
        const LoadResult result = RouteSetFormat::fromJson(withRoute(
            R"({"path": "/c", "responses": [{}], "responseMode": ")" + name.toUtf8() + "\"}"));
        QVERIFY2(result.ok(), qPrintable(name + u": "_s + errorsOf(result)));
        QCOMPARE(Route::modeName(result.routeSet.routes.at(2).responseMode), name);
    }
    const LoadResult unknown = RouteSetFormat::fromJson(
        withRoute(R"({"path": "/c", "responses": [{}], "responseMode": "roundRobin"})"));
    QVERIFY(!unknown.ok());
}

void tst_RouteSetFormat::schemaMatchersMatchLoader()
{
    const QJsonObject defs = m_schema.value(u"$defs"_s).toObject();
    auto matcherKeys = [&defs](const QString &def) {
        for (const QJsonValue &alternative :
            defs.value(def).toObject().value(u"oneOf"_s).toArray()) {
            const QJsonObject properties = alternative.toObject().value(u"properties"_s).toObject();
            if (!properties.isEmpty()) {
                return sorted(properties.keys());
            }
        }
        return QStringList();
    };
    QCOMPARE(matcherKeys(u"textMatcher"_s), (QStringList { u"contains"_s, u"regex"_s }));
    QCOMPARE(matcherKeys(u"bodyMatcher"_s), (QStringList { u"contains"_s, u"json"_s, u"regex"_s }));
    for (const QString &key : matcherKeys(u"textMatcher"_s)) {
        const QByteArray condition = "{\"" + key.toUtf8() + "\": \"x\"}";
        const LoadResult result = RouteSetFormat::fromJson(withMatch(
            "{\"query\": {\"q\": " + condition + "}, \"headers\": {\"h\": " + condition + "}}"));
        QVERIFY2(result.ok(), qPrintable(key + u": "_s + errorsOf(result)));
    }
    for (const QString &key : matcherKeys(u"bodyMatcher"_s)) {
        const QByteArray value = key == u"json" ? "{\"a\": 1}" : "\"x\"";
        const LoadResult result = RouteSetFormat::fromJson(
            withMatch("{\"body\": {\"" + key.toUtf8() + "\": " + value + "}}"));
        QVERIFY2(result.ok(), qPrintable(key + u": "_s + errorsOf(result)));
    }
}

void tst_RouteSetFormat::schemaRuleNamesMatchModel()
{
    const QJsonObject properties =
        schemaObject(m_schema, u"rule"_s).value(u"properties"_s).toObject();
    auto enumOf = [&properties](const QString &key) {
        QStringList names;
        for (const QJsonValue &value :
            properties.value(key).toObject().value(u"enum"_s).toArray()) {
            names.append(value.toString());
        }
        return names;
    };
    QCOMPARE(enumOf(u"target"_s), MatchRule::targetNames());
    QCOMPARE(enumOf(u"op"_s), MatchRule::operatorNames());
    QCOMPARE(properties.value(u"op"_s).toObject().value(u"default"_s).toString(),
        MatchRule::operatorName(MatchRule().op));
    QCOMPARE(schemaObject(m_schema, u"rule"_s).value(u"required"_s).toArray(),
        QJsonArray { u"target"_s });
    QCOMPARE(schemaObject(m_schema, u"rule"_s).value(u"additionalProperties"_s), QJsonValue(false));
}

void tst_RouteSetFormat::schemaChoicesMatchLoader_data()
{
    QTest::addColumn<QString>("def");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("pathSyntax") << u"route"_s << u"pathSyntax"_s
                                << QStringList { u"template"_s, u"mockoon"_s };
    QTest::addRow("missingFile") << u"response"_s << u"missingFile"_s
                                 << QStringList { u"error"_s, u"404"_s };
    QTest::addRow("combine") << u"conditions"_s << u"combine"_s
                             << QStringList { u"all"_s, u"any"_s };
}

void tst_RouteSetFormat::schemaChoicesMatchLoader()
{
    QFETCH(QString, def);
    QFETCH(QString, key);
    QFETCH(QStringList, names);
    const QJsonObject property =
        schemaObject(m_schema, def).value(u"properties"_s).toObject().value(key).toObject();
    QStringList schemaNames;
    for (const QJsonValue &value : property.value(u"enum"_s).toArray()) {
        schemaNames.append(value.toString());
    }
    QCOMPARE(schemaNames, names);
    // The first is the default, which the writer leaves out.
    QCOMPARE(property.value(u"default"_s).toString(), names.first());
    for (const QString &name : std::as_const(names)) {
        const QByteArray member = "\"" + key.toUtf8() + "\": \"" + name.toUtf8() + "\"";
        QByteArray json;
        if (def == u"route") {
            json = withRoute(R"({"path": "/c", "responses": [{}], )" + member + "}");
        } else if (def == u"response") {
            json = withResponse(R"({"bodyFile": "a.txt", )" + member + "}");
        } else {
            json = withMatch("{" + member + "}");
        }
        const LoadResult result = RouteSetFormat::fromJson(json);
        QVERIFY2(result.ok(), qPrintable(name + u": "_s + errorsOf(result)));
        const QJsonObject saved = QJsonDocument::fromJson(RouteSetFormat::toJson(result.routeSet))
                                      .object()
                                      .value(u"routes"_s)
                                      .toArray()
                                      .at(2)
                                      .toObject();
        const QJsonObject holder = def == u"route" ? saved
            : def == u"response" ? saved.value(u"responses"_s).toArray().at(1).toObject()
                                 : saved.value(u"match"_s).toObject();
        QCOMPARE(holder.value(key),
            name == names.first() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(name));
    }
}

void tst_RouteSetFormat::schemaVersionIsCurrentVersion()
{
    const QJsonObject version =
        m_schema.value(u"properties"_s).toObject().value(u"mockbench"_s).toObject();
    QCOMPARE(version.value(u"maximum"_s).toInt(-1), RouteSetFormat::CurrentVersion);
    QCOMPARE(m_schema.value(u"required"_s).toArray(), (QJsonArray { u"mockbench"_s, u"routes"_s }));
}

void tst_RouteSetFormat::writeFileFailsForMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no/such/folder/routes.mockbench.json"_s);
    QString error;
    QVERIFY(!RouteSetFormat::writeFile(RouteSet::builtInExample(), path, &error));
    QVERIFY2(error.startsWith(u"cannot write "_s + path + u": "_s), qPrintable(error));
    QVERIFY(error.size() > (u"cannot write "_s + path + u": "_s).size());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
}

void tst_RouteSetFormat::failedWriteLeavesExistingFileUntouched()
{
#ifndef Q_OS_UNIX
    QSKIP("Simulating a full disk needs RLIMIT_FSIZE");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"routes.mockbench.json"_s);
    const QByteArray before = "{ \"mockbench\": 1, \"routes\": [] }\n";
    QVERIFY(writeAll(path, before));
    const LoadResult rich = RouteSetFormat::readFile(testData(u"format-rich.mockbench.json"_s));
    QVERIFY2(rich.ok(), qPrintable(errorsOf(rich)));
    QVERIFY(RouteSetFormat::toJson(rich.routeSet).size() > 64);

    QString error;
    bool written = true;
    {
        // The disk "fills up" after 64 bytes of the new file, long before it is complete.
        FileSizeLimit fullDisk(64);
        QVERIFY(fullDisk.isActive());
        written = RouteSetFormat::writeFile(rich.routeSet, path, &error);
    }
    QVERIFY(!written);
    QVERIFY2(error.startsWith(u"cannot write "_s + path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    // No temporary file left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { u"routes.mockbench.json"_s });
#endif
}

void tst_RouteSetFormat::writtenFileLoadsBackEqual()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(testData(u"format-body.txt"_s), dir.filePath(u"format-body.txt"_s)));
    const LoadResult rich = RouteSetFormat::readFile(testData(u"format-rich.mockbench.json"_s));
    QVERIFY2(rich.ok(), qPrintable(errorsOf(rich)));

    const QString path = dir.filePath(u"saved.mockbench.json"_s);
    QVERIFY(writeAll(path, "old content that must be replaced completely"));
    QString error;
    QVERIFY2(RouteSetFormat::writeFile(rich.routeSet, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), RouteSetFormat::toJson(rich.routeSet));

    const LoadResult reloaded = RouteSetFormat::readFile(path);
    QVERIFY2(reloaded.ok(), qPrintable(errorsOf(reloaded)));
    QCOMPARE(reloaded.routeSet, rich.routeSet);
    QCOMPARE(reloaded.routeSet.baseDir, QFileInfo(path).absolutePath());
}

void tst_RouteSetFormat::readFileReportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"absent.mockbench.json"_s);
    const LoadResult result = RouteSetFormat::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, path);
    QVERIFY2(result.errors.first().message.startsWith(u"cannot read: "_s),
        qPrintable(result.errors.first().message));
    QVERIFY(result.routeSet.routes.isEmpty());
}

void tst_RouteSetFormat::builtInExampleServesGetFoo()
{
    const RouteSet example = RouteSet::builtInExample();
    const int index = example.indexOf(u"get-foo"_s);
    QVERIFY(index >= 0);
    const Route &route = example.routes.at(index);
    QCOMPARE(route.method, u"GET"_s);
    QCOMPARE(route.path, u"/1.1/foo/{bar:int}"_s);
    QVERIFY(route.enabled);
    QCOMPARE(route.responses.size(), 1);
    QCOMPARE(route.responses.first().status, 200);
    QCOMPARE(route.responses.first().headerValues(u"Content-Type"_s),
        QStringList { u"application/json"_s });
    QVERIFY(route.responses.first().body.contains(u"params.bar * 2"_s));
}

void tst_RouteSetFormat::fromFileListsErrorsAsPathAndMessage()
{
    FormatErrors errors { { u"x"_s, u"left over from an earlier call"_s } };
    const RouteSet set = RouteSet::fromFile(testData(u"format-errors.mockbench.json"_s), &errors);
    QCOMPARE(set, RouteSet());
    QCOMPARE(errors.size(), 6);
    QCOMPARE(errors.first().toString(),
        u"routes[1].method: must be an HTTP method such as GET, or \"*\""_s);
    QCOMPARE(errors.last().toString(), u"routes[2].responses[0].status: must be 100..999"_s);

    const RouteSet good = RouteSet::fromFile(testData(u"foo.mockbench.json"_s), &errors);
    QCOMPARE(errors, FormatErrors());
    QCOMPARE(good.routes.size(), 2);
}

QTEST_GUILESS_MAIN(tst_RouteSetFormat)
#include "tst_routesetformat.moc"
