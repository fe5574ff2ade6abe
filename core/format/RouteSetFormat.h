// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FormatError.h"
#include "model/RouteSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// What loading produced: a route set, or the list of every error found.
struct LoadResult
{
    RouteSet routeSet;
    FormatErrors errors;
    int sourceVersion = 0; ///< format version the document was written in
    /// The format the document was in: empty for a MockBench route set, else another tool's
    /// ("Mockoon environment"; format/AnyFormat.h).
    QString format;
    /// What a conversion from another tool's format could not carry over, one line each with
    /// its place in the document ("routes[3].responses[1].callbacks: ..."); the set is served
    /// without it.
    QStringList report;

    bool ok() const { return errors.isEmpty(); }
    QStringList errorStrings() const;
};

/// The route set file format, version 3 (pure functions; file I/O kept apart). Older versions
/// are migrated step by step on load (0 -> 1 -> 2 -> 3); a newer one is refused.
class RouteSetFormat
{
public:
    static constexpr int CurrentVersion = 3;

    /// Which object of the format a key list describes (used by the schema test). Rule is one
    /// item of a condition's "rules".
    enum class ObjectKind { Root, Route, Match, Response, Scenario, Resource, Rule, Proxy, Tls };

    /// Parses and validates @p json. @p baseDir is where bodyFile paths resolve.
    static LoadResult fromJson(const QByteArray &json, const QString &baseDir = {});
    /// Serialises @p set (unknown keys included) as indented JSON with a stable key order.
    static QByteArray toJson(const RouteSet &set);
    /// One route as the file writes it (inside "routes").
    static QJsonObject routeToJson(const Route &route);
    /// Parses and validates one route object; error paths are relative to it ("path",
    /// "responses[0].status"). A route without an id gets none here (the caller picks one).
    static std::optional<Route> routeFromJson(
        const QJsonValue &value, const QString &baseDir, FormatErrors *errors);

    /// Reads and validates the file at @p path (errors also cover I/O problems).
    static LoadResult readFile(const QString &path);
    /// Writes atomically through QSaveFile; false with @p error set on failure.
    static bool writeFile(const RouteSet &set, const QString &path, QString *error = nullptr);

    /// The keys this version understands for @p kind.
    static QStringList knownKeys(ObjectKind kind);
};

} // namespace MockBench
