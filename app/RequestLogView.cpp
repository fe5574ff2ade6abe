// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogView.h"

#include "itemmodels/RequestLogModel.h"
#include "journal/Journal.h" // RequestLogModel::journal() needs the complete type

#include <QCheckBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MockBench {

struct RequestLogView::Private
{
    RequestLogView *q = nullptr;
    QPointer<RequestLogModel> model;
    QSortFilterProxyModel *proxy = nullptr;

    QLineEdit *filterEdit = nullptr;
    QCheckBox *followCheck = nullptr;
    QToolButton *clearButton = nullptr;
    QLabel *countLabel = nullptr;
    QTableView *table = nullptr;
    QToolButton *createRouteButton = nullptr;
    void createRoute();
    QPlainTextEdit *requestText = nullptr;
    QPlainTextEdit *responseText = nullptr;

    // Set while the view scrolls by itself (following the tail), so that scrolling is not
    // taken for the user scrolling away.
    bool autoScrolling = false;

    void scrollToTail();
    void onScrolled(int value);
    void updateCount();
    void showCurrent(const QModelIndex &current);
    void clearLog();
};

void RequestLogView::Private::scrollToTail()
{
    autoScrolling = true;
    table->scrollToBottom();
    autoScrolling = false;
}

void RequestLogView::Private::onScrolled(int value)
{
    if (autoScrolling) {
        return;
    }
    // Scrolling away from the tail stops following; coming back to it starts again.
    const bool atBottom = value >= table->verticalScrollBar()->maximum();
    if (followCheck->isChecked() != atBottom) {
        followCheck->setChecked(atBottom);
    }
}

void RequestLogView::Private::updateCount()
{
    const int total = model ? model->rowCount() : 0;
    const int visible = proxy->rowCount();
    const int capacity = model ? model->capacity() : 0;
    //: tooltip of the request count; %1 is how many requests the log keeps at most
    countLabel->setToolTip(tr("The log keeps the newest %1 requests, so memory stays flat "
                              "however long MockBench runs.")
                               .arg(QLocale().toString(capacity)));
    if (proxy->filterRegularExpression().pattern().isEmpty()) {
        countLabel->setText(total >= capacity && capacity > 0
                ? tr("newest %n request(s)", nullptr, total)
                : tr("%n request(s)", nullptr, total));
    } else {
        //: %1 is how many requests the filter lets through, %n how many there are
        countLabel->setText(tr("%1 of %n request(s)", nullptr, total).arg(visible));
    }
}

void RequestLogView::Private::showCurrent(const QModelIndex &current)
{
    createRouteButton->setEnabled(current.isValid());
    if (!current.isValid()) {
        requestText->clear();
        responseText->clear();
        return;
    }
    requestText->setPlainText(current.data(RequestLogModel::RawRequestRole).toString());
    responseText->setPlainText(current.data(RequestLogModel::RawResponseRole).toString());
}

void RequestLogView::Private::createRoute()
{
    if (const Exchange *exchange = q->currentExchange()) {
        Q_EMIT q->createRouteRequested(*exchange);
    }
}

void RequestLogView::Private::clearLog()
{
    if (!model) {
        return;
    }
    // The journal is what the window, the export and the command line see; clearing only
    // the table would bring the old exchanges back on the next reload.
    if (Journal *journal = model->journal()) {
        journal->clear();
    }
    model->clear();
    showCurrent({});
}

const Exchange *RequestLogView::currentExchange() const
{
    const QModelIndex current = d->proxy->mapToSource(d->table->currentIndex());
    if (!current.isValid() || !d->model || current.row() >= d->model->rowCount()) {
        return nullptr;
    }
    return &d->model->exchange(current.row());
}

