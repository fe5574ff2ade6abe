// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench::JsonSchema {

namespace {

/// Nested validations on the stack at most: deep data under a recursive schema, or a schema
/// nested this deep, ends in a message instead of a stack overflow.
constexpr int MaxDepth = 256; // small enough for AddressSanitizer's larger frames on 8 MiB
/// $refs followed in a row without moving into a member or an item: more means a cycle that
/// a repeated target did not already reveal (targets named by different URIs).
constexpr int MaxRefChain = 200;
/// PCRE2 gives up a match after this many backtracking steps (and then it does not match), so
/// a pattern such as (a+)+$ costs milliseconds on a long string, not minutes.
constexpr int PatternMatchLimit = 100000;
/// The base URI of a root schema without an $id: references relative to it lead nowhere.
const QString DefaultBase = u"urn:mockbench:schema"_s;

// Values

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    default:
        return u"null"_s;
    }
}

bool isInteger(double number)
{
    return std::isfinite(number) && std::floor(number) == number;
}

QString formatNumber(double number)
{
    if (isInteger(number) && std::fabs(number) < 9007199254740992.0) {
        return QString::number(static_cast<qint64>(number));
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString shortened(const QString &text, qsizetype limit = 40)
{
    return text.size() > limit ? text.left(limit) + u"…"_s : text;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/// A value as a message shows it: 15, "abc", an object.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + shortened(value.toString()) + u'"';
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
    case QJsonValue::Array:
        return typeName(value);
    default:
        return u"null"_s;
    }
}

/// JSON equality: 1 equals 1.0, false does not equal 0, member order does not count.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size()) {
            return false;
        }
        for (auto it = x.begin(); it != x.end(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !jsonEqual(it.value(), other.value())) {
                return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

/// Length in Unicode code points, as JSON Schema counts: a surrogate pair is one character.
qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()) {
            --count;
        }
    }
    return count;
}

/// ECMA-262's long Unicode property names (\\p{Letter}) as PCRE2 spells them (\\p{L}).
QString pcrePattern(const QString &pattern)
{
    static const QHash<QString, QString> names {
        { u"Letter"_s, u"L"_s },
        { u"Lowercase_Letter"_s, u"Ll"_s },
        { u"Uppercase_Letter"_s, u"Lu"_s },
        { u"Titlecase_Letter"_s, u"Lt"_s },
        { u"Mark"_s, u"M"_s },
        { u"Number"_s, u"N"_s },
        { u"Decimal_Number"_s, u"Nd"_s },
        { u"Punctuation"_s, u"P"_s },
        { u"Symbol"_s, u"S"_s },
        { u"Separator"_s, u"Z"_s },
        { u"Space_Separator"_s, u"Zs"_s },
        { u"Other"_s, u"C"_s },
        { u"Control"_s, u"Cc"_s },
    };
    static const QRegularExpression property(u"\\\\([pP])\\{(?:General_Category=|gc=)?(\\w+)\\}"_s);
    if (!pattern.contains(u"\\p"_s, Qt::CaseInsensitive)) {
        return pattern;
    }
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = property.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto name = names.constFind(m.captured(2));
        if (name == names.constEnd()) {
            continue;
        }
        result += QStringView(pattern).mid(last, m.capturedStart(0) - last);
        result += u'\\' + m.captured(1) + u'{' + name.value() + u'}';
        last = m.capturedEnd(0);
    }
    return result + QStringView(pattern).mid(last);
}

QRegularExpression boundedRegex(const QString &pattern)
{
    QRegularExpression regex(u"(*LIMIT_MATCH=%1)"_s.arg(PatternMatchLimit) + pcrePattern(pattern));
    if (regex.isValid()) {
        regex.optimize();
    }
    return regex;
}

// Formats

int daysInMonth(int year, int month)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool validDate(int year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/// RFC 3339 full-time from the captures of @p match starting at @p first: hour, minute,
/// second, "Z" and the offset's sign, hours and minutes. A leap second is 23:59:60 in UTC.
bool validTime(const QRegularExpressionMatch &match, int first)
{
    const int hour = match.captured(first).toInt();
    const int minute = match.captured(first + 1).toInt();
    const int second = match.captured(first + 2).toInt();
    int offsetHours = 0;
    int offsetMinutes = 0;
    if (match.captured(first + 3).isEmpty()) {
        offsetHours = match.captured(first + 5).toInt();
        offsetMinutes = match.captured(first + 6).toInt();
        if (offsetHours > 23 || offsetMinutes > 59) {
            return false;
        }
        if (match.captured(first + 4) == u"-"_s) {
            offsetHours = -offsetHours;
            offsetMinutes = -offsetMinutes;
        }
    }
    if (hour > 23 || minute > 59 || second > 60) {
        return false;
    }
    if (second == 60) {
        const int utc =
            ((hour * 60 + minute - offsetHours * 60 - offsetMinutes) % 1440 + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }
    return true;
}

const QString TimePattern =
    u"(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))"_s;

bool isDateTime(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt]"_s + TimePattern + u"\\z"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch()
        && validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
        && validTime(m, 4);
}

bool isDate(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})-(\\d{2})\\z"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch()
        && validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

