// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogModel.h"

#include "http/HttpResponse.h"
#include "journal/Journal.h"
#include "model/Chaos.h"

#include <QLocale>
#include <QStringDecoder>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr auto NumberAlignment = Qt::AlignRight | Qt::AlignVCenter;

/// True when the client got no status line at all: the answer never left, or left broken
/// before its first line was complete. Faults that cut the body still deliver the status.
bool statusNeverSent(const Exchange &exchange)
{
    if (exchange.status == 0) {
        return true;
    }
    const std::optional<Fault::Kind> kind = Fault::kindFromName(exchange.fault);
    if (!kind) {
        return false;
    }
    switch (*kind) {
    case Fault::Kind::ConnectionReset:
    case Fault::Kind::ConnectionClose:
    case Fault::Kind::EmptyResponse:
    case Fault::Kind::PartialHeaders:
    case Fault::Kind::Garbage:
    case Fault::Kind::Stall:
    case Fault::Kind::TlsFailure:
        return true;
    case Fault::Kind::None:
    case Fault::Kind::PartialBody:
    case Fault::Kind::Dribble:
    case Fault::Kind::Bandwidth:
    case Fault::Kind::MalformedChunked:
        return false;
    }
    return false;
}

/// What the client waited: the server's own time plus the latency chaos added on top
/// (MockServer measures durationUs before the delay starts, so the two never overlap).
double waitedMs(const Exchange &exchange)
{
    return double(exchange.durationUs) / 1000.0 + double(exchange.delayMs);
}

QByteArray reasonOf(const Exchange &exchange)
{
    return exchange.reason.isEmpty() ? HttpResponse::standardReason(exchange.status)
                                     : exchange.reason;
}

bool hasHeader(const RawHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

/// Decodes @p body as UTF-8 text; false for anything a text view would mangle (invalid
/// UTF-8, control characters other than tab and line breaks). A truncated body may end in
/// the middle of a character: that incomplete tail is not held against it.
bool decodeText(const QByteArray &body, bool truncated, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
        truncated ? QStringDecoder::Flag::Default : QStringDecoder::Flag::Stateless);
    *text = decoder.decode(body);
    if (decoder.hasError()) {
        return false;
    }
    return std::none_of(text->cbegin(), text->cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            || c.unicode() == 0x7f;
    });
}

void appendHeaders(QString *out, const RawHeaders &headers)
{
    for (const auto &[name, value] : headers) {
        *out += QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    }
}

void appendLine(QString *out, const QString &line)
{
    if (!out->isEmpty() && !out->endsWith(u'\n')) {
        *out += u'\n';
    }
    *out += line;
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(DefaultBatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &RequestLogModel::flush);
}

void RequestLogModel::setJournal(Journal *journal)
{
    if (m_journal == journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;

    beginResetModel();
    m_batchTimer->stop();
    m_pending.clear();
    m_rows.clear();
    if (journal) {
        const QList<Exchange> kept = journal->exchanges();
        const qsizetype first = std::max<qsizetype>(0, kept.size() - m_capacity);
        m_rows = kept.mid(first);
    }
    endResetModel();

    if (journal) {
        connect(journal, &Journal::exchangeRecorded, this, &RequestLogModel::enqueue);
        connect(journal, &Journal::cleared, this, &RequestLogModel::clear);
    }
}

void RequestLogModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    if (m_pending.size() > m_capacity) {
        m_pending.remove(0, m_pending.size() - m_capacity);
    }
    const qsizetype excess = m_rows.size() - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
}

void RequestLogModel::setBatchInterval(int ms)
{
    m_batchTimer->setInterval(std::max(0, ms));
}

void RequestLogModel::enqueue(const Exchange &exchange)
{
    m_pending.append(exchange);
    // Under a flood, exchanges that would be dropped at the next flush anyway are dropped
    // now, so the queue never holds more than one model's worth.
    if (m_pending.size() > m_capacity) {
        m_pending.removeFirst();
    }
    if (!m_batchTimer->isActive()) {
        m_batchTimer->start();
    }
}

void RequestLogModel::flush()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty()) {
        return;
    }
    QList<Exchange> batch;
    batch.swap(m_pending);
    if (batch.size() > m_capacity) {
        batch.remove(0, batch.size() - m_capacity);
    }

    // One removal and one insertion per batch, whatever its size: views relayout once.
    const qsizetype excess = m_rows.size() + batch.size() - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
    const auto first = int(m_rows.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_rows.append(std::move(batch));
    endInsertRows();
}

