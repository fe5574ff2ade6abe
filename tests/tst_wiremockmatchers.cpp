// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireMockReader.h"
#include "format/RouteSetFormat.h"
#include "http/HttpRequest.h"
#include "model/MatchConditions.h"
#include "model/RouteSet.h"
#include "model/WireMockPattern.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

/// WireMock 3's value patterns (model/WireMockPattern.h) as WireMock documents them
/// (wiremock.org/docs/request-matching), and the "wiremock" rules that carry them.
class tst_WireMockMatchers : public QObject
{
    Q_OBJECT

private:
    static QJsonObject pattern(const char *json)
    {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }

private Q_SLOTS:
    void matchesValue_data();
    void matchesValue();
    void absentFitsOnlyMissingValues();
    void multiValuePatterns();
    void anyValueOfARepeatedItemFits();
    void checkNamesTheProblem_data();
    void checkNamesTheProblem();
    void rulesReadTheRequestAsWireMockDoes();
    void validationRefusesBadPattern();
    void stripsCommentsOutsideStrings();
    void ordersByPriorityThenLastLoaded();
    void reportsWhatIsNotCarriedWithItsPlace();
    void refusesMappingsOfTheWrongShape_data();
    void refusesMappingsOfTheWrongShape();
    void survivesEveryTruncation();
    void keepsBinaryBodiesAsBytes();
};