bool isTime(const QString &text)
{
    static const QRegularExpression re(u'^' + TimePattern + u"\\z"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && validTime(m, 1);
}

bool isHostname(const QString &text)
{
    static const QRegularExpression label(u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"_s);
    const QString &name = text;
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    const QStringList labels = name.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch()) {
            return false;
        }
        // An A-label (IDNA) has "--" only as its "xn--" prefix.
        if (part.size() >= 4 && part.mid(2, 2) == u"--"_s
            && !part.startsWith(u"xn"_s, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression re(u"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                                       "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\z"_s);
    return re.match(text).hasMatch();
}

bool isIpv6(const QString &text)
{
    static const QRegularExpression group(u"^[0-9A-Fa-f]{1,4}\\z"_s);
    const qsizetype gap = text.indexOf(u"::"_s);
    if (gap >= 0 && text.indexOf(u"::"_s, gap + 1) >= 0) {
        return false;
    }
    int groups = 0;
    auto countPart = [&](const QString &part, bool last) {
        if (part.isEmpty()) {
            return true;
        }
        const QStringList pieces = part.split(u':');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (last && i == pieces.size() - 1 && pieces.at(i).contains(u'.')) {
                if (!isIpv4(pieces.at(i))) {
                    return false;
                }
                groups += 2;
            } else if (group.match(pieces.at(i)).hasMatch()) {
                ++groups;
            } else {
                return false;
            }
        }
        return true;
    };
    if (gap < 0) {
        return countPart(text, true) && groups == 8;
    }
    return countPart(text.left(gap), false) && countPart(text.mid(gap + 2), true) && groups <= 7;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression dotAtom(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z"_s);
    static const QRegularExpression quoted(u"^\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"\\z"_s);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at == text.size() - 1) {
        return false;
    }
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (!dotAtom.match(local).hasMatch() && !quoted.match(local).hasMatch()) {
        return false;
    }
    if (domain.startsWith(u'[') && domain.endsWith(u']')) {
        const QString literal = domain.mid(1, domain.size() - 2);
        return literal.startsWith(u"IPv6:"_s) ? isIpv6(literal.mid(5)) : isIpv4(literal);
    }
    return isHostname(domain);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// Printable ASCII without the characters RFC 3986 never allows, and well-formed %XX escapes.
bool hasUriCharacters(const QString &text)
{
    static const QString forbidden = u"<>\"{}|\\^`"_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c <= 0x20 || c >= 0x7f || forbidden.contains(QChar(c))) {
            return false;
        }
        if (c == u'%'
            && (i + 2 >= text.size() || !isHexDigit(text.at(i + 1))
                || !isHexDigit(text.at(i + 2)))) {
            return false;
        }
    }
    return true;
}

bool hasScheme(const QString &text)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    return scheme.match(text).hasMatch();
}

/// The authority of @p text ("//userinfo@host:port") when it has one, and the rest without
/// brackets: only an IP literal in the host may have them.
bool hasValidAuthority(const QString &text)
{
    static const QRegularExpression authority(u"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?//([^/?#]*)"_s);
    static const QRegularExpression parts(
        u"^(?:([A-Za-z0-9._~!$&'()*+,;=:%-]*)@)?(\\[[^\\]]*\\]|[A-Za-z0-9._~!$&'()*+,;=%-]*)"
        "(?::([0-9]*))?\\z"_s);
    const QRegularExpressionMatch m = authority.match(text);
    const QString rest = m.hasMatch() ? text.mid(m.capturedEnd(0)) : text;
    if (rest.contains(u'[') || rest.contains(u']')) {
        return false;
    }
    if (!m.hasMatch()) {
        return true;
    }
    const QRegularExpressionMatch p = parts.match(m.captured(1));
    if (!p.hasMatch()) {
        return false;
    }
    const QString host = p.captured(2);
    if (host.startsWith(u'[')) {
        const QString literal = host.mid(1, host.size() - 2);
        return literal.startsWith(u'v', Qt::CaseInsensitive) || isIpv6(literal);
    }
    return true;
}

bool isUri(const QString &text)
{
    return hasScheme(text) && hasUriCharacters(text) && hasValidAuthority(text);
}

bool isUriReference(const QString &text)
{
    if (!hasUriCharacters(text) || !hasValidAuthority(text)) {
        return false;
    }
    // A colon before the first '/', '?' or '#' belongs to a scheme, which must be well-formed.
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        return true;
    }
    for (const QChar c : { u'/', u'?', u'#' }) {
        const qsizetype at = text.indexOf(c);
        if (at >= 0 && at < colon) {
            return true;
        }
    }
    return hasScheme(text);
}

bool isBase64(const QString &text)
{
    static const QRegularExpression re(u"^[A-Za-z0-9+/]*={0,2}\\z"_s);
    return text.size() % 4 == 0 && re.match(text).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\z"_s);
    return re.match(text).hasMatch();
}

using FormatCheck = bool (*)(const QString &);

/// The check of a format this validator knows, nullptr for the others (which pass).
FormatCheck formatCheck(const QString &format)
{
    static const QHash<QString, FormatCheck> checks {
        { u"date-time"_s, isDateTime },
        { u"date"_s, isDate },
        { u"time"_s, isTime },
        { u"email"_s, isEmail },
        { u"uuid"_s, isUuid },
        { u"uri"_s, isUri },
        { u"uri-reference"_s, isUriReference },
        { u"hostname"_s, isHostname },
        { u"ipv4"_s, isIpv4 },
        { u"ipv6"_s, isIpv6 },
        { u"byte"_s, isBase64 },
    };
    return checks.value(format);
}

// URIs and references

QString withoutFragment(const QString &uri, QString *fragment = nullptr)
{
    const qsizetype hash = uri.indexOf(u'#');
    if (fragment) {
        *fragment = hash < 0 ? QString() : uri.mid(hash + 1);
    }
    return hash < 0 ? uri : uri.left(hash);
}

/// @p reference resolved against @p base, fragment kept. Absolute ones stay as written (URNs
/// too, which QUrl would not resolve against).
QString resolveUri(const QString &base, const QString &reference)
{
    if (reference.startsWith(u'#')) {
        return withoutFragment(base) + reference;
    }
    if (reference.isEmpty() || hasScheme(reference)) {
        return reference.isEmpty() ? base : reference;
    }
    return QUrl(base).resolved(QUrl(reference)).toString();
}

QString escapePointer(const QString &segment)
{
    QString escaped = segment;
    return escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

/// A place in the schema for schemaErrors(): a JSON pointer from the root.
QString place(const QString &pointer)
{
    return u"at #"_s + pointer + u": "_s;
}

/// Calls @p f with the JSON pointer suffix and the value of every subschema of @p schema.
void forEachSubschema(
    const QJsonObject &schema, const std::function<void(const QString &, const QJsonValue &)> &f)
{
    static const QStringList single = { u"additionalItems"_s, u"additionalProperties"_s,
        u"contains"_s, u"propertyNames"_s, u"not"_s, u"if"_s, u"then"_s, u"else"_s,
        u"unevaluatedItems"_s, u"unevaluatedProperties"_s, u"contentSchema"_s };
    static const QStringList lists = { u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"prefixItems"_s,
        u"items"_s };
    static const QStringList maps = { u"properties"_s, u"patternProperties"_s, u"definitions"_s,
        u"$defs"_s, u"dependentSchemas"_s, u"dependencies"_s };
    for (const QString &key : single) {
        // One of another type is an error of its keyword, not of a schema.
        const QJsonValue child = schema.value(key);
        if (child.isObject() || child.isBool()) {
            f(u'/' + escapePointer(key), child);
        }
    }
    for (const QString &key : lists) {
        const QJsonValue child = schema.value(key);
        if (child.isArray()) {
            const QJsonArray list = child.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                f(u'/' + key + u'/' + QString::number(i), list.at(i));
            }
        } else if (key == u"items"_s && (child.isObject() || child.isBool())) {
            f(u"/items"_s, child);
        }
    }
    for (const QString &key : maps) {
        const QJsonObject map = schema.value(key).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            // dependencies: a list of names is no schema.
            if (key != u"dependencies"_s || !it.value().isArray()) {
                f(u'/' + escapePointer(key) + u'/' + escapePointer(it.key()), it.value());
            }
        }
    }
    // An OpenAPI document as the root: its component schemas.
    const QJsonObject components = schema.value(u"components"_s).toObject();
    const QJsonObject schemas = components.value(u"schemas"_s).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        f(u"/components/schemas/"_s + escapePointer(it.key()), it.value());
    }
}

