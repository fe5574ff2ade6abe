// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchConditions.h"

#include "http/HttpRequest.h"
#include "model/JsonSchema.h"
#include "model/JsonValues.h"
#include "model/WireMockPattern.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

struct NamedTarget
{
    MatchRule::Target target;
    const char16_t *name;
};
constexpr std::array<NamedTarget, 14> namedTargets { {
    { MatchRule::Target::Body, u"body" },
    { MatchRule::Target::Query, u"query" },
    { MatchRule::Target::Header, u"header" },
    { MatchRule::Target::Cookie, u"cookie" },
    { MatchRule::Target::Param, u"param" },
    { MatchRule::Target::Path, u"path" },
    { MatchRule::Target::Method, u"method" },
    { MatchRule::Target::RequestNumber, u"requestNumber" },
    { MatchRule::Target::Global, u"global" },
    { MatchRule::Target::Data, u"data" },
    { MatchRule::Target::Template, u"template" },
    { MatchRule::Target::Url, u"url" },
    { MatchRule::Target::UrlPath, u"urlPath" },
    { MatchRule::Target::Form, u"form" },
} };

struct NamedOperator
{
    MatchRule::Operator op;
    const char16_t *name;
};
constexpr std::array<NamedOperator, 8> namedOperators { {
    { MatchRule::Operator::Equals, u"equals" },
    { MatchRule::Operator::Regex, u"regex" },
    { MatchRule::Operator::RegexI, u"regexIgnoreCase" },
    { MatchRule::Operator::Null, u"null" },
    { MatchRule::Operator::EmptyArray, u"emptyArray" },
    { MatchRule::Operator::ArrayIncludes, u"arrayIncludes" },
    { MatchRule::Operator::Schema, u"schema" },
    { MatchRule::Operator::WireMock, u"wiremock" },
} };

/// Sets @p key of @p object to @p value the way Express's query parser (qs) nests names:
/// "a[b]" is a member b of a, "a[]" and a repeated name make an array.
void insertNested(QJsonObject &object, const QString &key, const QString &value)
{
    const qsizetype open = key.indexOf(u'[');
    if (open > 0 && key.endsWith(u']')) {
        const QString head = key.left(open);
        const qsizetype close = key.indexOf(u']', open);
        const QString inner = key.mid(open + 1, close - open - 1);
        const QString rest = key.mid(close + 1);
        QJsonValue current = object.value(head);
        if (inner.isEmpty()) {
            QJsonArray array = current.isArray() ? current.toArray()
                : current.isUndefined()          ? QJsonArray()
                                                 : QJsonArray { current };
            array.append(value);
            object.insert(head, array);
            return;
        }
        QJsonObject child = current.toObject();
        insertNested(child, inner + rest, value);
        object.insert(head, child);
        return;
    }
    const QJsonValue current = object.value(key);
    if (current.isUndefined()) {
        object.insert(key, value);
    } else if (current.isArray()) {
        QJsonArray array = current.toArray();
        array.append(value);
        object.insert(key, array);
    } else {
        object.insert(key, QJsonArray { current, value });
    }
}

QJsonObject formObject(const QByteArray &encoded)
{
    QJsonObject object;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        insertNested(object, QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return object;
}

/// The values of form field @p name in a form body, decoded, in order.
QStringList formValues(const HttpRequest &request, const QString &name)
{
    QStringList values;
    if (!request.header("Content-Type").toLower().contains("application/x-www-form-urlencoded")) {
        return values;
    }
    for (const QByteArray &pair : request.body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(key)) == name) {
            values.append(QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
    }
    return values;
}

/// The body as a JSON value, as Mockoon parses it by its Content-Type: JSON (also any
/// application/...+json), or the fields of a form; nothing otherwise.
std::optional<QJsonValue> structuredBody(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    if (type.contains("application/x-www-form-urlencoded")) {
        return QJsonValue(formObject(request.body));
    }
    static const QRegularExpression plusJson(u"application/.*\\+json"_s);
    if (!type.contains("application/json")
        && !plusJson.match(QString::fromLatin1(type)).hasMatch()) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QByteArray wrapped = "[" + request.body + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        return doc.array().at(0);
    }
    return std::nullopt;
}

