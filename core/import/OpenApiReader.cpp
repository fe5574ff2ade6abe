// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenApiReader.h"

#include "SchemaSampler.h"
#include "YamlJson.h"
#include "model/JsonSchema.h"
#include "model/PathTemplate.h"
#include "model/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

const QStringList methods { u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s,
    u"patch"_s, u"trace"_s };

/// A document's text as JSON: JSON when it parses as JSON, else YAML.
std::optional<QJsonValue> parseText(const QByteArray &content, QString *error)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &jsonError);
    if (jsonError.error == QJsonParseError::NoError) {
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    const QByteArray trimmed = content.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        // JSON that does not parse: its error, at its line and column.
        const QByteArray before = content.left(jsonError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = jsonError.offset - (before.lastIndexOf('\n') + 1) + 1;
        // YAML reads some JSON that QJsonDocument refuses (comments are not among them).
        YamlJson::Problem problem;
        if (std::optional<QJsonValue> value = YamlJson::parse(content, &problem)) {
            return value;
        }
        *error = u"%1:%2: %3"_s.arg(line).arg(column).arg(jsonError.errorString());
        return std::nullopt;
    }
    YamlJson::Problem problem;
    std::optional<QJsonValue> value = YamlJson::parse(content, &problem);
    if (!value) {
        *error = u"%1:%2: %3"_s.arg(std::max(1, problem.line))
                     .arg(std::max(1, problem.column))
                     .arg(problem.message);
    }
    return value;
}

/// "paths./pets.get" from JSON pointer segments.
QString placeOf(const QStringList &segments)
{
    return segments.join(u'.');
}

bool isJsonMedia(const QString &media)
{
    const QString m = media.section(u';', 0, 0).trimmed().toLower();
    return m == u"application/json"_s || m.endsWith(u"+json"_s) || m.endsWith(u"/json"_s)
        || m == u"*/*"_s;
}

/// Keys of a schema that the checker replaces in a file's root.
const QStringList schemaKeywords { u"$ref"_s, u"type"_s, u"properties"_s, u"required"_s, u"items"_s,
    u"prefixItems"_s, u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"not"_s, u"enum"_s, u"const"_s,
    u"minimum"_s, u"maximum"_s, u"exclusiveMinimum"_s, u"exclusiveMaximum"_s, u"multipleOf"_s,
    u"minLength"_s, u"maxLength"_s, u"pattern"_s, u"format"_s, u"minItems"_s, u"maxItems"_s,
    u"uniqueItems"_s, u"additionalProperties"_s, u"patternProperties"_s, u"minProperties"_s,
    u"maxProperties"_s, u"nullable"_s, u"discriminator"_s, u"contains"_s, u"if"_s, u"then"_s,
    u"else"_s, u"dependentRequired"_s, u"dependentSchemas"_s, u"propertyNames"_s };

class Document
{
public:
    Document(const QString &path)
        : m_rootPath(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath())
        , m_dir(path.isEmpty() ? QString() : QFileInfo(path).absolutePath())
    {
        m_result.routeSet.baseDir = m_dir;
    }

    LoadResult run(const QByteArray &content);

private:
    struct Example
    {
        QString name;
        QJsonValue value;
    };
    struct Variant
    {
        int status = 200;
        QString code; ///< as the document writes it
        QString media;
        HeaderList headers;
        QList<Example> examples; ///< named examples first; one unnamed for `example`
        std::optional<QJsonValue> generated; ///< the body made from the schema
        bool hasBody = false;
        /// Other media types and their bodies, answered to an Accept that names them.
        QList<std::pair<QString, QJsonValue>> alternatives;
    };

