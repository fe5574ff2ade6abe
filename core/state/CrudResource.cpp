// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrudResource.h"

#include "model/JsonValues.h"

#include "http/HttpRequest.h"
#include "state/StateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    if (value.isUndefined()) {
        return "null";
    }
    return QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

HttpResponse jsonAnswer(int status, const QByteArray &body)
{
    HttpResponse out;
    out.status = status;
    // As json-server and Mockoon send it.
    out.headers.append(
        { QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8") });
    out.body = body;
    return out;
}

HttpResponse errorAnswer(int status, const QString &message)
{
    return jsonAnswer(status, compact(QJsonObject { { u"error"_s, message } }));
}

/// A value as the text a query or a path compares it with (JsonValues::scalarText).
std::optional<QString> textOf(const QJsonValue &value)
{
    return JsonValues::scalarText(value);
}

/// The member at dotted @p path ("address.city") of @p item, undefined when there is none.
QJsonValue member(const QJsonValue &item, const QString &path)
{
    if (!path.contains(u'.')) {
        return item.isObject() ? item.toObject().value(path) : QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue v = item;
    for (const QString &part : path.split(u'.')) {
        if (!v.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        v = v.toObject().value(part);
    }
    return v;
}

/// The member at a path split into its parts, as member() but without splitting per item.
QJsonValue member(const QJsonValue &item, const QStringList &parts)
{
    QJsonValue v = item;
    for (const QString &part : parts) {
        if (!v.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        v = v.toObject().value(part);
    }
    return v;
}

/// The index of the item @p key names: an object whose key field reads as @p key, or, in an
/// array of plain values, the position @p key (as Mockoon does); -1 when there is none.
qsizetype findItem(const QJsonArray &items, const QString &keyField, const QString &key)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isObject()) {
            const QJsonValue id = member(item, keyField);
            if (!id.isUndefined() && !id.isNull() && textOf(id) == key) {
                return i;
            }
        } else {
            bool ok = false;
            if (key.toLongLong(&ok) == i && ok) {
                return i;
            }
        }
    }
    return -1;
}

bool isNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && !text.trimmed().isEmpty();
}

/// A query value, its number read once rather than once per item.
struct Wanted
{
    QString text;
    bool isNumber = false;
    double number = 0;

    explicit Wanted(const QString &value)
        : text(value)
    {
        isNumber = MockBench::isNumber(value, &number);
    }
};

struct Filter
{
    enum class Op { Eq, Ne, Gt, Gte, Lt, Lte, Like, Start, End };
    QString field;
    QStringList path; ///< field split at its dots
    Op op = Op::Eq;
    QList<Wanted> values; ///< Eq: any of them (json-server's repeated field=value)
};

bool compareFilter(const QJsonValue &data, Filter::Op op, const Wanted &wanted)
{
    if (data.isUndefined()) {
        return op == Filter::Op::Ne;
    }
    const std::optional<QString> text = textOf(data);
    const QString &query = wanted.text;
    const double qn = wanted.number;
    const bool queryIsNumber = wanted.isNumber;
    switch (op) {
    case Filter::Op::Eq:
        return text
            && (*text == query || (data.isDouble() && queryIsNumber && data.toDouble() == qn));
    case Filter::Op::Ne:
        return !text
            || (*text != query && !(data.isDouble() && queryIsNumber && data.toDouble() == qn));
    case Filter::Op::Gt:
    case Filter::Op::Gte:
    case Filter::Op::Lt:
    case Filter::Op::Lte: {
        if (!text) {
            return false;
        }
        int c = 0;
        if (data.isDouble() && queryIsNumber) {
            c = data.toDouble() < qn ? -1 : (data.toDouble() > qn ? 1 : 0);
        } else {
            c = text->compare(query);
        }
        switch (op) {
        case Filter::Op::Gt:
            return c > 0;
        case Filter::Op::Gte:
            return c >= 0;
        case Filter::Op::Lt:
            return c < 0;
        default:
            return c <= 0;
        }
    }
    case Filter::Op::Like:
        return text && text->contains(query, Qt::CaseInsensitive);
    case Filter::Op::Start:
        return text && text->startsWith(query, Qt::CaseInsensitive);
    case Filter::Op::End:
        return text && text->endsWith(query, Qt::CaseInsensitive);
    }
    return false;
}

bool containsText(const QJsonValue &value, const QString &text)
{
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        return std::any_of(
            obj.begin(), obj.end(), [&](const QJsonValue &v) { return containsText(v, text); });
    }
    if (value.isArray()) {
        const QJsonArray arr = value.toArray();
        return std::any_of(
            arr.begin(), arr.end(), [&](const QJsonValue &v) { return containsText(v, text); });
    }
    const std::optional<QString> t = textOf(value);
    return t && !value.isNull() && t->contains(text, Qt::CaseInsensitive);
}