struct Location
{
    QJsonValue schema;
    QString base; ///< the base URI around the schema, before its own $id
};

struct Target
{
    QJsonValue schema;
    QString base;
    QString key; ///< the absolute URI it was found by, to tell a cycle
    QString error;
};

/// The identified places of one schema document: $id resources and anchors.
class Index
{
public:
    explicit Index(const QJsonValue &root)
    {
        const QString dialect = root.toObject().value(u"$schema"_s).toString();
        m_legacyRef = dialect.contains(u"draft-04"_s) || dialect.contains(u"draft-06"_s)
            || dialect.contains(u"draft-07"_s) || dialect.contains(u"draft-03"_s);
        m_idKeyword =
            dialect.contains(u"draft-04"_s) || dialect.contains(u"draft-03"_s) ? u"id"_s : u"$id"_s;
        m_resources.insert(DefaultBase, { root, DefaultBase });
        scan(root, DefaultBase, 0);
    }

    /// Draft 4 to 7: the members next to a $ref do not count, its $id neither.
    bool legacyRef() const { return m_legacyRef; }

    /// The base URI inside @p schema, whose surrounding base is @p base.
    QString baseOf(const QJsonObject &schema, const QString &base) const
    {
        const QJsonValue id = schema.value(m_idKeyword);
        if (!id.isString() || (m_legacyRef && schema.contains(u"$ref"_s))) {
            return base;
        }
        const QString uri = withoutFragment(id.toString());
        return uri.isEmpty() ? base : withoutFragment(resolveUri(base, uri));
    }

    Target resolve(const QString &reference, const QString &base) const
    {
        QString fragment;
        const QString uri = withoutFragment(resolveUri(base, reference), &fragment);
        const auto resource = m_resources.constFind(uri);
        if (resource == m_resources.constEnd()) {
            if (reference.startsWith(u'#')) {
                return { {}, {}, {}, u"$ref %1 resolves nowhere"_s.arg(reference) };
            }
            return { {}, {}, {}, u"remote $ref %1 is not supported"_s.arg(reference) };
        }
        const QString decoded = QUrl::fromPercentEncoding(fragment.toUtf8());
        const QString key = uri + u'#' + decoded;
        if (decoded.isEmpty()) {
            return { resource->schema, resource->base, key, {} };
        }
        const QString nowhere = u"$ref %1 resolves nowhere"_s.arg(reference);
        if (!decoded.startsWith(u'/')) {
            const auto anchor = m_anchors.constFind(key);
            if (anchor == m_anchors.constEnd()) {
                return { {}, {}, {}, nowhere };
            }
            return { anchor->schema, anchor->base, key, {} };
        }
        QJsonValue current = resource->schema;
        QString currentBase = uri;
        const QStringList segments = decoded.mid(1).split(u'/');
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (i > 0 && current.isObject()) {
                currentBase = baseOf(current.toObject(), currentBase);
            }
            QString segment = segments.at(i);
            segment.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            if (current.isObject() && current.toObject().contains(segment)) {
                current = current.toObject().value(segment);
            } else if (current.isArray()) {
                bool ok = false;
                const qsizetype index = segment.toLongLong(&ok);
                if (!ok || index < 0 || index >= current.toArray().size()
                    || segment != QString::number(index)) {
                    return { {}, {}, {}, nowhere };
                }
                current = current.toArray().at(index);
            } else {
                return { {}, {}, {}, nowhere };
            }
        }
        return { current, currentBase, key, {} };
    }

private:
    void scan(const QJsonValue &value, const QString &base, int depth)
    {
        if (!value.isObject() || depth > MaxDepth) {
            return;
        }
        const QJsonObject schema = value.toObject();
        const QString inner = baseOf(schema, base);
        if (inner != base) {
            m_resources.insert(inner, { value, base });
        }
        const QJsonValue id = schema.value(m_idKeyword);
        QString fragment;
        if (id.isString() && !(m_legacyRef && schema.contains(u"$ref"_s))) {
            withoutFragment(id.toString(), &fragment);
            if (!fragment.isEmpty() && !fragment.startsWith(u'/')) {
                m_anchors.insert(inner + u'#' + fragment, { value, base });
            }
        }
        for (const QString &keyword : { u"$anchor"_s, u"$dynamicAnchor"_s }) {
            const QJsonValue anchor = schema.value(keyword);
            if (anchor.isString()) {
                m_anchors.insert(inner + u'#' + anchor.toString(), { value, base });
            }
        }
        forEachSubschema(schema,
            [&](const QString &, const QJsonValue &child) { scan(child, inner, depth + 1); });
    }

    bool m_legacyRef = false;
    QString m_idKeyword;
    QHash<QString, Location> m_resources;
    QHash<QString, Location> m_anchors;
};

