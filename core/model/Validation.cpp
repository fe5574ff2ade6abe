// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "http/HttpParser.h"
#include "model/Chaos.h"
#include "model/MatchConditions.h"
#include "model/MockoonPath.h"
#include "model/PathTemplate.h"
#include "model/Response.h"
#include "model/Route.h"
#include "model/RouteSet.h"
#include "model/WireMockPattern.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench::Validation {

namespace {

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}

void checkNumber(FormatErrors *errors, const NumberRule &rule, double value, const QString &path)
{
    if (!rule.accepts(value)) {
        errors->append({ path, rule.message() });
    }
}

void checkMatcher(FormatErrors *errors, const ValueMatcher &matcher, const QString &path)
{
    switch (matcher.kind()) {
    case ValueMatcher::Kind::Exact:
    case ValueMatcher::Kind::Contains:
        break;
    case ValueMatcher::Kind::Regex: {
        // The pattern as written first: the matcher anchors it, and errors in the anchored
        // form can name the wrong problem ("[a-" reads as "range out of order").
        const QRegularExpression plain(matcher.text());
        if (!plain.isValid()) {
            errors->append({ path + u".regex", u"invalid regex: %1"_s.arg(plain.errorString()) });
        } else if (!matcher.isValid()) {
            errors->append({ path + u".regex", matcher.errorString() });
        }
        break;
    }
    case ValueMatcher::Kind::Json:
        if (!matcher.jsonSubset().isObject() && !matcher.jsonSubset().isArray()) {
            errors->append({ path + u".json", u"must be an object or an array"_s });
        }
        break;
    }
}

} // namespace

bool NumberRule::accepts(double value) const
{
    return !std::isnan(value) && value >= low && value <= high
        && (!integer || value == std::floor(value));
}

QString NumberRule::message() const
{
    // Bounds written out in full: arg(double) would print an hour as "3.6e+06".
    return u"must be %1 %2..%3"_s.arg(integer ? u"an integer"_s : u"a number"_s,
        QString::number(low, 'f', QLocale::FloatingPointShortest),
        QString::number(high, 'f', QLocale::FloatingPointShortest));
}

namespace Rules {
// Longest latency or interval a set may ask for: an hour. Beyond that it is a typo.
NumberRule latencyMs()
{
    return { 0, 3600.0 * 1000.0, false };
}
NumberRule sigma()
{
    return { 0, 10, false };
}
NumberRule errorRate()
{
    return { 0, 1, false };
}
NumberRule errorStatus()
{
    return { 100, 599, true };
}
NumberRule chunkBytes()
{
    return { 1, 1024 * 1024, true };
}
NumberRule intervalMs()
{
    return { 0, 60000, true };
}
NumberRule bytesPerSecond()
{
    return { 1, 1024.0 * 1024 * 1024, true };
}
NumberRule seed()
{
    return { 0, 9007199254740992.0, true };
}
} // namespace Rules

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

bool isValidMethod(const QString &method)
{
    if (method == u"*") {
        return true;
    }
    // The parser's token rule, so a method a route names is one a request can carry.
    const bool ascii =
        std::all_of(method.begin(), method.end(), [](QChar c) { return c.unicode() < 128; });
    return ascii && HttpParser::isToken(method.toLatin1());
}

bool isValidHeaderName(const QString &name)
{
    return name != u"*" && isValidMethod(name);
}