void tst_WireMockMatchers::matchesValue_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("fits");

    QTest::addRow("equalTo") << QByteArray(R"j({"equalTo":"abc"})j") << QByteArray("abc") << true;
    QTest::addRow("equalTo is case-sensitive")
        << QByteArray(R"j({"equalTo":"abc"})j") << QByteArray("ABC") << false;
    QTest::addRow("equalTo caseInsensitive")
        << QByteArray(R"j({"equalTo":"abc","caseInsensitive":true})j") << QByteArray("ABC") << true;
    QTest::addRow("contains") << QByteArray(R"j({"contains":"b"})j") << QByteArray("abc") << true;
    QTest::addRow("doesNotContain")
        << QByteArray(R"j({"doesNotContain":"b"})j") << QByteArray("abc") << false;
    QTest::addRow("matches is anchored")
        << QByteArray(R"j({"matches":"b+"})j") << QByteArray("abbc") << false;
    QTest::addRow("matches whole")
        << QByteArray(R"j({"matches":"a.*c"})j") << QByteArray("abbc") << true;
    QTest::addRow("doesNotMatch") << QByteArray(R"j({"doesNotMatch":"[0-9]+"})j")
                                  << QByteArray("12a") << true;
    QTest::addRow("equalToJson ignores spacing and member order")
        << QByteArray(R"j({"equalToJson":{"a":1,"b":[1,2]}})j")
        << QByteArray(R"j({ "b": [1, 2], "a": 1 })j") << true;
    QTest::addRow("equalToJson as a string")
        << QByteArray(R"j({"equalToJson":"{\"a\":1}"})j") << QByteArray(R"j({"a":1})j") << true;
    QTest::addRow("equalToJson refuses extra members")
        << QByteArray(R"j({"equalToJson":{"a":1}})j") << QByteArray(R"j({"a":1,"b":2})j") << false;
    QTest::addRow("equalToJson ignoreExtraElements")
        << QByteArray(R"j({"equalToJson":{"a":1},"ignoreExtraElements":true})j")
        << QByteArray(R"j({"a":1,"b":2})j") << true;
    QTest::addRow("equalToJson array order matters")
        << QByteArray(R"j({"equalToJson":[1,2]})j") << QByteArray("[2,1]") << false;
    QTest::addRow("equalToJson ignoreArrayOrder")
        << QByteArray(R"j({"equalToJson":[1,2],"ignoreArrayOrder":true})j") << QByteArray("[2,1]")
        << true;
    QTest::addRow("equalToJson any-string placeholder")
        << QByteArray(R"j({"equalToJson":{"id":"${json-unit.any-string}"}})j")
        << QByteArray(R"j({"id":"x7"})j") << true;
    QTest::addRow("equalToJson any-string wants a string")
        << QByteArray(R"j({"equalToJson":{"id":"${json-unit.any-string}"}})j")
        << QByteArray(R"j({"id":7})j") << false;
    QTest::addRow("equalToJson any-number")
        << QByteArray(R"j({"equalToJson":{"n":"${json-unit.any-number}"}})j")
        << QByteArray(R"j({"n":7.5})j") << true;
    QTest::addRow("equalToJson ignore")
        << QByteArray(R"j({"equalToJson":{"n":"${json-unit.ignore}"}})j")
        << QByteArray(R"j({"n":[1]})j") << true;
    QTest::addRow("equalToJson regex placeholder")
        << QByteArray(R"j({"equalToJson":{"n":"${json-unit.regex}[A-Z]+"}})j")
        << QByteArray(R"j({"n":"ABC"})j") << true;
    QTest::addRow("equalToJson not JSON")
        << QByteArray(R"j({"equalToJson":{"a":1}})j") << QByteArray("a=1") << false;
    QTest::addRow("matchesJsonPath present") << QByteArray(R"j({"matchesJsonPath":"$.name"})j")
                                             << QByteArray(R"j({"name":"x"})j") << true;
    QTest::addRow("matchesJsonPath absent")
        << QByteArray(R"j({"matchesJsonPath":"$.name"})j") << QByteArray(R"j({"id":1})j") << false;
    QTest::addRow("matchesJsonPath null is no match")
        << QByteArray(R"j({"matchesJsonPath":"$.name"})j") << QByteArray(R"j({"name":null})j")
        << false;
    QTest::addRow("matchesJsonPath empty array is no match")
        << QByteArray(R"j({"matchesJsonPath":"$.items"})j") << QByteArray(R"j({"items":[]})j")
        << false;
    QTest::addRow("matchesJsonPath filter")
        << QByteArray(R"j({"matchesJsonPath":"$.items[?(@.price > 10)]"})j")
        << QByteArray(R"j({"items":[{"price":5},{"price":12}]})j") << true;
    QTest::addRow("matchesJsonPath filter without a match")
        << QByteArray(R"j({"matchesJsonPath":"$.items[?(@.price > 100)]"})j")
        << QByteArray(R"j({"items":[{"price":5},{"price":12}]})j") << false;
    QTest::addRow("matchesJsonPath filter on string")
        << QByteArray(R"j({"matchesJsonPath":"$[?(@.kind == 'a')]"})j")
        << QByteArray(R"j([{"kind":"b"},{"kind":"a"}])j") << true;
    QTest::addRow("matchesJsonPath with equalTo")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.name","equalTo":"x"}})j")
        << QByteArray(R"j({"name":"x"})j") << true;
    QTest::addRow("matchesJsonPath number with equalTo")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.n","equalTo":"42"}})j")
        << QByteArray(R"j({"n":42})j") << true;
    QTest::addRow("matchesJsonPath with contains on an array")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.tags","contains":"b"}})j")
        << QByteArray(R"j({"tags":["a","b"]})j") << true;
    QTest::addRow("matchesJsonPath with absent")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.x","absent":true}})j")
        << QByteArray(R"j({"n":1})j") << true;
    QTest::addRow("matchesJsonPath with equalToJson")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.o","equalToJson":{"a":[1]}}})j")
        << QByteArray(R"j({"o":{"a":[1]}})j") << true;
    QTest::addRow("matchesJsonPath length()")
        << QByteArray(R"j({"matchesJsonPath":{"expression":"$.items.length()","equalTo":"2"}})j")
        << QByteArray(R"j({"items":[1,2]})j") << true;
    QTest::addRow("equalToXml ignores whitespace")
        << QByteArray(R"j({"equalToXml":"<a><b>1</b></a>"})j")
        << QByteArray("<a>\n  <b>1</b>\n</a>") << true;
    QTest::addRow("equalToXml attribute order")
        << QByteArray(R"j({"equalToXml":"<a x=\"1\" y=\"2\"/>"})j")
        << QByteArray(R"j(<a y="2" x="1"></a>)j") << true;
    QTest::addRow("equalToXml siblings in another order")
        << QByteArray(R"j({"equalToXml":"<a><b>1</b><c>2</c></a>"})j")
        << QByteArray("<a>\n  <c>2</c>\n  <b>1</b>\n</a>") << true;
    QTest::addRow("equalToXml different text")
        << QByteArray(R"j({"equalToXml":"<a><b>1</b></a>"})j") << QByteArray("<a><b>2</b></a>")
        << false;
    QTest::addRow("equalToXml placeholders") << QByteArray(
        R"j({"equalToXml":"<a><b>${xmlunit.ignore}</b></a>","enablePlaceholders":true})j")
                                             << QByteArray("<a><b>2</b></a>") << true;
    QTest::addRow("matchesXPath") << QByteArray(
        R"j({"matchesXPath":"/todo-list[count(todo) = 2]"})j")
                                  << QByteArray("<todo-list><todo/><todo/></todo-list>") << true;
    QTest::addRow("matchesXPath no node")
        << QByteArray(R"j({"matchesXPath":"//missing"})j") << QByteArray("<a/>") << false;
    QTest::addRow("matchesXPath text with equalTo")
        << QByteArray(R"j({"matchesXPath":{"expression":"//todo/text()","equalTo":"wash"}})j")
        << QByteArray("<list><todo>dry</todo><todo>wash</todo></list>") << true;
    QTest::addRow("matchesXPath attribute with matches")
        << QByteArray(R"j({"matchesXPath":{"expression":"//todo/@id","matches":"[0-9]+"}})j")
        << QByteArray(R"j(<list><todo id="17"/></list>)j") << true;
    QTest::addRow("matchesXPath with namespaces")
        << QByteArray(
               R"j({"matchesXPath":"//s:Body/m:op","xPathNamespaces":{"s":"urn:s","m":"urn:m"}})j")
        << QByteArray(R"j(<e:Env xmlns:e="urn:s"><e:Body><op xmlns="urn:m"/></e:Body></e:Env>)j")
        << true;
    QTest::addRow("matchesXPath not XML")
        << QByteArray(R"j({"matchesXPath":"//a"})j") << QByteArray("{\"a\":1}") << false;
    QTest::addRow("binaryEqualTo")
        << QByteArray(R"j({"binaryEqualTo":"AQID"})j") << QByteArray("\x01\x02\x03") << true;
    QTest::addRow("binaryEqualTo differs")
        << QByteArray(R"j({"binaryEqualTo":"AQID"})j") << QByteArray("\x01\x02") << false;
    QTest::addRow("and") << QByteArray(R"j({"and":[{"contains":"a"},{"contains":"b"}]})j")
                         << QByteArray("ab") << true;
    QTest::addRow("and one fails") << QByteArray(R"j({"and":[{"contains":"a"},{"contains":"z"}]})j")
                                   << QByteArray("ab") << false;
    QTest::addRow("or") << QByteArray(R"j({"or":[{"equalTo":"x"},{"equalTo":"ab"}]})j")
                        << QByteArray("ab") << true;
    QTest::addRow("not") << QByteArray(R"j({"not":{"contains":"z"}})j") << QByteArray("ab") << true;
    QTest::addRow("before") << QByteArray(R"j({"before":"2030-01-01T00:00:00Z"})j")
                            << QByteArray("2026-05-01T10:00:00Z") << true;
    QTest::addRow("after now")
        << QByteArray(R"j({"after":"now -1 days"})j")
        << QByteArray(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()) << true;
    QTest::addRow("equalToDateTime")
        << QByteArray(R"j({"equalToDateTime":"2026-05-01T10:00:00Z"})j")
        << QByteArray("2026-05-01T12:00:00+02:00") << true;
    QTest::addRow("matchesJsonSchema")
        << QByteArray(R"j({"matchesJsonSchema":{"type":"object","required":["id"]}})j")
        << QByteArray(R"j({"id":1})j") << true;
    QTest::addRow("multipart ANY") << QByteArray(
        R"j({"multipart":{"matchingType":"ANY","headers":{"Content-Disposition":{"contains":"name=\"file\""}},"bodyPatterns":[{"contains":"payload"}]}})j")
                                   << QByteArray("--XyZ\r\nContent-Disposition: form-data; "
                                                 "name=\"a\"\r\n\r\nx\r\n--XyZ\r\n"
                                                 "Content-Disposition: form-data; "
                                                 "name=\"file\"\r\n\r\nthe payload\r\n--XyZ--\r\n")
                                   << true;
    QTest::addRow("multipart ALL")
        << QByteArray(
               R"j({"multipart":{"matchingType":"ALL","bodyPatterns":[{"contains":"payload"}]}})j")
        << QByteArray(
               "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ\r\n"
               "Content-Disposition: form-data; name=\"file\"\r\n\r\nthe payload\r\n--XyZ--\r\n")
        << false;
    QTest::addRow("hostOf drops the port")
        << QByteArray(R"j({"hostOf":{"equalTo":"example.test"}})j")
        << QByteArray("example.test:8080") << true;
    QTest::addRow("hostOf IPv6") << QByteArray(R"j({"hostOf":{"equalTo":"[::1]"}})j")
                                 << QByteArray("[::1]:80") << true;
    QTest::addRow("hostOf other host") << QByteArray(R"j({"hostOf":{"equalTo":"example.test"}})j")
                                       << QByteArray("localhost:8080") << false;
    QTest::addRow("matchesJsonSchema fails")
        << QByteArray(R"j({"matchesJsonSchema":{"type":"object","required":["id"]}})j")
        << QByteArray(R"j({"x":1})j") << false;
}

