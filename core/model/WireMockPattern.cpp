// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireMockPattern.h"

#include "model/JsonSchema.h"
#include "model/ValueMatcher.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace MockBench::WireMockPattern {

namespace {

/// The keys that name a StringValuePattern, in the order WireMock tries them.
const QStringList &operatorKeys()
{
    static const QStringList keys { u"equalTo"_s, u"contains"_s, u"doesNotContain"_s, u"matches"_s,
        u"doesNotMatch"_s, u"absent"_s, u"equalToJson"_s, u"matchesJsonPath"_s,
        u"matchesJsonSchema"_s, u"equalToXml"_s, u"matchesXPath"_s, u"binaryEqualTo"_s, u"before"_s,
        u"after"_s, u"equalToDateTime"_s, u"and"_s, u"or"_s, u"not"_s, u"anything"_s,
        u"hasExactly"_s, u"includes"_s, u"multipart"_s, u"hostOf"_s };
    return keys;
}

QString operatorOf(const QJsonObject &pattern)
{
    for (const QString &key : operatorKeys()) {
        if (pattern.contains(key)) {
            return key;
        }
    }
    return {};
}

/// Java's String.matches(): the regex fits the whole value; compiled once per thread, bounded
/// as every route-file regex is.
bool fullMatch(const QString &pattern, const QString &value)
{
    thread_local QHash<QString, ValueMatcher::Regex> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() > 256) {
            cache.clear();
        }
        it = cache.insert(pattern, ValueMatcher::Regex(pattern));
    }
    return it->isValid() && it->match(value).hasMatch();
}

std::optional<QJsonValue> parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().at(0);
}

/// A JSON value as Jayway JsonPath hands it to a sub-matcher: a string as it is, a whole
/// number without a fraction, anything else as compact JSON.
QString javaText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// ---- equalToJson (JsonUnit's comparison as WireMock configures it) ----

struct JsonOptions
{
    bool ignoreArrayOrder = false;
    bool ignoreExtraElements = false;
};

bool jsonEqual(const QJsonValue &expected, const QJsonValue &actual, const JsonOptions &options,
    int depth = 0);

/// JsonUnit's placeholders in an expected string: true/false when it is one, nothing otherwise.
std::optional<bool> placeholder(const QString &expected, const QJsonValue &actual)
{
    if (!expected.startsWith(u"${json-unit.")) {
        return std::nullopt;
    }
    if (expected == u"${json-unit.ignore}" || expected == u"${json-unit.any-value}"
        || expected == u"${json-unit.ignore-element}") {
        return true;
    }
    if (expected == u"${json-unit.any-string}") {
        return actual.isString();
    }
    if (expected == u"${json-unit.any-number}") {
        return actual.isDouble();
    }
    if (expected == u"${json-unit.any-boolean}") {
        return actual.isBool();
    }
    if (expected.startsWith(u"${json-unit.regex}")) {
        return actual.isString() && fullMatch(expected.mid(18), actual.toString());
    }
    return std::nullopt;
}

bool arraysEqual(
    const QJsonArray &expected, const QJsonArray &actual, const JsonOptions &options, int depth)
{
    if (actual.size() < expected.size()
        || (!options.ignoreExtraElements && actual.size() != expected.size())) {
        return false;
    }
    if (!options.ignoreArrayOrder) {
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (!jsonEqual(expected.at(i), actual.at(i), options, depth + 1)) {
                return false;
            }
        }
        return true;
    }
    // Any order: a matching of expected items to distinct actual items, found by backtracking
    // (placeholders can fit several items, so a greedy pick may miss a match).
    QList<bool> used(actual.size(), false);
    int steps = 0;
    std::function<bool(qsizetype)> assign = [&](qsizetype i) {
        if (i == expected.size()) {
            return true;
        }
        for (qsizetype j = 0; j < actual.size(); ++j) {
            if (used.at(j) || ++steps > 100000) {
                continue;
            }
            if (jsonEqual(expected.at(i), actual.at(j), options, depth + 1)) {
                used[j] = true;
                if (assign(i + 1)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    };
    return assign(0);
}

bool jsonEqual(
    const QJsonValue &expected, const QJsonValue &actual, const JsonOptions &options, int depth)
{
    if (depth > 200) {
        return false;
    }
    if (expected.isString()) {
        if (const std::optional<bool> fits = placeholder(expected.toString(), actual)) {
            return *fits;
        }
    }
    if (expected.type() != actual.type()) {
        return false;
    }
    switch (expected.type()) {
    case QJsonValue::Object: {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            const auto found = a.constFind(it.key());
            if (found == a.constEnd()) {
                if (it->isString() && it->toString() == u"${json-unit.ignore-element}") {
                    continue;
                }
                return false;
            }
            if (!jsonEqual(*it, *found, options, depth + 1)) {
                return false;
            }
        }
        if (!options.ignoreExtraElements) {
            for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
                if (!e.contains(it.key())) {
                    return false;
                }
            }
        }
        return true;
    }
    case QJsonValue::Array:
        return arraysEqual(expected.toArray(), actual.toArray(), options, depth);
    default:
        return expected == actual;
    }
}