namespace {

/// True when @p target is only known on a chosen route: its path parameters, its request count,
/// the state and templates (the server hands those to a response's `when` only).
bool needsChosenRoute(MatchRule::Target target)
{
    switch (target) {
    case MatchRule::Target::Param:
    case MatchRule::Target::RequestNumber:
    case MatchRule::Target::Global:
    case MatchRule::Target::Data:
    case MatchRule::Target::Template:
        return true;
    case MatchRule::Target::Body:
    case MatchRule::Target::Query:
    case MatchRule::Target::Header:
    case MatchRule::Target::Cookie:
    case MatchRule::Target::Path:
    case MatchRule::Target::Method:
    case MatchRule::Target::Url:
    case MatchRule::Target::UrlPath:
    case MatchRule::Target::Form:
        break;
    }
    return false;
}

void checkRule(FormatErrors *errors, const MatchRule &rule, const QString &at, ConditionsOf place)
{
    const QString chosenOnly = u"\"%1\" is known only once a route is chosen; use it in a "
                               "response's when"_s;
    if (place == ConditionsOf::RouteMatch && needsChosenRoute(rule.target)) {
        errors->append({ at + u".target", chosenOnly.arg(MatchRule::targetName(rule.target)) });
    }
    switch (rule.op) {
    case MatchRule::Operator::Regex:
    case MatchRule::Operator::RegexI: {
        const auto options = rule.op == MatchRule::Operator::RegexI
            ? QRegularExpression::CaseInsensitiveOption
            : QRegularExpression::NoPatternOption;
        const QRegularExpression plain(rule.value, options);
        if (!plain.isValid()) {
            errors->append({ at + u".value", u"invalid regex: %1"_s.arg(plain.errorString()) });
            break;
        }
        // The engine searches the text with the pattern inside a group (MatchConditions.cpp);
        // a pattern valid alone can still break out of it ("\Qx" quotes the closing bracket).
        const ValueMatcher::Regex search(
            u"[\\s\\S]*?(?:"_s + rule.value + u")[\\s\\S]*"_s, options);
        if (!search.isValid()) {
            errors->append({ at + u".value", u"invalid regex: %1"_s.arg(search.errorString()) });
        }
        break;
    }
    case MatchRule::Operator::Schema:
        if (place == ConditionsOf::RouteMatch) {
            errors->append({ at + u".op", chosenOnly.arg(MatchRule::operatorName(rule.op)) });
        }
        if (rule.value.isEmpty()) {
            errors->append(
                { at + u".value", u"must name the data store that holds the JSON Schema"_s });
        }
        break;
    case MatchRule::Operator::WireMock: {
        const QJsonDocument doc = QJsonDocument::fromJson(rule.value.toUtf8());
        if (!doc.isObject()) {
            errors->append({ at + u".value",
                u"must be a WireMock pattern as a JSON object ({\"equalTo\": \"x\"})"_s });
            break;
        }
        const QString error = WireMockPattern::check(doc.object());
        if (!error.isEmpty()) {
            errors->append({ at + u".value", error });
        }
        break;
    }
    case MatchRule::Operator::Equals:
    case MatchRule::Operator::Null:
    case MatchRule::Operator::EmptyArray:
    case MatchRule::Operator::ArrayIncludes:
        break;
    }
}

} // namespace

FormatErrors conditions(
    const MatchConditions &conditions, const QString &prefix, ConditionsOf place)
{
    FormatErrors errors;
    for (const auto &[name, matcher] : conditions.query) {
        checkMatcher(&errors, matcher, join(prefix, u"query."_s + name));
    }
    for (const auto &[name, matcher] : conditions.headers) {
        checkMatcher(&errors, matcher, join(prefix, u"headers."_s + name));
    }
    if (conditions.body) {
        checkMatcher(&errors, *conditions.body, join(prefix, u"body"_s));
    }
    for (qsizetype k = 0; k < conditions.rules.size(); ++k) {
        checkRule(&errors, conditions.rules.at(k), join(prefix, u"rules[%1]"_s.arg(k)), place);
    }
    return errors;
}

FormatErrors headers(const QList<std::pair<QString, QStringList>> &headers, const QString &prefix)
{
    FormatErrors errors;
    for (const auto &[name, values] : headers) {
        const QString at = join(prefix, name);
        if (!isValidHeaderName(name)) {
            errors.append({ at, u"not a valid header name"_s });
            continue;
        }
        // A line break in a value would let the set inject headers into the response.
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (hasLineBreak(values.at(i))) {
                errors.append({ values.size() == 1 ? at : at + u"[%1]"_s.arg(i),
                    u"must not contain line breaks"_s });
            }
        }
    }
    return errors;
}