// Validation

/// Where in the value a check is: a member name or an item index, up to the root.
struct PathNode
{
    const PathNode *parent = nullptr;
    QString member;
    qsizetype index = -1;
};

QString formatPath(const PathNode *node)
{
    QStringList parts;
    for (; node && (node->parent || !node->member.isEmpty() || node->index >= 0);
         node = node->parent) {
        if (node->index >= 0) {
            parts.prepend(u'[' + QString::number(node->index) + u']');
        } else {
            static const QRegularExpression identifier(u"^[A-Za-z_$][A-Za-z0-9_$-]*$"_s);
            const bool plain = identifier.match(node->member).hasMatch();
            parts.prepend(plain ? QString(u'.' + node->member)
                                : QString(u'[' + compactJson(node->member) + u']'));
        }
    }
    QString path = parts.join(QString());
    if (path.startsWith(u'.')) {
        path.remove(0, 1);
    }
    return path;
}

/// The $refs followed since the value last moved into a member or an item.
struct RefChain
{
    const RefChain *parent = nullptr;
    QString key;
    int length = 0;
};

struct Failure
{
    QString where;
    QString text;

    QString line() const { return where.isEmpty() ? text : u"at "_s + where + u": "_s + text; }
    /// This failure said inside a message about @p outer (its own place only when it differs).
    QString lineInside(const QString &outer) const { return where == outer ? text : line(); }
};

struct Context
{
    QString base;
    const PathNode *path = nullptr;
    const RefChain *refs = nullptr;
    int depth = 0;
};

class Validator
{
public:
    explicit Validator(const QJsonValue &root)
        : m_index(root)
    {
    }

    bool validate(
        const QJsonValue &value, const QJsonValue &schema, const Context &context, Failure *out)
    {
        if (context.depth > MaxDepth) {
            return fail(
                out, context, u"the schema nests more than %1 levels deep here"_s.arg(MaxDepth));
        }
        if (schema.isBool()) {
            return schema.toBool() || fail(out, context, u"no value is allowed here"_s);
        }
        if (!schema.isObject()) {
            return true;
        }
        const QJsonObject s = schema.toObject();
        Context here = context;
        here.base = m_index.baseOf(s, context.base);
        here.depth = context.depth + 1;

        const QJsonValue ref = s.value(u"$ref"_s);
        if (ref.isString()) {
            if (!followRef(value, ref.toString(), here, out)) {
                return false;
            }
            if (m_index.legacyRef()) {
                return true;
            }
        }
        return checkGeneric(value, s, here, out) && checkNumber(value, s, here, out)
            && checkString(value, s, here, out) && checkArray(value, s, here, out)
            && checkObject(value, s, here, out) && checkCombinators(value, s, here, out);
    }

private:
    static bool fail(Failure *out, const Context &context, const QString &text)
    {
        if (out) {
            out->where = formatPath(context.path);
            out->text = text;
        }
        return false;
    }

    /// The context of a member or an item: a new place, and no $ref followed there yet.
    static Context child(const Context &context, const PathNode &node)
    {
        Context inner = context;
        inner.path = &node;
        inner.refs = nullptr;
        return inner;
    }

    bool followRef(
        const QJsonValue &value, const QString &reference, const Context &here, Failure *out)
    {
        const QString cacheKey = here.base + u'\n' + reference;
        auto cached = m_targets.constFind(cacheKey);
        if (cached == m_targets.constEnd()) {
            cached = m_targets.insert(cacheKey, m_index.resolve(reference, here.base));
        }
        const Target &target = cached.value();
        if (!target.error.isEmpty()) {
            return fail(out, here, u"cannot check: the schema's "_s + target.error);
        }
        bool cycle = here.refs && here.refs->length >= MaxRefChain;
        for (const RefChain *link = here.refs; link && !cycle; link = link->parent) {
            cycle = link->key == target.key;
        }
        if (cycle) {
            return fail(out, here,
                u"cannot check: the schema's $ref %1 leads back to itself without "
                "checking anything inside the value"_s.arg(reference));
        }
        const RefChain link { here.refs, target.key, here.refs ? here.refs->length + 1 : 1 };
        Context inner = here;
        inner.base = target.base;
        inner.refs = &link;
        return validate(value, target.schema, inner, out);
    }