// ---- matchesJsonPath (Jayway JsonPath's subset: names, indexes, wildcards, slices, deep scan,
// filters, length()) ----

struct PathResult
{
    QList<QJsonValue> values;
    bool definite = true;
    bool valid = true;
};

std::optional<QJsonValue> literalValue(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && (t.startsWith(u'\'') || t.startsWith(u'"')) && t.endsWith(t.at(0))) {
        return QJsonValue(t.mid(1, t.size() - 2));
    }
    if (t == u"true" || t == u"false") {
        return QJsonValue(t == u"true");
    }
    if (t == u"null") {
        return QJsonValue(QJsonValue::Null);
    }
    bool ok = false;
    const double d = t.toDouble(&ok);
    return ok ? std::optional<QJsonValue>(d) : std::nullopt;
}

PathResult evaluatePath(const QJsonValue &root, const QString &path, const QJsonValue &current);

/// One comparison of a filter: "@.price < 10", "@.name == 'x'", "@.tag =~ /a.*/i", "@.isbn".
bool filterTerm(const QString &term, const QJsonValue &root, const QJsonValue &item)
{
    static const QRegularExpression comparison(
        u"^\\s*(\\S.*?)\\s*(==|!=|<=|>=|<|>|=~)\\s*(.+?)\\s*$"_s);
    const QRegularExpressionMatch m = comparison.match(term);
    auto operand = [&](const QString &text) -> std::optional<QJsonValue> {
        const QString t = text.trimmed();
        if (t.startsWith(u'@') || t.startsWith(u'$')) {
            const PathResult r =
                evaluatePath(root, t.startsWith(u'@') ? u"$"_s + t.mid(1) : t, item);
            return r.values.isEmpty() ? std::nullopt : std::optional<QJsonValue>(r.values.first());
        }
        return literalValue(t);
    };
    if (!m.hasMatch()) {
        const std::optional<QJsonValue> v = operand(term);
        return v.has_value();
    }
    const std::optional<QJsonValue> left = operand(m.captured(1));
    const QString op = m.captured(2);
    if (op == u"=~") {
        QString regex = m.captured(3).trimmed();
        QRegularExpression::PatternOptions options;
        if (regex.endsWith(u"/i")) {
            options |= QRegularExpression::CaseInsensitiveOption;
            regex.chop(1);
        }
        if (regex.size() < 2 || !regex.startsWith(u'/') || !regex.endsWith(u'/')) {
            return false;
        }
        const ValueMatcher::Regex re(regex.mid(1, regex.size() - 2), options);
        return left && left->isString() && re.isValid() && re.match(left->toString()).hasMatch();
    }
    const std::optional<QJsonValue> right = operand(m.captured(3));
    if (!left || !right) {
        return op == u"!=" && left.has_value() != right.has_value();
    }
    if (op == u"==") {
        return *left == *right;
    }
    if (op == u"!=") {
        return *left != *right;
    }
    if (left->isDouble() && right->isDouble()) {
        const double a = left->toDouble();
        const double b = right->toDouble();
        return op == u"<" ? a < b : op == u"<=" ? a <= b : op == u">" ? a > b : a >= b;
    }
    if (left->isString() && right->isString()) {
        const int c = left->toString().compare(right->toString());
        return op == u"<" ? c < 0 : op == u"<=" ? c <= 0 : op == u">" ? c > 0 : c >= 0;
    }
    return false;
}

bool filterHolds(const QString &expression, const QJsonValue &root, const QJsonValue &item)
{
    // || binds looser than &&; no parentheses inside a filter beyond the outer ones.
    for (const QString &alternative : expression.split(u"||"_s)) {
        const QStringList terms = alternative.split(u"&&"_s);
        if (std::all_of(terms.cbegin(), terms.cend(),
                [&](const QString &term) { return filterTerm(term, root, item); })) {
            return true;
        }
    }
    return false;
}

QList<QJsonValue> children(const QJsonValue &value)
{
    QList<QJsonValue> out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            out.append(*it);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a) {
            out.append(v);
        }
    }
    return out;
}

void descendants(const QJsonValue &value, QList<QJsonValue> *out, int depth = 0)
{
    out->append(value);
    if (depth > 200) {
        return;
    }
    for (const QJsonValue &child : children(value)) {
        descendants(child, out, depth + 1);
    }
}