FormatErrors latency(const Latency &l, const QString &at)
{
    FormatErrors errors;
    switch (l.distribution) {
    case Latency::Distribution::Fixed:
        checkNumber(&errors, Rules::latencyMs(), l.ms, at + u".ms");
        break;
    case Latency::Distribution::Uniform:
        checkNumber(&errors, Rules::latencyMs(), l.minMs, at + u".minMs");
        checkNumber(&errors, Rules::latencyMs(), l.maxMs, at + u".maxMs");
        if (errors.isEmpty() && l.maxMs < l.minMs) {
            errors.append({ at + u".maxMs", u"must not be below minMs"_s });
        }
        break;
    case Latency::Distribution::Lognormal:
        checkNumber(&errors, Rules::latencyMs(), l.medianMs, at + u".medianMs");
        checkNumber(&errors, Rules::sigma(), l.sigma, at + u".sigma");
        checkNumber(&errors, Rules::latencyMs(), l.maxMs, at + u".maxMs");
        if (errors.isEmpty() && l.maxMs < l.medianMs) {
            errors.append({ at + u".maxMs", u"must not be below medianMs"_s });
        }
        break;
    }
    return errors;
}

FormatErrors fault(const Fault &fault, const QString &prefix)
{
    FormatErrors errors;
    if (fault.kind == Fault::Kind::Dribble) {
        checkNumber(&errors, Rules::chunkBytes(), fault.chunkBytes, join(prefix, u"chunkBytes"_s));
        checkNumber(&errors, Rules::intervalMs(), fault.intervalMs, join(prefix, u"intervalMs"_s));
    } else if (fault.kind == Fault::Kind::Bandwidth) {
        checkNumber(&errors, Rules::bytesPerSecond(), double(fault.bytesPerSecond),
            join(prefix, u"bytesPerSecond"_s));
    }
    return errors;
}

FormatErrors chaos(const Chaos &chaos, const QString &prefix, bool global)
{
    FormatErrors errors;
    if (chaos.latency) {
        errors += latency(*chaos.latency, join(prefix, u"latency"_s));
    }
    if (chaos.errorRate) {
        checkNumber(&errors, Rules::errorRate(), *chaos.errorRate, join(prefix, u"errorRate"_s));
    }
    if (chaos.error) {
        const QString at = join(prefix, u"error"_s);
        if (chaos.error->fault.isNone()) {
            checkNumber(&errors, Rules::errorStatus(), chaos.error->status, at + u".status");
        } else {
            errors += fault(chaos.error->fault, at);
        }
    }
    if (chaos.seed) {
        if (!global) {
            errors.append({ join(prefix, u"seed"_s), u"only the global chaos has a seed"_s });
        } else {
            checkNumber(&errors, Rules::seed(), double(*chaos.seed), join(prefix, u"seed"_s));
        }
    }
    return errors;
}

namespace {

/// What is wrong with a bodyFile path on its own, before any folder is looked at.
QString pathProblem(const QString &file)
{
    if (file.isEmpty()) {
        return u"must be a non-empty relative path"_s;
    }
    if (QDir::isAbsolutePath(file) || file.startsWith(u'/') || file.startsWith(u'\\')) {
        return u"must be relative to the route set's folder"_s;
    }
    const QString cleaned = QDir::cleanPath(file);
    if (cleaned == u".." || cleaned.startsWith(u"../"_s)) {
        return u"must stay inside the route set's folder"_s;
    }
    return {};
}

} // namespace

bool staysUnderTemplateFolder(const QString &pathTemplate, const QString &rendered)
{
    const qsizetype brace = pathTemplate.indexOf(u"{{"_s);
    const QString fixed = brace < 0 ? pathTemplate : pathTemplate.left(brace);
    const QString folder = QDir::cleanPath(fixed.left(fixed.lastIndexOf(u'/') + 1));
    const QString cleaned = QDir::cleanPath(rendered);
    if (!pathProblem(rendered).isEmpty()) {
        return false;
    }
    return folder.isEmpty() || folder == u"."_s || cleaned.startsWith(folder + u'/');
}

