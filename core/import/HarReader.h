// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace MockBench::Import {

/// HAR 1.2 files (browsers' devtools, proxies, MockBench's own journal export) served as what
/// they recorded (DESIGN.md §11): each entry's request becomes a route as a recording makes it
/// (proxy/Recorder.h: method, path, query, text body; status, headers, body), identical
/// requests answer in the order they were recorded, base64 bodies are decoded, redirects are
/// kept as the 3xx answers they were. Content-Encoding is dropped (a HAR holds the decoded
/// body), as are HTTP/2 pseudo-headers. Entries without an answer, and bodies a HAR left out,
/// are reported.
class HarReader
{
public:
    /// A JSON object with "log": {"entries": [...]}.
    static bool detect(const QJsonObject &root);
    static LoadResult read(const QByteArray &content, const QString &path);
};

} // namespace MockBench::Import