/// One step of a path: a member name or an array index.
std::optional<QJsonValue> step(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const auto it = object.constFind(key);
        return it == object.constEnd() ? std::nullopt : std::optional<QJsonValue>(*it);
    }
    if (value.isArray()) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        const QJsonArray array = value.toArray();
        if (isIndex && index >= 0 && index < array.size()) {
            return array.at(index);
        }
    }
    return std::nullopt;
}

/// A dotted path ("users.0.name", object-path's) into @p root; nothing when it leads nowhere.
std::optional<QJsonValue> dottedPath(const QJsonValue &root, const QString &path)
{
    // "a\\.b" names the member "a.b", as object-path reads it.
    QStringList keys { QString() };
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) == u'\\' && i + 1 < path.size() && path.at(i + 1) == u'.') {
            keys.last() += u'.';
            ++i;
        } else if (path.at(i) == u'.') {
            keys.append(QString());
        } else {
            keys.last() += path.at(i);
        }
    }
    std::optional<QJsonValue> current = root;
    for (const QString &key : std::as_const(keys)) {
        current = step(*current, key);
        if (!current) {
            return std::nullopt;
        }
    }
    return current;
}

/// A JSONPath ("$.users[0].name", "$..id", "$.items[*].id") into @p root, as jsonpath-plus
/// answers without wrapping: nothing for no match, the value for one, an array for several.
std::optional<QJsonValue> jsonPath(const QJsonValue &root, const QString &path)
{
    QList<QJsonValue> nodes { root };
    qsizetype i = 1; // after '$'
    const qsizetype n = path.size();
    bool many = false;
    auto descendants = [](const QJsonValue &value, QList<QJsonValue> *out) {
        QList<QJsonValue> stack { value };
        while (!stack.isEmpty()) {
            const QJsonValue v = stack.takeLast();
            out->append(v);
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.constEnd(); it != o.constBegin();) {
                    --it;
                    stack.append(*it);
                }
            } else if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (qsizetype k = a.size(); k > 0; --k) {
                    stack.append(a.at(k - 1));
                }
            }
        }
    };
    auto select = [&many](const QList<QJsonValue> &from, const QString &key) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : from) {
            if (key == u"*") {
                many = true;
                if (v.isObject()) {
                    for (const QJsonValue &member : v.toObject()) {
                        next.append(member);
                    }
                } else if (v.isArray()) {
                    for (const QJsonValue &item : v.toArray()) {
                        next.append(item);
                    }
                }
            } else if (const auto found = step(v, key)) {
                next.append(*found);
            }
        }
        return next;
    };
    while (i < n) {
        bool deep = false;
        QString key;
        if (path.at(i) == u'.') {
            ++i;
            if (i < n && path.at(i) == u'.') {
                deep = true;
                ++i;
            }
            const qsizetype start = i;
            while (i < n && path.at(i) != u'.' && path.at(i) != u'[') {
                ++i;
            }
            key = path.mid(start, i - start);
        } else if (path.at(i) == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0) {
                return std::nullopt;
            }
            key = path.mid(i + 1, close - i - 1).trimmed();
            if (key.size() >= 2
                && ((key.startsWith(u'\'') && key.endsWith(u'\''))
                    || (key.startsWith(u'"') && key.endsWith(u'"')))) {
                key = key.mid(1, key.size() - 2);
            }
            i = close + 1;
        } else {
            return std::nullopt;
        }
        if (deep) {
            many = true;
            QList<QJsonValue> all;
            for (const QJsonValue &v : std::as_const(nodes)) {
                descendants(v, &all);
            }
            nodes = key.isEmpty() ? all : select(all, key);
        } else if (!key.isEmpty()) {
            nodes = select(nodes, key);
        }
    }
    if (nodes.isEmpty()) {
        return std::nullopt;
    }
    if (nodes.size() == 1 && !many) {
        return nodes.first();
    }
    QJsonArray array;
    for (const QJsonValue &v : std::as_const(nodes)) {
        array.append(v);
    }
    return QJsonValue(array);
}

