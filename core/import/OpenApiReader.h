// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace MockBench::Import {

/// Reads an OpenAPI 3.0 or 3.1 or a Swagger 2.0 document, JSON or YAML, into a route set that
/// serves it: a route per operation under the document's base path (2.0 basePath; 3.x the first
/// server's URL path with its variables' defaults), path parameters typed from their schemas,
/// each declared response with its examples, selected as Prism selects them with a
/// "Prefer: code=NNN" and/or "Prefer: example=NAME" header, else a body generated from the
/// schema (SchemaSampler, seeded by the set's seed). $refs are followed inside the document and
/// into files beside it (never outside its folder, never over the network); a $ref chain that
/// only leads back to itself is an error. What is not served (callbacks, links, security,
/// webhooks, other media types...) goes to LoadResult::report, one line each with its place.
class OpenApiReader
{
public:
    /// The seed of a set read from a document (RouteSet::chaos.seed), unless the document sets
    /// x-mockbench-seed.
    static constexpr quint64 DefaultSeed = 1;

    /// True for a JSON document whose root has "openapi" (3.x) or "swagger": "2.0".
    static bool detect(const QJsonObject &root);
    /// True for YAML (or JSON that does not parse) whose top level has an openapi or swagger
    /// key, so that a broken document still gets the reader's error with line and column.
    static bool detectText(const QByteArray &content);
    /// Converts @p content, read from @p path (files its $refs name are beside it).
    static LoadResult read(const QByteArray &content, const QString &path);
};

} // namespace MockBench::Import