/// Applies one bracket selector ("*", "0", "0,2", "1:3", "'a','b'", "?(@.x)") to @p nodes.
QList<QJsonValue> selectBracket(
    const QString &inside, const QList<QJsonValue> &nodes, const QJsonValue &root, bool *definite)
{
    QList<QJsonValue> next;
    const QString s = inside.trimmed();
    if (s == u"*") {
        *definite = false;
        for (const QJsonValue &v : nodes) {
            next.append(children(v));
        }
        return next;
    }
    if (s.startsWith(u'?')) {
        *definite = false;
        QString expression = s.mid(1).trimmed();
        if (expression.startsWith(u'(') && expression.endsWith(u')')) {
            expression = expression.mid(1, expression.size() - 2);
        }
        for (const QJsonValue &v : nodes) {
            for (const QJsonValue &item : children(v)) {
                if (filterHolds(expression, root, item)) {
                    next.append(item);
                }
            }
        }
        return next;
    }
    if (s.contains(u':')) {
        *definite = false;
        const QStringList bounds = s.split(u':');
        for (const QJsonValue &v : nodes) {
            if (!v.isArray()) {
                continue;
            }
            const QJsonArray a = v.toArray();
            const qsizetype n = a.size();
            auto bound = [n](const QString &text, qsizetype fallback) {
                bool ok = false;
                qsizetype b = text.trimmed().toLongLong(&ok);
                if (!ok) {
                    return fallback;
                }
                if (b < 0) {
                    b += n;
                }
                return std::clamp<qsizetype>(b, 0, n);
            };
            const qsizetype from = bound(bounds.value(0), 0);
            const qsizetype to = bound(bounds.value(1), n);
            for (qsizetype i = from; i < to; ++i) {
                next.append(a.at(i));
            }
        }
        return next;
    }
    const QStringList parts = s.split(u',');
    if (parts.size() > 1) {
        *definite = false;
    }
    for (const QJsonValue &v : nodes) {
        for (const QString &rawPart : parts) {
            const QString part = rawPart.trimmed();
            if (part.size() >= 2 && (part.startsWith(u'\'') || part.startsWith(u'"'))) {
                const QString key = part.mid(1, part.size() - 2);
                if (v.isObject() && v.toObject().contains(key)) {
                    next.append(v.toObject().value(key));
                }
                continue;
            }
            bool ok = false;
            qsizetype index = part.toLongLong(&ok);
            if (ok && v.isArray()) {
                const QJsonArray a = v.toArray();
                if (index < 0) {
                    index += a.size();
                }
                if (index >= 0 && index < a.size()) {
                    next.append(a.at(index));
                }
            }
        }
    }
    return next;
}

/// The closing bracket matching the one at @p open, quotes and nested brackets skipped.
qsizetype closingBracket(const QString &path, qsizetype open)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

PathResult evaluatePath(const QJsonValue &root, const QString &path, const QJsonValue &current)
{
    PathResult result;
    QString p = path.trimmed();
    if (!p.startsWith(u'$')) {
        // Jayway takes "a.b" as "$.a.b".
        p = (p.startsWith(u'[') ? u"$"_s : u"$."_s) + p;
    }
    QList<QJsonValue> nodes { current };
    qsizetype i = 1;
    const qsizetype n = p.size();
    while (i < n) {
        const QChar c = p.at(i);
        if (c == u'[') {
            const qsizetype close = closingBracket(p, i);
            if (close < 0) {
                result.valid = false;
                return result;
            }
            nodes = selectBracket(p.mid(i + 1, close - i - 1), nodes, root, &result.definite);
            i = close + 1;
            continue;
        }
        if (c != u'.') {
            result.valid = false;
            return result;
        }
        ++i;
        bool deep = false;
        if (i < n && p.at(i) == u'.') {
            deep = true;
            ++i;
        }
        if (deep) {
            result.definite = false;
            QList<QJsonValue> all;
            for (const QJsonValue &v : std::as_const(nodes)) {
                descendants(v, &all);
            }
            if (i < n && p.at(i) == u'[') {
                nodes = all;
                continue;
            }
            nodes = all;
        }
        const qsizetype start = i;
        while (i < n && p.at(i) != u'.' && p.at(i) != u'[') {
            ++i;
        }
        const QString key = p.mid(start, i - start);
        if (key == u"length()" || key == u"size()") {
            QList<QJsonValue> sizes;
            for (const QJsonValue &v : std::as_const(nodes)) {
                if (v.isArray()) {
                    sizes.append(double(v.toArray().size()));
                } else if (v.isString()) {
                    sizes.append(double(v.toString().size()));
                } else if (v.isObject()) {
                    sizes.append(double(v.toObject().size()));
                }
            }
            nodes = sizes;
            continue;
        }
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(nodes)) {
            if (key == u"*") {
                result.definite = false;
                next.append(children(v));
            } else if (v.isObject() && v.toObject().contains(key)) {
                next.append(v.toObject().value(key));
            }
        }
        nodes = next;
    }
    result.values = nodes;
    return result;
}

// ---- XML (libxml2) ----

struct XmlDocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

XmlDoc parseXml(const QByteArray &text)
{
    if (text.trimmed().isEmpty() || text.size() > std::numeric_limits<int>::max()) {
        return nullptr;
    }
    // No network, no entity expansion, no DTD loading: a request body is untrusted.
    return XmlDoc(xmlReadMemory(text.constData(), int(text.size()), nullptr, nullptr,
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS
            | XML_PARSE_NOCDATA));
}

