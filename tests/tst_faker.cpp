// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The template dialects' vendor bundles (cmake/VendorBundles.cmake) as compiled into the library:
// they load into QJSEngine 6.4 with the interpreter forced, as the renderers run them, and the
// Faker paths people use, date-fns, jsonpath-plus, object-path and JMESPath work there as in node.
#include <QFile>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString fakerPath = u":/mockbench/templates/faker.js"_s;
const QString libsPath = u":/mockbench/templates/libs.js"_s;
const QString handlebarsPath = u":/mockbench/templates/handlebars.js"_s;

// The reference date every date call is relative to (faker.setDefaultRefDate), and the seed.
const QString refDate = u"2026-12-01T12:16:34.000Z"_s;
constexpr int seed = 1;

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What went wrong with a script's result, naming the script and the line; empty when nothing.
QString errorOf(const QJSValue &result, const QString &where)
{
    if (!result.isError()) {
        return {};
    }
    return where + u':' + result.property(u"lineNumber"_s).toString() + u": "_s + result.toString();
}

// Evaluates each compiled-in script in @p engine, in order; the first error, or empty.
QString load(QJSEngine &engine, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString text = resourceText(path);
        if (text.isEmpty()) {
            return path + u": not compiled in"_s;
        }
        const QString error = errorOf(engine.evaluate(text, path), path);
        if (!error.isEmpty()) {
            return error;
        }
    }
    return {};
}

// The polyfills alone: faker.js opens with them, up to the bundle's own code.
QString polyfillsText()
{
    const QString faker = resourceText(fakerPath);
    const qsizetype end = faker.indexOf(u"\n(()=>{"_s);
    return end < 0 ? QString() : faker.left(end + 1);
}

} // namespace

class tst_Faker : public QObject
{
    Q_OBJECT

private:
    // libs.js then faker.js, as a renderer loads them, faker seeded and its clock fixed.
    std::unique_ptr<QJSEngine> m_engine;

    QJSValue evaluate(const QString &code) { return m_engine->evaluate(code, u"tst_faker"_s); }

    // JSON text of what @p expression gives in the test's engine (a Date as its ISO string).
    QString json(const QString &expression)
    {
        const QJSValue value = evaluate(u"JSON.stringify("_s + expression + u')');
        return value.isError() ? u"error: "_s + value.toString() : value.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the product runs templates (JsTemplateRenderer's useInterpreter), before any engine.
        qputenv("QV4_FORCE_INTERPRETER", "1");
        // QJSEngine's compiler warns of every function that names a variable declared further
        // down, which minified bundles do hundreds of times; harmless, and only noise here.
        QLoggingCategory::setFilterRules(u"qt.qml.compiler.warning=false"_s);

        m_engine = std::make_unique<QJSEngine>();
        const QString error = load(*m_engine, { libsPath, fakerPath });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJSValue setUp =
            evaluate(u"var faker = __mbFakerModule.faker; faker.seed(%1);"
                     "faker.setDefaultRefDate(new Date('%2'));"
                     "var ref = new Date('%2').getTime(), day = 86400000;"_s.arg(seed)
                         .arg(refDate));
        QVERIFY2(!setUp.isError(), qPrintable(setUp.toString()));
    }

    void bundlesAreCompiledIn_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("global");
        QTest::addRow("faker.js") << fakerPath << u"__mbFakerModule"_s;
        QTest::addRow("libs.js") << libsPath << u"__mbLibs"_s;
        QTest::addRow("handlebars.js") << handlebarsPath << u"Handlebars"_s;
    }

    // Each file loads alone into a fresh engine (each bundle carries its polyfills) and
    // defines its global.
    void bundlesAreCompiledIn()
    {
        QFETCH(QString, path);
        QFETCH(QString, global);
        QJSEngine engine;
        const QString error = load(engine, { path });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(engine.globalObject().property(global).isObject(),
            qPrintable(path + u" defines no "_s + global));
    }

    // The bundles report the versions package-lock.json pins: the build bundled what it locked.
    void bundlesHoldThePinnedVersions()
    {
        QFile lockFile(QFINDTESTDATA("../resources/templates/vendor/package-lock.json"));
        QVERIFY2(lockFile.open(QIODevice::ReadOnly), "package-lock.json not found");
        const QJsonObject packages =
            QJsonDocument::fromJson(lockFile.readAll()).object().value(u"packages"_s).toObject();
        const auto pinned = [&](const QString &name) -> QString {
            return packages.value(u"node_modules/"_s + name)
                .toObject()
                .value(u"version"_s)
                .toString();
        };
        QCOMPARE(evaluate(u"__mbFakerModule.version"_s).toString(), pinned(u"@faker-js/faker"_s));
        for (const QString &name : { u"date-fns"_s, u"jsonpath-plus"_s, u"object-path"_s,
                 u"@jmespath-community/jmespath"_s }) {
            QCOMPARE(evaluate(u"__mbLibs.versions['"_s + name + u"']"_s).toString(), pinned(name));
        }
    }