/// What a list request asks for: filters, search, sort and paging, from both Mockoon's and
/// json-server's query parameters.
struct ListQuery
{
    QList<Filter> filters;
    QString search;
    QList<std::pair<QString, bool>> sort; ///< field, descending
    std::optional<qint64> page; ///< 1-based
    std::optional<qint64> limit;
    std::optional<qint64> start;
    std::optional<qint64> end;

    bool isEmpty() const
    {
        return filters.isEmpty() && search.isEmpty() && sort.isEmpty() && !page && !limit && !start
            && !end;
    }
};

/// Parses the list query; an unreadable number is an error naming the parameter.
std::optional<ListQuery> parseQuery(const HttpRequest &request, QString *error)
{
    static const std::pair<QStringView, Filter::Op> suffixes[] = {
        { u"_eq", Filter::Op::Eq },
        { u"_ne", Filter::Op::Ne },
        { u"_gte", Filter::Op::Gte },
        { u"_gt", Filter::Op::Gt },
        { u"_lte", Filter::Op::Lte },
        { u"_lt", Filter::Op::Lt },
        { u"_like", Filter::Op::Like },
        { u"_start", Filter::Op::Start },
        { u"_end", Filter::Op::End },
    };
    ListQuery q;
    QStringList sortFields;
    QStringList orders;
    auto number = [&](const QString &name, const QString &value,
                      qint64 minimum) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < minimum) {
            *error =
                u"query parameter %1: \"%2\" is not an integer of at least %3"_s.arg(name, value)
                    .arg(minimum);
            return std::nullopt;
        }
        return n;
    };
    for (const auto &[name, value] : request.query) {
        if (name == u"search" || name == u"q") {
            q.search = value;
        } else if (name == u"sort" || name == u"_sort") {
            sortFields += value.split(u',', Qt::SkipEmptyParts);
        } else if (name == u"order" || name == u"_order") {
            orders += value.split(u',', Qt::SkipEmptyParts);
        } else if (name == u"page" || name == u"_page") {
            if (!(q.page = number(name, value, 1))) {
                return std::nullopt;
            }
        } else if (name == u"limit" || name == u"_limit" || name == u"_per_page") {
            if (!(q.limit = number(name, value, 0))) {
                return std::nullopt;
            }
        } else if (name == u"_start") {
            if (!(q.start = number(name, value, 0))) {
                return std::nullopt;
            }
        } else if (name == u"_end") {
            if (!(q.end = number(name, value, 0))) {
                return std::nullopt;
            }
        } else {
            Filter f;
            f.field = name;
            for (const auto &[suffix, op] : suffixes) {
                const QStringView s = suffix;
                if (name.size() > s.size() && name.endsWith(s)) {
                    f.field = name.chopped(s.size());
                    f.op = op;
                    break;
                }
            }
            f.path = f.field.split(u'.');
            f.values = { Wanted(value) };
            // json-server: a field given twice matches either value.
            const auto same =
                std::find_if(q.filters.begin(), q.filters.end(), [&](const Filter &o) {
                    return o.op == Filter::Op::Eq && f.op == Filter::Op::Eq && o.field == f.field;
                });
            if (same != q.filters.end()) {
                same->values.append(Wanted(value));
            } else {
                q.filters.append(f);
            }
        }
    }
    for (qsizetype i = 0; i < sortFields.size(); ++i) {
        QString field = sortFields.at(i).trimmed();
        bool descending = false;
        if (field.startsWith(u'-')) { // json-server 1.0: _sort=-views
            descending = true;
            field.remove(0, 1);
        }
        const QString order =
            i < orders.size() ? orders.at(i) : (orders.isEmpty() ? QString() : orders.last());
        if (order.compare(u"desc", Qt::CaseInsensitive) == 0) {
            descending = true;
        }
        q.sort.append({ field, descending });
    }
    return q;
}

