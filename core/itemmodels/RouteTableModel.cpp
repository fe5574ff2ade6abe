// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteTableModel.h"

#include "document/RouteSetDocument.h"
#include "server/MockServer.h"

#include <QDataStream>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace MockBench {

RouteTableModel::RouteTableModel(RouteSetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    connect(document, &RouteSetDocument::routeAboutToBeInserted, this,
        [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(document, &RouteSetDocument::routeInserted, this, [this](int row) {
        m_hits.insert(row, 0);
        endInsertRows();
    });
    connect(document, &RouteSetDocument::routeAboutToBeRemoved, this,
        [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(document, &RouteSetDocument::routeRemoved, this, [this](int row) {
        if (row < m_hits.size()) {
            m_hits.removeAt(row);
        }
        endRemoveRows();
    });
    connect(document, &RouteSetDocument::routeAboutToBeMoved, this, [this](int from, int to) {
        // beginMoveRows counts the destination before the move: moving down means "before
        // the row after the target".
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(document, &RouteSetDocument::routeMoved, this, [this](int from, int to) {
        if (from < m_hits.size() && to < m_hits.size()) {
            m_hits.move(from, to);
        }
        endMoveRows();
    });
    connect(document, &RouteSetDocument::routeChanged, this,
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &RouteSetDocument::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &RouteSetDocument::wasReset, this, [this] {
        m_hits.clear();
        resizeHits();
        endResetModel();
        refreshHits();
    });

    // rowCount() drops to 0 with the document; say so, or views keep rows that are gone.
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_hits.clear();
        endResetModel();
    });

    resizeHits();
    m_hitsTimer = new QTimer(this);
    m_hitsTimer->setInterval(HitsRefreshMs);
    connect(m_hitsTimer, &QTimer::timeout, this, &RouteTableModel::refreshHits);
    m_hitsTimer->start();
}

int RouteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->routeCount();
}

int RouteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteTableModel::describeLatency(const Latency &latency)
{
    switch (latency.distribution) {
    case Latency::Distribution::Fixed:
        return tr("%1 ms").arg(latency.ms);
    case Latency::Distribution::Uniform:
        //: a latency drawn uniformly between two bounds, in milliseconds
        return tr("%1–%2 ms").arg(latency.minMs).arg(latency.maxMs);
    case Latency::Distribution::Lognormal:
        //: a log-normal latency: its median, in milliseconds
        return tr("~%1 ms").arg(latency.medianMs);
    }
    return QString();
}

QVariant RouteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Route &route = m_document->route(index.row());
    if (role == RouteIdRole) {
        return route.id;
    }
    const Response *first = route.responses.isEmpty() ? nullptr : &route.responses.first();
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole) {
            return route.enabled ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::ToolTipRole) {
            return route.enabled ? tr("Enabled: this route answers requests")
                                 : tr("Disabled: requests pass it by");
        }
        break;
    case MethodColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return route.method;
        }
        break;
    case PathColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return route.path;
        }
        if (role == Qt::ToolTipRole) {
            //: %1 is a route's id
            return tr("Route id: %1").arg(route.id);
        }
        break;
    case StatusColumn:
        if (route.proxy) {
            // The backend answers: where it is, not a status.
            if (role == Qt::DisplayRole) {
                //: a forwarding route's status cell: %1 the backend's host and port
                return tr("→ %1").arg(route.proxy->url.authority());
            }
            if (role == Qt::ToolTipRole) {
                //: %1 the backend's URL
                return tr("Forwards to %1; the backend answers").arg(route.proxy->url.toString());
            }
            break;
        }
        if (!first) {
            break;
        }
        if (role == Qt::DisplayRole) {
            if (route.responses.size() > 1) {
                //: the first response's status, and how many responses the route has
                return tr("%1 (+%n more)", nullptr, int(route.responses.size() - 1))
                    .arg(first->status);
            }
            return first->fault.isNone()
                ? QString::number(first->status)
                : u"%1 ⚡ %2"_s.arg(first->status).arg(Fault::name(first->fault.kind));
        }
        if (role == Qt::EditRole) {
            return first->status;
        }
        break;
    case LatencyColumn:
        if (role == Qt::DisplayRole) {
            return route.chaos.latency ? describeLatency(*route.chaos.latency) : QString();
        }
        if (role == Qt::EditRole) {
            return route.chaos.latency
                    && route.chaos.latency->distribution == Latency::Distribution::Fixed
                ? route.chaos.latency->ms
                : 0.0;
        }
        if (role == Qt::ToolTipRole) {
            return tr("Latency this route adds to the global latency");
        }
        break;
    case HitsColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return index.row() < m_hits.size() ? m_hits.at(index.row()) : 0;
        }
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == StatusColumn || index.column() == LatencyColumn
            || index.column() == HitsColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EnabledColumn:
        //: column header: is the route enabled
        return tr("On");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case HitsColumn:
        return tr("Hits");
    default:
        return QVariant();
    }
}

Qt::ItemFlags RouteTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // drop between rows only
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case EnabledColumn:
        f |= Qt::ItemIsUserCheckable;
        break;
    case MethodColumn:
    case PathColumn:
        f |= Qt::ItemIsEditable;
        break;
    case LatencyColumn: {
        // The cell edits a fixed latency in ms; a uniform or log-normal one is edited in the
        // route editor, or confirming the cell would replace it.
        const auto &latency =
            m_document ? m_document->route(index.row()).chaos.latency : std::optional<Latency>();
        if (!latency || latency->distribution == Latency::Distribution::Fixed) {
            f |= Qt::ItemIsEditable;
        }
        break;
    }
    case StatusColumn:
        if (m_document && !m_document->route(index.row()).responses.isEmpty()
            && !m_document->route(index.row()).proxy) {
            f |= Qt::ItemIsEditable;
        }
        break;
    default:
        break;
    }
    return f;
}