std::optional<QJsonValue> atPath(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty()) {
        return root;
    }
    return path.startsWith(u'$') ? jsonPath(root, path) : dottedPath(root, path);
}

std::optional<QString> cookie(const HttpRequest &request, const QString &name)
{
    const QString header = QString::fromLatin1(request.header("Cookie"));
    for (const QString &part : header.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0 || part.left(eq).trimmed() != name) {
            continue;
        }
        QString value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
            value = value.mid(1, value.size() - 2);
        }
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value.toUtf8()));
    }
    return std::nullopt;
}

/// A store or global variable named by the first part of @p name, then a path into it.
std::optional<QJsonValue> namedValue(
    const QString &name, const std::function<std::optional<QJsonValue>(const QString &)> &lookup)
{
    const qsizetype dot = name.indexOf(u'.');
    const QString head = dot < 0 ? name : name.left(dot);
    const std::optional<QJsonValue> value = lookup(head);
    if (!value || dot < 0) {
        return value;
    }
    return atPath(*value, name.mid(dot + 1));
}

/// The value rule @p rule looks at; nothing when it is absent (JavaScript's undefined).
std::optional<QJsonValue> targetValue(
    const MatchRule &rule, const HttpRequest &request, const RuleContext *context)
{
    switch (rule.target) {
    case MatchRule::Target::Body: {
        // The parsed body (JSON or a form), else its text; a path into text gives the text.
        const QJsonValue text(QString::fromUtf8(request.body));
        const bool compares = rule.op == MatchRule::Operator::Equals
            || rule.op == MatchRule::Operator::Regex || rule.op == MatchRule::Operator::RegexI;
        if (rule.name.isEmpty() && compares) {
            return text;
        }
        const QJsonValue body = structuredBody(request).value_or(text);
        if (rule.name.isEmpty() || !(body.isObject() || body.isArray())) {
            return body;
        }
        return atPath(body, rule.name);
    }
    case MatchRule::Target::Query: {
        QJsonObject object;
        for (const auto &[key, value] : request.query) {
            insertNested(object, key, value);
        }
        return atPath(object, rule.name);
    }
    case MatchRule::Target::Header:
        if (rule.name.isEmpty()) {
            return QJsonValue(QString());
        }
        if (!request.hasHeader(rule.name.toLatin1())) {
            return std::nullopt;
        }
        return QJsonValue(QString::fromLatin1(request.header(rule.name.toLatin1())));
    case MatchRule::Target::Cookie: {
        const std::optional<QString> value = cookie(request, rule.name);
        return value ? std::optional<QJsonValue>(*value) : std::nullopt;
    }
    case MatchRule::Target::Param: {
        const std::optional<QString> value = context ? context->pathParam(rule.name) : std::nullopt;
        return value ? std::optional<QJsonValue>(*value) : std::nullopt;
    }
    case MatchRule::Target::Path: {
        // The target as sent, query included, runs of slashes made one (Mockoon's req.url).
        static const QRegularExpression slashes(u"/{2,}"_s);
        return QJsonValue(QString::fromUtf8(request.target).replace(slashes, u"/"_s));
    }
    case MatchRule::Target::Method:
        return QJsonValue(QString::fromLatin1(request.method).toLower());
    case MatchRule::Target::RequestNumber:
        return QJsonValue(double(context ? context->requestNumber() : 1));
    case MatchRule::Target::Global:
        if (!context) {
            return std::nullopt;
        }
        return namedValue(
            rule.name, [context](const QString &n) { return context->globalVariable(n); });
    case MatchRule::Target::Data:
        if (!context) {
            return std::nullopt;
        }
        return namedValue(rule.name, [context](const QString &n) { return context->dataStore(n); });
    case MatchRule::Target::Template:
        return QJsonValue(context ? context->renderedTemplate(rule) : QString());
    case MatchRule::Target::Url: {
        // An empty query is no query: "/q?" is WireMock's "/q".
        const QByteArray &target = request.target;
        return QJsonValue(QString::fromUtf8(target.endsWith('?') ? target.chopped(1) : target));
    }
    case MatchRule::Target::UrlPath: {
        const qsizetype q = request.target.indexOf('?');
        return QJsonValue(QString::fromUtf8(q < 0 ? request.target : request.target.left(q)));
    }
    case MatchRule::Target::Form: {
        const QStringList values = formValues(request, rule.name);
        if (values.isEmpty()) {
            return std::nullopt;
        }
        if (values.size() == 1) {
            return QJsonValue(values.first());
        }
        return QJsonValue(QJsonArray::fromStringList(values));
    }
    }
    return std::nullopt;
}

