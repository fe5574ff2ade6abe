// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace MockBench {

/// A reader of another tool's files (DESIGN.md §11), registered by MockBench::Import.
struct ForeignFormat
{
    QString name; ///< "Mockoon environment"
    QString expected; ///< what a file of it looks like, for the unknown-format error
    /// True when a JSON document whose root is @p root is one of these files.
    std::function<bool(const QJsonObject &root)> detect;
    /// For content that is not a JSON object (YAML, JSON with comments): true when @p content
    /// is one of these files. Tried after every format's `detect`; may be unset.
    std::function<bool(const QByteArray &content)> detectText;
    /// Converts @p content, read from @p path (files it names are found beside it).
    std::function<LoadResult(const QByteArray &content, const QString &path)> read;
    /// For formats that are folders (a WireMock root with mappings/ and __files/): true when
    /// the folder @p dir is one; may be unset.
    std::function<bool(const QString &dir)> detectFolder;
    /// Converts the folder @p dir (set with detectFolder).
    std::function<LoadResult(const QString &dir)> readFolder;
};

/// Every place that takes a route set file (headless, --validate, --convert, the window's Open
/// and Import, the admin API's PUT routes) reads it here: the format is found from the content,
/// never from the file name. MockBench's own format is built in; other tools' formats are
/// registered by MockBench::Import (MockBench::Import::registerFormats()).
class AnyFormat
{
public:
    /// Adds a reader; call before reading (at start-up, on the main thread).
    static void registerFormat(const ForeignFormat &format);
    static QList<ForeignFormat> formats();

    /// Reads the file at @p path in whichever known format its content is; a folder is read by
    /// the folder format that recognises it.
    static LoadResult readFile(const QString &path);
    /// Reads @p content; @p path is where it came from (files it names resolve beside it;
    /// empty: @p baseDir is used and nothing may be read from disk beyond bodyFile checks).
    static LoadResult fromBytes(
        const QByteArray &content, const QString &path, const QString &baseDir = {});
    /// The error for content of no known format, naming what was expected.
    static QString unknownFormatMessage();
};

} // namespace MockBench
