// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValueMatcher.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

struct HttpRequest;

/// Conditions on query items, headers and body: a route's `match` and a response's `when`.
struct MatchConditions
{
    QList<std::pair<QString, ValueMatcher>> query; ///< item name -> condition
    QList<std::pair<QString, ValueMatcher>> headers; ///< header name (any case) -> condition
    std::optional<ValueMatcher> body;

    bool isEmpty() const { return query.isEmpty() && headers.isEmpty() && !body; }
    /// True when every condition fits @p request; otherwise each miss is appended to @p why.
    bool matches(const HttpRequest &request, QStringList *why = nullptr) const;

    friend bool operator==(const MatchConditions &a, const MatchConditions &b)
    {
        return a.query == b.query && a.headers == b.headers && a.body == b.body;
    }
    friend bool operator!=(const MatchConditions &a, const MatchConditions &b) { return !(a == b); }
};

} // namespace MockBench
