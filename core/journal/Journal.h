// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"
#include "journal/RequestPattern.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace MockBench {

/// A bounded ring of the latest exchanges: memory stays flat under any load.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 10000;
    static constexpr int DefaultMaxBodyBytes = 64 * 1024;

    explicit Journal(QObject *parent = nullptr);

    /// How many exchanges are kept; older ones are dropped first.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    /// Bodies longer than this are truncated when recorded (sizes keep the full length).
    void setMaxBodyBytes(int bytes);
    int maxBodyBytes() const { return m_maxBodyBytes; }

    /// Adds @p exchange (assigning its id), truncating bodies, and emits exchangeRecorded.
    void record(Exchange exchange);
    void clear();

    /// Exchanges kept now (at most capacity()).
    int count() const { return int(m_size); }
    /// Kept exchanges with this method ("" or "*" for any, any case) and path ("" for any, a
    /// trailing '*' for a prefix): RequestPattern::on(method, path), as Verify and the admin
    /// API's filters read them.
    int count(const QString &method, const QString &path) const;
    /// Kept exchanges that @p pattern matches.
    int count(const RequestPattern &pattern) const;
    /// Kept exchanges that @p pattern matches, oldest first.
    QList<Exchange> find(const RequestPattern &pattern) const;
    /// Every exchange ever recorded, including those dropped from the ring.
    quint64 totalRecorded() const { return m_nextId - 1; }

    /// Kept exchanges, oldest first.
    QList<Exchange> exchanges() const;
    QList<Exchange> find(const std::function<bool(const Exchange &)> &predicate) const;
    /// The @p index-th kept exchange, oldest first (0 <= index < count()).
    const Exchange &at(int index) const;

    /// The oldest exchange not yet taken; waits (running the event loop) up to @p timeoutMs
    /// for one to arrive. Empty on timeout. Like MockWebServer's takeRequest, never blocks
    /// forever.
    std::optional<Exchange> takeRequest(int timeoutMs = 5000);

Q_SIGNALS:
    void exchangeRecorded(const MockBench::Exchange &exchange);
    void cleared();

private:
    std::optional<Exchange> takeNext();

    QList<Exchange> m_ring;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
    int m_capacity = DefaultCapacity;
    int m_maxBodyBytes = DefaultMaxBodyBytes;
    quint64 m_nextId = 1;
    quint64 m_nextUntaken = 1;
};

} // namespace MockBench