    void error(const QString &place, const QString &message)
    {
        const FormatError e { place, message };
        if (!m_result.errors.contains(e)) {
            m_result.errors.append(e);
        }
    }
    void report(const QString &place, const QString &message)
    {
        const QString line = place.isEmpty() ? message : place + u": "_s + message;
        if (!m_result.report.contains(line)) {
            m_result.report.append(line);
        }
    }
    QString label(const QString &file) const
    {
        if (file == m_rootPath) {
            return {};
        }
        return QDir(m_dir).relativeFilePath(file);
    }
    /// The place of pointer @p pointer in @p file, for messages.
    QString placeIn(const QString &file, const QString &pointer) const
    {
        QStringList segments;
        for (const QString &s : pointer.split(u'/', Qt::SkipEmptyParts)) {
            QString d = s;
            d.replace(u"~1"_s, u"/"_s);
            d.replace(u"~0"_s, u"~"_s);
            segments.append(d);
        }
        const QString l = label(file);
        const QString inside = placeOf(segments);
        return l.isEmpty() ? inside : (inside.isEmpty() ? l : l + u'#' + inside);
    }
    std::optional<QJsonValue> loadFile(const QString &file, QString *why);
    /// Follows @p ref from @p base to a value that is no $ref; errors said at @p place.
    SchemaSampler::Resolved resolve(const QString &ref, const QString &base, const QString &place);
    /// @p value itself, or what its $ref chain leads to.
    SchemaSampler::Resolved deref(
        const QJsonValue &value, const QString &base, const QString &place)
    {
        if (value.isObject() && value.toObject().contains(u"$ref"_s)) {
            return resolve(value.toObject().value(u"$ref"_s).toString(), base, place);
        }
        return std::make_pair(value, base);
    }
    bool check(const QJsonValue &value, const QJsonValue &schema, const QString &base);
    /// @p schema (read at @p base) with the refs to other files inlined, in @p base's root.
    QJsonObject checkSchema(const QJsonValue &schema, const QString &base);
    QJsonValue bundle(
        const QJsonValue &value, const QString &base, const QString &rootFile, int depth);
    void readOperation(const QString &path, const QString &method, const QJsonObject &op,
        const QJsonArray &pathParameters, const QString &base, const QString &place);
    std::optional<Variant> readResponse(const QString &code, const QJsonValue &response,
        const QJsonObject &op, const QString &base, const QString &place, const QString &key);
    HeaderList readHeaders(
        const QJsonObject &headers, const QString &base, const QString &place, const QString &key);
    std::optional<QJsonValue> sampleSchema(
        const QJsonValue &schema, const QString &base, const QString &place, const QString &key);
    QString basePath();
    void reportRoot();

    QString m_rootPath;
    QString m_dir;
    QJsonObject m_root;
    bool m_v2 = false;
    bool m_v31 = false;
    quint64 m_seed = OpenApiReader::DefaultSeed;
    QHash<QString, QJsonValue> m_files;
    LoadResult m_result;
    std::unique_ptr<SchemaSampler> m_sampler;
    QString m_place; ///< where the schema being sampled is, for ref errors
};

std::optional<QJsonValue> Document::loadFile(const QString &file, QString *why)
{
    const auto known = m_files.constFind(file);
    if (known != m_files.constEnd()) {
        return *known;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = u"cannot read %1: %2"_s.arg(label(file), f.errorString());
        return std::nullopt;
    }
    QString parseError;
    const std::optional<QJsonValue> value = parseText(f.readAll(), &parseError);
    if (!value) {
        *why = u"%1:%2"_s.arg(label(file), parseError);
        return std::nullopt;
    }
    m_files.insert(file, *value);
    return value;
}

SchemaSampler::Resolved Document::resolve(
    const QString &firstRef, const QString &firstBase, const QString &place)
{
    QString ref = firstRef;
    QString base = firstBase;
    QStringList chain;
    QSet<QString> seen;
    for (;;) {
        const qsizetype hash = ref.indexOf(u'#');
        const QString filePart = hash < 0 ? ref : ref.left(hash);
        QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
        QString file = base;
        if (!filePart.isEmpty()) {
            if (filePart.contains(u"://"_s) || filePart.startsWith(u"//"_s)) {
                error(place,
                    u"$ref %1 is remote: MockBench reads only files beside the document"_s.arg(
                        ref));
                return std::nullopt;
            }
            if (m_dir.isEmpty()) {
                error(place,
                    u"$ref %1 names a file, and this document was not read from a file"_s.arg(ref));
                return std::nullopt;
            }
            const QString decoded = QUrl::fromPercentEncoding(filePart.toUtf8());
            file = QDir::cleanPath(QFileInfo(base).absoluteDir().absoluteFilePath(decoded));
            if (!file.startsWith(m_dir + u'/')) {
                error(place, u"$ref %1 leads outside the document's folder: refused"_s.arg(ref));
                return std::nullopt;
            }
        }
        const QString key = file + u'#' + pointer;
        chain.append(ref);
        if (seen.contains(key)) {
            error(
                place, u"$ref cycle that never leads to a value: %1"_s.arg(chain.join(u" -> "_s)));
            return std::nullopt;
        }
        seen.insert(key);
        QString why;
        const std::optional<QJsonValue> root = loadFile(file, &why);
        if (!root) {
            error(place, u"$ref %1: %2"_s.arg(ref, why));
            return std::nullopt;
        }
        QJsonValue value = *root;
        pointer = QUrl::fromPercentEncoding(pointer.toUtf8());
        for (const QString &raw : pointer.split(u'/', Qt::SkipEmptyParts)) {
            QString segment = raw;
            segment.replace(u"~1"_s, u"/"_s);
            segment.replace(u"~0"_s, u"~"_s);
            if (value.isObject() && value.toObject().contains(segment)) {
                value = value.toObject().value(segment);
            } else if (value.isArray()) {
                bool ok = false;
                const int index = segment.toInt(&ok);
                if (!ok || index < 0 || index >= value.toArray().size()) {
                    error(place, u"$ref %1 resolves nowhere (no %2)"_s.arg(ref, segment));
                    return std::nullopt;
                }
                value = value.toArray().at(index);
            } else {
                error(place, u"$ref %1 resolves nowhere (no %2)"_s.arg(ref, segment));
                return std::nullopt;
            }
        }
        if (value.isObject() && value.toObject().value(u"$ref"_s).isString()) {
            ref = value.toObject().value(u"$ref"_s).toString();
            base = file;
            continue;
        }
        return std::make_pair(value, file);
    }
}