void tst_WireMockMatchers::matchesValue()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, value);
    QFETCH(bool, fits);
    const QJsonObject object = QJsonDocument::fromJson(pattern).object();
    QVERIFY2(WireMockPattern::check(object).isEmpty(), qPrintable(WireMockPattern::check(object)));
    QCOMPARE(WireMockPattern::matches(object, value), fits);
}

void tst_WireMockMatchers::absentFitsOnlyMissingValues()
{
    QVERIFY(WireMockPattern::matchesValues(pattern(R"j({"absent":true})j"), {}));
    QVERIFY(!WireMockPattern::matchesValues(pattern(R"j({"absent":true})j"), { "x" }));
    QVERIFY(!WireMockPattern::matchesValues(pattern(R"j({"equalTo":"x"})j"), {}));
    QVERIFY(!WireMockPattern::matchesValues(pattern(R"j({"contains":"x"})j"), {}));
    // WireMock 3.13.2 (measured): a missing header or query item fits the negative patterns.
    QVERIFY(WireMockPattern::matchesValues(pattern(R"j({"doesNotContain":"x"})j"), {}));
    QVERIFY(WireMockPattern::matchesValues(pattern(R"j({"doesNotMatch":"x"})j"), {}));
    QVERIFY(WireMockPattern::matchesValues(pattern(R"j({"not":{"equalTo":"x"}})j"), {}));
    QVERIFY(!WireMockPattern::matchesValues(pattern(R"j({"not":{"absent":true}})j"), {}));
}