RequestLogView::RequestLogView(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->model = model;

    d->filterEdit = new QLineEdit(this);
    d->filterEdit->setObjectName(u"logFilter"_s);
    d->filterEdit->setPlaceholderText(tr("Filter: method, path, status, route…"));
    d->filterEdit->setClearButtonEnabled(true);
    d->filterEdit->setToolTip(tr("Shows only the requests whose method, path, status, route "
                                 "or fault contain this text (case does not matter)."));

    d->followCheck = new QCheckBox(tr("Follow"), this);
    d->followCheck->setObjectName(u"followCheck"_s);
    d->followCheck->setChecked(true);
    d->followCheck->setToolTip(tr("Keep the newest request in view. Scrolling up stops "
                                  "following; scrolling to the end starts again."));

    d->clearButton = new QToolButton(this);
    d->clearButton->setObjectName(u"clearLogButton"_s);
    d->clearButton->setIcon(QIcon(u":/mockbench/icons/clear.svg"_s));
    d->clearButton->setText(tr("Clear"));
    d->clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    d->clearButton->setToolTip(tr("Forget every recorded request."));

    d->createRouteButton = new QToolButton(this);
    d->createRouteButton->setObjectName(u"createRouteButton"_s);
    d->createRouteButton->setIcon(QIcon(u":/mockbench/icons/add.svg"_s));
    d->createRouteButton->setText(tr("Create Route"));
    d->createRouteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    d->createRouteButton->setToolTip(tr("Add a route that answers requests like the selected "
                                        "one as it was answered (proxied or not)."));
    d->createRouteButton->setEnabled(false);

    d->countLabel = new QLabel(this);
    d->countLabel->setObjectName(u"logCountLabel"_s);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(d->filterEdit, 1);
    toolbar->addWidget(d->followCheck);
    toolbar->addWidget(d->createRouteButton);
    toolbar->addWidget(d->clearButton);
    toolbar->addWidget(d->countLabel);

    d->proxy = new QSortFilterProxyModel(this);
    d->proxy->setSourceModel(model);
    d->proxy->setFilterRole(RequestLogModel::FilterTextRole);
    // The filter text role holds every column in one string, so one column is enough to
    // look at; the others would only repeat the work.
    d->proxy->setFilterKeyColumn(RequestLogModel::TimeColumn);
    d->proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    d->table = new QTableView(this);
    d->table->setObjectName(u"logTable"_s);
    d->table->setModel(d->proxy);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->setAlternatingRowColors(true);
    d->table->setShowGrid(false);
    d->table->setWordWrap(false);
    d->table->setSortingEnabled(false);
    d->table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(d->table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = d->table->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        d->table->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(QIcon(u":/mockbench/icons/add.svg"_s), tr("Create Route from This Request"),
            this, [this] { d->createRoute(); });
        menu.exec(d->table->viewport()->mapToGlobal(at));
    });
    connect(d->createRouteButton, &QToolButton::clicked, this, [this] { d->createRoute(); });
    d->table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and fixed column widths: with thousands of rows a second, nothing
    // may be measured per row (no ResizeToContents anywhere).
    QHeaderView *rows = d->table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *columns = d->table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    // Widths from typical content (and the header text), measured once here rather than
    // per row.
    const QFontMetrics metrics = fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(u'M');
    const struct
    {
        RequestLogModel::Column column;
        QString sample;
    } widths[] = {
        { RequestLogModel::TimeColumn, u"00:00:00.000"_s },
        { RequestLogModel::MethodColumn, u"OPTIONS"_s },
        { RequestLogModel::PathColumn, u"/api/v1/customers/12345/orders/67890"_s },
        { RequestLogModel::StatusColumn, u"503"_s },
        { RequestLogModel::DurationColumn, u"12345.6 ms"_s },
        { RequestLogModel::RouteColumn, u"get-customer-orders"_s },
    };
    for (const auto &w : widths) {
        const QString header = d->proxy->headerData(w.column, Qt::Horizontal).toString();
        columns->resizeSection(w.column,
            std::max(metrics.horizontalAdvance(w.sample), metrics.horizontalAdvance(header))
                + padding);
    }

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto makeText = [this, &mono](const QString &name) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(name);
        text->setReadOnly(true);
        text->setFont(mono);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return text;
    };
    d->requestText = makeText(u"requestText"_s);
    d->requestText->setPlaceholderText(tr("Select a request to see it as it was sent."));
    d->responseText = makeText(u"responseText"_s);
    d->responseText->setPlaceholderText(tr("…and the answer it got."));

    const auto titled = [this](const QString &title, QWidget *content) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *label = new QLabel(title, box);
        label->setBuddy(content);
        layout->addWidget(label);
        layout->addWidget(content, 1);
        return box;
    };
    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(titled(tr("&Request"), d->requestText));
    detail->addWidget(titled(tr("Re&sponse"), d->responseText));
    detail->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(d->table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(d->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        d->proxy->setFilterFixedString(text);
        d->updateCount();
        if (d->followCheck->isChecked()) {
            d->scrollToTail();
        }
    });
    connect(d->followCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            d->scrollToTail();
        }
    });
    connect(d->clearButton, &QToolButton::clicked, this, [this] { d->clearLog(); });
    connect(d->table->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { d->onScrolled(value); });

    // The model inserts in batches, so these run a few times a second, not once a request.
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        d->updateCount();
        if (d->followCheck->isChecked()) {
            d->scrollToTail();
        }
    });
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, [this] { d->updateCount(); });
    connect(d->proxy, &QAbstractItemModel::modelReset, this, [this] { d->updateCount(); });
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, [this] { d->updateCount(); });
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { d->showCurrent(current); });

    d->updateCount();
}

RequestLogView::~RequestLogView() = default;

QLineEdit *RequestLogView::filterEdit() const
{
    return d->filterEdit;
}

QTableView *RequestLogView::tableView() const
{
    return d->table;
}

int RequestLogView::visibleRowCount() const
{
    return d->proxy->rowCount();
}

} // namespace MockBench
