// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteSetFormat.h"

#include "model/JsonValues.h"
#include "model/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFormat, "mockbench.format", QtInfoMsg)

namespace MockBench {

// Declared on RouteSet (model), defined here: reading files is the format layer's job.
RouteSet RouteSet::fromFile(const QString &path, FormatErrors *errors)
{
    LoadResult result = RouteSetFormat::readFile(path);
    if (errors) {
        *errors = result.errors;
    } else {
        for (const FormatError &error : std::as_const(result.errors)) {
            qCWarning(lcFormat).noquote() << path << error.toString();
        }
    }
    return result.routeSet;
}

RouteSet RouteSet::builtInExample()
{
    QFile file(u":/mockbench/example.mockbench.json"_s);
    const LoadResult result =
        RouteSetFormat::fromJson(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    // Compiled in and loaded by the tests: a failure here is a broken build, not user input.
    Q_ASSERT_X(result.ok(), "RouteSet::builtInExample", "the built-in example does not load");
    return result.routeSet;
}

QStringList LoadResult::errorStrings() const
{
    return toStringList(errors);
}

QStringList RouteSetFormat::knownKeys(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Root:
        return { u"mockbench"_s, u"name"_s, u"templating"_s, u"chaos"_s, u"data"_s, u"cors"_s,
            u"defaultContentType"_s, u"headers"_s, u"notFound"_s, u"proxy"_s, u"tls"_s,
            u"routes"_s };
    case ObjectKind::Route:
        return { u"id"_s, u"enabled"_s, u"method"_s, u"path"_s, u"pathSyntax"_s, u"match"_s,
            u"scenario"_s, u"resource"_s, u"proxy"_s, u"responseMode"_s, u"fallthrough"_s,
            u"responses"_s, u"chaos"_s };
    case ObjectKind::Scenario:
        return { u"name"_s, u"requires"_s, u"then"_s };
    case ObjectKind::Resource:
        return { u"data"_s, u"key"_s };
    case ObjectKind::Proxy:
        return { u"url"_s, u"stripPrefix"_s, u"requestHeaders"_s, u"removeRequestHeaders"_s,
            u"responseHeaders"_s, u"timeoutMs"_s, u"insecure"_s, u"rewriteCookies"_s };
    case ObjectKind::Tls:
        return { u"cert"_s, u"key"_s };
    case ObjectKind::Match:
        return { u"query"_s, u"headers"_s, u"body"_s, u"rules"_s, u"combine"_s };
    case ObjectKind::Response:
        return QStringList { u"status"_s, u"reason"_s, u"default"_s, u"headers"_s, u"body"_s,
            u"json"_s, u"bodyFile"_s, u"bodyData"_s, u"templateFile"_s, u"templatePath"_s,
            u"base64"_s, u"missingFile"_s, u"templating"_s, u"when"_s, u"latency"_s }
        + Fault::keys();
    case ObjectKind::Rule:
        return { u"target"_s, u"name"_s, u"op"_s, u"value"_s, u"invert"_s, u"templateValue"_s };
    }
    return {};
}

namespace {

QString dialectChoice()
{
    return u"must be \"js\", \"mockoon\", \"wiremock\" or \"none\""_s;
}

/// "\"a\", \"b\" or \"c\"" for the names in @p names.
QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names) {
        quoted.append(u'"' + name + u'"');
    }
    const QString last = quoted.takeLast();
    return quoted.isEmpty() ? last : u"%1 or %2"_s.arg(quoted.join(u", "_s), last);
}

/// "must be \"a\", \"b\" or \"c\"" for the names in @p names.
QString choice(const QStringList &names)
{
    return u"must be "_s + quotedList(names);
}

/// The response modes as files name them, in the order messages list them.
constexpr Route::ResponseMode responseModes[] = { Route::ResponseMode::Rules,
    Route::ResponseMode::Sequential, Route::ResponseMode::Random, Route::ResponseMode::Default };

QStringList responseModeNames()
{
    QStringList names;
    for (const Route::ResponseMode mode : responseModes) {
        names.append(Route::modeName(mode));
    }
    return names;
}

QString pathSyntaxName(Route::PathSyntax syntax)
{
    return syntax == Route::PathSyntax::Mockoon ? u"mockoon"_s : u"template"_s;
}

QString missingFileName(Response::MissingFile missing)
{
    return missing == Response::MissingFile::NotFound ? u"404"_s : u"error"_s;
}

QString typeName(const QJsonValue &v)
{
    return v.isUndefined() ? u"missing"_s : JsonValues::typeName(v);
}

/// Collects errors while walking the document; each reader returns a best-effort value.
class Reader
{
public:
    explicit Reader(const QString &baseDir)
        : m_baseDir(baseDir)
    {
    }

    FormatErrors errors;

    void error(const QString &path, const QString &message) { errors.append({ path, message }); }