QJsonValue Document::bundle(
    const QJsonValue &value, const QString &base, const QString &rootFile, int depth)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            out.append(bundle(v, base, rootFile, depth));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject o = value.toObject();
    if (o.value(u"$ref"_s).isString()) {
        const QString ref = o.value(u"$ref"_s).toString();
        const bool local = ref.startsWith(u'#') && base == rootFile;
        if (!local) {
            if (depth > 8) {
                return QJsonObject();
            }
            const SchemaSampler::Resolved target = resolve(ref, base, m_place);
            o.remove(u"$ref"_s);
            const QJsonObject inlined = target
                ? bundle(target->first, target->second, rootFile, depth + 1).toObject()
                : QJsonObject();
            if (!o.isEmpty()) {
                return QJsonObject { { u"allOf"_s,
                    QJsonArray { inlined, bundle(o, base, rootFile, depth) } } };
            }
            return inlined;
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        it.value() = bundle(it.value(), base, rootFile, depth);
    }
    return o;
}

QJsonObject Document::checkSchema(const QJsonValue &schema, const QString &base)
{
    QJsonObject root = m_files.value(base).toObject();
    for (const QString &k : schemaKeywords) {
        root.remove(k);
    }
    const QJsonObject s = bundle(schema, base, base, 0).toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        root.insert(it.key(), it.value());
    }
    return root;
}

bool Document::check(const QJsonValue &value, const QJsonValue &schema, const QString &base)
{
    if (!schema.isObject()) {
        return true;
    }
    return JsonSchema::isValid(value, checkSchema(schema, base));
}

std::optional<QJsonValue> Document::sampleSchema(
    const QJsonValue &schema, const QString &base, const QString &place, const QString &key)
{
    m_place = place;
    const qsizetype errorsBefore = m_result.errors.size();
    std::optional<QJsonValue> value =
        m_sampler->sample(schema, base, m_seed, key, SchemaSampler::Direction::Response);
    if (m_result.errors.size() != errorsBefore) {
        return std::nullopt;
    }
    if (!value) {
        report(place, u"no value could be made from the schema (it recurses with no way out)"_s);
        return std::nullopt;
    }
    if (!check(*value, schema, base)) {
        report(place,
            u"the body made from the schema is not valid against it (%1)"_s.arg(
                JsonSchema::violation(*value, checkSchema(schema, base))));
    }
    return value;
}

QString Document::basePath()
{
    QString path;
    if (m_v2) {
        path = m_root.value(u"basePath"_s).toString();
    } else {
        const QJsonArray servers = m_root.value(u"servers"_s).toArray();
        if (!servers.isEmpty()) {
            const QJsonObject server = servers.first().toObject();
            QString url = server.value(u"url"_s).toString();
            const QJsonObject variables = server.value(u"variables"_s).toObject();
            for (auto it = variables.begin(); it != variables.end(); ++it) {
                url.replace(u'{' + it.key() + u'}',
                    it.value().toObject().value(u"default"_s).toVariant().toString());
            }
            const qsizetype scheme = url.indexOf(u"://"_s);
            if (scheme >= 0) {
                const qsizetype slash = url.indexOf(u'/', scheme + 3);
                url = slash < 0 ? QString() : url.mid(slash);
            } else if (url.startsWith(u"//"_s)) {
                const qsizetype slash = url.indexOf(u'/', 2);
                url = slash < 0 ? QString() : url.mid(slash);
            }
            path = url.section(u'?', 0, 0).section(u'#', 0, 0);
            for (qsizetype i = 1; i < servers.size(); ++i) {
                report(u"servers[%1]"_s.arg(i),
                    u"not served: the first server's path is the base path"_s);
            }
        }
    }
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.isEmpty() && !path.startsWith(u'/')) {
        path.prepend(u'/');
    }
    return path;
}

void Document::reportRoot()
{
    if (m_root.contains(u"security"_s)) {
        report(u"security"_s, u"not enforced: requests are answered without credentials"_s);
    }
    const QJsonObject schemes = m_v2
        ? m_root.value(u"securityDefinitions"_s).toObject()
        : m_root.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject();
    for (auto it = schemes.begin(); it != schemes.end(); ++it) {
        report((m_v2 ? u"securityDefinitions."_s : u"components.securitySchemes."_s) + it.key(),
            u"security scheme not enforced"_s);
    }
    const QJsonObject webhooks = m_root.value(u"webhooks"_s).toObject();
    for (auto it = webhooks.begin(); it != webhooks.end(); ++it) {
        report(u"webhooks."_s + it.key(), u"webhooks are not sent"_s);
    }
    report(
        u"paths"_s, u"requests are not validated: parameters and request bodies are not checked"_s);
}

