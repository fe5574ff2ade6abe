// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

#include <QUrl>

namespace MockBench {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    QByteArray joined;
    bool found = false;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (found) {
                joined += ", ";
            }
            joined += value;
            found = true;
        }
    }
    return joined;
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(),
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QString HttpRequest::queryItem(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasQueryItem(const QString &name) const
{
    return std::any_of(query.begin(), query.end(), [&](const auto &q) { return q.first == name; });
}

static QString decodeComponent(QByteArray bytes, bool plusIsSpace)
{
    if (plusIsSpace) {
        bytes.replace('+', ' ');
    }
    if (!bytes.contains('%')) {
        return QString::fromUtf8(bytes);
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

void HttpRequest::setTarget(const QByteArray &newTarget)
{
    target = newTarget;
    const qsizetype q = target.indexOf('?');
    QByteArray rawPath = q < 0 ? target : target.left(q);
    rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    // An absolute-form target (proxy style, "http://host/path") still routes by its path.
    if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
        const qsizetype slash = rawPath.indexOf('/', rawPath.indexOf("//") + 2);
        rawPath = slash < 0 ? QByteArray("/") : rawPath.mid(slash);
    }
    path = decodeComponent(rawPath, false);
    query.clear();
    if (!rawQuery.isEmpty()) {
        for (const QByteArray &item : rawQuery.split('&')) {
            if (item.isEmpty()) {
                continue;
            }
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = eq < 0 ? item : item.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
            query.append({ decodeComponent(key, true), decodeComponent(value, true) });
        }
    }
}

} // namespace MockBench
