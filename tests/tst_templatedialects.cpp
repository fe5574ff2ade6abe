// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Handlebars dialects ("mockoon", "wiremock") and Faker in JavaScript: every row of the
// dialects' tables (tests/data/templates/<dialect>.json, format in resources/templates/README.md,
// expected values recorded from the real tools) rendered through the real renderer; and, through
// HTTP, bad templates of every dialect answering 500 with the error while the server goes on.
#include "engine/JsTemplateRenderer.h"
#include "engine/TemplateState.h"
#include "http/HttpRequest.h"
#include "model/PathTemplate.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 10000;

/// The state a row starts from, and what its templates leave in it.
class TableState : public TemplateState
{
public:
    explicit TableState(const QJsonObject &start)
    {
        const QJsonObject data = start.value(u"data"_s).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            m_data[it.key()] = it.value();
        }
        const QJsonObject globals = start.value(u"globals"_s).toObject();
        for (auto it = globals.begin(); it != globals.end(); ++it) {
            m_globals[it.key()] = it.value();
        }
    }
    std::optional<QJsonValue> data(const QString &name) const override
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_data.find(name);
        return found == m_data.end() ? std::nullopt : std::optional<QJsonValue>(found->second);
    }
    QStringList dataNames() const override
    {
        std::lock_guard lock(m_mutex);
        QStringList names;
        for (const auto &[name, value] : m_data) {
            names.append(name);
        }
        return names;
    }
    void setData(const QString &name, const QJsonValue &value) override
    {
        std::lock_guard lock(m_mutex);
        m_data[name] = value;
    }
    std::optional<QJsonValue> globalVar(const QString &name) const override
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_globals.find(name);
        return found == m_globals.end() ? std::nullopt : std::optional<QJsonValue>(found->second);
    }
    void setGlobalVar(const QString &name, const QJsonValue &value) override
    {
        std::lock_guard lock(m_mutex);
        m_globals[name] = value;
    }
    QJsonObject toJson() const
    {
        std::lock_guard lock(m_mutex);
        QJsonObject data;
        for (const auto &[name, value] : m_data) {
            data.insert(name, value);
        }
        QJsonObject globals;
        for (const auto &[name, value] : m_globals) {
            globals.insert(name, value);
        }
        return { { u"data"_s, data }, { u"globals"_s, globals } };
    }

private:
    mutable std::mutex m_mutex;
    std::map<QString, QJsonValue> m_data;
    std::map<QString, QJsonValue> m_globals;
};

QJsonArray tableOf(const QString &dialect)
{
    QFile file(QFINDTESTDATA(u"data/templates/"_s + dialect + u".json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isArray() ? doc.array() : doc.object().value(u"cases"_s).toArray();
}

/// The request of a row ("request": method, target, headers as pairs or an object, body).
HttpRequest requestOf(const QJsonObject &row)
{
    const QJsonObject r = row.value(u"request"_s).toObject();
    HttpRequest request;
    request.method = r.value(u"method"_s).toString(u"GET"_s).toLatin1();
    request.setTarget(r.value(u"target"_s).toString(u"/"_s).toUtf8());
    const QJsonValue headers = r.value(u"headers"_s);
    if (headers.isArray()) {
        for (const QJsonValue &pair : headers.toArray()) {
            request.headers.append({ pair.toArray().at(0).toString().toLatin1(),
                pair.toArray().at(1).toString().toUtf8() });
        }
    } else {
        const QJsonObject object = headers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            request.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
        }
    }
    if (!request.hasHeader("Host")) {
        request.headers.prepend({ "Host", "localhost:3000" });
    }
    request.body = r.value(u"body"_s).toString().toUtf8();
    request.peerAddress = r.value(u"ip"_s).toString(u"127.0.0.1"_s);
    request.localPort = 3000;
    return request;
}

/// The path captures of the row's route for its request.
PathCaptures capturesOf(const QJsonObject &row, const HttpRequest &request, QString *error)
{
    PathCaptures captures;
    const QString route = row.value(u"route"_s).toString();
    if (route.isEmpty()) {
        return captures;
    }
    const std::optional<PathTemplate> path = PathTemplate::parse(route, error);
    if (path && !path->match(PathTemplate::splitPath(request.path), &captures)) {
        *error = u"the route %1 does not match %2"_s.arg(route, request.path);
    }
    return captures;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray header;
};

Answer fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &headerName = {})
{
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(WaitMs);
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        headerName.isEmpty() ? QByteArray() : reply->rawHeader(headerName) };
}

} // namespace