HeaderList Document::readHeaders(
    const QJsonObject &headers, const QString &base, const QString &place, const QString &key)
{
    HeaderList out;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString hplace = place + u".headers."_s + it.key();
        if (it.key().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0) {
            report(hplace, u"left out: Content-Type comes from the media type"_s);
            continue;
        }
        if (!Validation::isValidHeaderName(it.key())) {
            report(hplace, u"left out: not a valid header name"_s);
            continue;
        }
        const SchemaSampler::Resolved header = deref(it.value(), base, hplace);
        if (!header) {
            continue;
        }
        const QJsonObject h = header->first.toObject();
        QJsonValue value;
        if (h.contains(u"example"_s)) {
            value = h.value(u"example"_s);
        } else if (!h.value(u"examples"_s).toObject().isEmpty()) {
            const QJsonValue first = h.value(u"examples"_s).toObject().begin().value();
            const SchemaSampler::Resolved ex = deref(first, header->second, hplace);
            value = ex ? ex->first.toObject().value(u"value"_s) : QJsonValue();
        } else {
            const QJsonValue schema = m_v2 ? QJsonValue(h) : h.value(u"schema"_s);
            const std::optional<QJsonValue> v =
                sampleSchema(schema, header->second, hplace, key + u'/' + it.key());
            value = v.value_or(QJsonValue());
        }
        QString text;
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : value.toArray()) {
                parts.append(v.toVariant().toString());
            }
            text = parts.join(u',');
        } else if (value.isObject()) {
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        } else {
            text = value.toVariant().toString();
        }
        if (text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0))) {
            report(hplace, u"left out: its example holds a line break"_s);
            continue;
        }
        out.append({ it.key(), QStringList { text } });
    }
    return out;
}

