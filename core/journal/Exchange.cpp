// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

namespace MockBench {

QByteArray Exchange::requestHeader(const QByteArray &name) const
{
    HttpRequest probe;
    probe.headers = requestHeaders;
    return probe.header(name);
}

} // namespace MockBench