    QJsonObject unknownKeys(const QJsonObject &obj, RouteSetFormat::ObjectKind kind) const
    {
        const QStringList known = RouteSetFormat::knownKeys(kind);
        QJsonObject extra;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.contains(it.key())) {
                extra.insert(it.key(), it.value());
            }
        }
        return extra;
    }

    std::optional<ValueMatcher> readMatcher(
        const QJsonValue &v, const QString &path, bool allowJson)
    {
        if (v.isString()) {
            return ValueMatcher::exact(v.toString());
        }
        if (!v.isObject()) {
            error(path,
                u"must be a string or an object with regex, contains%1, not %2"_s.arg(
                    allowJson ? u" or json"_s : QString(), typeName(v)));
            return std::nullopt;
        }
        const QJsonObject obj = v.toObject();
        if (obj.size() != 1) {
            error(path,
                u"must have exactly one of regex, contains%1"_s.arg(
                    allowJson ? u", json"_s : QString()));
            return std::nullopt;
        }
        const QString key = obj.begin().key();
        const QJsonValue value = obj.begin().value();
        if (key == u"json") {
            if (!allowJson) {
                error(path + u".json", u"only allowed on body"_s);
                return std::nullopt;
            }
            return ValueMatcher::json(value); // object or array: Validation::conditions
        }
        if (key != u"regex" && key != u"contains") {
            error(path + u'.' + key,
                u"unknown matcher (use regex, contains%1)"_s.arg(
                    allowJson ? u" or json"_s : QString()));
            return std::nullopt;
        }
        if (!value.isString()) {
            error(path + u'.' + key, u"must be a string, not %1"_s.arg(typeName(value)));
            return std::nullopt;
        }
        if (key == u"contains") {
            return ValueMatcher::contains(value.toString());
        }
        return ValueMatcher::regex(value.toString()); // compiled or not: Validation::conditions
    }

    MatchConditions readConditions(const QJsonValue &v, const QString &path)
    {
        MatchConditions c;
        if (!v.isObject()) {
            error(path, u"must be an object, not %1"_s.arg(typeName(v)));
            return c;
        }
        const QJsonObject obj = v.toObject();
        const QStringList known = RouteSetFormat::knownKeys(RouteSetFormat::ObjectKind::Match);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.contains(it.key())) {
                error(path + u'.' + it.key(),
                    u"unknown condition (use %1)"_s.arg(known.join(u", "_s)));
            }
        }
        for (const QString &section : { u"query"_s, u"headers"_s }) {
            const QJsonValue sv = obj.value(section);
            if (sv.isUndefined()) {
                continue;
            }
            const QString spath = path + u'.' + section;
            if (!sv.isObject()) {
                error(spath, u"must be an object of name: condition, not %1"_s.arg(typeName(sv)));
                continue;
            }
            const QJsonObject items = sv.toObject();
            for (auto it = items.begin(); it != items.end(); ++it) {
                if (auto m = readMatcher(it.value(), spath + u'.' + it.key(), false)) {
                    (section == u"query" ? c.query : c.headers).append({ it.key(), *m });
                }
            }
        }
        if (obj.contains(u"body"_s)) {
            c.body = readMatcher(obj.value(u"body"_s), path + u".body", true);
        }
        if (obj.contains(u"rules"_s)) {
            c.rules = readRules(obj.value(u"rules"_s), path + u".rules");
        }
        if (obj.contains(u"combine"_s)) {
            const QJsonValue cv = obj.value(u"combine"_s);
            if (cv == QJsonValue(u"any"_s)) {
                c.any = true;
            } else if (cv != QJsonValue(u"all"_s)) {
                error(path + u".combine", choice({ u"all"_s, u"any"_s }));
            }
        }
        return c;
    }

    /// A condition's "rules": [{"target", "name", "op", "value", "invert"}, ...].
    QList<MatchRule> readRules(const QJsonValue &v, const QString &path)
    {
        QList<MatchRule> rules;
        if (!v.isArray()) {
            error(path,
                u"must be an array of rules such as {\"target\": \"header\", \"name\": "
                "\"X-Mode\", \"value\": \"a\"}, not %1"_s.arg(typeName(v)));
            return rules;
        }
        const QStringList known = RouteSetFormat::knownKeys(RouteSetFormat::ObjectKind::Rule);
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString rpath = path + u"[%1]"_s.arg(i);
            if (!arr.at(i).isObject()) {
                error(rpath, u"must be an object, not %1"_s.arg(typeName(arr.at(i))));
                continue;
            }
            const QJsonObject obj = arr.at(i).toObject();
            // A misspelt key would silently test something else ("vaule": the empty value).
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                if (!known.contains(it.key())) {
                    error(rpath + u'.' + it.key(),
                        u"unknown key in a rule (use %1)"_s.arg(known.join(u", "_s)));
                }
            }
            MatchRule rule;
            const QJsonValue tv = obj.value(u"target"_s);
            if (tv.isUndefined()) {
                error(rpath + u".target",
                    u"is required: %1"_s.arg(quotedList(MatchRule::targetNames())));
            } else if (const auto target = MatchRule::targetFromName(tv.toString());
                       tv.isString() && target) {
                rule.target = *target;
            } else {
                error(rpath + u".target", choice(MatchRule::targetNames()));
            }
            rule.name = readString(obj, u"name"_s, rpath).value_or(QString());
            if (obj.contains(u"op"_s)) {
                const QJsonValue ov = obj.value(u"op"_s);
                if (const auto op = MatchRule::operatorFromName(ov.toString());
                    ov.isString() && op) {
                    rule.op = *op;
                } else {
                    error(rpath + u".op", choice(MatchRule::operatorNames()));
                }
            }
            rule.value = readString(obj, u"value"_s, rpath).value_or(QString());
            rule.invert = readBool(obj, u"invert"_s, rpath).value_or(false);
            rule.templateValue = readBool(obj, u"templateValue"_s, rpath).value_or(false);
            rules.append(rule);
        }
        return rules;
    }

    /// A boolean member @p key of @p obj at @p path, or nothing (with an error when it is there
    /// but not a boolean).
    std::optional<bool> readBool(const QJsonObject &obj, const QString &key, const QString &path)
    {
        if (!obj.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue v = obj.value(key);
        if (!v.isBool()) {
            error(Validation::join(path, key), u"must be true or false, not %1"_s.arg(typeName(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    /// A response's "latency": milliseconds, or a distribution object as in chaos.
    Latency readLatency(const QJsonValue &v, const QString &path)
    {
        if (v.isDouble()) {
            const Validation::NumberRule rule = Validation::Rules::latencyMs();
            if (!rule.accepts(v.toDouble())) {
                error(path, rule.message());
                return {};
            }
            return Latency::fixed(v.toDouble());
        }
        if (!v.isObject()) {
            error(path,
                u"must be a number of milliseconds or an object such as {\"distribution\": "
                "\"uniform\", \"minMs\": 10, \"maxMs\": 50}, not %1"_s.arg(typeName(v)));
            return {};
        }
        return Latency::fromJson(v, path, &errors).value_or(Latency());
    }

    HeaderList readHeaders(const QJsonValue &v, const QString &path)
    {
        HeaderList headers;
        if (!v.isObject()) {
            error(path, u"must be an object of name: value, not %1"_s.arg(typeName(v)));
            return headers;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString hpath = path + u'.' + it.key();
            // Names and line breaks in values: Validation::response.
            auto checkValue = [this](const QJsonValue &value, const QString &vpath) {
                if (!value.isString()) {
                    error(vpath, u"must be a string, not %1"_s.arg(typeName(value)));
                    return false;
                }
                return true;
            };
            QStringList values;
            if (it.value().isString()) {
                if (checkValue(it.value(), hpath)) {
                    values.append(it.value().toString());
                }
            } else if (it.value().isArray()) {
                const QJsonArray arr = it.value().toArray();
                for (qsizetype i = 0; i < arr.size(); ++i) {
                    if (checkValue(arr.at(i), hpath + u"[%1]"_s.arg(i))) {
                        values.append(arr.at(i).toString());
                    }
                }
            } else {
                error(hpath,
                    u"must be a string or a list of strings, not %1"_s.arg(typeName(it.value())));
                continue;
            }
            headers.append({ it.key(), values });
        }
        return headers;
    }

    Response readResponse(const QJsonValue &v, const QString &path)
    {
        Response r;
        if (!v.isObject()) {
            error(path, u"must be an object, not %1"_s.arg(typeName(v)));
            return r;
        }
        const QJsonObject obj = v.toObject();
        r.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Response);
        if (obj.contains(u"status"_s)) {
            const QJsonValue sv = obj.value(u"status"_s);
            const double d = sv.toDouble(-1);
            // Converting a double outside int's range is undefined behaviour: only integers
            // that fit go into the model, whose validation checks 100..999.
            if (!sv.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
                error(path + u".status", u"must be 100..999"_s);
            } else {
                r.status = int(d);
            }
        }
        if (obj.contains(u"reason"_s)) {
            const QJsonValue rv = obj.value(u"reason"_s);
            if (!rv.isString()) {
                error(path + u".reason", u"must be a string, not %1"_s.arg(typeName(rv)));
            } else {
                r.reason = rv.toString();
            }
        }
        r.isDefault = readBool(obj, u"default"_s, path).value_or(false);
        if (obj.contains(u"headers"_s)) {
            r.headers = readHeaders(obj.value(u"headers"_s), path + u".headers");
        }
        int sources = 0;
        if (obj.contains(u"body"_s)) {
            ++sources;
            const QJsonValue bv = obj.value(u"body"_s);
            if (!bv.isString()) {
                error(path + u".body",
                    u"must be a string (use json for JSON values), not %1"_s.arg(typeName(bv)));
            }
            r.bodySource = Response::BodySource::Text;
            r.body = bv.toString();
        }
        if (obj.contains(u"json"_s)) {
            ++sources;
            r.bodySource = Response::BodySource::Json;
            r.json = obj.value(u"json"_s);
        }
        if (obj.contains(u"bodyFile"_s)) {
            ++sources;
            r.bodySource = Response::BodySource::File;
            const QJsonValue fv = obj.value(u"bodyFile"_s);
            if (!fv.isString()) {
                error(path + u".bodyFile", u"must be a non-empty relative path"_s);
            }
            r.bodyFile = fv.toString(); // where it leads: Validation::bodyFile
        }
        if (obj.contains(u"bodyData"_s)) {
            ++sources;
            r.bodySource = Response::BodySource::Data;
            const QJsonValue dv = obj.value(u"bodyData"_s);
            if (!dv.isString()) {
                error(path + u".bodyData",
                    u"must be the name of a data store, not %1"_s.arg(typeName(dv)));
            }
            r.bodyData = dv.toString(); // empty or not: Validation::response
        }
        if (sources > 1) {
            error(path, u"has more than one of body, json, bodyFile, bodyData"_s);
        }
        r.templateFile = readBool(obj, u"templateFile"_s, path).value_or(false);
        r.templatePath = readBool(obj, u"templatePath"_s, path).value_or(false);
        r.base64 = readBool(obj, u"base64"_s, path).value_or(false);
        if (r.base64
            && (r.bodySource != Response::BodySource::Text
                || QByteArray::fromBase64Encoding(
                       r.body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                        .decodingStatus
                    != QByteArray::Base64DecodingStatus::Ok)) {
            error(path + u".base64", u"only with a body that is base64"_s);
        }
        if (obj.contains(u"missingFile"_s)) {
            const QJsonValue mv = obj.value(u"missingFile"_s);
            if (mv == QJsonValue(u"404"_s)) {
                r.missingFile = Response::MissingFile::NotFound;
            } else if (mv != QJsonValue(u"error"_s)) {
                error(path + u".missingFile", choice({ u"error"_s, u"404"_s }));
            }
        }
        if (obj.contains(u"templating"_s)) {
            const QJsonValue tv = obj.value(u"templating"_s);
            if (const auto dialect = templateDialectFromName(tv.toString());
                tv.isString() && dialect) {
                r.templating = *dialect;
            } else {
                error(path + u".templating", dialectChoice());
            }
        }
        r.fault = Fault::fromJson(obj, path, &errors);
        if (obj.contains(u"when"_s)) {
            r.when = readConditions(obj.value(u"when"_s), path + u".when");
        }
        if (obj.contains(u"latency"_s)) {
            r.latency = readLatency(obj.value(u"latency"_s), path + u".latency");
        }
        return r;
    }

    /// A string member @p key of @p obj at @p path, or nothing (with an error when it is there
    /// but not a string).
    std::optional<QString> readString(
        const QJsonObject &obj, const QString &key, const QString &path)
    {
        if (!obj.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue v = obj.value(key);
        if (!v.isString()) {
            error(path + u'.' + key, u"must be a string, not %1"_s.arg(typeName(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    RouteScenario readScenario(const QJsonValue &v, const QString &path)
    {
        RouteScenario scenario;
        if (!v.isObject()) {
            error(path,
                u"must be an object such as {\"name\": \"checkout\", \"requires\": "
                "\"Started\", \"then\": \"paid\"}, not %1"_s.arg(typeName(v)));
            return scenario;
        }
        const QJsonObject obj = v.toObject();
        scenario.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Scenario);
        if (!obj.contains(u"name"_s)) {
            error(path + u".name", u"is required (the scenario's name)"_s);
        } else {
            scenario.name = readString(obj, u"name"_s, path).value_or(QString());
        }
        scenario.requiredState = readString(obj, u"requires"_s, path);
        scenario.newState = readString(obj, u"then"_s, path);
        return scenario;
    }

    RouteResource readResource(const QJsonValue &v, const QString &path)
    {
        RouteResource resource;
        if (!v.isObject()) {
            error(path,
                u"must be an object such as {\"data\": \"users\", \"key\": \"id\"}, not %1"_s.arg(
                    typeName(v)));
            return resource;
        }
        const QJsonObject obj = v.toObject();
        resource.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Resource);
        if (!obj.contains(u"data"_s)) {
            error(path + u".data", u"is required (the name of a data store of \"data\")"_s);
        } else {
            resource.data = readString(obj, u"data"_s, path).value_or(QString());
        }
        if (const auto key = readString(obj, u"key"_s, path)) {
            resource.key = *key;
        }
        return resource;
    }

    RouteSet::Tls readTls(const QJsonValue &v, const QString &path)
    {
        RouteSet::Tls tls;
        if (!v.isObject()) {
            error(path,
                u"must be an object: {} for the generated certificate, or {\"cert\": "
                "\"server.crt\", \"key\": \"server.key\"}, not %1"_s.arg(typeName(v)));
            return tls;
        }
        const QJsonObject obj = v.toObject();
        tls.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Tls);
        tls.certificateFile = readString(obj, u"cert"_s, path).value_or(QString());
        tls.keyFile = readString(obj, u"key"_s, path).value_or(QString());
        return tls;
    }

    ProxyTarget readProxy(const QJsonValue &v, const QString &path)
    {
        ProxyTarget proxy;
        if (!v.isObject()) {
            error(path,
                u"must be an object such as {\"url\": \"https://api.example.com\"}, not %1"_s.arg(
                    typeName(v)));
            return proxy;
        }
        const QJsonObject obj = v.toObject();
        proxy.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Proxy);
        if (!obj.contains(u"url"_s)) {
            error(path + u".url", u"is required (the upstream, such as https://api.example.com)"_s);
        } else if (const auto url = readString(obj, u"url"_s, path)) {
            proxy.url = QUrl(*url, QUrl::StrictMode); // checked by Validation::proxy
        }
        proxy.stripPrefix = readString(obj, u"stripPrefix"_s, path).value_or(QString());
        if (obj.contains(u"requestHeaders"_s)) {
            proxy.requestHeaders =
                readHeaders(obj.value(u"requestHeaders"_s), path + u".requestHeaders");
        }
        if (obj.contains(u"responseHeaders"_s)) {
            proxy.responseHeaders =
                readHeaders(obj.value(u"responseHeaders"_s), path + u".responseHeaders");
        }
        if (obj.contains(u"removeRequestHeaders"_s)) {
            const QJsonValue rv = obj.value(u"removeRequestHeaders"_s);
            const QJsonArray names = rv.toArray();
            if (!rv.isArray()) {
                error(path + u".removeRequestHeaders",
                    u"must be an array of header names, not %1"_s.arg(typeName(rv)));
            }
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!names.at(i).isString()) {
                    error(path + u".removeRequestHeaders[%1]"_s.arg(i),
                        u"must be a string, not %1"_s.arg(typeName(names.at(i))));
                } else {
                    proxy.removeRequestHeaders.append(names.at(i).toString());
                }
            }
        }
        if (obj.contains(u"timeoutMs"_s)) {
            const QJsonValue tv = obj.value(u"timeoutMs"_s);
            const double ms = tv.toDouble(-1);
            if (!tv.isDouble() || ms < 1 || ms > 24 * 3600 * 1000 || ms != std::floor(ms)) {
                error(path + u".timeoutMs",
                    u"must be a whole number of milliseconds, 1..86400000, not %1"_s.arg(
                        tv.isDouble() ? QString::number(ms) : typeName(tv)));
            } else {
                proxy.timeoutMs = int(ms);
            }
        }
        proxy.insecure = readBool(obj, u"insecure"_s, path).value_or(false);
        proxy.rewriteCookies = readBool(obj, u"rewriteCookies"_s, path).value_or(false);
        return proxy;
    }

    Route readRoute(const QJsonValue &v, const QString &path)
    {
        Route route;
        if (!v.isObject()) {
            error(path, u"must be an object, not %1"_s.arg(typeName(v)));
            return route;
        }
        const QJsonObject obj = v.toObject();
        route.extra = unknownKeys(obj, RouteSetFormat::ObjectKind::Route);

        if (obj.contains(u"id"_s)) {
            const QJsonValue iv = obj.value(u"id"_s);
            if (!iv.isString() || iv.toString().isEmpty()) {
                error(path + u".id", u"must be a non-empty string"_s);
            } else {
                route.id = iv.toString();
            }
        }
        if (obj.contains(u"enabled"_s)) {
            const QJsonValue ev = obj.value(u"enabled"_s);
            if (!ev.isBool()) {
                error(path + u".enabled", u"must be true or false, not %1"_s.arg(typeName(ev)));
            }
            route.enabled = ev.toBool(true);
        }
        if (obj.contains(u"method"_s)) {
            const QJsonValue mv = obj.value(u"method"_s);
            if (!mv.isString()) {
                error(path + u".method", u"must be an HTTP method such as GET, or \"*\""_s);
            } else {
                route.method = mv.toString().toUpper(); // a token or not: Validation::route
            }
        }
        const QJsonValue pv = obj.value(u"path"_s);
        if (pv.isUndefined()) {
            error(path + u".path", u"is required"_s);
        } else if (!pv.isString()) {
            error(path + u".path", u"must be a string, not %1"_s.arg(typeName(pv)));
        } else {
            route.path = pv.toString();
        }
        if (obj.contains(u"pathSyntax"_s)) {
            const QJsonValue sv = obj.value(u"pathSyntax"_s);
            if (sv == QJsonValue(pathSyntaxName(Route::PathSyntax::Mockoon))) {
                route.pathSyntax = Route::PathSyntax::Mockoon;
            } else if (sv != QJsonValue(pathSyntaxName(Route::PathSyntax::Template))) {
                error(path + u".pathSyntax",
                    choice({ pathSyntaxName(Route::PathSyntax::Template),
                        pathSyntaxName(Route::PathSyntax::Mockoon) }));
            }
        }
        if (obj.contains(u"match"_s)) {
            route.match = readConditions(obj.value(u"match"_s), path + u".match");
        }
        if (obj.contains(u"responseMode"_s)) {
            const QJsonValue mv = obj.value(u"responseMode"_s);
            const auto mode = std::find_if(std::begin(responseModes), std::end(responseModes),
                [&mv](Route::ResponseMode m) { return mv == QJsonValue(Route::modeName(m)); });
            if (mode != std::end(responseModes)) {
                route.responseMode = *mode;
            } else {
                error(path + u".responseMode", choice(responseModeNames()));
            }
        }
        route.fallthrough = readBool(obj, u"fallthrough"_s, path).value_or(false);
        if (obj.contains(u"scenario"_s)) {
            route.scenario = readScenario(obj.value(u"scenario"_s), path + u".scenario");
        }
        if (obj.contains(u"resource"_s)) {
            route.resource = readResource(obj.value(u"resource"_s), path + u".resource");
            if (!obj.contains(u"method"_s)) {
                route.method = u"*"_s; // a resource answers every CRUD method
            }
        }
        if (obj.contains(u"proxy"_s)) {
            route.proxy = readProxy(obj.value(u"proxy"_s), path + u".proxy");
        }
        const QJsonValue rv = obj.value(u"responses"_s);
        if (rv.isUndefined() && (route.resource || route.proxy)) {
            // A resource answers from its data store, a proxy from upstream; responses are
            // optional.
        } else if (rv.isUndefined()) {
            error(path + u".responses", u"is required (at least one response)"_s);
        } else if (!rv.isArray()) {
            error(path + u".responses", u"must be a non-empty array"_s);
        } else {
            const QJsonArray arr = rv.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                route.responses.append(readResponse(arr.at(i), path + u".responses[%1]"_s.arg(i)));
            }
        }
        if (obj.contains(u"chaos"_s)) {
            route.chaos = Chaos::fromJson(obj.value(u"chaos"_s), path + u".chaos", &errors);
        }
        return route;
    }

private:
    QString m_baseDir;
};

/// Format 0 (the pre-release draft): a route had one "response" object instead of a
/// "responses" list. Each step takes a document one version up.
QJsonObject migrate0to1(QJsonObject root)
{
    root.insert(u"mockbench"_s, 1);
    // Anything that is not an array of objects is left as written, so validation reports it.
    if (!root.value(u"routes"_s).isArray()) {
        return root;
    }
    QJsonArray routes = root.value(u"routes"_s).toArray();
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (!routes.at(i).isObject()) {
            continue;
        }
        QJsonObject route = routes.at(i).toObject();
        if (route.contains(u"response"_s) && !route.contains(u"responses"_s)) {
            route.insert(u"responses"_s, QJsonArray { route.value(u"response"_s) });
            route.remove(u"response"_s);
        }
        routes.replace(i, route);
    }
    root.insert(u"routes"_s, routes);
    return root;
}

/// Format 1 to 2: version 2 adds scenarios, data stores and resources (DESIGN.md §10), all
/// optional, so a version 1 document means the same; only its number changes.
QJsonObject migrate1to2(QJsonObject root)
{
    root.insert(u"mockbench"_s, 2);
    return root;
}

/// Format 2 to 3: version 3 adds Mockoon's model (DESIGN.md §11): Mockoon paths, rules, default
/// responses, per-response latency, data bodies, the set's CORS, headers and notFound answer, all
/// optional, so a version 2 document means the same; only its number changes.
QJsonObject migrate2to3(QJsonObject root)
{
    root.insert(u"mockbench"_s, 3);
    return root;
}

/// @p readErrors and the errors @p validation found, route by route (each route's reading errors,
/// then its rule errors). A rule error at or under a place the reader already reported is left
/// out: a value that could not be read is not wrong a second time.
FormatErrors withValidation(const FormatErrors &readErrors, const FormatErrors &validation)
{
    // A set of places, and each rule error's path walked up through its parents: linear in
    // the number of errors, so a file with a hundred thousand bad routes still loads quickly.
    QSet<QString> reported;
    for (const FormatError &e : readErrors) {
        reported.insert(e.path);
    }
    auto isReported = [&reported](const QString &path) {
        for (qsizetype end = path.size(); end > 0;) {
            if (reported.contains(path.left(end))) {
                return true;
            }
            const qsizetype dot = path.lastIndexOf(u'.', end - 1);
            const qsizetype bracket = path.lastIndexOf(u'[', end - 1);
            end = std::max(dot, bracket);
        }
        return false;
    };
    auto routeOf = [](const FormatError &e) -> qsizetype {
        if (!e.path.startsWith(u"routes[")) {
            return -1;
        }
        return e.path.mid(7, e.path.indexOf(u']') - 7).toLongLong();
    };
    FormatErrors all = readErrors;
    for (const FormatError &e : validation) {
        if (!isReported(e.path)) {
            all.append(e);
        }
    }
    std::stable_sort(all.begin(), all.end(),
        [&](const FormatError &a, const FormatError &b) { return routeOf(a) < routeOf(b); });
    return all;
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(json.at(i)) & 0xC0) != 0x80) {
            // Count characters as an editor does: UTF-8 continuation bytes add no column.
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

LoadResult RouteSetFormat::fromJson(const QByteArray &json, const QString &baseDir)
{
    LoadResult result;
    result.routeSet.baseDir = baseDir;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on (or 0 for no input);
        // name that character, as an editor's cursor would.
        const int at = parseError.error == QJsonParseError::GarbageAtEnd
            ? parseError.offset
            : std::max(parseError.offset - 1, 0);
        result.errors.append(
            { lineColumn(json, at), u"invalid JSON: %1"_s.arg(parseError.errorString()) });
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({ u"(root)"_s, u"must be a JSON object"_s });
        return result;
    }
    QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"mockbench"_s);
    if (version.isUndefined()) {
        result.errors.append({ u"mockbench"_s,
            u"missing: not a MockBench route set (expected \"mockbench\": %1)"_s.arg(
                CurrentVersion) });
        return result;
    }
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 0 || v != std::floor(v)) {
        result.errors.append({ u"mockbench"_s, u"must be a format version number"_s });
        return result;
    }
    if (v > CurrentVersion) {
        // Compared as a double: a huge version must not overflow int on its way to the message.
        result.sourceVersion =
            v < std::numeric_limits<int>::max() ? int(v) : std::numeric_limits<int>::max();
        result.errors.append({ u"mockbench"_s,
            u"format version %1 is newer than this MockBench understands (%2); "
            "update MockBench to open this file"_s.arg(QString::number(v, 'f', 0))
                .arg(CurrentVersion) });
        return result;
    }
    result.sourceVersion = int(v);
    // Step by step, each step taking the document one version up.
    using Migration = QJsonObject (*)(QJsonObject);
    static constexpr Migration migrations[] = { migrate0to1, migrate1to2, migrate2to3 };
    static_assert(std::size(migrations) == CurrentVersion, "one migration per older version");
    for (int from = result.sourceVersion; from < CurrentVersion; ++from) {
        root = migrations[from](root);
    }

    Reader reader(baseDir);
    RouteSet &set = result.routeSet;
    set.extra = reader.unknownKeys(root, ObjectKind::Root);
    if (root.contains(u"name"_s)) {
        if (!root.value(u"name"_s).isString()) {
            reader.error(
                u"name"_s, u"must be a string, not %1"_s.arg(typeName(root.value(u"name"_s))));
        }
        set.name = root.value(u"name"_s).toString();
    }
    if (root.contains(u"templating"_s)) {
        const QJsonValue tv = root.value(u"templating"_s);
        if (const auto dialect = templateDialectFromName(tv.toString()); tv.isString() && dialect) {
            set.templating = *dialect;
        } else {
            reader.error(u"templating"_s, dialectChoice());
        }
    }
    if (root.contains(u"chaos"_s)) {
        set.chaos = Chaos::fromJson(root.value(u"chaos"_s), u"chaos"_s, &reader.errors);
    }
    if (root.contains(u"data"_s)) {
        const QJsonValue data = root.value(u"data"_s);
        if (!data.isObject()) {
            reader.error(u"data"_s,
                u"must be an object of data stores by name ({\"users\": [...]}), not %1"_s.arg(
                    typeName(data)));
        } else {
            set.data = data.toObject();
        }
    }
    if (const QJsonValue cors = root.value(u"cors"_s); cors.isString()) {
        if (cors.toString() == u"preflight") {
            set.cors = RouteSet::Cors::PreflightOnly;
        } else {
            reader.error(u"cors"_s,
                u"must be true, false or \"preflight\" (the preflight answer only), not "
                "\"%1\""_s.arg(cors.toString()));
        }
    } else {
        set.cors = reader.readBool(root, u"cors"_s, QString()).value_or(false)
            ? RouteSet::Cors::On
            : RouteSet::Cors::Off;
    }
    set.defaultContentType =
        reader.readBool(root, u"defaultContentType"_s, QString()).value_or(true);
    if (root.contains(u"headers"_s)) {
        set.headers = reader.readHeaders(root.value(u"headers"_s), u"headers"_s);
    }
    if (root.contains(u"notFound"_s)) {
        // Read as any response. Validation::routeSet refuses when, default and latency set in
        // the model; here the keys are refused even at their defaults ("default": false), as
        // they read as if they did something.
        set.notFound = reader.readResponse(root.value(u"notFound"_s), u"notFound"_s);
        for (const QString &key : { u"when"_s, u"default"_s, u"latency"_s }) {
            if (root.value(u"notFound"_s).toObject().contains(key)) {
                reader.error(u"notFound."_s + key,
                    u"has no use in notFound, which answers every request no route takes"_s);
            }
        }
    }
    if (root.contains(u"proxy"_s)) {
        set.proxy = reader.readProxy(root.value(u"proxy"_s), u"proxy"_s);
    }
    if (root.contains(u"tls"_s)) {
        set.tls = reader.readTls(root.value(u"tls"_s), u"tls"_s);
    }
    const QJsonValue routes = root.value(u"routes"_s);
    if (routes.isUndefined()) {
        reader.error(u"routes"_s, u"is required (an array, possibly empty)"_s);
    } else if (!routes.isArray()) {
        reader.error(u"routes"_s, u"must be an array, not %1"_s.arg(typeName(routes)));
    } else {
        const QJsonArray arr = routes.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            set.routes.append(reader.readRoute(arr.at(i), u"routes[%1]"_s.arg(i)));
        }
        // Routes without an id get a stable one, so the admin API and the journal can name them.
        set.assignMissingIds();
    }
    // The reader checked the document's types; the model's rules come from its validation.
    result.errors = withValidation(reader.errors, set.validate());
    if (!result.ok()) {
        result.routeSet = RouteSet();
        result.routeSet.baseDir = baseDir;
    }
    return result;
}

