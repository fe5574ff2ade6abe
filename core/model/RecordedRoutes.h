// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "model/Route.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace MockBench {

/// One exchange as recorded (a recording, a HAR entry): what RecordedRoutes makes routes of.
struct RecordedExchange
{
    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QList<std::pair<QString, QString>> query;
    QByteArray requestBody;
    int status = 0;
    QByteArray reason;
    RawHeaders headers;
    QByteArray body;
    bool tooLarge = false; ///< while recording: over MaxBodyBytes, not kept
};

/// Routes that answer recorded exchanges as they were answered (DESIGN.md §12): what a
/// recording and a HAR file become.
namespace RecordedRoutes {

/// Puts @p exchange's body elsewhere (a body file) and says so in @p response; false: inline.
using BodyWriter = std::function<bool(const RecordedExchange &exchange, Response *response)>;

/// One route per distinct request (method, path, query, body), in the order they first came:
/// matching method, path, query items and a text body; answering status, reason, headers less
/// hop-by-hop ones and Content-Length, and body ("templating": "none"; base64 for bytes that
/// are not UTF-8 text). The same request with other answers: a sequential route; with the
/// same answer: one response. Within one method and path, routes with conditions before the
/// one without. Ids "recorded-N".
QList<Route> build(const QList<RecordedExchange> &exchanges, const BodyWriter &bodies = {});
/// The route of one exchange (no id).
Route routeOf(const RecordedExchange &exchange, const BodyWriter &bodies = {});
/// Valid UTF-8 without NUL bytes: a body that can be text in a file.
bool isText(const QByteArray &bytes);

} // namespace RecordedRoutes

} // namespace MockBench
