// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaSampler.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

constexpr int MaxRecursion = 2; ///< a ref expanded inside itself this often: optional parts stop
constexpr int HardRecursion = 6; ///< ...and this often: nothing can be made
constexpr int MaxValues = 20000;
constexpr int MaxDepth = 64;

const QStringList firstNames { u"Alice"_s, u"Bruno"_s, u"Chloé"_s, u"Daniel"_s, u"Emma"_s,
    u"Farid"_s, u"Grace"_s, u"Hugo"_s, u"Ines"_s, u"Jonas"_s, u"Keiko"_s, u"Liam"_s, u"Maya"_s,
    u"Noah"_s, u"Olivia"_s, u"Pablo"_s };
const QStringList lastNames { u"Martin"_s, u"Schmidt"_s, u"Rossi"_s, u"Garcia"_s, u"Nowak"_s,
    u"Dubois"_s, u"Jensen"_s, u"Silva"_s, u"Tanaka"_s, u"Okafor"_s, u"Brown"_s, u"Kowalski"_s };
const QStringList cities { u"Lisbon"_s, u"Berlin"_s, u"Lyon"_s, u"Osaka"_s, u"Toronto"_s,
    u"Nairobi"_s, u"Porto"_s, u"Krakow"_s, u"Melbourne"_s, u"Austin"_s };
const QStringList countries { u"Portugal"_s, u"Germany"_s, u"France"_s, u"Japan"_s, u"Canada"_s,
    u"Kenya"_s, u"Poland"_s, u"Australia"_s };
const QStringList streets { u"Maple Street"_s, u"Rua Augusta"_s, u"Hauptstraße"_s,
    u"Rue de la Paix"_s, u"Elm Avenue"_s, u"Queen Street"_s };
const QStringList companies { u"Acme Corp"_s, u"Globex"_s, u"Initech"_s, u"Umbrella Labs"_s,
    u"Stark Industries"_s, u"Wayne Enterprises"_s };
const QStringList words { u"alpha"_s, u"river"_s, u"copper"_s, u"meadow"_s, u"signal"_s,
    u"harbor"_s, u"lantern"_s, u"orbit"_s, u"pepper"_s, u"summit"_s, u"velvet"_s, u"willow"_s };
const QStringList sentences { u"A quiet place by the river."_s,
    u"Delivered on time and in good order."_s, u"The quick brown fox jumps over the lazy dog."_s,
    u"Everything works as described."_s };

QString normalisedName(const QString &name)
{
    QString n = name.toLower();
    n.remove(u'_');
    n.remove(u'-');
    return n;
}

bool endsWithAny(const QString &n, std::initializer_list<const char16_t *> tails)
{
    for (const char16_t *tail : tails) {
        if (n.endsWith(QStringView(tail))) {
            return true;
        }
    }
    return false;
}

/// The type a schema without "type" has by its keywords.
QString inferredType(const QJsonObject &s)
{
    const QJsonValue t = s.value(u"type"_s);
    if (t.isString()) {
        return t.toString();
    }
    if (t.isArray()) {
        for (const QJsonValue &v : t.toArray()) {
            if (v.toString() != u"null"_s) {
                return v.toString();
            }
        }
        return u"null"_s;
    }
    if (s.contains(u"properties"_s) || s.contains(u"required"_s)
        || s.contains(u"additionalProperties"_s) || s.contains(u"minProperties"_s)) {
        return u"object"_s;
    }
    if (s.contains(u"items"_s) || s.contains(u"prefixItems"_s) || s.contains(u"minItems"_s)) {
        return u"array"_s;
    }
    if (s.contains(u"minimum"_s) || s.contains(u"maximum"_s) || s.contains(u"multipleOf"_s)) {
        return u"number"_s;
    }
    return u"string"_s;
}

