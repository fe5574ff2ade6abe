// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireMockReader.h"

#include "model/Validation.h"
#include "model/WireMockPattern.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

/// The spans of every "jsonBody" value in a document, by place ("mappings[2].response"), so the
/// body is sent with its members in the order written (QJsonObject sorts them).
class JsonBodySpans
{
public:
    explicit JsonBodySpans(const QByteArray &text)
        : m_text(text)
    {
        skipSpace();
        value(QString(), 0);
    }
    QHash<QString, QByteArray> spans;

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && QChar::isSpace(uchar(m_text.at(m_pos)))) {
            ++m_pos;
        }
    }
    QString string()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        }
        ++m_pos;
        const QByteArray raw = m_text.mid(start, m_pos - start);
        return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
    }
    void value(const QString &place, int depth)
    {
        if (m_pos >= m_text.size() || depth > 200) {
            m_pos = m_text.size();
            return;
        }
        const char c = m_text.at(m_pos);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            int index = 0;
            while (true) {
                skipSpace();
                if (m_pos >= m_text.size()) {
                    return;
                }
                if (m_text.at(m_pos) == close) {
                    ++m_pos;
                    return;
                }
                if (m_text.at(m_pos) == ',') {
                    ++m_pos;
                    continue;
                }
                if (c == '{') {
                    if (m_text.at(m_pos) != '"') {
                        m_pos = m_text.size();
                        return;
                    }
                    const QString key = string();
                    skipSpace();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == ':') {
                        ++m_pos;
                    }
                    skipSpace();
                    const qsizetype start = m_pos;
                    value(place.isEmpty() ? key : place + u'.' + key, depth + 1);
                    if (key == u"jsonBody") {
                        spans.insert(place, compact(m_text.mid(start, m_pos - start)));
                    }
                } else {
                    value(u"%1[%2]"_s.arg(place).arg(index++), depth + 1);
                }
            }
        }
        if (c == '"') {
            string();
            return;
        }
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos))) {
            ++m_pos;
        }
    }
    /// The JSON without the white space between its tokens.
    static QByteArray compact(const QByteArray &json)
    {
        QByteArray out;
        bool inString = false;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.size()) {
                    out.append(json.at(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!QChar::isSpace(uchar(c))) {
                out.append(c);
            }
        }
        return out;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

/// One stub read from a file, before the priorities put the routes in order.
struct Stub
{
    Route route;
    int priority = WireMockReader::DefaultPriority;
    int loadIndex = 0;
};

/// The rule that keeps HEAD off a GET route (MockBench's routes answer HEAD as GET).
MatchRule getOnly()
{
    MatchRule rule;
    rule.target = MatchRule::Target::Method;
    rule.value = u"get"_s;
    return rule;
}

QString patternText(const QJsonObject &pattern)
{
    return QString::fromUtf8(QJsonDocument(pattern).toJson(QJsonDocument::Compact));
}

/// Jetty's type for a file __files serves, by its extension; WireMock answers application/json
/// for one it does not know.
QString staticContentType(const QString &fileName)
{
    static const QHash<QString, QString> types {
        { u"json"_s, u"application/json"_s },
        { u"txt"_s, u"text/plain"_s },
        { u"html"_s, u"text/html"_s },
        { u"htm"_s, u"text/html"_s },
        { u"xml"_s, u"application/xml"_s },
        { u"csv"_s, u"text/csv"_s },
        { u"css"_s, u"text/css"_s },
        { u"js"_s, u"text/javascript"_s },
        { u"png"_s, u"image/png"_s },
        { u"jpg"_s, u"image/jpeg"_s },
        { u"jpeg"_s, u"image/jpeg"_s },
        { u"gif"_s, u"image/gif"_s },
        { u"svg"_s, u"image/svg+xml"_s },
        { u"ico"_s, u"image/x-icon"_s },
        { u"pdf"_s, u"application/pdf"_s },
        { u"zip"_s, u"application/zip"_s },
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), u"application/json"_s);
}

/// Jetty's error page, as WireMock's Jetty sends it for @p status: a missing body file (500),
/// a folder of __files without index.html (403). @p uri is its text for the URI row (a
/// template when @p response renders in the wiremock dialect).
void setJettyError(Response *response, int status, const QString &message, const QString &uri)
{
    response->status = status;
    response->reason.clear();
    response->headers = { { u"Cache-Control"_s, { u"must-revalidate,no-cache,no-store"_s } },
        { u"Content-Type"_s, { u"text/html;charset=ISO-8859-1"_s } } };
    response->bodySource = Response::BodySource::Text;
    response->body = u"<html>\n<head>\n<meta http-equiv=\"Content-Type\" "
                     "content=\"text/html;charset=ISO-8859-1\"/>\n<title>Error %1 %2</title>\n"
                     "</head>\n<body><h2>HTTP ERROR %1 %2</h2>\n<table>\n<tr><th>URI:</th><td>%3"
                     "</td></tr>\n<tr><th>STATUS:</th><td>%1</td></tr>\n<tr><th>MESSAGE:</th><td>%2"
                     "</td></tr>\n<tr><th>SERVLET:</th><td>wiremock.org.eclipse.jetty.servlet."
                     "DefaultServlet</td></tr>\n</table>\n\n</body>\n</html>\n"_s.arg(
                         QString::number(status), message, uri);
}

