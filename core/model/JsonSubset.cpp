// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MockBench::JsonSubset {

namespace {

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString differs(const QJsonValue &value, const QJsonValue &subset, const QString &at)
{
    return u"differs%1: %2 vs %3"_s.arg(
        at.isEmpty() ? QString() : u" at "_s + at, compactText(value), compactText(subset));
}

} // namespace

QString compactText(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    default: {
        // A scalar goes through a one-element array: QJsonDocument only serialises containers.
        const QByteArray wrapped =
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
        break;
    }
    }
    constexpr int Limit = 80;
    return text.size() <= Limit ? text : text.left(Limit - 1) + u"…"_s;
}

namespace {

/// The one walk: @p why (when given) gets the first place @p value does not contain @p subset.
/// Without @p why no message is built, which matters per request.
bool walk(const QJsonValue &value, const QJsonValue &subset, const QString &at, QString *why)
{
    if (subset.isObject() || subset.isArray()) {
        if (value.type() != subset.type()) {
            if (why) {
                *why = differs(value, subset, at);
            }
            return false;
        }
    }
    if (subset.isObject()) {
        const QJsonObject want = subset.toObject();
        const QJsonObject have = value.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QString path = why ? childPath(at, it.key()) : QString();
            const auto found = have.constFind(it.key());
            if (found == have.constEnd()) {
                if (why) {
                    *why = u"lacks %1 (expected %2)"_s.arg(path, compactText(it.value()));
                }
                return false;
            }
            if (!walk(found.value(), it.value(), path, why)) {
                return false;
            }
        }
        return true;
    }
    if (subset.isArray()) {
        const QJsonArray have = value.toArray();
        for (const QJsonValue &item : subset.toArray()) {
            const bool found = std::any_of(have.begin(), have.end(),
                [&](const QJsonValue &candidate) { return walk(candidate, item, {}, nullptr); });
            if (!found) {
                if (why) {
                    *why = u"%1has no element containing %2"_s.arg(
                        at.isEmpty() ? QString() : u"at "_s + at + u' ', compactText(item));
                }
                return false;
            }
        }
        return true;
    }
    const bool same = subset.isDouble() && value.isDouble() ? subset.toDouble() == value.toDouble()
                                                            : subset == value;
    if (!same && why) {
        *why = differs(value, subset, at);
    }
    return same;
}

} // namespace

QString mismatch(const QJsonValue &value, const QJsonValue &subset, const QString &at)
{
    QString why;
    return walk(value, subset, at, &why) ? QString() : why;
}

bool contains(const QJsonValue &value, const QJsonValue &subset)
{
    return walk(value, subset, {}, nullptr);
}

} // namespace MockBench::JsonSubset