/// Intersects two schemas' keywords (allOf members), the tighter bound winning.
void mergeInto(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QString &k = it.key();
        if (!into.contains(k)) {
            into.insert(k, it.value());
            continue;
        }
        if (k == u"properties"_s) {
            QJsonObject props = into.value(k).toObject();
            const QJsonObject more = it.value().toObject();
            for (auto p = more.begin(); p != more.end(); ++p) {
                if (props.contains(p.key()) && props.value(p.key()) != p.value()) {
                    props.insert(p.key(),
                        QJsonObject {
                            { u"allOf"_s, QJsonArray { props.value(p.key()), p.value() } } });
                } else {
                    props.insert(p.key(), p.value());
                }
            }
            into.insert(k, props);
        } else if (k == u"required"_s) {
            QJsonArray req = into.value(k).toArray();
            for (const QJsonValue &v : it.value().toArray()) {
                if (!req.contains(v)) {
                    req.append(v);
                }
            }
            into.insert(k, req);
        } else if (k == u"minimum"_s || k == u"minLength"_s || k == u"minItems"_s
            || k == u"minProperties"_s) {
            into.insert(k, std::max(into.value(k).toDouble(), it.value().toDouble()));
        } else if (k == u"maximum"_s || k == u"maxLength"_s || k == u"maxItems"_s
            || k == u"maxProperties"_s) {
            into.insert(k, std::min(into.value(k).toDouble(), it.value().toDouble()));
        } else if (k == u"allOf"_s || k == u"oneOf"_s || k == u"anyOf"_s) {
            QJsonArray all = into.value(k).toArray();
            for (const QJsonValue &v : it.value().toArray()) {
                all.append(v);
            }
            into.insert(k, all);
        }
    }
}

} // namespace

SchemaSampler::SchemaSampler(Resolver resolver, Checker checker)
    : m_resolver(std::move(resolver))
    , m_checker(std::move(checker))
{
}

int SchemaSampler::pick(int lo, int hi)
{
    if (hi <= lo) {
        return lo;
    }
    return lo + int(m_random() % quint64(hi - lo + 1));
}

QString SchemaSampler::word(const QStringList &list)
{
    return list.at(pick(0, int(list.size()) - 1));
}

std::optional<QJsonValue> SchemaSampler::sample(const QJsonValue &schema, const QString &base,
    quint64 seed, const QString &key, Direction direction)
{
    // FNV-1a over the key's UTF-8: the same in every process (qHash is seeded per process).
    quint64 hash = 14695981039346656037ULL;
    for (const char c : key.toUtf8()) {
        hash = (hash ^ quint8(c)) * 1099511628211ULL;
    }
    m_random.seed(seed ^ hash);
    m_active.clear();
    m_values = 0;
    m_direction = direction;
    return generate(schema, Context { base, QString(), QString() }, 0, false);
}

QJsonObject SchemaSampler::flatten(const QJsonObject &schema, const QString &base, int depth)
{
    QJsonObject out = schema;
    const QJsonArray all = out.take(u"allOf"_s).toArray();
    for (const QJsonValue &memberValue : all) {
        QJsonObject member = memberValue.toObject();
        QString memberBase = base;
        int hops = 0;
        while (member.contains(u"$ref"_s) && hops++ < 16) {
            const QString ref = member.value(u"$ref"_s).toString();
            const Resolved target = m_resolver(ref, memberBase);
            if (!target) {
                break;
            }
            QJsonObject rest = member;
            rest.remove(u"$ref"_s);
            member = target->first.toObject();
            memberBase = target->second;
            mergeInto(member, rest);
        }
        if (memberBase != base || member.contains(u"$ref"_s)) {
            // Its refs resolve elsewhere: kept as a member of its own, checked as it is.
            QJsonArray rest = out.value(u"allOf"_s).toArray();
            rest.append(memberValue);
            out.insert(u"allOf"_s, rest);
            continue;
        }
        if (depth < 16) {
            member = flatten(member, base, depth + 1);
        }
        mergeInto(out, member);
    }
    return out;
}