QString xmlText(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QString nodeNamespace(const xmlNode *node)
{
    return node->ns ? xmlText(node->ns->href) : QString();
}

/// The element and text children that take part in the comparison, whitespace-only text,
/// comments and processing instructions left out (XMLUnit's ignoreWhitespace, ignoreComments).
QList<const xmlNode *> significantChildren(const xmlNode *node)
{
    QList<const xmlNode *> out;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            out.append(child);
        } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (!xmlText(child->content).trimmed().isEmpty()) {
                out.append(child);
            }
        }
    }
    return out;
}

bool xmlEqual(const xmlNode *e, const xmlNode *a, bool placeholders, int depth = 0)
{
    if (depth > 200 || !e || !a) {
        return false;
    }
    const bool eText = e->type != XML_ELEMENT_NODE;
    const bool aText = a->type != XML_ELEMENT_NODE;
    if (eText || aText) {
        if (eText != aText) {
            return false;
        }
        const QString expected = xmlText(e->content).trimmed();
        if (placeholders && expected == u"${xmlunit.ignore}") {
            return true;
        }
        return expected == xmlText(a->content).trimmed();
    }
    if (xmlText(e->name) != xmlText(a->name) || nodeNamespace(e) != nodeNamespace(a)) {
        return false;
    }
    auto attributes = [](const xmlNode *node) {
        QHash<QString, QString> out;
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
            out.insert(
                (attr->ns ? xmlText(attr->ns->href) + u'|' : QString()) + xmlText(attr->name),
                xmlText(value));
            xmlFree(value);
        }
        return out;
    };
    const QHash<QString, QString> ea = attributes(e);
    const QHash<QString, QString> aa = attributes(a);
    if (ea.size() != aa.size()) {
        return false;
    }
    for (auto it = ea.constBegin(); it != ea.constEnd(); ++it) {
        const auto found = aa.constFind(it.key());
        if (found == aa.constEnd()
            || (*found != *it && !(placeholders && *it == u"${xmlunit.ignore}"))) {
            return false;
        }
    }
    const QList<const xmlNode *> ec = significantChildren(e);
    const QList<const xmlNode *> ac = significantChildren(a);
    if (ec.size() != ac.size()) {
        return false;
    }
    // Text in order; sibling elements in any order, as WireMock's XMLUnit setup pairs them
    // (by name, then by content), found by backtracking.
    QList<const xmlNode *> eElements;
    QList<const xmlNode *> aElements;
    QList<const xmlNode *> eTexts;
    QList<const xmlNode *> aTexts;
    for (const xmlNode *n : ec) {
        (n->type == XML_ELEMENT_NODE ? eElements : eTexts).append(n);
    }
    for (const xmlNode *n : ac) {
        (n->type == XML_ELEMENT_NODE ? aElements : aTexts).append(n);
    }
    if (eElements.size() != aElements.size() || eTexts.size() != aTexts.size()) {
        return false;
    }
    for (qsizetype i = 0; i < eTexts.size(); ++i) {
        if (!xmlEqual(eTexts.at(i), aTexts.at(i), placeholders, depth + 1)) {
            return false;
        }
    }
    QList<bool> used(aElements.size(), false);
    int steps = 0;
    std::function<bool(qsizetype)> assign = [&](qsizetype i) {
        if (i == eElements.size()) {
            return true;
        }
        // The sibling at the same place first: documents in the same order cost one pass.
        for (qsizetype k = 0; k < aElements.size(); ++k) {
            const qsizetype j = (i + k) % aElements.size();
            if (used.at(j) || ++steps > 20000) {
                continue;
            }
            if (xmlEqual(eElements.at(i), aElements.at(j), placeholders, depth + 1)) {
                used[j] = true;
                if (assign(i + 1)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    };
    return assign(0);
}

/// What each node an XPath finds gives a sub-matcher, as WireMock renders it: a text or an
/// attribute its text, any other node its XML.
QString nodeValue(xmlNode *node)
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE
        || node->type == XML_ATTRIBUTE_NODE) {
        xmlChar *content = xmlNodeGetContent(node);
        const QString text = xmlText(content);
        xmlFree(content);
        return text;
    }
    xmlBufferPtr buffer = xmlBufferCreate();
    xmlNodeDump(buffer, node->doc, node, 0, 0);
    const QString text = xmlText(xmlBufferContent(buffer));
    xmlBufferFree(buffer);
    return text;
}

