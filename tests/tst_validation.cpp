// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/RouteSetFormat.h"
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
    QTest::addRow("status") << oneRoute(Route::get(u"/a"_s).withId(u"a"_s).respond(700))
                            << u"routes[0].responses[0].status: must be 100..599"_s;
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
}

void tst_Validation::reportsRuleBreaks()
{
    QFETCH(RouteSet, set);
    QFETCH(QString, error);
    const FormatErrors errors = set.validate();
    QCOMPARE(toStringList(errors), QStringList { error });
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
        {"id": "a", "method": "GE T", "path": "/a/{id", "responses": [{"status": 700}]}]})");
    RouteSet built;
    Route route = Route::on(u"GE T"_s, u"/a/{id"_s).withId(u"a"_s).respond(700);
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
    Route route = Route::get(u"/a"_s).respond(700); // no id: a route on its own may wait for one
    const FormatErrors errors = Validation::route(route, QString());
    QCOMPARE(toStringList(errors), QStringList { u"responses[0].status: must be 100..599"_s });
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
