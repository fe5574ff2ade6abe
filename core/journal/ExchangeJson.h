// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QJsonObject>

namespace MockBench {

/// The JSON form of an Exchange: what the admin API's requests endpoint lists and what
/// --log writes, one compact object per line.
class ExchangeJson
{
public:
    static QJsonObject toJson(const Exchange &exchange);
    /// One compact line, newline-terminated.
    static QByteArray toLine(const Exchange &exchange);
};

} // namespace MockBench