void tst_WireMockMatchers::multiValuePatterns()
{
    const QJsonObject exactly = pattern(R"j({"hasExactly":[{"equalTo":"1"},{"equalTo":"2"}]})j");
    QVERIFY(WireMockPattern::matchesValues(exactly, { "2", "1" }));
    QVERIFY(!WireMockPattern::matchesValues(exactly, { "1", "2", "3" }));
    QVERIFY(!WireMockPattern::matchesValues(exactly, { "1" }));
    const QJsonObject includes = pattern(R"j({"includes":[{"equalTo":"1"}]})j");
    QVERIFY(WireMockPattern::matchesValues(includes, { "3", "1" }));
    QVERIFY(!WireMockPattern::matchesValues(includes, { "3" }));
}

void tst_WireMockMatchers::anyValueOfARepeatedItemFits()
{
    QVERIFY(WireMockPattern::matchesValues(pattern(R"j({"equalTo":"b"})j"), { "a", "b" }));
    QVERIFY(!WireMockPattern::matchesValues(pattern(R"j({"equalTo":"c"})j"), { "a", "b" }));
}

void tst_WireMockMatchers::checkNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("problem");
    QTest::addRow("unknown") << QByteArray(R"j({"looksLike":"x"})j") << u"no matcher"_s;
    QTest::addRow("bad regex") << QByteArray(R"j({"matches":"("})j") << u"matches:"_s;
    QTest::addRow("and not a list") << QByteArray(R"j({"and":{"equalTo":"x"}})j") << u"and:"_s;
    QTest::addRow("nested") << QByteArray(R"j({"or":[{"equalTo":"x"},{"bogus":1}]})j")
                            << u"or[1].no matcher"_s;
    QTest::addRow("bad xml") << QByteArray(R"j({"equalToXml":"<a>"})j") << u"equalToXml"_s;
    QTest::addRow("bad date") << QByteArray(R"j({"before":"someday"})j") << u"before:"_s;
}

