// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockoonReader.h"

#include "model/Validation.h"

#include "engine/JsTemplateRenderer.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/JsonValues.h"
#include "model/MockoonPath.h"
#include "state/StateStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

/// The file's values after Mockoon's migrations, read with their places; wrong types are errors.
class Reader
{
public:
    Reader(const QString &path)
        : m_dir(path.isEmpty() ? QString() : QFileInfo(path).absolutePath())
    {
        m_result.routeSet.baseDir = m_dir;
    }

    LoadResult run(const QByteArray &content);

private:
    void error(const QString &place, const QString &message)
    {
        m_result.errors.append({ place, message });
    }
    void report(const QString &place, const QString &message)
    {
        m_result.report.append(place.isEmpty() ? message : place + u": "_s + message);
    }

    /// A string member (absent: @p fallback); a number or other type is an error.
    QString text(const QJsonObject &o, const QString &key, const QString &place,
        const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isString()) {
            error(member(place, key), u"expected a string, got %1"_s.arg(typeName(v)));
            return fallback;
        }
        return v.toString();
    }
    /// A number member, or a numeric string as Mockoon's schema takes it.
    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &place)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok) {
                return d;
            }
        }
        error(member(place, key), u"expected a number, got %1"_s.arg(typeName(v)));
        return std::nullopt;
    }
    bool flag(const QJsonObject &o, const QString &key, const QString &place, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isBool()) {
            error(member(place, key), u"expected true or false, got %1"_s.arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }
    QJsonArray list(const QJsonObject &o, const QString &key, const QString &place)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray()) {
            error(member(place, key), u"expected an array, got %1"_s.arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }
    /// "routes[2].endpoint", or "endpoint" at the top.
    static QString member(const QString &place, const QString &key)
    {
        return place.isEmpty() ? key : place + u'.' + key;
    }
    static QString typeName(const QJsonValue &v) { return JsonValues::typeName(v); }

    void migrate(QJsonObject &env, int from);
    QList<int> routeOrder(const QJsonObject &env);
    void readBuckets(const QJsonObject &env);
    HeaderList headers(const QJsonArray &list, const QString &place);
    std::optional<Route> route(const QJsonObject &r, const QString &place);
    std::optional<Response> response(
        const QJsonObject &r, const QJsonObject &route, const QString &place, bool *crudBucket);
    std::optional<MatchRule> rule(const QJsonObject &r, const QString &place);
    QString bucketName(const QString &idOrName) const
    {
        return m_bucketNames.value(idOrName, idOrName);
    }
    /// @p text with data helpers that name a bucket by its id ({{data 'x9k2'}}) naming the
    /// data store instead, which is the bucket's name.
    QString withBucketNames(const QString &text) const;
    void notFound();

    LoadResult m_result;
    QString m_dir;
    QString m_prefix;
    HeaderList m_envHeaders;
    bool m_envContentType = false;
    QHash<QString, QString> m_bucketNames; ///< bucket id or name -> the data store's name
    QSet<QString> m_bucketIds; ///< ids that are not also a bucket's name
    QHash<QString, QString> m_bucketIdNames; ///< bucket id -> the data store's name
};

/// Mockoon's uuid check (Joi's uuid()): a route whose uuid fails it loses its place.
bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"_s);
    return uuid.match(text).hasMatch();
}

/// Express's Content-Type handling of a string body: a type without a charset gets
/// "; charset=utf-8" and a lower-case type; one with a charset is sent as written. Nothing
/// when the value is not a media type (Mockoon then answers its "invalid media type" error).
std::optional<QString> expressContentType(const QString &value)
{
    static const QRegularExpression charset(
        u";\\s*charset\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    if (charset.match(value).hasMatch()) {
        return value;
    }
    static const QRegularExpression mediaType(
        u"^\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*((?:;.*)?)$"_s);
    const QRegularExpressionMatch m = mediaType.match(value);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    // The content-type package's format(): parameters by name, charset among them.
    QMap<QString, QString> params { { u"charset"_s, u"utf-8"_s } };
    for (const QString &param : m.captured(2).split(u';', Qt::SkipEmptyParts)) {
        const QString p = param.trimmed();
        const qsizetype eq = p.indexOf(u'=');
        if (eq > 0) {
            params.insert(p.left(eq).trimmed().toLower(), p.mid(eq + 1).trimmed());
        }
    }
    QString out = m.captured(1).toLower();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        out += u"; "_s + it.key() + u'=' + it.value();
    }
    return out;
}

bool isContentType(const QString &name)
{
    return name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
}

/// MIME types whose files Mockoon renders as templates.
bool templatedMime(const QString &mime, const QString &file)
{
    static const QSet<QString> types { u"application/json"_s, u"text/html"_s, u"text/css"_s,
        u"text/csv"_s, u"application/javascript"_s, u"application/typescript"_s, u"text/plain"_s,
        u"application/xhtml+xml"_s, u"application/xml"_s, u"text/x-handlebars-template"_s };
    return types.contains(mime) || file.endsWith(u".handlebars"_s, Qt::CaseInsensitive);
}

/// The MIME type Mockoon (mime-types) gives a file name, or empty.
QString mimeOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    // mime-db's names where Qt's database differs.
    static const QHash<QString, QString> known { { u"js"_s, u"application/javascript"_s },
        { u"json"_s, u"application/json"_s }, { u"txt"_s, u"text/plain"_s },
        { u"html"_s, u"text/html"_s }, { u"htm"_s, u"text/html"_s }, { u"css"_s, u"text/css"_s },
        { u"csv"_s, u"text/csv"_s }, { u"xml"_s, u"application/xml"_s },
        { u"ts"_s, u"video/mp2t"_s }, { u"yaml"_s, u"text/yaml"_s }, { u"yml"_s, u"text/yaml"_s },
        { u"png"_s, u"image/png"_s }, { u"jpg"_s, u"image/jpeg"_s }, { u"jpeg"_s, u"image/jpeg"_s },
        { u"gif"_s, u"image/gif"_s }, { u"svg"_s, u"image/svg+xml"_s },
        { u"pdf"_s, u"application/pdf"_s }, { u"zip"_s, u"application/zip"_s },
        { u"xhtml"_s, u"application/xhtml+xml"_s }, { u"hbs"_s, u"text/x-handlebars-template"_s },
        { u"handlebars"_s, u"text/x-handlebars-template"_s } };
    if (const auto it = known.constFind(suffix); it != known.constEnd()) {
        return *it;
    }
    if (suffix.isEmpty()) {
        return {};
    }
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(file, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QString() : type.name();
}

