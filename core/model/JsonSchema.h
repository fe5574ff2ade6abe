// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

/// JSON Schema validation of a JSON value: draft 4, 6, 7, 2019-09 and 2020-12 keywords alike, as
/// ajv and OpenAPI documents use them (with OpenAPI 3.0's nullable). A root schema whose
/// $schema names draft 4, 6 or 7 ignores the siblings of a $ref, as those drafts say; any
/// other applies them. Not supported (schemaErrors() says so): $dynamicRef, $recursiveRef,
/// unevaluatedProperties, unevaluatedItems and remote $refs, which are never fetched.
namespace MockBench::JsonSchema {

/// The first place where @p value breaks @p schema, said for a reader in one line ("at user.age: 15 is less than the minimum 18", "at tags[2]: expected a string, got a number", "lacks the required member email"); empty when valid. @p schema is a JSON Schema (draft 4, 6, 7, 2019-09 and 2020-12 keywords alike: what ajv and OpenAPI documents use).
QString violation(const QJsonValue &value, const QJsonValue &schema);
inline bool isValid(const QJsonValue &value, const QJsonValue &schema)
{
    return violation(value, schema).isEmpty();
}
/// Every problem found in @p schema itself (unknown type names, a $ref that resolves nowhere, a pattern that does not compile), one line each with its place; empty when usable.
QStringList schemaErrors(const QJsonValue &schema);

} // namespace MockBench::JsonSchema
