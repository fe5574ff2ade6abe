// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace MockBench::WireMockPattern {

/// The empty string when @p pattern is a WireMock 3 value pattern MockBench evaluates
/// ({"equalTo": "x", "caseInsensitive": true}, {"matchesJsonPath": ...}, {"and": [...]}, ...),
/// else what is wrong with it, naming the key.
QString check(const QJsonObject &pattern);

/// True when @p values (the values of one request item: a header's, a query item's, the body)
/// fit @p pattern as WireMock's MultiValuePattern matches them: {"absent": true} when there are
/// none; hasExactly / includes against the whole list; any other pattern when one value fits.
bool matchesValues(const QJsonObject &pattern, const QList<QByteArray> &values);

/// True when the single value @p value fits @p pattern (a StringValuePattern).
bool matches(const QJsonObject &pattern, const QByteArray &value);

} // namespace MockBench::WireMockPattern