std::optional<Document::Variant> Document::readResponse(const QString &code,
    const QJsonValue &responseValue, const QJsonObject &op, const QString &base,
    const QString &place, const QString &key)
{
    const SchemaSampler::Resolved resolved = deref(responseValue, base, place);
    if (!resolved) {
        return std::nullopt;
    }
    const QJsonObject response = resolved->first.toObject();
    const QString rbase = resolved->second;
    Variant v;
    v.code = code;
    static const QRegularExpression rangeRe(u"^([1-5])[xX][xX]$"_s);
    if (const QRegularExpressionMatch m = rangeRe.match(code); m.hasMatch()) {
        v.status = m.captured(1).toInt() * 100;
    } else if (code != u"default"_s) {
        bool ok = false;
        v.status = code.toInt(&ok);
        if (!ok || v.status < 100 || v.status > 599) {
            error(place, u"\"%1\" is not a status code"_s.arg(code));
            return std::nullopt;
        }
    }
    const QJsonObject links = response.value(u"links"_s).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        report(place + u".links."_s + it.key(), u"links are not followed"_s);
    }
    v.headers = readHeaders(response.value(u"headers"_s).toObject(), rbase, place, key);
    if (m_v2) {
        QStringList produces;
        for (const QJsonValue &p : op.value(u"produces"_s).toArray().isEmpty()
                ? m_root.value(u"produces"_s).toArray()
                : op.value(u"produces"_s).toArray()) {
            produces.append(p.toString());
        }
        const QJsonObject examples = response.value(u"examples"_s).toObject();
        const bool hasSchema = response.contains(u"schema"_s);
        if (!hasSchema && examples.isEmpty()) {
            return v;
        }
        v.hasBody = true;
        v.media = u"application/json"_s;
        if (!produces.isEmpty() && !produces.contains(v.media)) {
            auto json = std::find_if(produces.begin(), produces.end(), isJsonMedia);
            v.media = json != produces.end() ? *json : produces.first();
        }
        for (auto it = examples.begin(); it != examples.end(); ++it) {
            if (it.key() == v.media) {
                v.examples.append({ QString(), it.value() });
            } else {
                v.alternatives.append({ it.key(), it.value() });
            }
        }
        if (hasSchema) {
            v.generated =
                sampleSchema(response.value(u"schema"_s), rbase, place + u".schema"_s, key);
        }
        QStringList others;
        for (const QString &p : std::as_const(produces)) {
            if (p == v.media || examples.contains(p)) {
                continue;
            }
            if (isJsonMedia(p) && v.generated) {
                v.alternatives.append({ p, *v.generated });
            } else {
                others.append(p);
            }
        }
        if (!others.isEmpty()) {
            report(place,
                u"not served as %1 (no example, and a body is made for JSON only)"_s.arg(
                    others.join(u", "_s)));
        }
        return v;
    }
    const QJsonObject content = response.value(u"content"_s).toObject();
    if (content.isEmpty()) {
        return v;
    }
    v.hasBody = true;
    QString media;
    for (const QString &candidate : content.keys()) {
        if (candidate.section(u';', 0, 0).trimmed() == u"application/json"_s) {
            media = candidate;
        }
    }
    if (media.isEmpty()) {
        for (const QString &candidate : content.keys()) {
            if (media.isEmpty() && isJsonMedia(candidate)) {
                media = candidate;
            }
        }
    }
    if (media.isEmpty()) {
        media = content.begin().key();
    }
    v.media = media == u"*/*"_s ? u"application/json"_s : media;
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (it.key() == media) {
            continue;
        }
        const QString aplace = place + u".content."_s + it.key();
        const QJsonObject alt = it.value().toObject();
        std::optional<QJsonValue> body;
        const QJsonObject altExamples = alt.value(u"examples"_s).toObject();
        for (auto e = altExamples.begin(); e != altExamples.end() && !body; ++e) {
            const SchemaSampler::Resolved ex = deref(e.value(), rbase, aplace);
            if (ex && ex->first.toObject().contains(u"value"_s)) {
                body = ex->first.toObject().value(u"value"_s);
            }
        }
        if (!body && alt.contains(u"example"_s)) {
            body = alt.value(u"example"_s);
        }
        if (!body && alt.contains(u"schema"_s)) {
            const SchemaSampler::Resolved schema = deref(alt.value(u"schema"_s), rbase, aplace);
            const bool text = schema && schema->first.toObject().value(u"type"_s) == u"string"_s;
            if (isJsonMedia(it.key()) || (text && !it.key().contains(u"xml"_s))) {
                body = sampleSchema(
                    alt.value(u"schema"_s), rbase, aplace + u".schema"_s, key + u'/' + it.key());
            }
        }
        if (body) {
            v.alternatives.append(
                { it.key() == u"*/*"_s ? u"application/json"_s : it.key(), *body });
        } else {
            report(aplace, u"not served: no example, and a body is made for JSON and text only"_s);
        }
    }
    const QString mplace = place + u".content."_s + media;
    const QJsonObject mediaObject = content.value(media).toObject();
    const QJsonObject examples = mediaObject.value(u"examples"_s).toObject();
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        const QString eplace = mplace + u".examples."_s + it.key();
        const SchemaSampler::Resolved ex = deref(it.value(), rbase, eplace);
        if (!ex) {
            continue;
        }
        const QJsonObject e = ex->first.toObject();
        if (e.contains(u"value"_s)) {
            v.examples.append({ it.key(), e.value(u"value"_s) });
        } else if (e.contains(u"externalValue"_s)) {
            const QString external = e.value(u"externalValue"_s).toString();
            if (external.contains(u"://"_s)) {
                report(eplace, u"externalValue %1 is remote: not fetched"_s.arg(external));
                continue;
            }
            const QString file =
                QDir::cleanPath(QFileInfo(ex->second).absoluteDir().absoluteFilePath(external));
            if (m_dir.isEmpty() || !file.startsWith(m_dir + u'/')) {
                error(eplace,
                    u"externalValue %1 leads outside the document's folder: refused"_s.arg(
                        external));
                continue;
            }
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                error(eplace, u"cannot read externalValue %1: %2"_s.arg(external, f.errorString()));
                continue;
            }
            const QByteArray bytes = f.readAll();
            if (isJsonMedia(v.media)) {
                QString why;
                const std::optional<QJsonValue> parsed = parseText(bytes, &why);
                if (!parsed) {
                    error(eplace, u"externalValue %1:%2"_s.arg(external, why));
                    continue;
                }
                v.examples.append({ it.key(), *parsed });
            } else {
                v.examples.append({ it.key(), QString::fromUtf8(bytes) });
            }
        } else {
            report(eplace, u"an example without value or externalValue: left out"_s);
        }
    }
    if (mediaObject.contains(u"example"_s)) {
        v.examples.append({ QString(), mediaObject.value(u"example"_s) });
    }
    if (mediaObject.contains(u"schema"_s)) {
        v.generated =
            sampleSchema(mediaObject.value(u"schema"_s), rbase, mplace + u".schema"_s, key);
    }
    if (mediaObject.contains(u"encoding"_s)) {
        report(mplace + u".encoding"_s, u"not used"_s);
    }
    return v;
}

