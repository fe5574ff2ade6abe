// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"
#include "journal/Journal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QTimer;

namespace MockBench {

/// The exchanges of a Journal as a table (time, method, path, status, duration, route,
/// fault), newest last. New exchanges are collected and inserted in batches on a timer, so a
/// view stays responsive at thousands of requests per second; the model keeps at most
/// capacity() rows, dropping the oldest.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        RouteColumn,
        FaultColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ExchangeIdRole = Qt::UserRole + 1, ///< Exchange::id (quint64), any column
        FilterTextRole, ///< one string of every column, for a filter proxy
        RawRequestRole, ///< the request as it came over the wire (head + body)
        RawResponseRole, ///< the response head and body as sent
    };

    static constexpr int DefaultBatchIntervalMs = 100;
    static constexpr int DefaultCapacity = 10000;

    explicit RequestLogModel(QObject *parent = nullptr);

    /// Follows @p journal from now on (rows already in it are loaded at once); nullptr detaches.
    void setJournal(Journal *journal);
    Journal *journal() const { return m_journal; }

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    void setBatchInterval(int ms);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The exchange shown in @p row.
    const Exchange &exchange(int row) const;

    /// The request as text, as the client sent it (request line, headers, blank line, body;
    /// a binary or truncated body is described rather than dumped).
    static QString rawRequest(const Exchange &exchange);
    /// The response as text (status line, headers, blank line, body), plus what chaos did.
    static QString rawResponse(const Exchange &exchange);

public Q_SLOTS:
    /// Inserts the exchanges waiting for the next batch now.
    void flush();
    /// Empties the model (not the journal).
    void clear();

private:
    void enqueue(const Exchange &exchange);

    QPointer<Journal> m_journal;
    QList<Exchange> m_rows;
    QList<Exchange> m_pending;
    QTimer *m_batchTimer = nullptr;
    int m_capacity = DefaultCapacity;
};

} // namespace MockBench