/// The values an XPath finds in @p body: nothing when the body is not XML or the expression does
/// not compile.
std::optional<QStringList> xpathValues(
    const QByteArray &body, const QString &expression, const QJsonObject &namespaces)
{
    const XmlDoc doc = parseXml(body);
    if (!doc) {
        return std::nullopt;
    }
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> context(
        xmlXPathNewContext(doc.get()), &xmlXPathFreeContext);
    if (!context) {
        return std::nullopt;
    }
    for (auto it = namespaces.constBegin(); it != namespaces.constEnd(); ++it) {
        const QByteArray prefix = it.key().toUtf8();
        const QByteArray uri = it->toString().toUtf8();
        xmlXPathRegisterNs(context.get(), reinterpret_cast<const xmlChar *>(prefix.constData()),
            reinterpret_cast<const xmlChar *>(uri.constData()));
    }
    const QByteArray expr = expression.toUtf8();
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar *>(expr.constData()), context.get()),
        &xmlXPathFreeObject);
    if (!result) {
        return std::nullopt;
    }
    QStringList values;
    switch (result->type) {
    case XPATH_NODESET:
        if (result->nodesetval) {
            for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
                values.append(nodeValue(result->nodesetval->nodeTab[i]));
            }
        }
        break;
    case XPATH_BOOLEAN:
        if (result->boolval) {
            values.append(u"true"_s);
        }
        break;
    case XPATH_NUMBER:
        values.append(javaText(QJsonValue(result->floatval)));
        break;
    case XPATH_STRING:
        values.append(xmlText(result->stringval));
        break;
    default:
        break;
    }
    return values;
}

// ---- dates ----

std::optional<QDateTime> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(t, Qt::RFC2822Date);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid()) {
            dt = d.startOfDay(Qt::UTC);
        }
    }
    if (!dt.isValid()) {
        return std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        // WireMock reads a zoneless time as UTC.
        dt.setTimeSpec(Qt::UTC);
    }
    return dt;
}

/// "now", "now +3 days", "2026-01-01T00:00:00Z" with expectedOffset / expectedOffsetUnit.
std::optional<QDateTime> expectedDate(const QString &text, const QJsonObject &pattern)
{
    static const QRegularExpression relative(
        u"^now(?:\\s*([+-]?\\d+)\\s*(seconds?|minutes?|hours?|days?|months?|years?))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    std::optional<QDateTime> base;
    qint64 amount = 0;
    QString unit;
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        base = QDateTime::currentDateTimeUtc();
        amount = m.captured(1).toLongLong();
        unit = m.captured(2).toLower();
    } else {
        base = parseDate(text);
    }
    if (!base) {
        return std::nullopt;
    }
    if (pattern.contains(u"expectedOffset"_s)) {
        amount += pattern.value(u"expectedOffset"_s).toInteger();
        unit = pattern.value(u"expectedOffsetUnit"_s).toString(u"days"_s).toLower();
    }
    if (unit.endsWith(u's')) {
        unit.chop(1);
    }
    if (unit == u"second") {
        return base->addSecs(amount);
    }
    if (unit == u"minute") {
        return base->addSecs(amount * 60);
    }
    if (unit == u"hour") {
        return base->addSecs(amount * 3600);
    }
    if (unit == u"day") {
        return base->addDays(amount);
    }
    if (unit == u"month") {
        return base->addMonths(int(amount));
    }
    if (unit == u"year") {
        return base->addYears(int(amount));
    }
    return base;
}

bool matchesDepth(const QJsonObject &pattern, const QByteArray &value, int depth);

/// A sub-matcher beside "expression" (matchesJsonPath, matchesXPath), if there is one.
std::optional<QJsonObject> subMatcher(const QJsonObject &object)
{
    QJsonObject sub = object;
    sub.remove(u"expression"_s);
    sub.remove(u"xPathNamespaces"_s);
    if (operatorOf(sub).isEmpty()) {
        return std::nullopt;
    }
    return sub;
}

bool jsonPathMatches(const QJsonValue &spec, const QByteArray &value, int depth)
{
    const std::optional<QJsonValue> doc = parseJson(value);
    if (!doc) {
        return false;
    }
    const QString expression =
        spec.isObject() ? spec.toObject().value(u"expression"_s).toString() : spec.toString();
    const PathResult result = evaluatePath(*doc, expression, *doc);
    if (!result.valid) {
        return false;
    }
    const std::optional<QJsonObject> sub =
        spec.isObject() ? subMatcher(spec.toObject()) : std::nullopt;
    if (!sub) {
        // Jayway's answer: a definite path gives its value, an indefinite one the list found;
        // WireMock takes null, an empty list and an empty object as no match.
        if (!result.definite) {
            return !result.values.isEmpty();
        }
        if (result.values.isEmpty()) {
            return false;
        }
        const QJsonValue v = result.values.first();
        return !(v.isNull() || (v.isArray() && v.toArray().isEmpty())
            || (v.isObject() && v.toObject().isEmpty()));
    }
    if (result.values.isEmpty()) {
        // Nothing there: only {"absent": true} fits.
        return operatorOf(*sub) == u"absent" && sub->value(u"absent"_s).toBool();
    }
    if (result.definite) {
        return matchesDepth(*sub, javaText(result.values.first()).toUtf8(), depth + 1);
    }
    // An indefinite path: the sub-matcher takes the list as JSON, or fits one of its items.
    QJsonArray list;
    for (const QJsonValue &v : result.values) {
        list.append(v);
    }
    if (matchesDepth(*sub, javaText(list).toUtf8(), depth + 1)) {
        return true;
    }
    return std::any_of(result.values.cbegin(), result.values.cend(),
        [&](const QJsonValue &v) { return matchesDepth(*sub, javaText(v).toUtf8(), depth + 1); });
}

