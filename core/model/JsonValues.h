// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

/// Small words about JSON values that readers, conditions and resources share.
namespace MockBench::JsonValues {

/// "a string", "a number", "a boolean", "an object", "an array", "null" (or "nothing" for a
/// missing value): for messages such as "expected a string, got a number".
QString typeName(const QJsonValue &value);

/// A scalar as the text a query, a path or a rule compares it with: strings as they are,
/// whole numbers without a needless ".0" (up to 2^53, beyond that 17 digits), true, false,
/// null; nothing for an object, an array or a missing value.
std::optional<QString> scalarText(const QJsonValue &value);

} // namespace MockBench::JsonValues