std::optional<QString> resolveBodyFile(const QString &file, const QString &baseDir, QString *why)
{
    const auto fail = [why](const QString &problem) -> std::optional<QString> {
        if (why) {
            *why = problem;
        }
        return std::nullopt;
    };
    if (const QString problem = pathProblem(file); !problem.isEmpty()) {
        return fail(problem);
    }
    const QString base = baseDir.isEmpty() ? QString() : QFileInfo(baseDir).canonicalFilePath();
    if (base.isEmpty()) {
        return fail(u"the route set has no folder to find it in"_s);
    }
    const QFileInfo info(QDir(baseDir).filePath(QDir::cleanPath(file)));
    if (!info.exists()) {
        return fail(u"file not found: %1"_s.arg(info.filePath()));
    }
    // A symlink inside the folder may still lead out of it.
    const QString target = info.canonicalFilePath();
    if (target != base && !target.startsWith(base.endsWith(u'/') ? base : base + u'/')) {
        return fail(u"must stay inside the route set's folder"_s);
    }
    if (info.isDir()) {
        return fail(u"must name a file, not a folder"_s);
    }
    // Only a regular file: reading a FIFO or a device would block the server's one thread
    // until a writer came (or forever), at load time and at every request.
    if (!info.isFile()) {
        return fail(u"must name a regular file, not a pipe, socket or device"_s);
    }
    return target;
}

FormatErrors bodyFile(const QString &file, const QString &baseDir, const QString &path)
{
    // Without a folder (a set built in code, not saved yet) only the path itself is checked.
    QString why = pathProblem(file);
    if (why.isEmpty() && !baseDir.isEmpty()) {
        resolveBodyFile(file, baseDir, &why);
    }
    return why.isEmpty() ? FormatErrors() : FormatErrors { { path, why } };
}

FormatErrors response(const Response &response, const QString &baseDir, const QString &prefix)
{
    FormatErrors errors;
    if (response.status < 100 || response.status > 999) {
        errors.append({ join(prefix, u"status"_s), u"must be 100..999"_s });
    }
    if (hasLineBreak(response.reason)) {
        errors.append({ join(prefix, u"reason"_s), u"must not contain line breaks"_s });
    }
    errors += headers(response.headers, join(prefix, u"headers"_s));
    if (response.bodySource == Response::BodySource::File) {
        // "missingFile": "404" asks for a missing file to be answered, so only a file that is
        // there is checked on disk (a symlink out of the folder is still refused, and the
        // server checks again on each request).
        // A path that is a template names its file per request: checked then.
        const bool mayBeMissing = response.templatePath
            || (response.missingFile == Response::MissingFile::NotFound && !baseDir.isEmpty()
                && !QFileInfo::exists(QDir(baseDir).filePath(QDir::cleanPath(response.bodyFile))));
        errors += bodyFile(
            response.bodyFile, mayBeMissing ? QString() : baseDir, join(prefix, u"bodyFile"_s));
    }
    // A store named here need not be in the set's "data": templates and CRUD routes may create
    // it while serving (until then the body is empty).
    if (response.bodySource == Response::BodySource::Data && response.bodyData.isEmpty()) {
        errors.append({ join(prefix, u"bodyData"_s), u"must name a data store"_s });
    }
    if (response.templatePath && response.bodySource != Response::BodySource::File) {
        errors.append({ join(prefix, u"templatePath"_s),
            u"only applies to a bodyFile (its path is rendered as a template)"_s });
    }
    if (response.templateFile && response.bodySource != Response::BodySource::File) {
        errors.append({ join(prefix, u"templateFile"_s),
            u"only applies to a bodyFile (the file is rendered as a template)"_s });
    }
    errors += latency(response.latency, join(prefix, u"latency"_s));
    errors += fault(response.fault, prefix);
    if (response.when) {
        errors += conditions(*response.when, join(prefix, u"when"_s), ConditionsOf::ResponseWhen);
    }
    return errors;
}