void RequestLogModel::clear()
{
    m_batchTimer->stop();
    m_pending.clear();
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Exchange &RequestLogModel::exchange(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

namespace {

QString displayText(const Exchange &exchange, int column)
{
    switch (column) {
    case RequestLogModel::TimeColumn:
        return exchange.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s);
    case RequestLogModel::MethodColumn:
        return QString::fromLatin1(exchange.method);
    case RequestLogModel::PathColumn:
        return exchange.target.isEmpty() ? exchange.path : QString::fromUtf8(exchange.target);
    case RequestLogModel::StatusColumn:
        return statusNeverSent(exchange) ? u"—"_s : QString::number(exchange.status);
    case RequestLogModel::DurationColumn: {
        // Sub-10 ms answers are what a mock mostly gives: a decimal tells them apart.
        const double ms = waitedMs(exchange);
        //: Duration of an exchange in milliseconds, e.g. "0.4 ms" or "201 ms"
        return RequestLogModel::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
    }
    case RequestLogModel::RouteColumn: {
        QString route;
        if (!exchange.matched()) {
            route =
                exchange.proxied() ? RequestLogModel::tr("proxy") : RequestLogModel::tr("no match");
        } else if (exchange.routeId.isEmpty()) {
            //: A route without an id, by its 1-based position in the route list
            route = RequestLogModel::tr("route %1").arg(exchange.routeIndex + 1);
        } else {
            route = exchange.routeId;
        }
        if (exchange.proxied()) {
            //: a forwarded exchange: %1 the route (or "proxy" for the set's), %2 the upstream's
            //: host and port
            return RequestLogModel::tr("%1 → %2").arg(route, QUrl(exchange.upstream).authority());
        }
        return route;
    }
    case RequestLogModel::FaultColumn:
        if (exchange.errorInjected && !exchange.fault.isEmpty()) {
            //: %1 is a fault name such as "connection-reset"; the error-rate roll chose it
            return RequestLogModel::tr("%1 (error injected)").arg(exchange.fault);
        }
        if (exchange.errorInjected) {
            return RequestLogModel::tr("error injected");
        }
        return exchange.fault;
    default:
        return {};
    }
}

QString toolTip(const Exchange &exchange, int column)
{
    switch (column) {
    case RequestLogModel::TimeColumn:
        return QLocale().toString(exchange.time.toLocalTime(), QLocale::LongFormat);
    case RequestLogModel::PathColumn:
        if (exchange.peer.isEmpty()) {
            return {};
        }
        //: %1 is the request target, %2 the client's address:port
        return RequestLogModel::tr("%1\nfrom %2")
            .arg(displayText(exchange, RequestLogModel::PathColumn), exchange.peer);
    case RequestLogModel::StatusColumn: {
        QString tip;
        if (exchange.status == 0) {
            tip = RequestLogModel::tr("No response");
        } else if (statusNeverSent(exchange)) {
            //: %1 is a fault name, %2 and %3 the status and reason that were not sent
            tip = RequestLogModel::tr("No status sent (%1); the answer would have been %2 %3")
                      .arg(exchange.fault, QString::number(exchange.status),
                          QString::fromLatin1(reasonOf(exchange)));
        } else {
            tip = QString::number(exchange.status) + u' ' + QString::fromLatin1(reasonOf(exchange));
        }
        if (!exchange.error.isEmpty()) {
            //: %1 is the error message of a template or body file
            appendLine(&tip, RequestLogModel::tr("Error: %1").arg(exchange.error));
        }
        return tip;
    }
    case RequestLogModel::DurationColumn:
        if (exchange.delayMs > 0) {
            //: %1: the server's own time in ms, %2: the latency chaos added, in ms
            return RequestLogModel::tr("Server %1 ms + chaos delay %2 ms")
                .arg(QLocale().toString(double(exchange.durationUs) / 1000.0, 'f', 1),
                    QLocale().toString(exchange.delayMs));
        }
        return {};
    case RequestLogModel::RouteColumn:
        if (exchange.proxied()) {
            //: %1 the URL a request was forwarded to
            QString tip = RequestLogModel::tr("Forwarded to %1").arg(exchange.upstream);
            if (!exchange.upstreamError.isEmpty()) {
                //: %1 why the upstream gave no answer
                appendLine(&tip,
                    RequestLogModel::tr("The upstream gave no answer: %1")
                        .arg(exchange.upstreamError));
            }
            return tip;
        }
        return {};
    case RequestLogModel::FaultColumn:
        if (exchange.errorInjected && exchange.errorRoll >= 0) {
            //: %1 is the random roll in [0, 1) that fell under the configured error rate
            return RequestLogModel::tr("The error rate roll %1 hit")
                .arg(QLocale().toString(exchange.errorRoll, 'g', 2));
        }
        return {};
    default:
        return {};
    }
}

} // namespace

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Exchange &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(e, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn) {
            return int(NumberAlignment);
        }
        return {};
    case ExchangeIdRole:
        return QVariant::fromValue(e.id);
    case FilterTextRole: {
        QStringList parts;
        parts.reserve(ColumnCount);
        for (int column = 0; column < ColumnCount; ++column) {
            parts.append(displayText(e, column));
        }
        return parts.join(u' ');
    }
    case RawRequestRole:
        return rawRequest(e);
    case RawResponseRole:
        return rawResponse(e);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == StatusColumn || section == DurationColumn) {
            return int(NumberAlignment);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RouteColumn:
        return tr("Route");
    case FaultColumn:
        return tr("Fault");
    default:
        return {};
    }
}