/// Text files of bodyFileName up to this size are read at load and sent inline.
constexpr qsizetype InlineFileLimit = 4 * 1024 * 1024;

class Reader
{
public:
    /// @p root: the WireMock root (its __files/ serves bodyFileName), may be empty.
    explicit Reader(const QString &root)
        : m_root(root)
    {
        m_result.format = u"WireMock mappings"_s;
        m_result.routeSet.baseDir = root;
        m_result.routeSet.templating = TemplateDialect::None;
        m_result.routeSet.defaultContentType = false;
    }

    /// Reads one mapping file's content; @p file names it in errors and the report.
    void readContent(const QByteArray &content, const QString &file);
    void addStaticFiles();
    void addForbiddenFolder(const QString &path);
    LoadResult finish();

private:
    void error(const QString &place, const QString &message)
    {
        m_result.errors.append({ m_file.isEmpty() ? place : m_file + u": "_s + place, message });
    }
    void report(const QString &place, const QString &message)
    {
        m_result.report.append(
            (m_file.isEmpty() ? QString() : m_file + u": "_s) + place + u": "_s + message);
    }
    void readMapping(const QJsonValue &value, const QString &place);
    bool readRequest(const QJsonObject &request, const QString &place, Route *route,
        MatchConditions *paramConditions);
    void readResponse(const QJsonObject &response, const QJsonObject &mapping, const QString &place,
        Route *route);
    /// A rule testing @p target (@p name) with WireMock pattern @p pattern; false (reported)
    /// when the pattern is none WireMock knows.
    bool addPattern(MatchConditions *conditions, MatchRule::Target target, const QString &name,
        const QJsonValue &pattern, const QString &place);

    QString m_root;
    QString m_file;
    LoadResult m_result;
    QList<Stub> m_stubs;
    QHash<QString, QByteArray> m_jsonBodies;
    int m_loaded = 0;
    bool m_jettyError = false; ///< the response is Jetty's, without WireMock's stub headers
};

QByteArray strip(const QByteArray &content)
{
    return WireMockReader::stripComments(content);
}

void Reader::readContent(const QByteArray &content, const QString &file)
{
    m_file = file;
    const QByteArray text = strip(content);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(u"offset %1"_s.arg(parseError.offset),
            u"not valid JSON: %1"_s.arg(parseError.errorString()));
        return;
    }
    if (!doc.isObject()) {
        error(QString(), u"a mapping file holds one JSON object"_s);
        return;
    }
    m_jsonBodies = JsonBodySpans(text).spans;
    const QJsonObject root = doc.object();
    if (root.value(u"mappings"_s).isArray()) {
        const QJsonArray mappings = root.value(u"mappings"_s).toArray();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            readMapping(mappings.at(i), u"mappings[%1]"_s.arg(i));
        }
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.key() != u"mappings" && it.key() != u"meta") {
                report(it.key(), u"not a part of the mappings; left out"_s);
            }
        }
        return;
    }
    if (root.contains(u"request"_s) || root.contains(u"response"_s)) {
        readMapping(root, QString());
        return;
    }
    error(QString(),
        u"not a WireMock mapping (an object with \"request\" and \"response\", or \"mappings\")"_s);
}

bool Reader::addPattern(MatchConditions *conditions, MatchRule::Target target, const QString &name,
    const QJsonValue &pattern, const QString &place)
{
    QJsonObject object;
    if (pattern.isString()) {
        // A bare string is equalTo, as WireMock reads "headers": {"X": "v"} in old mappings.
        object.insert(u"equalTo"_s, pattern);
    } else if (pattern.isObject()) {
        object = pattern.toObject();
    } else {
        report(place, u"a matcher must be an object ({\"equalTo\": ...}); the stub is disabled"_s);
        return false;
    }
    const QString problem = WireMockPattern::check(object);
    if (!problem.isEmpty()) {
        report(place, problem + u"; the stub is disabled"_s);
        return false;
    }
    MatchRule rule;
    rule.target = target;
    rule.name = name;
    rule.op = MatchRule::Operator::WireMock;
    rule.value = patternText(object);
    conditions->rules.append(rule);
    return true;
}

