// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/RouteSetFormat.h"
#include "model/MockoonPath.h"
#include "model/RouteSet.h"
#include "model/Validation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

Q_DECLARE_METATYPE(MockBench::RouteSet)

/// Validation of a route set on the model itself: what the document, the admin API and the
/// importers check before serving, with the loader's paths and messages.
class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsRuleBreaks_data();
    void reportsRuleBreaks();
    void acceptsVersion3Fields();
    void acceptsTheBuiltInExample();
    void loaderReportsWhatValidationReports();
    void checksBodyFilesAgainstTheFolder();
    void routeOnItsOwnHasRelativePaths();
    void reportsRegexErrorsAsWritten_data();
    void reportsRegexErrorsAsWritten();
};

namespace {

RouteSet oneRoute(const Route &route)
{
    RouteSet set;
    set.add(route);
    return set;
}

Route okRoute()
{
    return Route::get(u"/items"_s).withId(u"items"_s).respond(200, u"ok"_s);
}

MatchRule rule(MatchRule::Target target, MatchRule::Operator op, const QString &value)
{
    MatchRule r;
    r.target = target;
    r.name = u"x"_s;
    r.op = op;
    r.value = value;
    return r;
}

Route withRule(Route route, const MatchRule &r, bool inWhen)
{
    MatchConditions c;
    c.rules.append(r);
    if (inWhen) {
        route.responses[0].when = c;
    } else {
        route.match = c;
    }
    return route;
}

} // namespace

