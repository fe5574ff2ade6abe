// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace MockBench {

JsonText::Parsed JsonText::parse(const QString &text)
{
    Parsed result;
    const QByteArray bytes = text.toUtf8();
    // QJsonDocument takes only objects and arrays: wrap the text so a bare 42 or "x" parses.
    const QByteArray wrapped = QByteArray("[") + bytes + QByteArray("\n]");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonArray array = doc.array();
        if (array.size() == 1) {
            result.value = array.first();
            return result;
        }
        result.error = array.isEmpty() ? tr("no value") : tr("more than one value");
        error.offset = array.isEmpty() ? 0 : int(bytes.size());
    } else {
        result.error = error.errorString();
    }
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset) - 1, bytes.size());
    const QString before = QString::fromUtf8(bytes.left(offset));
    result.line = int(before.count(u'\n')) + 1;
    result.column = int(before.size() - before.lastIndexOf(u'\n'));
    return result;
}

QString JsonText::indented(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    }
    return compact(value);
}

QString JsonText::compact(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    // A scalar: written as the only item of an array, without the brackets.
    const QByteArray one = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(one.mid(1, one.size() - 2));
}

} // namespace MockBench
