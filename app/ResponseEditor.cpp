// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseEditor.h"

#include "ConditionsEditor.h"
#include "EditorFields.h"
#include "FaultFields.h"
#include "JsonText.h"
#include "TemplateCompleter.h"
#include "TemplateHighlighter.h"
#include "WheelGuard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

// Typing in the body editor is applied this long after the last key (and on focus out), so
// a body is one undo step per pause rather than one per character.
constexpr int BodyDebounceMs = 400;

/// @p text with every `{{ ... }}` span replaced by a number padded to the same length, so a
/// templated JSON body can be checked and the error positions still fit the text.
QString maskTemplates(QString text)
{
    int from = 0;
    while (true) {
        int open = int(text.indexOf(u"{{"_s, from));
        while (open > 0 && text.at(open - 1) == u'\\') {
            open = int(text.indexOf(u"{{"_s, open + 2));
        }
        if (open < 0) {
            return text;
        }
        const int close = int(text.indexOf(u"}}"_s, open + 2));
        const int end = close < 0 ? int(text.size()) : close + 2;
        for (int i = open; i < end; ++i) {
            if (text.at(i) != u'\n') {
                text[i] = i == open ? u'0' : u' ';
            }
        }
        from = end;
    }
}

/// Calls back when the watched widget loses focus (flushes the debounced body).
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> callback)
        : QObject(parent)
        , m_callback(std::move(callback))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A popup of the editor's own (the template completion) takes no focus from it.
        if (event->type() == QEvent::FocusOut
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            m_callback();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
};

HeaderList headerRows(const QTableWidget *table)
{
    HeaderList headers;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name =
            table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty()) {
            continue;
        }
        const QString value = table->item(row, 1) ? table->item(row, 1)->text() : QString();
        // Repeated names are one header with several values, grouped under the first
        // spelling (header names are case-insensitive).
        auto it = std::find_if(headers.begin(), headers.end(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (it != headers.end()) {
            it->second.append(value);
        } else {
            headers.append({ name, { value } });
        }
    }
    return headers;
}

/// The editor's text for @p response's body.
QString bodyText(const Response &response)
{
    switch (response.bodySource) {
    case Response::BodySource::Text:
        return response.body;
    case Response::BodySource::Json:
        return JsonText::indented(response.json);
    case Response::BodySource::None:
    case Response::BodySource::File:
    case Response::BodySource::Data:
        break;
    }
    return {};
}

/// True when the editor already shows @p response's body (maybe formatted differently).
bool showsBody(const QString &text, const Response &response)
{
    if (response.bodySource == Response::BodySource::Json) {
        const JsonText::Parsed parsed = JsonText::parse(text);
        return parsed.value && *parsed.value == response.json;
    }
    return text == bodyText(response);
}

} // namespace

struct ResponseEditor::Private
{
    ResponseEditor *q = nullptr;
    // Set while the fields are filled from a route, so their change signals say nothing.
    bool loading = false;
    Route route; ///< as last shown
    QString baseDir;
    int current = 0; ///< index of the response shown
    QTimer bodyTimer;

    QComboBox *modeCombo = nullptr;
    QCheckBox *fallthroughCheck = nullptr;
    QStringList dataNames;
    QTabBar *tabs = nullptr;
    QToolButton *addButton = nullptr;
    QToolButton *duplicateButton = nullptr;
    QToolButton *removeButton = nullptr;
    QWidget *responseBox = nullptr;
    QSpinBox *statusSpin = nullptr;
    QLineEdit *reasonEdit = nullptr;
    QTableWidget *headersTable = nullptr;
    QComboBox *bodySourceCombo = nullptr;
    QComboBox *dialectCombo = nullptr;
    QToolButton *templateHelpButton = nullptr;
    QPlainTextEdit *bodyEdit = nullptr;
    TemplateHighlighter *highlighter = nullptr;
    TemplateCompleter *completer = nullptr;
    TemplateDialect defaultDialect = TemplateDialect::JavaScript;
    QLabel *jsonStatusLabel = nullptr;
    QFormLayout *responseForm = nullptr;
    QWidget *bodyFileRow = nullptr;
    QLineEdit *bodyFileEdit = nullptr;
    QToolButton *bodyFileBrowse = nullptr;
    QWidget *fileOptionsRow = nullptr;
    QCheckBox *templateFileCheck = nullptr;
    QCheckBox *missingFileCheck = nullptr;
    QComboBox *dataCombo = nullptr;
    QCheckBox *defaultCheck = nullptr;
    QWidget *latencyRow = nullptr;
    QSpinBox *latencySpin = nullptr;
    QLabel *latencyNote = nullptr;
    QComboBox *faultCombo = nullptr;
    FaultFields *faultFields = nullptr;
    QGroupBox *whenGroup = nullptr;
    ConditionsEditor *when = nullptr;

    void build();
    void buildTabs(QVBoxLayout *layout);
    void buildResponse(QVBoxLayout *layout);
    void connectFields();

    void show(bool force);
    void rebuildTabs();
    void loadResponse(bool force);
    void updateVisibility();
    void updateJsonStatus();
    void updateDialect();
    void updateDefaultDialectItem();
    TemplateDialect dialect() const;
    Response::BodySource currentSource() const;
    std::optional<Fault::Kind> currentFault() const;