QString asText(const QJsonValue &value);

/// Every value rule @p rule's target has, as WireMock's matchers see them: each value of a
/// repeated query item, header or form field; the body as bytes; none when it is absent.
QList<QByteArray> targetValues(
    const MatchRule &rule, const HttpRequest &request, const RuleContext *context)
{
    QList<QByteArray> values;
    switch (rule.target) {
    case MatchRule::Target::Body:
        if (rule.name.isEmpty()) {
            // WireMock takes an empty body for none: {"absent": true} fits it.
            if (!request.body.isEmpty()) {
                values.append(request.body);
            }
            return values;
        }
        break;
    case MatchRule::Target::Query:
        if (rule.name.isEmpty()) {
            values.append(request.rawQuery);
            return values;
        }
        for (const auto &[key, value] : request.query) {
            if (key == rule.name) {
                values.append(value.toUtf8());
            }
        }
        return values;
    case MatchRule::Target::Header:
        for (const auto &[key, value] : request.headers) {
            if (key.compare(rule.name.toLatin1(), Qt::CaseInsensitive) == 0) {
                values.append(value);
            }
        }
        return values;
    case MatchRule::Target::Form:
        for (const QString &value : formValues(request, rule.name)) {
            values.append(value.toUtf8());
        }
        return values;
    default:
        break;
    }
    const std::optional<QJsonValue> value = targetValue(rule, request, context);
    if (!value || value->isUndefined()) {
        return values;
    }
    if (value->isArray()) {
        for (const QJsonValue &item : value->toArray()) {
            values.append(asText(item).toUtf8());
        }
    } else {
        values.append(value->isNull() ? QByteArray() : asText(*value).toUtf8());
    }
    return values;
}

/// A rule's WireMock pattern, parsed once per thread.
const QJsonObject &wireMockPattern(const QString &json)
{
    thread_local QHash<QString, QJsonObject> cache;
    auto it = cache.find(json);
    if (it == cache.end()) {
        if (cache.size() > 512) {
            cache.clear();
        }
        it = cache.insert(json, QJsonDocument::fromJson(json.toUtf8()).object());
    }
    return *it;
}

/// A value as JavaScript's String() writes it, the way Mockoon compares.
QString asText(const QJsonValue &value)
{
    if (const std::optional<QString> scalar = JsonValues::scalarText(value)) {
        return *scalar;
    }
    if (value.isObject()) {
        return u"[object Object]"_s;
    }
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        items.append(item.isNull() || item.isUndefined() ? QString() : asText(item));
    }
    return items.join(u',');
}

/// A rule's regex, found anywhere in the text as JavaScript's RegExp.test() finds it, with
/// ValueMatcher's bound on backtracking; compiled once per thread.
const QRegularExpression &searchRegex(const QString &pattern, bool ignoreCase)
{
    // Searched, not anchored, so PCRE2 finds a literal in a long body at memchr speed; the
    // match limit bounds backtracking over the whole search.
    thread_local QHash<QString, QRegularExpression> cache;
    const QString key = (ignoreCase ? u"i:"_s : u"s:"_s) + pattern;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512) {
            cache.clear();
        }
        it = cache.insert(key,
            QRegularExpression(u"(*LIMIT_MATCH=1000000)"_s + pattern,
                ignoreCase ? QRegularExpression::CaseInsensitiveOption
                           : QRegularExpression::NoPatternOption));
    }
    return *it;
}