bool xpathMatches(
    const QJsonValue &spec, const QJsonObject &pattern, const QByteArray &value, int depth)
{
    const QJsonObject object = spec.toObject();
    const QString expression =
        spec.isObject() ? object.value(u"expression"_s).toString() : spec.toString();
    QJsonObject namespaces = pattern.value(u"xPathNamespaces"_s).toObject();
    const QJsonObject inner = object.value(u"xPathNamespaces"_s).toObject();
    for (auto it = inner.constBegin(); it != inner.constEnd(); ++it) {
        namespaces.insert(it.key(), *it);
    }
    const std::optional<QStringList> values = xpathValues(value, expression, namespaces);
    if (!values) {
        return false;
    }
    const std::optional<QJsonObject> sub = spec.isObject() ? subMatcher(object) : std::nullopt;
    if (!sub) {
        return !values->isEmpty();
    }
    return std::any_of(values->cbegin(), values->cend(),
        [&](const QString &v) { return matchesDepth(*sub, v.toUtf8(), depth + 1); });
}

struct Part
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// The parts of a multipart body, its boundary read from its first line ("--boundary").
QList<Part> multipartParts(const QByteArray &body)
{
    QList<Part> parts;
    if (!body.startsWith("--")) {
        return parts;
    }
    const qsizetype eol = body.indexOf("\r\n");
    if (eol < 3) {
        return parts;
    }
    const QByteArray delimiter = "\r\n" + body.left(eol);
    qsizetype at = eol + 2;
    while (at < body.size()) {
        qsizetype end = body.indexOf(delimiter, at);
        if (end < 0) {
            end = body.size();
        }
        const QByteArray raw = body.mid(at, end - at);
        const qsizetype blank = raw.indexOf("\r\n\r\n");
        Part part;
        const QByteArray head = blank < 0 ? raw : raw.left(blank);
        part.body = blank < 0 ? QByteArray() : raw.mid(blank + 4);
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                part.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            }
        }
        parts.append(part);
        at = end + delimiter.size();
        if (body.mid(at, 2) == "--") {
            break;
        }
        at += 2; // the CRLF after the delimiter
    }
    return parts;
}

/// WireMock's multipartPatterns item ({"matchingType": "ANY" | "ALL", "headers": {...},
/// "bodyPatterns": [...]}) against one part.
bool partMatches(const QJsonObject &spec, const Part &part, int depth)
{
    const QJsonObject headers = spec.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        QList<QByteArray> values;
        for (const auto &[name, value] : part.headers) {
            if (QString::fromLatin1(name).compare(it.key(), Qt::CaseInsensitive) == 0) {
                values.append(value);
            }
        }
        if (!matchesValues(it->toObject(), values)) {
            return false;
        }
    }
    const QJsonArray bodies = spec.value(u"bodyPatterns"_s).toArray();
    return std::all_of(bodies.begin(), bodies.end(),
        [&](const QJsonValue &p) { return matchesDepth(p.toObject(), part.body, depth + 1); });
}