    /// Emits responsesEdited with @p change applied to the response shown.
    void editResponse(const std::function<void(Response &)> &change, const QString &undoText);
    /// Emits responsesEdited with @p responses and, once applied, shows the one at @p index.
    void editList(const QList<Response> &responses, int index, const QString &undoText);
    void commitBody();
    void commitWhen();
    void flushBody();
    void selectResponse(int index);
};

void ResponseEditor::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    buildTabs(layout);
    buildResponse(layout);

    whenGroup = new QGroupBox(tr("Use this response only when (rules mode)"), q);
    whenGroup->setObjectName(u"whenGroup"_s);
    auto *whenLayout = new QVBoxLayout(whenGroup);
    when = new ConditionsEditor(u"when"_s, whenGroup);
    whenLayout->addWidget(when);
    layout->addWidget(whenGroup);

    bodyTimer.setSingleShot(true);
    bodyTimer.setInterval(BodyDebounceMs);
    connectFields();
    WheelGuard::guardChildren(q);
}

void ResponseEditor::Private::buildTabs(QVBoxLayout *layout)
{
    auto *modeForm = new QFormLayout;
    modeCombo = EditorFields::comboBox(q, u"responseModeCombo"_s);
    modeCombo->addItem(
        tr("Rules: the first whose conditions fit"), int(Route::ResponseMode::Rules));
    modeCombo->addItem(
        tr("Sequential: the next one each time"), int(Route::ResponseMode::Sequential));
    modeCombo->addItem(tr("Random: one at random"), int(Route::ResponseMode::Random));
    modeCombo->addItem(
        tr("Default: always the default response"), int(Route::ResponseMode::Default));
    modeForm->addRow(tr("Res&ponse mode:"), modeCombo);
    fallthroughCheck = new QCheckBox(tr("Fall through to the next route when no response fits"), q);
    fallthroughCheck->setObjectName(u"fallthroughCheck"_s);
    fallthroughCheck->setToolTip(tr("Rules mode: when no response's conditions fit, the next "
                                    "route that fits the request answers it"));
    // A row of its own, under the label column too: the text is long, the column narrow.
    modeForm->addRow(fallthroughCheck);
    layout->addLayout(modeForm);

    auto *tabsRow = new QHBoxLayout;
    tabs = new QTabBar(q);
    tabs->setObjectName(u"responseTabs"_s);
    tabs->setExpanding(false);
    tabs->setDocumentMode(true);
    tabs->setUsesScrollButtons(true);
    tabsRow->addWidget(tabs, 1);
    addButton = EditorFields::toolButton(
        q, u"addResponseButton"_s, tr("Add"), tr("Add a response"), u":/mockbench/icons/add.svg"_s);
    duplicateButton = EditorFields::toolButton(q, u"duplicateResponseButton"_s, tr("Duplicate"),
        tr("Duplicate this response"), u":/mockbench/icons/duplicate.svg"_s);
    removeButton = EditorFields::toolButton(q, u"removeResponseButton"_s, tr("Remove"),
        tr("Remove this response (a route keeps at least one)"), u":/mockbench/icons/remove.svg"_s);
    // Icons only beside the tabs (the tooltips say what they do), so the row fits the editor's
    // column at 1024 pixels.
    for (QToolButton *button : { addButton, duplicateButton, removeButton }) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        tabsRow->addWidget(button);
    }
    layout->addLayout(tabsRow);
}