Response makeResponse(int status, const QString &media, const HeaderList &headers,
    const std::optional<QJsonValue> &body)
{
    Response r;
    r.status = status;
    r.templating = TemplateDialect::None;
    r.headers = headers;
    if (!media.isEmpty()) {
        r.headers.prepend({ u"Content-Type"_s, QStringList { media } });
    }
    if (body) {
        if (isJsonMedia(media) || media.isEmpty()) {
            r.bodySource = Response::BodySource::Json;
            r.json = *body;
        } else {
            r.bodySource = Response::BodySource::Text;
            r.body = body->isString()
                ? body->toString()
                : QString::fromUtf8(body->isObject()
                        ? QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact));
        }
    }
    return r;
}

MatchRule preferRule(const QString &pattern)
{
    MatchRule rule;
    rule.target = MatchRule::Target::Header;
    rule.name = u"Prefer"_s;
    rule.op = MatchRule::Operator::Regex;
    rule.value = u"(^|[\\s,;])"_s + pattern + u"($|[\\s,;])"_s;
    return rule;
}

void Document::readOperation(const QString &path, const QString &method, const QJsonObject &op,
    const QJsonArray &pathParameters, const QString &base, const QString &place)
{
    // Parameters: the operation's override the path's by name and place.
    std::map<std::pair<QString, QString>, QJsonObject> parameters;
    const auto addParameters = [&](const QJsonArray &list, const QString &where) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString pplace = u"%1.parameters[%2]"_s.arg(where).arg(i);
            const SchemaSampler::Resolved p = deref(list.at(i), base, pplace);
            if (!p) {
                continue;
            }
            const QJsonObject o = p->first.toObject();
            parameters[{ o.value(u"in"_s).toString(), o.value(u"name"_s).toString() }] = o;
        }
    };
    addParameters(pathParameters, place.section(u'.', 0, -2));
    addParameters(op.value(u"parameters"_s).toArray(), place);

    // The path template: {name} kept, {name:int} for integers.
    static const QRegularExpression paramRe(u"\\{([^}/]+)\\}"_s);
    QString templ;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = paramRe.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        templ += path.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const auto p = parameters.find({ u"path"_s, name });
        QString type;
        if (p != parameters.end()) {
            QJsonObject schema = m_v2 ? p->second : p->second.value(u"schema"_s).toObject();
            if (const SchemaSampler::Resolved s = deref(schema, base, place)) {
                schema = s->first.toObject();
            }
            type = schema.value(u"type"_s).toString();
        }
        templ +=
            type == u"integer"_s ? QString(u'{' + name + u":int}"_s) : QString(u'{' + name + u'}');
        last = m.capturedEnd();
    }
    templ += path.mid(last);
    const QString fullPath = basePath() + (templ.startsWith(u'/') ? templ : u'/' + templ);
    QString why;
    if (!PathTemplate::parse(fullPath, &why)) {
        report(place, u"not served: MockBench cannot match the path %1 (%2)"_s.arg(path, why));
        return;
    }

    Route route;
    route.method = method.toUpper();
    route.path = fullPath;
    QString id = op.value(u"operationId"_s).toString();
    if (id.isEmpty()) {
        QString tail = path;
        tail.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
        while (tail.endsWith(u'-')) {
            tail.chop(1);
        }
        id = method + tail;
    }
    route.id = m_result.routeSet.uniqueId(id);

    const QJsonObject callbacks = op.value(u"callbacks"_s).toObject();
    for (auto it = callbacks.begin(); it != callbacks.end(); ++it) {
        report(place + u".callbacks."_s + it.key(), u"callbacks are not made"_s);
    }
    if (op.contains(u"servers"_s)) {
        report(place + u".servers"_s, u"not used: every route is under the document's base path"_s);
    }
    if (!op.value(u"operationId"_s).toString().isEmpty() && route.id != id) {
        report(place + u".operationId"_s,
            u"\"%1\" is taken by another operation: the route's id is %2"_s.arg(id, route.id));
    }
    if (op.contains(u"security"_s)) {
        report(place + u".security"_s, u"not enforced"_s);
    }

    const QJsonObject responses = op.value(u"responses"_s).toObject();
    QList<Variant> variants;
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        if (it.key().startsWith(u"x-"_s)) {
            continue;
        }
        const QString rplace = place + u".responses."_s + it.key();
        if (std::optional<Variant> v =
                readResponse(it.key(), it.value(), op, base, rplace, route.id + u'/' + it.key())) {
            variants.append(*v);
        }
    }
    if (variants.isEmpty()) {
        report(place + u".responses"_s, u"no responses: answered 200 with no body"_s);
        route.responses.append(makeResponse(200, QString(), {}, std::nullopt));
        route.responses.last().isDefault = true;
        m_result.routeSet.routes.append(route);
        return;
    }
    // `default`: 200 when nothing else says success, else 500.
    bool any2xx = false;
    for (const Variant &v : std::as_const(variants)) {
        any2xx = any2xx || (v.code != u"default"_s && v.status >= 200 && v.status < 300);
    }
    QSet<int> declared;
    for (Variant &v : variants) {
        if (v.code == u"default"_s) {
            v.status = any2xx ? 500 : 200;
        }
    }
    // Order: explicit codes by number (ranges after exact ones), default last.
    std::stable_sort(variants.begin(), variants.end(), [](const Variant &a, const Variant &b) {
        const bool ad = a.code == u"default"_s;
        const bool bd = b.code == u"default"_s;
        if (ad != bd) {
            return bd;
        }
        return a.status < b.status;
    });
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < variants.size() && chosen < 0; ++i) {
        if (variants[i].code != u"default"_s && variants[i].status >= 200
            && variants[i].status < 300) {
            chosen = i;
        }
    }
    for (qsizetype i = 0; i < variants.size() && chosen < 0; ++i) {
        if (variants[i].code == u"default"_s) {
            chosen = i;
        }
    }
    if (chosen < 0) {
        chosen = 0;
    }
    const auto bodyOf = [](const Variant &v, qsizetype example) -> std::optional<QJsonValue> {
        if (!v.hasBody) {
            return std::nullopt;
        }
        if (example >= 0) {
            return v.examples.at(example).value;
        }
        if (!v.examples.isEmpty()) {
            return v.examples.first().value;
        }
        return v.generated;
    };
    const auto codeRule = [](const Variant &v) {
        return preferRule(u"code=\"?%1\"?"_s.arg(v.status));
    };
    QSet<int> codesTaken;
    // 1. code and example.
    for (const Variant &v : std::as_const(variants)) {
        for (qsizetype e = 0; e < v.examples.size(); ++e) {
            if (v.examples.at(e).name.isEmpty()) {
                continue;
            }
            Response r = makeResponse(v.status, v.media, v.headers, bodyOf(v, e));
            MatchConditions when;
            when.rules.append(codeRule(v));
            when.rules.append(preferRule(
                u"example=\"?%1\"?"_s.arg(QRegularExpression::escape(v.examples.at(e).name))));
            r.when = when;
            route.responses.append(r);
        }
    }
    // 2. an example by name: the default response's first, then the others in order.
    QSet<QString> names;
    QList<qsizetype> order { chosen };
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (i != chosen) {
            order.append(i);
        }
    }
    for (const qsizetype i : std::as_const(order)) {
        const Variant &v = variants.at(i);
        for (qsizetype e = 0; e < v.examples.size(); ++e) {
            const QString &name = v.examples.at(e).name;
            if (name.isEmpty() || names.contains(name)) {
                continue;
            }
            names.insert(name);
            Response r = makeResponse(v.status, v.media, v.headers, bodyOf(v, e));
            MatchConditions when;
            when.rules.append(
                preferRule(u"example=\"?%1\"?"_s.arg(QRegularExpression::escape(name))));
            r.when = when;
            route.responses.append(r);
        }
    }
    // 3. a code and a media type the Accept header names.
    const auto acceptRule = [](const QString &media) {
        MatchRule rule;
        rule.target = MatchRule::Target::Header;
        rule.name = u"Accept"_s;
        rule.op = MatchRule::Operator::RegexI;
        rule.value = u"(^|[\\s,])"_s + QRegularExpression::escape(media) + u"($|[\\s,;])"_s;
        return rule;
    };
    for (const Variant &v : std::as_const(variants)) {
        for (const auto &[media, body] : v.alternatives) {
            Response r = makeResponse(v.status, media, v.headers, body);
            MatchConditions when;
            when.rules.append(codeRule(v));
            when.rules.append(acceptRule(media));
            r.when = when;
            route.responses.append(r);
        }
    }
    // 4. a code; 5. the default's other media types; 6. the default.
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const Variant &v = variants.at(i);
        if (codesTaken.contains(v.status)) {
            continue;
        }
        codesTaken.insert(v.status);
        Response r = makeResponse(v.status, v.media, v.headers, bodyOf(v, -1));
        MatchConditions when;
        when.rules.append(codeRule(v));
        r.when = when;
        route.responses.append(r);
    }
    for (const auto &[media, body] : variants.at(chosen).alternatives) {
        Response r =
            makeResponse(variants.at(chosen).status, media, variants.at(chosen).headers, body);
        MatchConditions when;
        when.rules.append(acceptRule(media));
        r.when = when;
        route.responses.append(r);
    }
    Response fallback = makeResponse(variants.at(chosen).status, variants.at(chosen).media,
        variants.at(chosen).headers, bodyOf(variants.at(chosen), -1));
    fallback.isDefault = true;
    route.responses.append(fallback);
    m_result.routeSet.routes.append(route);
}

