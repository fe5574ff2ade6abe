// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpRequest.h"
#include "model/PathTemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_PathTemplate : public QObject
{
    Q_OBJECT

private:
    // Captures as "name=value", int captures as "name:int=value", so a failure shows all.
    static QStringList describe(const PathCaptures &captures)
    {
        QStringList out;
        for (const PathCapture &c : captures) {
            out.append(c.name + (c.isInt ? u":int="_s : u"="_s) + c.value);
        }
        return out;
    }

    // Matches @p target as the server would: through HttpRequest, which decodes the path.
    static bool matchTarget(const PathTemplate &tmpl, const QByteArray &target,
        PathCaptures *captures, QString *why = nullptr)
    {
        HttpRequest request;
        request.setTarget(target);
        return tmpl.match(PathTemplate::splitPath(request.path), captures, why);
    }

private Q_SLOTS:
    void matchesRequestPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QStringList>("captures");

        const QStringList none;
        // Literal segments
        QTest::addRow("literal") << u"/items"_s << QByteArray("/items") << true << none;
        QTest::addRow("literal, other text") << u"/items"_s << QByteArray("/item") << false << none;
        QTest::addRow("literal, case differs")
            << u"/items"_s << QByteArray("/Items") << false << none;
        QTest::addRow("literal, extra segment")
            << u"/items"_s << QByteArray("/items/1") << false << none;
        QTest::addRow("literal, missing segment") << u"/a/b"_s << QByteArray("/a") << false << none;
        QTest::addRow("literal, several")
            << u"/1.1/foo/bar"_s << QByteArray("/1.1/foo/bar") << true << none;
        QTest::addRow("query is not part of the path")
            << u"/items"_s << QByteArray("/items?page=2") << true << none;
        QTest::addRow("absolute-form target")
            << u"/items"_s << QByteArray("http://example.com/items") << true << none;

        // Root and trailing slashes
        QTest::addRow("root") << u"/"_s << QByteArray("/") << true << none;
        QTest::addRow("root, not a segment") << u"/"_s << QByteArray("/x") << false << none;
        QTest::addRow("segment, not root") << u"/x"_s << QByteArray("/") << false << none;
        QTest::addRow("request trailing slash")
            << u"/items"_s << QByteArray("/items/") << true << none;
        QTest::addRow("template trailing slash")
            << u"/items/"_s << QByteArray("/items") << true << none;
        QTest::addRow("empty request segment never fills {name}")
            << u"/a/{x}/b"_s << QByteArray("/a//b") << false << none;

        // {name}
        QTest::addRow("param") << u"/users/{name}"_s << QByteArray("/users/alice") << true
                               << QStringList { u"name=alice"_s };
        QTest::addRow("param, absent")
            << u"/users/{name}"_s << QByteArray("/users") << false << none;
        QTest::addRow("param, one segment only")
            << u"/users/{name}"_s << QByteArray("/users/a/b") << false << none;
        QTest::addRow("param, first segment") << u"/{tenant}/items"_s << QByteArray("/acme/items")
                                              << true << QStringList { u"tenant=acme"_s };
        QTest::addRow("params, template order")
            << u"/{a}/x/{b}/{c}"_s << QByteArray("/1/x/2/3") << true
            << QStringList { u"a=1"_s, u"b=2"_s, u"c=3"_s };

        // {name:int}
        QTest::addRow("int") << u"/n/{id:int}"_s << QByteArray("/n/42") << true
                             << QStringList { u"id:int=42"_s };
        QTest::addRow("int, negative")
            << u"/n/{id:int}"_s << QByteArray("/n/-7") << true << QStringList { u"id:int=-7"_s };
        QTest::addRow("int, zero padded")
            << u"/n/{id:int}"_s << QByteArray("/n/007") << true << QStringList { u"id:int=007"_s };
        QTest::addRow("int rejects letters")
            << u"/n/{id:int}"_s << QByteArray("/n/abc") << false << none;
        QTest::addRow("int rejects decimals")
            << u"/n/{id:int}"_s << QByteArray("/n/1.5") << false << none;
        QTest::addRow("int rejects lone minus")
            << u"/n/{id:int}"_s << QByteArray("/n/-") << false << none;
        QTest::addRow("int rejects plus sign")
            << u"/n/{id:int}"_s << QByteArray("/n/+1") << false << none;
        QTest::addRow("int rejects digits with suffix")
            << u"/n/{id:int}"_s << QByteArray("/n/12x") << false << none;
        QTest::addRow("int rejects empty")
            << u"/n/{id:int}"_s << QByteArray("/n/") << false << none;
        QTest::addRow("int rejects empty in mixed segment")
            << u"/api/v{major:int}"_s << QByteArray("/api/v") << false << none;

        // {name:regex}
        QTest::addRow("regex") << u"/r/{code:[A-Z]+}"_s << QByteArray("/r/ABC") << true
                               << QStringList { u"code=ABC"_s };
        QTest::addRow("regex is anchored")
            << u"/r/{code:[A-Z]+}"_s << QByteArray("/r/ABCd") << false << none;
        QTest::addRow("regex with braces")
            << u"/r/{id:[0-9]{3}}"_s << QByteArray("/r/123") << true << QStringList { u"id=123"_s };
        QTest::addRow("regex with braces, too long")
            << u"/r/{id:[0-9]{3}}"_s << QByteArray("/r/1234") << false << none;
        QTest::addRow("regex with braces, too short")
            << u"/r/{id:[0-9]{3}}"_s << QByteArray("/r/12") << false << none;
        QTest::addRow("regex with alternation")
            << u"/r/{kind:cat|dog}/x"_s << QByteArray("/r/dog/x") << true
            << QStringList { u"kind=dog"_s };
        QTest::addRow("regex alternation is anchored as a whole")
            << u"/r/{kind:cat|dog}"_s << QByteArray("/r/catdog") << false << none;
        QTest::addRow("regex with its own groups")
            << u"/v/{ver:(\\d+)\\.(\\d+)}"_s << QByteArray("/v/1.2") << true
            << QStringList { u"ver=1.2"_s };
        QTest::addRow("regex groups do not shift later captures")
            << u"/f/{name:(foo|bar)}-{n:int}"_s << QByteArray("/f/bar-3") << true
            << QStringList { u"name=bar"_s, u"n:int=3"_s };
        QTest::addRow("regex with an int capture after it")
            << u"/d/{day:(0[1-9]|[12][0-9])}/{id:int}"_s << QByteArray("/d/07/9") << true
            << QStringList { u"day=07"_s, u"id:int=9"_s };
        QTest::addRow("regex int is not flagged int")
            << u"/r/{id:[0-9]+}"_s << QByteArray("/r/5") << true << QStringList { u"id=5"_s };

        // Captures mixed with literal text in one segment
        QTest::addRow("param with suffix")
            << u"/files/{name}.json"_s << QByteArray("/files/report.json") << true
            << QStringList { u"name=report"_s };
        QTest::addRow("param with suffix, dots in value")
            << u"/files/{name}.json"_s << QByteArray("/files/a.b.json") << true
            << QStringList { u"name=a.b"_s };
        QTest::addRow("param with suffix, wrong suffix")
            << u"/files/{name}.json"_s << QByteArray("/files/report.xml") << false << none;
        QTest::addRow("param with suffix, empty value")
            << u"/files/{name}.json"_s << QByteArray("/files/.json") << false << none;
        QTest::addRow("literal dot is not a regex dot")
            << u"/files/{name}.json"_s << QByteArray("/files/reportxjson") << false << none;
        QTest::addRow("int with prefix")
            << u"/api/v{major:int}/users"_s << QByteArray("/api/v2/users") << true
            << QStringList { u"major:int=2"_s };
        QTest::addRow("int with prefix, not an int")
            << u"/api/v{major:int}/users"_s << QByteArray("/api/vx/users") << false << none;
        QTest::addRow("two captures in one segment")
            << u"/t/{major:int}.{minor:int}"_s << QByteArray("/t/3.14") << true
            << QStringList { u"major:int=3"_s, u"minor:int=14"_s };

        // Trailing {*rest}
        QTest::addRow("rest, zero segments")
            << u"/static/{*rest}"_s << QByteArray("/static") << true << QStringList { u"rest="_s };
        QTest::addRow("rest, zero segments with slash")
            << u"/static/{*rest}"_s << QByteArray("/static/") << true << QStringList { u"rest="_s };
        QTest::addRow("rest, one segment") << u"/static/{*rest}"_s << QByteArray("/static/a.css")
                                           << true << QStringList { u"rest=a.css"_s };
        QTest::addRow("rest, several segments")
            << u"/static/{*rest}"_s << QByteArray("/static/css/site/a.css") << true
            << QStringList { u"rest=css/site/a.css"_s };
        QTest::addRow("rest, prefix must fit")
            << u"/static/{*rest}"_s << QByteArray("/public/a.css") << false << none;
        QTest::addRow("rest, whole path")
            << u"/{*all}"_s << QByteArray("/a/b") << true << QStringList { u"all=a/b"_s };
        QTest::addRow("rest, whole path at root")
            << u"/{*all}"_s << QByteArray("/") << true << QStringList { u"all="_s };
        QTest::addRow("rest after captures")
            << u"/u/{id:int}/{*rest}"_s << QByteArray("/u/5/a/b") << true
            << QStringList { u"id:int=5"_s, u"rest=a/b"_s };

        // Percent-decoding (HttpRequest::setTarget decodes the path)
        QTest::addRow("decoded capture") << u"/files/{name}"_s << QByteArray("/files/my%20file.txt")
                                         << true << QStringList { u"name=my file.txt"_s };
        QTest::addRow("decoded UTF-8 capture")
            << u"/users/{name}"_s << QByteArray("/users/J%C3%BCrgen") << true
            << QStringList { u"name=J\u00fcrgen"_s };
        QTest::addRow("plus stays a plus in paths")
            << u"/q/{term}"_s << QByteArray("/q/a+b") << true << QStringList { u"term=a+b"_s };
        QTest::addRow("decoded request, plain literal")
            << u"/caf\u00e9"_s << QByteArray("/caf%C3%A9") << true << none;
        QTest::addRow("encoded literal in template")
            << u"/my%20docs/{name}"_s << QByteArray("/my%20docs/x") << true
            << QStringList { u"name=x"_s };
        QTest::addRow("encoded literal in mixed segment")
            << u"/a/{name}%2Ejson"_s << QByteArray("/a/x.json") << true
            << QStringList { u"name=x"_s };
        QTest::addRow("decoded int") << u"/n/{id:int}"_s << QByteArray("/n/%34%32") << true
                                     << QStringList { u"id:int=42"_s };
        QTest::addRow("decoded rest") << u"/s/{*rest}"_s << QByteArray("/s/a%20b/c") << true
                                      << QStringList { u"rest=a b/c"_s };
    }

    void matchesRequestPath()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, target);
        QFETCH(bool, matches);
        QFETCH(QStringList, captures);

        QString error;
        const std::optional<PathTemplate> tmpl = PathTemplate::parse(path, &error);
        QVERIFY2(tmpl, qPrintable(error));
        QCOMPARE(tmpl->source(), path);
        PathCaptures actual;
        QCOMPARE(matchTarget(*tmpl, target, &actual), matches);
        if (matches) {
            QCOMPARE(describe(actual), captures);
        }
    }

    void rejectsInvalidTemplate_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");

        QTest::addRow("no leading slash") << u"items"_s << u"must start with /"_s;
        QTest::addRow("empty") << QString() << u"must start with /"_s;
        QTest::addRow("query in path")
            << u"/items?page=1"_s << u"must not contain a query string (use match.query)"_s;
        QTest::addRow("unclosed brace") << u"/a/{id"_s << u"unclosed {"_s;
        QTest::addRow("unclosed regex brace") << u"/a/{id:[0-9]{3}"_s << u"unclosed {"_s;
        QTest::addRow("stray closing brace") << u"/a/id}"_s << u"unbalanced } at offset 5"_s;
        QTest::addRow("empty name") << u"/a/{}"_s << u"bad capture name \"\""_s;
        QTest::addRow("empty name with type") << u"/a/{:int}"_s << u"bad capture name \"\""_s;
        QTest::addRow("name starts with digit") << u"/a/{1id}"_s << u"bad capture name \"1id\""_s;
        QTest::addRow("name with dash") << u"/a/{my-id}"_s << u"bad capture name \"my-id\""_s;
        QTest::addRow("name with space") << u"/a/{my id}"_s << u"bad capture name \"my id\""_s;
        QTest::addRow("empty rest name") << u"/a/{*}"_s << u"bad capture name \"\""_s;
        QTest::addRow("duplicate capture")
            << u"/a/{id}/b/{id:int}"_s << u"capture \"id\" used twice"_s;
        QTest::addRow("duplicate in one segment")
            << u"/a/{x}-{x}"_s << u"capture \"x\" used twice"_s;
        QTest::addRow("duplicate rest") << u"/a/{id}/{*id}"_s << u"capture \"id\" used twice"_s;
        QTest::addRow("rest not last")
            << u"/{*rest}/more"_s << u"{*name} must be the last segment"_s;
        QTest::addRow("rest after literal text")
            << u"/files/a{*rest}"_s << u"{*name} must fill its whole segment"_s;
        QTest::addRow("rest before literal text")
            << u"/files/{*rest}.txt"_s << u"{*name} must fill its whole segment"_s;
        QTest::addRow("bad regex") << u"/a/{id:(}"_s << u"bad regex for {id}: "_s;
        QTest::addRow("bad regex class") << u"/a/{id:[z-a]}"_s << u"bad regex for {id}: "_s;
        QTest::addRow("empty regex") << u"/a/{id:}"_s << u"bad regex for {id}: empty pattern"_s;
        QTest::addRow("empty segment") << u"/a//b"_s << u"empty segment 2"_s;
        QTest::addRow("empty segment before trailing slash") << u"/a//"_s << u"empty segment 2"_s;
        QTest::addRow("double slash only") << u"//"_s << u"empty segment 1"_s;
    }

    void rejectsInvalidTemplate()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);

        QString actual;
        QVERIFY(!PathTemplate::parse(path, &actual));
        // A regex error goes on with the regex engine's own words; the rest is exact.
        if (error.endsWith(u": "_s)) {
            QVERIFY2(actual.startsWith(error) && actual.size() > error.size(), qPrintable(actual));
        } else {
            QCOMPARE(actual, error);
        }
    }

    void explainsWhyPathDoesNotMatch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("why");

        QTest::addRow("too few segments")
            << u"/a/b"_s << QByteArray("/a") << u"path has 1 segment(s), the route has 2"_s;
        QTest::addRow("too many segments")
            << u"/a"_s << QByteArray("/a/b/c") << u"path has 3 segment(s), the route has 1"_s;
        QTest::addRow("too few for rest") << u"/s/x/{*r}"_s << QByteArray("/s")
                                          << u"path has 1 segment(s), the route has at least 2"_s;
        QTest::addRow("literal differs") << u"/users/{id}"_s << QByteArray("/accounts/1")
                                         << u"segment 1 is \"accounts\", not \"users\""_s;
        QTest::addRow("not an int")
            << u"/n/{id:int}"_s << QByteArray("/n/abc") << u"segment 2 \"abc\" is not an int"_s;
        QTest::addRow("pattern does not fit") << u"/f/{name}.json"_s << QByteArray("/f/a.xml")
                                              << u"segment 2 \"a.xml\" does not fit {}.json"_s;
        QTest::addRow("regex does not fit") << u"/r/{id:[0-9]{3}}"_s << QByteArray("/r/12")
                                            << u"segment 2 \"12\" does not fit {:[0-9]{3}}"_s;
    }

    void explainsWhyPathDoesNotMatch()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, target);
        QFETCH(QString, why);

        const std::optional<PathTemplate> tmpl = PathTemplate::parse(path);
        QVERIFY(tmpl);
        PathCaptures captures;
        QString actual;
        QVERIFY(!matchTarget(*tmpl, target, &captures, &actual));
        QCOMPARE(actual, why);
    }

    void compilesSegmentKinds()
    {
        using Kind = PathTemplate::Segment::Kind;
        const std::optional<PathTemplate> tmpl =
            PathTemplate::parse(u"/a/{x}/{y:int}/{z:[a-z]+}/v{n:int}/{*rest}"_s);
        QVERIFY(tmpl);
        const QList<PathTemplate::Segment> &segments = tmpl->segments();
        QCOMPARE(segments.size(), 5);
        QCOMPARE(segments.at(0).kind, Kind::Literal);
        QCOMPARE(segments.at(0).literal, u"a"_s);
        QCOMPARE(segments.at(1).kind, Kind::Param);
        QCOMPARE(segments.at(2).kind, Kind::Int);
        QCOMPARE(segments.at(3).kind, Kind::Pattern);
        QCOMPARE(segments.at(4).kind, Kind::Pattern);
        QVERIFY(tmpl->hasRest());
        QCOMPARE(tmpl->restName(), u"rest"_s);
        QVERIFY(!PathTemplate::parse(u"/a/{x}"_s)->hasRest());
    }

    void sharesSegmentKeyAcrossCaptureNames()
    {
        // The route trie shares a node between segments with equal keys, whatever the names.
        const auto a = PathTemplate::parse(u"/{id}/{n:int}/{c:[0-9]{3}}/f{x}.json"_s);
        const auto b = PathTemplate::parse(u"/{name}/{m:int}/{d:[0-9]{3}}/f{y}.json"_s);
        const auto c = PathTemplate::parse(u"/{name:int}/{m}/{d:[0-9]{4}}/g{y}.json"_s);
        QVERIFY(a && b && c);
        for (qsizetype s = 0; s < 4; ++s) {
            QCOMPARE(a->segments().at(s).key, b->segments().at(s).key);
            QCOMPARE_NE(a->segments().at(s).key, c->segments().at(s).key);
        }
    }

    void splitsRequestPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("segments");

        QTest::addRow("root") << u"/"_s << QStringList();
        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("segments") << u"/a/b"_s << QStringList { u"a"_s, u"b"_s };
        QTest::addRow("trailing slash") << u"/a/b/"_s << QStringList { u"a"_s, u"b"_s };
        QTest::addRow("empty segment kept")
            << u"/a//b"_s << QStringList { u"a"_s, QString(), u"b"_s };
    }

    void splitsRequestPath()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, segments);
        QCOMPARE(PathTemplate::splitPath(path), segments);
    }
};

QTEST_GUILESS_MAIN(tst_PathTemplate)
#include "tst_pathtemplate.moc"