std::optional<QJsonValue> SchemaSampler::generate(
    const QJsonValue &schemaValue, const Context &context, int depth, bool optional)
{
    if (++m_values > MaxValues && optional) {
        return std::nullopt;
    }
    if (depth > MaxDepth) {
        return std::nullopt;
    }
    if (schemaValue.isBool()) {
        return schemaValue.toBool() ? std::optional<QJsonValue>(
                   QJsonValue(context.name.isEmpty() ? u"value"_s : context.name))
                                    : std::nullopt;
    }
    QJsonObject schema = schemaValue.toObject();
    if (schema.contains(u"$ref"_s)) {
        const QString ref = schema.value(u"$ref"_s).toString();
        const Resolved target = m_resolver(ref, context.base);
        if (!target) {
            return std::nullopt;
        }
        const QString key = target->second + u'#' + ref.section(u'#', 1);
        const int active = m_active.value(key);
        if ((active >= MaxRecursion && optional) || active >= HardRecursion) {
            return std::nullopt;
        }
        Context inner { target->second, context.name, ref.section(u'/', -1) };
        QJsonObject rest = schema;
        rest.remove(u"$ref"_s);
        static const QStringList annotations { u"description"_s, u"summary"_s, u"title"_s,
            u"$comment"_s };
        for (const QString &a : annotations) {
            rest.remove(a);
        }
        m_active.insert(key, active + 1);
        std::optional<QJsonValue> value;
        if (rest.isEmpty() || target->second != context.base) {
            value = generate(target->first, inner, depth + 1, optional);
        } else {
            QJsonObject combined = target->first.toObject();
            mergeInto(combined, rest);
            value = generate(combined, inner, depth + 1, optional);
        }
        if (active == 0) {
            m_active.remove(key);
        } else {
            m_active.insert(key, active);
        }
        return value;
    }
    if (schema.contains(u"allOf"_s)) {
        schema = flatten(schema, context.base, 0);
        if (schema.contains(u"allOf"_s)) {
            // Members from other files: each made on its own, objects merged.
            QJsonObject own = schema;
            const QJsonArray members = own.take(u"allOf"_s).toArray();
            std::optional<QJsonValue> value = generate(own, context, depth + 1, optional);
            for (const QJsonValue &member : members) {
                const std::optional<QJsonValue> part =
                    generate(member, context, depth + 1, optional);
                if (!part) {
                    return std::nullopt;
                }
                if (value && value->isObject() && part->isObject()) {
                    QJsonObject merged = value->toObject();
                    const QJsonObject p = part->toObject();
                    for (auto it = p.begin(); it != p.end(); ++it) {
                        merged.insert(it.key(), it.value());
                    }
                    value = merged;
                } else if (!own.contains(u"type"_s)) {
                    value = part;
                }
            }
            return value;
        }
    }
    if (schema.contains(u"const"_s)) {
        return schema.value(u"const"_s);
    }
    const QJsonArray enumValues = schema.value(u"enum"_s).toArray();
    if (!enumValues.isEmpty()) {
        for (const QJsonValue &v : enumValues) {
            if (!v.isNull()) {
                return v;
            }
        }
        return enumValues.first();
    }
    if (schema.contains(u"example"_s)) {
        return schema.value(u"example"_s);
    }
    if (schema.value(u"examples"_s).isArray() && !schema.value(u"examples"_s).toArray().isEmpty()) {
        return schema.value(u"examples"_s).toArray().first();
    }
    for (const QString &keyword : { u"oneOf"_s, u"anyOf"_s }) {
        const QJsonArray options = schema.value(keyword).toArray();
        if (options.isEmpty()) {
            continue;
        }
        QJsonObject rest = schema;
        rest.remove(keyword);
        const QJsonObject discriminator = schema.value(u"discriminator"_s).toObject();
        rest.remove(u"discriminator"_s);
        for (const QJsonValue &option : options) {
            QJsonObject combined = option.toObject();
            if (!rest.isEmpty()) {
                combined = QJsonObject { { u"allOf"_s, QJsonArray { rest, option } } };
            }
            std::optional<QJsonValue> value = generate(combined, context, depth + 1, optional);
            if (!value) {
                continue;
            }
            const QString property = discriminator.value(u"propertyName"_s).toString();
            const QString ref = option.toObject().value(u"$ref"_s).toString();
            if (!property.isEmpty() && value->isObject() && !ref.isEmpty()) {
                QString name = ref.section(u'/', -1);
                const QJsonObject mapping = discriminator.value(u"mapping"_s).toObject();
                for (auto it = mapping.begin(); it != mapping.end(); ++it) {
                    if (it.value().toString() == ref) {
                        name = it.key();
                    }
                }
                QJsonObject o = value->toObject();
                o.insert(property, name);
                value = o;
            }
            if (!m_checker || m_checker(*value, schemaValue, context.base)) {
                return value;
            }
        }
        return std::nullopt;
    }
    const QString type = inferredType(schema);
    if (type == u"object"_s) {
        std::optional<QJsonValue> value = generateObject(schema, context, depth);
        const QJsonObject discriminator = schema.value(u"discriminator"_s).toObject();
        const QString property = discriminator.value(u"propertyName"_s).toString();
        if (value && !property.isEmpty() && !context.refName.isEmpty()) {
            QJsonObject o = value->toObject();
            QString name = context.refName;
            const QJsonObject mapping = discriminator.value(u"mapping"_s).toObject();
            for (auto it = mapping.begin(); it != mapping.end(); ++it) {
                if (it.value().toString().section(u'/', -1) == context.refName) {
                    name = it.key();
                }
            }
            const QJsonObject propSchema =
                schema.value(u"properties"_s).toObject().value(property).toObject();
            if (!propSchema.contains(u"enum"_s) && !propSchema.contains(u"const"_s)) {
                o.insert(property, name);
            }
            value = o;
        }
        return value;
    }
    if (type == u"array"_s) {
        return generateArray(schema, context, depth);
    }
    if (type == u"integer"_s) {
        return generateNumber(schema, context.name, true);
    }
    if (type == u"number"_s) {
        return generateNumber(schema, context.name, false);
    }
    if (type == u"boolean"_s) {
        return QJsonValue(pick(0, 1) == 1);
    }
    if (type == u"null"_s) {
        return QJsonValue(QJsonValue::Null);
    }
    if (type == u"file"_s) {
        return QJsonValue(word(words));
    }
    return generateString(schema, context.name);
}