bool matchesDepth(const QJsonObject &pattern, const QByteArray &value, int depth)
{
    if (depth > 64) {
        return false;
    }
    const QString op = operatorOf(pattern);
    const QJsonValue expected = pattern.value(op);
    const bool ignoreCase = pattern.value(u"caseInsensitive"_s).toBool();
    const QString text = QString::fromUtf8(value);
    if (op == u"equalTo") {
        return ignoreCase ? text.compare(expected.toString(), Qt::CaseInsensitive) == 0
                          : text == expected.toString();
    }
    if (op == u"contains") {
        return text.contains(expected.toString());
    }
    if (op == u"doesNotContain") {
        return !text.contains(expected.toString());
    }
    if (op == u"matches") {
        return fullMatch(expected.toString(), text);
    }
    if (op == u"doesNotMatch") {
        return !fullMatch(expected.toString(), text);
    }
    if (op == u"absent") {
        // A present value never fits {"absent": true}.
        return !expected.toBool();
    }
    if (op == u"anything") {
        return true;
    }
    if (op == u"equalToJson") {
        const std::optional<QJsonValue> actual = parseJson(value);
        const std::optional<QJsonValue> wanted =
            expected.isString() ? parseJson(expected.toString().toUtf8()) : expected;
        if (!actual || !wanted) {
            return false;
        }
        JsonOptions options;
        options.ignoreArrayOrder = pattern.value(u"ignoreArrayOrder"_s).toBool();
        options.ignoreExtraElements = pattern.value(u"ignoreExtraElements"_s).toBool();
        return jsonEqual(*wanted, *actual, options);
    }
    if (op == u"matchesJsonPath") {
        return jsonPathMatches(expected, value, depth);
    }
    if (op == u"matchesJsonSchema") {
        const std::optional<QJsonValue> actual = parseJson(value);
        const std::optional<QJsonValue> schema =
            expected.isString() ? parseJson(expected.toString().toUtf8()) : expected;
        return actual && schema && (schema->isObject() || schema->isBool())
            && JsonSchema::isValid(*actual, *schema);
    }
    if (op == u"equalToXml") {
        const XmlDoc e = parseXml(expected.toString().toUtf8());
        const XmlDoc a = parseXml(value);
        return e && a
            && xmlEqual(xmlDocGetRootElement(e.get()), xmlDocGetRootElement(a.get()),
                pattern.value(u"enablePlaceholders"_s).toBool());
    }
    if (op == u"matchesXPath") {
        return xpathMatches(expected, pattern, value, depth);
    }
    if (op == u"binaryEqualTo") {
        return value == QByteArray::fromBase64(expected.toString().toLatin1());
    }
    if (op == u"before" || op == u"after" || op == u"equalToDateTime") {
        const std::optional<QDateTime> wanted = expectedDate(expected.toString(), pattern);
        const std::optional<QDateTime> actual = parseDate(text);
        if (!wanted || !actual) {
            return false;
        }
        return op == u"before" ? *actual < *wanted
            : op == u"after"   ? *actual > *wanted
                               : *actual == *wanted;
    }
    if (op == u"and" || op == u"or") {
        const QJsonArray items = expected.toArray();
        auto one = [&](const QJsonValue &item) {
            return matchesDepth(item.toObject(), value, depth + 1);
        };
        return op == u"and" ? !items.isEmpty() && std::all_of(items.begin(), items.end(), one)
                            : std::any_of(items.begin(), items.end(), one);
    }
    if (op == u"not") {
        return !matchesDepth(expected.toObject(), value, depth + 1);
    }
    if (op == u"hasExactly" || op == u"includes") {
        return matchesValues(pattern, { value });
    }
    if (op == u"hostOf") {
        // A Host header's host, without its port ("[::1]:8080" -> "[::1]").
        QByteArray host = value.trimmed();
        const qsizetype colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']', colon) < 0
            && (host.startsWith('[') || host.count(':') == 1)) {
            host.truncate(colon);
        }
        return matchesDepth(expected.toObject(), host, depth + 1);
    }
    if (op == u"multipart") {
        const QJsonObject spec = expected.toObject();
        const QList<Part> parts = multipartParts(value);
        auto one = [&](const Part &part) { return partMatches(spec, part, depth); };
        if (parts.isEmpty()) {
            return false;
        }
        return spec.value(u"matchingType"_s).toString(u"ANY"_s) == u"ALL"
            ? std::all_of(parts.cbegin(), parts.cend(), one)
            : std::any_of(parts.cbegin(), parts.cend(), one);
    }
    return false;
}

