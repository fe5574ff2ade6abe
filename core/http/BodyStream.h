// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <functional>
#include <utility>

namespace MockBench {

/// A body that is still arriving while it is sent (a proxied answer, DESIGN.md §12): the
/// connection pulls what is there as the client reads, and is told when more comes, so memory
/// stays flat whatever the size and a slow client slows the source down. Lives on the server's
/// thread.
class BodyStream
{
public:
    virtual ~BodyStream() = default;

    /// The whole length when known (the upstream's Content-Length), else -1: sent chunked.
    virtual qint64 length() const = 0;
    /// Up to @p maxBytes of what has arrived and not been taken yet; empty when nothing is
    /// there now.
    virtual QByteArray read(qint64 maxBytes) = 0;
    /// Everything has arrived and been read.
    virtual bool atEnd() const = 0;
    /// The source broke off before the end: the client must not take what it got for whole.
    virtual bool failed() const = 0;
    /// The connection stops pulling (the client went away or a fault cut the body).
    virtual void cancel() { }

    /// Called whenever more data arrives, the stream ends or it fails.
    void setNotify(std::function<void()> notify) { m_notify = std::move(notify); }

protected:
    void notifyReader()
    {
        if (m_notify) {
            m_notify();
        }
    }

private:
    std::function<void()> m_notify;
};

} // namespace MockBench