/// A readable route id from its method and endpoint ("get-users-id").
QString slug(const QString &method, const QString &endpoint)
{
    QString out = method.toLower() == u"all" ? u"all"_s : method.toLower();
    QString part;
    for (const QChar c : endpoint) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            part += c.toLower();
        } else if (!part.endsWith(u'-')) {
            part += u'-';
        }
    }
    while (part.startsWith(u'-')) {
        part.remove(0, 1);
    }
    while (part.endsWith(u'-')) {
        part.chop(1);
    }
    return part.isEmpty() ? out : out + u'-' + part.left(48);
}

} // namespace

bool MockoonReader::detect(const QJsonObject &root)
{
    if (root.contains(u"lastMigration"_s)) {
        return true;
    }
    // A Mockoon environment written without lastMigration still has Mockoon's routes.
    const QJsonArray routes = root.value(u"routes"_s).toArray();
    return !routes.isEmpty() && routes.first().isObject()
        && routes.first().toObject().contains(u"endpoint"_s)
        && (root.contains(u"uuid"_s) || root.contains(u"endpointPrefix"_s)
            || routes.first().toObject().contains(u"responses"_s));
}

LoadResult MockoonReader::read(const QByteArray &content, const QString &path)
{
    return Reader(path).run(content);
}

namespace {

QString Reader::withBucketNames(const QString &text) const
{
    if (!text.contains(u"{{"_s) || m_bucketIds.isEmpty()) {
        return text;
    }
    static const QRegularExpression helper(
        u"(\\{\\{\\{?[#(~\\s]*(?:data|dataRaw|setData)\\s+)(['\"])([^'\"]*)\\2"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = helper.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString id = m.captured(3);
        if (!m_bucketIds.contains(id)) {
            continue;
        }
        out += QStringView(text).mid(last, m.capturedStart(3) - last);
        out += m_bucketNames.value(id);
        last = m.capturedEnd(3);
    }
    out += QStringView(text).mid(last);
    return out;
}

LoadResult Reader::run(const QByteArray &content)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error(QString(), u"not a Mockoon environment: %1"_s.arg(parseError.errorString()));
        return m_result;
    }
    QJsonObject env = doc.object();
    const QJsonValue migration = env.value(u"lastMigration"_s);
    int lastMigration = MockoonReader::HighestMigration;
    if (migration.isUndefined()) {
        report(u"lastMigration"_s,
            u"missing: read as Mockoon's current format (Mockoon's CLI asks to repair such a "
            "file first)"_s);
    } else if (!migration.isDouble() || migration.toDouble() != std::floor(migration.toDouble())) {
        error(u"lastMigration"_s, u"expected a whole number, got %1"_s.arg(typeName(migration)));
        return m_result;
    } else if (migration.toDouble() > MockoonReader::HighestMigration) {
        error(u"lastMigration"_s,
            u"%1 is newer than Mockoon 9.9.0's %2: this environment needs a newer Mockoon"_s
                .arg(qint64(migration.toDouble()))
                .arg(MockoonReader::HighestMigration));
        return m_result;
    } else {
        lastMigration = std::max(0, int(migration.toDouble()));
    }
    migrate(env, lastMigration);
    if (!m_result.errors.isEmpty()) {
        return m_result;
    }

    RouteSet &set = m_result.routeSet;
    set.name = text(env, u"name"_s, QString(), u"New environment"_s);
    set.templating = TemplateDialect::Mockoon;
    m_prefix = text(env, u"endpointPrefix"_s, QString());
    // Mockoon answers the preflight; its other answers carry only the headers it was given.
    set.cors =
        flag(env, u"cors"_s, QString(), true) ? RouteSet::Cors::PreflightOnly : RouteSet::Cors::Off;
    readBuckets(env);
    m_envHeaders = headers(list(env, u"headers"_s, QString()), u"headers"_s);
    for (auto &[name, values] : m_envHeaders) {
        for (QString &value : values) {
            value = withBucketNames(value);
        }
    }
    for (const auto &[name, values] : std::as_const(m_envHeaders)) {
        m_envContentType = m_envContentType || isContentType(name);
    }
    set.headers = m_envHeaders;
    // Mockoon's answers have a Content-Type only where it is declared or known.
    set.defaultContentType = false;
    if (const std::optional<double> latency = number(env, u"latency"_s, QString());
        latency && *latency > 0) {
        set.chaos.latency = Latency::fixed(*latency);
    }

    if (flag(env, u"proxyMode"_s, QString(), false)) {
        // What no route answers goes to proxyHost, as Mockoon's proxy mode does.
        ProxyTarget proxy;
        proxy.url = QUrl(text(env, u"proxyHost"_s, QString()), QUrl::StrictMode);
        if (flag(env, u"proxyRemovePrefix"_s, QString(), false) && !m_prefix.isEmpty()) {
            proxy.stripPrefix = u'/' + m_prefix;
        }
        // Mockoon's proxy rewrites the upstream's cookies for the mock's host.
        proxy.rewriteCookies = true;
        proxy.requestHeaders =
            headers(list(env, u"proxyReqHeaders"_s, QString()), u"proxyReqHeaders"_s);
        proxy.responseHeaders =
            headers(list(env, u"proxyResHeaders"_s, QString()), u"proxyResHeaders"_s);
        if (const FormatErrors problems = Validation::proxy(proxy, u"proxyHost"_s);
            !problems.isEmpty()) {
            report(u"proxyHost"_s,
                u"\"%1\" %2: proxy mode is off, what no route answers gets Mockoon's 404"_s.arg(
                    proxy.url.toString(), problems.first().message));
        } else {
            set.proxy = proxy;
        }
    }
    const QJsonObject tls = env.value(u"tlsOptions"_s).toObject();
    if (tls.value(u"enabled"_s).toBool()) {
        // HTTPS: the files given, or (as Mockoon's own certificate) the generated one.
        RouteSet::Tls served;
        const QString type = tls.value(u"type"_s).toString(u"CERT"_s);
        const QString certPath = tls.value(u"certPath"_s).toString();
        const QString keyPath = tls.value(u"keyPath"_s).toString();
        if (type == u"PFX") {
            if (!tls.value(u"pfxPath"_s).toString().isEmpty()) {
                report(u"tlsOptions.pfxPath"_s,
                    u"a PKCS#12 bundle is not read: served with MockBench's generated certificate "
                    "(openssl pkcs12 -in FILE -nodes splits it into a certificate and a key)"_s);
            }
        } else if (!tls.value(u"passphrase"_s).toString().isEmpty()) {
            report(u"tlsOptions.passphrase"_s,
                u"an encrypted key is not read: served with MockBench's generated certificate "
                "(openssl pkey -in KEY -out PLAIN removes the passphrase)"_s);
        } else if (!certPath.isEmpty() && !keyPath.isEmpty()) {
            served.certificateFile = certPath;
            served.keyFile = keyPath;
        } else if (!certPath.isEmpty() || !keyPath.isEmpty()) {
            report(u"tlsOptions"_s,
                u"a certificate needs its key and a key its certificate: served with "
                "MockBench's generated certificate"_s);
        }
        if (!tls.value(u"caPath"_s).toString().isEmpty()) {
            report(u"tlsOptions.caPath"_s,
                u"the CA file is not used: no client certificate is asked for, and the chain "
                "served is what the certificate file holds"_s);
        }
        set.tls = served;
    }
    if (!list(env, u"callbacks"_s, QString()).isEmpty()) {
        report(u"callbacks"_s,
            u"%1 callback(s) defined: callbacks are not supported yet, none is called"_s.arg(
                list(env, u"callbacks"_s, QString()).size()));
    }

    const QJsonArray routes = list(env, u"routes"_s, QString());
    for (int index : routeOrder(env)) {
        const QString place = u"routes[%1]"_s.arg(index);
        if (!routes.at(index).isObject()) {
            error(place, u"expected an object, got %1"_s.arg(typeName(routes.at(index))));
            continue;
        }
        if (std::optional<Route> r = route(routes.at(index).toObject(), place)) {
            r->id = set.uniqueId(r->id);
            set.routes.append(*r);
        }
    }
    notFound();
    if (m_result.errors.isEmpty()) {
        const FormatErrors problems = set.validate();
        for (const FormatError &problem : problems) {
            error(problem.path, problem.message);
        }
    }
    return m_result;
}