HttpResponse list(StateStore &store, const RouteResource &resource, const HttpRequest &request)
{
    const QJsonValue value = store.data(resource.data).value_or(QJsonValue());
    if (!value.isArray()) {
        return jsonAnswer(200, store.dataJson(resource.data));
    }
    QString error;
    const std::optional<ListQuery> query = parseQuery(request, &error);
    if (!query) {
        return errorAnswer(400, error);
    }
    const QByteArray total = QByteArray::number(value.toArray().size());
    if (query->isEmpty()) {
        // The common case, served from the store's cached serialisation.
        HttpResponse out = jsonAnswer(200, store.dataJson(resource.data));
        out.headers.append({ QByteArray("X-Total-Count"), total });
        out.headers.append({ QByteArray("X-Filtered-Count"), total });
        return out;
    }
    const QJsonArray all = value.toArray();
    QList<QJsonValue> items;
    items.reserve(all.size());
    for (const QJsonValue &item : all) {
        if (!query->search.isEmpty() && !containsText(item, query->search)) {
            continue;
        }
        const bool fits =
            std::all_of(query->filters.begin(), query->filters.end(), [&](const Filter &f) {
                const QJsonValue data = member(item, f.path);
                return std::any_of(f.values.begin(), f.values.end(),
                    [&](const Wanted &v) { return compareFilter(data, f.op, v); });
            });
        if (fits) {
            items.append(item);
        }
    }
    const QByteArray filtered = QByteArray::number(items.size());
    if (!query->sort.isEmpty()) {
        // Each item's sort keys are read once (not once per comparison): numbers by value, text
        // case-folded, missing values after every present one whatever the order.
        struct Key
        {
            bool missing = true;
            bool isNumber = false;
            double number = 0;
            QString text;
        };
        QList<QStringList> paths;
        for (const auto &[field, descending] : query->sort) {
            paths.append(field.split(u'.'));
        }
        const qsizetype fields = paths.size();
        std::vector<Key> keys(size_t(items.size() * fields));
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype f = 0; f < fields; ++f) {
                const QJsonValue &item = items.at(i);
                const QJsonValue v = item.isObject() ? member(item, paths.at(f)) : item;
                Key &key = keys[size_t(i * fields + f)];
                key.missing = v.isUndefined() || v.isNull();
                key.isNumber = v.isDouble();
                key.number = v.toDouble();
                if (!key.missing && !key.isNumber) {
                    key.text = textOf(v).value_or(QString::fromUtf8(compact(v))).toCaseFolded();
                }
            }
        }
        std::vector<qsizetype> order(size_t(items.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            order[size_t(i)] = i;
        }
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            for (qsizetype f = 0; f < fields; ++f) {
                const Key &ka = keys[size_t(a * fields + f)];
                const Key &kb = keys[size_t(b * fields + f)];
                int c = 0;
                if (ka.missing || kb.missing) {
                    c = ka.missing == kb.missing ? 0 : (ka.missing ? 1 : -1);
                } else {
                    if (ka.isNumber && kb.isNumber) {
                        c = ka.number < kb.number ? -1 : (ka.number > kb.number ? 1 : 0);
                    } else {
                        const QString at = ka.isNumber ? QString::number(ka.number) : ka.text;
                        const QString bt = kb.isNumber ? QString::number(kb.number) : kb.text;
                        c = at.compare(bt);
                        c = c < 0 ? -1 : (c > 0 ? 1 : 0);
                    }
                    if (query->sort.at(f).second) {
                        c = -c;
                    }
                }
                if (c != 0) {
                    return c < 0;
                }
            }
            return false;
        });
        QList<QJsonValue> sorted;
        sorted.reserve(items.size());
        for (qsizetype i : order) {
            sorted.append(items.at(i));
        }
        items = sorted;
    }
    qint64 from = 0;
    qint64 to = items.size();
    if (query->start || query->end) {
        // json-server's slice: _start.._end, or _start and _limit items.
        from = query->start.value_or(0);
        to = query->end ? *query->end : (query->limit ? from + *query->limit : to);
    } else if (query->page || query->limit) {
        // Mockoon's and json-server's pages: limit defaults to 10.
        const qint64 limit = query->limit.value_or(10);
        from = (query->page.value_or(1) - 1) * limit;
        to = from + limit;
    }
    from = std::clamp<qint64>(from, 0, items.size());
    to = std::clamp<qint64>(to, from, items.size());
    QJsonArray page;
    for (qint64 i = from; i < to; ++i) {
        page.append(items.at(i));
    }
    HttpResponse out = jsonAnswer(200, compact(page));
    out.headers.append({ QByteArray("X-Total-Count"), total });
    out.headers.append({ QByteArray("X-Filtered-Count"), filtered });
    return out;
}