class tst_TemplateDialects : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<JsTemplateRenderer>> m_renderers;

    JsTemplateRenderer &renderer(const QString &dialect)
    {
        std::unique_ptr<JsTemplateRenderer> &slot = m_renderers[dialect];
        if (!slot) {
            slot = std::make_unique<JsTemplateRenderer>(*templateDialectFromName(dialect));
            slot->setTimeout(5000); // the first render of a row may load Faker
        }
        return *slot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Mockoon and WireMock format dates in the server's zone; the tables are in UTC.
        qputenv("TZ", "UTC");
    }
    void cleanupTestCase() { m_renderers.clear(); }

    void tablesHaveRows_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("mockoon") << u"mockoon"_s;
        QTest::newRow("wiremock") << u"wiremock"_s;
    }
    void tablesHaveRows()
    {
        QFETCH(QString, dialect);
        QVERIFY2(tableOf(dialect).size() >= 50,
            qPrintable(
                u"%1 rows in data/templates/%2.json"_s.arg(tableOf(dialect).size()).arg(dialect)));
    }

    void rendersAsTheToolDoes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QJsonObject>("row");
        for (const QString &dialect : { u"mockoon"_s, u"wiremock"_s }) {
            const QJsonArray table = tableOf(dialect);
            for (qsizetype i = 0; i < table.size(); ++i) {
                const QJsonObject row = table.at(i).toObject();
                if (row.value(u"skip"_s).toBool()) {
                    continue;
                }
                const QString name = u"%1 #%2 %3"_s.arg(dialect).arg(i).arg(
                    row.value(u"name"_s).toString(row.value(u"template"_s).toString()));
                QTest::newRow(qPrintable(name)) << dialect << row;
            }
        }
    }
    void rendersAsTheToolDoes()
    {
        QFETCH(QString, dialect);
        QFETCH(QJsonObject, row);
        JsTemplateRenderer &r = renderer(dialect);
        if (row.contains(u"now"_s)) {
            const QDateTime now =
                QDateTime::fromString(row.value(u"now"_s).toString(), Qt::ISODate);
            QVERIFY2(now.isValid(), "the row's \"now\" is no ISO date");
            r.setFixedTime(now.toMSecsSinceEpoch());
        } else {
            r.setFixedTime(std::nullopt);
        }
        if (row.contains(u"seed"_s)) {
            r.setRandomSeed(quint32(row.value(u"seed"_s).toInteger()));
        }
        auto state = std::make_shared<TableState>(row.value(u"state"_s).toObject());
        r.setState(state);
        const HttpRequest request = requestOf(row);
        QString routeError;
        const PathCaptures captures = capturesOf(row, request, &routeError);
        QVERIFY2(routeError.isEmpty(), qPrintable(routeError));

        const auto compiled = r.compile(row.value(u"template"_s).toString());
        const RenderResult result = r.render(*compiled, request, captures);
        const QString text = QString::fromUtf8(result.text);
        if (row.contains(u"expectError"_s)) {
            QVERIFY2(!result.ok(), qPrintable(u"rendered \"%1\""_s.arg(text)));
            QVERIFY2(result.error.contains(row.value(u"expectError"_s).toString()),
                qPrintable(result.error));
        } else if (row.contains(u"expectRegex"_s)) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            const QRegularExpression shape(
                QRegularExpression::anchoredPattern(row.value(u"expectRegex"_s).toString()),
                QRegularExpression::DotMatchesEverythingOption);
            QVERIFY2(shape.isValid(), qPrintable(shape.errorString()));
            QVERIFY2(shape.match(text).hasMatch(),
                qPrintable(u"\"%1\" does not match %2"_s.arg(text, shape.pattern())));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(text, row.value(u"expect"_s).toString());
        }
        if (row.contains(u"stateAfter"_s)) {
            const QJsonObject expected = row.value(u"stateAfter"_s).toObject();
            const QJsonObject actual = state->toJson();
            // Only what the row names: the stores and variables its templates touch.
            for (const QString &part : { u"data"_s, u"globals"_s }) {
                const QJsonObject want = expected.value(part).toObject();
                const QJsonObject have = actual.value(part).toObject();
                for (auto it = want.begin(); it != want.end(); ++it) {
                    QVERIFY2(have.value(it.key()) == it.value(),
                        qPrintable(u"%1.%2 is %3"_s.arg(part, it.key(),
                            QString::fromUtf8(QJsonDocument(QJsonArray { have.value(it.key()) })
                                                  .toJson(QJsonDocument::Compact)))));
                }
            }
        }
    }

    // The same seed gives Faker's same values in every dialect: JavaScript's faker.* and the
    // Mockoon dialect's faker helper share the one seeded sequence.
    void fakerRepeatsUnderASeed()
    {
        JsTemplateRenderer js;
        JsTemplateRenderer mockoon(TemplateDialect::Mockoon);
        for (TemplateRenderer *r :
            { static_cast<TemplateRenderer *>(&js), static_cast<TemplateRenderer *>(&mockoon) }) {
            r->setTimeout(5000);
        }
        const auto jsName = js.compile(u"{{ faker.person.firstName() }}"_s);
        const auto hbsName = mockoon.compile(u"{{faker 'person.firstName'}}"_s);
        js.setRandomSeed(7);
        mockoon.setRandomSeed(7);
        const RenderResult a = js.render(*jsName, {}, {});
        const RenderResult b = mockoon.render(*hbsName, {}, {});
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY2(b.ok(), qPrintable(b.error));
        QVERIFY(!a.text.isEmpty());
        QCOMPARE(a.text, b.text);
        js.setRandomSeed(7);
        QCOMPARE(js.render(*jsName, {}, {}).text, a.text);
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            names.append(QString::fromUtf8(js.render(*jsName, {}, {}).text));
        }
        names.removeDuplicates();
        QVERIFY2(names.size() > 1, "the sequence goes on between renders");
    }

    // \{{ is a literal {{ in every dialect (Handlebars' lexer keeps the backslash in QJSEngine
    // 6.4: the runtime makes up for it).
    void escapedMustacheIsLiteral_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("mockoon") << u"mockoon"_s;
        QTest::newRow("wiremock") << u"wiremock"_s;
    }
    void escapedMustacheIsLiteral()
    {
        QFETCH(QString, dialect);
        JsTemplateRenderer &r = renderer(dialect);
        const auto compiled = r.compile(u"{{#if true}}a \\{{b}} c \\{{x}}{{/if}}"_s);
        QVERIFY2(compiled->error().isEmpty(), qPrintable(compiled->error()));
        const RenderResult result = r.render(*compiled, {}, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, QByteArray("a {{b}} c {{x}}"));
    }

    // JavaScript reads the data stores as `data.NAME` (a copy, as they are now), on the
    // serving thread for a plain expression and on the worker for the rest.
    void javaScriptReadsDataStores_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << u"{{ data.users[1].name }}"_s << QByteArray("Bob");
        QTest::newRow("call") << u"{{ data.users.map(u => u.name).join('+') }}"_s
                              << QByteArray("Ada+Bob");
        QTest::newRow("missing") << u"{{ typeof data.none }}"_s << QByteArray("undefined");
        QTest::newRow("in") << u"{{ 'users' in data }}"_s << QByteArray("true");
        QTest::newRow("copy") << u"{{ (data.users.push(1), data.users.length) }}"_s
                              << QByteArray("2");
    }
    void javaScriptReadsDataStores()
    {
        QFETCH(QString, source);
        QFETCH(QByteArray, expected);
        JsTemplateRenderer js;
        js.setState(std::make_shared<TableState>(
            QJsonDocument::fromJson(R"({"data": {"users": [{"name": "Ada"}, {"name": "Bob"}]}})")
                .object()));
        const auto compiled = js.compile(source);
        QVERIFY2(compiled->error().isEmpty(), qPrintable(compiled->error()));
        QList<RenderResult> results;
        bool done = false;
        js.renderAsync({ compiled }, {}, {}, this, [&](QList<RenderResult> r) {
            results = std::move(r);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().error));
        QCOMPARE(results.first().text, expected);
    }

    // What a template changes in the engine cannot run unwatched later: not while Faker loads
    // (it reads built-ins the template may have replaced), not when the seed is set, not when a
    // request body is parsed; and the renderer can always be destroyed.
    void hostileTemplatesStayWatched_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("faker's load")
            << u"{{ (Object.defineProperty = function () { for (;;) {} }, faker.person.firstName()) }}"_s
            << u"{{ 1 + 1 }}"_s;
        QTest::newRow("faker's seed")
            << u"{{ (faker.person.firstName(), faker.seed = function () { for (;;) {} }, 1) }}"_s
            << u"{{ faker.string.uuid().length }}"_s;
        QTest::newRow("json") << u"{{ (JSON.parse = function () { for (;;) {} }, 1) }}"_s
                              << u"{{ json.a }}"_s;
    }
    void hostileTemplatesStayWatched()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        auto js = std::make_unique<JsTemplateRenderer>();
        js->setTimeout(100);
        HttpRequest request;
        request.method = "POST";
        request.setTarget("/");
        request.body = R"({"a": 2})";
        const auto a = js->compile(first);
        const auto b = js->compile(second);
        QVERIFY2(a->error().isEmpty(), qPrintable(a->error()));
        QElapsedTimer timer;
        timer.start();
        const RenderResult one = js->render(*a, request, {});
        js->setRandomSeed(7);
        const RenderResult two = js->render(*b, request, {});
        // The first either fails on its own budget or renders; the second renders.
        QVERIFY2(two.ok(), qPrintable(two.error));
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        Q_UNUSED(one)
        timer.restart();
        js.reset();
        QVERIFY2(timer.elapsed() < 3000, "the renderer goes at once");
    }

    // A JavaScript template with a syntax error is evaluated on the caller's engine to find
    // the parser's message; code it smuggles in then reaches no state.
    void syntaxChecksChangeNoState()
    {
        JsTemplateRenderer js;
        auto state = std::make_shared<TableState>(
            QJsonDocument::fromJson(R"({"data": {"users": [1]}})").object());
        js.setState(state);
        const auto compiled =
            js.compile(u"{{ 1)); } catch (e) {} }); __mb.setGlobalVar('pwned', '1'); "
                       "__mb.setStateData('users', '[]'); (function () { try { ((1 /*}}*/ }}"_s);
        QVERIFY(!compiled->error().isEmpty());
        QCOMPARE(state->globalVar(u"pwned"_s), std::nullopt);
        QCOMPARE(state->data(u"users"_s), std::optional<QJsonValue>(QJsonArray { 1 }));
    }

    // A big Handlebars template is compiled once, when the set loads (against a budget of its
    // own), and its renders only run it: the first render is no slower than the next.
    void bigHandlebarsTemplatesRender()
    {
        JsTemplateRenderer &r = renderer(u"mockoon"_s);
        r.setTimeout(100);
        QString source;
        for (int i = 0; i < 300; ++i) {
            source += u"{{urlParam 'id'}},"_s;
        }
        const auto compiled = r.compile(source);
        QVERIFY2(compiled->error().isEmpty(), qPrintable(compiled->error()));
        HttpRequest request;
        request.setTarget("/items/7");
        const PathCaptures captures { { u"id"_s, u"7"_s, false } };
        const RenderResult result = r.render(*compiled, request, captures);
        r.setTimeout(5000);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text.count("7,"), 300);
    }

    // Mockoon's {{status}} sets the status of the response it renders in.
    void mockoonStatusHelperSetsTheStatus()
    {
        RouteSet set;
        set.templating = TemplateDialect::Mockoon;
        set.add(
            Route::get(u"/made"_s)
                .withId(u"made"_s)
                .respond(200,
                    u"{{#if (eq (queryParam 'new') '1')}}{{status 201}}created{{else}}there{{/if}}"_s));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Answer created = fetch(nam, server.baseUrl().resolved(QUrl(u"/made?new=1"_s)));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body, QByteArray("created"));
        const Answer there = fetch(nam, server.baseUrl().resolved(QUrl(u"/made"_s)));
        QCOMPARE(there.status, 200);
        QCOMPARE(there.body, QByteArray("there"));
    }

    // Templates change the server's state across requests (Mockoon's global variables and
    // setData), JavaScript reads it, and a reset puts it back, all through HTTP.
    void templatesKeepStateAcrossRequests()
    {
        RouteSet set;
        set.templating = TemplateDialect::Mockoon;
        set.data.insert(u"visits"_s, 0);
        set.add(
            Route::get(u"/login/{user}"_s)
                .withId(u"login"_s)
                .respond(200,
                    u"{{setGlobalVar 'user' (urlParam 'user')}}{{setData 'inc' 'visits'}}hello"_s));
        set.add(Route::get(u"/me"_s).withId(u"me"_s).respond(
            200, u"{{getGlobalVar 'user' '' 'nobody'}}/{{data 'visits'}}"_s));
        Response js = Response::text(200, u"{{ data.visits * 10 }}"_s);
        js.templating = TemplateDialect::JavaScript;
        set.add(Route::get(u"/js"_s).withId(u"js"_s).respond(js));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const auto get = [&](const QString &path) {
            return fetch(nam, server.baseUrl().resolved(QUrl(path))).body;
        };
        QCOMPARE(get(u"/me"_s), QByteArray("nobody/0"));
        QCOMPARE(get(u"/login/ada"_s), QByteArray("hello"));
        QCOMPARE(get(u"/login/bob"_s), QByteArray("hello"));
        QCOMPARE(get(u"/me"_s), QByteArray("bob/2"));
        QCOMPARE(get(u"/js"_s), QByteArray("20"));
        QCOMPARE(server.globalVariables().value(u"user"_s).toString(), u"bob"_s);
        server.resetState();
        QCOMPARE(get(u"/me"_s), QByteArray("nobody/0"));
        QCOMPARE(get(u"/js"_s), QByteArray("0"));
    }

    // Bad templates of each dialect: 500 naming the error and where; the server goes on.
    void badTemplatesAnswer500_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("js syntax") << u"js"_s << u"{{ 1 + }}"_s << u"{{ 1 + }}"_s;
        QTest::newRow("js throws") << u"js"_s << u"{{ null.x }}"_s << u"null.x"_s;
        QTest::newRow("mockoon unclosed block")
            << u"mockoon"_s << u"a\n{{#if true}}b"_s << u"Parse error on line 2"_s;
        QTest::newRow("mockoon bad mustache")
            << u"mockoon"_s << u"{{urlParam 'id'}"_s << u"Parse error on line 1"_s;
        // Served as Mockoon serves it: Handlebars' message, without MockBench's place.
        QTest::newRow("mockoon each without a list")
            << u"mockoon"_s << u"x\n {{#each}}{{/each}}"_s
            << u"Error while serving the content: Must pass iterator to #each"_s;
        QTest::newRow("wiremock unclosed block")
            << u"wiremock"_s << u"{{#each request.query}}"_s << u"Parse error on line 1"_s;
        QTest::newRow("wiremock missing helper")
            << u"wiremock"_s << u"{{noSuchHelper request.path}}"_s
            << u"Missing helper: \"noSuchHelper\" in {{noSuchHelper}} at line 1, column 1"_s;
        QTest::newRow("wiremock endless")
            << u"wiremock"_s << u"{{#each (range 1 100000000)}}{{this}}{{/each}}"_s
            << u"template"_s;
    }
    void badTemplatesAnswer500()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, body);
        QFETCH(QString, error);
        RouteSet set;
        set.templating = *templateDialectFromName(dialect);
        set.add(Route::get(u"/bad"_s).withId(u"bad"_s).respond(200, body));
        set.add(Route::get(u"/good"_s).withId(u"good"_s).respond(200, u"still here"_s));
        MockServer server;
        server.setTemplateTimeout(500);
        server.setRouteSet(set);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Answer bad = fetch(nam, server.baseUrl().resolved(QUrl(u"/bad"_s)));
        if (dialect == u"mockoon") {
            // As Mockoon answers: the response's status, the error as text.
            QCOMPARE(bad.status, 200);
            QVERIFY2(
                bad.body.startsWith("Error while serving the content: "), bad.body.constData());
        } else {
            QCOMPARE(bad.status, 500);
        }
        QVERIFY2(QString::fromUtf8(bad.body).contains(error), bad.body.constData());
        const Answer good = fetch(nam, server.baseUrl().resolved(QUrl(u"/good"_s)));
        QCOMPARE(good.status, 200);
        QCOMPARE(good.body, QByteArray("still here"));
    }

    // Header values are templates of the response's dialect too, rendered per request.
    void headersAreTemplated_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("body");
        QTest::newRow("mockoon") << u"mockoon"_s << u"id-{{urlParam 'id'}}"_s
                                 << u"{{queryParam 'q'}}"_s;
        QTest::newRow("wiremock") << u"wiremock"_s << u"id-{{request.path.id}}"_s
                                  << u"{{request.query.q}}"_s;
    }
    void headersAreTemplated()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, header);
        QFETCH(QString, body);
        Response response = Response::text(200, body, { { u"X-Id"_s, { header } } });
        response.templating = templateDialectFromName(dialect);
        RouteSet set;
        set.add(Route::get(u"/items/{id}"_s).withId(u"items"_s).respond(response));
        MockServer server;
        server.setRouteSet(set);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Answer answer =
            fetch(nam, server.baseUrl().resolved(QUrl(u"/items/42?q=hello"_s)), "X-Id");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header, QByteArray("id-42"));
        QCOMPARE(answer.body, QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateDialects)
#include "tst_templatedialects.moc"