namespace {

QJsonValue conditionsToJson(const MatchConditions &c)
{
    QJsonObject obj;
    auto section = [](const QList<std::pair<QString, ValueMatcher>> &items) {
        QJsonObject o;
        for (const auto &[name, matcher] : items) {
            o.insert(name, matcher.toJson());
        }
        return o;
    };
    if (!c.query.isEmpty()) {
        obj.insert(u"query"_s, section(c.query));
    }
    if (!c.headers.isEmpty()) {
        obj.insert(u"headers"_s, section(c.headers));
    }
    if (c.body) {
        obj.insert(u"body"_s, c.body->toJson());
    }
    if (!c.rules.isEmpty()) {
        QJsonArray rules;
        for (const MatchRule &rule : c.rules) {
            // Defaults left out, as everywhere in the file.
            QJsonObject o { { u"target"_s, MatchRule::targetName(rule.target) } };
            if (!rule.name.isEmpty()) {
                o.insert(u"name"_s, rule.name);
            }
            if (rule.op != MatchRule::Operator::Equals) {
                o.insert(u"op"_s, MatchRule::operatorName(rule.op));
            }
            if (!rule.value.isEmpty()) {
                o.insert(u"value"_s, rule.value);
            }
            if (rule.invert) {
                o.insert(u"invert"_s, true);
            }
            if (rule.templateValue) {
                o.insert(u"templateValue"_s, true);
            }
            rules.append(o);
        }
        obj.insert(u"rules"_s, rules);
    }
    if (c.any) {
        obj.insert(u"combine"_s, u"any"_s);
    }
    return obj;
}

QJsonObject headersToJson(const HeaderList &list);

QJsonObject proxyToJson(const ProxyTarget &proxy)
{
    QJsonObject obj = proxy.extra;
    obj.insert(u"url"_s, proxy.url.toString());
    if (!proxy.stripPrefix.isEmpty()) {
        obj.insert(u"stripPrefix"_s, proxy.stripPrefix);
    }
    if (!proxy.requestHeaders.isEmpty()) {
        obj.insert(u"requestHeaders"_s, headersToJson(proxy.requestHeaders));
    }
    if (!proxy.removeRequestHeaders.isEmpty()) {
        obj.insert(
            u"removeRequestHeaders"_s, QJsonArray::fromStringList(proxy.removeRequestHeaders));
    }
    if (!proxy.responseHeaders.isEmpty()) {
        obj.insert(u"responseHeaders"_s, headersToJson(proxy.responseHeaders));
    }
    if (proxy.timeoutMs != ProxyTarget::DefaultTimeoutMs) {
        obj.insert(u"timeoutMs"_s, proxy.timeoutMs);
    }
    if (proxy.insecure) {
        obj.insert(u"insecure"_s, true);
    }
    if (proxy.rewriteCookies) {
        obj.insert(u"rewriteCookies"_s, true);
    }
    return obj;
}

QJsonObject headersToJson(const HeaderList &list)
{
    // A HeaderList built in code may name a header twice; JSON keys are unique, so the
    // values are merged into one list instead of the last entry replacing the others.
    QList<std::pair<QString, QStringList>> merged;
    for (const auto &[name, values] : list) {
        const auto same = std::find_if(merged.begin(), merged.end(),
            [&name = name](const auto &entry) { return entry.first == name; });
        if (same == merged.end()) {
            merged.append({ name, values });
        } else {
            same->second += values;
        }
    }
    QJsonObject headers;
    for (const auto &[name, values] : std::as_const(merged)) {
        if (values.size() == 1) {
            headers.insert(name, values.first());
        } else {
            headers.insert(name, QJsonArray::fromStringList(values));
        }
    }
    return headers;
}

QJsonObject responseToJson(const Response &r)
{
    QJsonObject obj = r.extra;
    obj.insert(u"status"_s, r.status);
    if (!r.reason.isEmpty()) {
        obj.insert(u"reason"_s, r.reason);
    }
    if (r.isDefault) {
        obj.insert(u"default"_s, true);
    }
    if (!r.headers.isEmpty()) {
        obj.insert(u"headers"_s, headersToJson(r.headers));
    }
    switch (r.bodySource) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Text:
        obj.insert(u"body"_s, r.body);
        break;
    case Response::BodySource::Json:
        obj.insert(u"json"_s, r.json);
        break;
    case Response::BodySource::File:
        obj.insert(u"bodyFile"_s, r.bodyFile);
        break;
    case Response::BodySource::Data:
        obj.insert(u"bodyData"_s, r.bodyData);
        break;
    }
    if (r.templatePath) {
        obj.insert(u"templatePath"_s, true);
    }
    if (r.base64) {
        obj.insert(u"base64"_s, true);
    }
    if (r.templateFile) {
        obj.insert(u"templateFile"_s, true);
    }
    if (r.missingFile != Response::MissingFile::Error) {
        obj.insert(u"missingFile"_s, missingFileName(r.missingFile));
    }
    if (r.templating) {
        obj.insert(u"templating"_s, templateDialectName(*r.templating));
    }
    if (r.when) {
        obj.insert(u"when"_s, conditionsToJson(*r.when));
    }
    if (r.latency != Latency()) {
        obj.insert(u"latency"_s, r.latency.toJson());
    }
    if (!r.fault.isNone()) {
        r.fault.writeJson(&obj);
    }
    return obj;
}