bool Reader::readRequest(const QJsonObject &request, const QString &place, Route *route,
    MatchConditions *paramConditions)
{
    const QString at = place.isEmpty() ? u"request"_s : place + u".request"_s;
    bool ok = true;
    const QString method = request.value(u"method"_s).toString(u"ANY"_s);
    route->method = method.compare(u"ANY"_s, Qt::CaseInsensitive) == 0 ? u"*"_s : method.toUpper();
    if (route->method != u"*"_s && route->method != method) {
        // WireMock compares the method as written; a route set's methods are upper case.
        report(at + u".method"_s,
            u"\"%1\" is served as %2 (a route set's methods are upper case; WireMock matches the "
            "method as written)"_s.arg(method, route->method));
    }
    if (route->method == u"GET") {
        // MockBench answers HEAD with a GET route; WireMock matches the method exactly.
        route->match.rules.append(getOnly());
    }
    route->path = u"/{*wireMockPath}"_s;
    struct UrlKey
    {
        const char16_t *key;
        MatchRule::Target target;
        const char16_t *op;
    };
    static const UrlKey urlKeys[] = {
        { u"url", MatchRule::Target::Url, u"equalTo" },
        { u"urlPattern", MatchRule::Target::Url, u"matches" },
        { u"urlPath", MatchRule::Target::UrlPath, u"equalTo" },
        { u"urlPathPattern", MatchRule::Target::UrlPath, u"matches" },
    };
    for (const UrlKey &u : urlKeys) {
        const QString key = QString::fromUtf16(u.key);
        if (request.contains(key)) {
            const QJsonValue v = request.value(key);
            if (!v.isString()) {
                error(at + u'.' + key, u"must be a string"_s);
                ok = false;
                continue;
            }
            ok = addPattern(&route->match, u.target, QString(),
                     QJsonObject { { QString::fromUtf16(u.op), v } }, at + u'.' + key)
                && ok;
        }
    }
    // A literal url or urlPath is also the route's path, so the route table, the nearest-route
    // explanation and --export show it; the rule above still decides, exactly as WireMock
    // compares (the path as sent, the query of a url). Only plain segments: anything a path
    // template or percent-decoding could read otherwise stays under the catch-all path.
    for (const QString &key : { u"url"_s, u"urlPath"_s }) {
        const QString literal = request.value(key).toString().section(u'?', 0, 0);
        static const QRegularExpression plainPath(u"^(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$"_s);
        if (request.value(key).isString() && plainPath.match(literal).hasMatch()) {
            route->path = literal;
            break;
        }
    }
    if (request.contains(u"urlPathTemplate"_s)) {
        const QString tpl = request.value(u"urlPathTemplate"_s).toString();
        if (!tpl.startsWith(u'/')) {
            error(at + u".urlPathTemplate", u"must be a path starting with /"_s);
            ok = false;
        } else {
            route->path = tpl;
        }
        const QJsonObject params = request.value(u"pathParameters"_s).toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            ok = addPattern(paramConditions, MatchRule::Target::Param, it.key(), *it,
                     at + u".pathParameters."_s + it.key())
                && ok;
        }
    } else if (request.contains(u"pathParameters"_s)) {
        report(at + u".pathParameters", u"WireMock uses them only with urlPathTemplate; ignored"_s);
    }
    struct NamedKey
    {
        const char16_t *key;
        MatchRule::Target target;
    };
    static const NamedKey namedKeys[] = {
        { u"queryParameters", MatchRule::Target::Query },
        { u"headers", MatchRule::Target::Header },
        { u"cookies", MatchRule::Target::Cookie },
        { u"formParameters", MatchRule::Target::Form },
    };
    for (const NamedKey &n : namedKeys) {
        const QString key = QString::fromUtf16(n.key);
        const QJsonObject items = request.value(key).toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
            ok = addPattern(
                     &route->match, n.target, it.key(), *it, at + u'.' + key + u'.' + it.key())
                && ok;
        }
    }
    if (request.contains(u"basicAuthCredentials"_s)) {
        const QJsonObject credentials = request.value(u"basicAuthCredentials"_s).toObject();
        const QByteArray pair = credentials.value(u"username"_s).toString().toUtf8() + ':'
            + credentials.value(u"password"_s).toString().toUtf8();
        ok = addPattern(&route->match, MatchRule::Target::Header, u"Authorization"_s,
                 QJsonObject { { u"equalTo"_s,
                     QString(u"Basic "_s + QString::fromLatin1(pair.toBase64())) } },
                 at + u".basicAuthCredentials"_s)
            && ok;
    }
    const QJsonArray bodyPatterns = request.value(u"bodyPatterns"_s).toArray();
    for (qsizetype i = 0; i < bodyPatterns.size(); ++i) {
        ok = addPattern(&route->match, MatchRule::Target::Body, QString(), bodyPatterns.at(i),
                 at + u".bodyPatterns[%1]"_s.arg(i))
            && ok;
    }
    static const QStringList known { u"method"_s, u"url"_s, u"urlPattern"_s, u"urlPath"_s,
        u"urlPathPattern"_s, u"urlPathTemplate"_s, u"pathParameters"_s, u"queryParameters"_s,
        u"headers"_s, u"cookies"_s, u"formParameters"_s, u"basicAuthCredentials"_s,
        u"bodyPatterns"_s };
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (known.contains(it.key())) {
            continue;
        }
        if (it.key() == u"multipartPatterns") {
            // Each item a rule on the body: {"multipart": item}, MockBench's pattern for it.
            const QJsonArray items = it->toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                ok = addPattern(&route->match, MatchRule::Target::Body, QString(),
                         QJsonObject { { u"multipart"_s, items.at(i) } },
                         at + u".multipartPatterns[%1]"_s.arg(i))
                    && ok;
            }
            if (!it->isArray()) {
                error(at + u".multipartPatterns", u"must be a list"_s);
                ok = false;
            }
            continue;
        }
        if (it.key() == u"host") {
            // WireMock's host is the Host header's, without the port.
            const QJsonValue host =
                it->isString() ? QJsonValue(QJsonObject { { u"equalTo"_s, *it } }) : *it;
            const QString problem = host.isObject() ? WireMockPattern::check(host.toObject())
                                                    : u"must be a pattern object"_s;
            if (!problem.isEmpty()) {
                report(at + u".host", problem + u"; the stub is disabled"_s);
                ok = false;
                continue;
            }
            ok = addPattern(&route->match, MatchRule::Target::Header, u"Host"_s,
                     QJsonObject { { u"hostOf"_s, host } }, at + u".host"_s)
                && ok;
            continue;
        }
        if (it.key() == u"customMatcher" || it.key() == u"port" || it.key() == u"scheme"
            || it.key() == u"clientIp") {
            report(at + u'.' + it.key(),
                u"a condition MockBench does not test; the stub is disabled rather than served to "
                "requests WireMock would refuse"_s);
            ok = false;
        } else {
            report(at + u'.' + it.key(), u"unknown request key; ignored"_s);
        }
    }
    return ok;
}