LoadResult Document::run(const QByteArray &content)
{
    QString parseError;
    const std::optional<QJsonValue> rootValue = parseText(content, &parseError);
    const QString name = m_rootPath.isEmpty() ? QString() : QFileInfo(m_rootPath).fileName();
    if (!rootValue) {
        error(QString(), (name.isEmpty() ? QString() : name + u':') + parseError);
        return m_result;
    }
    if (!rootValue->isObject()) {
        error(QString(), u"an OpenAPI document is an object"_s);
        return m_result;
    }
    m_root = rootValue->toObject();
    m_files.insert(m_rootPath, m_root);
    const QString openapi = m_root.value(u"openapi"_s).toVariant().toString();
    const QString swagger = m_root.value(u"swagger"_s).toVariant().toString();
    if (!swagger.isEmpty()) {
        if (swagger != u"2.0"_s) {
            error(u"swagger"_s, u"version %1 is not read: Swagger 2.0 is"_s.arg(swagger));
            return m_result;
        }
        m_v2 = true;
    } else if (openapi.startsWith(u"3.0"_s) || openapi.startsWith(u"3.1"_s)) {
        m_v31 = openapi.startsWith(u"3.1"_s);
    } else {
        error(u"openapi"_s,
            u"version %1 is not read: OpenAPI 3.0 and 3.1 (and Swagger 2.0) are"_s.arg(openapi));
        return m_result;
    }
    if (m_root.value(u"x-mockbench-seed"_s).isDouble()) {
        m_seed = quint64(m_root.value(u"x-mockbench-seed"_s).toInteger());
    }
    m_result.routeSet.chaos.seed = m_seed;
    m_result.routeSet.name = m_root.value(u"info"_s).toObject().value(u"title"_s).toString();
    m_result.routeSet.defaultContentType = false;
    m_sampler = std::make_unique<SchemaSampler>(
        [this](const QString &ref, const QString &base) { return resolve(ref, base, m_place); },
        [this](const QJsonValue &value, const QJsonValue &schema, const QString &base) {
            return check(value, schema, base);
        });
    reportRoot();
    const QJsonValue pathsValue = m_root.value(u"paths"_s);
    if (!pathsValue.isObject()) {
        if (!pathsValue.isUndefined()) {
            error(u"paths"_s, u"expected an object"_s);
        } else if (!m_root.contains(u"webhooks"_s)) {
            report(u"paths"_s, u"the document has no paths: no routes"_s);
        }
        return m_result;
    }
    const QJsonObject paths = pathsValue.toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (it.key().startsWith(u"x-"_s)) {
            continue;
        }
        const QString place = u"paths."_s + it.key();
        const SchemaSampler::Resolved item = deref(it.value(), m_rootPath, place);
        if (!item) {
            continue;
        }
        const QJsonObject pathItem = item->first.toObject();
        const QJsonArray pathParameters = pathItem.value(u"parameters"_s).toArray();
        if (pathItem.contains(u"servers"_s)) {
            report(place + u".servers"_s,
                u"not used: every route is under the document's base path"_s);
        }
        for (const QString &method : methods) {
            if (pathItem.value(method).isObject()) {
                readOperation(it.key(), method, pathItem.value(method).toObject(), pathParameters,
                    item->second, place + u'.' + method);
            }
        }
        for (auto k = pathItem.begin(); k != pathItem.end(); ++k) {
            static const QStringList known { u"parameters"_s, u"summary"_s, u"description"_s,
                u"$ref"_s, u"servers"_s };
            if (!methods.contains(k.key()) && !known.contains(k.key())
                && !k.key().startsWith(u"x-"_s)) {
                report(place + u'.' + k.key(), u"not served"_s);
            }
        }
    }
    // Literal segments before parameters, so that /pets/mine wins over /pets/{id}.
    std::stable_sort(m_result.routeSet.routes.begin(), m_result.routeSet.routes.end(),
        [](const Route &a, const Route &b) {
            const auto key = [](const Route &r) {
                QString k = r.path;
                k.replace(QRegularExpression(u"\\{[^}]*\\}"_s), QString(QChar(0xffff)));
                return k;
            };
            return key(a) < key(b);
        });
    return m_result;
}

} // namespace

bool OpenApiReader::detect(const QJsonObject &root)
{
    return root.value(u"openapi"_s).isString() || root.value(u"swagger"_s) == u"2.0"_s
        || root.value(u"swagger"_s).isString();
}

bool OpenApiReader::detectText(const QByteArray &content)
{
    static const QRegularExpression key(
        u"^[ \\t{]*[\"']?(openapi|swagger)[\"']?[ \\t]*:"_s, QRegularExpression::MultilineOption);
    const QString head = QString::fromUtf8(content.left(65536));
    QRegularExpressionMatchIterator it = key.globalMatch(head);
    return it.hasNext();
}

LoadResult OpenApiReader::read(const QByteArray &content, const QString &path)
{
    Document document(path);
    return document.run(content);
}

} // namespace MockBench::Import