bool ruleHolds(const MatchRule &rule, const HttpRequest &request, const RuleContext *context)
{
    if (rule.op == MatchRule::Operator::WireMock) {
        return WireMockPattern::matchesValues(
            wireMockPattern(rule.value), targetValues(rule, request, context));
    }
    const std::optional<QJsonValue> value = targetValue(rule, request, context);
    const QString expected =
        rule.templateValue && context ? context->renderedValue(rule) : rule.value;
    switch (rule.op) {
    case MatchRule::Operator::Null:
        return !value || value->isNull() || (value->isString() && value->toString().isEmpty());
    case MatchRule::Operator::EmptyArray:
        return value && value->isArray() && value->toArray().isEmpty();
    case MatchRule::Operator::ArrayIncludes:
        if (!value || !value->isArray()) {
            return false;
        }
        for (const QJsonValue &item : value->toArray()) {
            if (asText(item) == expected) {
                return true;
            }
        }
        return false;
    case MatchRule::Operator::Schema: {
        if (!value || !context) {
            return false;
        }
        const std::optional<QJsonValue> schema =
            namedValue(rule.value, [context](const QString &n) { return context->dataStore(n); });
        return schema && (schema->isObject() || schema->isBool())
            && JsonSchema::isValid(*value, *schema);
    }
    case MatchRule::Operator::Equals:
    case MatchRule::Operator::Regex:
    case MatchRule::Operator::RegexI:
    case MatchRule::Operator::WireMock:
        break;
    }
    if (!value) {
        return false;
    }
    const QRegularExpression *regex = nullptr;
    if (rule.op != MatchRule::Operator::Equals) {
        regex = &searchRegex(expected, rule.op == MatchRule::Operator::RegexI);
        if (!regex->isValid()) {
            return false;
        }
    }
    // Compared as JavaScript's String() writes the value (null as ""), an array item by item.
    auto fits = [&](const QJsonValue &v) {
        const QString text = v.isNull() ? QString() : asText(v);
        return regex ? regex->match(text).hasMatch() : text == expected;
    };
    if (value->isArray()) {
        const QJsonArray array = value->toArray();
        return std::any_of(array.begin(), array.end(), fits);
    }
    return fits(*value);
}

} // namespace

QString MatchRule::targetName(Target target)
{
    for (const NamedTarget &t : namedTargets) {
        if (t.target == target) {
            return QString::fromUtf16(t.name);
        }
    }
    return {};
}

std::optional<MatchRule::Target> MatchRule::targetFromName(const QString &name)
{
    for (const NamedTarget &t : namedTargets) {
        if (name == QStringView(t.name)) {
            return t.target;
        }
    }
    return std::nullopt;
}

QString MatchRule::operatorName(Operator op)
{
    for (const NamedOperator &o : namedOperators) {
        if (o.op == op) {
            return QString::fromUtf16(o.name);
        }
    }
    return {};
}

std::optional<MatchRule::Operator> MatchRule::operatorFromName(const QString &name)
{
    for (const NamedOperator &o : namedOperators) {
        if (name == QStringView(o.name)) {
            return o.op;
        }
    }
    return std::nullopt;
}

QStringList MatchRule::targetNames()
{
    QStringList names;
    for (const NamedTarget &t : namedTargets) {
        names.append(QString::fromUtf16(t.name));
    }
    return names;
}

QStringList MatchRule::operatorNames()
{
    QStringList names;
    for (const NamedOperator &o : namedOperators) {
        names.append(QString::fromUtf16(o.name));
    }
    return names;
}