void tst_WireMockMatchers::checkNamesTheProblem()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QString, problem);
    const QString error = WireMockPattern::check(QJsonDocument::fromJson(pattern).object());
    QVERIFY2(error.startsWith(problem), qPrintable(error));
}

void tst_WireMockMatchers::rulesReadTheRequestAsWireMockDoes()
{
    HttpRequest request;
    request.method = "POST";
    request.setTarget("/a%2Fb?tag=x&tag=y&q=a+b");
    request.headers = { { "X-Multi", "1" }, { "x-multi", "2" },
        { "Content-Type", "application/x-www-form-urlencoded" } };
    request.body = "name=J%C3%B6rg&city=Bonn";
    auto rule = [](MatchRule::Target target, const QString &name, const char *json) {
        MatchRule r;
        r.target = target;
        r.name = name;
        r.op = MatchRule::Operator::WireMock;
        r.value = QString::fromUtf8(json);
        return r;
    };
    auto fits = [&](const MatchRule &r) {
        MatchConditions conditions;
        conditions.rules.append(r);
        return conditions.matches(request);
    };
    QVERIFY(fits(rule(MatchRule::Target::Url, {}, R"j({"equalTo":"/a%2Fb?tag=x&tag=y&q=a+b"})j")));
    QVERIFY(fits(rule(MatchRule::Target::UrlPath, {}, R"j({"equalTo":"/a%2Fb"})j")));
    QVERIFY(!fits(rule(MatchRule::Target::UrlPath, {}, R"j({"equalTo":"/a/b"})j")));
    QVERIFY(fits(rule(MatchRule::Target::Query, u"q"_s, R"j({"equalTo":"a b"})j")));
    QVERIFY(fits(rule(MatchRule::Target::Query, u"tag"_s, R"j({"equalTo":"y"})j")));
    QVERIFY(fits(rule(MatchRule::Target::Query, u"tag"_s,
        R"j({"hasExactly":[{"equalTo":"x"},{"equalTo":"y"}]})j")));
    QVERIFY(fits(rule(MatchRule::Target::Query, u"none"_s, R"j({"absent":true})j")));
    QVERIFY(fits(rule(MatchRule::Target::Header, u"X-MULTI"_s,
        R"j({"hasExactly":[{"equalTo":"1"},{"equalTo":"2"}]})j")));
    QVERIFY(fits(rule(MatchRule::Target::Form, u"name"_s, R"j({"equalTo":"Jörg"})j")));
    QVERIFY(!fits(rule(MatchRule::Target::Form, u"city"_s, R"j({"equalTo":"Köln"})j")));
    QVERIFY(fits(rule(MatchRule::Target::Body, {}, R"j({"contains":"city=Bonn"})j")));
    // An empty query is none: WireMock's url of "/q?" is "/q".
    request.setTarget("/q?");
    QVERIFY(fits(rule(MatchRule::Target::Url, {}, R"j({"equalTo":"/q"})j")));
    QVERIFY(!fits(rule(MatchRule::Target::Url, {}, R"j({"equalTo":"/q?"})j")));
}

void tst_WireMockMatchers::validationRefusesBadPattern()
{
    RouteSet set;
    Route route = Route::get(u"/x"_s).respond(200);
    MatchRule rule;
    rule.target = MatchRule::Target::Body;
    rule.op = MatchRule::Operator::WireMock;
    rule.value = u"{\"matches\":\"(\"}"_s;
    route.match.rules.append(rule);
    set.add(route);
    const FormatErrors errors = set.validate();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().path.endsWith(u"rules[0].value"_s), qPrintable(errors.first().path));
}

void tst_WireMockMatchers::stripsCommentsOutsideStrings()
{
    const QByteArray text = "{ // note\n \"url\": \"http://x/*y*/\", /* block\n */ \"a\": 1 }";
    const QJsonObject object =
        QJsonDocument::fromJson(Import::WireMockReader::stripComments(text)).object();
    QCOMPARE(object.value(u"url"_s).toString(), u"http://x/*y*/"_s);
    QCOMPARE(object.value(u"a"_s).toInt(), 1);
    QVERIFY(Import::WireMockReader::detectText("// c\n{\"request\": {}, \"response\": {}}"));
}

