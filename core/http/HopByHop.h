// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace MockBench {

/// True for the hop-by-hop header @p name (RFC 9110 §7.6.1), any case: never forwarded, never
/// recorded.
inline bool isHopByHopHeader(const QByteArray &name)
{
    static const QByteArray names[] = { "connection", "keep-alive", "proxy-connection",
        "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
        "proxy-authenticate" };
    for (const QByteArray &hop : names) {
        if (name.compare(hop, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace MockBench
