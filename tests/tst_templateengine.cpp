// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/JsTemplateRenderer.h"
#include "http/HttpRequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_JsTemplateRenderer : public QObject
{
    Q_OBJECT

private:
    static RenderResult render(JsTemplateRenderer &engine, const QString &source,
        const HttpRequest &request = {}, const PathCaptures &params = {})
    {
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        return engine.render(*tmpl, request, params);
    }

    // POST /1.1/foo/21?x=1&tag=a&tag=b&... with a JSON body, as a route
    // "/1.1/{kind}/{bar:int}" would see it.
    static HttpRequest contextRequest()
    {
        HttpRequest r;
        r.method = "POST";
        r.setTarget("/1.1/foo/21?x=1&tag=a&tag=b&empty=&constructor=c&sp=a+b%21&n=1&n=2&n=3");
        r.headers = { { "X-Trace-Id", "abc" }, { "Content-Type", "application/json" },
            { "Accept", "text/plain" }, { "ACCEPT", "application/json" }, { "Constructor", "h" } };
        r.body = R"({"name": "ann", "n": [1, 2], "deep": {"ok": true}})";
        return r;
    }
    static PathCaptures contextParams()
    {
        return { { u"kind"_s, u"foo"_s, false }, { u"bar"_s, u"21"_s, true } };
    }

    static QStringList renderMany(JsTemplateRenderer &engine, const QString &source, int count)
    {
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        QStringList out;
        for (int i = 0; i < count; ++i) {
            const RenderResult r = engine.render(*tmpl, {}, {});
            out.append(r.ok() ? QString::fromUtf8(r.text) : r.error);
        }
        return out;
    }

private Q_SLOTS:
    void rendersRequestContext_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");

        // params: int captures are numbers, others strings
        QTest::addRow("int param times two") << u"{{ params.bar * 2 }}"_s << u"42"_s;
        QTest::addRow("int param plus one is arithmetic") << u"{{ params.bar + 1 }}"_s << u"22"_s;
        QTest::addRow("int param is a number") << u"{{ typeof params.bar }}"_s << u"number"_s;
        QTest::addRow("text param plus one concatenates")
            << u"{{ params.kind + 1 }}"_s << u"foo1"_s;
        QTest::addRow("text param is a string") << u"{{ typeof params.kind }}"_s << u"string"_s;
        QTest::addRow("params as JSON") << u"{{ params }}"_s << u"{\"kind\":\"foo\",\"bar\":21}"_s;
        QTest::addRow("missing param is empty") << u"[{{ params.none }}]"_s << u"[]"_s;
        QTest::addRow("design example") << u"{\"important_datastructure\": {{ params.bar * 2 }}}"_s
                                        << u"{\"important_datastructure\": 42}"_s;

        // query: decoded, repeated items become arrays
        QTest::addRow("query item") << u"{{ query.x }}"_s << u"1"_s;
        QTest::addRow("query item is text") << u"{{ query.x + 1 }}"_s << u"11"_s;
        QTest::addRow("query item decoded") << u"{{ query.sp }}"_s << u"a b!"_s;
        QTest::addRow("repeated query item is an array")
            << u"{{ query.tag }}"_s << u"[\"a\",\"b\"]"_s;
        QTest::addRow("repeated query item length") << u"{{ query.tag.length }}"_s << u"2"_s;
        QTest::addRow("thrice repeated query item")
            << u"{{ query.n }}"_s << u"[\"1\",\"2\",\"3\"]"_s;
        QTest::addRow("empty query item") << u"[{{ query.empty }}]"_s << u"[]"_s;
        QTest::addRow("empty query item is a string")
            << u"{{ typeof query.empty }}"_s << u"string"_s;
        QTest::addRow("missing query item is undefined")
            << u"{{ typeof query.none }}"_s << u"undefined"_s;
        QTest::addRow("query item named like an Object member")
            << u"{{ query.constructor }}"_s << u"c"_s;

        // headers: lower-case names, repeated ones joined
        QTest::addRow("header by lower-case name") << u"{{ headers['x-trace-id'] }}"_s << u"abc"_s;
        QTest::addRow("header names are lower-case only")
            << u"{{ typeof headers['X-Trace-Id'] }}"_s << u"undefined"_s;
        QTest::addRow("repeated header joined")
            << u"{{ headers.accept }}"_s << u"text/plain, application/json"_s;
        QTest::addRow("header named like an Object member")
            << u"{{ headers.constructor }}"_s << u"h"_s;

        // body, json, method, path
        QTest::addRow("body is text")
            << u"{{ body }}"_s << u"{\"name\": \"ann\", \"n\": [1, 2], \"deep\": {\"ok\": true}}"_s;
        QTest::addRow("body length") << u"{{ body.length }}"_s << u"50"_s;
        QTest::addRow("json member") << u"{{ json.name }}"_s << u"ann"_s;
        QTest::addRow("json array item") << u"{{ json.n[1] * 10 }}"_s << u"20"_s;
        QTest::addRow("json nested") << u"{{ json.deep.ok }}"_s << u"true"_s;
        QTest::addRow("json as JSON")
            << u"{{ json }}"_s << u"{\"name\":\"ann\",\"n\":[1,2],\"deep\":{\"ok\":true}}"_s;
        QTest::addRow("method") << u"{{ method }}"_s << u"POST"_s;
        QTest::addRow("path") << u"{{ path }}"_s << u"/1.1/foo/21"_s;
        QTest::addRow("path has no query") << u"{{ path.includes('?') }}"_s << u"false"_s;

        // Rendering of values
        QTest::addRow("undefined renders empty") << u"[{{ undefined }}]"_s << u"[]"_s;
        QTest::addRow("null renders null") << u"{{ null }}"_s << u"null"_s;
        QTest::addRow("boolean") << u"{{ 1 < 2 }}"_s << u"true"_s;
        QTest::addRow("decimal") << u"{{ 3 / 2 }}"_s << u"1.5"_s;
        QTest::addRow("string is not quoted") << u"{{ 'a' + 'b' }}"_s << u"ab"_s;
        QTest::addRow("array as JSON")
            << u"{{ [1, 'a', null, [true]] }}"_s << u"[1,\"a\",null,[true]]"_s;
        QTest::addRow("object as JSON")
            << u"{{ ({a: 1, b: [ {c: 'd'} ]}) }}"_s << u"{\"a\":1,\"b\":[{\"c\":\"d\"}]}"_s;
        QTest::addRow("empty string") << u"[{{ '' }}]"_s << u"[]"_s;
        QTest::addRow("non-ASCII text")
            << u"{{ '\u00fcber ' + json.name }}"_s << u"\u00fcber ann"_s;

        // Text around and between expressions
        QTest::addRow("text around") << u"id={{ params.bar }};"_s << u"id=21;"_s;
        QTest::addRow("two expressions") << u"{{ method }} {{ path }}"_s << u"POST /1.1/foo/21"_s;
        QTest::addRow("adjacent expressions") << u"{{ 1 }}{{ 2 }}"_s << u"12"_s;
        QTest::addRow("escaped braces stay literal")
            << u"\\{{ params.bar }} = {{ params.bar }}"_s << u"{{ params.bar }} = 21"_s;
        QTest::addRow("no spaces inside braces") << u"{{params.bar}}"_s << u"21"_s;
        QTest::addRow("multi-line expression") << u"{{ [1,\n 2].length }}"_s << u"2"_s;
        QTest::addRow("trailing line comment") << u"{{ method // the verb\n }}"_s << u"POST"_s;
        QTest::addRow("nested object literal")
            << u"{{ {\"a\": {\"b\": params.bar}} }}"_s << u"{\"a\":{\"b\":21}}"_s;
        QTest::addRow("closing braces inside a string")
            << u"<{{ '}}' + \"}}\" }}>"_s << u"<}}}}>"_s;
    }

    void rendersRequestContext()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);

        JsTemplateRenderer engine;
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        QVERIFY(!tmpl->isStatic());
        const RenderResult result = engine.render(*tmpl, contextRequest(), contextParams());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QString::fromUtf8(result.text), expected);
    }

    void jsonIsNullForNonJsonBody_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::addRow("empty") << QByteArray();
        QTest::addRow("text") << QByteArray("name=ann");
        QTest::addRow("broken JSON") << QByteArray(R"({"name": )");
    }

    void jsonIsNullForNonJsonBody()
    {
        QFETCH(QByteArray, body);

        JsTemplateRenderer engine;
        HttpRequest request;
        request.method = "POST";
        request.setTarget("/");
        request.body = body;
        const RenderResult result =
            render(engine, u"{{ json === null }} {{ json }} [{{ body }}]"_s, request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, "true null [" + body + "]");
    }

    void rendersUuid()
    {
        JsTemplateRenderer engine;
        const RenderResult result = render(engine, u"{{ uuid() }} {{ uuid() }}"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList ids = QString::fromUtf8(result.text).split(u' ');
        QCOMPARE(ids.size(), 2);
        // RFC 4122 version 4: version nibble 4, variant bits 10.
        static const QRegularExpression v4(QRegularExpression::anchoredPattern(
            u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s));
        for (const QString &id : ids) {
            QVERIFY2(v4.match(id).hasMatch(), qPrintable(id));
        }
        QCOMPARE_NE(ids.at(0), ids.at(1));
    }

    void randomIntStaysWithinBounds_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");

        QTest::addRow("small range") << u"{{ randomInt(3, 5) }}"_s << 3 << 5;
        QTest::addRow("negative range") << u"{{ randomInt(-2, 1) }}"_s << -2 << 1;
        QTest::addRow("reversed bounds") << u"{{ randomInt(5, 3) }}"_s << 3 << 5;
        QTest::addRow("single value") << u"{{ randomInt(7, 7) }}"_s << 7 << 7;
        QTest::addRow("numeric strings") << u"{{ randomInt(query.min, query.max) }}"_s << 10 << 12;
    }

    void randomIntStaysWithinBounds()
    {
        QFETCH(QString, source);
        QFETCH(int, low);
        QFETCH(int, high);

        JsTemplateRenderer engine;
        engine.setRandomSeed(1);
        HttpRequest request;
        request.setTarget("/?min=10&max=12");
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        QSet<int> seen;
        for (int i = 0; i < 300; ++i) {
            const RenderResult result = engine.render(*tmpl, request, {});
            QVERIFY2(result.ok(), qPrintable(result.error));
            bool isNumber = false;
            const int value = result.text.toInt(&isNumber);
            QVERIFY2(isNumber, result.text.constData());
            QVERIFY2(value >= low && value <= high, result.text.constData());
            seen.insert(value);
        }
        // Both bounds are inclusive: 300 draws over at most 4 values hit every one.
        QCOMPARE(seen.size(), high - low + 1);
    }

    void rendersNowAsUtcIso8601()
    {
        JsTemplateRenderer engine;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const RenderResult result = render(engine, u"{{ now() }}"_s);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString text = QString::fromUtf8(result.text);
        static const QRegularExpression iso(QRegularExpression::anchoredPattern(
            u"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z"_s));
        QVERIFY2(iso.match(text).hasMatch(), qPrintable(text));
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        // now() may drop sub-millisecond precision, so compare at millisecond resolution.
        QVERIFY(parsed.toMSecsSinceEpoch() >= before.toMSecsSinceEpoch() / 1000 * 1000);
        QVERIFY(parsed.toMSecsSinceEpoch() <= after.toMSecsSinceEpoch());
    }

    void seededRandomRepeats()
    {
        const QString source = u"{{ randomInt(0, 1000000000) }} {{ uuid() }}"_s;
        JsTemplateRenderer engine;
        engine.setRandomSeed(42);
        const QStringList first = renderMany(engine, source, 5);
        engine.setRandomSeed(42);
        QCOMPARE(renderMany(engine, source, 5), first);

        JsTemplateRenderer other;
        other.setRandomSeed(42);
        QCOMPARE(renderMany(other, source, 5), first);
        other.setRandomSeed(43);
        QCOMPARE_NE(renderMany(other, source, 5), first);

        // Within one sequence the values still vary.
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
    }

    void returnsStaticTextAsIs_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("plain text") << u"hello"_s << u"hello"_s;
        QTest::addRow("JSON with nested objects")
            << u"{\"a\": {\"b\": {}}}"_s << u"{\"a\": {\"b\": {}}}"_s;
        QTest::addRow("single braces") << u"{ name }"_s << u"{ name }"_s;
        QTest::addRow("closing braces alone") << u"a }} b"_s << u"a }} b"_s;
        QTest::addRow("escaped opening") << u"\\{{ params.bar }}"_s << u"{{ params.bar }}"_s;
        QTest::addRow("two escapes") << u"\\{{ a }} and \\{{ b"_s << u"{{ a }} and {{ b"_s;
        QTest::addRow("backslash elsewhere") << u"C:\\dir { x }"_s << u"C:\\dir { x }"_s;
        QTest::addRow("non-ASCII") << u"gr\u00fc\u00dfe"_s << u"gr\u00fc\u00dfe"_s;
    }

    void returnsStaticTextAsIs()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);

        JsTemplateRenderer engine;
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        QVERIFY(tmpl->isStatic());
        QVERIFY(tmpl->error().isEmpty());
        QCOMPARE(tmpl->source(), source);
        QCOMPARE(tmpl->staticText(), expected.toUtf8());
        const RenderResult result = engine.render(*tmpl, contextRequest(), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, expected.toUtf8());
    }

    void reportsErrorNamingExpression_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("atCompile");
        QTest::addColumn<QStringList>("fragments");

        QTest::addRow("unterminated")
            << u"a {{ params.bar "_s << true << QStringList { u"unterminated {{ at offset 2"_s };
        QTest::addRow("unterminated after an expression")
            << u"{{ 1 }} {{ 2 }"_s << true << QStringList { u"unterminated {{ at offset 8"_s };
        QTest::addRow("empty") << u"x{{ }}"_s << true
                               << QStringList { u"empty {{ }} at offset 1"_s };
        QTest::addRow("blank") << u"{{\n\t }}"_s << true
                               << QStringList { u"empty {{ }} at offset 0"_s };
        QTest::addRow("syntax error") << u"{{ params.bar + }}"_s << true
                                      << QStringList { u"SyntaxError"_s, u"{{ params.bar + }}"_s };
        QTest::addRow("unbalanced parenthesis")
            << u"{{ (1 + 2 }}"_s << true << QStringList { u"SyntaxError"_s, u"{{ (1 + 2 }}"_s };
        QTest::addRow("statement is not an expression")
            << u"{{ var x = 1 }}"_s << true
            << QStringList { u"SyntaxError"_s, u"{{ var x = 1 }}"_s };
        QTest::addRow("reference error")
            << u"ok {{ nope + 1 }}"_s << false
            << QStringList { u"ReferenceError"_s, u"nope"_s, u"{{ nope + 1 }}"_s };
        QTest::addRow("type error") << u"{{ params.none.deep }}"_s << false
                                    << QStringList { u"TypeError"_s, u"{{ params.none.deep }}"_s };
        QTest::addRow("calling a non-function")
            << u"{{ path() }}"_s << false << QStringList { u"TypeError"_s, u"{{ path() }}"_s };
        QTest::addRow("thrown error")
            << u"{{ (function() { throw new Error('boom') })() }}"_s << false
            << QStringList { u"Error: boom"_s, u"throw new Error('boom')"_s };
        QTest::addRow("error in second expression")
            << u"{{ 1 }} and {{ missing }}"_s << false
            << QStringList { u"ReferenceError"_s, u"{{ missing }}"_s };
        QTest::addRow("randomInt without numbers")
            << u"{{ randomInt('a', 2) }}"_s << false
            << QStringList { u"TypeError"_s, u"randomInt(min, max) needs two numbers"_s };
    }

    void reportsErrorNamingExpression()
    {
        QFETCH(QString, source);
        QFETCH(bool, atCompile);
        QFETCH(QStringList, fragments);

        JsTemplateRenderer engine;
        const std::shared_ptr<const CompiledTemplate> tmpl = engine.compile(source);
        QVERIFY(!tmpl->isStatic());
        QCOMPARE(!tmpl->error().isEmpty(), atCompile);
        const RenderResult result = engine.render(*tmpl, contextRequest(), contextParams());
        QVERIFY(!result.ok());
        QVERIFY(result.text.isEmpty());
        for (const QString &fragment : fragments) {
            QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        }
        if (atCompile) {
            QCOMPARE(result.error, tmpl->error());
        }
        // The engine keeps working after an error.
        const RenderResult next = render(engine, u"{{ params.bar * 2 }}"_s, {}, contextParams());
        QCOMPARE(next.text, "42");
    }

    void interruptsRunawayTemplate_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("timeout"); // 0: the default

        const QString loop = u"{{ (function(){ while (true) {} })() }}"_s;
        QTest::addRow("endless loop, default timeout") << loop << 0;
        QTest::addRow("endless loop between text") << u"before "_s + loop + u" after"_s << 0;
        QTest::addRow("loop that catches every error")
            << u"{{ (function(){ for (;;) { try { while (true) {} } catch (e) {} } })() }}"_s << 0;
        QTest::addRow("endless loop, short timeout") << loop << 30;
    }

    void interruptsRunawayTemplate()
    {
        QFETCH(QString, source);
        QFETCH(int, timeout);

        JsTemplateRenderer engine;
        if (timeout > 0) {
            engine.setTimeout(timeout);
            QCOMPARE(engine.timeout(), timeout);
        } else {
            QCOMPARE(engine.timeout(), 100);
        }
        const std::shared_ptr<const CompiledTemplate> runaway = engine.compile(source);
        QVERIFY2(runaway->error().isEmpty(), qPrintable(runaway->error()));

        // Twice: the watchdog must interrupt every runaway render, not only the first.
        for (int round = 0; round < 2; ++round) {
            QElapsedTimer timer;
            timer.start();
            const RenderResult result = engine.render(*runaway, {}, {});
            const qint64 elapsed = timer.elapsed();
            QVERIFY(!result.ok());
            QVERIFY(result.text.isEmpty());
            QVERIFY2(result.error.contains(u"interrupted"_s), qPrintable(result.error));
            QVERIFY2(result.error.contains(u"while (true)"_s), qPrintable(result.error));
            QVERIFY2(elapsed >= engine.timeout(), qPrintable(QString::number(elapsed)));
            QVERIFY2(elapsed < 200, qPrintable(QString::number(elapsed)));

            // The next render is not interrupted and gives the right text.
            const RenderResult next =
                render(engine, u"{{ params.bar * 2 }}"_s, {}, contextParams());
            QVERIFY2(next.ok(), qPrintable(next.error));
            QCOMPARE(next.text, "42");
        }
    }

    void doesNotInterruptQuickTemplates()
    {
        // Many fast renders in a row, together far longer than the timeout: none is cut off.
        JsTemplateRenderer engine;
        engine.setTimeout(20);
        const std::shared_ptr<const CompiledTemplate> tmpl =
            engine.compile(u"{{ (function(){ let s = 0; for (let i = 0; i < 2000; ++i) s += i; "
                           "return s; })() }}"_s);
        QElapsedTimer timer;
        timer.start();
        int renders = 0;
        while (timer.elapsed() < 100) {
            const RenderResult result = engine.render(*tmpl, {}, {});
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.text, "1999000");
            ++renders;
        }
        QVERIFY(renders > 1);
    }
};

QTEST_GUILESS_MAIN(tst_JsTemplateRenderer)
#include "tst_templateengine.moc"