void ResponseEditor::Private::buildResponse(QVBoxLayout *layout)
{
    // The body editor and its JSON label sit between two forms, not in one: a word-wrapped
    // label (height for width) in a QFormLayout with hidden rows makes Qt 6.4.2 write past
    // the end of its row array (valgrind: invalid writes in QFormLayout::setGeometry).
    responseBox = new QWidget(q);
    auto *boxLayout = new QVBoxLayout(responseBox);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto *topForm = new QFormLayout;
    boxLayout->addLayout(topForm);

    auto *statusRow = new QHBoxLayout;
    statusSpin = EditorFields::spinBox(responseBox, u"statusSpin"_s, 100, 999);
    reasonEdit = new QLineEdit(responseBox);
    reasonEdit->setObjectName(u"reasonEdit"_s);
    reasonEdit->setPlaceholderText(tr("standard reason phrase"));
    statusRow->addWidget(statusSpin);
    statusRow->addWidget(new QLabel(tr("Reason:"), responseBox));
    statusRow->addWidget(reasonEdit, 1);
    topForm->addRow(tr("Status:"), statusRow);

    auto *headersBox = new QWidget(responseBox);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->setSpacing(2);
    headersTable = EditorFields::table(headersBox, u"headersTable"_s, { tr("Name"), tr("Value") });
    headersTable->setToolTip(tr("A name may repeat: the header is sent once per "
                                "value. Templates work in values."));
    headersLayout->addWidget(headersTable);
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = EditorFields::toolButton(headersBox, u"addHeaderButton"_s, tr("Add"),
        tr("Add a header"), u":/mockbench/icons/add.svg"_s);
    auto *removeHeader = EditorFields::toolButton(headersBox, u"removeHeaderButton"_s, tr("Remove"),
        tr("Remove the selected headers"), u":/mockbench/icons/remove.svg"_s);
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headersLayout->addLayout(headerButtons);
    topForm->addRow(tr("Headers:"), headersBox);

    bodySourceCombo = EditorFields::comboBox(responseBox, u"bodySourceCombo"_s);
    bodySourceCombo->addItem(tr("No body"), int(Response::BodySource::None));
    bodySourceCombo->addItem(tr("Text (with {{ templates }})"), int(Response::BodySource::Text));
    bodySourceCombo->addItem(tr("JSON (sent as is)"), int(Response::BodySource::Json));
    bodySourceCombo->addItem(tr("File"), int(Response::BodySource::File));
    bodySourceCombo->addItem(tr("Data store"), int(Response::BodySource::Data));
    topForm->addRow(tr("&Body:"), bodySourceCombo);

    auto *dialectRow = new QHBoxLayout;
    dialectCombo = EditorFields::comboBox(responseBox, u"dialectCombo"_s);
    // The first item is "unset": the response follows the route set's default.
    dialectCombo->addItem(QString(), -1);
    dialectCombo->addItem(tr("JavaScript"), int(TemplateDialect::JavaScript));
    dialectCombo->addItem(tr("Mockoon (Handlebars)"), int(TemplateDialect::Mockoon));
    dialectCombo->addItem(tr("WireMock (Handlebars)"), int(TemplateDialect::WireMock));
    dialectCombo->addItem(tr("None: sent as written"), int(TemplateDialect::None));
    dialectCombo->setToolTip(tr("How the body and the header values are filled in per request"));
    templateHelpButton = EditorFields::toolButton(responseBox, u"templateHelpButton"_s, tr("Help"),
        tr("The helpers and values of this dialect (F1)"), QString());
    dialectRow->addWidget(dialectCombo, 1);
    dialectRow->addWidget(templateHelpButton);
    // A label of its own: a form row whose field is a layout gets no buddy, so no mnemonic.
    auto *dialectLabel = new QLabel(tr("Templ&ating:"), responseBox);
    dialectLabel->setBuddy(dialectCombo);
    topForm->addRow(dialectLabel, dialectRow);

    bodyEdit = new QPlainTextEdit(responseBox);
    bodyEdit->setObjectName(u"bodyEdit"_s);
    bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bodyEdit->setTabStopDistance(4 * bodyEdit->fontMetrics().horizontalAdvance(u' '));
    bodyEdit->setMinimumHeight(8 * bodyEdit->fontMetrics().lineSpacing());
    highlighter = new TemplateHighlighter(bodyEdit->document());
    completer = new TemplateCompleter(bodyEdit);
    boxLayout->addWidget(bodyEdit);

    jsonStatusLabel = new QLabel(responseBox);
    jsonStatusLabel->setObjectName(u"jsonStatusLabel"_s);
    jsonStatusLabel->setWordWrap(true);
    boxLayout->addWidget(jsonStatusLabel);

    responseForm = new QFormLayout;
    boxLayout->addLayout(responseForm);

    bodyFileRow = new QWidget(responseBox);
    auto *fileLayout = new QHBoxLayout(bodyFileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    bodyFileEdit = new QLineEdit(bodyFileRow);
    bodyFileEdit->setObjectName(u"bodyFileEdit"_s);
    bodyFileEdit->setPlaceholderText(tr("fixtures/page.html"));
    bodyFileEdit->setToolTip(tr("Relative to the route set's folder, read on each request"));
    bodyFileBrowse = EditorFields::toolButton(bodyFileRow, u"bodyFileBrowseButton"_s, tr("Browse…"),
        tr("Pick a file in the route set's folder"), QString());
    fileLayout->addWidget(bodyFileEdit, 1);
    fileLayout->addWidget(bodyFileBrowse);
    responseForm->addRow(tr("&File:"), bodyFileRow);
    fileOptionsRow = new QWidget(responseBox);
    auto *fileOptions = new QVBoxLayout(fileOptionsRow);
    fileOptions->setContentsMargins(0, 0, 0, 0);
    templateFileCheck = new QCheckBox(tr("Render the file as a template"), fileOptionsRow);
    templateFileCheck->setObjectName(u"templateFileCheck"_s);
    templateFileCheck->setToolTip(tr("Fill in the file's templates per request, in the "
                                     "response's dialect"));
    missingFileCheck = new QCheckBox(tr("Answer 404 when the file is missing"), fileOptionsRow);
    missingFileCheck->setObjectName(u"missingFileCheck"_s);
    missingFileCheck->setToolTip(tr("Off: a missing file answers 500 naming the file"));
    fileOptions->addWidget(templateFileCheck);
    fileOptions->addWidget(missingFileCheck);
    responseForm->addRow(QString(), fileOptionsRow);

    dataCombo = EditorFields::comboBox(responseBox, u"bodyDataCombo"_s);
    dataCombo->setEditable(true);
    dataCombo->setInsertPolicy(QComboBox::NoInsert);
    dataCombo->setToolTip(tr("The data store whose current value is the body: a string as it "
                             "is, anything else as JSON"));
    dataCombo->lineEdit()->setPlaceholderText(tr("data store name"));
    responseForm->addRow(tr("&Data store:"), dataCombo);

    defaultCheck = new QCheckBox(tr("Default response"), responseBox);
    defaultCheck->setObjectName(u"defaultCheck"_s);
    defaultCheck->setToolTip(tr("Answers when no response's conditions fit (and always in "
                                "default mode); one per route"));
    responseForm->addRow(QString(), defaultCheck);

    latencyRow = new QWidget(responseBox);
    auto *latencyLayout = new QHBoxLayout(latencyRow);
    latencyLayout->setContentsMargins(0, 0, 0, 0);
    latencySpin = EditorFields::msSpinBox(latencyRow, u"responseLatencySpin"_s);
    latencySpin->setToolTip(tr("Added to the route's and the set's latency when this response "
                               "answers"));
    latencyNote = new QLabel(latencyRow);
    latencyNote->setObjectName(u"responseLatencyNote"_s);
    latencyNote->setWordWrap(true);
    latencyLayout->addWidget(latencySpin);
    latencyLayout->addWidget(latencyNote, 1);
    responseForm->addRow(tr("&Latency:"), latencyRow);

    faultCombo = EditorFields::comboBox(responseBox, u"faultCombo"_s);
    faultCombo->addItem(FaultFields::displayName(Fault::Kind::None), QString());
    FaultFields::addFaults(faultCombo);
    faultCombo->setToolTip(tr("How this response goes wrong on the wire, every time"));
    responseForm->addRow(tr("Fa&ult:"), faultCombo);
    faultFields = new FaultFields(responseForm, u"fault"_s, responseBox);

    layout->addWidget(responseBox);

    QObject::connect(addHeader, &QToolButton::clicked, q, [this] {
        const QScopedValueRollback<bool> guard(loading, true);
        const int r = headersTable->rowCount();
        headersTable->insertRow(r);
        headersTable->setItem(r, 0, new QTableWidgetItem);
        headersTable->setItem(r, 1, new QTableWidgetItem);
        headersTable->setCurrentCell(r, 0);
        headersTable->editItem(headersTable->item(r, 0));
    });
    QObject::connect(removeHeader, &QToolButton::clicked, q, [this] {
        QList<int> rows;
        for (const QModelIndex &index : headersTable->selectionModel()->selectedRows()) {
            rows.append(index.row());
        }
        std::sort(rows.rbegin(), rows.rend());
        {
            const QScopedValueRollback<bool> guard(loading, true);
            for (int r : std::as_const(rows)) {
                headersTable->removeRow(r);
            }
        }
        if (!rows.isEmpty()) {
            updateJsonStatus();
            const HeaderList headers = headerRows(headersTable);
            editResponse([&](Response &r) { r.headers = headers; },
                //: %1 is a route such as "GET /items"
                tr("Change headers of %1"));
        }
    });
}

void ResponseEditor::Private::connectFields()
{
    QObject::connect(modeCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateVisibility();
        if (!loading) {
            Q_EMIT q->responseModeEdited(Route::ResponseMode(modeCombo->currentData().toInt()));
        }
    });
    QObject::connect(tabs, &QTabBar::currentChanged, q, [this](int index) {
        if (!loading) {
            selectResponse(index);
        }
    });
    QObject::connect(addButton, &QToolButton::clicked, q, [this] {
        flushBody();
        QList<Response> responses = route.responses;
        responses.append(Response());
        //: %1 is a route such as "GET /items"
        editList(responses, int(responses.size()) - 1, tr("Add response to %1"));
    });
    QObject::connect(duplicateButton, &QToolButton::clicked, q, [this] {
        flushBody();
        if (current >= route.responses.size()) {
            return;
        }
        QList<Response> responses = route.responses;
        responses.insert(current + 1, responses.at(current));
        //: %1 is a route such as "GET /items"
        editList(responses, current + 1, tr("Duplicate response of %1"));
    });
    QObject::connect(removeButton, &QToolButton::clicked, q, [this] {
        bodyTimer.stop();
        if (route.responses.size() < 2 || current >= route.responses.size()) {
            return;
        }
        QList<Response> responses = route.responses;
        responses.removeAt(current);
        //: %1 is a route such as "GET /items"
        editList(responses, qMax(0, current - 1), tr("Remove response from %1"));
    });

    QObject::connect(statusSpin, &QSpinBox::valueChanged, q, [this](int status) {
        editResponse([&](Response &r) { r.status = status; },
            //: %1 is a route such as "GET /items"
            tr("Change status of %1"));
    });
    QObject::connect(reasonEdit, &QLineEdit::editingFinished, q, [this] {
        reasonEdit->setModified(false);
        const QString reason = reasonEdit->text().trimmed();
        editResponse([&](Response &r) { r.reason = reason; },
            //: %1 is a route such as "GET /items"
            tr("Change reason phrase of %1"));
    });
    QObject::connect(headersTable, &QTableWidget::itemChanged, q, [this] {
        if (loading) {
            return;
        }
        updateJsonStatus();
        const HeaderList headers = headerRows(headersTable);
        editResponse([&](Response &r) { r.headers = headers; },
            //: %1 is a route such as "GET /items"
            tr("Change headers of %1"));
    });
    QObject::connect(bodySourceCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateVisibility();
        updateJsonStatus();
        if (!loading) {
            bodyTimer.stop();
            commitBody();
        }
    });
    QObject::connect(dialectCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateDialect();
        updateJsonStatus();
        if (loading) {
            return;
        }
        // The body typed so far goes first; applying it shows the response again, which
        // puts the combo back until the templating below is applied too.
        const int data = dialectCombo->currentData().toInt();
        flushBody();
        editResponse(
            [&](Response &r) {
                r.templating = data < 0 ? std::nullopt : std::optional(TemplateDialect(data));
            },
            //: %1 is a route such as "GET /items"
            tr("Change templating of %1"));
    });
    QObject::connect(templateHelpButton, &QToolButton::clicked, q,
        [this] { Q_EMIT q->templateHelpRequested(dialect()); });
    QObject::connect(bodyEdit, &QPlainTextEdit::textChanged, q, [this] {
        if (loading) {
            return;
        }
        updateJsonStatus();
        bodyTimer.start();
    });
    QObject::connect(&bodyTimer, &QTimer::timeout, q, [this] { commitBody(); });
    QObject::connect(fallthroughCheck, &QCheckBox::toggled, q, [this](bool on) {
        if (!loading) {
            Q_EMIT q->fallthroughEdited(on);
        }
    });
    QObject::connect(dataCombo, &QComboBox::activated, q, [this] { commitBody(); });
    QObject::connect(dataCombo->lineEdit(), &QLineEdit::editingFinished, q, [this] {
        dataCombo->lineEdit()->setModified(false);
        commitBody();
    });
    QObject::connect(templateFileCheck, &QCheckBox::toggled, q, [this](bool on) {
        editResponse([&](Response &r) { r.templateFile = on; },
            //: %1 is a route such as "GET /items"
            tr("Change file templating of %1"));
    });
    QObject::connect(missingFileCheck, &QCheckBox::toggled, q, [this](bool on) {
        editResponse(
            [&](Response &r) {
                r.missingFile = on ? Response::MissingFile::NotFound : Response::MissingFile::Error;
            },
            //: %1 is a route such as "GET /items"
            tr("Change missing file answer of %1"));
    });
    QObject::connect(defaultCheck, &QCheckBox::toggled, q, [this](bool on) {
        if (loading || current >= route.responses.size()) {
            return;
        }
        // One default per route: marking this one takes the mark from the others.
        QList<Response> responses = route.responses;
        for (int i = 0; i < responses.size(); ++i) {
            if (i == current) {
                responses[i].isDefault = on;
            } else if (on) {
                responses[i].isDefault = false;
            }
        }
        //: %1 is a route such as "GET /items"
        Q_EMIT q->responsesEdited(responses, tr("Change default response of %1"));
    });
    QObject::connect(latencySpin, &QSpinBox::valueChanged, q, [this](int ms) {
        editResponse([&](Response &r) { r.latency = Latency::fixed(ms); },
            //: %1 is a route such as "GET /items"
            tr("Change response latency of %1"));
    });
    bodyEdit->installEventFilter(new FocusOutFilter(bodyEdit, [this] { flushBody(); }));
    QObject::connect(bodyFileEdit, &QLineEdit::editingFinished, q, [this] {
        bodyFileEdit->setModified(false);
        commitBody();
    });
    QObject::connect(bodyFileBrowse, &QToolButton::clicked, q, [this] {
        const QString file = QFileDialog::getOpenFileName(q, tr("Body File"), baseDir);
        if (file.isEmpty()) {
            return;
        }
        bodyFileEdit->setText(QDir(baseDir).relativeFilePath(file));
        commitBody();
    });
    const auto commitFault = [this] {
        const Fault fault = faultFields->fault(currentFault().value_or(Fault::Kind::None));
        editResponse([&](Response &r) { r.fault = fault; },
            //: %1 is a route such as "GET /items"
            tr("Change fault of %1"));
    };
    QObject::connect(faultCombo, &QComboBox::currentIndexChanged, q, [this, commitFault] {
        updateVisibility();
        commitFault();
    });
    QObject::connect(faultFields, &FaultFields::edited, q, commitFault);
    QObject::connect(when, &ConditionsEditor::edited, q, [this] { commitWhen(); });
}