    bool checkGeneric(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        const QJsonValue type = s.value(u"type"_s);
        if (type.isString() || type.isArray()) {
            const QJsonArray names = type.isArray() ? type.toArray() : QJsonArray { type };
            bool matched = value.isNull() && s.value(u"nullable"_s).toBool();
            bool known = false;
            QStringList wanted;
            for (const QJsonValue &name : names) {
                const QString wantedName = name.toString();
                if (wantedName == u"integer"_s) {
                    matched = matched || (value.isDouble() && isInteger(value.toDouble()));
                    wanted << u"an integer"_s;
                } else if (wantedName == u"number"_s) {
                    matched = matched || value.isDouble();
                    wanted << u"a number"_s;
                } else if (wantedName == u"string"_s) {
                    matched = matched || value.isString();
                    wanted << u"a string"_s;
                } else if (wantedName == u"boolean"_s) {
                    matched = matched || value.isBool();
                    wanted << u"a boolean"_s;
                } else if (wantedName == u"object"_s) {
                    matched = matched || value.isObject();
                    wanted << u"an object"_s;
                } else if (wantedName == u"array"_s) {
                    matched = matched || value.isArray();
                    wanted << u"an array"_s;
                } else if (wantedName == u"null"_s) {
                    matched = matched || value.isNull();
                    wanted << u"null"_s;
                } else {
                    continue;
                }
                known = true;
            }
            if (known && !matched) {
                QString list = wanted.join(u", "_s);
                const qsizetype last = list.lastIndexOf(u", "_s);
                if (last >= 0) {
                    list.replace(last, 2, u" or "_s);
                }
                const QString got = value.isDouble() && wanted.contains(u"an integer"_s)
                    ? describe(value)
                    : typeName(value);
                return fail(out, here, u"expected "_s + list + u", got "_s + got);
            }
        }
        const QJsonValue allowed = s.value(u"enum"_s);
        if (allowed.isArray()) {
            const QJsonArray list = allowed.toArray();
            bool found = false;
            for (const QJsonValue &candidate : list) {
                if (jsonEqual(value, candidate)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                QStringList shown;
                for (qsizetype i = 0; i < list.size() && i < 5; ++i) {
                    shown << shortened(compactJson(list.at(i)));
                }
                if (list.size() > 5) {
                    shown << u"…"_s;
                }
                return fail(
                    out, here, describe(value) + u" is not one of "_s + shown.join(u", "_s));
            }
        }
        if (s.contains(u"const"_s)) {
            const QJsonValue constant = s.value(u"const"_s);
            if (!jsonEqual(value, constant)) {
                return fail(out, here,
                    describe(value) + u" is not "_s + shortened(compactJson(constant))
                        + u", the only allowed value"_s);
            }
        }
        return true;
    }

    bool checkNumber(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        if (!value.isDouble()) {
            return true;
        }
        const double number = value.toDouble();
        const QString shown = formatNumber(number);
        const QJsonValue minimum = s.value(u"minimum"_s);
        const QJsonValue exclusiveMinimum = s.value(u"exclusiveMinimum"_s);
        if (minimum.isDouble()) {
            // Draft 4: exclusiveMinimum is a boolean that makes minimum exclusive.
            if (exclusiveMinimum.toBool() && number <= minimum.toDouble()) {
                return fail(out, here,
                    shown + u" is not greater than the exclusive minimum "_s
                        + formatNumber(minimum.toDouble()));
            }
            if (number < minimum.toDouble()) {
                return fail(out, here,
                    shown + u" is less than the minimum "_s + formatNumber(minimum.toDouble()));
            }
        }
        if (exclusiveMinimum.isDouble() && number <= exclusiveMinimum.toDouble()) {
            return fail(out, here,
                shown + u" is not greater than the exclusive minimum "_s
                    + formatNumber(exclusiveMinimum.toDouble()));
        }
        const QJsonValue maximum = s.value(u"maximum"_s);
        const QJsonValue exclusiveMaximum = s.value(u"exclusiveMaximum"_s);
        if (maximum.isDouble()) {
            if (exclusiveMaximum.toBool() && number >= maximum.toDouble()) {
                return fail(out, here,
                    shown + u" is not less than the exclusive maximum "_s
                        + formatNumber(maximum.toDouble()));
            }
            if (number > maximum.toDouble()) {
                return fail(out, here,
                    shown + u" is greater than the maximum "_s + formatNumber(maximum.toDouble()));
            }
        }
        if (exclusiveMaximum.isDouble() && number >= exclusiveMaximum.toDouble()) {
            return fail(out, here,
                shown + u" is not less than the exclusive maximum "_s
                    + formatNumber(exclusiveMaximum.toDouble()));
        }
        const QJsonValue multipleOf = s.value(u"multipleOf"_s);
        if (multipleOf.isDouble() && multipleOf.toDouble() > 0) {
            const double divisor = multipleOf.toDouble();
            const double quotient = number / divisor;
            // Decimal divisors are inexact in binary (0.0075 / 0.0001 is 74.99999999999999):
            // a quotient this close to a whole number counts as one. An infinite one never does.
            const bool whole = std::isfinite(quotient)
                && std::fabs(quotient - std::round(quotient))
                    <= 1e-9 * std::max(1.0, std::fabs(quotient));
            if (!whole) {
                return fail(out, here, shown + u" is not a multiple of "_s + formatNumber(divisor));
            }
        }
        return true;
    }

    const QRegularExpression &regex(const QString &pattern)
    {
        auto it = m_regexes.constFind(pattern);
        if (it == m_regexes.constEnd()) {
            it = m_regexes.insert(pattern, boundedRegex(pattern));
        }
        return it.value();
    }

    bool checkString(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        if (!value.isString()) {
            return true;
        }
        const QString text = value.toString();
        const QJsonValue minLength = s.value(u"minLength"_s);
        const QJsonValue maxLength = s.value(u"maxLength"_s);
        if (minLength.isDouble() || maxLength.isDouble()) {
            const qsizetype length = codePoints(text);
            if (minLength.isDouble() && length < minLength.toDouble()) {
                return fail(out, here,
                    describe(value) + u" is shorter than "_s + formatNumber(minLength.toDouble())
                        + u" characters"_s);
            }
            if (maxLength.isDouble() && length > maxLength.toDouble()) {
                return fail(out, here,
                    describe(value) + u" is longer than "_s + formatNumber(maxLength.toDouble())
                        + u" characters"_s);
            }
        }
        const QJsonValue pattern = s.value(u"pattern"_s);
        if (pattern.isString()) {
            const QRegularExpression &re = regex(pattern.toString());
            if (re.isValid() && !re.match(text).hasMatch()) {
                return fail(out, here,
                    describe(value) + u" does not match the pattern "_s + pattern.toString());
            }
        }
        const QJsonValue format = s.value(u"format"_s);
        if (format.isString()) {
            const FormatCheck check = formatCheck(format.toString());
            if (check && !check(text)) {
                return fail(out, here, describe(value) + u" is not a valid "_s + format.toString());
            }
        }
        return true;
    }

    bool checkArray(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        if (!value.isArray()) {
            return true;
        }
        const QJsonArray items = value.toArray();
        const qsizetype count = items.size();
        auto itemsText = [](qsizetype n) {
            return n == 1 ? u"1 item"_s : QString::number(n) + u" items"_s;
        };
        const QJsonValue minItems = s.value(u"minItems"_s);
        if (minItems.isDouble() && count < minItems.toDouble()) {
            return fail(out, here,
                u"has "_s + itemsText(count) + u", fewer than the minimum "_s
                    + formatNumber(minItems.toDouble()));
        }
        const QJsonValue maxItems = s.value(u"maxItems"_s);
        if (maxItems.isDouble() && count > maxItems.toDouble()) {
            return fail(out, here,
                u"has "_s + itemsText(count) + u", more than the maximum "_s
                    + formatNumber(maxItems.toDouble()));
        }

        // The tuple (prefixItems, or the array form of items before 2020-12), then the schema
        // of the items after it (items after prefixItems, additionalItems after an items array).
        const QJsonValue prefixItems = s.value(u"prefixItems"_s);
        const QJsonValue itemsKeyword = s.value(u"items"_s);
        QJsonArray tuple;
        QJsonValue rest;
        if (prefixItems.isArray()) {
            tuple = prefixItems.toArray();
            rest = itemsKeyword.isArray() ? QJsonValue() : itemsKeyword;
        } else if (itemsKeyword.isArray()) {
            tuple = itemsKeyword.toArray();
            rest = s.value(u"additionalItems"_s);
        } else {
            rest = itemsKeyword;
        }
        const bool restChecks = rest.isObject() || rest.isBool();
        if (restChecks && rest.isBool() && !rest.toBool() && count > tuple.size()) {
            return fail(out, here,
                u"has "_s + itemsText(count) + u", more than the "_s + QString::number(tuple.size())
                    + u" allowed"_s);
        }
        for (qsizetype i = 0; i < count; ++i) {
            const bool inTuple = i < tuple.size();
            if (!inTuple && !restChecks) {
                break;
            }
            const PathNode node { here.path, {}, i };
            if (!validate(items.at(i), inTuple ? tuple.at(i) : rest, child(here, node), out)) {
                return false;
            }
        }

        if (s.value(u"uniqueItems"_s).toBool() && count > 1) {
            // Canonical JSON (QJsonObject sorts its keys, 1.0 is written 1) makes this linear.
            QHash<QString, qsizetype> seen;
            for (qsizetype i = 0; i < count; ++i) {
                const QString canonical = compactJson(items.at(i));
                const auto earlier = seen.constFind(canonical);
                if (earlier != seen.constEnd()) {
                    return fail(out, here,
                        u"has equal items at [%1] and [%2]"_s.arg(earlier.value()).arg(i));
                }
                seen.insert(canonical, i);
            }
        }

        const QJsonValue contains = s.value(u"contains"_s);
        if (contains.isObject() || contains.isBool()) {
            const QJsonValue minContains = s.value(u"minContains"_s);
            const QJsonValue maxContains = s.value(u"maxContains"_s);
            const double least = minContains.isDouble() ? minContains.toDouble() : 1;
            qsizetype matching = 0;
            for (qsizetype i = 0; i < count; ++i) {
                const PathNode node { here.path, {}, i };
                if (validate(items.at(i), contains, child(here, node), nullptr)) {
                    ++matching;
                }
            }
            if (matching < least) {
                if (matching == 0) {
                    return fail(out, here, u"has no item that matches contains"_s);
                }
                return fail(out, here,
                    u"has "_s + itemsText(matching)
                        + u" that match contains, fewer than minContains "_s + formatNumber(least));
            }
            if (maxContains.isDouble() && matching > maxContains.toDouble()) {
                return fail(out, here,
                    u"has "_s + itemsText(matching)
                        + u" that match contains, more than maxContains "_s
                        + formatNumber(maxContains.toDouble()));
            }
        }
        return true;
    }

    bool checkObject(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        if (!value.isObject()) {
            return true;
        }
        const QJsonObject members = value.toObject();
        auto membersText = [](qsizetype n) {
            return n == 1 ? u"1 member"_s : QString::number(n) + u" members"_s;
        };
        const QJsonValue required = s.value(u"required"_s);
        if (required.isArray()) {
            for (const QJsonValue &name : required.toArray()) {
                if (name.isString() && !members.contains(name.toString())) {
                    return fail(out, here, u"lacks the required member "_s + name.toString());
                }
            }
        }
        const QJsonValue minProperties = s.value(u"minProperties"_s);
        if (minProperties.isDouble() && members.size() < minProperties.toDouble()) {
            return fail(out, here,
                u"has "_s + membersText(members.size()) + u", fewer than the minimum "_s
                    + formatNumber(minProperties.toDouble()));
        }
        const QJsonValue maxProperties = s.value(u"maxProperties"_s);
        if (maxProperties.isDouble() && members.size() > maxProperties.toDouble()) {
            return fail(out, here,
                u"has "_s + membersText(members.size()) + u", more than the maximum "_s
                    + formatNumber(maxProperties.toDouble()));
        }
        auto needs = [&](const QString &member, const QJsonArray &names) {
            for (const QJsonValue &name : names) {
                if (name.isString() && !members.contains(name.toString())) {
                    return fail(out, here,
                        u"lacks the member "_s + name.toString() + u", which "_s + member
                            + u" requires"_s);
                }
            }
            return true;
        };
        const QJsonObject dependentRequired = s.value(u"dependentRequired"_s).toObject();
        for (auto it = dependentRequired.begin(); it != dependentRequired.end(); ++it) {
            if (members.contains(it.key()) && !needs(it.key(), it.value().toArray())) {
                return false;
            }
        }
        const QJsonObject dependentSchemas = s.value(u"dependentSchemas"_s).toObject();
        const QJsonObject dependencies = s.value(u"dependencies"_s).toObject();
        for (const bool legacy : { false, true }) {
            const QJsonObject &map = legacy ? dependencies : dependentSchemas;
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (!members.contains(it.key())) {
                    continue;
                }
                if (it.value().isArray()) {
                    if (legacy && !needs(it.key(), it.value().toArray())) {
                        return false;
                    }
                } else if (!validate(value, it.value(), here, out)) {
                    return false;
                }
            }
        }

        const QJsonValue propertyNames = s.value(u"propertyNames"_s);
        if (propertyNames.isObject() || propertyNames.isBool()) {
            for (auto it = members.begin(); it != members.end(); ++it) {
                Failure inner;
                if (!validate(it.key(), propertyNames, here, out ? &inner : nullptr)) {
                    return fail(out, here,
                        u"the member name "_s + describe(it.key()) + u" is not allowed: "_s
                            + inner.text);
                }
            }
        }

        const QJsonObject properties = s.value(u"properties"_s).toObject();
        const QJsonObject patternProperties = s.value(u"patternProperties"_s).toObject();
        const QJsonValue additional = s.value(u"additionalProperties"_s);
        const bool additionalChecks = additional.isObject() || additional.isBool();
        if (properties.isEmpty() && patternProperties.isEmpty() && !additionalChecks) {
            return true;
        }
        for (auto it = members.begin(); it != members.end(); ++it) {
            const PathNode node { here.path, it.key(), -1 };
            const Context inner = child(here, node);
            bool matched = false;
            const auto property = properties.constFind(it.key());
            if (property != properties.constEnd()) {
                matched = true;
                if (!validate(it.value(), property.value(), inner, out)) {
                    return false;
                }
            }
            for (auto p = patternProperties.begin(); p != patternProperties.end(); ++p) {
                const QRegularExpression &re = regex(p.key());
                if (re.isValid() && re.match(it.key()).hasMatch()) {
                    matched = true;
                    if (!validate(it.value(), p.value(), inner, out)) {
                        return false;
                    }
                }
            }
            if (!matched && additionalChecks) {
                if (additional.isBool()) {
                    if (!additional.toBool()) {
                        return fail(out, here, u"has the unexpected member "_s + it.key());
                    }
                } else if (!validate(it.value(), additional, inner, out)) {
                    return false;
                }
            }
        }
        return true;
    }

