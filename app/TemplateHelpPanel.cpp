// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateHelpPanel.h"

#include "EditorFields.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

// The catalogue index of an entry's row; group rows have none.
constexpr int EntryRole = Qt::UserRole + 1;

/// Calls back on every key pressed in the watched widget; a true answer eats the key.
class KeyFilter : public QObject
{
public:
    KeyFilter(QObject *parent, std::function<bool(int key)> callback)
        : QObject(parent)
        , m_callback(std::move(callback))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress
            && m_callback(static_cast<QKeyEvent *>(event)->key())) {
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(int key)> m_callback;
};

} // namespace

struct TemplateHelpPanel::Private
{
    TemplateHelpPanel *q = nullptr;
    TemplateDialect dialect = TemplateDialect::None;
    QList<TemplateHelpEntry> entries;

    QComboBox *dialectCombo = nullptr;
    QLineEdit *filterEdit = nullptr;
    QTreeWidget *tree = nullptr;
    QLabel *emptyLabel = nullptr;
    QTextBrowser *details = nullptr;
    QPushButton *insertButton = nullptr;

    void build();
    void fill();
    void applyFilter();
    void showDetails();
    const TemplateHelpEntry *currentEntry() const;
    void activate(QTreeWidgetItem *item);
    QString kindText(TemplateHelpEntry::Kind kind) const;
    bool filterKey(int key);
};

void TemplateHelpPanel::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    dialectCombo = EditorFields::comboBox(q, u"helpDialectCombo"_s);
    dialectCombo->addItem(tr("JavaScript"), int(TemplateDialect::JavaScript));
    dialectCombo->addItem(tr("Mockoon (Handlebars)"), int(TemplateDialect::Mockoon));
    dialectCombo->addItem(tr("WireMock (Handlebars)"), int(TemplateDialect::WireMock));
    dialectCombo->addItem(tr("None: sent as written"), int(TemplateDialect::None));
    auto *dialectLabel = new QLabel(tr("&Dialect:"), q);
    dialectLabel->setBuddy(dialectCombo);
    top->addWidget(dialectLabel);
    top->addWidget(dialectCombo, 1);
    layout->addLayout(top);

    filterEdit = new QLineEdit(q);
    filterEdit->setObjectName(u"helpFilterEdit"_s);
    filterEdit->setPlaceholderText(tr("Filter helpers and values"));
    filterEdit->setClearButtonEnabled(true);
    filterEdit->installEventFilter(
        new KeyFilter(filterEdit, [this](int key) { return filterKey(key); }));
    layout->addWidget(filterEdit);

    auto *splitter = new QSplitter(Qt::Vertical, q);
    splitter->setChildrenCollapsible(false);
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    tree = new QTreeWidget(listBox);
    tree->setObjectName(u"helpTree"_s);
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Name"), tr("Kind") });
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->setUniformRowHeights(true);
    tree->setRootIsDecorated(true);
    listLayout->addWidget(tree);
    emptyLabel = new QLabel(listBox);
    emptyLabel->setObjectName(u"helpEmptyLabel"_s);
    emptyLabel->setWordWrap(true);
    emptyLabel->setAlignment(Qt::AlignCenter);
    listLayout->addWidget(emptyLabel);
    splitter->addWidget(listBox);

    auto *detailBox = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    details = new QTextBrowser(detailBox);
    details->setObjectName(u"helpDetails"_s);
    details->setOpenLinks(false);
    detailLayout->addWidget(details);
    insertButton = new QPushButton(tr("&Insert Example"), detailBox);
    insertButton->setObjectName(u"insertExampleButton"_s);
    insertButton->setToolTip(tr("Insert the example at the cursor of the body being edited "
                                "(Enter or double click in the list)"));
    detailLayout->addWidget(insertButton, 0, Qt::AlignRight);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    QObject::connect(dialectCombo, &QComboBox::currentIndexChanged, q,
        [this] { q->setDialect(TemplateDialect(dialectCombo->currentData().toInt())); });
    QObject::connect(filterEdit, &QLineEdit::textChanged, q, [this] { applyFilter(); });
    QObject::connect(tree, &QTreeWidget::currentItemChanged, q, [this] { showDetails(); });
    QObject::connect(
        tree, &QTreeWidget::itemActivated, q, [this](QTreeWidgetItem *item) { activate(item); });
    QObject::connect(
        insertButton, &QPushButton::clicked, q, [this] { activate(tree->currentItem()); });
}

QString TemplateHelpPanel::Private::kindText(TemplateHelpEntry::Kind kind) const
{
    switch (kind) {
    case TemplateHelpEntry::Kind::Block:
        return tr("block");
    case TemplateHelpEntry::Kind::Value:
        return tr("value");
    case TemplateHelpEntry::Kind::Helper:
        break;
    }
    return tr("helper");
}

void TemplateHelpPanel::Private::fill()
{
    const QSignalBlocker blocker(tree);
    tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (int i = 0; i < entries.size(); ++i) {
        const TemplateHelpEntry &entry = entries.at(i);
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(tree, { entry.group });
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(group, { entry.name, kindText(entry.kind) });
        item->setData(0, EntryRole, i);
        item->setToolTip(0, entry.signature);
    }
    tree->expandAll();
    applyFilter();
}