void Reader::readResponse(
    const QJsonObject &response, const QJsonObject &mapping, const QString &place, Route *route)
{
    const QString at = place.isEmpty() ? u"response"_s : place + u".response"_s;
    Response out;
    m_jettyError = false;
    out.status = response.value(u"status"_s).toInt(200);
    if (out.status < 100 || out.status > 999) {
        error(at + u".status", u"must be an HTTP status (100..999)"_s);
        out.status = 200;
    }
    out.reason = response.value(u"statusMessage"_s).toString();
    out.templating = TemplateDialect::None;
    const QJsonArray transformers = response.value(u"transformers"_s).toArray();
    for (const QJsonValue &t : transformers) {
        if (t.toString() == u"response-template") {
            out.templating = TemplateDialect::WireMock;
        } else {
            report(at + u".transformers",
                u"transformer %1 is not MockBench's; left out"_s.arg(t.toString()));
        }
    }
    const bool templated = out.templating == TemplateDialect::WireMock;
    const QJsonObject headers = response.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        QStringList values;
        if (it->isArray()) {
            for (const QJsonValue &v : it->toArray()) {
                values.append(v.toString());
            }
        } else {
            values.append(it->isString() ? it->toString() : it->toVariant().toString());
        }
        out.headers.append({ it.key(), values });
    }
    int sources = 0;
    QByteArray staticBody;
    if (response.contains(u"body"_s)) {
        ++sources;
        out.bodySource = Response::BodySource::Text;
        const QJsonValue body = response.value(u"body"_s);
        out.body = body.isString()
            ? body.toString()
            : QString::fromUtf8(
                QJsonDocument::fromVariant(body.toVariant()).toJson(QJsonDocument::Compact));
        staticBody = out.body.toUtf8();
    }
    if (response.contains(u"jsonBody"_s)) {
        ++sources;
        out.bodySource = Response::BodySource::Text;
        const QByteArray raw = m_jsonBodies.value(place.isEmpty() ? u"response"_s : at);
        out.body = QString::fromUtf8(raw.isEmpty()
                ? QJsonDocument(QJsonArray { response.value(u"jsonBody"_s) })
                      .toJson(QJsonDocument::Compact)
                      .chopped(1)
                      .mid(1)
                : raw);
        staticBody = out.body.toUtf8();
    }
    if (response.contains(u"base64Body"_s)) {
        ++sources;
        const QByteArray bytes =
            QByteArray::fromBase64(response.value(u"base64Body"_s).toString().toLatin1());
        const QString text = QString::fromUtf8(bytes);
        out.bodySource = Response::BodySource::Text;
        out.body = text;
        staticBody = bytes;
        if (text.toUtf8() != bytes) {
            // Not text: the bytes as they are ("base64": true).
            out.body = QString::fromLatin1(bytes.toBase64());
            out.base64 = true;
        }
        if (templated && out.base64) {
            // WireMock does not render a binary body.
            out.templating = TemplateDialect::None;
        }
    }
    if (response.contains(u"bodyFileName"_s)) {
        ++sources;
        const QString name = response.value(u"bodyFileName"_s).toString();
        out.bodySource = Response::BodySource::File;
        out.bodyFile = u"__files/"_s + name;
        out.templateFile = templated;
        out.templatePath = templated && name.contains(u"{{"_s);
        if (m_root.isEmpty()) {
            report(at + u".bodyFileName", u"no WireMock root folder to find __files in"_s);
        }
        QFile file(QDir(m_root).filePath(out.bodyFile));
        if (!out.templatePath && !file.open(QIODevice::ReadOnly)) {
            // WireMock loads the stub and answers its requests with a 500 (Jetty's error page).
            report(at + u".bodyFileName",
                u"%1 is missing: answered with a 500, as WireMock does"_s.arg(out.bodyFile));
            setJettyError(&out, 500,
                u"com.github.tomakehurst.wiremock.admin.NotFoundException: Not found in blob store: "_s
                    + name,
                u"{{request.path}}"_s);
            out.templating = TemplateDialect::WireMock;
            out.bodyFile.clear();
            out.templateFile = false;
            m_jettyError = true;
        } else if (!out.templatePath) {
            staticBody = file.read(InlineFileLimit + 1);
            const QString text = QString::fromUtf8(staticBody);
            if (staticBody.size() <= InlineFileLimit && text.toUtf8() == staticBody) {
                // WireMock sends the file with the stub's headers only; a file body would get a
                // type and Accept-Ranges from MockBench's file serving, so text is sent inline
                // (read once, at load).
                out.bodySource = Response::BodySource::Text;
                out.body = text;
                out.bodyFile.clear();
                out.templateFile = false;
            } else if (staticBody.size() <= InlineFileLimit && !templated) {
                // A binary file: its bytes, read at load, without a type (WireMock sends none).
                out.bodySource = Response::BodySource::Text;
                out.body = QString::fromLatin1(staticBody.toBase64());
                out.base64 = true;
                out.bodyFile.clear();
                out.templateFile = false;
            } else {
                report(at + u".bodyFileName",
                    u"a file over 4 MiB (or templated and not UTF-8) is sent from disk, with a "
                    "Content-Type by its name and Accept-Ranges, which WireMock does not add"_s);
            }
        }
    }
    if (sources > 1) {
        report(at,
            u"more than one body; the last of body, jsonBody, base64Body, bodyFileName "
            "is sent"_s);
    }
    if (response.contains(u"fixedDelayMilliseconds"_s)) {
        out.latency = Latency::fixed(response.value(u"fixedDelayMilliseconds"_s).toDouble());
    }
    if (response.contains(u"delayDistribution"_s)) {
        const QJsonObject d = response.value(u"delayDistribution"_s).toObject();
        const QString type = d.value(u"type"_s).toString();
        if (!out.latency.isZero()) {
            report(at + u".delayDistribution",
                u"left out: MockBench takes one delay per response and fixedDelayMilliseconds "
                "is set"_s);
        } else if (type == u"uniform") {
            out.latency =
                Latency::uniform(d.value(u"lower"_s).toDouble(), d.value(u"upper"_s).toDouble());
        } else if (type == u"lognormal") {
            const double median = d.value(u"median"_s).toDouble();
            out.latency = Latency::lognormal(median, d.value(u"sigma"_s).toDouble(),
                d.contains(u"maxValue"_s) ? d.value(u"maxValue"_s).toDouble() : 600000.0);
        } else {
            report(at + u".delayDistribution.type",
                u"\"%1\" is not uniform or lognormal; left out"_s.arg(type));
        }
    }
    if (response.contains(u"chunkedDribbleDelay"_s)) {
        const QJsonObject d = response.value(u"chunkedDribbleDelay"_s).toObject();
        const int chunks = std::max(1, d.value(u"numberOfChunks"_s).toInt(1));
        const int total = std::max(0, d.value(u"totalDuration"_s).toInt());
        const qsizetype size = staticBody.size();
        const int chunkBytes = int(std::max<qsizetype>(1, (size + chunks - 1) / chunks));
        out.fault = Fault::dribble(chunkBytes, std::max(1, total / chunks));
        if (templated || out.templatePath) {
            report(at + u".chunkedDribbleDelay",
                u"chunks sized for the body as written, not as rendered"_s);
        }
    }
    if (response.contains(u"fault"_s)) {
        const QString fault = response.value(u"fault"_s).toString();
        static const QHash<QString, Fault::Kind> faults {
            { u"CONNECTION_RESET_BY_PEER"_s, Fault::Kind::ConnectionReset },
            { u"EMPTY_RESPONSE"_s, Fault::Kind::EmptyResponse },
            { u"MALFORMED_RESPONSE_CHUNK"_s, Fault::Kind::MalformedChunked },
            { u"RANDOM_DATA_THEN_CLOSE"_s, Fault::Kind::Garbage },
        };
        const auto it = faults.constFind(fault);
        if (it == faults.constEnd()) {
            error(at + u".fault", u"\"%1\" is not a WireMock fault"_s.arg(fault));
        } else {
            out.fault = Fault::make(*it);
            if (*it == Fault::Kind::MalformedChunked || *it == Fault::Kind::Garbage) {
                report(at + u".fault",
                    u"%1: MockBench's garbage bytes, not WireMock's 36"_s.arg(fault));
            }
        }
    }
    std::optional<ProxyTarget> forward;
    if (response.contains(u"proxyBaseUrl"_s)) {
        // WireMock appends the request's whole URL to proxyBaseUrl, less
        // proxyUrlPrefixToRemove.
        ProxyTarget proxy;
        proxy.url = QUrl(response.value(u"proxyBaseUrl"_s).toString(), QUrl::StrictMode);
        proxy.stripPrefix = response.value(u"proxyUrlPrefixToRemove"_s).toString();
        const QJsonObject added = response.value(u"additionalProxyRequestHeaders"_s).toObject();
        for (auto it = added.constBegin(); it != added.constEnd(); ++it) {
            proxy.requestHeaders.append({ it.key(), { it.value().toString() } });
        }
        for (const QJsonValue &name : response.value(u"removeProxyRequestHeaders"_s).toArray()) {
            proxy.removeRequestHeaders.append(name.toString());
        }
        if (const FormatErrors problems = Validation::proxy(proxy, at + u".proxyBaseUrl"_s);
            !problems.isEmpty()) {
            route->enabled = false;
            report(at + u".proxyBaseUrl"_s,
                u"%1: the stub is disabled"_s.arg(problems.first().message));
        } else {
            forward = proxy;
        }
    }
    static const QStringList known { u"status"_s, u"statusMessage"_s, u"headers"_s, u"body"_s,
        u"jsonBody"_s, u"base64Body"_s, u"bodyFileName"_s, u"fixedDelayMilliseconds"_s,
        u"delayDistribution"_s, u"chunkedDribbleDelay"_s, u"fault"_s, u"transformers"_s,
        u"proxyBaseUrl"_s, u"proxyUrlPrefixToRemove"_s, u"additionalProxyRequestHeaders"_s,
        u"removeProxyRequestHeaders"_s };
    for (auto it = response.constBegin(); it != response.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            report(at + u'.' + it.key(), u"not carried over"_s);
        }
    }
    if (forward) {
        // The upstream answers, with the stub's headers added (and no Matched-Stub-Id: WireMock
        // names no stub on a proxied answer); a response stays only to carry path-parameter
        // conditions (readMapping).
        forward->responseHeaders = out.headers;
        route->proxy = forward;
        route->responses = { Response() };
        return;
    }
    // WireMock names the stub that answered, after the stub's own headers.
    QString stubId = mapping.value(u"id"_s).toString(mapping.value(u"uuid"_s).toString());
    if (stubId.isEmpty()) {
        // WireMock draws a random one at each start; a name derived from the mapping keeps a
        // conversion (and every reading of the same file) the same.
        stubId = QUuid::createUuidV5(QUuid(),
            m_file + u'|' + place + u'|'
                + QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))
                     .toString(QUuid::WithoutBraces);
    }
    if (!m_jettyError && (out.fault.isNone() || out.fault.kind == Fault::Kind::Dribble)) {
        out.headers.append({ u"Matched-Stub-Id"_s, { stubId } });
        if (mapping.value(u"name"_s).isString()) {
            out.headers.append({ u"Matched-Stub-Name"_s, { mapping.value(u"name"_s).toString() } });
        }
    }
    route->responses = { out };
}