namespace {

/// The body as text, or a description when it is binary; notes a truncation.
QString bodyText(const QByteArray &body, qint64 fullSize)
{
    fullSize = std::max<qint64>(fullSize, body.size());
    if (fullSize == 0) {
        return {};
    }
    const bool truncated = fullSize > body.size();
    QString text;
    if (!decodeText(body, truncated, &text)) {
        //: The size of a body that is not text, which is not shown
        return RequestLogModel::tr(
            "[%n bytes of binary data]", nullptr, int(std::min<qint64>(fullSize, INT_MAX)));
    }
    if (truncated) {
        //: %1 bytes of the body are kept in the log, out of %2 bytes received or sent
        appendLine(&text,
            RequestLogModel::tr("[… truncated, %1 of %2 bytes shown]")
                .arg(QString::number(body.size()), QString::number(fullSize)));
    }
    return text;
}

} // namespace

QString RequestLogModel::rawRequest(const Exchange &exchange)
{
    const QByteArray target = exchange.target.isEmpty() ? exchange.path.toUtf8() : exchange.target;
    QString out =
        QString::fromLatin1(exchange.method) + u' ' + QString::fromUtf8(target) + u" HTTP/1.1\n"_s;
    appendHeaders(&out, exchange.requestHeaders);
    out += u'\n';
    out += bodyText(exchange.requestBody, exchange.requestBodySize);
    return out;
}

QString RequestLogModel::rawResponse(const Exchange &exchange)
{
    QString out;
    if (exchange.status == 0) {
        out = tr("[no response]");
    } else {
        out = u"HTTP/1.1 "_s + QString::number(exchange.status) + u' '
            + QString::fromLatin1(reasonOf(exchange)) + u'\n';
        appendHeaders(&out, exchange.responseHeaders);
        // The journal keeps the headers of the answer as built; the connection adds the
        // framing when it writes them, so show that too.
        if (!HttpResponse::isBodyless(exchange.status) && exchange.method != "HEAD"
            && !hasHeader(exchange.responseHeaders, "Content-Length")
            && !hasHeader(exchange.responseHeaders, "Transfer-Encoding")) {
            out += u"Content-Length: "_s
                + QString::number(
                    std::max<qint64>(exchange.responseBodySize, exchange.responseBody.size()))
                + u'\n';
        }
        out += u'\n';
        out += bodyText(exchange.responseBody, exchange.responseBodySize);
    }

    QStringList notes;
    if (exchange.delayMs > 0) {
        //: %1 is the latency chaos added before the answer, in milliseconds
        notes.append(tr("[delayed %1 ms]").arg(exchange.delayMs));
    }
    if (exchange.errorInjected) {
        notes.append(exchange.errorRoll >= 0
                //: %1 is the random roll in [0, 1) that fell under the configured error rate
                ? tr("[error injected, roll %1]").arg(QString::number(exchange.errorRoll, 'g', 2))
                : tr("[error injected]"));
    }
    if (!exchange.fault.isEmpty()) {
        //: %1 is a fault name such as "connection-reset"
        notes.append(tr("[fault: %1]").arg(exchange.fault));
    }
    if (!exchange.error.isEmpty()) {
        //: %1 is the error message of a template or body file
        notes.append(tr("[error: %1]").arg(exchange.error));
    }
    if (!notes.isEmpty()) {
        appendLine(&out, notes.join(u'\n'));
    }
    return out;
}

} // namespace MockBench
