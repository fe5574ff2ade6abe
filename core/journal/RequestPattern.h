// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

/// The one request filter: what a received request must look like to count, WireMock style,
/// used alike by Journal::count(), the admin API's `requests?method=&path=` and Verify:
/// `RequestPattern::post(u"/items"_s).withHeader(u"X-Key"_s, u"abc"_s).withJsonBody(subset)`.
/// Every condition set must hold; an unset one accepts anything.
struct RequestPattern
{
    QString method; ///< "" or "*": any method; compared case-insensitively
    QString path; ///< "": any path; exact decoded path, or a prefix when it ends with '*'
    QList<std::pair<QString, std::optional<QString>>> headers; ///< name -> value (none: present)
    QList<std::pair<QString, QString>> queryItems; ///< decoded query item name -> value
    QStringList bodyContains; ///< texts the request body must contain
    std::optional<QJsonValue> jsonBody; ///< the request body must be JSON containing this subset

    /// Any request at all.
    static RequestPattern any() { return {}; }
    static RequestPattern get(const QString &path) { return on(QStringLiteral("GET"), path); }
    static RequestPattern post(const QString &path) { return on(QStringLiteral("POST"), path); }
    static RequestPattern put(const QString &path) { return on(QStringLiteral("PUT"), path); }
    static RequestPattern del(const QString &path) { return on(QStringLiteral("DELETE"), path); }
    /// @p method "*" for any; @p path exact, or ending in '*' for a prefix.
    static RequestPattern on(const QString &method, const QString &path);

    /// The header @p name (case-insensitive) must be present with exactly @p value (for a
    /// repeated header: one of its values, or all of them joined with ", ").
    RequestPattern &withHeader(const QString &name, const QString &value);
    /// The header @p name must be present, with any value.
    RequestPattern &withHeader(const QString &name);
    /// The decoded query item @p name must have the value @p value.
    RequestPattern &withQuery(const QString &name, const QString &value);
    /// The request body must contain @p text (UTF-8).
    RequestPattern &withBodyContaining(const QString &text);
    /// The request body must be JSON containing @p subset, by the rule of a route's JSON body
    /// condition (model/JsonSubset.h): objects may have more keys, arrays more items, in any
    /// order.
    RequestPattern &withJsonBody(const QJsonValue &subset);

    bool matches(const Exchange &exchange) const;
    /// Why @p exchange does not match ("path differs: /a vs /b"), empty when it matches.
    QStringList mismatches(const Exchange &exchange) const;
    /// The pattern as a reader would write it: "POST /items with header X-Key: abc".
    QString toString() const;

    friend bool operator==(const RequestPattern &a, const RequestPattern &b);
    friend bool operator!=(const RequestPattern &a, const RequestPattern &b) { return !(a == b); }

private:
    /// The one walk of the conditions; @p reasons (when given) gets every miss.
    bool check(const Exchange &exchange, QStringList *reasons) const;
};

} // namespace MockBench