// ---- Showing --------------------------------------------------------------------------------

void ResponseEditor::Private::show(bool force)
{
    const QScopedValueRollback<bool> guard(loading, true);
    modeCombo->setCurrentIndex(modeCombo->findData(int(route.responseMode)));
    fallthroughCheck->setChecked(route.fallthrough);
    rebuildTabs();
    loadResponse(force);
    updateVisibility();
    updateJsonStatus();
}

void ResponseEditor::Private::rebuildTabs()
{
    const QSignalBlocker blocker(tabs);
    const int count = int(route.responses.size());
    current = qBound(0, current, qMax(0, count - 1));
    while (tabs->count() > count) {
        tabs->removeTab(tabs->count() - 1);
    }
    for (int i = 0; i < count; ++i) {
        const Response &r = route.responses.at(i);
        //: a response tab: %1 its number, %2 its status
        const QString label = tr("%1: %2").arg(i + 1).arg(r.status);
        if (i < tabs->count()) {
            tabs->setTabText(i, label);
        } else {
            tabs->addTab(label);
        }
        tabs->setTabToolTip(i,
            r.reason.isEmpty() ? QString::number(r.status)
                               : QString::number(r.status) + u' ' + r.reason);
    }
    tabs->setCurrentIndex(current);
    removeButton->setEnabled(count > 1);
    duplicateButton->setEnabled(count > 0);
}