QString RouteTableModel::editText(int row, const QString &what) const
{
    const Route &route = m_document->route(row);
    //: undo menu text: %1 is what changed ("Change status"), %2 the method, %3 the path
    return tr("%1 (%2 %3)").arg(what, route.method, route.path);
}

void RouteTableModel::refuse(const FormatErrors &errors)
{
    QStringList lines;
    for (const FormatError &error : errors) {
        lines.append(error.toString());
    }
    Q_EMIT editRefused(lines.join(u'\n'));
}

bool RouteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int row = index.row();
    Route route = m_document->route(row);
    QString what;
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole) {
            return false;
        }
        route.enabled = value.toInt() == Qt::Checked;
        what = route.enabled ? tr("Enable") : tr("Disable");
        break;
    case MethodColumn:
        if (role != Qt::EditRole) {
            return false;
        }
        route.method = value.toString().trimmed().toUpper();
        what = tr("Change method");
        break;
    case PathColumn:
        if (role != Qt::EditRole) {
            return false;
        }
        route.path = value.toString().trimmed();
        what = tr("Change path");
        break;
    case StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (role != Qt::EditRole || route.responses.isEmpty()) {
            return false;
        }
        if (!ok) {
            refuse({ { u"routes[%1].responses[0].status"_s.arg(row),
                tr("must be a number 100..999, not \"%1\"").arg(value.toString()) } });
            return false;
        }
        route.responses[0].status = status;
        what = tr("Change status");
        break;
    }
    case LatencyColumn: {
        bool ok = false;
        const double ms = value.toDouble(&ok);
        if (role != Qt::EditRole
            || (route.chaos.latency
                && route.chaos.latency->distribution != Latency::Distribution::Fixed)) {
            return false;
        }
        if (!ok || ms < 0) {
            refuse({ { u"routes[%1].chaos.latency.ms"_s.arg(row),
                tr("must be a number of milliseconds, not \"%1\"").arg(value.toString()) } });
            return false;
        }
        if (ms == 0) {
            route.chaos.latency.reset();
        } else {
            route.chaos.latency = Latency::fixed(ms);
        }
        what = tr("Change latency");
        break;
    }
    default:
        return false;
    }
    FormatErrors errors;
    const QString text = editText(row, what);
    if (!m_document->updateRoute(row, route, text, &errors)) {
        refuse(errors);
        return false;
    }
    return true;
}

Qt::DropActions RouteTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RouteTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RouteTableModel::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *RouteTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    // One route at a time: the row of the first index (all selected cells share it when
    // the view selects whole rows).
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool RouteTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
    int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    Q_UNUSED(row);
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(MimeType))) {
        return false;
    }
    bool ok = false;
    const int from = data->data(QString::fromLatin1(MimeType)).toInt(&ok);
    return ok && from >= 0 && from < rowCount() && (!parent.isValid() || parent.model() == this);
}

bool RouteTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const int from = data->data(QString::fromLatin1(MimeType)).toInt();
    if (row < 0 && parent.isValid()) {
        // Dropped onto a row: the route takes that row's place, whichever way it moves.
        if (parent.row() != from) {
            const Route &route = m_document->route(from);
            m_document->moveRoute(
                from, parent.row(), tr("Move %1 %2").arg(route.method, route.path));
        }
    } else {
        // Dropped between rows (row counts before the move), or below the last row: the end.
        moveRows(QModelIndex(), from, 1, QModelIndex(), row < 0 ? rowCount() : row);
    }
    // The move is done; returning false tells the view not to remove the source row itself.
    return false;
}

bool RouteTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_document
        || sourceRow < 0 || sourceRow >= rowCount() || destinationChild < 0
        || destinationChild > rowCount()) {
        return false;
    }
    // destinationChild is "insert before this row" in the numbering before the move.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow) {
        return false;
    }
    const Route &route = m_document->route(sourceRow);
    return m_document->moveRoute(sourceRow, to, tr("Move %1 %2").arg(route.method, route.path));
}

void RouteTableModel::refreshHits()
{
    if (!m_document) {
        return;
    }
    resizeHits();
    MockServer *server = m_document->server();
    if (!server) {
        return;
    }
    // The server serves the document's set, route for route, so its counters line up with
    // the rows; one copy of them, not a lookup by id per row.
    const QList<quint64> counts = server->hitCounts();
    if (counts.size() != m_hits.size()) {
        return;
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_hits.size(); ++row) {
        const quint64 hits = counts.at(row);
        if (hits != m_hits.at(row)) {
            m_hits[row] = hits;
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(
            index(first, HitsColumn), index(last, HitsColumn), { Qt::DisplayRole, Qt::EditRole });
    }
}

void RouteTableModel::resizeHits()
{
    const int rows = m_document ? m_document->routeCount() : 0;
    while (m_hits.size() < rows) {
        m_hits.append(0);
    }
    while (m_hits.size() > rows) {
        m_hits.removeLast();
    }
}

} // namespace MockBench