    void handlebarsRenders()
    {
        QJSEngine engine;
        const QString error = load(engine, { handlebarsPath });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJSValue out = engine.evaluate(
            u"Handlebars.compile('{{#each items}}{{name}}{{#unless @last}}, {{/unless}}{{/each}}')"
            "({ items: [{ name: 'a' }, { name: '<b>' }] })"_s);
        QCOMPARE(out.toString(), u"a, &lt;b&gt;"_s);
        QVERIFY(engine.evaluate(u"Handlebars.VERSION"_s).toString().startsWith(u"4."_s));
    }

    void fakerGivesValuesOfTheirKind_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("check"); // JavaScript over the value v

        const auto text = [](const QString &regex) -> QString {
            return u"typeof v === 'string' && /"_s + regex + u"/.test(v)"_s;
        };
        const auto date = [](const QString &from, const QString &to) -> QString {
            return u"v instanceof Date && v.getTime() >= "_s + from + u" && v.getTime() <= "_s + to;
        };
        const QString word = uR"(^[A-Z][A-Za-z'-]+( [A-Za-z'-]+)*$)"_s;
        const QString httpsUrl = uR"(^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$)"_s;

        QTest::addRow("person.firstName") << u"faker.person.firstName()"_s << text(word);
        QTest::addRow("person.lastName") << u"faker.person.lastName()"_s << text(word);
        QTest::addRow("person.fullName")
            << u"faker.person.fullName()"_s << text(uR"(^\S+( \S+)+$)"_s);
        QTest::addRow("person.jobTitle")
            << u"faker.person.jobTitle()"_s << text(uR"(^[A-Z][a-z]+( [A-Z][a-z]+)+$)"_s);
        QTest::addRow("person.sex")
            << u"faker.person.sex()"_s << u"v === 'female' || v === 'male'"_s;
        QTest::addRow("internet.email")
            << u"faker.internet.email()"_s << text(uR"(^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$)"_s);
        QTest::addRow("internet.url") << u"faker.internet.url()"_s << text(httpsUrl);
        QTest::addRow("internet.username")
            << u"faker.internet.username()"_s << text(uR"(^[A-Za-z0-9._-]+$)"_s);
        // Deprecated in 9.1 for username, still in old templates: it warns through console.warn,
        // which an engine without the console extension has from the polyfills.
        QTest::addRow("internet.userName")
            << u"faker.internet.userName()"_s << text(uR"(^[A-Za-z0-9._-]+$)"_s);
        QTest::addRow("internet.ipv4") << u"faker.internet.ipv4()"_s
                                       << text(uR"(^\d{1,3}(\.\d{1,3}){3}$)"_s)
                + u" && v.split('.').every(function (p) { return +p <= 255; })"_s;
        QTest::addRow("internet.ipv6")
            << u"faker.internet.ipv6()"_s << text(uR"(^([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$)"_s);
        QTest::addRow("internet.password")
            << u"faker.internet.password()"_s << text(uR"(^\S{15}$)"_s);
        QTest::addRow("internet.password length")
            << u"faker.internet.password({ length: 24 })"_s << text(uR"(^\S{24}$)"_s);
        QTest::addRow("internet.domainName")
            << u"faker.internet.domainName()"_s << text(uR"(^[a-z0-9-]+\.[a-z]{2,}$)"_s);
        // Base64url through the polyfilled TextEncoder and btoa (no node Buffer here).
        QTest::addRow("internet.jwt")
            << u"faker.internet.jwt()"_s
            << text(uR"(^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$)"_s);
        QTest::addRow("location.city") << u"faker.location.city()"_s << text(uR"(^[A-Z]\S*)"_s);
        QTest::addRow("location.country")
            << u"faker.location.country()"_s << text(uR"(^[A-Z]\S*)"_s);
        QTest::addRow("location.streetAddress")
            << u"faker.location.streetAddress()"_s << text(uR"(^\d+ [A-Z]\S*( \S+)*$)"_s);
        QTest::addRow("location.zipCode")
            << u"faker.location.zipCode()"_s << text(uR"(^\d{5}(-\d{4})?$)"_s);
        QTest::addRow("location.latitude")
            << u"faker.location.latitude()"_s << u"typeof v === 'number' && v >= -90 && v <= 90"_s;
        QTest::addRow("location.longitude") << u"faker.location.longitude()"_s
                                            << u"typeof v === 'number' && v >= -180 && v <= 180"_s;
        QTest::addRow("location.countryCode")
            << u"faker.location.countryCode()"_s << text(u"^[A-Z]{2}$"_s);
        QTest::addRow("company.name") << u"faker.company.name()"_s << text(uR"(^[A-Z]\S*)"_s);
        QTest::addRow("company.catchPhrase")
            << u"faker.company.catchPhrase()"_s << text(uR"(^[A-Z]\S*( \S+){2,}$)"_s);
        QTest::addRow("lorem.word") << u"faker.lorem.word()"_s << text(u"^[a-z]+$"_s);
        QTest::addRow("lorem.words") << u"faker.lorem.words()"_s << text(u"^[a-z]+( [a-z]+){2}$"_s);
        QTest::addRow("lorem.sentence")
            << u"faker.lorem.sentence()"_s << text(uR"(^[A-Z][a-z]*( [a-z]+)+\.$)"_s);
        QTest::addRow("lorem.paragraph")
            << u"faker.lorem.paragraph()"_s << text(uR"(^[A-Z][^.]*\.( [A-Z][^.]*\.){2}$)"_s);
        QTest::addRow("number.int min max") << u"faker.number.int({ min: 5, max: 9 })"_s
                                            << u"Number.isInteger(v) && v >= 5 && v <= 9"_s;
        QTest::addRow("number.float precision")
            << u"faker.number.float({ min: 1, max: 2, fractionDigits: 2 })"_s
            << u"typeof v === 'number' && v >= 1 && v <= 2"
               " && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9"_s;
        QTest::addRow("number.float multipleOf")
            << u"faker.number.float({ min: 0, max: 10, multipleOf: 0.25 })"_s
            << u"typeof v === 'number' && v >= 0 && v <= 10 && v * 4 === Math.round(v * 4)"_s;
        QTest::addRow("datatype.boolean")
            << u"faker.datatype.boolean()"_s << u"typeof v === 'boolean'"_s;
        QTest::addRow("date.past")
            << u"faker.date.past()"_s << date(u"ref - 366 * day"_s, u"ref"_s);
        QTest::addRow("date.future")
            << u"faker.date.future()"_s << date(u"ref"_s, u"ref + 366 * day"_s);
        QTest::addRow("date.recent") << u"faker.date.recent()"_s << date(u"ref - day"_s, u"ref"_s);
        QTest::addRow("date.soon") << u"faker.date.soon()"_s << date(u"ref"_s, u"ref + day"_s);
        QTest::addRow("date.between")
            << u"faker.date.between({ from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' })"_s
            << date(u"Date.UTC(2020, 0, 1)"_s, u"Date.UTC(2020, 1, 1)"_s);
        QTest::addRow("date.birthdate")
            << u"faker.date.birthdate()"_s
            << date(u"ref - 81 * 366 * day"_s, u"ref - 18 * 365 * day"_s);
        QTest::addRow("string.uuid")
            << u"faker.string.uuid()"_s
            << text(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QTest::addRow("string.alpha") << u"faker.string.alpha(10)"_s << text(u"^[A-Za-z]{10}$"_s);
        QTest::addRow("string.alphanumeric")
            << u"faker.string.alphanumeric(10)"_s << text(u"^[A-Za-z0-9]{10}$"_s);
        QTest::addRow("string.numeric") << u"faker.string.numeric(6)"_s << text(uR"(^\d{6}$)"_s);
        QTest::addRow("string.nanoid")
            << u"faker.string.nanoid()"_s << text(u"^[A-Za-z0-9_-]{21}$"_s);
        QTest::addRow("finance.amount")
            << u"faker.finance.amount()"_s << text(uR"(^\d+\.\d{2}$)"_s);
        QTest::addRow("finance.currencyCode")
            << u"faker.finance.currencyCode()"_s << text(u"^[A-Z]{3}$"_s);
        QTest::addRow("finance.iban")
            << u"faker.finance.iban()"_s << text(uR"(^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$)"_s);
        // Grouped by fours, through the polyfilled String.prototype.trimEnd.
        QTest::addRow("finance.iban formatted") << u"faker.finance.iban({ formatted: true })"_s
                                                << text(uR"(^[A-Z]{2}\d{2}( [A-Z0-9]{1,4})+$)"_s);
        QTest::addRow("finance.creditCardNumber")
            << u"faker.finance.creditCardNumber()"_s << text(uR"(^\d[\d-]{11,22}\d$)"_s);
        QTest::addRow("finance.accountNumber")
            << u"faker.finance.accountNumber()"_s << text(uR"(^\d{8}$)"_s);
        QTest::addRow("phone.number")
            << u"faker.phone.number()"_s
            << text(uR"(^[\d()+. x-]+$)"_s) + u" && v.replace(/\\D/g, '').length >= 10"_s;
        QTest::addRow("phone.imei")
            << u"faker.phone.imei()"_s << text(uR"(^\d{2}-\d{6}-\d{6}-\d$)"_s);
        QTest::addRow("commerce.productName")
            << u"faker.commerce.productName()"_s << text(uR"(^[A-Z]\S*( \S+){2}$)"_s);
        QTest::addRow("commerce.price")
            << u"faker.commerce.price()"_s << text(uR"(^\d+\.\d{2}$)"_s);
        QTest::addRow("commerce.department")
            << u"faker.commerce.department()"_s << text(u"^[A-Z][a-z]+$"_s);
        QTest::addRow("commerce.product")
            << u"faker.commerce.product()"_s << text(u"^[A-Z][a-z]+$"_s);
        QTest::addRow("image.url") << u"faker.image.url()"_s << text(httpsUrl);
        QTest::addRow("image.avatar") << u"faker.image.avatar()"_s << text(httpsUrl);
        QTest::addRow("image.avatarGitHub")
            << u"faker.image.avatarGitHub()"_s
            << text(uR"(^https:\/\/avatars\.githubusercontent\.com\/u\/\d+$)"_s);
        QTest::addRow("image.personPortrait")
            << u"faker.image.personPortrait()"_s << text(uR"(^https:\/\/\S+\.jpg$)"_s);
        QTest::addRow("image.urlLoremFlickr")
            << u"faker.image.urlLoremFlickr()"_s << text(uR"(^https:\/\/loremflickr\.com\/)"_s);
        QTest::addRow("image.urlPicsumPhotos")
            << u"faker.image.urlPicsumPhotos()"_s << text(uR"(^https:\/\/picsum\.photos\/)"_s);
        // Base64 through the polyfilled TextEncoder and btoa: decodes back to an SVG.
        QTest::addRow("image.dataUri svg-base64")
            << u"faker.image.dataUri({ type: 'svg-base64' })"_s
            << text(uR"(^data:image\/svg\+xml;base64,PHN2Zy[A-Za-z0-9+\/]+=*$)"_s);
        QTest::addRow("image.dataUri svg-uri")
            << u"faker.image.dataUri({ type: 'svg-uri' })"_s
            << text(uR"(^data:image\/svg\+xml;charset=UTF-8,%3Csvg)"_s);
        QTest::addRow("helpers.arrayElement") << u"faker.helpers.arrayElement(['a', 'b', 'c'])"_s
                                              << u"['a', 'b', 'c'].indexOf(v) >= 0"_s;
        QTest::addRow("helpers.arrayElements")
            << u"faker.helpers.arrayElements([1, 2, 3, 4, 5], 3)"_s
            << u"Array.isArray(v) && v.length === 3 && v.every(function (x, i) {"
               " return x >= 1 && x <= 5 && v.indexOf(x) === i; })"_s;
        QTest::addRow("helpers.shuffle")
            << u"faker.helpers.shuffle([1, 2, 3, 4, 5])"_s
            << u"Array.isArray(v) && v.slice().sort().join() === '1,2,3,4,5'"_s;
        QTest::addRow("helpers.fake")
            << u"faker.helpers.fake('{{person.firstName}} <{{internet.email}}>')"_s
            << text(u"^[A-Z]\\S* <[^@\\s]+@\\S+>$"_s);
    }

