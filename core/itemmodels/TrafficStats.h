// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace MockBench {

class Journal;

/// Requests per second and p50/p99 latency, per second over a sliding window (60 s by
/// default), fed by a Journal. Latency here is what the client waited: the server's time
/// plus the chaos delay. Cheap per exchange (a counter and one sample in a bounded
/// reservoir); the percentiles are computed once per second when the second closes.
class TrafficStats : public QObject
{
    Q_OBJECT

public:
    struct Second
    {
        qint64 startMs = 0; ///< msecs since epoch at the start of this second
        int requests = 0;
        double p50Ms = 0;
        double p99Ms = 0;
    };

    static constexpr int DefaultWindowSeconds = 60;

    explicit TrafficStats(QObject *parent = nullptr);

    void setJournal(Journal *journal);
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }

    /// Closed seconds, oldest first, at most windowSeconds(); seconds without requests are
    /// included with zeros so a chart shows the gaps.
    QList<Second> seconds() const { return m_seconds; }

    /// Counts @p exchange in the second it was recorded (also used by tests directly).
    void add(const Exchange &exchange);
    /// Closes every second that ended before @p nowMs (the timer calls it with the clock).
    void advance(qint64 nowMs);
    void clear();

Q_SIGNALS:
    /// One or more seconds were closed; seconds() has them.
    void updated();

private:
    /// Latency samples kept per second; beyond that a uniform random subset is kept.
    static constexpr int MaxSamplesPerSecond = 2048;

    void sample(double latencyMs);
    void closeCurrent();
    void trimToWindow();
    void scheduleTick();
    quint64 nextRandom();

    QPointer<Journal> m_journal;
    QList<Second> m_seconds;
    int m_windowSeconds = DefaultWindowSeconds;
    qint64 m_currentStartMs = -1; ///< start of the open second, -1 before the first one
    QList<double> m_currentSamples;
    int m_currentRequests = 0;
    quint64 m_randomState = 0;
    QTimer *m_timer = nullptr;
};

} // namespace MockBench
