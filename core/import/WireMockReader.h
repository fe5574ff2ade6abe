// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace MockBench::Import {

/// Reads WireMock 3 stub mappings (one mapping, {"mappings": [...]}, or a WireMock root folder
/// with mappings/ and __files/) into a route set that serves what WireMock 3.13 standalone
/// serves: its request matchers (as "wiremock" rules, model/WireMockPattern.h), priorities and
/// load order, scenarios, delays, faults, response templating only where the
/// response-template transformer is named, no Content-Type unless declared, the Matched-Stub-Id
/// header, static __files for GET and WireMock's 404. JSON with // and /* */ comments is read as
/// WireMock reads it. What it cannot carry goes to LoadResult::report with its place.
class WireMockReader
{
public:
    /// WireMock's priority of a mapping that names none.
    static constexpr int DefaultPriority = 5;

    /// True for a stub mapping ({"request": {...}, "response": {...}}) or {"mappings": [...]}.
    static bool detect(const QJsonObject &root);
    /// detect() for JSON with comments.
    static bool detectText(const QByteArray &content);
    /// Converts mapping file @p content read from @p path; bodyFileName resolves in the
    /// __files folder of the WireMock root the file is in (or beside it).
    static LoadResult read(const QByteArray &content, const QString &path);
    /// True for a WireMock root (a folder with mappings/ or __files/) or a mappings/ folder.
    static bool detectFolder(const QString &dir);
    /// Converts the WireMock root @p dir (a mappings/ folder: its parent).
    static LoadResult readFolder(const QString &dir);

    /// @p content with // and /* */ comments outside strings replaced by spaces.
    static QByteArray stripComments(const QByteArray &content);
};

} // namespace MockBench::Import