QJsonObject writeRoute(const Route &route)
{
    QJsonObject obj = route.extra;
    // An empty id would not load back ("must be a non-empty string"); the loader generates one.
    if (!route.id.isEmpty()) {
        obj.insert(u"id"_s, route.id);
    }
    obj.insert(u"enabled"_s, route.enabled);
    obj.insert(u"method"_s, route.method);
    obj.insert(u"path"_s, route.path);
    if (route.pathSyntax != Route::PathSyntax::Template) {
        obj.insert(u"pathSyntax"_s, pathSyntaxName(route.pathSyntax));
    }
    if (!route.match.isEmpty()) {
        obj.insert(u"match"_s, conditionsToJson(route.match));
    }
    if (route.scenario) {
        QJsonObject scenario = route.scenario->extra;
        scenario.insert(u"name"_s, route.scenario->name);
        if (route.scenario->requiredState) {
            scenario.insert(u"requires"_s, *route.scenario->requiredState);
        }
        if (route.scenario->newState) {
            scenario.insert(u"then"_s, *route.scenario->newState);
        }
        obj.insert(u"scenario"_s, scenario);
    }
    if (route.resource) {
        QJsonObject resource = route.resource->extra;
        resource.insert(u"data"_s, route.resource->data);
        resource.insert(u"key"_s, route.resource->key);
        obj.insert(u"resource"_s, resource);
    }
    if (route.proxy) {
        obj.insert(u"proxy"_s, proxyToJson(*route.proxy));
    }
    if (route.responseMode != Route::ResponseMode::Rules) {
        obj.insert(u"responseMode"_s, Route::modeName(route.responseMode));
    }
    if (route.fallthrough) {
        obj.insert(u"fallthrough"_s, true);
    }
    QJsonArray responses;
    for (const Response &r : route.responses) {
        responses.append(responseToJson(r));
    }
    if (!responses.isEmpty() || (!route.resource && !route.proxy)) {
        obj.insert(u"responses"_s, responses);
    }
    if (!route.chaos.isEmpty()) {
        obj.insert(u"chaos"_s, route.chaos.toJson());
    }
    return obj;
}

