// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QByteArray>
#include <QJsonObject>

namespace MockBench {

/// The JSON form of an Exchange: what the admin API's requests endpoint lists and what
/// --log writes, one compact object per line. Written directly, without building a
/// QJsonObject, so listing a full journal of 10 000 exchanges stays fast.
class ExchangeJson
{
public:
    /// Appends the compact JSON object of @p exchange to @p out, each body cut to at most
    /// @p maxBodyBytes (-1: as the journal kept it); "requestBodyTruncated" and
    /// "responseBodyTruncated" say whether a body shown is shorter than its size.
    static void write(const Exchange &exchange, QByteArray *out, qsizetype maxBodyBytes = -1);
    /// One compact line, newline-terminated.
    static QByteArray toLine(const Exchange &exchange);
    /// The same object as a QJsonObject (parsed from what write() produces).
    static QJsonObject toJson(const Exchange &exchange);
};

} // namespace MockBench
