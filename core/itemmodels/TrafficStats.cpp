// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrafficStats.h"

#include "journal/Journal.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace MockBench {

namespace {

constexpr qint64 SecondMs = 1000;
/// The tick lands this long after the second boundary, so a timer that fires a little
/// early still finds the second over.
constexpr qint64 TickMarginMs = 5;

qint64 secondStart(qint64 ms)
{
    const qint64 remainder = ((ms % SecondMs) + SecondMs) % SecondMs;
    return ms - remainder;
}

/// Nearest-rank percentile of sorted @p samples: the smallest sample with at least
/// @p percent of the samples at or below it.
double percentile(const QList<double> &sorted, double percent)
{
    if (sorted.isEmpty()) {
        return 0;
    }
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

TrafficStats::TrafficStats(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        advance(QDateTime::currentMSecsSinceEpoch());
        scheduleTick();
    });
}

void TrafficStats::setJournal(Journal *journal)
{
    if (m_journal == journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    clear();
    if (!journal) {
        m_timer->stop();
        return;
    }

    // What the journal already holds from inside the window shows at once.
    const qint64 windowStartMs =
        secondStart(QDateTime::currentMSecsSinceEpoch()) - qint64(m_windowSeconds) * SecondMs;
    const QList<Exchange> kept = journal->exchanges();
    for (const Exchange &exchange : kept) {
        if (exchange.time.isValid() && exchange.time.toMSecsSinceEpoch() >= windowStartMs) {
            add(exchange);
        }
    }
    connect(journal, &Journal::exchangeRecorded, this, &TrafficStats::add);
    scheduleTick();
}

void TrafficStats::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(1, seconds);
    if (m_seconds.size() > m_windowSeconds) {
        trimToWindow();
        Q_EMIT updated();
    }
}

void TrafficStats::add(const Exchange &exchange)
{
    const qint64 timeMs = exchange.time.isValid() ? exchange.time.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch();
    const qint64 start = secondStart(timeMs);
    if (m_currentStartMs < 0) {
        m_currentStartMs = start;
    } else if (start > m_currentStartMs) {
        advance(start);
    }
    // An exchange stamped in a second already closed (the tick ran between the stamp and
    // the record) counts in the open one: off by a second beats rewriting closed seconds.
    ++m_currentRequests;
    // What the client waited: MockServer stops durationUs before the chaos delay starts.
    sample(double(exchange.durationUs) / 1000.0 + double(exchange.delayMs));
}

void TrafficStats::sample(double latencyMs)
{
    // Reservoir sampling (Vitter's algorithm R): after n requests every one of them is in
    // the reservoir with the same probability, so the percentiles stay unbiased while
    // memory and the per-second sort stay bounded at any request rate.
    if (m_currentSamples.size() < MaxSamplesPerSecond) {
        m_currentSamples.append(latencyMs);
        return;
    }
    const quint64 slot = nextRandom() % quint64(m_currentRequests);
    if (slot < quint64(MaxSamplesPerSecond)) {
        m_currentSamples[qsizetype(slot)] = latencyMs;
    }
}

quint64 TrafficStats::nextRandom()
{
    // SplitMix64: cheap, deterministic, and good enough to pick reservoir slots.
    quint64 z = (m_randomState += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void TrafficStats::advance(qint64 nowMs)
{
    const qint64 nowStart = secondStart(nowMs);
    if (m_currentStartMs < 0) {
        // Nothing counted yet: the second in progress is the first one.
        m_currentStartMs = nowStart;
        return;
    }
    if (nowStart <= m_currentStartMs) {
        return;
    }
    closeCurrent();
    // Seconds without requests are there with zeros; after a gap longer than the window
    // only the last windowSeconds() of it could be kept, so only those are made.
    qint64 next =
        std::max(m_currentStartMs + SecondMs, nowStart - qint64(m_windowSeconds) * SecondMs);
    for (; next < nowStart; next += SecondMs) {
        Second empty;
        empty.startMs = next;
        m_seconds.append(empty);
    }
    m_currentStartMs = nowStart;
    trimToWindow();
    Q_EMIT updated();
}

void TrafficStats::closeCurrent()
{
    Second second;
    second.startMs = m_currentStartMs;
    second.requests = m_currentRequests;
    std::sort(m_currentSamples.begin(), m_currentSamples.end());
    second.p50Ms = percentile(m_currentSamples, 50);
    second.p99Ms = percentile(m_currentSamples, 99);
    m_seconds.append(second);
    m_currentSamples.clear();
    m_currentRequests = 0;
}

void TrafficStats::trimToWindow()
{
    if (m_seconds.size() > m_windowSeconds) {
        m_seconds.remove(0, m_seconds.size() - m_windowSeconds);
    }
}

void TrafficStats::clear()
{
    const bool hadSeconds = !m_seconds.isEmpty();
    m_seconds.clear();
    m_currentStartMs = -1;
    m_currentSamples.clear();
    m_currentRequests = 0;
    if (hadSeconds) {
        Q_EMIT updated();
    }
}

void TrafficStats::scheduleTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timer->start(int(secondStart(now) + SecondMs + TickMarginMs - now));
}

} // namespace MockBench