void Reader::migrate(QJsonObject &env, int from)
{
    // Mockoon's migrations that change what is served, for files older than 33 (each applies
    // when its id is above the file's lastMigration, as in Mockoon).
    if (from >= MockoonReader::HighestMigration) {
        return;
    }
    if (from < 2 && !env.value(u"cors"_s).toBool()) {
        env.insert(u"cors"_s, true);
    }
    QJsonArray routes = env.value(u"routes"_s).toArray();
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (!routes.at(i).isObject()) {
            continue;
        }
        QJsonObject r = routes.at(i).toObject();
        if (from < 3 && r.value(u"uuid"_s).toString().isEmpty()) {
            // Mockoon's migrations 2 and 3 give every route a uuid.
            r.insert(u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        if (from < 2 && r.contains(u"contentType"_s)) {
            QJsonArray custom = r.value(u"customHeaders"_s).toArray();
            custom.prepend(QJsonObject {
                { u"key"_s, u"Content-Type"_s }, { u"value"_s, r.value(u"contentType"_s) } });
            r.insert(u"customHeaders"_s, custom);
            r.remove(u"contentType"_s);
        }
        if (from < 4 && r.contains(u"customHeaders"_s)) {
            r.insert(u"headers"_s, r.take(u"customHeaders"_s));
        }
        if (from < 5 && r.contains(u"file"_s)) {
            const QJsonObject file = r.take(u"file"_s).toObject();
            r.insert(u"filePath"_s, file.value(u"path"_s).toString());
            r.insert(u"sendFileAsBody"_s, file.value(u"sendAsBody"_s).toBool());
        }
        if (from < 6 && !r.contains(u"responses"_s)) {
            QJsonObject response;
            response.insert(u"statusCode"_s, r.take(u"statusCode"_s));
            for (const QString &key :
                { u"latency"_s, u"filePath"_s, u"sendFileAsBody"_s, u"headers"_s, u"body"_s }) {
                if (r.contains(key)) {
                    response.insert(key, r.take(key));
                }
            }
            response.insert(u"rules"_s, QJsonArray());
            r.insert(u"responses"_s, QJsonArray { response });
        }
        QJsonArray responses = r.value(u"responses"_s).toArray();
        bool anyDefault = false;
        for (const QJsonValue &v : std::as_const(responses)) {
            anyDefault = anyDefault || v.toObject().value(u"default"_s).toBool();
        }
        for (qsizetype j = 0; j < responses.size(); ++j) {
            QJsonObject response = responses.at(j).toObject();
            if (from < 11 && response.value(u"statusCode"_s).isString()) {
                // JavaScript's parseInt: the leading digits ("201.5" and "201abc" are 201).
                static const QRegularExpression digits(u"^\\s*([+-]?\\d+)"_s);
                const QRegularExpressionMatch m =
                    digits.match(response.value(u"statusCode"_s).toString());
                response.insert(u"statusCode"_s, m.hasMatch() ? m.captured(1).toInt() : 0);
            }
            if (from < 18) {
                QJsonArray rules = response.value(u"rules"_s).toArray();
                for (qsizetype k = 0; k < rules.size(); ++k) {
                    QJsonObject rule = rules.at(k).toObject();
                    if (rule.take(u"isRegex"_s).toBool()) {
                        rule.insert(u"operator"_s, u"regex"_s);
                    }
                    rules.replace(k, rule);
                }
                response.insert(u"rules"_s, rules);
            }
            if (from < 20 && !response.contains(u"default"_s) && !anyDefault) {
                response.insert(u"default"_s, j == 0);
            }
            if (from < 24 && !response.contains(u"bodyType"_s)) {
                response.insert(u"bodyType"_s,
                    response.value(u"filePath"_s).toString().isEmpty() ? u"INLINE"_s : u"FILE"_s);
            }
            responses.replace(j, response);
        }
        r.insert(u"responses"_s, responses);
        if (from < 21 && !r.contains(u"responseMode"_s)) {
            const bool sequential = r.value(u"sequentialResponse"_s).toBool();
            const bool random = r.value(u"randomResponse"_s).toBool();
            r.insert(u"responseMode"_s,
                sequential ? QJsonValue(u"SEQUENTIAL"_s)
                           : (random ? QJsonValue(u"RANDOM"_s) : QJsonValue()));
        }
        r.remove(u"sequentialResponse"_s);
        r.remove(u"randomResponse"_s);
        routes.replace(i, r);
    }
    if (!routes.isEmpty() || env.contains(u"routes"_s)) {
        env.insert(u"routes"_s, routes);
    }
    if (from < 25 && !env.contains(u"rootChildren"_s)) {
        QJsonArray children;
        for (const QJsonValue &v : std::as_const(routes)) {
            children.append(QJsonObject {
                { u"type"_s, u"route"_s }, { u"uuid"_s, v.toObject().value(u"uuid"_s) } });
        }
        env.insert(u"rootChildren"_s, children);
    }
    if (from < 29) {
        const QByteArray text = QJsonDocument(env).toJson(QJsonDocument::Compact);
        if (text.contains("{{faker")) {
            report(u"lastMigration"_s,
                u"%1: faker helpers written for Faker before version 8 are run with Faker 9's "
                "names, without Mockoon's renaming of old names"_s.arg(from));
        }
    }
}

QList<int> Reader::routeOrder(const QJsonObject &env)
{
    // Mockoon's order: rootChildren depth-first through folders. A uuid is taken by its first
    // reference (folders before the root); what nothing references comes last (folders, then
    // routes); a route whose uuid is not a uuid loses its place the same way.
    // Read quietly: run() reports what is wrong with these.
    const QJsonArray routes = env.value(u"routes"_s).toArray();
    const QJsonArray folders = list(env, u"folders"_s, QString());
    QHash<QString, int> routeByUuid;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const QString uuid = routes.at(i).toObject().value(u"uuid"_s).toString();
        if (isUuid(uuid) && !routeByUuid.contains(uuid)) {
            routeByUuid.insert(uuid, int(i));
        }
    }
    QHash<QString, int> folderByUuid;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString uuid = folders.at(i).toObject().value(u"uuid"_s).toString();
        if (isUuid(uuid) && !folderByUuid.contains(uuid)) {
            folderByUuid.insert(uuid, int(i));
        }
    }
    QSet<QString> claimed;
    // Each folder's children, as they stay after the first-reference rule.
    QList<QList<std::pair<bool, int>>> folderChildren(folders.size());
    auto claim = [&](const QJsonArray &children, QList<std::pair<bool, int>> *out) {
        for (const QJsonValue &c : children) {
            const QJsonObject child = c.toObject();
            const QString uuid = child.value(u"uuid"_s).toString();
            const bool isRoute = child.value(u"type"_s).toString() == u"route";
            if (claimed.contains(uuid)) {
                continue;
            }
            if (isRoute && routeByUuid.contains(uuid)) {
                claimed.insert(uuid);
                out->append({ true, routeByUuid.value(uuid) });
            } else if (!isRoute && folderByUuid.contains(uuid)) {
                claimed.insert(uuid);
                out->append({ false, folderByUuid.value(uuid) });
            }
        }
    };
    for (qsizetype i = 0; i < folders.size(); ++i) {
        claim(folders.at(i).toObject().value(u"children"_s).toArray(), &folderChildren[i]);
    }
    QList<std::pair<bool, int>> root;
    claim(list(env, u"rootChildren"_s, QString()), &root);
    for (qsizetype i = 0; i < folders.size(); ++i) {
        // A folder nothing refers to, or whose uuid is not one (Mockoon gives it a new one).
        const QString uuid = folders.at(i).toObject().value(u"uuid"_s).toString();
        const bool valid = isUuid(uuid) && folderByUuid.value(uuid) == i;
        if (!valid || !claimed.contains(uuid)) {
            if (valid) {
                claimed.insert(uuid);
            }
            root.append({ false, int(i) });
        }
    }
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const QString uuid = routes.at(i).toObject().value(u"uuid"_s).toString();
        if (!isUuid(uuid)) {
            report(u"routes[%1].uuid"_s.arg(i),
                u"\"%1\" is not a uuid: Mockoon gives the route a new one, so it comes after "
                "every other route"_s.arg(uuid));
            root.append({ true, int(i) });
        } else if (routeByUuid.value(uuid) != i) {
            report(u"routes[%1].uuid"_s.arg(i),
                u"%1 is also routes[%2]'s: Mockoon never serves this route, so it is left out"_s
                    .arg(uuid)
                    .arg(routeByUuid.value(uuid)));
        } else if (!claimed.contains(uuid)) {
            claimed.insert(uuid);
            root.append({ true, int(i) });
        }
    }
    // Depth-first with a stack of its own: a chain of folders as long as the file is long
    // must not overflow the call stack.
    QList<int> order;
    QSet<int> visited;
    QList<std::pair<const QList<std::pair<bool, int>> *, qsizetype>> stack { { &root, 0 } };
    while (!stack.isEmpty()) {
        auto &[children, next] = stack.last();
        if (next >= children->size()) {
            stack.removeLast();
            continue;
        }
        const auto [isRoute, index] = children->at(next++);
        if (isRoute) {
            order.append(index);
        } else if (!visited.contains(index)) {
            visited.insert(index);
            stack.append({ &folderChildren.at(index), 0 });
        }
    }
    // What sits only in folders no walk reaches (a folder inside itself): never served.
    const QSet<int> served(order.cbegin(), order.cend());
    for (qsizetype f = 0; f < folderChildren.size(); ++f) {
        for (const auto &[isRoute, index] : std::as_const(folderChildren.at(f))) {
            if (isRoute && !served.contains(index)) {
                report(u"routes[%1]"_s.arg(index),
                    u"is only in folders[%1], which no folder or rootChildren reaches: Mockoon "
                    "never serves it, so it is left out"_s.arg(f));
            }
        }
    }
    return order;
}

