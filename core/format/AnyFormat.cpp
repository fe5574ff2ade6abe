// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnyFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

QMutex registryMutex;

QList<ForeignFormat> &registry()
{
    static QList<ForeignFormat> formats;
    return formats;
}

/// A MockBench route set: an object with "routes" and no other tool's marks, or with "version".
bool looksLikeMockBench(const QJsonObject &root)
{
    return root.contains(u"version"_s) || root.value(u"routes"_s).isArray();
}

} // namespace

void AnyFormat::registerFormat(const ForeignFormat &format)
{
    const QMutexLocker lock(&registryMutex);
    for (const ForeignFormat &known : std::as_const(registry())) {
        if (known.name == format.name) {
            return;
        }
    }
    registry().append(format);
}

QList<ForeignFormat> AnyFormat::formats()
{
    const QMutexLocker lock(&registryMutex);
    return registry();
}

QString AnyFormat::unknownFormatMessage()
{
    QStringList expected { u"a MockBench route set (a JSON object with \"routes\")"_s };
    for (const ForeignFormat &format : formats()) {
        expected.append(format.expected);
    }
    return u"not a known format: expected %1"_s.arg(expected.join(u", or "_s));
}

LoadResult AnyFormat::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const ForeignFormat &format : formats()) {
            if (format.detectFolder && format.readFolder && format.detectFolder(path)) {
                LoadResult result = format.readFolder(path);
                result.format = format.name;
                if (result.routeSet.baseDir.isEmpty()) {
                    result.routeSet.baseDir = info.absoluteFilePath();
                }
                return result;
            }
        }
        LoadResult result;
        result.routeSet.baseDir = info.absoluteFilePath();
        result.errors.append({ path, u"is a folder: %1"_s.arg(unknownFormatMessage()) });
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.routeSet.baseDir = info.absolutePath();
        result.errors.append({ path, u"cannot read: %1"_s.arg(file.errorString()) });
        return result;
    }
    return fromBytes(file.readAll(), path, info.absolutePath());
}

LoadResult AnyFormat::fromBytes(
    const QByteArray &bytes, const QString &path, const QString &baseDir)
{
    // A UTF-8 byte order mark (Windows tools write one; HAR 1.2 says readers skip it) is not
    // JSON.
    const QByteArray content = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QString dir =
        baseDir.isEmpty() && !path.isEmpty() ? QFileInfo(path).absolutePath() : baseDir;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    const auto readAs = [&](const ForeignFormat &format) {
        LoadResult result = format.read(content, path);
        result.format = format.name;
        if (result.routeSet.baseDir.isEmpty()) {
            result.routeSet.baseDir = dir;
        }
        return result;
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // YAML, JSON with comments...: the formats that read text say whether it is theirs.
        for (const ForeignFormat &format : formats()) {
            if (format.detectText && format.detectText(content)) {
                return readAs(format);
            }
        }
    }
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        // Another tool's marks win over the shape MockBench shares with some of them (Mockoon's
        // environments have "routes" too); a "version" is MockBench's own.
        if (!root.contains(u"version"_s)) {
            for (const ForeignFormat &format : formats()) {
                if (format.detect && format.detect(root)) {
                    return readAs(format);
                }
            }
        }
        if (!looksLikeMockBench(root)) {
            LoadResult result;
            result.routeSet.baseDir = dir;
            result.errors.append({ QString(), unknownFormatMessage() });
            return result;
        }
    } else if (parseError.error == QJsonParseError::NoError) {
        // JSON, but not an object: no format this reads.
        LoadResult result;
        result.routeSet.baseDir = dir;
        result.errors.append({ QString(), unknownFormatMessage() });
        return result;
    }
    // MockBench's format, whose reader also explains JSON that does not parse.
    return RouteSetFormat::fromJson(content, dir);
}

} // namespace MockBench
