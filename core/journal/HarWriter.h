// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace MockBench {

/// The journal as a HAR 1.2 file (DESIGN.md §11): what File > Export log and
/// `GET /__mockbench/requests?format=har` give, for browsers' devtools and any HAR reader
/// (MockBench's own reads it back into the same routes).
class HarWriter
{
public:
    /// A HAR document of @p exchanges, oldest first. The URL of each request is
    /// http://HOST/TARGET with the request's Host header (or @p fallbackHost). A body that is
    /// UTF-8 text is written as text, any other as base64 ("encoding": "base64", for a request
    /// body too); a body the journal cut short is written as kept, its full size in bodySize.
    static QByteArray write(const QList<Exchange> &exchanges, const QString &creatorVersion,
        const QString &fallbackHost = QStringLiteral("localhost"));
};

} // namespace MockBench