    void fakerGivesValuesOfTheirKind()
    {
        QFETCH(QString, expression);
        QFETCH(QString, check);
        const QJSValue value = evaluate(expression);
        QVERIFY2(!value.isError(), qPrintable(expression + u": "_s + value.toString()));
        m_engine->globalObject().setProperty(u"v"_s, value);
        const QJSValue fits = evaluate(check);
        QVERIFY2(!fits.isError(), qPrintable(check + u": "_s + fits.toString()));
        QVERIFY2(fits.toBool(),
            qPrintable(expression + u" gave "_s + json(u"v"_s) + u", which fails "_s + check));
    }

    // One seed, one sequence: a route set's chaos seed makes CI output repeat.
    void sameSeedRepeatsValues()
    {
        const QString calls = u"[faker.person.fullName(), faker.internet.email(), "
                              "faker.string.uuid(), faker.number.int(1000000), "
                              "faker.date.past(), faker.helpers.shuffle([1, 2, 3, 4, 5, 6])]"_s;
        const auto seeded = [&](int value) -> QString {
            evaluate(u"faker.seed(%1)"_s.arg(value));
            return json(calls);
        };
        const QString first = seeded(42);
        QVERIFY2(!first.startsWith(u"error"_s), qPrintable(first));
        QCOMPARE(seeded(42), first);
        QVERIFY2(seeded(43) != first, qPrintable(first));
    }