void Reader::readBuckets(const QJsonObject &env)
{
    const QJsonArray buckets = list(env, u"data"_s, QString());
    // Mockoon templates each bucket once at start, in order, without a request; a value that
    // is JSON after that is JSON, else text. Request helpers in a bucket make Mockoon wait for
    // the first request that uses it.
    static const QRegularExpression requestHelpers(
        u"\\{{2,3}[#(~\\s\\w ]*((?<![\\w])bodyRaw|body|method|ip|urlParam|urlParams|queryParam|"
        "queryParamRaw|queryParams|header|headers|cookie|baseUrl|hostname)[)} ~]+"_s);
    std::unique_ptr<JsTemplateRenderer> renderer;
    std::shared_ptr<StateStore> state;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QString place = u"data[%1]"_s.arg(i);
        if (!buckets.at(i).isObject()) {
            error(place, u"expected an object, got %1"_s.arg(typeName(buckets.at(i))));
            continue;
        }
        const QJsonObject bucket = buckets.at(i).toObject();
        const QString id = text(bucket, u"id"_s, place);
        QString name = text(bucket, u"name"_s, place, u"New data"_s);
        QString value = text(bucket, u"value"_s, place, u"[\n]"_s);
        if (m_result.routeSet.data.contains(name)) {
            const QString unique = name + u" ("_s + (id.isEmpty() ? QString::number(i) : id) + u')';
            report(place + u".name"_s,
                u"\"%1\" is the name of an earlier bucket too: this one is the data store \"%2\""_s
                    .arg(name, unique));
            name = unique;
        }
        if (!id.isEmpty() && !m_bucketIdNames.contains(id)) {
            m_bucketIdNames.insert(id, name);
        }
        if (!id.isEmpty() && !m_bucketNames.contains(id)) {
            m_bucketNames.insert(id, name);
            if (id != name) {
                m_bucketIds.insert(id);
            }
        }
        if (!m_bucketNames.contains(name)) {
            m_bucketNames.insert(name, name);
        }
        if (value.contains(u"{{"_s)) {
            value = withBucketNames(value);
            if (requestHelpers.match(value).hasMatch()) {
                report(place + u".value"_s,
                    u"uses request helpers: filled once at load, without a request (Mockoon "
                    "fills it at the first request that uses it)"_s);
            }
            if (!renderer) {
                renderer = std::make_unique<JsTemplateRenderer>(TemplateDialect::Mockoon);
                state = std::make_shared<StateStore>();
                renderer->setState(state);
            }
            const std::shared_ptr<const CompiledTemplate> tmpl = renderer->compile(value);
            const RenderResult rendered = renderer->render(*tmpl, HttpRequest(), {});
            value = rendered.ok() ? QString::fromUtf8(rendered.text) : rendered.error;
        }
        QJsonParseError parseError;
        const QJsonDocument parsed =
            QJsonDocument::fromJson("[" + value.toUtf8() + "]", &parseError);
        const QJsonValue stored =
            parseError.error == QJsonParseError::NoError && parsed.array().size() == 1
            ? parsed.array().at(0)
            : QJsonValue(value);
        m_result.routeSet.data.insert(name, stored);
        if (state) {
            state->setData(name, stored);
            if (!id.isEmpty() && id != name) {
                state->setData(id, stored);
            }
        }
    }
}