std::optional<QJsonValue> SchemaSampler::generateObject(
    const QJsonObject &schema, const Context &context, int depth)
{
    QJsonObject out;
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    QStringList required;
    for (const QJsonValue &v : schema.value(u"required"_s).toArray()) {
        required.append(v.toString());
    }
    const bool tight = m_values > MaxValues / 2;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const bool isRequired = required.contains(it.key());
        QJsonObject p = it.value().toObject();
        const bool skip = m_direction == Direction::Response ? p.value(u"writeOnly"_s).toBool()
                                                             : p.value(u"readOnly"_s).toBool();
        if (!isRequired && (skip || tight)) {
            continue;
        }
        Context inner { context.base, it.key(), QString() };
        const std::optional<QJsonValue> value = generate(it.value(), inner, depth + 1, !isRequired);
        if (value) {
            out.insert(it.key(), *value);
        } else if (isRequired) {
            return std::nullopt;
        }
    }
    for (const QString &name : std::as_const(required)) {
        if (!out.contains(name) && !properties.contains(name)) {
            const QJsonValue extra = schema.value(u"additionalProperties"_s);
            if (extra.isObject()) {
                const std::optional<QJsonValue> value =
                    generate(extra, Context { context.base, name, QString() }, depth + 1, false);
                if (!value) {
                    return std::nullopt;
                }
                out.insert(name, *value);
            } else {
                out.insert(name, word(words));
            }
        }
    }
    const QJsonValue additional = schema.value(u"additionalProperties"_s);
    const int minProperties = schema.value(u"minProperties"_s).toInt();
    int wanted = std::max(minProperties, (properties.isEmpty() && additional.isObject()) ? 1 : 0);
    int serial = 1;
    while (out.size() < wanted && additional != QJsonValue(false) && serial < 1000) {
        const QString name = u"%1%2"_s.arg(word(words)).arg(serial++);
        if (out.contains(name)) {
            continue;
        }
        const std::optional<QJsonValue> value = additional.isObject()
            ? generate(additional, Context { context.base, name, QString() }, depth + 1, true)
            : std::optional<QJsonValue>(QJsonValue(word(words)));
        if (!value) {
            break;
        }
        out.insert(name, *value);
    }
    return QJsonValue(out);
}