void tst_Validation::reportsRuleBreaks_data()
{
    QTest::addColumn<RouteSet>("set");
    QTest::addColumn<QString>("error");

    QTest::addRow("method not a token")
        << oneRoute(Route::on(u"GE T"_s, u"/a"_s).withId(u"a"_s).respond(200))
        << u"routes[0].method: must be an HTTP method such as GET, or \"*\""_s;
    Route badPath = okRoute();
    badPath.path = u"/a/{id"_s;
    QTest::addRow("path template") << oneRoute(badPath) << u"routes[0].path: unclosed {"_s;
    Route noResponses = okRoute();
    noResponses.responses.clear();
    QTest::addRow("no response") << oneRoute(noResponses)
                                 << u"routes[0].responses: must be a non-empty array"_s;
    QTest::addRow("status") << oneRoute(Route::get(u"/a"_s).withId(u"a"_s).respond(1000))
                            << u"routes[0].responses[0].status: must be 100..999"_s;
    Route reason = okRoute();
    reason.responses[0].reason = u"OK\r\nX-Injected: 1"_s;
    QTest::addRow("reason with a line break")
        << oneRoute(reason) << u"routes[0].responses[0].reason: must not contain line breaks"_s;
    QTest::addRow("header name")
        << oneRoute(Route::get(u"/a"_s).withId(u"a"_s).respond(
               200, u""_s, { { u"Bad Name"_s, { u"x"_s } } }))
        << u"routes[0].responses[0].headers.Bad Name: not a valid header name"_s;
    QTest::addRow("header value with a line break")
        << oneRoute(Route::get(u"/a"_s).withId(u"a"_s).respond(
               200, u""_s, { { u"X-A"_s, { u"1\n2"_s } } }))
        << u"routes[0].responses[0].headers.X-A: must not contain line breaks"_s;
    QTest::addRow("second of two header values")
        << oneRoute(Route::get(u"/a"_s).withId(u"a"_s).respond(
               200, u""_s, { { u"X-A"_s, { u"1"_s, u"2\r"_s } } }))
        << u"routes[0].responses[0].headers.X-A[1]: must not contain line breaks"_s;
    QTest::addRow("query regex")
        << oneRoute(okRoute().whenQuery(u"q"_s, ValueMatcher::regex(u"(a"_s)))
        << u"routes[0].match.query.q.regex: invalid regex: missing closing parenthesis"_s;
    QTest::addRow("json subset not a container")
        << oneRoute(okRoute().whenBody(ValueMatcher::json(QJsonValue(3))))
        << u"routes[0].match.body.json: must be an object or an array"_s;
    Route when = okRoute();
    MatchConditions c;
    c.headers.append({ u"X-A"_s, ValueMatcher::regex(u"[a-"_s) });
    when.responses[0].when = c;
    QTest::addRow("response condition")
        << oneRoute(when)
        << u"routes[0].responses[0].when.headers.X-A.regex: invalid regex: missing terminating ] for character class"_s;
    Route dribble = okRoute();
    dribble.responses[0].fault = Fault::dribble(0, 10);
    QTest::addRow("fault parameter") << oneRoute(
        dribble) << u"routes[0].responses[0].chunkBytes: must be an integer 1..1048576"_s;
    Chaos seeded;
    seeded.seed = 7;
    QTest::addRow("seed on a route") << oneRoute(okRoute().withChaos(seeded))
                                     << u"routes[0].chaos.seed: only the global chaos has a seed"_s;
    RouteSet rate = oneRoute(okRoute());
    rate.chaos.errorRate = 2;
    QTest::addRow("error rate") << rate << u"chaos.errorRate: must be a number 0..1"_s;
    RouteSet uniform = oneRoute(okRoute());
    uniform.chaos.latency = Latency::uniform(50, 10);
    QTest::addRow("uniform upside down")
        << uniform << u"chaos.latency.maxMs: must not be below minMs"_s;
    RouteSet lognormal = oneRoute(okRoute());
    lognormal.chaos.latency = Latency::lognormal(100, 0.5, 20);
    QTest::addRow("lognormal cap below median")
        << lognormal << u"chaos.latency.maxMs: must not be below medianMs"_s;
    RouteSet errorStatus = oneRoute(okRoute());
    errorStatus.chaos.error = ChaosError::withStatus(99);
    QTest::addRow("error status") << errorStatus
                                  << u"chaos.error.status: must be an integer 100..599"_s;
    RouteSet twice;
    twice.add(okRoute()).add(okRoute());
    QTest::addRow("duplicate id") << twice
                                  << u"routes[1].id: \"items\" is already used by routes[0]"_s;
    RouteSet noId;
    noId.routes.append(Route::get(u"/a"_s).respond(200));
    QTest::addRow("route without id") << noId << u"routes[0].id: must be a non-empty string"_s;
    Route absolute = okRoute();
    absolute.responses[0] = Response();
    absolute.responses[0].bodySource = Response::BodySource::File;
    absolute.responses[0].bodyFile = u"/etc/passwd"_s;
    QTest::addRow("absolute body file")
        << oneRoute(absolute)
        << u"routes[0].responses[0].bodyFile: must be relative to the route set's folder"_s;
    Route outside = absolute;
    outside.responses[0].bodyFile = u"a/../../x"_s;
    QTest::addRow("body file outside") << oneRoute(
        outside) << u"routes[0].responses[0].bodyFile: must stay inside the route set's folder"_s;

    // Version 3
    Route mockoon = okRoute();
    mockoon.path = u"/a/:"_s;
    mockoon.pathSyntax = Route::PathSyntax::Mockoon;
    QString why;
    QVERIFY(!MockoonPath::compile(mockoon.path, &why));
    QTest::addRow("mockoon path") << oneRoute(mockoon) << u"routes[0].path: "_s + why;
    Route fallthrough = okRoute().withMode(Route::ResponseMode::Random);
    fallthrough.fallthrough = true;
    QTest::addRow("fallthrough outside rules mode")
        << oneRoute(fallthrough)
        << u"routes[0].fallthrough: only applies to responseMode \"rules\" (this route's is \"random\")"_s;
    Route defaults = okRoute().respond(201).respond(202);
    defaults.responses[1].isDefault = true;
    defaults.responses[2].isDefault = true;
    QTest::addRow("two defaults")
        << oneRoute(defaults)
        << u"routes[0].responses[2].default: a route has at most one default response; responses[1] is already"_s;
    Route slow = okRoute();
    slow.responses[0].latency = Latency::uniform(50, 10);
    QTest::addRow("response latency upside down")
        << oneRoute(slow) << u"routes[0].responses[0].latency.maxMs: must not be below minMs"_s;
    Route tooSlow = okRoute();
    tooSlow.responses[0].latency = Latency::fixed(1e9);
    QTest::addRow("response latency too long")
        << oneRoute(tooSlow) << u"routes[0].responses[0].latency.ms: must be a number 0..3600000"_s;
    Route data = okRoute();
    data.responses[0].bodySource = Response::BodySource::Data;
    QTest::addRow("data body without a name")
        << oneRoute(data) << u"routes[0].responses[0].bodyData: must name a data store"_s;
    Route templateFile = okRoute();
    templateFile.responses[0].templateFile = true;
    QTest::addRow("templateFile on a text body")
        << oneRoute(templateFile)
        << u"routes[0].responses[0].templateFile: only applies to a bodyFile (the file is rendered as a template)"_s;
    QTest::addRow("rule regex")
        << oneRoute(withRule(okRoute(),
               rule(MatchRule::Target::Header, MatchRule::Operator::Regex, u"(a"_s), true))
        << u"routes[0].responses[0].when.rules[0].value: invalid regex: missing closing parenthesis"_s;
    QTest::addRow("rule regex ignoring case")
        << oneRoute(withRule(okRoute(),
               rule(MatchRule::Target::Query, MatchRule::Operator::RegexI, u"[a-"_s), false))
        << u"routes[0].match.rules[0].value: invalid regex: missing terminating ] for character class"_s;
    QTest::addRow("schema rule without a store")
        << oneRoute(withRule(okRoute(),
               rule(MatchRule::Target::Body, MatchRule::Operator::Schema, QString()), true))
        << u"routes[0].responses[0].when.rules[0].value: must name the data store that holds the JSON Schema"_s;
    QTest::addRow("data rule in a route's match")
        << oneRoute(withRule(okRoute(),
               rule(MatchRule::Target::Data, MatchRule::Operator::Equals, u"1"_s), false))
        << u"routes[0].match.rules[0].target: \"data\" is known only once a route is chosen; use it in a response's when"_s;
    QTest::addRow("schema rule in a route's match")
        << oneRoute(withRule(okRoute(),
               rule(MatchRule::Target::Body, MatchRule::Operator::Schema, u"s"_s), false))
        << u"routes[0].match.rules[0].op: \"schema\" is known only once a route is chosen; use it in a response's when"_s;
    RouteSet headers = oneRoute(okRoute());
    headers.headers = { { u"X-A"_s, { u"1\r\n2"_s } } };
    QTest::addRow("set header with a line break")
        << headers << u"headers.X-A: must not contain line breaks"_s;
    RouteSet notFoundStatus = oneRoute(okRoute());
    notFoundStatus.notFound = Response::text(1000, u"gone"_s);
    QTest::addRow("notFound status") << notFoundStatus << u"notFound.status: must be 100..999"_s;
    const QString unused = u"has no use in notFound, which answers every request no route takes"_s;
    RouteSet notFoundWhen = notFoundStatus;
    notFoundWhen.notFound = Response::text(404, u"gone"_s);
    notFoundWhen.notFound->when = MatchConditions();
    QTest::addRow("notFound with when") << notFoundWhen << u"notFound.when: "_s + unused;
    RouteSet notFoundDefault = notFoundWhen;
    notFoundDefault.notFound->when.reset();
    notFoundDefault.notFound->isDefault = true;
    QTest::addRow("notFound default") << notFoundDefault << u"notFound.default: "_s + unused;
    RouteSet notFoundLatency = notFoundWhen;
    notFoundLatency.notFound->when.reset();
    notFoundLatency.notFound->latency = Latency::fixed(10);
    QTest::addRow("notFound latency") << notFoundLatency << u"notFound.latency: "_s + unused;
}

