// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace MockBench {

Journal::Journal(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MockBench::Exchange>();
}

void Journal::setCapacity(int capacity)
{
    const QList<Exchange> kept = exchanges();
    m_capacity = std::max(1, capacity);
    m_ring.clear();
    m_start = 0;
    m_size = 0;
    for (qsizetype i = std::max<qsizetype>(0, kept.size() - m_capacity); i < kept.size(); ++i) {
        m_ring.append(kept.at(i));
        ++m_size;
    }
}

void Journal::setMaxBodyBytes(int bytes)
{
    m_maxBodyBytes = std::max(0, bytes);
}

void Journal::record(Exchange exchange)
{
    exchange.id = m_nextId++;
    exchange.requestBodySize =
        std::max<qint64>(exchange.requestBodySize, exchange.requestBody.size());
    exchange.responseBodySize =
        std::max<qint64>(exchange.responseBodySize, exchange.responseBody.size());
    // A copy of the kept part: truncate() would keep the whole allocation, so every large
    // body would stay in memory for as long as its exchange is journaled.
    if (exchange.requestBody.size() > m_maxBodyBytes) {
        exchange.requestBody = QByteArray(exchange.requestBody.constData(), m_maxBodyBytes);
    }
    if (exchange.responseBody.size() > m_maxBodyBytes) {
        exchange.responseBody = QByteArray(exchange.responseBody.constData(), m_maxBodyBytes);
    }
    if (m_size < m_capacity) {
        if (m_ring.size() < m_capacity) {
            m_ring.append(exchange);
        } else {
            m_ring[(m_start + m_size) % m_capacity] = exchange;
        }
        ++m_size;
    } else {
        m_ring[m_start] = exchange;
        m_start = (m_start + 1) % m_capacity;
    }
    Q_EMIT exchangeRecorded(m_ring.at((m_start + m_size - 1) % m_capacity));
}

void Journal::clear()
{
    m_ring.clear();
    m_start = 0;
    m_size = 0;
    m_nextUntaken = m_nextId;
    Q_EMIT cleared();
}

const Exchange &Journal::at(int index) const
{
    return m_ring.at((m_start + index) % m_capacity);
}

QList<Exchange> Journal::exchanges() const
{
    QList<Exchange> list;
    list.reserve(m_size);
    for (qsizetype i = 0; i < m_size; ++i) {
        list.append(at(int(i)));
    }
    return list;
}

QList<Exchange> Journal::find(const std::function<bool(const Exchange &)> &predicate) const
{
    QList<Exchange> list;
    for (qsizetype i = 0; i < m_size; ++i) {
        const Exchange &e = at(int(i));
        if (predicate(e)) {
            list.append(e);
        }
    }
    return list;
}

int Journal::count(const QString &method, const QString &path) const
{
    return count(RequestPattern::on(method, path));
}

int Journal::count(const RequestPattern &pattern) const
{
    int n = 0;
    for (qsizetype i = 0; i < m_size; ++i) {
        n += pattern.matches(at(int(i))) ? 1 : 0;
    }
    return n;
}

QList<Exchange> Journal::find(const RequestPattern &pattern) const
{
    return find([&pattern](const Exchange &e) { return pattern.matches(e); });
}

std::optional<Exchange> Journal::takeNext()
{
    for (qsizetype i = 0; i < m_size; ++i) {
        const Exchange &e = at(int(i));
        if (e.id >= m_nextUntaken) {
            m_nextUntaken = e.id + 1;
            return e;
        }
    }
    return std::nullopt;
}

std::optional<Exchange> Journal::takeRequest(int timeoutMs)
{
    if (auto next = takeNext()) {
        return next;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &Journal::exchangeRecorded, &loop, &QEventLoop::quit);
    timer.start(std::max(0, timeoutMs));
    loop.exec();
    return takeNext();
}

} // namespace MockBench
