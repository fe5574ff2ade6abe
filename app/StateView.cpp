// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateView.h"

#include "EditorFields.h"
#include "JsonText.h"
#include "server/MockServer.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// Ctrl+Return (or Ctrl+Enter) in the watched editor applies what it holds.
class ApplyKeyFilter : public QObject
{
public:
    ApplyKeyFilter(QObject *parent, std::function<void()> apply)
        : QObject(parent)
        , m_apply(std::move(apply))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() == Qt::ControlModifier) {
                m_apply();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

struct StateView::Private
{
    StateView *q = nullptr;
    QPointer<MockServer> server;
    QString shownStore; ///< the data store in the JSON editor; empty: none
    /// Text typed for a store and neither applied nor reverted, kept while another is shown.
    QHash<QString, QString> drafts;
    bool loading = false;

    QTableWidget *scenarios = nullptr;
    QLabel *noScenarios = nullptr;
    QListWidget *stores = nullptr;
    QPlainTextEdit *storeEdit = nullptr;
    QPushButton *applyButton = nullptr;
    QPushButton *revertButton = nullptr;
    QLabel *storeMessage = nullptr;
    QTableWidget *globals = nullptr;
    QPushButton *resetButton = nullptr;

    void build();
    QWidget *buildScenarios(QWidget *parent);
    QWidget *buildStores(QWidget *parent);
    QWidget *buildGlobals(QWidget *parent);
    void fillScenarios();
    void fillStores();
    void fillGlobals();
    void loadStore(bool force);
    void showMessage(const QString &text, bool error);
};

void StateView::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *intro = new QLabel(tr("What the server holds now; requests change it as they come."), q);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->addStretch();
    resetButton = new QPushButton(tr("&Reset State"), q);
    resetButton->setObjectName(u"resetStateButton"_s);
    resetButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    resetButton->setToolTip(tr("Scenarios back to \"Started\", data stores to the route set's "
                               "values, global variables cleared"));
    top->addWidget(resetButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, q);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildScenarios(splitter));
    splitter->addWidget(buildStores(splitter));
    splitter->addWidget(buildGlobals(splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    QObject::connect(resetButton, &QPushButton::clicked, q, [this] {
        if (server) {
            server->resetState();
            // The editor shows the reset store, whatever was typed.
            drafts.clear();
            loadStore(true);
        }
    });
}

QWidget *StateView::Private::buildScenarios(QWidget *parent)
{
    auto *group = new QGroupBox(tr("Scenarios"), parent);
    auto *layout = new QVBoxLayout(group);
    scenarios = EditorFields::table(group, u"scenarioTable"_s, { tr("Scenario"), tr("State") });
    scenarios->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scenarios->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    scenarios->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scenarios->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    scenarios->setToolTip(tr("A route with a scenario answers only in the state it requires"));
    layout->addWidget(scenarios);
    noScenarios = new QLabel(tr("No route of this set has a scenario."), group);
    noScenarios->setObjectName(u"noScenariosLabel"_s);
    noScenarios->setWordWrap(true);
    layout->addWidget(noScenarios);
    return group;
}

QWidget *StateView::Private::buildStores(QWidget *parent)
{
    // One column, so the view fits a narrow dock beside the editor at 1024 pixels.
    auto *group = new QGroupBox(tr("Data stores"), parent);
    auto *layout = new QVBoxLayout(group);
    stores = new QListWidget(group);
    stores->setObjectName(u"dataStoreList"_s);
    stores->setMaximumHeight(4 * stores->fontMetrics().lineSpacing() + 8);
    layout->addWidget(stores);

    storeEdit = new QPlainTextEdit(group);
    storeEdit->setObjectName(u"dataStoreEdit"_s);
    storeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    storeEdit->setTabChangesFocus(true);
    storeEdit->setPlaceholderText(tr("The data store chosen above, as JSON"));
    layout->addWidget(storeEdit, 1);
    storeMessage = new QLabel(group);
    storeMessage->setObjectName(u"dataStoreMessage"_s);
    storeMessage->setWordWrap(true);
    layout->addWidget(storeMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    revertButton = new QPushButton(tr("Re&vert"), group);
    revertButton->setObjectName(u"revertDataStoreButton"_s);
    applyButton = new QPushButton(tr("&Apply"), group);
    applyButton->setObjectName(u"applyDataStoreButton"_s);
    applyButton->setToolTip(tr("Replace the data store with this JSON (Ctrl+Return)"));
    buttons->addWidget(revertButton);
    buttons->addWidget(applyButton);
    layout->addLayout(buttons);

    QObject::connect(stores, &QListWidget::currentTextChanged, q, [this](const QString &name) {
        if (loading || name == shownStore) {
            return;
        }
        if (!shownStore.isEmpty() && storeEdit->document()->isModified()) {
            drafts.insert(shownStore, storeEdit->toPlainText());
        }
        shownStore = name;
        loadStore(true);
        if (drafts.contains(name)) {
            storeEdit->setPlainText(drafts.take(name));
            storeEdit->document()->setModified(true);
            revertButton->setEnabled(true);
            showMessage(
                tr("Not applied yet: Apply sends it, Revert shows the store again."), false);
        }
    });
    QObject::connect(applyButton, &QPushButton::clicked, q, [this] { q->applyDataStore(); });
    storeEdit->installEventFilter(new ApplyKeyFilter(storeEdit, [this] { q->applyDataStore(); }));
    QObject::connect(revertButton, &QPushButton::clicked, q, [this] {
        drafts.remove(shownStore);
        loadStore(true);
    });
    QObject::connect(storeEdit, &QPlainTextEdit::modificationChanged, q, [this](bool modified) {
        revertButton->setEnabled(modified);
        if (modified) {
            storeMessage->clear();
        }
    });
    return group;
}

QWidget *StateView::Private::buildGlobals(QWidget *parent)
{
    auto *group = new QGroupBox(tr("Global variables"), parent);
    auto *layout = new QVBoxLayout(group);
    globals = EditorFields::table(group, u"globalsTable"_s, { tr("Name"), tr("Value") });
    globals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    globals->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    globals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    globals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    globals->setToolTip(tr("Set by templates (Mockoon's setGlobalVar); cleared by Reset State"));
    layout->addWidget(globals);
    return group;
}

void StateView::Private::fillScenarios()
{
    const QMap<QString, QString> states =
        server ? server->scenarioStates() : QMap<QString, QString>();
    if (scenarios->rowCount() != states.size()) {
        scenarios->setRowCount(int(states.size()));
    }
    int row = 0;
    for (auto it = states.cbegin(); it != states.cend(); ++it, ++row) {
        auto *nameItem = scenarios->item(row, 0);
        if (!nameItem) {
            nameItem = new QTableWidgetItem;
            scenarios->setItem(row, 0, nameItem);
        }
        nameItem->setText(it.key());
        auto *combo = qobject_cast<QComboBox *>(scenarios->cellWidget(row, 1));
        if (!combo) {
            combo = EditorFields::comboBox(scenarios);
            scenarios->setCellWidget(row, 1, combo);
            QObject::connect(combo, &QComboBox::activated, q, [this, combo] {
                if (!server) {
                    return;
                }
                const QString name = combo->property("scenario").toString();
                if (!server->setScenarioState(name, combo->currentText())) {
                    fillScenarios();
                }
            });
        }
        const QSignalBlocker blocker(combo);
        combo->setObjectName(u"scenarioState:"_s + it.key());
        combo->setProperty("scenario", it.key());
        const QStringList possible = server->possibleScenarioStates(it.key());
        QStringList items;
        for (int i = 0; i < combo->count(); ++i) {
            items.append(combo->itemText(i));
        }
        if (items != possible) {
            combo->clear();
            combo->addItems(possible);
        }
        combo->setCurrentIndex(combo->findText(it.value()));
        //: tooltip of a scenario's state; %1 the scenario
        combo->setToolTip(
            tr("The state scenario %1 is in; choose another to move it").arg(it.key()));
    }
    scenarios->setVisible(!states.isEmpty());
    noScenarios->setVisible(states.isEmpty());
}

void StateView::Private::fillStores()
{
    const QStringList names = server ? server->dataStoreNames() : QStringList();
    QStringList shown;
    for (int i = 0; i < stores->count(); ++i) {
        shown.append(stores->item(i)->text());
    }
    if (shown != names) {
        const QScopedValueRollback<bool> guard(loading, true);
        stores->clear();
        stores->addItems(names);
    }
    if (!names.contains(shownStore)) {
        shownStore = names.isEmpty() ? QString() : names.first();
        loadStore(true);
    } else {
        loadStore(false);
    }
    const QScopedValueRollback<bool> guard(loading, true);
    const QList<QListWidgetItem *> current = stores->findItems(shownStore, Qt::MatchExactly);
    stores->setCurrentItem(current.isEmpty() ? nullptr : current.first());
}

void StateView::Private::loadStore(bool force)
{
    // What is being typed stays until it is applied or reverted.
    if (!force && storeEdit->document()->isModified()) {
        return;
    }
    const std::optional<QJsonValue> value =
        server && !shownStore.isEmpty() ? server->dataStore(shownStore) : std::nullopt;
    const QString text = value ? JsonText::indented(*value) : QString();
    if (force || storeEdit->toPlainText() != text) {
        storeEdit->setPlainText(text);
    }
    storeEdit->document()->setModified(false);
    storeEdit->setEnabled(value.has_value());
    applyButton->setEnabled(value.has_value());
    revertButton->setEnabled(false);
    if (force) {
        storeMessage->clear();
    }
}

void StateView::Private::fillGlobals()
{
    const QJsonObject vars = server ? server->globalVariables() : QJsonObject();
    globals->setRowCount(int(vars.size()));
    int row = 0;
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it, ++row) {
        globals->setItem(row, 0, new QTableWidgetItem(it.key()));
        globals->setItem(row, 1, new QTableWidgetItem(JsonText::compact(it.value())));
    }
}

void StateView::Private::showMessage(const QString &text, bool error)
{
    storeMessage->setText(text);
    storeMessage->setStyleSheet(error ? u"QLabel { color: #b00020; }"_s : QString());
    storeMessage->setProperty("error", error);
}

StateView::StateView(MockServer *server, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->server = server;
    d->build();
    if (server) {
        connect(server, &MockServer::stateChanged, this, &StateView::refresh);
        connect(server, &MockServer::routeSetChanged, this, &StateView::refresh);
    }
    refresh();
}

StateView::~StateView()
{
    // The fields go before d does; nothing they signal while dying may reach it.
    d->loading = true;
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void StateView::refresh()
{
    d->fillScenarios();
    d->fillStores();
    d->fillGlobals();
    d->resetButton->setEnabled(d->server);
}

bool StateView::showDataStore(const QString &name)
{
    const QList<QListWidgetItem *> items = d->stores->findItems(name, Qt::MatchExactly);
    if (items.isEmpty()) {
        return false;
    }
    d->stores->setCurrentItem(items.first());
    return true;
}

bool StateView::applyDataStore()
{
    if (!d->server || d->shownStore.isEmpty()) {
        return false;
    }
    const JsonText::Parsed parsed = JsonText::parse(d->storeEdit->toPlainText());
    if (!parsed.value) {
        //: %1 the data store, %2 line, %3 column, %4 what is wrong (from Qt's JSON parser)
        d->showMessage(tr("Not applied: %1 is not JSON at line %2, column %3: %4. The data store "
                          "is unchanged.")
                           .arg(d->shownStore)
                           .arg(parsed.line)
                           .arg(parsed.column)
                           .arg(parsed.error),
            true);
        return false;
    }
    if (!d->server->setDataStore(d->shownStore, *parsed.value)) {
        //: %1 the data store
        d->showMessage(tr("The server did not take data store %1.").arg(d->shownStore), true);
        return false;
    }
    d->storeEdit->document()->setModified(false);
    d->loadStore(true);
    //: %1 the data store
    d->showMessage(tr("Data store %1 replaced.").arg(d->shownStore), false);
    return true;
}

} // namespace MockBench