void tst_Validation::reportsRuleBreaks()
{
    QFETCH(RouteSet, set);
    QFETCH(QString, error);
    const FormatErrors errors = set.validate();
    QCOMPARE(toStringList(errors), QStringList { error });
}

void tst_Validation::acceptsVersion3Fields()
{
    // What a route's match may test (the request alone), and everything a when may.
    Route route = okRoute().respond(404);
    route.path = u"/items/:id"_s;
    route.pathSyntax = Route::PathSyntax::Mockoon;
    route.fallthrough = true;
    for (const MatchRule::Target target :
        { MatchRule::Target::Body, MatchRule::Target::Query, MatchRule::Target::Header,
            MatchRule::Target::Cookie, MatchRule::Target::Path, MatchRule::Target::Method }) {
        route.match.rules.append(rule(target, MatchRule::Operator::Regex, u"^a"_s));
    }
    MatchConditions when;
    for (const QString &name : MatchRule::targetNames()) {
        when.rules.append(
            rule(*MatchRule::targetFromName(name), MatchRule::Operator::RegexI, u"(?:x|y)+"_s));
    }
    when.rules.append(rule(MatchRule::Target::Body, MatchRule::Operator::Schema, u"s"_s));
    when.any = true;
    route.responses[0].when = when;
    route.responses[0].latency = Latency::lognormal(10, 1, 100);
    route.responses[1].isDefault = true;
    route.responses[1].bodySource = Response::BodySource::Data;
    route.responses[1].bodyData = u"not-created-yet"_s; // stores may appear while serving
    RouteSet set = oneRoute(route);
    set.cors = RouteSet::Cors::On;
    set.headers = { { u"X-Env"_s, { u"test"_s } } };
    set.notFound = Response::text(404, u"gone"_s);
    QCOMPARE(set.validate(), FormatErrors());
}

