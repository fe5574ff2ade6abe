// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace MockBench::Import {

/// Reads a Mockoon environment (any lastMigration up to Mockoon 9.9.0's 33) into a route set
/// that serves what Mockoon's CLI serves: routes in rootChildren and folder order with
/// Mockoon's path matching, the environment's prefix, headers, latency and CORS preflight, every
/// rule target and operator, every response mode, inline, file and data-bucket bodies, data
/// buckets (templated once at load), CRUD routes, and Mockoon's 404. What it cannot carry
/// (proxy mode, TLS, callbacks, WebSocket routes...) goes to LoadResult::report, one line each
/// with its place in the file.
class MockoonReader
{
public:
    /// The highest lastMigration Mockoon 9.9.0 knows.
    static constexpr int HighestMigration = 33;

    /// True for a Mockoon environment: an object with "lastMigration", or with Mockoon's
    /// route shape ("routes" whose items have "endpoint" and "responses").
    static bool detect(const QJsonObject &root);
    /// Converts @p content, read from @p path (file bodies and the set's folder are beside it).
    static LoadResult read(const QByteArray &content, const QString &path);
};

} // namespace MockBench::Import