HeaderList Reader::headers(const QJsonArray &items, const QString &place)
{
    HeaderList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"%1[%2]"_s.arg(place).arg(i);
        if (!items.at(i).isObject()) {
            error(at, u"expected an object, got %1"_s.arg(typeName(items.at(i))));
            continue;
        }
        const QJsonObject h = items.at(i).toObject();
        const QString key = text(h, u"key"_s, at);
        const QString value = text(h, u"value"_s, at);
        if (key.isEmpty() || value.isEmpty()) {
            continue; // Mockoon sets no header for an empty key or value
        }
        auto existing = std::find_if(out.begin(), out.end(),
            [&key](const auto &pair) { return pair.first.compare(key, Qt::CaseInsensitive) == 0; });
        if (existing != out.end() && key.compare(u"Set-Cookie"_s, Qt::CaseInsensitive) == 0) {
            existing->second.append(value);
        } else if (existing != out.end()) {
            *existing = { key, { value } }; // a later one replaces it, name as written last
        } else {
            out.append({ key, { value } });
        }
    }
    return out;
}

std::optional<MatchRule> Reader::rule(const QJsonObject &r, const QString &place)
{
    static const QHash<QString, MatchRule::Target> targets { { u"body"_s, MatchRule::Target::Body },
        { u"query"_s, MatchRule::Target::Query }, { u"header"_s, MatchRule::Target::Header },
        { u"cookie"_s, MatchRule::Target::Cookie }, { u"params"_s, MatchRule::Target::Param },
        { u"path"_s, MatchRule::Target::Path }, { u"method"_s, MatchRule::Target::Method },
        { u"request_number"_s, MatchRule::Target::RequestNumber },
        { u"global_var"_s, MatchRule::Target::Global },
        { u"data_bucket"_s, MatchRule::Target::Data },
        { u"templating"_s, MatchRule::Target::Template } };
    static const QHash<QString, MatchRule::Operator> operators {
        { u"equals"_s, MatchRule::Operator::Equals }, { u"regex"_s, MatchRule::Operator::Regex },
        { u"regex_i"_s, MatchRule::Operator::RegexI }, { u"null"_s, MatchRule::Operator::Null },
        { u"empty_array"_s, MatchRule::Operator::EmptyArray },
        { u"array_includes"_s, MatchRule::Operator::ArrayIncludes },
        { u"valid_json_schema"_s, MatchRule::Operator::Schema }
    };
    MatchRule out;
    const QString target = text(r, u"target"_s, place, u"body"_s);
    const QString op = text(r, u"operator"_s, place, u"equals"_s);
    out.name = text(r, u"modifier"_s, place);
    // A number as value is not a string to Mockoon's schema: it compares with "".
    out.value = r.value(u"value"_s).isString() ? r.value(u"value"_s).toString() : QString();
    out.invert = flag(r, u"invert"_s, place, false);
    if (!targets.contains(target)) {
        report(place + u".target"_s,
            u"\"%1\" is not one of Mockoon's targets: read as \"body\", as Mockoon repairs it"_s
                .arg(target));
    }
    out.target = targets.value(target, MatchRule::Target::Body);
    if (!operators.contains(op)) {
        report(place + u".operator"_s,
            u"\"%1\" is not one of Mockoon's operators: read as \"equals\", as Mockoon repairs it"_s
                .arg(op));
    }
    out.op = operators.value(op, MatchRule::Operator::Equals);
    if (out.target != MatchRule::Target::Template && out.name.contains(u"{{"_s)) {
        report(place + u".modifier"_s,
            u"is a template: MockBench reads it as written (Mockoon renders it first)"_s);
    }
    // Mockoon renders every rule value before comparing (a schema's place excepted).
    out.templateValue = out.op != MatchRule::Operator::Schema && out.value.contains(u"{{"_s);
    out.value = withBucketNames(out.value);
    if (out.target == MatchRule::Target::Template) {
        out.name = withBucketNames(out.name);
    }
    if (out.target == MatchRule::Target::Data && !out.name.isEmpty()) {
        const qsizetype dot = out.name.indexOf(u'.');
        const QString head = dot < 0 ? out.name : out.name.left(dot);
        out.name = bucketName(head) + (dot < 0 ? QString() : out.name.mid(dot));
    }
    if (out.op == MatchRule::Operator::Schema) {
        const qsizetype dot = out.value.indexOf(u'.');
        const QString head = dot < 0 ? out.value : out.value.left(dot);
        out.value = bucketName(head) + (dot < 0 ? QString() : out.value.mid(dot));
    }
    if (out.op == MatchRule::Operator::RegexI || out.op == MatchRule::Operator::Regex) {
        const QRegularExpression check(out.value);
        if (!check.isValid()) {
            report(place + u".value"_s,
                u"is not a regular expression MockBench can use (%1): the rule never holds"_s.arg(
                    check.errorString()));
            out.op = MatchRule::Operator::Equals;
            out.target = MatchRule::Target::Cookie;
            out.name.clear();
        }
    }
    if (out.target == MatchRule::Target::Cookie && out.name.isEmpty()
        && out.op == MatchRule::Operator::Null) {
        // Mockoon: a cookie rule without a name never holds, whatever the operator.
        out.op = MatchRule::Operator::Equals;
        out.value = u"\n"_s;
    }
    return out;
}