    // Seed 1 gives what node's faker of the same version gives (tests/data/templates/
    // faker-node.json, recorded by record-faker.mjs beside it), call after call.
    void seedOneMatchesNode()
    {
        QFile file(QFINDTESTDATA("data/templates/faker-node.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "tests/data/templates/faker-node.json not found");
        const QJsonObject recorded = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray calls = recorded.value(u"calls"_s).toArray();
        QVERIFY(calls.size() >= 20);
        const QString bundled =
            u"@faker-js/faker "_s + evaluate(u"__mbFakerModule.version"_s).toString();
        QVERIFY2(recorded.value(u"recordedWith"_s).toString().endsWith(bundled),
            qPrintable(u"faker-node.json was recorded with "_s
                + recorded.value(u"recordedWith"_s).toString() + u", the bundle has "_s + bundled
                + u": run tests/data/templates/record-faker.mjs again"_s));

        QJSEngine engine;
        const QString error = load(engine, { fakerPath });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        engine.evaluate(u"var faker = __mbFakerModule.faker; faker.seed(%1);"
                        "faker.setDefaultRefDate('%2');"_s.arg(recorded.value(u"seed"_s).toInt())
                            .arg(recorded.value(u"refDate"_s).toString()));
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const QJsonObject call = calls.at(i).toObject();
            const QString path = call.value(u"path"_s).toString();
            const QString args = QString::fromUtf8(
                QJsonDocument(call.value(u"args"_s).toArray()).toJson(QJsonDocument::Compact));
            const QJSValue result =
                engine.evaluate(u"JSON.stringify(faker.%1.apply(faker.%2, %3))"_s.arg(
                    path, path.section(u'.', 0, 0), args));
            QVERIFY2(!result.isError(), qPrintable(path + u": "_s + result.toString()));
            // Both sides as JSON text parsed back, so number formatting cannot differ.
            const QJsonValue got =
                QJsonDocument::fromJson(u"[%1]"_s.arg(result.toString()).toUtf8()).array().at(0);
            const QJsonValue expected = call.value(u"value"_s);
            QVERIFY2(got == expected,
                qPrintable(u"call %1, %2(%3): got %4, node gave %5"_s.arg(i).arg(path, args,
                    result.toString(),
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact)))));
        }
    }

    // What faker throws for bad arguments or an empty dataset is a FakerError, which the
    // bundle exports (the mockoon dialect renders it as '', as Mockoon does).
    void fakerErrorsAreFakerErrors()
    {
        const QJSValue thrown = evaluate(u"(function () { try { faker.helpers.arrayElement([]); }"
                                         " catch (e) { return e; } })()"_s);
        QVERIFY2(thrown.isError(), qPrintable(thrown.toString()));
        m_engine->globalObject().setProperty(u"thrown"_s, thrown);
        QVERIFY(evaluate(u"thrown instanceof __mbFakerModule.FakerError"_s).toBool());
        QVERIFY(!evaluate(u"new TypeError('x') instanceof __mbFakerModule.FakerError"_s).toBool());
    }

    // A renderer may make its own instance, on a generator of its own seeding.
    void fakerInstanceOfItsOwn()
    {
        const QString make = u"(function (m) { var own = new m.Faker({ locale: [m.en, m.base],"
                             " randomizer: m.generateMersenne53Randomizer(7) });"
                             " return [own.person.fullName(), own.string.uuid()].join(); })"
                             "(__mbFakerModule)"_s;
        const QString first = evaluate(make).toString();
        QVERIFY2(first.contains(u','), qPrintable(first));
        QCOMPARE(evaluate(make).toString(), first);
        QCOMPARE(
            evaluate(u"__mbFakerModule.faker.rawDefinitions.metadata.code"_s).toString(), u"en"_s);
    }

    // QJSEngine 6.4 has no BigInt: faker.number.bigInt is the one call that cannot work, and it
    // fails as a plain error the renderer reports, not as a bundle that does not load.
    void bigIntFailsAsAnError()
    {
        if (!evaluate(u"typeof BigInt === 'undefined'"_s).toBool()) {
            QSKIP("this QJSEngine has BigInt");
        }
        const QJSValue result = evaluate(u"faker.number.bigInt()"_s);
        QVERIFY(result.isError());
        QVERIFY2(result.toString().contains(u"BigInt"_s), qPrintable(result.toString()));
        QCOMPARE(evaluate(u"typeof faker.number.int()"_s).toString(), u"number"_s);
    }

    void libsWork_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");

        // Node's results for the same calls (date-fns 4.4.0, jsonpath-plus 10.4.0, object-path
        // 0.11.8, @jmespath-community/jmespath 1.3.0). Dates are made in local time, so the rows
        // hold in any time zone.
        const QString at = u"new Date(2026, 11, 1, 12, 16, 34, 567)"_s;
        const auto dateFns = [&](const QString &call) -> QString {
            return u"(function (d, t) { return "_s + call + u"; })(__mbLibs.dateFns, "_s + at
                + u')';
        };
        QTest::addRow("date-fns format")
            << dateFns(u"d.format(t, 'yyyy-MM-dd HH:mm:ss.SSS')"_s) << u"2026-12-01 12:16:34.567"_s;
        QTest::addRow("date-fns format words")
            << dateFns(u"d.format(t, \"EEEE, MMMM do yyyy 'at' h:mm a\")"_s)
            << u"Tuesday, December 1st 2026 at 12:16 PM"_s;
        QTest::addRow("date-fns format ISO week")
            << dateFns(u"d.format(t, \"RRRR-'W'II-i\")"_s) << u"2026-W49-2"_s;
        // date-fns refuses YYYY (week-numbering year) for yyyy, warning on the console first.
        QTest::addRow("date-fns format refuses YYYY")
            << dateFns(u"(function () { try { return d.format(t, 'YYYY-MM-DD'); } catch (e) {"
                       " return e.name + ': ' + e.message.split(' (')[0]; } })()"_s)
            << u"RangeError: Use `yyyy` instead of `YYYY`"_s;
        QTest::addRow("date-fns parse") << dateFns(
            u"d.format(d.parse('01/12/2026 08:05', 'dd/MM/yyyy HH:mm', t), "
            "'yyyy-MM-dd HH:mm')"_s) << u"2026-12-01 08:05"_s;
        QTest::addRow("date-fns parse invalid")
            << dateFns(u"d.isValid(d.parse('32/13/2026', 'dd/MM/yyyy', t))"_s) << u"false"_s;
        QTest::addRow("date-fns parseISO")
            << dateFns(u"d.parseISO('2026-12-01T12:16:34.000Z').getTime()"_s) << u"1796127394000"_s;
        QTest::addRow("date-fns isValid")
            << dateFns(u"[d.isValid(new Date(NaN)), d.isValid(t)].join()"_s) << u"false,true"_s;
        QTest::addRow("date-fns addDays")
            << dateFns(u"d.format(d.addDays(t, 31), 'yyyy-MM-dd')"_s) << u"2027-01-01"_s;
        QTest::addRow("date-fns subMonths")
            << dateFns(u"d.format(d.subMonths(t, 10), 'yyyy-MM-dd')"_s) << u"2026-02-01"_s;
        QTest::addRow("date-fns addHours")
            << dateFns(u"d.format(d.addHours(t, 13), 'yyyy-MM-dd HH:mm')"_s)
            << u"2026-12-02 01:16"_s;
        QTest::addRow("date-fns differenceInDays")
            << dateFns(u"d.differenceInDays(d.addDays(t, 45), t)"_s) << u"45"_s;
        QTest::addRow("date-fns differenceInYears")
            << dateFns(u"d.differenceInYears(t, new Date(1990, 5, 15))"_s) << u"36"_s;
        QTest::addRow("date-fns startOfMonth")
            << dateFns(u"d.format(d.startOfMonth(t), 'yyyy-MM-dd HH:mm:ss')"_s)
            << u"2026-12-01 00:00:00"_s;
        QTest::addRow("date-fns formatDistance")
            << dateFns(u"d.formatDistance(t, d.subDays(t, 3))"_s) << u"3 days"_s;

        // These need bundle.mjs's fix of jsonpath-plus's `u` regexes: with them QJSEngine 6.4
        // splits no path, and every query finds nothing ([]).
        const QString store = u"{ store: { book: ["
                              "{ author: 'Nigel Rees', price: 8.95 },"
                              "{ author: 'Evelyn Waugh', price: 12.99 },"
                              "{ author: 'Herman Melville', price: 8.99, isbn: '0-553-21311-3' } ],"
                              "bicycle: { color: 'red', price: 19.95 } } }"_s;
        const auto jsonPath = [&](const QString &path, const QString &more = {}) -> QString {
            return u"JSON.stringify(__mbLibs.JSONPath({ path: \"%1\", json: %2%3 }))"_s.arg(
                path, store, more);
        };
        QTest::addRow("JSONPath wildcard")
            << jsonPath(u"$.store.book[*].author"_s)
            << u"[\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\"]"_s;
        QTest::addRow("JSONPath descendants")
            << jsonPath(u"$..price"_s) << u"[8.95,12.99,8.99,19.95]"_s;
        QTest::addRow("JSONPath filter") << jsonPath(u"$.store.book[?(@.price < 10)].author"_s)
                                         << u"[\"Nigel Rees\",\"Herman Melville\"]"_s;
        QTest::addRow("JSONPath exists filter")
            << jsonPath(u"$..book[?(@.isbn)].author"_s) << u"[\"Herman Melville\"]"_s;
        QTest::addRow("JSONPath slice")
            << jsonPath(u"$.store.book[-1:].author"_s) << u"[\"Herman Melville\"]"_s;
        QTest::addRow("JSONPath bracket names")
            << jsonPath(u"$['store']['bicycle'].color"_s) << u"[\"red\"]"_s;
        QTest::addRow("JSONPath wrap false") << jsonPath(u"$.store.bicycle"_s, u", wrap: false"_s)
                                             << u"{\"color\":\"red\",\"price\":19.95}"_s;

        const auto jmesPath = [](const QString &expression) -> QString {
            return u"(function (j) { try { return JSON.stringify(j.search({ people: ["
                   "{ name: 'Ada', age: 36 }, { name: 'Bob', age: 25 }, { name: 'Cy', age: 41 }] },"
                   " %1)); } catch (e) { return e.name + ': ' + e.message; } })(__mbLibs.jmespath)"_s
                       .arg(expression);
        };
        QTest::addRow("JMESPath index") << jmesPath(u"'people[0].name'"_s) << u"\"Ada\""_s;
        QTest::addRow("JMESPath filter")
            << jmesPath(u"'people[?age > `30`].name'"_s) << u"[\"Ada\",\"Cy\"]"_s;
        QTest::addRow("JMESPath functions")
            << jmesPath(u"'sort_by(people, &age)[].name'"_s) << u"[\"Bob\",\"Ada\",\"Cy\"]"_s;
        QTest::addRow("JMESPath multiselect")
            << jmesPath(u"'{n: people[0].name, c: length(people)}'"_s)
            << u"{\"n\":\"Ada\",\"c\":3}"_s;
        QTest::addRow("JMESPath syntax error") << jmesPath(
            u"'people[?'"_s) << u"ParserError: Syntax error: invalid token (EOF): \"\""_s;

        const QString objectPath =
            u"(function (o, s) { return %1; })(__mbLibs.objectPath, "_s + store + u')';
        QTest::addRow("objectPath get")
            << objectPath.arg(u"o.get(s, 'store.book.1.author')"_s) << u"Evelyn Waugh"_s;
        QTest::addRow("objectPath default")
            << objectPath.arg(u"o.get(s, 'store.car.color', 'none')"_s) << u"none"_s;
        QTest::addRow("objectPath set") << objectPath.arg(
            u"(function (x) { o.set(x, 'a.b.0.c', 1); return JSON.stringify(x); })({})"_s)
                                        << u"{\"a\":{\"b\":[{\"c\":1}]}}"_s;
        QTest::addRow("objectPath has") << objectPath.arg(
            u"[o.has(s, 'store.book.2.isbn'), o.has(s, 'store.book.1.isbn')].join()"_s)
                                        << u"true,false"_s;
    }

    void libsWork()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const QJSValue value = evaluate(expression);
        QVERIFY2(!value.isError(), qPrintable(expression + u": "_s + value.toString()));
        QCOMPARE(value.toString(), expected);
    }

    void polyfillsBehave_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::addRow("globalThis") << u"globalThis === this"_s << u"true"_s;
        QTest::addRow("Object.fromEntries")
            << u"JSON.stringify(Object.fromEntries([['a', 1], ['b', [2]]]))"_s
            << u"{\"a\":1,\"b\":[2]}"_s;
        QTest::addRow("Object.fromEntries of a Map")
            << u"JSON.stringify(Object.fromEntries(new Map([['k', 'v']])))"_s << u"{\"k\":\"v\"}"_s;
        QTest::addRow("Object.fromEntries of null")
            << u"(function () { try { Object.fromEntries(null); } catch (e) {"
               " return e instanceof TypeError; } })()"_s
            << u"true"_s;
        QTest::addRow("Object.hasOwn")
            << u"[Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString')].join()"_s
            << u"true,false"_s;
        QTest::addRow("replaceAll string is literal")
            << u"'a.b.c'.replaceAll('.', '$&$&')"_s << u"a..b..c"_s;
        QTest::addRow("replaceAll special characters")
            << u"'(x)(x)'.replaceAll('(x)', '[y]')"_s << u"[y][y]"_s;
        QTest::addRow("replaceAll function")
            << u"'aXbX'.replaceAll('X', function (m, i) { return i; })"_s << u"a1b3"_s;
        QTest::addRow("replaceAll global regex")
            << u"'a1b22'.replaceAll(/\\d+/g, '#')"_s << u"a#b#"_s;
        QTest::addRow("replaceAll non-global regex")
            << u"(function () { try { 'a'.replaceAll(/a/, 'b'); } catch (e) {"
               " return e instanceof TypeError; } })()"_s
            << u"true"_s;
        QTest::addRow("trimStart, trimEnd")
            << u"'[' + '  a b  '.trimStart() + '|' + '  a b \\n'.trimEnd() + ']'"_s
            << u"[a b  |  a b]"_s;
        QTest::addRow("Array.prototype.at")
            << u"[[1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3)].join()"_s << u"1,3,"_s;
        QTest::addRow("String.prototype.at") << u"'abc'.at(-1) + 'abc'.at(1)"_s << u"cb"_s;
        QTest::addRow("Array.prototype.flat")
            << u"JSON.stringify([[1, [2, [3]]], 4].flat())"_s << u"[1,[2,[3]],4]"_s;
        QTest::addRow("Array.prototype.flat Infinity")
            << u"JSON.stringify([[1, [2, [3]]], 4].flat(Infinity))"_s << u"[1,2,3,4]"_s;
        QTest::addRow("Array.prototype.flatMap")
            << u"JSON.stringify([1, 2].flatMap(function (x) { return [x, x * 10]; }))"_s
            << u"[1,10,2,20]"_s;
        QTest::addRow("TextEncoder UTF-8")
            << u"Array.prototype.join.call(new TextEncoder().encode('a\\u00e9\\u20ac\\ud83d\\ude00'))"_s
            << u"97,195,169,226,130,172,240,159,152,128"_s;
        QTest::addRow("btoa")
            << u"[btoa(''), btoa('f'), btoa('fo'), btoa('foo'), btoa('\\xff')].join()"_s
            << u",Zg==,Zm8=,Zm9v,/w=="_s;
        QTest::addRow("btoa outside Latin-1")
            << u"(function () { try { btoa('\\u20ac'); } catch (e) { return e.name; } })()"_s
            << u"RangeError"_s;
        QTest::addRow("console without the console extension")
            << u"typeof console.warn + (console.warn('unseen') === undefined)"_s
            << u"functiontrue"_s;
        QTest::addRow("nothing enumerable added")
            << u"(function () { var k = []; for (var p in []) k.push(p); for (var q in '') "
               u"k.push(q);"
               " return k.length + Object.keys(Object).length; })()"_s
            << u"0"_s;
    }

    void polyfillsBehave()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const QString polyfills = polyfillsText();
        QVERIFY2(polyfills.contains(u"define(Object, 'fromEntries'"_s),
            "faker.js opens with no polyfills");
        QJSEngine engine;
        const QString error =
            errorOf(engine.evaluate(polyfills, u"polyfills.js"_s), u"polyfills.js"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJSValue value = engine.evaluate(expression);
        QVERIFY2(!value.isError(), qPrintable(expression + u": "_s + value.toString()));
        QCOMPARE(value.toString(), expected);
    }

    // An engine's own function is never replaced (a later Qt's, or one a script set first).
    void polyfillsKeepAnEnginesOwn()
    {
        QJSEngine engine;
        engine.evaluate(u"String.prototype.replaceAll = function () { return 'own'; };"
                        "Object.fromEntries = function () { return 'own'; };"_s);
        const QString error = load(engine, { libsPath });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(engine.evaluate(u"'a'.replaceAll('a', 'b') + Object.fromEntries([])"_s).toString(),
            u"ownown"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Faker)
#include "tst_faker.moc"