void ResponseEditor::Private::loadResponse(bool force)
{
    const bool valid = current < route.responses.size();
    responseBox->setEnabled(valid);
    const Response r = valid ? route.responses.at(current) : Response();

    statusSpin->setValue(r.status);
    EditorFields::setLineText(reasonEdit, r.reason, force);

    // A header being typed stays; so does a table that already says the same (its order
    // of repeated names, an empty row just added).
    const QWidget *focus = QApplication::focusWidget();
    const bool typing = focus && focus != headersTable && headersTable->isAncestorOf(focus);
    if (force || (!typing && headerRows(headersTable) != r.headers)) {
        headersTable->setRowCount(0);
        for (const auto &[name, values] : r.headers) {
            for (const QString &value : values) {
                const int at = headersTable->rowCount();
                headersTable->insertRow(at);
                headersTable->setItem(at, 0, new QTableWidgetItem(name));
                headersTable->setItem(at, 1, new QTableWidgetItem(value));
            }
        }
    }

    bodySourceCombo->setCurrentIndex(bodySourceCombo->findData(int(r.bodySource)));
    dialectCombo->setCurrentIndex(dialectCombo->findData(r.templating ? int(*r.templating) : -1));
    updateDialect();
    // Text being typed (not applied yet) stays; so does text that already says the same.
    if ((force || !bodyTimer.isActive()) && !showsBody(bodyEdit->toPlainText(), r)) {
        bodyTimer.stop();
        bodyEdit->setPlainText(bodyText(r));
    }
    EditorFields::setLineText(bodyFileEdit, r.bodyFile, force);
    bodyFileBrowse->setEnabled(!baseDir.isEmpty());
    templateFileCheck->setChecked(r.templateFile);
    missingFileCheck->setChecked(r.missingFile == Response::MissingFile::NotFound);
    QStringList names = dataNames;
    if (!r.bodyData.isEmpty() && !names.contains(r.bodyData)) {
        names.append(r.bodyData); // a store a template or CRUD route makes while serving
    }
    const bool typingData =
        !force && dataCombo->lineEdit()->hasFocus() && dataCombo->lineEdit()->isModified();
    if (!typingData) {
        dataCombo->clear();
        dataCombo->addItems(names);
        dataCombo->setCurrentIndex(int(names.indexOf(r.bodyData)));
        dataCombo->setEditText(r.bodyData);
    }
    defaultCheck->setChecked(r.isDefault);
    if (r.latency.distribution == Latency::Distribution::Fixed) {
        latencySpin->setValue(int(r.latency.ms));
        latencyNote->clear();
        latencyNote->hide();
    } else {
        // A distribution from the file stays as it is until a value is typed here.
        latencySpin->setValue(0);
        latencyNote->setText(r.latency.distribution == Latency::Distribution::Uniform
                //: %1 and %2 milliseconds
                ? tr("uniform %1..%2 ms; a value here makes it fixed")
                      .arg(r.latency.minMs)
                      .arg(r.latency.maxMs)
                //: %1 median milliseconds, %2 sigma, %3 cap in milliseconds
                : tr("log-normal, median %1 ms, sigma %2, at most %3 ms; a value here makes it "
                     "fixed")
                      .arg(r.latency.medianMs)
                      .arg(r.latency.sigma)
                      .arg(r.latency.maxMs));
        latencyNote->show();
    }

    faultCombo->setCurrentIndex(faultCombo->findData(Fault::name(r.fault.kind)));
    faultFields->setFault(r.fault);
    when->setConditions(r.when.value_or(MatchConditions()), force);
}