    /// "anyOf[0]: lacks the required member bark; anyOf[1]: ..." for the first three.
    static QString branches(
        const QString &keyword, const QList<Failure> &failures, const QString &where)
    {
        QStringList parts;
        for (qsizetype i = 0; i < failures.size() && i < 3; ++i) {
            parts << keyword + u'[' + QString::number(i) + u"]: "_s
                    + failures.at(i).lineInside(where);
        }
        if (failures.size() > 3) {
            parts << u"…"_s;
        }
        return parts.join(u"; "_s);
    }

    bool checkCombinators(
        const QJsonValue &value, const QJsonObject &s, const Context &here, Failure *out)
    {
        const QJsonValue allOf = s.value(u"allOf"_s);
        if (allOf.isArray()) {
            for (const QJsonValue &part : allOf.toArray()) {
                if (!validate(value, part, here, out)) {
                    return false;
                }
            }
        }
        for (const QString &keyword : { u"anyOf"_s, u"oneOf"_s }) {
            const QJsonValue list = s.value(keyword);
            if (!list.isArray() || list.toArray().isEmpty()) {
                continue;
            }
            const bool one = keyword == u"oneOf"_s;
            const QJsonArray schemas = list.toArray();
            QList<Failure> failures;
            QList<qsizetype> matches;
            for (qsizetype i = 0; i < schemas.size(); ++i) {
                Failure failure;
                if (validate(value, schemas.at(i), here, out ? &failure : nullptr)) {
                    matches << i;
                    if (!one || matches.size() > 1) {
                        break;
                    }
                } else {
                    failures << failure;
                }
            }
            if (matches.isEmpty()) {
                const QString where = out ? formatPath(here.path) : QString();
                return fail(out, here,
                    u"matches none of the %1 schemas of %2 ("_s.arg(schemas.size()).arg(keyword)
                        + branches(keyword, failures, where) + u')');
            }
            if (one && matches.size() > 1) {
                return fail(out, here,
                    u"matches oneOf[%1] and oneOf[%2], not exactly one"_s.arg(matches.at(0))
                        .arg(matches.at(1)));
            }
        }
        const QJsonValue negated = s.value(u"not"_s);
        if ((negated.isObject() || negated.isBool()) && validate(value, negated, here, nullptr)) {
            return fail(out, here, u"matches the schema of not"_s);
        }
        const QJsonValue condition = s.value(u"if"_s);
        if (condition.isObject() || condition.isBool()) {
            const bool holds = validate(value, condition, here, nullptr);
            const QJsonValue branch = s.value(holds ? u"then"_s : u"else"_s);
            if ((branch.isObject() || branch.isBool()) && !validate(value, branch, here, out)) {
                return false;
            }
        }
        return true;
    }