void tst_Validation::acceptsTheBuiltInExample()
{
    const RouteSet example = RouteSet::builtInExample();
    QVERIFY(!example.routes.isEmpty());
    QCOMPARE(example.validate(), FormatErrors());
    QCOMPARE(oneRoute(okRoute()).validate(), FormatErrors());
}

void tst_Validation::loaderReportsWhatValidationReports()
{
    // The loader reads types, then applies the same rules: one message, one place.
    const LoadResult loaded = RouteSetFormat::fromJson(R"({"mockbench": 1, "routes": [
        {"id": "a", "method": "GE T", "path": "/a/{id", "responses": [{"status": 1000}]}]})");
    RouteSet built;
    Route route = Route::on(u"GE T"_s, u"/a/{id"_s).withId(u"a"_s).respond(1000);
    route.responses[0].bodySource = Response::BodySource::None;
    built.routes.append(route);
    QCOMPARE(loaded.errorStrings(), toStringList(built.validate()));
    QCOMPARE(loaded.errors.size(), 3);
}

void tst_Validation::checksBodyFilesAgainstTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RouteSet set = oneRoute(okRoute());
    set.baseDir = dir.path();
    Response file;
    file.bodySource = Response::BodySource::File;
    file.bodyFile = u"missing.json"_s;
    set.routes[0].responses[0] = file;
    QCOMPARE(toStringList(set.validate()),
        QStringList { u"routes[0].responses[0].bodyFile: file not found: %1/missing.json"_s.arg(
            dir.path()) });
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    set.routes[0].responses[0].bodyFile = u"folder"_s;
    QCOMPARE(toStringList(set.validate()),
        QStringList { u"routes[0].responses[0].bodyFile: must name a file, not a folder"_s });
}

void tst_Validation::routeOnItsOwnHasRelativePaths()
{
    Route route = Route::get(u"/a"_s).respond(1000); // no id: a route on its own may wait for one
    const FormatErrors errors = Validation::route(route, QString());
    QCOMPARE(toStringList(errors), QStringList { u"responses[0].status: must be 100..999"_s });
}

void tst_Validation::reportsRegexErrorsAsWritten_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");

    // Matching adds a bound and anchors to every pattern; errors still name the pattern as
    // written, at its own offsets.
    QTest::addRow("unclosed group") << u"(a"_s << u"missing closing parenthesis"_s << 2;
    QTest::addRow("unclosed class")
        << u"[a-"_s << u"missing terminating ] for character class"_s << 3;
    QTest::addRow("unmatched parenthesis") << u"a)b"_s << u"unmatched closing parenthesis"_s << 1;
    QTest::addRow("quantifier out of order")
        << u"ab{2,1}"_s << u"numbers out of order in {} quantifier"_s << 6;
    QTest::addRow("backslash at the end") << u"a\\"_s << u"\\ at end of pattern"_s << 2;
    // Valid alone, but its \Q quotes the parenthesis that closes the anchoring group.
    QTest::addRow("quoting to the end") << u"\\Qx"_s << u"missing closing parenthesis"_s << 3;
}

void tst_Validation::reportsRegexErrorsAsWritten()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    QFETCH(int, offset);

    const ValueMatcher::Regex regex(pattern);
    QVERIFY(!regex.isValid());
    QCOMPARE(regex.errorString(), message);
    QCOMPARE(regex.patternErrorOffset(), offset);
    QCOMPARE(ValueMatcher::regex(pattern).errorString(), u"invalid regex: "_s + message);
    const RouteSet set = oneRoute(okRoute().whenHeader(u"X-A"_s, ValueMatcher::regex(pattern)));
    QCOMPARE(toStringList(set.validate()),
        QStringList { u"routes[0].match.headers.X-A.regex: invalid regex: "_s + message });
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
