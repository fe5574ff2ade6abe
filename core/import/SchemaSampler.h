// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <random>

namespace MockBench::Import {

/// Makes a JSON value that is valid against a JSON Schema (as OpenAPI 2.0, 3.0 and 3.1 write
/// them), with realistic values chosen by format and property name (names, e-mail addresses,
/// cities, dates, uuids...) from a seeded generator, so that the same seed gives the same value.
/// Understands type (and type lists), enum, const, example(s), formats, minimum/maximum with
/// both exclusive forms, multipleOf, minLength/maxLength, pattern (classes, groups,
/// alternatives and quantifiers), items/prefixItems, minItems/maxItems/uniqueItems,
/// properties/required/additionalProperties/minProperties, allOf (merged), oneOf/anyOf (the
/// first alternative that the checker accepts), nullable, readOnly/writeOnly and discriminator.
/// A recursive schema stops at a depth: optional members are left out there.
class SchemaSampler
{
public:
    /// The schema a $ref names, and the base its own refs resolve against; nothing when the
    /// ref resolves nowhere (the resolver reports it).
    using Resolved = std::optional<std::pair<QJsonValue, QString>>;
    using Resolver = std::function<Resolved(const QString &ref, const QString &base)>;
    /// True when @p value is valid against @p schema read at @p base; unset: every
    /// alternative is taken as valid.
    using Checker =
        std::function<bool(const QJsonValue &value, const QJsonValue &schema, const QString &base)>;

    /// A request is for a request body (writeOnly members are kept, readOnly ones left out);
    /// a response is the other way round.
    enum class Direction { Response, Request };

    SchemaSampler(Resolver resolver, Checker checker = {});

    /// A value for @p schema (read at @p base), the generator seeded from @p seed and @p key so
    /// that each place has its own repeatable values. Nothing when the schema cannot be
    /// satisfied within the depth.
    std::optional<QJsonValue> sample(const QJsonValue &schema, const QString &base, quint64 seed,
        const QString &key, Direction direction = Direction::Response);

    /// A string matching @p pattern (the subset of regular expressions described above), or
    /// nothing when the pattern uses more than it.
    std::optional<QString> fromPattern(const QString &pattern);

private:
    struct Context
    {
        QString base;
        QString name; ///< the property name, for realistic values
        QString refName; ///< the last $ref's last segment, for discriminators
    };
    std::optional<QJsonValue> generate(
        const QJsonValue &schema, const Context &context, int depth, bool optional);
    std::optional<QJsonValue> generateObject(
        const QJsonObject &schema, const Context &context, int depth);
    std::optional<QJsonValue> generateArray(
        const QJsonObject &schema, const Context &context, int depth);
    QJsonValue generateString(const QJsonObject &schema, const QString &name);
    QJsonValue generateNumber(const QJsonObject &schema, const QString &name, bool integer);
    /// @p schema with its allOf merged in (members resolved at @p base when they stay there).
    QJsonObject flatten(const QJsonObject &schema, const QString &base, int depth);
    int pick(int lo, int hi);
    QString word(const QStringList &words);

    Resolver m_resolver;
    Checker m_checker;
    std::mt19937_64 m_random;
    QHash<QString, int> m_active; ///< refs being expanded, for recursion
    int m_values = 0;
    Direction m_direction = Direction::Response;
};

} // namespace MockBench::Import