bool MatchConditions::needsContext() const
{
    return std::any_of(rules.cbegin(), rules.cend(), [](const MatchRule &rule) {
        switch (rule.target) {
        case MatchRule::Target::Param:
        case MatchRule::Target::RequestNumber:
        case MatchRule::Target::Global:
        case MatchRule::Target::Data:
        case MatchRule::Target::Template:
            return true;
        default:
            return rule.op == MatchRule::Operator::Schema || rule.templateValue;
        }
    });
}

bool MatchConditions::hasTemplateRules() const
{
    return std::any_of(rules.cbegin(), rules.cend(),
        [](const MatchRule &rule) { return rule.target == MatchRule::Target::Template; });
}

bool MatchConditions::matches(
    const HttpRequest &request, QStringList *why, const RuleContext *context) const
{
    if (any) {
        // One fitting condition is enough: each is tried on its own, misses explained only
        // when none fits.
        QStringList misses;
        auto one = [&](MatchConditions single) {
            single.any = false;
            return single.matches(request, why ? &misses : nullptr, context);
        };
        for (const auto &item : query) {
            MatchConditions single;
            single.query.append(item);
            if (one(single)) {
                return true;
            }
        }
        for (const auto &item : headers) {
            MatchConditions single;
            single.headers.append(item);
            if (one(single)) {
                return true;
            }
        }
        if (body) {
            MatchConditions single;
            single.body = body;
            if (one(single)) {
                return true;
            }
        }
        for (const MatchRule &rule : rules) {
            // The rule itself, not a copy: the context knows a rule's templates by its address.
            if (ruleHolds(rule, request, context) != rule.invert) {
                return true;
            }
            if (why) {
                misses.append(u"rule %1 does not hold"_s.arg(MatchRule::targetName(rule.target)));
            }
        }
        if (why) {
            why->append(misses.isEmpty() ? u"no condition to fit (combine: any)"_s
                                         : misses.join(u"; or "_s));
        }
        return false;
    }
    bool ok = true;
    QString reason;
    for (const auto &[name, matcher] : query) {
        // A repeated item ("?tag=a&tag=b") fits when any one of its values does.
        QStringList values;
        for (const auto &[key, value] : request.query) {
            if (key == name) {
                values.append(value);
            }
        }
        if (values.isEmpty()) {
            if (!why) {
                return false;
            }
            why->append(u"query %1 is missing"_s.arg(name));
            ok = false;
        } else if (std::none_of(values.cbegin(), values.cend(),
                       [&m = matcher](const QString &value) { return m.matches(value); })) {
            if (!why) {
                return false;
            }
            matcher.matches(values.first(), &reason);
            why->append(u"query %1 %2"_s.arg(name, reason));
            ok = false;
        }
    }
    for (const auto &[name, matcher] : headers) {
        const QByteArray key = name.toLatin1();
        if (!request.hasHeader(key)) {
            if (!why) {
                return false;
            }
            why->append(u"header %1 is missing"_s.arg(name));
            ok = false;
        } else if (!matcher.matches(
                       QString::fromLatin1(request.header(key)), why ? &reason : nullptr)) {
            if (!why) {
                return false;
            }
            why->append(u"header %1 %2"_s.arg(name, reason));
            ok = false;
        }
    }
    if (body && !body->matchesBytes(request.body, why ? &reason : nullptr)) {
        if (!why) {
            return false;
        }
        why->append(u"body %1"_s.arg(reason));
        ok = false;
    }
    for (const MatchRule &rule : rules) {
        if (ruleHolds(rule, request, context) == rule.invert) {
            if (!why) {
                return false;
            }
            why->append(u"rule %1%2 %3%4 %5 does not hold"_s.arg(MatchRule::targetName(rule.target),
                rule.name.isEmpty() ? QString() : u" "_s + rule.name,
                rule.invert ? u"not "_s : QString(), MatchRule::operatorName(rule.op), rule.value));
            ok = false;
        }
    }
    return ok;
}

} // namespace MockBench