FormatErrors route(const Route &route, const QString &baseDir, const QString &prefix)
{
    FormatErrors errors;
    if (!isValidMethod(route.method)) {
        errors.append(
            { join(prefix, u"method"_s), u"must be an HTTP method such as GET, or \"*\""_s });
    }
    QString why;
    if (route.pathSyntax == Route::PathSyntax::Mockoon) {
        // Mockoon never serves an endpoint it cannot compile: as a disabled route, MockBench
        // keeps one as it was written.
        if (route.enabled && !MockoonPath::compile(route.path, &why)) {
            errors.append({ join(prefix, u"path"_s),
                why.isEmpty() ? u"Mockoon cannot serve this endpoint"_s : why });
        }
    } else if (!PathTemplate::parse(route.path, &why)) {
        errors.append({ join(prefix, u"path"_s), why });
    }
    errors += conditions(route.match, join(prefix, u"match"_s), ConditionsOf::RouteMatch);
    if (route.fallthrough && route.responseMode != Route::ResponseMode::Rules) {
        errors.append({ join(prefix, u"fallthrough"_s),
            u"only applies to responseMode \"rules\" (this route's is \"%1\")"_s.arg(
                Route::modeName(route.responseMode)) });
    }
    // A resource answers with its data store: its responses only add to that, so it may have
    // none.
    if (route.responses.isEmpty() && !route.resource && !route.proxy) {
        errors.append({ join(prefix, u"responses"_s), u"must be a non-empty array"_s });
    }
    if (route.proxy) {
        errors += proxy(*route.proxy, join(prefix, u"proxy"_s));
        if (route.resource) {
            errors.append({ join(prefix, u"proxy"_s),
                u"a route either forwards (proxy) or serves a data store (resource), not both"_s });
        }
    }
    if (route.scenario) {
        const QString at = join(prefix, u"scenario"_s);
        if (route.scenario->name.isEmpty()) {
            errors.append({ at + u".name", u"must be a non-empty string"_s });
        }
        if (route.scenario->requiredState && route.scenario->requiredState->isEmpty()) {
            errors.append({ at + u".requires", u"must be a non-empty string (or left out)"_s });
        }
        if (route.scenario->newState && route.scenario->newState->isEmpty()) {
            errors.append({ at + u".then", u"must be a non-empty string (or left out)"_s });
        }
    }
    if (route.resource) {
        const QString at = join(prefix, u"resource"_s);
        if (route.resource->data.isEmpty()) {
            errors.append({ at + u".data", u"must name a data store of the set's \"data\""_s });
        }
        if (route.resource->key.isEmpty()) {
            errors.append({ at + u".key", u"must be a non-empty field name"_s });
        }
        if (route.pathSyntax == Route::PathSyntax::Template && route.path.contains(u"{*")) {
            errors.append({ join(prefix, u"path"_s),
                u"a resource's path cannot end in {*rest}: its items are the path plus one "
                "segment"_s });
        }
    }
    qsizetype firstDefault = -1;
    for (qsizetype i = 0; i < route.responses.size(); ++i) {
        const QString at = join(prefix, u"responses[%1]"_s.arg(i));
        errors += response(route.responses.at(i), baseDir, at);
        if (!route.responses.at(i).isDefault) {
            continue;
        }
        if (firstDefault < 0) {
            firstDefault = i;
        } else {
            errors.append({ at + u".default",
                u"a route has at most one default response; responses[%1] is already"_s.arg(
                    firstDefault) });
        }
    }
    errors += chaos(route.chaos, join(prefix, u"chaos"_s), false);
    return errors;
}