void Reader::readMapping(const QJsonValue &value, const QString &place)
{
    const QString at = place.isEmpty() ? QString() : place + u'.';
    if (!value.isObject()) {
        error(place.isEmpty() ? u"(root)"_s : place, u"a mapping must be an object"_s);
        return;
    }
    const QJsonObject mapping = value.toObject();
    Stub stub;
    stub.loadIndex = m_loaded++;
    Route &route = stub.route;
    QString id = mapping.value(u"id"_s).toString(mapping.value(u"uuid"_s).toString());
    if (id.isEmpty()) {
        id = mapping.value(u"name"_s).toString();
    }
    route.id = id;
    // WireMock refuses to start on a mapping of the wrong shape; so does the import.
    bool shapeOk = true;
    auto expect = [&](const QJsonObject &object, const QString &key, QJsonValue::Type type,
                      const QString &where, const QString &what) {
        const QJsonValue v = object.value(key);
        if (!v.isUndefined() && !v.isNull() && v.type() != type) {
            error(where + key, u"must be %1"_s.arg(what));
            shapeOk = false;
        }
    };
    if (!mapping.value(u"request"_s).isObject() || !mapping.value(u"response"_s).isObject()) {
        error(at + (mapping.value(u"request"_s).isObject() ? u"response"_s : u"request"_s),
            u"must be an object"_s);
        return;
    }
    const QJsonObject request = mapping.value(u"request"_s).toObject();
    const QJsonObject response = mapping.value(u"response"_s).toObject();
    const QString rq = at + u"request."_s;
    const QString rs = at + u"response."_s;
    for (const QString &key : { u"queryParameters"_s, u"headers"_s, u"cookies"_s,
             u"formParameters"_s, u"pathParameters"_s, u"basicAuthCredentials"_s }) {
        expect(request, key, QJsonValue::Object, rq, u"an object"_s);
    }
    expect(request, u"bodyPatterns"_s, QJsonValue::Array, rq, u"a list of patterns"_s);
    expect(request, u"method"_s, QJsonValue::String, rq, u"a string"_s);
    expect(response, u"status"_s, QJsonValue::Double, rs, u"a number"_s);
    expect(response, u"headers"_s, QJsonValue::Object, rs, u"an object"_s);
    expect(response, u"transformers"_s, QJsonValue::Array, rs, u"a list of names"_s);
    expect(response, u"delayDistribution"_s, QJsonValue::Object, rs, u"an object"_s);
    expect(response, u"chunkedDribbleDelay"_s, QJsonValue::Object, rs, u"an object"_s);
    expect(response, u"fixedDelayMilliseconds"_s, QJsonValue::Double, rs, u"a number"_s);
    for (const QString &key :
        { u"statusMessage"_s, u"base64Body"_s, u"bodyFileName"_s, u"fault"_s, u"proxyBaseUrl"_s }) {
        expect(response, key, QJsonValue::String, rs, u"a string"_s);
    }
    if (!shapeOk) {
        return;
    }
    MatchConditions params;
    const bool requestOk = readRequest(request, place, &route, &params);
    readResponse(response, mapping, place, &route);
    if (!requestOk) {
        route.enabled = false;
    }
    if (!params.isEmpty() && !route.responses.isEmpty()) {
        // Path parameters are known once the route's template matched: tested in the
        // response's `when`, the request going on to the next stub when they do not fit.
        route.responses.first().when = params;
        route.fallthrough = true;
    } else if (route.proxy) {
        route.responses.clear();
    }
    const QJsonValue priority = mapping.value(u"priority"_s);
    if (priority.isDouble()) {
        stub.priority = priority.toInt();
    } else if (!priority.isUndefined() && !priority.isNull()) {
        error(at + u"priority", u"must be a whole number"_s);
    }
    if (mapping.contains(u"scenarioName"_s)) {
        RouteScenario scenario;
        scenario.name = mapping.value(u"scenarioName"_s).toString();
        if (mapping.value(u"requiredScenarioState"_s).isString()) {
            scenario.requiredState = mapping.value(u"requiredScenarioState"_s).toString();
        }
        if (mapping.value(u"newScenarioState"_s).isString()) {
            scenario.newState = mapping.value(u"newScenarioState"_s).toString();
        }
        route.scenario = scenario;
    }
    static const QStringList known { u"id"_s, u"uuid"_s, u"name"_s, u"request"_s, u"response"_s,
        u"priority"_s, u"scenarioName"_s, u"requiredScenarioState"_s, u"newScenarioState"_s,
        u"persistent"_s, u"metadata"_s, u"insertionIndex"_s };
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            report(at + it.key(), u"not carried over"_s);
        }
    }
    m_stubs.append(stub);
}