// The file is meant to be read and diffed by people: known keys come in a fixed, logical order
// (QJsonDocument would sort them alphabetically); user data (json bodies) keeps Qt's order.
const QStringList &keyOrder()
{
    // One list for every kind of object: a rule reads target, name, op, value, invert; a
    // response status ... latency, fault; the root ends with notFound and routes.
    static const QStringList order = {
        u"mockbench"_s,
        u"target"_s,
        u"name"_s,
        u"op"_s,
        u"value"_s,
        u"invert"_s,
        u"templateValue"_s,
        u"id"_s,
        u"enabled"_s,
        u"method"_s,
        u"path"_s,
        u"pathSyntax"_s,
        u"match"_s,
        u"scenario"_s,
        u"requires"_s,
        u"then"_s,
        u"resource"_s,
        u"data"_s,
        u"key"_s,
        u"proxy"_s,
        u"url"_s,
        u"stripPrefix"_s,
        u"requestHeaders"_s,
        u"removeRequestHeaders"_s,
        u"responseHeaders"_s,
        u"timeoutMs"_s,
        u"insecure"_s,
        u"rewriteCookies"_s,
        u"cert"_s,
        u"query"_s,
        u"status"_s,
        u"reason"_s,
        u"default"_s,
        u"cors"_s,
        u"defaultContentType"_s,
        u"headers"_s,
        u"body"_s,
        u"json"_s,
        u"bodyFile"_s,
        u"bodyData"_s,
        u"templateFile"_s,
        u"templatePath"_s,
        u"base64"_s,
        u"missingFile"_s,
        u"rules"_s,
        u"combine"_s,
        u"templating"_s,
        u"when"_s,
        u"latency"_s,
        u"fault"_s,
        u"chunkBytes"_s,
        u"intervalMs"_s,
        u"bytesPerSecond"_s,
        u"responseMode"_s,
        u"fallthrough"_s,
        u"responses"_s,
        u"chaos"_s,
        u"distribution"_s,
        u"ms"_s,
        u"minMs"_s,
        u"medianMs"_s,
        u"sigma"_s,
        u"maxMs"_s,
        u"errorRate"_s,
        u"error"_s,
        u"seed"_s,
        u"notFound"_s,
        u"tls"_s,
        u"routes"_s,
    };
    return order;
}