void ResponseEditor::Private::updateVisibility()
{
    const auto source = currentSource();
    bodyEdit->setVisible(
        source == Response::BodySource::Text || source == Response::BodySource::Json);
    EditorFields::setRowShown(responseForm, bodyFileRow, source == Response::BodySource::File);
    EditorFields::setRowShown(responseForm, fileOptionsRow, source == Response::BodySource::File);
    EditorFields::setRowShown(responseForm, dataCombo, source == Response::BodySource::Data);
    const auto mode = Route::ResponseMode(modeCombo->currentData().toInt());
    fallthroughCheck->setVisible(mode == Route::ResponseMode::Rules);
    defaultCheck->setVisible(
        mode == Route::ResponseMode::Rules || mode == Route::ResponseMode::Default);
    faultFields->showFor(currentFault());
    // Rules mode picks the first response whose conditions fit, else the last one: with a
    // single response there is nothing to choose between.
    whenGroup->setVisible(
        Route::ResponseMode(modeCombo->currentData().toInt()) == Route::ResponseMode::Rules
        && tabs->count() > 1);
}

TemplateDialect ResponseEditor::Private::dialect() const
{
    const int data = dialectCombo->currentData().toInt();
    return data < 0 ? defaultDialect : TemplateDialect(data);
}

void ResponseEditor::Private::updateDefaultDialectItem()
{
    const int at = dialectCombo->findData(-1);
    // Short names here: the item must fit the editor's column at 1024 pixels.
    QString name;
    switch (defaultDialect) {
    case TemplateDialect::JavaScript:
        name = tr("JavaScript");
        break;
    case TemplateDialect::Mockoon:
        name = u"Mockoon"_s;
        break;
    case TemplateDialect::WireMock:
        name = u"WireMock"_s;
        break;
    case TemplateDialect::None:
        //: a template dialect: bodies sent as written
        name = tr("None");
        break;
    }
    //: the templating of a response that names none; %1 is the route set's (e.g. "JavaScript")
    dialectCombo->setItemText(at, tr("Route set default (%1)").arg(name));
    dialectCombo->setItemData(at,
        //: tooltip; %1 a template dialect such as "Mockoon"
        tr("The route set's default dialect, %1 (Edit > Default Template Dialect)").arg(name),
        Qt::ToolTipRole);
}