/// The request body as JSON: {} when empty (as Mockoon takes it), nothing with @p error set when
/// it is not JSON.
std::optional<QJsonValue> requestJson(const HttpRequest &request, QString *error)
{
    if (request.body.trimmed().isEmpty()) {
        return QJsonValue(QJsonObject());
    }
    QJsonParseError parseError;
    // Wrapped in an array so a scalar body ("42", "\"text\"") is JSON too.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + request.body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *error = u"request body is not JSON: %1 at offset %2"_s
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : u"more than one value"_s)
                     .arg(std::max(0, parseError.offset - 1));
        return std::nullopt;
    }
    return doc.array().at(0);
}

/// @p item with @p key at the dotted path @p keyField ("id", "meta.id"), objects made on the way.
QJsonValue withKey(const QJsonValue &item, const QString &keyField, const QJsonValue &key)
{
    if (!item.isObject() || key.isUndefined()) {
        return item;
    }
    QJsonObject obj = item.toObject();
    const qsizetype dot = keyField.indexOf(u'.');
    if (dot < 0) {
        obj.insert(keyField, key);
        return obj;
    }
    const QString head = keyField.left(dot);
    const QJsonValue inner = obj.value(head);
    obj.insert(head,
        withKey(inner.isObject() ? inner : QJsonValue(QJsonObject()), keyField.mid(dot + 1), key));
    return obj;
}

QJsonValue merged(const QJsonValue &current, const QJsonValue &change)
{
    if (current.isObject() && change.isObject()) {
        QJsonObject obj = current.toObject();
        const QJsonObject add = change.toObject();
        for (auto it = add.begin(); it != add.end(); ++it) {
            obj.insert(it.key(), it.value());
        }
        return obj;
    }
    if (current.isObject()) {
        return current; // merging nothing into an object leaves it
    }
    return change;
}

} // namespace

