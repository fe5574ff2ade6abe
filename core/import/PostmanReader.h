// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace MockBench::Import {

/// Postman Collection v2.0/v2.1 files served as Postman's mock servers serve them (DESIGN.md
/// §11): every request with saved example responses becomes a route (folders flattened, in
/// order), `{{variables}}` and `:variables` in the URL's path become path parameters, the
/// host part (`{{baseUrl}}`, `https://api.example.com`) goes; each example answers with its
/// code, headers and body, chosen by the query items of its request, or by name with the
/// `x-mock-response-name` header; the first example without query items is the default.
/// Requests without examples, and scripts, are reported.
class PostmanReader
{
public:
    /// A JSON object whose info.schema names a Postman collection and with an "item" array.
    static bool detect(const QJsonObject &root);
    static LoadResult read(const QByteArray &content, const QString &path);
};

} // namespace MockBench::Import