std::optional<QJsonValue> SchemaSampler::generateArray(
    const QJsonObject &schema, const Context &context, int depth)
{
    const int minItems = schema.value(u"minItems"_s).toInt();
    const int maxItems = schema.contains(u"maxItems"_s) ? schema.value(u"maxItems"_s).toInt()
                                                        : std::max(minItems, 2);
    bool recursing = false;
    for (const int n : std::as_const(m_active)) {
        recursing = recursing || n > 1;
    }
    const bool tight = m_values > MaxValues / 2 || recursing;
    const int count = std::min(maxItems, std::max(minItems, tight ? 1 : 2));
    const bool unique = schema.value(u"uniqueItems"_s).toBool();
    const QJsonArray prefix = schema.value(u"prefixItems"_s).toArray();
    const QJsonValue items = schema.value(u"items"_s);
    QJsonArray out;
    QString itemName = context.name;
    if (itemName.endsWith(u's')) {
        itemName.chop(1);
    }
    int attempts = 0;
    while (out.size() < count && attempts++ < count * 8 + 8) {
        const qsizetype index = out.size();
        QJsonValue itemSchema = index < prefix.size() ? prefix.at(index)
            : items.isArray()     ? items.toArray().at(std::min(index, items.toArray().size() - 1))
            : items.isUndefined() ? QJsonValue(QJsonObject())
                                  : items;
        const std::optional<QJsonValue> value = generate(itemSchema,
            Context { context.base, itemName, QString() }, depth + 1, out.size() >= minItems);
        if (!value) {
            break;
        }
        if (unique && out.contains(*value)) {
            continue;
        }
        out.append(*value);
    }
    if (out.size() < minItems) {
        return std::nullopt;
    }
    return QJsonValue(out);
}

QJsonValue SchemaSampler::generateNumber(const QJsonObject &s, const QString &name, bool integer)
{
    const QString n = normalisedName(name);
    const QString format = s.value(u"format"_s).toString();
    double lo = 1;
    double hi = 100;
    if (n == u"id"_s || n.endsWith(u"id"_s)) {
        hi = 1000;
    } else if (n.contains(u"age"_s)) {
        lo = 18;
        hi = 80;
    } else if (endsWithAny(n, { u"price", u"amount", u"cost", u"total", u"balance" })) {
        hi = 500;
    } else if (n.contains(u"year"_s)) {
        lo = 1990;
        hi = 2026;
    } else if (n.startsWith(u"lat"_s)) {
        lo = -90;
        hi = 90;
    } else if (n.startsWith(u"lon"_s) || n.startsWith(u"lng"_s)) {
        lo = -180;
        hi = 180;
    } else if (n.contains(u"rating"_s)) {
        hi = 5;
    } else if (n == u"code"_s) {
        lo = 400;
        hi = 599;
    }
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    bool exclusiveMin = false;
    bool exclusiveMax = false;
    if (s.value(u"minimum"_s).isDouble()) {
        minimum = s.value(u"minimum"_s).toDouble();
        exclusiveMin = s.value(u"exclusiveMinimum"_s).toBool();
    }
    if (s.value(u"maximum"_s).isDouble()) {
        maximum = s.value(u"maximum"_s).toDouble();
        exclusiveMax = s.value(u"exclusiveMaximum"_s).toBool();
    }
    if (s.value(u"exclusiveMinimum"_s).isDouble()
        && s.value(u"exclusiveMinimum"_s).toDouble() >= minimum) {
        minimum = s.value(u"exclusiveMinimum"_s).toDouble();
        exclusiveMin = true;
    }
    if (s.value(u"exclusiveMaximum"_s).isDouble()
        && s.value(u"exclusiveMaximum"_s).toDouble() <= maximum) {
        maximum = s.value(u"exclusiveMaximum"_s).toDouble();
        exclusiveMax = true;
    }
    if (format == u"int32"_s) {
        minimum = std::max(minimum, -2147483648.0);
        maximum = std::min(maximum, 2147483647.0);
    }
    // The realistic window, moved inside the bounds.
    const double step = integer ? 1 : 0.01;
    const double low = exclusiveMin ? minimum + step : minimum;
    const double high = exclusiveMax ? maximum - step : maximum;
    if (lo < low || lo > high) {
        lo = std::isfinite(low) ? low : std::min(lo, high - (hi - lo));
    }
    if (hi > high || hi < lo) {
        hi = std::isfinite(high) ? high : lo + 100;
    }
    if (hi < lo) {
        hi = lo;
    }
    double value = integer || hi - lo < 1
        ? lo + double(m_random() % quint64(std::max(1.0, std::floor(hi - lo) + 1)))
        : lo + double(m_random() % quint64(std::floor((hi - lo) * 100) + 1)) / 100.0;
    if (integer) {
        value = std::ceil(value);
    }
    const double multipleOf = s.value(u"multipleOf"_s).toDouble();
    if (multipleOf > 0) {
        double k = std::ceil(value / multipleOf);
        value = k * multipleOf;
        if (value > high) {
            value = std::floor(high / multipleOf) * multipleOf;
        }
        if (value < low) {
            value = std::ceil(low / multipleOf) * multipleOf;
        }
    }
    value = std::min(std::max(value, low), high);
    if (integer) {
        return QJsonValue(qint64(std::llround(value)));
    }
    return QJsonValue(std::round(value * 100) / 100);
}