void TemplateHelpPanel::Private::applyFilter()
{
    const QString text = filterEdit->text().trimmed();
    QTreeWidgetItem *firstShown = nullptr;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        bool any = false;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const TemplateHelpEntry &e = entries.at(item->data(0, EntryRole).toInt());
            const bool shown = text.isEmpty() || e.name.contains(text, Qt::CaseInsensitive)
                || e.signature.contains(text, Qt::CaseInsensitive)
                || e.description.contains(text, Qt::CaseInsensitive)
                || e.group.contains(text, Qt::CaseInsensitive);
            item->setHidden(!shown);
            any = any || shown;
            if (shown && !firstShown) {
                firstShown = item;
            }
        }
        group->setHidden(!any);
    }
    const bool empty = firstShown == nullptr;
    tree->setVisible(!empty);
    emptyLabel->setVisible(empty);
    if (!empty) {
        emptyLabel->clear();
    } else if (!entries.isEmpty()) {
        //: the filter of the templates help matches nothing
        emptyLabel->setText(tr("Nothing matches \"%1\".").arg(text));
    } else if (dialect == TemplateDialect::None) {
        emptyLabel->setText(tr("Bodies are sent exactly as written: there are no helpers."));
    } else {
        emptyLabel->setText(tr("No help for this dialect yet."));
    }
    QTreeWidgetItem *current = tree->currentItem();
    if (!current || current->isHidden() || (current->parent() && current->parent()->isHidden())
        || !current->parent()) {
        tree->setCurrentItem(firstShown);
    }
    showDetails();
}

const TemplateHelpEntry *TemplateHelpPanel::Private::currentEntry() const
{
    const QTreeWidgetItem *item = tree->currentItem();
    if (!item || item->isHidden() || !item->data(0, EntryRole).isValid()) {
        return nullptr;
    }
    return &entries.at(item->data(0, EntryRole).toInt());
}

void TemplateHelpPanel::Private::showDetails()
{
    const TemplateHelpEntry *e = currentEntry();
    insertButton->setEnabled(e && !e->example.isEmpty());
    if (!e) {
        details->clear();
        return;
    }
    const auto pre = [](const QString &text) -> QString {
        return u"<pre style=\"margin: 2px 0 8px 12px; white-space: pre-wrap\">"_s
            + text.toHtmlEscaped() + u"</pre>"_s;
    };
    QString html = u"<p><code><b>"_s + e->signature.toHtmlEscaped() + u"</b></code> <i>("_s
        + kindText(e->kind).toHtmlEscaped() + u")</i></p>"_s;
    if (!e->description.isEmpty()) {
        html += u"<p>"_s + e->description.toHtmlEscaped() + u"</p>"_s;
    }
    if (!e->example.isEmpty()) {
        html += u"<p><b>"_s + tr("Example").toHtmlEscaped() + u"</b></p>"_s + pre(e->example);
    }
    if (!e->output.isEmpty()) {
        //: heading in the templates help: what the example gives for GET /users/42?page=2
        html += u"<p><b>"_s + tr("Output").toHtmlEscaped() + u"</b></p>"_s + pre(e->output);
    }
    details->setHtml(html);
}

void TemplateHelpPanel::Private::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, EntryRole).isValid()) {
        return;
    }
    const TemplateHelpEntry &e = entries.at(item->data(0, EntryRole).toInt());
    if (!e.example.isEmpty()) {
        Q_EMIT q->exampleActivated(e.example);
    }
}

bool TemplateHelpPanel::Private::filterKey(int key)
{
    // Down (or Enter) in the filter goes on to the list, so the help is used from the keyboard.
    if ((key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter)
        || tree->isHidden()) {
        return false;
    }
    tree->setFocus();
    if (!currentEntry()) {
        applyFilter();
    }
    return true;
}

TemplateHelpPanel::TemplateHelpPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->build();
    setDialect(TemplateDialect::JavaScript);
}

TemplateHelpPanel::~TemplateHelpPanel()
{
    // The fields go before d does: nothing they signal while dying may reach it. (Blocked for
    // good, not by a QSignalBlocker, which would outlive the tree it unblocks.)
    d->tree->blockSignals(true);
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void TemplateHelpPanel::setDialect(TemplateDialect dialect)
{
    {
        const QSignalBlocker blocker(d->dialectCombo);
        d->dialectCombo->setCurrentIndex(d->dialectCombo->findData(int(dialect)));
    }
    if (dialect == d->dialect && !d->entries.isEmpty()) {
        return;
    }
    d->dialect = dialect;
    d->entries = TemplateHelp::load(dialect);
    d->fill();
}

TemplateDialect TemplateHelpPanel::dialect() const
{
    return d->dialect;
}

const QList<TemplateHelpEntry> &TemplateHelpPanel::entries() const
{
    return d->entries;
}

void TemplateHelpPanel::setFilter(const QString &text)
{
    d->filterEdit->setText(text);
}

void TemplateHelpPanel::focusFilter()
{
    d->filterEdit->setFocus();
    d->filterEdit->selectAll();
}

} // namespace MockBench