    Index m_index;
    QHash<QString, Target> m_targets;
    QHash<QString, QRegularExpression> m_regexes;
};

// Schema errors

class Checker
{
public:
    explicit Checker(const QJsonValue &root)
        : m_index(root)
    {
    }

    void check(const QJsonValue &schema, const QString &pointer, const QString &base, int depth)
    {
        if (depth > MaxDepth) {
            m_errors << place(pointer)
                    + u"the schema nests more than %1 levels deep"_s.arg(MaxDepth);
            return;
        }
        if (schema.isBool()) {
            return;
        }
        if (!schema.isObject()) {
            m_errors << place(pointer) + u"a schema must be an object or a boolean, not "_s
                    + typeName(schema);
            return;
        }
        const QJsonObject s = schema.toObject();
        const QString inner = m_index.baseOf(s, base);
        checkKeywords(s, pointer, inner);
        forEachSubschema(s, [&](const QString &suffix, const QJsonValue &child) {
            check(child, pointer + suffix, inner, depth + 1);
        });
    }

    QStringList errors() const { return m_errors; }

private:
    void error(const QString &pointer, const QString &keyword, const QString &text)
    {
        m_errors << place(pointer + u'/' + escapePointer(keyword)) + text;
    }

    void expect(const QJsonObject &s, const QString &pointer, const QString &keyword,
        bool (*fits)(const QJsonValue &), const QString &what)
    {
        const QJsonValue value = s.value(keyword);
        if (!value.isUndefined() && !fits(value)) {
            error(pointer, keyword,
                keyword + u" must be "_s + what + u", not "_s + shortened(compactJson(value)));
        }
    }

    void checkPattern(const QString &pointer, const QString &keyword, const QString &pattern)
    {
        const QRegularExpression re(pcrePattern(pattern));
        if (!re.isValid()) {
            error(pointer, keyword,
                u"the pattern "_s + pattern + u" does not compile: "_s + re.errorString()
                    + u" at offset "_s + QString::number(re.patternErrorOffset()));
        }
    }