void tst_WireMockMatchers::ordersByPriorityThenLastLoaded()
{
    const QByteArray mappings = R"j({"mappings": [
        {"id": "first", "request": {"url": "/p"}, "response": {"body": "1"}},
        {"id": "second", "request": {"url": "/p"}, "response": {"body": "2"}, "priority": 5},
        {"id": "urgent", "request": {"url": "/p"}, "response": {"body": "3"}, "priority": 1},
        {"id": "late", "request": {"url": "/p"}, "response": {"body": "4"}, "priority": 9}
    ]})j";
    const LoadResult result = Import::WireMockReader::read(mappings, QString());
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    QStringList ids;
    for (const Route &route : result.routeSet.routes) {
        ids.append(route.id);
    }
    QCOMPARE(ids, (QStringList { u"urgent"_s, u"second"_s, u"first"_s, u"late"_s }));
    // No Content-Type unless declared, WireMock's stub header after the stub's own.
    QVERIFY(!result.routeSet.defaultContentType);
    const Response &answer = result.routeSet.routes.first().responses.first();
    QCOMPARE(answer.headers.last().first, u"Matched-Stub-Id"_s);
    QCOMPARE(answer.headers.last().second, QStringList { u"urgent"_s });
    QCOMPARE(answer.templating, std::optional<TemplateDialect>(TemplateDialect::None));
    // A mapping without an id gets the same Matched-Stub-Id at every reading.
    const QByteArray anonymous = R"j({"request": {"url": "/a"}, "response": {}})j";
    const LoadResult once = Import::WireMockReader::read(anonymous, QString());
    const LoadResult twice = Import::WireMockReader::read(anonymous, QString());
    QCOMPARE(once.routeSet.routes.first().responses.first().headerValues(u"Matched-Stub-Id"_s),
        twice.routeSet.routes.first().responses.first().headerValues(u"Matched-Stub-Id"_s));
}

void tst_WireMockMatchers::reportsWhatIsNotCarriedWithItsPlace()
{
    const QByteArray mappings = R"j({"mappings": [
        {"request": {"urlPath": "/t"}, "response": {"body": "{{request.path}}",
            "transformers": ["response-template"], "transformerParameters": {"a": 1}}},
        {"request": {"urlPath": "/p"}, "response": {"proxyBaseUrl": "ftp://example.com"}},
        {"request": {"urlPath": "/q"}, "response": {"proxyBaseUrl": "http://example.com/base",
            "proxyUrlPrefixToRemove": "/q", "additionalProxyRequestHeaders": {"X-Up": "1"},
            "removeProxyRequestHeaders": ["Cookie"]}}
    ]})j";
    const LoadResult result = Import::WireMockReader::read(mappings, QString());
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    QVERIFY2(
        result.report.contains(u"mappings[0].response.transformerParameters: not carried over"_s),
        qPrintable(result.report.join(u'\n')));
    QVERIFY(std::any_of(result.report.cbegin(), result.report.cend(), [](const QString &line) {
        return line.startsWith(u"mappings[1].response.proxyBaseUrl: "_s);
    }));
    const QList<Route> &routes = result.routeSet.routes;
    const auto proxy =
        std::find_if(routes.cbegin(), routes.cend(), [](const Route &r) { return !r.enabled; });
    QVERIFY(proxy != routes.cend());
    const auto templated = std::find_if(routes.cbegin(), routes.cend(), [](const Route &r) {
        return r.enabled && r.responses.first().templating == TemplateDialect::WireMock;
    });
    QVERIFY(templated != routes.cend());
    // An http(s) proxyBaseUrl is carried: the stub forwards, the upstream answers.
    const auto forwarding = std::find_if(
        routes.cbegin(), routes.cend(), [](const Route &r) { return r.proxy.has_value(); });
    QVERIFY(forwarding != routes.cend());
    QVERIFY(forwarding->enabled);
    QVERIFY(forwarding->responses.isEmpty());
    QCOMPARE(forwarding->proxy->url, QUrl(u"http://example.com/base"_s));
    QCOMPARE(forwarding->proxy->stripPrefix, u"/q"_s);
    QCOMPARE(forwarding->proxy->requestHeaders, (HeaderList { { u"X-Up"_s, { u"1"_s } } }));
    QCOMPARE(forwarding->proxy->removeRequestHeaders, QStringList { u"Cookie"_s });
    // WireMock names no stub on a proxied answer (tests/data/wiremock/cases/proxy.json).
    QCOMPARE(forwarding->proxy->responseHeaders, HeaderList());
}