void ResponseEditor::Private::updateDialect()
{
    const TemplateDialect shown = dialect();
    highlighter->setDialect(shown);
    completer->setDialect(shown);
    templateHelpButton->setEnabled(shown != TemplateDialect::None);
    switch (shown) {
    case TemplateDialect::JavaScript:
        bodyEdit->setPlaceholderText(
            tr("Response body. {{ params.id }}, {{ query.page }}, {{ uuid() }} and other "
               "JavaScript expressions are filled in per request."));
        break;
    case TemplateDialect::Mockoon:
        bodyEdit->setPlaceholderText(
            tr("Response body. {{urlParam 'id'}}, {{queryParam 'page'}}, {{faker "
               "'person.firstName'}} and Mockoon's other helpers are filled in per request."));
        break;
    case TemplateDialect::WireMock:
        bodyEdit->setPlaceholderText(
            tr("Response body. {{request.path}}, {{request.query.page}}, {{randomValue "
               "type='UUID'}} and WireMock's other helpers are filled in per request."));
        break;
    case TemplateDialect::None:
        bodyEdit->setPlaceholderText(tr("Response body, sent exactly as written."));
        break;
    }
}

Response::BodySource ResponseEditor::Private::currentSource() const
{
    return Response::BodySource(bodySourceCombo->currentData().toInt());
}

std::optional<Fault::Kind> ResponseEditor::Private::currentFault() const
{
    return Fault::kindFromName(faultCombo->currentData().toString());
}

void ResponseEditor::Private::updateJsonStatus()
{
    const auto source = currentSource();
    const QString text = bodyEdit->toPlainText();
    bool jsonType = false;
    bool hasType = false;
    for (const auto &[name, values] : headerRows(headersTable)) {
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0) {
            hasType = true;
            jsonType = jsonType || values.join(u',').contains(u"json"_s, Qt::CaseInsensitive);
        }
    }
    // The server sends a text body that starts with { or [ as JSON when no type is set.
    const QString trimmed = text.trimmed();
    const bool looksJson = trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    const bool textIsJson =
        source == Response::BodySource::Text && (jsonType || (!hasType && looksJson));
    // Handlebars blocks ({{#each}}...{{/each}}) make the JSON only once rendered.
    const TemplateDialect shown = dialect();
    const bool handlebars = shown == TemplateDialect::Mockoon || shown == TemplateDialect::WireMock;
    const bool check = source == Response::BodySource::Json
        || (textIsJson && !(handlebars && text.contains(u"{{#"_s)));

    highlighter->setTemplateHighlighting(source == Response::BodySource::Text);
    completer->setDialect(source == Response::BodySource::Text ? dialect() : TemplateDialect::None);
    highlighter->setJsonHighlighting(check);
    jsonStatusLabel->setVisible(check);
    if (!check) {
        jsonStatusLabel->clear();
        return;
    }
    // Templates are filled in per request; they count as values here.
    const bool templated = textIsJson && shown != TemplateDialect::None;
    const JsonText::Parsed parsed = JsonText::parse(templated ? maskTemplates(text) : text);
    if (parsed.value) {
        jsonStatusLabel->setText(tr("Valid JSON"));
        jsonStatusLabel->setStyleSheet(u"QLabel { color: #1b7f3b; }"_s);
        jsonStatusLabel->setProperty("valid", true);
    } else {
        //: %1 line, %2 column, %3 what is wrong (from Qt's JSON parser)
        jsonStatusLabel->setText(tr("Invalid JSON at line %1, column %2: %3")
                                     .arg(parsed.line)
                                     .arg(parsed.column)
                                     .arg(parsed.error));
        jsonStatusLabel->setStyleSheet(u"QLabel { color: #b00020; }"_s);
        jsonStatusLabel->setProperty("valid", false);
    }
}

