// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FormatError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QTimer;

namespace MockBench {

class RouteSetDocument;
struct Latency;

/// The routes of a RouteSetDocument as a table: enabled, method, path, status, latency,
/// hits. Edits (including drag-and-drop reordering) go through the document, so they are
/// validated, undoable and served at once. Hits come from the document's server and are
/// refreshed a few times a second, not per request.
class RouteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EnabledColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        LatencyColumn,
        HitsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RouteIdRole = Qt::UserRole + 1, ///< the route's id (any column)
    };

    static constexpr int HitsRefreshMs = 250;
    static constexpr char MimeType[] = "application/x-mockbench-route-row";

    explicit RouteTableModel(RouteSetDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    /// Moves the dragged route before @p row (counted before the move), to the end when @p row
    /// is -1, or into @p parent's place when dropped onto a row. Returns false even when it
    /// moved, so a view does not remove the source row itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

    /// A short human description of @p latency ("200 ms", "100–400 ms", "~80 ms").
    static QString describeLatency(const Latency &latency);

public Q_SLOTS:
    /// Reads the hit counters from the server now (also done on a timer).
    void refreshHits();

Q_SIGNALS:
    /// An edit was refused; @p message names the field and why.
    void editRefused(const QString &message);

private:
    QString editText(int row, const QString &what) const;
    void refuse(const FormatErrors &errors);
    void resizeHits();

    QPointer<RouteSetDocument> m_document;
    QList<quint64> m_hits;
    QTimer *m_hitsTimer = nullptr;
};

} // namespace MockBench