FormatErrors proxy(const ProxyTarget &proxy, const QString &prefix)
{
    FormatErrors errors;
    const QUrl &url = proxy.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        errors.append({ join(prefix, u"url"_s),
            u"must be an absolute http or https URL with a host, such as "
            "\"https://api.example.com\", not \"%1\""_s.arg(url.toString()) });
    } else if (url.hasQuery() || url.hasFragment()) {
        errors.append({ join(prefix, u"url"_s),
            u"must not have a query or fragment: the request's own query goes up"_s });
    }
    if (!proxy.stripPrefix.isEmpty() && !proxy.stripPrefix.startsWith(u'/')) {
        errors.append({ join(prefix, u"stripPrefix"_s),
            u"must start with '/', such as \"/api\", not \"%1\""_s.arg(proxy.stripPrefix) });
    }
    errors += headers(proxy.requestHeaders, join(prefix, u"requestHeaders"_s));
    errors += headers(proxy.responseHeaders, join(prefix, u"responseHeaders"_s));
    for (qsizetype i = 0; i < proxy.removeRequestHeaders.size(); ++i) {
        if (!isValidHeaderName(proxy.removeRequestHeaders.at(i))) {
            errors.append({ join(prefix, u"removeRequestHeaders[%1]"_s.arg(i)),
                u"must be a header name (a token), not \"%1\""_s.arg(
                    proxy.removeRequestHeaders.at(i)) });
        }
    }
    if (proxy.timeoutMs <= 0) {
        errors.append({ join(prefix, u"timeoutMs"_s),
            u"must be a positive number of milliseconds, not %1"_s.arg(proxy.timeoutMs) });
    }
    return errors;
}

FormatErrors routeSet(const RouteSet &set)
{
    FormatErrors errors = chaos(set.chaos, u"chaos"_s, true);
    if (set.proxy) {
        errors += proxy(*set.proxy, u"proxy"_s);
    }
    if (set.tls && set.tls->certificateFile.isEmpty() != set.tls->keyFile.isEmpty()) {
        errors.append({ set.tls->certificateFile.isEmpty() ? u"tls.cert"_s : u"tls.key"_s,
            u"is required with tls.%1: a certificate and its key go together (neither: the "
            "generated certificate)"_s.arg(
                set.tls->certificateFile.isEmpty() ? u"key"_s : u"cert"_s) });
    }
    errors += headers(set.headers, u"headers"_s);
    if (set.notFound) {
        const Response &notFound = *set.notFound;
        errors += response(notFound, set.baseDir, u"notFound"_s);
        // It answers every request no route takes, at once: nothing to choose, nothing to wait.
        const QString unused =
            u"has no use in notFound, which answers every request no route takes"_s;
        if (notFound.when) {
            errors.append({ u"notFound.when"_s, unused });
        }
        if (notFound.isDefault) {
            errors.append({ u"notFound.default"_s, unused });
        }
        if (notFound.latency != Latency()) {
            errors.append({ u"notFound.latency"_s, unused });
        }
    }
    QHash<QString, qsizetype> ids;
    for (qsizetype i = 0; i < set.routes.size(); ++i) {
        const Route &r = set.routes.at(i);
        const QString prefix = u"routes[%1]"_s.arg(i);
        errors += route(r, set.baseDir, prefix);
        if (r.resource && !r.resource->data.isEmpty() && !set.data.contains(r.resource->data)) {
            const QStringList names = set.data.keys();
            errors.append({ prefix + u".resource.data",
                names.isEmpty()
                    ? u"names no data store \"%1\": the set has no \"data\""_s.arg(r.resource->data)
                    : u"names no data store \"%1\" (the set's \"data\" has %2)"_s.arg(
                        r.resource->data, names.join(u", "_s)) });
        }
        // A route on its own may still be waiting for its id (see RouteSet::uniqueId()); in a
        // set every route needs one, so hits, the journal and the admin API can name it.
        if (r.id.isEmpty()) {
            errors.append({ prefix + u".id", u"must be a non-empty string"_s });
            continue;
        }
        const auto seen = ids.constFind(r.id);
        if (seen != ids.constEnd()) {
            errors.append({ prefix + u".id",
                u"\"%1\" is already used by routes[%2]"_s.arg(r.id).arg(seen.value()) });
        } else {
            ids.insert(r.id, i);
        }
    }
    return errors;
}

} // namespace MockBench::Validation