void Reader::addForbiddenFolder(const QString &path)
{
    // Jetty's DefaultServlet refuses to list a folder.
    Route route = Route::get(path);
    route.id = u"__files-folder"_s + (path == u"/" ? QString() : path);
    route.match.rules.append(getOnly());
    Response response;
    response.templating = TemplateDialect::None;
    setJettyError(&response, 403, u"Forbidden"_s, path == u"/" ? path : path + u'/');
    route.responses = { response };
    m_result.routeSet.routes.append(route);
}

void Reader::addStaticFiles()
{
    m_file.clear();
    if (m_root.isEmpty()) {
        return;
    }
    const QDir files(QDir(m_root).filePath(u"__files"_s));
    if (!files.exists(u"index.html"_s)) {
        addForbiddenFolder(u"/"_s);
    }
    if (!files.exists()) {
        return;
    }
    QDirIterator folders(files.absolutePath(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
        QDirIterator::Subdirectories);
    QStringList bare;
    while (folders.hasNext()) {
        const QString folder = folders.next();
        if (!QFileInfo::exists(folder + u"/index.html"_s)) {
            bare.append(files.relativeFilePath(folder));
        }
    }
    std::sort(bare.begin(), bare.end());
    for (const QString &rel : std::as_const(bare)) {
        if (!rel.contains(u'{') && !rel.contains(u'}')) {
            addForbiddenFolder(u'/' + rel);
        }
    }
    QStringList paths;
    QDirIterator it(files.absolutePath(), QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(files.relativeFilePath(it.next()));
    }
    std::sort(paths.begin(), paths.end());
    for (const QString &rel : std::as_const(paths)) {
        if (rel.contains(u'{') || rel.contains(u'}')) {
            m_result.report.append(
                u"__files/%1: a name with braces is not served statically"_s.arg(rel));
            continue;
        }
        const QFileInfo info(files.filePath(rel));
        Route route = Route::get(u'/' + rel);
        route.id = u"__files/"_s + rel;
        route.match.rules.append(getOnly());
        Response response;
        response.bodySource = Response::BodySource::File;
        response.bodyFile = u"__files/"_s + rel;
        response.templating = TemplateDialect::None;
        const bool index = info.fileName() == u"index.html";
        response.headers.append({ u"Content-Type"_s,
            { index ? u"text/html;charset=utf-8"_s : staticContentType(rel) } });
        response.headers.append({ u"Last-Modified"_s,
            { QLocale::c().toString(
                info.lastModified().toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s) } });
        route.responses = { response };
        m_result.routeSet.routes.append(route);
        if (index) {
            // The folder itself ("/idx" and "/idx/") serves its index.html.
            const QString folder = QFileInfo(rel).path();
            Route dir = route;
            dir.path = folder == u"." ? u"/"_s : u'/' + folder;
            dir.id = u"__files/"_s + (folder == u"." ? QString() : folder + u'/');
            m_result.routeSet.routes.append(dir);
        }
    }
}

LoadResult Reader::finish()
{
    // Lower priority numbers first; among equal ones the stub loaded last answers first.
    std::stable_sort(m_stubs.begin(), m_stubs.end(), [](const Stub &a, const Stub &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.loadIndex > b.loadIndex;
    });
    QList<Route> staticRoutes = m_result.routeSet.routes;
    m_result.routeSet.routes.clear();
    RouteSet &set = m_result.routeSet;
    for (Stub &stub : m_stubs) {
        stub.route.id = set.uniqueId(stub.route.id.isEmpty() ? u"stub"_s : stub.route.id);
        set.routes.append(stub.route);
    }
    for (Route &route : staticRoutes) {
        route.id = set.uniqueId(route.id);
        set.routes.append(route);
    }
    Response notFound;
    notFound.status = 404;
    notFound.templating = TemplateDialect::None;
    notFound.headers.append({ u"Content-Type"_s, { u"text/plain;charset=UTF-8"_s } });
    notFound.bodySource = Response::BodySource::Text;
    if (m_stubs.isEmpty()) {
        notFound.body = u"No response could be served as there are no stub mappings in this "
                        "WireMock instance."_s;
    } else {
        // WireMock's banner; the table of the nearest stub's differences is WireMock's own diff.
        const QString pad(47, u' ');
        const QString rule(119, u'-');
        notFound.body = u"\n"_s + pad + u"Request was not matched\n"_s + pad
            + u"=======================\n\n"_s + rule + u"\n| Closest stub"_s + QString(46, u' ')
            + u"| Request"_s + QString(51, u' ') + u"|\n"_s + rule + u"\n\n"_s + rule + u"\n"_s;
    }
    set.notFound = notFound;
    if (m_result.errors.isEmpty()) {
        const FormatErrors problems = set.validate();
        m_result.errors.append(problems);
    }
    if (!m_result.errors.isEmpty()) {
        m_result.routeSet = RouteSet();
    }
    return m_result;
}

/// The WireMock root a mapping file at @p path belongs to: the parent of its mappings/ folder,
/// else its own folder.
QString rootOfFile(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    QDir dir = QFileInfo(path).absoluteDir();
    QDir probe = dir;
    while (true) {
        if (probe.dirName() == u"mappings") {
            QDir parent = probe;
            if (parent.cdUp()) {
                return parent.absolutePath();
            }
        }
        if (!probe.cdUp()) {
            break;
        }
    }
    return dir.absolutePath();
}

} // namespace