void writeString(QByteArray &out, const QString &s)
{
    // QJsonDocument escapes exactly as JSON needs; wrap the string in an array to reuse it.
    const QByteArray wrapped = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &v, int indent, bool ordered)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    if (v.isObject()) {
        const QJsonObject obj = v.toObject();
        if (obj.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = obj.keys();
        if (ordered) {
            const QStringList &order = keyOrder();
            std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
                const qsizetype ia = order.indexOf(a);
                const qsizetype ib = order.indexOf(b);
                return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
            });
        }
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += innerPad;
            writeString(out, keys.at(i));
            out += ": ";
            // User data (json bodies, data stores) keeps its own order.
            writeValue(out, obj.value(keys.at(i)), indent + 1,
                ordered && keys.at(i) != u"json" && !(indent == 0 && keys.at(i) == u"data"));
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += pad + '}';
    } else if (v.isArray()) {
        const QJsonArray arr = v.toArray();
        if (arr.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < arr.size(); ++i) {
            out += innerPad;
            writeValue(out, arr.at(i), indent + 1, ordered);
            out += i + 1 < arr.size() ? ",\n" : "\n";
        }
        out += pad + ']';
    } else if (v.isString()) {
        writeString(out, v.toString());
    } else {
        const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
        out += wrapped.mid(1, wrapped.size() - 2);
    }
}

} // namespace