std::optional<Response> Reader::response(
    const QJsonObject &r, const QJsonObject &route, const QString &place, bool *crudBucket)
{
    Response out;
    // Mockoon repairs a status that is no number to 200, as one outside 100..999.
    const QJsonValue statusValue = r.value(u"statusCode"_s);
    bool numeric = statusValue.isDouble() || statusValue.isUndefined() || statusValue.isNull();
    if (statusValue.isString()) {
        statusValue.toString().trimmed().toDouble(&numeric);
    }
    if (!numeric) {
        report(place + u".statusCode"_s,
            u"%1 is not a number: served as 200, as Mockoon does"_s.arg(
                QString::fromUtf8(QJsonDocument(QJsonArray { statusValue })
                                      .toJson(QJsonDocument::Compact)
                                      .chopped(1)
                                      .mid(1))));
    }
    const std::optional<double> status = numeric ? number(r, u"statusCode"_s, place) : std::nullopt;
    out.status = 200;
    if (status) {
        const int code = int(*status);
        if (code < 100 || code > 999) {
            report(place + u".statusCode"_s,
                u"%1 is outside 100..999: served as 200, as Mockoon does"_s.arg(*status));
        } else {
            out.status = code;
        }
    }
    if (HttpResponse::standardReason(out.status).isEmpty()) {
        out.reason = u"unknown"_s;
    }
    out.headers = headers(list(r, u"headers"_s, place), place + u".headers"_s);
    if (const std::optional<double> latency = number(r, u"latency"_s, place);
        latency && *latency > 0) {
        out.latency = Latency::fixed(*latency);
    }
    const bool templating = !flag(r, u"disableTemplating"_s, place, false);
    out.templating = templating ? TemplateDialect::Mockoon : TemplateDialect::None;
    out.isDefault = flag(r, u"default"_s, place, false);
    const QString bodyType = text(r, u"bodyType"_s, place, u"INLINE"_s);
    const QString filePath = text(r, u"filePath"_s, place);
    const QString bucket = text(r, u"databucketID"_s, place);
    const QString body = text(r, u"body"_s, place, u"{}"_s);
    if (!list(r, u"callbacks"_s, place).isEmpty()) {
        report(place + u".callbacks"_s, u"callbacks are not supported yet: none is called"_s);
    }
    bool hasContentType = std::any_of(out.headers.cbegin(), out.headers.cend(),
        [](const auto &pair) { return isContentType(pair.first); });
    // The body.
    out.bodySource = Response::BodySource::Text;
    out.body = body;
    bool textBody = true; // sent as a string by Mockoon: Express gives it a charset
    if (bodyType == u"FILE" && !filePath.isEmpty()) {
        QString file = filePath;
        static const QRegularExpression backslash(u"\\\\(?!\\.)"_s);
        file.replace(backslash, u"/"_s);
        const QString absolute =
            QFileInfo(file).isAbsolute() ? file : QDir(m_dir).absoluteFilePath(file);
        const QString mime = mimeOf(absolute);
        const bool sendAsBody = flag(r, u"sendFileAsBody"_s, place, false);
        if (file.contains(u"{{"_s)) {
            // Rendered for each request; Mockoon keeps the file under the path's fixed start,
            // MockBench inside the route set's folder.
            out.bodySource = Response::BodySource::File;
            out.body.clear();
            out.bodyFile = QFileInfo(file).isAbsolute() ? file : withBucketNames(file);
            out.templatePath = true;
            out.missingFile = flag(r, u"fallbackTo404"_s, place, false)
                ? Response::MissingFile::NotFound
                : Response::MissingFile::Error;
            // Which file, so its type and whether it is rendered, is known per request: the
            // server gives a text file's type with a charset and renders it.
            out.templateFile = templating;
            textBody = false;
            if (!sendAsBody) {
                report(place + u".sendFileAsBody"_s,
                    u"false with a templated filePath: no Content-Disposition is sent (its file "
                    "name is known only per request)"_s);
            }
            if (QFileInfo(file).isAbsolute()) {
                report(place + u".filePath"_s,
                    u"%1 is absolute: MockBench serves files only from inside the route set's "
                    "folder"_s.arg(file));
            }
        } else {
            if (!hasContentType && !mime.isEmpty()) {
                out.headers.append({ u"Content-Type"_s, { mime } });
                hasContentType = true;
            }
            if (!sendAsBody) {
                out.headers.append({ u"Content-Disposition"_s,
                    { u"attachment; filename=\"%1\""_s.arg(QString::fromUtf8(
                        QUrl::toPercentEncoding(QFileInfo(absolute).fileName()))) } });
            }
            const QString relative = QDir(m_dir).relativeFilePath(absolute);
            const QFileInfo info(absolute);
            const bool inside = !relative.startsWith(u"../"_s) && relative != u".."_s
                && !QFileInfo(relative).isAbsolute();
            if (!info.isFile()) {
                if (flag(r, u"fallbackTo404"_s, place, false)) {
                    out.status = 404;
                    out.reason.clear();
                } else {
                    // Mockoon's answer to a file it cannot read, at the route's status.
                    out.templating = TemplateDialect::None;
                    out.body = u"Error while serving the file content: ENOENT: no such file or "
                               "directory, open '%1'"_s.arg(QDir::cleanPath(absolute));
                    out.headers.removeIf(
                        [](const auto &pair) { return isContentType(pair.first); });
                    out.headers.append({ u"Content-Type"_s, { u"text/plain; charset=utf-8"_s } });
                    report(place + u".filePath"_s,
                        u"%1 does not exist: answers Mockoon's error for it"_s.arg(absolute));
                    return out;
                }
            } else if (!inside) {
                report(place + u".filePath"_s,
                    u"%1 is outside the environment's folder: MockBench serves files only from "
                    "inside the route set's folder, so the inline body is sent"_s.arg(absolute));
            } else {
                out.bodySource = Response::BodySource::File;
                out.body.clear();
                out.bodyFile = relative;
                out.missingFile = flag(r, u"fallbackTo404"_s, place, false)
                    ? Response::MissingFile::NotFound
                    : Response::MissingFile::Error;
                out.templateFile = templating && templatedMime(mime, absolute);
                textBody = out.templateFile;
            }
        }
    } else if (bodyType == u"DATABUCKET" && !bucket.isEmpty()) {
        // Mockoon finds a DATABUCKET body's bucket by its id only.
        if (m_bucketIdNames.contains(bucket)) {
            out.bodySource = Response::BodySource::Data;
            out.bodyData = m_bucketIdNames.value(bucket);
            out.body.clear();
            *crudBucket = true;
            if (text(route, u"type"_s, place) == u"crud") {
                // Mockoon's CRUD answers are JSON whatever the response declares.
                out.headers.removeIf([](const auto &pair) { return isContentType(pair.first); });
                out.headers.append({ u"Content-Type"_s, { u"application/json"_s } });
                hasContentType = true;
            }
        } else {
            // Mockoon sends the inline body, untemplated, for a bucket it does not have.
            out.templating = TemplateDialect::None;
        }
    }
    // Mockoon's Content-Type: the response's, else the environment's, else Express's default;
    // a string body's type gets a charset.
    if (!hasContentType && !HttpResponse::isBodyless(out.status)
        && !(out.bodySource == Response::BodySource::File && !textBody)) {
        QString type = u"text/html; charset=utf-8"_s;
        for (const auto &[name, values] : std::as_const(m_envHeaders)) {
            if (isContentType(name) && !values.isEmpty()) {
                type = values.first();
            }
        }
        out.headers.append({ u"Content-Type"_s, { type } });
    }
    for (auto &[name, values] : out.headers) {
        if (!isContentType(name) || values.isEmpty() || values.first().contains(u"{{"_s)) {
            continue;
        }
        if (!textBody) {
            static const QRegularExpression plainType(u"^(text/|application/(javascript|json))"_s,
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression charset(
                u";\\s*charset\\s*="_s, QRegularExpression::CaseInsensitiveOption);
            if (plainType.match(values.first()).hasMatch()
                && !charset.match(values.first()).hasMatch()) {
                values.first() += u"; charset=utf-8"_s;
            }
            continue;
        }
        const std::optional<QString> normalised = expressContentType(values.first());
        if (!normalised) {
            report(place + u".headers"_s,
                u"Content-Type \"%1\" is not a media type: answers Mockoon's error for it"_s.arg(
                    values.first()));
            values.first() = u"text/plain; charset=utf-8"_s;
            out.bodySource = Response::BodySource::Text;
            out.templating = TemplateDialect::None;
            out.body = u"Error while serving the content: invalid media type"_s;
            break;
        }
        values.first() = *normalised;
    }
    out.body = withBucketNames(out.body);
    for (auto &[name, values] : out.headers) {
        for (QString &value : values) {
            value = withBucketNames(value);
        }
    }
    return out;
}

std::optional<Route> Reader::route(const QJsonObject &r, const QString &place)
{
    const QString type = text(r, u"type"_s, place, u"http"_s);
    const QString endpoint = text(r, u"endpoint"_s, place);
    if (type == u"ws") {
        report(place, u"WebSocket route %1 is not supported yet: not served"_s.arg(endpoint));
        return std::nullopt;
    }
    Route out;
    QString method = text(r, u"method"_s, place, u"get"_s);
    static const QStringList methods { u"all"_s, u"get"_s, u"post"_s, u"put"_s, u"patch"_s,
        u"delete"_s, u"head"_s, u"options"_s, u"propfind"_s, u"proppatch"_s, u"move"_s, u"copy"_s,
        u"mkcol"_s, u"lock"_s, u"unlock"_s, QString() };
    if (!methods.contains(method)) {
        report(place + u".method"_s,
            u"\"%1\" is not one of Mockoon's methods: served as get, as Mockoon repairs it"_s.arg(
                method));
        method = u"get"_s;
    }
    out.method = method == u"all" ? u"*"_s : method.toUpper();
    out.pathSyntax = Route::PathSyntax::Mockoon;
    out.path = MockoonPath::collapseSlashes(
        u"/"_s + m_prefix + u"/"_s + QString(endpoint).replace(u' ', u"%20"_s));
    out.id = slug(type == u"crud" ? u"crud"_s : method, m_prefix + u'/' + endpoint);
    QString why;
    if (!MockoonPath::compile(out.path, &why)) {
        report(
            place + u".endpoint"_s, u"%1: the route never answers, so it is disabled"_s.arg(why));
        out.enabled = false;
    }
    if (type != u"crud" && method.isEmpty()) {
        report(place + u".method"_s, u"is empty: Mockoon never serves the route; disabled"_s);
        out.enabled = false;
        out.method = u"GET"_s;
    }
    const QJsonValue mode = r.value(u"responseMode"_s);
    const QString modeName = mode.isString() ? mode.toString() : QString();
    if (modeName == u"RANDOM") {
        out.responseMode = Route::ResponseMode::Random;
    } else if (modeName == u"SEQUENTIAL") {
        out.responseMode = Route::ResponseMode::Sequential;
    } else if (modeName == u"DISABLE_RULES") {
        out.responseMode = Route::ResponseMode::Default;
    } else {
        out.responseMode = Route::ResponseMode::Rules;
        out.fallthrough = modeName == u"FALLBACK";
    }
    if (r.value(u"streamingMode"_s).isString()) {
        report(place + u".streamingMode"_s, u"streaming is for WebSocket routes: ignored"_s);
    }
    const QJsonArray responses = list(r, u"responses"_s, place);
    bool crudBucket = false;
    for (qsizetype j = 0; j < responses.size(); ++j) {
        const QString at = place + u".responses[%1]"_s.arg(j);
        if (!responses.at(j).isObject()) {
            error(at, u"expected an object, got %1"_s.arg(typeName(responses.at(j))));
            continue;
        }
        const QJsonObject source = responses.at(j).toObject();
        std::optional<Response> response = this->response(source, r, at, &crudBucket);
        if (!response) {
            continue;
        }
        const QJsonArray rules = list(source, u"rules"_s, at);
        if (!rules.isEmpty()) {
            MatchConditions when;
            for (qsizetype k = 0; k < rules.size(); ++k) {
                const QString ruleAt = at + u".rules[%1]"_s.arg(k);
                if (!rules.at(k).isObject()) {
                    error(ruleAt, u"expected an object, got %1"_s.arg(typeName(rules.at(k))));
                    continue;
                }
                if (std::optional<MatchRule> converted = rule(rules.at(k).toObject(), ruleAt)) {
                    when.rules.append(*converted);
                }
            }
            when.any = text(source, u"rulesOperator"_s, at, u"OR"_s) != u"AND";
            response->when = when;
        }
        out.responses.append(*response);
    }
    // Exactly one default: the first marked, else the first (Mockoon's fallback).
    int defaultIndex = -1;
    for (qsizetype j = 0; j < out.responses.size(); ++j) {
        if (out.responses.at(j).isDefault && defaultIndex < 0) {
            defaultIndex = int(j);
        } else {
            out.responses[j].isDefault = false;
        }
    }
    if (defaultIndex < 0 && !out.responses.isEmpty()) {
        out.responses.first().isDefault = true;
    }
    if (out.responses.isEmpty()) {
        report(place + u".responses"_s, u"is empty: Mockoon never serves the route; disabled"_s);
        out.enabled = false;
    }
    if (type == u"crud") {
        // A CRUD route over its default response's bucket; Mockoon takes the key from the
        // first response.
        const QJsonObject first =
            responses.isEmpty() ? QJsonObject() : responses.first().toObject();
        QString key = text(first, u"crudKey"_s, place + u".responses[0]"_s, u"id"_s);
        if (key.isEmpty()) {
            key = u"id"_s;
        }
        QString store;
        for (const Response &response : std::as_const(out.responses)) {
            if (response.bodySource == Response::BodySource::Data) {
                store = response.bodyData;
                if (response.isDefault) {
                    break;
                }
            }
        }
        if (store.isEmpty()) {
            report(place, u"CRUD route without a data bucket: served as a plain route"_s);
            out.method = u"*"_s;
        } else {
            out.method = u"*"_s;
            out.resource = RouteResource { store, key, {} };
        }
    }
    return out;
}

void Reader::notFound()
{
    // Express's answer when no route takes a request: its HTML page, which names the method
    // and the path (encoded and escaped as finalhandler does).
    Response out;
    out.status = 404;
    out.templating = TemplateDialect::JavaScript;
    out.headers = {
        { u"Content-Security-Policy"_s, { u"default-src 'none'"_s } },
        { u"X-Content-Type-Options"_s, { u"nosniff"_s } },
        { u"Content-Type"_s, { u"text/html; charset=utf-8"_s } },
    };
    out.bodySource = Response::BodySource::Text;
    out.body = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<title>Error</title>\n</head>\n<body>\n<pre>Cannot {{ method }} "
               "{{ encodeURI(path).split('&').join('&amp;').split('<').join('&lt;')"
               ".split('>').join('&gt;').split('\"').join('&quot;').split(\"'\").join('&#39;') }}"
               "</pre>\n</body>\n</html>\n"_s;
    m_result.routeSet.notFound = out;
}

} // namespace

} // namespace MockBench::Import
