// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/RouteSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace MockBench::Import {

/// Writes an OpenAPI 3.1.0 document describing a route set (mockbench --export openapi, the
/// window's File > Export as OpenAPI): a path per route path, an operation per method, the
/// match conditions as parameters, the responses by status with their bodies as examples.
class OpenApiWriter
{
public:
    /// The document and what it could not say, one line each naming its place in the set
    /// ("routes[2].responses[0].fault: ...").
    struct Result
    {
        QJsonObject document;
        QStringList report;
    };

    /// The OpenAPI document of @p set; body files are read from @p set's baseDir.
    static Result write(const RouteSet &set);
    /// @p document as indented JSON (keys in a stable order).
    static QByteArray toJson(const QJsonObject &document);
    /// @p document as YAML 1.2 (strings that would read as another type are quoted).
    static QByteArray toYaml(const QJsonObject &document);
    /// True when @p path asks for YAML (it ends with .yaml or .yml).
    static bool isYamlPath(const QString &path);
    /// Writes @p document to @p path, YAML or JSON by its name, through QSaveFile; false with
    /// @p error on failure.
    static bool writeFile(const QJsonObject &document, const QString &path, QString *error);
};

} // namespace MockBench::Import