HttpResponse CrudResource::answer(StateStore &store, const RouteResource &resource,
    const HttpRequest &request, const std::optional<QString> &key)
{
    const QByteArray &method = request.method;
    if (method == "GET" || method == "HEAD") {
        if (!key) {
            return list(store, resource, request);
        }
        const QJsonValue value = store.data(resource.data).value_or(QJsonValue());
        if (!value.isArray()) {
            return jsonAnswer(200, store.dataJson(resource.data));
        }
        // Through the store's index of the keys: one lookup, not a walk over every item. It names
        // items as findItem() does.
        const QString &keyField = resource.key;
        const std::optional<QJsonValue> item = store.findItem(resource.data, keyField, *key,
            [&keyField](const QJsonValue &v, qsizetype position) -> std::optional<QString> {
                if (!v.isObject()) {
                    return QString::number(position);
                }
                const QJsonValue id = member(v, keyField);
                if (id.isUndefined() || id.isNull()) {
                    return std::nullopt;
                }
                return textOf(id);
            });
        return item ? jsonAnswer(200, compact(*item)) : jsonAnswer(404, "{}");
    }
    if (method == "DELETE") {
        int status = 200;
        store.modifyData(resource.data, [&](QJsonValue &value) {
            if (!value.isArray()) {
                value = QJsonValue();
                return true;
            }
            QJsonArray items = value.toArray();
            if (!key) {
                value = QJsonArray();
                return !items.isEmpty();
            }
            const qsizetype index = findItem(items, resource.key, *key);
            if (index < 0) {
                status = 404;
                return false;
            }
            items.removeAt(index);
            value = items;
            return true;
        });
        return jsonAnswer(status, "{}");
    }
    if (method != "POST" && method != "PUT" && method != "PATCH") {
        return errorAnswer(405, u"a resource answers GET, HEAD, POST, PUT, PATCH and DELETE"_s);
    }
    if (method == "POST" && key) {
        HttpResponse out =
            errorAnswer(405, u"POST creates an item on the resource's path, not on an item's"_s);
        out.headers.append({ QByteArray("Allow"), QByteArray("GET, HEAD, PUT, PATCH, DELETE") });
        return out;
    }
    QString error;
    const std::optional<QJsonValue> body = requestJson(request, &error);
    if (!body) {
        return errorAnswer(400, error);
    }
    int status = 200;
    QJsonValue result;
    store.modifyData(resource.data, [&](QJsonValue &value) {
        if (method == "POST") {
            status = 201;
            if (!value.isArray()) {
                value = *body;
                result = value;
                return true;
            }
            QJsonArray items = value.toArray();
            QJsonValue item = *body;
            if (item.isObject() && member(item, resource.key).isUndefined()) {
                // As Mockoon: the highest numeric key + 1, else a UUID.
                std::optional<double> highest;
                for (const QJsonValue &other : std::as_const(items)) {
                    const QJsonValue id = member(other, resource.key);
                    if (id.isDouble() && (!highest || id.toDouble() > *highest)) {
                        highest = id.toDouble();
                    }
                }
                item = withKey(item, resource.key,
                    highest ? QJsonValue(std::floor(*highest) + 1)
                            : QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces)));
            }
            items.append(item);
            value = items;
            result = item;
            return true;
        }
        if (!key) {
            // The whole store: PUT replaces it, PATCH merges (an array into an array appends).
            if (method == "PUT") {
                value = *body;
            } else if (value.isArray() && body->isArray()) {
                QJsonArray items = value.toArray();
                for (const QJsonValue &item : body->toArray()) {
                    items.append(item);
                }
                value = items;
            } else {
                value = merged(value, *body);
            }
            result = value;
            return true;
        }
        if (!value.isArray()) {
            value = method == "PUT" ? *body : merged(value, *body);
            result = value;
            return true;
        }
        QJsonArray items = value.toArray();
        const qsizetype index = findItem(items, resource.key, *key);
        if (index < 0) {
            status = 404;
            return false;
        }
        const QJsonValue current = items.at(index);
        QJsonValue item;
        if (method == "PUT") {
            // Replaced whole, but keeping its key when the new one names none.
            item =
                current.isObject() && body->isObject() && member(*body, resource.key).isUndefined()
                ? withKey(*body, resource.key, member(current, resource.key))
                : *body;
        } else {
            item = merged(current, *body);
        }
        items.replace(index, item);
        value = items;
        result = item;
        return true;
    });
    return status == 404 ? jsonAnswer(404, "{}") : jsonAnswer(status, compact(result));
}

} // namespace MockBench