QByteArray RouteSetFormat::toJson(const RouteSet &set)
{
    QJsonObject root = set.extra;
    root.insert(u"mockbench"_s, CurrentVersion);
    if (!set.name.isEmpty()) {
        root.insert(u"name"_s, set.name);
    }
    if (set.templating != TemplateDialect::JavaScript) {
        root.insert(u"templating"_s, templateDialectName(set.templating));
    }
    if (!set.chaos.isEmpty()) {
        root.insert(u"chaos"_s, set.chaos.toJson());
    }
    if (!set.data.isEmpty()) {
        root.insert(u"data"_s, set.data);
    }
    if (set.cors == RouteSet::Cors::On) {
        root.insert(u"cors"_s, true);
    } else if (set.cors == RouteSet::Cors::PreflightOnly) {
        root.insert(u"cors"_s, u"preflight"_s);
    }
    if (!set.defaultContentType) {
        root.insert(u"defaultContentType"_s, false);
    }
    if (!set.headers.isEmpty()) {
        root.insert(u"headers"_s, headersToJson(set.headers));
    }
    if (set.notFound) {
        root.insert(u"notFound"_s, responseToJson(*set.notFound));
    }
    if (set.proxy) {
        root.insert(u"proxy"_s, proxyToJson(*set.proxy));
    }
    if (set.tls) {
        QJsonObject tls = set.tls->extra;
        if (!set.tls->certificateFile.isEmpty()) {
            tls.insert(u"cert"_s, set.tls->certificateFile);
        }
        if (!set.tls->keyFile.isEmpty()) {
            tls.insert(u"key"_s, set.tls->keyFile);
        }
        root.insert(u"tls"_s, tls);
    }
    QJsonArray routes;
    for (const Route &route : set.routes) {
        routes.append(writeRoute(route));
    }
    root.insert(u"routes"_s, routes);
    QByteArray out;
    writeValue(out, root, 0, true);
    out += '\n';
    return out;
}