QString checkDepth(const QJsonObject &pattern, int depth)
{
    if (depth > 64) {
        return u"patterns nested too deep"_s;
    }
    const QString op = operatorOf(pattern);
    if (op.isEmpty()) {
        return u"no matcher WireMock knows (equalTo, contains, matches, equalToJson, ...)"_s;
    }
    const QJsonValue expected = pattern.value(op);
    if (op == u"and" || op == u"or" || op == u"hasExactly" || op == u"includes") {
        if (!expected.isArray()) {
            return u"%1: must be a list of patterns"_s.arg(op);
        }
        const QJsonArray items = expected.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                return u"%1[%2]: must be a pattern object"_s.arg(op).arg(i);
            }
            const QString error = checkDepth(items.at(i).toObject(), depth + 1);
            if (!error.isEmpty()) {
                return u"%1[%2].%3"_s.arg(op).arg(i).arg(error);
            }
        }
        return {};
    }
    if (op == u"not") {
        if (!expected.isObject()) {
            return u"not: must be a pattern object"_s;
        }
        const QString error = checkDepth(expected.toObject(), depth + 1);
        return error.isEmpty() ? QString() : u"not."_s + error;
    }
    if (op == u"matchesJsonPath" || op == u"matchesXPath") {
        if (expected.isObject()) {
            const QJsonObject object = expected.toObject();
            if (!object.value(u"expression"_s).isString()) {
                return u"%1.expression: must be a string"_s.arg(op);
            }
            if (const std::optional<QJsonObject> sub = subMatcher(object)) {
                const QString error = checkDepth(*sub, depth + 1);
                if (!error.isEmpty()) {
                    return u"%1.%2"_s.arg(op, error);
                }
            }
            return {};
        }
        return expected.isString() ? QString() : u"%1: must be a string or an object"_s.arg(op);
    }
    if (op == u"equalToJson" || op == u"matchesJsonSchema") {
        if (expected.isString() && !parseJson(expected.toString().toUtf8())) {
            return u"%1: not valid JSON"_s.arg(op);
        }
        return {};
    }
    if (op == u"absent" || op == u"anything") {
        return {};
    }
    if (op == u"hostOf") {
        if (!expected.isObject()) {
            return u"hostOf: must be a pattern object"_s;
        }
        const QString error = checkDepth(expected.toObject(), depth + 1);
        return error.isEmpty() ? QString() : u"hostOf."_s + error;
    }
    if (op == u"multipart") {
        const QJsonObject spec = expected.toObject();
        const QString type = spec.value(u"matchingType"_s).toString(u"ANY"_s);
        if (!expected.isObject() || (type != u"ANY" && type != u"ALL")) {
            return u"multipart: must be an object with matchingType ANY or ALL"_s;
        }
        const QJsonObject headers = spec.value(u"headers"_s).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QString error = checkDepth(it->toObject(), depth + 1);
            if (!error.isEmpty()) {
                return u"multipart.headers.%1.%2"_s.arg(it.key(), error);
            }
        }
        const QJsonArray bodies = spec.value(u"bodyPatterns"_s).toArray();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QString error = checkDepth(bodies.at(i).toObject(), depth + 1);
            if (!error.isEmpty()) {
                return u"multipart.bodyPatterns[%1].%2"_s.arg(i).arg(error);
            }
        }
        return {};
    }
    if (op == u"equalToXml") {
        if (!expected.isString()) {
            return u"equalToXml: must be a string"_s;
        }
        return parseXml(expected.toString().toUtf8()) ? QString()
                                                      : u"equalToXml: not well-formed XML"_s;
    }
    if (!expected.isString()) {
        return u"%1: must be a string"_s.arg(op);
    }
    if (op == u"matches" || op == u"doesNotMatch") {
        const ValueMatcher::Regex regex(expected.toString());
        if (!regex.isValid()) {
            return u"%1: %2"_s.arg(op, regex.errorString());
        }
    }
    if ((op == u"before" || op == u"after" || op == u"equalToDateTime")
        && !expectedDate(expected.toString(), pattern)) {
        return u"%1: not a date WireMock reads (\"now\", \"now +3 days\", ISO 8601)"_s.arg(op);
    }
    return {};
}

/// What a pattern says of a value that is not there (WireMock matches null): the negative
/// ones (doesNotContain, doesNotMatch, not of a positive one) fit, every other does not.
bool matchesAbsent(const QJsonObject &pattern, int depth)
{
    if (depth > 64) {
        return false;
    }
    const QString op = operatorOf(pattern);
    if (op == u"absent") {
        return pattern.value(op).toBool();
    }
    if (op == u"doesNotContain" || op == u"doesNotMatch") {
        return true;
    }
    if (op == u"not") {
        return !matchesAbsent(pattern.value(op).toObject(), depth + 1);
    }
    if (op == u"and" || op == u"or") {
        const QJsonArray items = pattern.value(op).toArray();
        auto one = [depth](const QJsonValue &item) {
            return matchesAbsent(item.toObject(), depth + 1);
        };
        return op == u"and" ? !items.isEmpty() && std::all_of(items.begin(), items.end(), one)
                            : std::any_of(items.begin(), items.end(), one);
    }
    return false;
}

} // namespace

QString check(const QJsonObject &pattern)
{
    return checkDepth(pattern, 0);
}

bool matches(const QJsonObject &pattern, const QByteArray &value)
{
    return matchesDepth(pattern, value, 0);
}

bool matchesValues(const QJsonObject &pattern, const QList<QByteArray> &values)
{
    const QString op = operatorOf(pattern);
    if (op == u"absent") {
        return values.isEmpty() == pattern.value(u"absent"_s).toBool();
    }
    if (op == u"hasExactly" || op == u"includes") {
        const QJsonArray items = pattern.value(op).toArray();
        // Every pattern fits one of the values; hasExactly also wants no value left over.
        for (const QJsonValue &item : items) {
            const QJsonObject sub = item.toObject();
            if (std::none_of(values.cbegin(), values.cend(),
                    [&](const QByteArray &v) { return matches(sub, v); })) {
                return false;
            }
        }
        if (op == u"includes") {
            return true;
        }
        return values.size() == items.size()
            && std::all_of(values.cbegin(), values.cend(), [&](const QByteArray &v) {
                   return std::any_of(items.begin(), items.end(),
                       [&](const QJsonValue &item) { return matches(item.toObject(), v); });
               });
    }
    if (values.isEmpty()) {
        return matchesAbsent(pattern, 0);
    }
    return std::any_of(
        values.cbegin(), values.cend(), [&](const QByteArray &v) { return matches(pattern, v); });
}

} // namespace MockBench::WireMockPattern
