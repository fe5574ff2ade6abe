// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace MockBench {

/// The one JSON-subset rule, shared by a route's `{"json": ...}` body condition and the test
/// kit's RequestPattern::withJsonBody: every member of an object subset must be present with a
/// value that contains the subset's value; every item of an array subset must be contained in
/// some item of the array, in any order; other values must be equal (numbers by value, so 1
/// and 1.0 are the same).
namespace JsonSubset {

/// True when @p value contains @p subset.
bool contains(const QJsonValue &value, const QJsonValue &subset);
/// The first place where @p value does not contain @p subset, said for a reader ("differs at
/// user.name: \"bob\" vs \"alice\"", "lacks email (expected 1)", "at tags has no element
/// containing \"c\""); empty when it does. @p at names where @p value sits ("" at the root).
QString mismatch(const QJsonValue &value, const QJsonValue &subset, const QString &at = {});
/// @p value as compact JSON text, cut at 80 characters so a message stays one line.
QString compactText(const QJsonValue &value);

} // namespace JsonSubset

} // namespace MockBench