QByteArray WireMockReader::stripComments(const QByteArray &content)
{
    QByteArray out = content;
    bool inString = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char c = out.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '/' && i + 1 < out.size() && out.at(i + 1) == '/') {
            while (i < out.size() && out.at(i) != '\n') {
                out[i++] = ' ';
            }
        } else if (c == '/' && i + 1 < out.size() && out.at(i + 1) == '*') {
            const qsizetype end = out.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? out.size() : end + 2;
            for (; i < stop; ++i) {
                if (out.at(i) != '\n') {
                    out[i] = ' ';
                }
            }
            --i;
        }
    }
    return out;
}

bool WireMockReader::detect(const QJsonObject &root)
{
    return (root.value(u"request"_s).isObject() && root.value(u"response"_s).isObject())
        || root.value(u"mappings"_s).isArray();
}

bool WireMockReader::detectText(const QByteArray &content)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stripComments(content));
    return doc.isObject() && detect(doc.object());
}

LoadResult WireMockReader::read(const QByteArray &content, const QString &path)
{
    Reader reader(rootOfFile(path));
    reader.readContent(content, QString());
    reader.addStaticFiles();
    return reader.finish();
}

bool WireMockReader::detectFolder(const QString &dir)
{
    const QDir d(dir);
    if (d.exists(u"mappings"_s) || d.exists(u"__files"_s)) {
        return true;
    }
    return d.dirName() == u"mappings" && !d.entryList({ u"*.json"_s }, QDir::Files).isEmpty();
}

LoadResult WireMockReader::readFolder(const QString &dir)
{
    QDir root(dir);
    if (!root.exists(u"mappings"_s) && !root.exists(u"__files"_s)
        && root.dirName() == u"mappings") {
        root.cdUp();
    }
    Reader reader(root.absolutePath());
    const QDir mappings(root.filePath(u"mappings"_s));
    QStringList files;
    if (mappings.exists()) {
        // WireMock walks mappings/ in the file system's order, so equal priorities across files
        // depend on the disk; MockBench loads by path, in name order, the last loaded first.
        QDirIterator it(
            mappings.absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(u".json"_s)) {
                files.append(mappings.relativeFilePath(file));
            }
        }
    }
    std::sort(files.begin(), files.end());
    for (const QString &rel : std::as_const(files)) {
        QFile file(mappings.filePath(rel));
        const QString name = u"mappings/"_s + rel;
        if (!file.open(QIODevice::ReadOnly)) {
            LoadResult failed;
            failed.format = u"WireMock mappings"_s;
            failed.errors.append({ name, file.errorString() });
            return failed;
        }
        reader.readContent(file.readAll(), name);
    }
    reader.addStaticFiles();
    return reader.finish();
}

} // namespace MockBench::Import