    void checkKeywords(const QJsonObject &s, const QString &pointer, const QString &base)
    {
        static const QSet<QString> types = { u"string"_s, u"number"_s, u"integer"_s, u"boolean"_s,
            u"object"_s, u"array"_s, u"null"_s };
        const QJsonValue type = s.value(u"type"_s);
        if (!type.isUndefined()) {
            const QJsonArray names = type.isArray() ? type.toArray() : QJsonArray { type };
            if (!type.isString() && !type.isArray()) {
                error(pointer, u"type"_s, u"type must be a type name or a list of them"_s);
            }
            for (const QJsonValue &name : names) {
                if (!types.contains(name.toString())) {
                    error(pointer, u"type"_s, u"unknown type name "_s + compactJson(name));
                }
            }
        }
        auto isNumber = [](const QJsonValue &v) { return v.isDouble(); };
        auto isCount = [](const QJsonValue &v) {
            return v.isDouble() && isInteger(v.toDouble()) && v.toDouble() >= 0;
        };
        auto isNumberOrBool = [](const QJsonValue &v) { return v.isDouble() || v.isBool(); };
        auto isPositive = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() > 0; };
        auto isBool = [](const QJsonValue &v) { return v.isBool(); };
        auto isString = [](const QJsonValue &v) { return v.isString(); };
        auto isArray = [](const QJsonValue &v) { return v.isArray(); };
        auto isNonEmptyArray = [](const QJsonValue &v) {
            return v.isArray() && !v.toArray().isEmpty();
        };
        auto isObject = [](const QJsonValue &v) { return v.isObject(); };
        auto isSchema = [](const QJsonValue &v) { return v.isObject() || v.isBool(); };
        auto isItems = [](const QJsonValue &v) {
            return v.isObject() || v.isBool() || v.isArray();
        };
        auto isNames = [](const QJsonValue &v) {
            if (!v.isArray()) {
                return false;
            }
            for (const QJsonValue &name : v.toArray()) {
                if (!name.isString()) {
                    return false;
                }
            }
            return true;
        };
        for (const QString &keyword : { u"minimum"_s, u"maximum"_s }) {
            expect(s, pointer, keyword, isNumber, u"a number"_s);
        }
        for (const QString &keyword : { u"exclusiveMinimum"_s, u"exclusiveMaximum"_s }) {
            expect(s, pointer, keyword, isNumberOrBool, u"a number (or, in draft 4, a boolean)"_s);
        }
        expect(s, pointer, u"multipleOf"_s, isPositive, u"a number greater than 0"_s);
        for (const QString &keyword :
            { u"minLength"_s, u"maxLength"_s, u"minItems"_s, u"maxItems"_s, u"minProperties"_s,
                u"maxProperties"_s, u"minContains"_s, u"maxContains"_s }) {
            expect(s, pointer, keyword, isCount, u"a whole number of at least 0"_s);
        }
        for (const QString &keyword : { u"uniqueItems"_s, u"nullable"_s }) {
            expect(s, pointer, keyword, isBool, u"true or false"_s);
        }
        for (const QString &keyword : { u"pattern"_s, u"format"_s, u"$ref"_s }) {
            expect(s, pointer, keyword, isString, u"a string"_s);
        }
        expect(s, pointer, u"enum"_s, isArray, u"a list of values"_s);
        expect(s, pointer, u"required"_s, isNames, u"a list of member names"_s);
        for (const QString &keyword : { u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"prefixItems"_s }) {
            expect(s, pointer, keyword, isNonEmptyArray, u"a list of at least one schema"_s);
        }
        for (const QString &keyword : { u"properties"_s, u"patternProperties"_s, u"definitions"_s,
                 u"$defs"_s, u"dependentSchemas"_s, u"dependentRequired"_s, u"dependencies"_s }) {
            expect(s, pointer, keyword, isObject, u"an object"_s);
        }
        for (const QString &keyword : { u"additionalItems"_s, u"additionalProperties"_s,
                 u"contains"_s, u"propertyNames"_s, u"not"_s, u"if"_s, u"then"_s, u"else"_s }) {
            expect(s, pointer, keyword, isSchema, u"a schema (an object or a boolean)"_s);
        }
        expect(s, pointer, u"items"_s, isItems, u"a schema or a list of schemas"_s);
        const QJsonObject dependentRequired = s.value(u"dependentRequired"_s).toObject();
        for (auto it = dependentRequired.begin(); it != dependentRequired.end(); ++it) {
            if (!isNames(it.value())) {
                error(pointer + u"/dependentRequired"_s, it.key(),
                    u"a dependency must be a list of member names"_s);
            }
        }
        const QJsonObject dependencies = s.value(u"dependencies"_s).toObject();
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            if (it.value().isArray() && !isNames(it.value())) {
                error(pointer + u"/dependencies"_s, it.key(),
                    u"a dependency must be a list of member names or a schema"_s);
            }
        }

        const QJsonValue pattern = s.value(u"pattern"_s);
        if (pattern.isString()) {
            checkPattern(pointer, u"pattern"_s, pattern.toString());
        }
        const QJsonObject patternProperties = s.value(u"patternProperties"_s).toObject();
        for (auto it = patternProperties.begin(); it != patternProperties.end(); ++it) {
            checkPattern(pointer + u"/patternProperties"_s, it.key(), it.key());
        }
        const QJsonValue ref = s.value(u"$ref"_s);
        if (ref.isString()) {
            const Target target = m_index.resolve(ref.toString(), base);
            if (!target.error.isEmpty()) {
                error(pointer, u"$ref"_s, target.error);
            }
        }
        for (const QString &keyword : { u"$dynamicRef"_s, u"$recursiveRef"_s,
                 u"unevaluatedProperties"_s, u"unevaluatedItems"_s }) {
            if (s.contains(keyword)) {
                error(pointer, keyword, keyword + u" is not supported: it is ignored"_s);
            }
        }
    }

    Index m_index;
    QStringList m_errors;
};

} // namespace

QString violation(const QJsonValue &value, const QJsonValue &schema)
{
    Validator validator(schema);
    Failure failure;
    Context context;
    context.base = DefaultBase;
    if (validator.validate(value, schema, context, &failure)) {
        return {};
    }
    return failure.line();
}

QStringList schemaErrors(const QJsonValue &schema)
{
    Checker checker(schema);
    checker.check(schema, QString(), DefaultBase, 0);
    return checker.errors();
}

} // namespace MockBench::JsonSchema