QJsonValue SchemaSampler::generateString(const QJsonObject &s, const QString &name)
{
    const QString n = normalisedName(name);
    const QString format = s.value(u"format"_s).toString();
    const int year = 2020 + pick(0, 6);
    const QString date = u"%1-%2-%3"_s.arg(year)
                             .arg(pick(1, 12), 2, 10, QChar(u'0'))
                             .arg(pick(1, 28), 2, 10, QChar(u'0'));
    const QString time = u"%1:%2:%3"_s.arg(pick(0, 23), 2, 10, QChar(u'0'))
                             .arg(pick(0, 59), 2, 10, QChar(u'0'))
                             .arg(pick(0, 59), 2, 10, QChar(u'0'));
    const QString first = word(firstNames);
    const QString last = word(lastNames);
    const auto ascii = [](QString t) {
        t.replace(u"é"_s, u"e"_s);
        t.replace(u"ß"_s, u"ss"_s);
        return t.toLower();
    };
    QString text;
    bool shaped = true; // format values keep their shape: no padding
    if (s.contains(u"pattern"_s)) {
        if (const std::optional<QString> p = fromPattern(s.value(u"pattern"_s).toString())) {
            return QJsonValue(*p);
        }
    }
    if (format == u"date-time"_s) {
        text = date + u'T' + time + u'Z';
    } else if (format == u"date"_s) {
        text = date;
    } else if (format == u"time"_s) {
        text = time + u'Z';
    } else if (format == u"uuid"_s || n == u"uuid"_s || n == u"guid"_s) {
        QString hex;
        for (int i = 0; i < 32; ++i) {
            hex.append(QChar(u"0123456789abcdef"[pick(0, 15)]));
        }
        hex[12] = u'4';
        hex[16] = QChar(u"89ab"[pick(0, 3)]);
        text = hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
            + u'-' + hex.mid(20);
    } else if (format == u"email"_s || format == u"idn-email"_s || n.contains(u"email"_s)) {
        text = ascii(first) + u'.' + ascii(last) + u"@example.com"_s;
    } else if (format.startsWith(u"uri"_s) || format.startsWith(u"iri"_s) || format == u"url"_s
        || endsWithAny(n, { u"url", u"uri", u"href", u"link", u"website", u"homepage" })) {
        text = u"https://example.com/"_s + word(words);
    } else if (format == u"hostname"_s || format == u"idn-hostname"_s) {
        text = word(words) + u".example.com"_s;
    } else if (format == u"ipv4"_s) {
        text = u"192.0.2.%1"_s.arg(pick(1, 254));
    } else if (format == u"ipv6"_s) {
        text = u"2001:db8::%1"_s.arg(pick(1, 0xfff), 0, 16);
    } else if (format == u"byte"_s) {
        text = QString::fromLatin1(word(words).toUtf8().toBase64());
    } else if (format == u"duration"_s) {
        text = u"P%1D"_s.arg(pick(1, 30));
    } else if (format == u"password"_s) {
        text = u"s3cret-"_s + word(words);
    } else {
        shaped = false;
        if (n.contains(u"firstname"_s) || n == u"givenname"_s) {
            text = first;
        } else if (n.contains(u"lastname"_s) || n == u"surname"_s || n == u"familyname"_s) {
            text = last;
        } else if (n == u"username"_s || n == u"login"_s || n == u"nickname"_s) {
            text = ascii(first) + QString::number(pick(1, 99));
        } else if (n == u"fullname"_s || n == u"displayname"_s || n == u"author"_s
            || n == u"owner"_s) {
            text = first + u' ' + last;
        } else if (n == u"name"_s) {
            text = first;
        } else if (n.contains(u"city"_s) || n == u"town"_s) {
            text = word(cities);
        } else if (n.contains(u"country"_s)) {
            text = word(countries);
        } else if (n.contains(u"street"_s) || n.contains(u"address"_s)) {
            text = u"%1 %2"_s.arg(pick(1, 200)).arg(word(streets));
        } else if (n.contains(u"zip"_s) || n.contains(u"postcode"_s) || n.contains(u"postal"_s)) {
            text = u"%1"_s.arg(pick(10000, 99999));
        } else if (n.contains(u"phone"_s) || n.contains(u"mobile"_s)) {
            text = u"+1-555-%1"_s.arg(pick(1000, 9999));
        } else if (n.contains(u"company"_s) || n.contains(u"organi"_s)) {
            text = word(companies);
        } else if (endsWithAny(n,
                       { u"description", u"summary", u"message", u"comment", u"bio", u"text",
                           u"detail", u"details" })) {
            text = word(sentences);
        } else if (n.contains(u"date"_s) || endsWithAny(n, { u"at", u"time", u"timestamp" })) {
            text = date + u'T' + time + u'Z';
        } else if (n == u"id"_s || n.endsWith(u"id"_s)) {
            text = QString::number(pick(1, 9999));
        } else if (n.contains(u"currency"_s)) {
            text = u"EUR"_s;
        } else if (n.contains(u"color"_s) || n.contains(u"colour"_s)) {
            text = u"#%1"_s.arg(pick(0, 0xffffff), 6, 16, QChar(u'0'));
        } else {
            text = word(words);
        }
    }
    const int minLength = s.value(u"minLength"_s).toInt();
    const int maxLength = s.contains(u"maxLength"_s) ? s.value(u"maxLength"_s).toInt() : -1;
    if (!shaped || text.size() < minLength) {
        while (text.size() < minLength) {
            text.append(word(words).left(minLength - text.size()));
        }
    }
    if (maxLength >= 0 && text.size() > maxLength) {
        text.truncate(maxLength);
    }
    return QJsonValue(text);
}