QJsonObject RouteSetFormat::routeToJson(const Route &route)
{
    return writeRoute(route);
}

std::optional<Route> RouteSetFormat::routeFromJson(
    const QJsonValue &value, const QString &baseDir, FormatErrors *errors)
{
    Reader reader(baseDir);
    const QString prefix = u"route"_s;
    const Route route = reader.readRoute(value, prefix);
    FormatErrors found = withValidation(reader.errors, Validation::route(route, baseDir, prefix));
    // Paths relative to the route: "responses[0].status", and "(route)" for the route itself.
    for (FormatError &error : found) {
        error.path = error.path == prefix ? u"(route)"_s : error.path.mid(prefix.size() + 1);
    }
    if (errors) {
        *errors += found;
    }
    if (!found.isEmpty()) {
        return std::nullopt;
    }
    return route;
}

LoadResult RouteSetFormat::readFile(const QString &path)
{
    QFile file(path);
    const QString dir = QFileInfo(path).absolutePath();
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.routeSet.baseDir = dir;
        result.errors.append({ path, u"cannot read: %1"_s.arg(file.errorString()) });
        return result;
    }
    return fromJson(file.readAll(), dir);
}

bool RouteSetFormat::writeFile(const RouteSet &set, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray data = toJson(set);
    // Flush by hand: QSaveFile::commit() in Qt 6.4 ignores a failed final flush (QTBUG-75077)
    // and would replace the old file with a truncated one when the disk is full.
    if (file.write(data) != data.size() || !file.flush()) {
        if (error) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        }
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace MockBench