void tst_WireMockMatchers::refusesMappingsOfTheWrongShape_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    QTest::addRow("not JSON") << QByteArray("{\"request\": ") << u"offset"_s;
    QTest::addRow("request a string")
        << QByteArray(R"j({"request": "x", "response": {}})j") << u"request"_s;
    QTest::addRow("headers a list")
        << QByteArray(R"j({"mappings": [{"request": {"headers": []}, "response": {}}]})j")
        << u"mappings[0].request.headers"_s;
    QTest::addRow("status a string")
        << QByteArray(R"j({"request": {}, "response": {"status": "200"}})j")
        << u"response.status"_s;
    QTest::addRow("unknown fault")
        << QByteArray(R"j({"request": {}, "response": {"fault": "EXPLODE"}})j")
        << u"response.fault"_s;
    QTest::addRow("mapping a number") << QByteArray(R"j({"mappings": [1]})j") << u"mappings[0]"_s;
}

void tst_WireMockMatchers::refusesMappingsOfTheWrongShape()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    const LoadResult result = Import::WireMockReader::read(content, QString());
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().path.startsWith(place),
        qPrintable(result.errorStrings().join(u'\n')));
}

void tst_WireMockMatchers::survivesEveryTruncation()
{
    const QByteArray mapping = R"j({"request": {"method": "POST", "urlPathTemplate": "/u/{id}",
        "pathParameters": {"id": {"matches": "[0-9]+"}}, "headers": {"X": {"and": [{"contains": "a"},
        {"not": {"equalTo": "b"}}]}}, "bodyPatterns": [{"matchesXPath": {"expression": "//a",
        "equalToXml": "<a/>"}}, {"equalToJson": {"a": [1]}, "ignoreArrayOrder": true}]},
        "response": {"status": 201, "jsonBody": {"b": 1, "a": [true, null]}, "headers": {"A": ["1", "2"]},
        "delayDistribution": {"type": "lognormal", "median": 5, "sigma": 0.1},
        "chunkedDribbleDelay": {"numberOfChunks": 2, "totalDuration": 10}}, "priority": 2,
        "scenarioName": "s", "requiredScenarioState": "Started", "newScenarioState": "n"})j";
    const LoadResult whole = Import::WireMockReader::read(mapping, QString());
    QVERIFY2(whole.ok(), qPrintable(whole.errorStrings().join(u'\n')));
    QCOMPARE(
        whole.routeSet.routes.first().responses.first().body, u"{\"b\":1,\"a\":[true,null]}"_s);
    for (qsizetype n = 0; n < mapping.size(); ++n) {
        const LoadResult part = Import::WireMockReader::read(mapping.left(n), QString());
        QVERIFY(!part.ok() || part.routeSet.routes.size() <= 1);
    }
}

void tst_WireMockMatchers::keepsBinaryBodiesAsBytes()
{
    // "iVBORw0KGgo=" is a PNG signature: not UTF-8, so held as base64 ("base64": true).
    const LoadResult result = Import::WireMockReader::read(
        R"j({"request": {"url": "/png"}, "response": {"base64Body": "iVBORw0KGgo="}})j", QString());
    QVERIFY2(result.ok(), qPrintable(result.errorStrings().join(u'\n')));
    const Response &response = result.routeSet.routes.first().responses.first();
    QVERIFY(response.base64);
    QCOMPARE(QByteArray::fromBase64(response.body.toLatin1()), QByteArray("\x89PNG\r\n\x1a\n"));
    // The format carries it, and refuses it on a body that is not base64.
    const LoadResult again = RouteSetFormat::fromJson(RouteSetFormat::toJson(result.routeSet));
    QVERIFY2(again.ok(), qPrintable(again.errorStrings().join(u'\n')));
    QCOMPARE(again.routeSet.routes.first().responses.first(), response);
    const LoadResult bad = RouteSetFormat::fromJson(
        R"j({"mockbench": 3, "routes": [{"path": "/x", "responses": [{"body": "%%", "base64": true}]}]})j");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors.first().path, u"routes[0].responses[0].base64"_s);
}

QTEST_GUILESS_MAIN(tst_WireMockMatchers)
#include "tst_wiremockmatchers.moc"