std::optional<QString> SchemaSampler::fromPattern(const QString &pattern)
{
    // A recursive walk over the pattern: sequences of atoms with quantifiers, | between them.
    qsizetype pos = 0;
    bool ok = true;
    const auto classChars = [&](const QString &set, bool negate) {
        QString chars;
        for (char16_t c = 0x20; c < 0x7f; ++c) {
            const bool in = set.contains(QChar(c));
            if (in != negate) {
                chars.append(QChar(c));
            }
        }
        return chars;
    };
    const auto escapeSet = [&](QChar e) -> QString {
        switch (e.unicode()) {
        case 'd':
            return u"0123456789"_s;
        case 'w':
            return u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"_s;
        case 's':
            return u" "_s;
        case 'D':
            return u"abcxyz"_s;
        case 'W':
        case 'S':
            return u"-+."_s;
        case 'n':
            return u"\n"_s;
        case 't':
            return u"\t"_s;
        default:
            return QString(e);
        }
    };
    std::function<QString(int)> alternatives;
    std::function<QString(int)> sequence = [&](int depth) -> QString {
        QString out;
        while (ok && pos < pattern.size() && pattern.at(pos) != u'|' && pattern.at(pos) != u')') {
            const QChar c = pattern.at(pos++);
            QString atomChars; // one char from these, or a group's text
            std::optional<QString> group;
            if (c == u'^' || c == u'$') {
                continue;
            } else if (c == u'(') {
                if (pattern.mid(pos, 2) == u"?:"_s) {
                    pos += 2;
                } else if (pos < pattern.size() && pattern.at(pos) == u'?') {
                    ok = false;
                    return out;
                }
                const qsizetype start = pos;
                group = alternatives(depth + 1);
                if (pos >= pattern.size() || pattern.at(pos) != u')') {
                    ok = false;
                    return out;
                }
                ++pos;
                const qsizetype end = pos;
                // Repetitions redo the group from its start.
                Q_UNUSED(start);
                Q_UNUSED(end);
            } else if (c == u'[') {
                bool negate = false;
                if (pos < pattern.size() && pattern.at(pos) == u'^') {
                    negate = true;
                    ++pos;
                }
                QString set;
                bool firstInSet = true;
                while (pos < pattern.size() && (pattern.at(pos) != u']' || firstInSet)) {
                    firstInSet = false;
                    QChar a = pattern.at(pos++);
                    if (a == u'\\' && pos < pattern.size()) {
                        set.append(escapeSet(pattern.at(pos++)));
                        continue;
                    }
                    if (pos + 1 < pattern.size() && pattern.at(pos) == u'-'
                        && pattern.at(pos + 1) != u']') {
                        const QChar b = pattern.at(pos + 1);
                        pos += 2;
                        for (char16_t x = a.unicode(); x <= b.unicode() && x - a.unicode() < 512;
                             ++x) {
                            set.append(QChar(x));
                        }
                        continue;
                    }
                    set.append(a);
                }
                if (pos >= pattern.size()) {
                    ok = false;
                    return out;
                }
                ++pos;
                atomChars = negate ? classChars(set, true) : set;
            } else if (c == u'\\') {
                if (pos >= pattern.size()) {
                    ok = false;
                    return out;
                }
                const QChar e = pattern.at(pos++);
                if (e == u'b' || e == u'B') {
                    continue;
                }
                if (e.isDigit() || e == u'p' || e == u'P' || e == u'u' || e == u'x') {
                    ok = false;
                    return out;
                }
                atomChars = escapeSet(e);
            } else if (c == u'.') {
                atomChars = u"abcxyz0123"_s;
            } else if (c == u'*' || c == u'+' || c == u'?' || c == u'{') {
                ok = false;
                return out;
            } else {
                atomChars = QString(c);
            }
            int lo = 1;
            int hi = 1;
            if (pos < pattern.size()) {
                const QChar q = pattern.at(pos);
                if (q == u'*' || q == u'+' || q == u'?') {
                    lo = q == u'+' ? 1 : 0;
                    hi = q == u'?' ? 1 : lo + 2;
                    ++pos;
                } else if (q == u'{') {
                    const qsizetype close = pattern.indexOf(u'}', pos);
                    static const QRegularExpression countRe(u"^\\{(\\d+)(,(\\d*))?\\}$"_s);
                    const QRegularExpressionMatch m =
                        countRe.match(pattern.mid(pos, close < 0 ? 0 : close - pos + 1));
                    if (!m.hasMatch()) {
                        ok = false;
                        return out;
                    }
                    lo = m.captured(1).toInt();
                    hi = m.captured(2).isEmpty()  ? lo
                        : m.captured(3).isEmpty() ? lo + 2
                                                  : m.captured(3).toInt();
                    if (hi < lo || hi > 1000) {
                        ok = false;
                        return out;
                    }
                    pos = close + 1;
                }
                if (pos < pattern.size() && (pattern.at(pos) == u'?' || pattern.at(pos) == u'+')) {
                    ++pos; // lazy or possessive: the same strings
                }
            }
            const int times = lo == hi ? lo : pick(std::max(lo, std::min(hi, 1)), hi);
            for (int i = 0; i < times; ++i) {
                if (group) {
                    out.append(*group);
                } else if (!atomChars.isEmpty()) {
                    out.append(atomChars.at(pick(0, int(atomChars.size()) - 1)));
                }
            }
        }
        return out;
    };
    alternatives = [&](int depth) -> QString {
        if (depth > 32) {
            ok = false;
            return {};
        }
        QStringList options { sequence(depth) };
        while (ok && pos < pattern.size() && pattern.at(pos) == u'|') {
            ++pos;
            options.append(sequence(depth));
        }
        return options.first();
    };
    const QString text = alternatives(0);
    if (!ok || pos != pattern.size()) {
        return std::nullopt;
    }
    const QRegularExpression re(pattern);
    if (!re.isValid() || !re.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text;
}

} // namespace MockBench::Import