// ---- Editing --------------------------------------------------------------------------------

void ResponseEditor::Private::editResponse(
    const std::function<void(Response &)> &change, const QString &undoText)
{
    if (loading || current >= route.responses.size()) {
        return;
    }
    QList<Response> responses = route.responses;
    change(responses[current]);
    Q_EMIT q->responsesEdited(responses, undoText);
}

void ResponseEditor::Private::editList(
    const QList<Response> &responses, int index, const QString &undoText)
{
    if (loading) {
        return;
    }
    Q_EMIT q->responsesEdited(responses, undoText);
    // The owner has applied the edit when the route shown has the new list; a refused edit
    // leaves the route (and the tab shown) as it was.
    if (route.responses.size() == responses.size()) {
        selectResponse(index);
    }
}

void ResponseEditor::Private::commitBody()
{
    if (loading) {
        return;
    }
    Response body;
    body.bodySource = currentSource();
    switch (body.bodySource) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Text:
        body.body = bodyEdit->toPlainText();
        break;
    case Response::BodySource::Json: {
        const JsonText::Parsed parsed = JsonText::parse(bodyEdit->toPlainText());
        if (!parsed.value) {
            return; // the label under the editor says why; applied once it parses
        }
        body.json = *parsed.value;
        break;
    }
    case Response::BodySource::File:
        body.bodyFile = bodyFileEdit->text().trimmed();
        if (body.bodyFile.isEmpty()) {
            bodyFileEdit->setFocus();
            return; // applied once a file is named
        }
        break;
    case Response::BodySource::Data:
        body.bodyData = dataCombo->currentText().trimmed();
        if (body.bodyData.isEmpty()) {
            dataCombo->setFocus();
            return; // applied once a store is named
        }
        break;
    }
    editResponse(
        [&](Response &r) {
            r.bodySource = body.bodySource;
            r.body = body.body;
            r.json = body.json;
            r.bodyFile = body.bodyFile;
            r.bodyData = body.bodyData;
            if (body.bodySource != Response::BodySource::File) {
                // Options of a file body only (templateFile is an error elsewhere).
                r.templateFile = false;
                r.missingFile = Response::MissingFile::Error;
            }
        },
        //: %1 is a route such as "GET /items"
        tr("Change body of %1"));
}

void ResponseEditor::Private::commitWhen()
{
    if (loading) {
        return;
    }
    MatchConditions conditions;
    QString error;
    if (!when->readConditions(&conditions, &error)) {
        Q_EMIT q->editRefused(u"when: "_s + error);
        return;
    }
    editResponse(
        [&](Response &r) {
            r.when = conditions.isEmpty() ? std::nullopt : std::optional(conditions);
        },
        //: %1 is a route such as "GET /items"
        tr("Change response conditions of %1"));
}

void ResponseEditor::Private::flushBody()
{
    if (bodyTimer.isActive()) {
        bodyTimer.stop();
        commitBody();
    }
}

void ResponseEditor::Private::selectResponse(int index)
{
    flushBody();
    current = index;
    show(true);
}

// ---- ResponseEditor -------------------------------------------------------------------------

ResponseEditor::ResponseEditor(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->build();
    d->updateDefaultDialectItem();
    d->show(true);
}

ResponseEditor::~ResponseEditor()
{
    // The fields go before d does; nothing they signal while dying (a focus out) may use it.
    d->loading = true;
    d->bodyTimer.stop();
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void ResponseEditor::setRoute(const Route &route, const QString &baseDir, bool force)
{
    d->route = route;
    d->baseDir = baseDir;
    d->show(force);
}

int ResponseEditor::currentResponse() const
{
    return d->current;
}

void ResponseEditor::setCurrentResponse(int index)
{
    d->selectResponse(index);
}

void ResponseEditor::flushPendingEdits()
{
    d->flushBody();
}

void ResponseEditor::discardPendingEdits()
{
    d->bodyTimer.stop();
}

void ResponseEditor::setDataNames(const QStringList &names)
{
    d->dataNames = names;
}

void ResponseEditor::setDefaultDialect(TemplateDialect dialect)
{
    const QScopedValueRollback<bool> guard(d->loading, true);
    d->defaultDialect = dialect;
    d->updateDefaultDialectItem();
    d->updateDialect();
    d->updateJsonStatus();
}

TemplateDialect ResponseEditor::currentDialect() const
{
    return d->dialect();
}

bool ResponseEditor::insertIntoBody(const QString &text)
{
    if (d->current >= d->route.responses.size() || !d->responseBox->isEnabled()) {
        return false;
    }
    if (d->currentSource() != Response::BodySource::Text) {
        // Templates live in text bodies; a JSON body keeps its text as the template.
        d->bodySourceCombo->setCurrentIndex(
            d->bodySourceCombo->findData(int(Response::BodySource::Text)));
    }
    d->bodyEdit->setFocus();
    d->bodyEdit->insertPlainText(text);
    d->flushBody();
    return true;
}

} // namespace MockBench
