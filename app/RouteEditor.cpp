// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteEditor.h"

#include "TemplateHighlighter.h"
#include "document/RouteSetDocument.h"
#include "model/Route.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

// Typing in the body editor is applied this long after the last key (and on focus out), so
// a body is one undo step per pause rather than one per character.
constexpr int BodyDebounceMs = 400;
constexpr int MaxLatencyMs = 3600 * 1000; // the file format's bound
constexpr int MaxErrorLines = 5;

QString routeLabel(const Route &route)
{
    return route.method + u' ' + route.path;
}

/// A parsed JSON value of any kind, or where and why it is not JSON.
struct JsonParse
{
    std::optional<QJsonValue> value;
    QString error;
    int line = 0;
    int column = 0;
};

JsonParse parseJsonValue(const QString &text)
{
    JsonParse result;
    const QByteArray bytes = text.toUtf8();
    // QJsonDocument takes only objects and arrays: wrap the text so a bare 42 or "x" parses.
    const QByteArray wrapped = QByteArray("[") + bytes + QByteArray("\n]");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonArray array = doc.array();
        if (array.size() == 1) {
            result.value = array.first();
            return result;
        }
        result.error =
            array.isEmpty() ? RouteEditor::tr("no value") : RouteEditor::tr("more than one value");
        error.offset = array.isEmpty() ? 0 : int(bytes.size());
    } else {
        result.error = error.errorString();
    }
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset) - 1, bytes.size());
    const QString before = QString::fromUtf8(bytes.left(offset));
    result.line = int(before.count(u'\n')) + 1;
    result.column = int(before.size() - before.lastIndexOf(u'\n'));
    return result;
}

/// Text for @p value in the body editor: indented for objects and arrays.
QString jsonText(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    }
    const QByteArray one = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(one.mid(1, one.size() - 2));
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return jsonText(value);
}

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

/// Shows or hides a form row (its field and label). Not QFormLayout::setRowVisible(): in
/// Qt 6.4.2 it corrupts the layout's memory once another widget of the form is shown or
/// hidden (valgrind: invalid writes in QFormLayout::setGeometry).
void setRowShown(QFormLayout *form, QWidget *field, bool shown)
{
    field->setVisible(shown);
    if (QWidget *label = form->labelForField(field)) {
        label->setVisible(shown);
    }
}

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, int min, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    // valueChanged only when a value is committed (Enter, focus out, arrows), not per digit.
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    return spin;
}

QDoubleSpinBox *makeMsSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, MaxLatencyMs);
    spin->setDecimals(0);
    //: unit suffix of a spin box, with a leading space
    spin->setSuffix(RouteEditor::tr(" ms"));
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    return spin;
}

QToolButton *makeButton(QWidget *parent, const QString &objectName, const QString &text,
    const QString &toolTip, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setIcon(QIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // As tall as its rows, between two and six of them.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int frame = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height();
    table->setMinimumHeight(rowHeight * 2 + frame);
    table->setMaximumHeight(rowHeight * 6 + frame);
    return table;
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
        if (event->type() == QEvent::FocusOut) {
            m_callback();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
};

using Conditions = QList<std::pair<QString, ValueMatcher>>;

/// Builds a matcher from the editor's kind and text; nullopt with @p error when the text
/// cannot be one (JSON that does not parse). Regex errors are left to the document.
std::optional<ValueMatcher> makeMatcher(
    ValueMatcher::Kind kind, const QString &text, QString *error)
{
    switch (kind) {
    case ValueMatcher::Kind::Exact:
        return ValueMatcher::exact(text);
    case ValueMatcher::Kind::Contains:
        return ValueMatcher::contains(text);
    case ValueMatcher::Kind::Regex:
        return ValueMatcher::regex(text);
    case ValueMatcher::Kind::Json: {
        const JsonParse parsed = parseJsonValue(text);
        if (!parsed.value) {
            //: %1 line, %2 column, %3 what is wrong (from Qt)
            *error = RouteEditor::tr("the JSON subset is not valid JSON (line %1, column %2: %3)")
                         .arg(parsed.line)
                         .arg(parsed.column)
                         .arg(parsed.error);
            return std::nullopt;
        }
        return ValueMatcher::json(*parsed.value);
    }
    }
    return std::nullopt;
}

QString matcherText(const ValueMatcher &matcher)
{
    return matcher.kind() == ValueMatcher::Kind::Json ? compactJson(matcher.jsonSubset())
                                                      : matcher.text();
}

void addKinds(QComboBox *combo, bool withJson)
{
    combo->addItem(RouteEditor::tr("equals"), int(ValueMatcher::Kind::Exact));
    combo->addItem(RouteEditor::tr("contains"), int(ValueMatcher::Kind::Contains));
    combo->addItem(RouteEditor::tr("regex (whole value)"), int(ValueMatcher::Kind::Regex));
    if (withJson) {
        combo->addItem(RouteEditor::tr("JSON subset"), int(ValueMatcher::Kind::Json));
    }
}

/// Name / kind / value rows: the query or header conditions of a `match` or a `when`.
class ConditionTable
{
public:
    ConditionTable(QWidget *parent, const QString &prefix, const QString &nameHeader,
        std::function<void()> edited)
        : m_edited(std::move(edited))
    {
        m_widget = new QWidget(parent);
        auto *layout = new QVBoxLayout(m_widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_table = makeTable(m_widget, prefix + u"Table",
            { nameHeader, RouteEditor::tr("Condition"), RouteEditor::tr("Value") });
        layout->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        auto *add = makeButton(m_widget, prefix + u"AddButton", RouteEditor::tr("Add"),
            RouteEditor::tr("Add a condition"), u":/mockbench/icons/add.svg"_s);
        auto *remove = makeButton(m_widget, prefix + u"RemoveButton", RouteEditor::tr("Remove"),
            RouteEditor::tr("Remove the selected conditions"), u":/mockbench/icons/remove.svg"_s);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        layout->addLayout(buttons);

        QObject::connect(add, &QToolButton::clicked, m_widget, [this] {
            const int row = addRow(QString(), ValueMatcher::Kind::Exact, QString());
            m_table->setCurrentCell(row, 0);
            m_table->editItem(m_table->item(row, 0));
        });
        QObject::connect(remove, &QToolButton::clicked, m_widget, [this] {
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            QList<int> numbers;
            for (const QModelIndex &index : rows) {
                numbers.append(index.row());
            }
            std::sort(numbers.rbegin(), numbers.rend());
            for (int row : numbers) {
                m_table->removeRow(row);
            }
            if (!numbers.isEmpty()) {
                m_edited();
            }
        });
        QObject::connect(m_table, &QTableWidget::itemChanged, m_widget, [this] {
            if (!m_filling) {
                m_edited();
            }
        });
    }

    QWidget *widget() const { return m_widget; }
    QTableWidget *table() const { return m_table; }

    void set(const Conditions &conditions, bool force)
    {
        Conditions current;
        QString ignored;
        if (!force && read(&current, &ignored) && current == conditions) {
            return; // keeps a row being added (no name yet) and the cursor
        }
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_table->setRowCount(0);
        for (const auto &[name, matcher] : conditions) {
            addRow(name, matcher.kind(), matcherText(matcher));
        }
    }

    /// The conditions in the table (rows without a name are skipped); false with @p error
    /// when a row cannot be one.
    bool read(Conditions *out, QString *error) const
    {
        out->clear();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString name =
                m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
            if (name.isEmpty()) {
                continue;
            }
            const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
            const auto kind = ValueMatcher::Kind(combo ? combo->currentData().toInt() : 0);
            const QString value = m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
            for (const auto &existing : std::as_const(*out)) {
                if (existing.first.compare(name, Qt::CaseInsensitive) == 0) {
                    //: %1 a query item or header name
                    *error = RouteEditor::tr("\"%1\" has two conditions; combine them into one "
                                             "(for example a regex)")
                                 .arg(name);
                    return false;
                }
            }
            QString why;
            const auto matcher = makeMatcher(kind, value, &why);
            if (!matcher) {
                *error = name + u": " + why;
                return false;
            }
            out->append({ name, *matcher });
        }
        return true;
    }

private:
    int addRow(const QString &name, ValueMatcher::Kind kind, const QString &value)
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        auto *combo = new QComboBox(m_table);
        addKinds(combo, false);
        combo->setCurrentIndex(combo->findData(int(kind)));
        m_table->setCellWidget(row, 1, combo);
        m_table->setItem(row, 2, new QTableWidgetItem(value));
        QObject::connect(combo, &QComboBox::currentIndexChanged, m_widget, [this] {
            if (!m_filling) {
                m_edited();
            }
        });
        return row;
    }

    QWidget *m_widget = nullptr;
    QTableWidget *m_table = nullptr;
    std::function<void()> m_edited;
    bool m_filling = false;
};

/// Query, header and body conditions: a route's `match` or a response's `when`.
class ConditionsEditor
{
public:
    ConditionsEditor(QWidget *parent, const QString &prefix, std::function<void()> edited)
        : m_query(parent, prefix + u"Query", RouteEditor::tr("Query item"), edited)
        , m_headers(parent, prefix + u"Header", RouteEditor::tr("Header"), edited)
    {
        m_widget = new QWidget(parent);
        auto *form = new QFormLayout(m_widget);
        form->setContentsMargins(0, 0, 0, 0);
        m_query.widget()->setParent(m_widget);
        m_headers.widget()->setParent(m_widget);
        form->addRow(RouteEditor::tr("Query:"), m_query.widget());
        form->addRow(RouteEditor::tr("Headers:"), m_headers.widget());

        auto *bodyRow = new QHBoxLayout;
        m_bodyKind = new QComboBox(m_widget);
        m_bodyKind->setObjectName(prefix + u"BodyKindCombo");
        m_bodyKind->addItem(RouteEditor::tr("any body"), -1);
        addKinds(m_bodyKind, true);
        m_bodyValue = new QLineEdit(m_widget);
        m_bodyValue->setObjectName(prefix + u"BodyEdit");
        m_bodyValue->setPlaceholderText(RouteEditor::tr("text, pattern or JSON subset"));
        bodyRow->addWidget(m_bodyKind);
        bodyRow->addWidget(m_bodyValue, 1);
        form->addRow(RouteEditor::tr("Body:"), bodyRow);

        QObject::connect(m_bodyKind, &QComboBox::currentIndexChanged, m_widget, [this, edited] {
            const bool needsValue = m_bodyKind->currentData().toInt() >= 0;
            m_bodyValue->setEnabled(needsValue);
            if (needsValue && m_bodyValue->text().trimmed().isEmpty()) {
                // Nothing to match yet: wait for the value instead of committing an empty
                // condition that would be refused and snap the kind back.
                m_bodyValue->setFocus();
                return;
            }
            edited();
        });
        QObject::connect(m_bodyValue, &QLineEdit::editingFinished, m_widget, [this, edited] {
            m_bodyValue->setModified(false);
            edited();
        });
    }

    QWidget *widget() const { return m_widget; }

    void set(const MatchConditions &conditions, bool force)
    {
        m_query.set(conditions.query, force);
        m_headers.set(conditions.headers, force);
        const int kind = conditions.body ? int(conditions.body->kind()) : -1;
        m_bodyKind->setCurrentIndex(m_bodyKind->findData(kind));
        m_bodyValue->setEnabled(kind >= 0);
        const QString text = conditions.body ? matcherText(*conditions.body) : QString();
        if (m_bodyValue->text() != text
            && (force || !m_bodyValue->hasFocus() || !m_bodyValue->isModified())) {
            m_bodyValue->setText(text);
        }
    }

    bool read(MatchConditions *out, QString *error) const
    {
        if (!m_query.read(&out->query, error) || !m_headers.read(&out->headers, error)) {
            return false;
        }
        out->body.reset();
        const int kind = m_bodyKind->currentData().toInt();
        if (kind >= 0) {
            QString why;
            out->body = makeMatcher(ValueMatcher::Kind(kind), m_bodyValue->text(), &why);
            if (!out->body) {
                *error = RouteEditor::tr("body: %1").arg(why);
                return false;
            }
        }
        return true;
    }

private:
    QWidget *m_widget = nullptr;
    ConditionTable m_query;
    ConditionTable m_headers;
    QComboBox *m_bodyKind = nullptr;
    QLineEdit *m_bodyValue = nullptr;
};

/// The parameters of a fault: chunkBytes and intervalMs (dribble), bytesPerSecond
/// (bandwidth), shown only for the fault that uses them.
struct FaultFields
{
    QSpinBox *chunkBytes = nullptr;
    QSpinBox *intervalMs = nullptr;
    QSpinBox *bytesPerSecond = nullptr;

    void create(QWidget *parent, QFormLayout *form, const QString &prefix)
    {
        chunkBytes = makeSpin(parent, prefix + u"ChunkBytes", 1, 1024 * 1024);
        //: unit suffix of a spin box, with a leading space
        chunkBytes->setSuffix(RouteEditor::tr(" bytes"));
        intervalMs = makeSpin(parent, prefix + u"IntervalMs", 0, 60000);
        intervalMs->setSuffix(RouteEditor::tr(" ms"));
        bytesPerSecond = makeSpin(parent, prefix + u"BytesPerSecond", 1, 1024 * 1024 * 1024);
        //: unit suffix of a spin box, with a leading space
        bytesPerSecond->setSuffix(RouteEditor::tr(" bytes/s"));
        form->addRow(RouteEditor::tr("Chunk size:"), chunkBytes);
        form->addRow(RouteEditor::tr("Every:"), intervalMs);
        form->addRow(RouteEditor::tr("Bandwidth:"), bytesPerSecond);
    }

    void showFor(QFormLayout *form, std::optional<Fault::Kind> kind) const
    {
        setRowShown(form, chunkBytes, kind == Fault::Kind::Dribble);
        setRowShown(form, intervalMs, kind == Fault::Kind::Dribble);
        setRowShown(form, bytesPerSecond, kind == Fault::Kind::Bandwidth);
    }

    void set(const Fault &fault) const
    {
        chunkBytes->setValue(fault.chunkBytes);
        intervalMs->setValue(fault.intervalMs);
        bytesPerSecond->setValue(
            int(qMin<qint64>(fault.bytesPerSecond, bytesPerSecond->maximum())));
    }

    Fault fault(Fault::Kind kind) const
    {
        Fault f = Fault::make(kind);
        if (kind == Fault::Kind::Dribble) {
            f.chunkBytes = chunkBytes->value();
            f.intervalMs = intervalMs->value();
        } else if (kind == Fault::Kind::Bandwidth) {
            f.bytesPerSecond = bytesPerSecond->value();
        }
        return f;
    }

    void connect(QObject *context, const std::function<void()> &edited) const
    {
        for (QSpinBox *spin : { chunkBytes, intervalMs, bytesPerSecond }) {
            QObject::connect(spin, &QSpinBox::valueChanged, context, edited);
        }
    }
};

void addFaults(QComboBox *combo)
{
    for (const QString &name : Fault::names()) {
        combo->addItem(name, int(Fault::kindFromName(name).value_or(Fault::Kind::None)));
    }
}

// The latency combo's data: -1 for "none".
constexpr int NoLatency = -1;
// The route error combo's data besides the fault kinds.
constexpr int GlobalError = -2;
constexpr int StatusError = -1;

} // namespace

struct RouteEditor::Private
{
    RouteEditor *q;
    QPointer<RouteSetDocument> document;
    int row = -1;
    int response = 0; ///< index of the response shown
    // Set while fields are filled from the document, so their change signals apply nothing.
    bool loading = false;
    QTimer bodyTimer;

    QLabel *errorLabel = nullptr;
    QScrollArea *scroll = nullptr;
    QWidget *content = nullptr;

    // Route
    QComboBox *methodCombo = nullptr;
    QLineEdit *pathEdit = nullptr;
    QLineEdit *idEdit = nullptr;
    QCheckBox *enabledCheck = nullptr;
    std::unique_ptr<ConditionsEditor> match;

    // Responses
    QComboBox *responseModeCombo = nullptr;
    QTabBar *responseTabs = nullptr;
    QToolButton *addResponseButton = nullptr;
    QToolButton *duplicateResponseButton = nullptr;
    QToolButton *removeResponseButton = nullptr;
    QWidget *responseBox = nullptr;
    QSpinBox *statusSpin = nullptr;
    QLineEdit *reasonEdit = nullptr;
    QTableWidget *headersTable = nullptr;
    QComboBox *bodySourceCombo = nullptr;
    QPlainTextEdit *bodyEdit = nullptr;
    TemplateHighlighter *highlighter = nullptr;
    QLabel *jsonStatusLabel = nullptr;
    QWidget *bodyFileRow = nullptr;
    QLineEdit *bodyFileEdit = nullptr;
    QToolButton *bodyFileBrowse = nullptr;
    QFormLayout *responseForm = nullptr;
    QComboBox *faultCombo = nullptr;
    FaultFields faultFields;
    QGroupBox *whenGroup = nullptr;
    std::unique_ptr<ConditionsEditor> when;

    // Chaos of this route
    QFormLayout *chaosForm = nullptr;
    QComboBox *latencyCombo = nullptr;
    QDoubleSpinBox *latencyMs = nullptr;
    QDoubleSpinBox *latencyMinMs = nullptr;
    QDoubleSpinBox *latencyMedianMs = nullptr;
    QDoubleSpinBox *latencySigma = nullptr;
    QDoubleSpinBox *latencyMaxMs = nullptr;
    QCheckBox *errorRateCheck = nullptr;
    QSlider *errorRateSlider = nullptr;
    QDoubleSpinBox *errorRateSpin = nullptr;
    QComboBox *errorCombo = nullptr;
    QSpinBox *errorStatusSpin = nullptr;
    QLineEdit *errorBodyEdit = nullptr;
    FaultFields errorFaultFields;

    explicit Private(RouteEditor *editor, RouteSetDocument *doc)
        : q(editor)
        , document(doc)
    {
    }

    void build();
    QWidget *buildRouteGroup();
    QWidget *buildMatchGroup();
    QWidget *buildResponsesGroup();
    QWidget *buildChaosGroup();
    void connectDocument();

    bool hasRoute() const { return document && row >= 0 && row < document->routeCount(); }
    bool editable() const { return !loading && hasRoute(); }

    void load(bool force);
    void loadResponse(const Route &route, bool force);
    void loadChaos(const Chaos &chaos);
    void rebuildTabs(const Route &route);
    void updateResponseVisibility();
    void updateChaosVisibility();
    void updateJsonStatus();
    Response::BodySource currentSource() const;

    bool commitRoute(const std::function<void(Route &)> &change, const QString &text);
    bool commitResponse(const std::function<void(Response &)> &change, const QString &text);
    void refuse(const QString &message);
    void clearError();
    QString describe(const QList<FormatError> &errors) const;

    void commitMethod();
    void commitConditions();
    void commitWhen();
    void commitHeaders();
    void commitBody();
    void flushBody();
    void commitFault();
    void commitLatency();
    void commitErrorRate();
    void commitError();
    void selectResponse(int index);
};

void RouteEditor::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    errorLabel = new QLabel(q);
    errorLabel->setObjectName(u"errorLabel"_s);
    errorLabel->setWordWrap(true);
    errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel->setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; "
                              "border: 1px solid #e0a0a0; padding: 4px; }"_s);
    errorLabel->hide();
    layout->addWidget(errorLabel);

    scroll = new QScrollArea(q);
    scroll->setObjectName(u"scrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    // What the route answers comes first; the finer conditions and chaos after it.
    column->addWidget(buildRouteGroup());
    column->addWidget(buildResponsesGroup());
    column->addWidget(buildMatchGroup());
    column->addWidget(buildChaosGroup());
    column->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll);

    bodyTimer.setSingleShot(true);
    bodyTimer.setInterval(BodyDebounceMs);
    QObject::connect(&bodyTimer, &QTimer::timeout, q, [this] { commitBody(); });
}

QWidget *RouteEditor::Private::buildRouteGroup()
{
    auto *group = new QGroupBox(RouteEditor::tr("Route"), content);
    auto *form = new QFormLayout(group);

    methodCombo = new QComboBox(group);
    methodCombo->setObjectName(u"methodCombo"_s);
    methodCombo->setEditable(true);
    methodCombo->setInsertPolicy(QComboBox::NoInsert);
    methodCombo->addItems({ u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s,
        u"OPTIONS"_s, u"*"_s });
    methodCombo->setToolTip(RouteEditor::tr("An HTTP method, or * for any method"));
    form->addRow(RouteEditor::tr("&Method:"), methodCombo);

    pathEdit = new QLineEdit(group);
    pathEdit->setObjectName(u"pathEdit"_s);
    pathEdit->setPlaceholderText(u"/items/{id:int}"_s);
    pathEdit->setToolTip(RouteEditor::tr("Path template: literals, {name}, {name:int}, "
                                         "{name:regex} and a trailing {*rest}"));
    form->addRow(RouteEditor::tr("&Path:"), pathEdit);

    idEdit = new QLineEdit(group);
    idEdit->setObjectName(u"idEdit"_s);
    idEdit->setToolTip(RouteEditor::tr("Unique within the route set; the journal and the "
                                       "chaos seed use it"));
    form->addRow(RouteEditor::tr("&Id:"), idEdit);

    enabledCheck = new QCheckBox(RouteEditor::tr("&Enabled"), group);
    enabledCheck->setObjectName(u"enabledCheck"_s);
    form->addRow(QString(), enabledCheck);

    QObject::connect(methodCombo, &QComboBox::currentIndexChanged, q, [this] { commitMethod(); });
    QObject::connect(
        methodCombo->lineEdit(), &QLineEdit::editingFinished, q, [this] { commitMethod(); });
    QObject::connect(pathEdit, &QLineEdit::editingFinished, q, [this] {
        pathEdit->setModified(false);
        const QString path = pathEdit->text().trimmed();
        commitRoute([&](Route &r) { r.path = path; },
            //: %1 is a route such as "GET /items"
            RouteEditor::tr("Change path of %1"));
    });
    QObject::connect(idEdit, &QLineEdit::editingFinished, q, [this] {
        idEdit->setModified(false);
        const QString id = idEdit->text().trimmed();
        if (!editable() || id == document->route(row).id) {
            return;
        }
        if (id.isEmpty()) {
            refuse(RouteEditor::tr("id: must not be empty"));
            return;
        }
        commitRoute([&](Route &r) { r.id = id; },
            //: %1 is a route such as "GET /items"
            RouteEditor::tr("Change id of %1"));
    });
    QObject::connect(enabledCheck, &QCheckBox::toggled, q, [this](bool on) {
        commitRoute([&](Route &r) { r.enabled = on; },
            //: %1 is a route such as "GET /items"
            on ? RouteEditor::tr("Enable %1") : RouteEditor::tr("Disable %1"));
    });
    return group;
}

QWidget *RouteEditor::Private::buildMatchGroup()
{
    auto *group = new QGroupBox(RouteEditor::tr("Request must also match"), content);
    auto *layout = new QVBoxLayout(group);
    match = std::make_unique<ConditionsEditor>(group, u"match"_s, [this] { commitConditions(); });
    layout->addWidget(match->widget());
    return group;
}

QWidget *RouteEditor::Private::buildResponsesGroup()
{
    auto *group = new QGroupBox(RouteEditor::tr("Responses"), content);
    auto *layout = new QVBoxLayout(group);

    auto *modeForm = new QFormLayout;
    responseModeCombo = new QComboBox(group);
    responseModeCombo->setObjectName(u"responseModeCombo"_s);
    responseModeCombo->addItem(
        RouteEditor::tr("Rules: the first whose conditions fit"), int(Route::ResponseMode::Rules));
    responseModeCombo->addItem(RouteEditor::tr("Sequential: the next one each time"),
        int(Route::ResponseMode::Sequential));
    responseModeCombo->addItem(
        RouteEditor::tr("Random: one at random"), int(Route::ResponseMode::Random));
    modeForm->addRow(RouteEditor::tr("Res&ponse mode:"), responseModeCombo);
    layout->addLayout(modeForm);

    auto *tabsRow = new QHBoxLayout;
    responseTabs = new QTabBar(group);
    responseTabs->setObjectName(u"responseTabs"_s);
    responseTabs->setExpanding(false);
    responseTabs->setDocumentMode(true);
    responseTabs->setUsesScrollButtons(true);
    tabsRow->addWidget(responseTabs, 1);
    addResponseButton = makeButton(group, u"addResponseButton"_s, RouteEditor::tr("Add"),
        RouteEditor::tr("Add a response"), u":/mockbench/icons/add.svg"_s);
    duplicateResponseButton =
        makeButton(group, u"duplicateResponseButton"_s, RouteEditor::tr("Duplicate"),
            RouteEditor::tr("Duplicate this response"), u":/mockbench/icons/duplicate.svg"_s);
    removeResponseButton = makeButton(group, u"removeResponseButton"_s, RouteEditor::tr("Remove"),
        RouteEditor::tr("Remove this response (a route keeps at least one)"),
        u":/mockbench/icons/remove.svg"_s);
    tabsRow->addWidget(addResponseButton);
    tabsRow->addWidget(duplicateResponseButton);
    tabsRow->addWidget(removeResponseButton);
    layout->addLayout(tabsRow);

    // The body editor and its JSON label sit between two forms, not in one: a word-wrapped
    // label (height for width) in a QFormLayout with hidden rows makes Qt 6.4.2 write past
    // the end of its row array (valgrind: invalid writes in QFormLayout::setGeometry).
    responseBox = new QWidget(group);
    auto *boxLayout = new QVBoxLayout(responseBox);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto *topForm = new QFormLayout;
    boxLayout->addLayout(topForm);

    auto *statusRow = new QHBoxLayout;
    statusSpin = makeSpin(responseBox, u"statusSpin"_s, 100, 599);
    reasonEdit = new QLineEdit(responseBox);
    reasonEdit->setObjectName(u"reasonEdit"_s);
    reasonEdit->setPlaceholderText(RouteEditor::tr("standard reason phrase"));
    statusRow->addWidget(statusSpin);
    statusRow->addWidget(new QLabel(RouteEditor::tr("Reason:"), responseBox));
    statusRow->addWidget(reasonEdit, 1);
    topForm->addRow(RouteEditor::tr("Status:"), statusRow);

    auto *headersBox = new QWidget(responseBox);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->setSpacing(2);
    headersTable = makeTable(
        headersBox, u"headersTable"_s, { RouteEditor::tr("Name"), RouteEditor::tr("Value") });
    headersTable->setToolTip(RouteEditor::tr("A name may repeat: the header is sent once per "
                                             "value. Templates work in values."));
    headersLayout->addWidget(headersTable);
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = makeButton(headersBox, u"addHeaderButton"_s, RouteEditor::tr("Add"),
        RouteEditor::tr("Add a header"), u":/mockbench/icons/add.svg"_s);
    auto *removeHeader = makeButton(headersBox, u"removeHeaderButton"_s, RouteEditor::tr("Remove"),
        RouteEditor::tr("Remove the selected headers"), u":/mockbench/icons/remove.svg"_s);
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headersLayout->addLayout(headerButtons);
    topForm->addRow(RouteEditor::tr("Headers:"), headersBox);

    bodySourceCombo = new QComboBox(responseBox);
    bodySourceCombo->setObjectName(u"bodySourceCombo"_s);
    bodySourceCombo->addItem(RouteEditor::tr("No body"), int(Response::BodySource::None));
    bodySourceCombo->addItem(
        RouteEditor::tr("Text (with {{ templates }})"), int(Response::BodySource::Text));
    bodySourceCombo->addItem(RouteEditor::tr("JSON (sent as is)"), int(Response::BodySource::Json));
    bodySourceCombo->addItem(RouteEditor::tr("File"), int(Response::BodySource::File));
    topForm->addRow(RouteEditor::tr("&Body:"), bodySourceCombo);

    bodyEdit = new QPlainTextEdit(responseBox);
    bodyEdit->setObjectName(u"bodyEdit"_s);
    bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bodyEdit->setTabStopDistance(4 * bodyEdit->fontMetrics().horizontalAdvance(u' '));
    bodyEdit->setMinimumHeight(8 * bodyEdit->fontMetrics().lineSpacing());
    bodyEdit->setPlaceholderText(
        RouteEditor::tr("Response body. {{ params.id }}, {{ query.page }}, {{ uuid() }} and other "
                        "JavaScript expressions are filled in per request."));
    highlighter = new TemplateHighlighter(bodyEdit->document());
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
    bodyFileEdit->setPlaceholderText(RouteEditor::tr("fixtures/page.html"));
    bodyFileEdit->setToolTip(RouteEditor::tr("Relative to the route set's folder, read on each "
                                             "request"));
    bodyFileBrowse = makeButton(bodyFileRow, u"bodyFileBrowseButton"_s, RouteEditor::tr("Browse…"),
        RouteEditor::tr("Pick a file in the route set's folder"), QString());
    fileLayout->addWidget(bodyFileEdit, 1);
    fileLayout->addWidget(bodyFileBrowse);
    responseForm->addRow(RouteEditor::tr("&File:"), bodyFileRow);

    faultCombo = new QComboBox(responseBox);
    faultCombo->setObjectName(u"faultCombo"_s);
    faultCombo->addItem(RouteEditor::tr("none"), int(Fault::Kind::None));
    addFaults(faultCombo);
    faultCombo->setToolTip(RouteEditor::tr("How this response goes wrong on the wire, every "
                                           "time"));
    responseForm->addRow(RouteEditor::tr("Fa&ult:"), faultCombo);
    faultFields.create(responseBox, responseForm, u"fault"_s);

    layout->addWidget(responseBox);

    whenGroup = new QGroupBox(RouteEditor::tr("Use this response only when (rules mode)"), group);
    whenGroup->setObjectName(u"whenGroup"_s);
    auto *whenLayout = new QVBoxLayout(whenGroup);
    when = std::make_unique<ConditionsEditor>(whenGroup, u"when"_s, [this] { commitWhen(); });
    whenLayout->addWidget(when->widget());
    layout->addWidget(whenGroup);

    QObject::connect(responseModeCombo, &QComboBox::currentIndexChanged, q, [this] {
        const auto mode = Route::ResponseMode(responseModeCombo->currentData().toInt());
        updateResponseVisibility();
        commitRoute([&](Route &r) { r.responseMode = mode; },
            //: %1 is a route such as "GET /items"
            RouteEditor::tr("Change response mode of %1"));
    });
    QObject::connect(
        responseTabs, &QTabBar::currentChanged, q, [this](int index) { selectResponse(index); });
    QObject::connect(addResponseButton, &QToolButton::clicked, q, [this] {
        flushBody();
        if (!editable()) {
            return;
        }
        const int index = int(document->route(row).responses.size());
        if (commitRoute([](Route &r) { r.responses.append(Response()); },
                //: %1 is a route such as "GET /items"
                RouteEditor::tr("Add response to %1"))) {
            selectResponse(index);
        }
    });
    QObject::connect(duplicateResponseButton, &QToolButton::clicked, q, [this] {
        flushBody();
        if (!editable() || response >= document->route(row).responses.size()) {
            return;
        }
        const int index = response + 1;
        if (commitRoute([&](Route &r) { r.responses.insert(index, r.responses.at(response)); },
                //: %1 is a route such as "GET /items"
                RouteEditor::tr("Duplicate response of %1"))) {
            selectResponse(index);
        }
    });
    QObject::connect(removeResponseButton, &QToolButton::clicked, q, [this] {
        bodyTimer.stop();
        if (!editable() || document->route(row).responses.size() < 2) {
            return;
        }
        const int index = response;
        if (commitRoute([&](Route &r) { r.responses.removeAt(index); },
                //: %1 is a route such as "GET /items"
                RouteEditor::tr("Remove response from %1"))) {
            selectResponse(qMax(0, index - 1));
        }
    });

    QObject::connect(statusSpin, &QSpinBox::valueChanged, q, [this](int status) {
        commitResponse([&](Response &r) { r.status = status; },
            //: %1 is a route such as "GET /items"
            RouteEditor::tr("Change status of %1"));
    });
    QObject::connect(reasonEdit, &QLineEdit::editingFinished, q, [this] {
        reasonEdit->setModified(false);
        const QString reason = reasonEdit->text().trimmed();
        commitResponse([&](Response &r) { r.reason = reason; },
            //: %1 is a route such as "GET /items"
            RouteEditor::tr("Change reason phrase of %1"));
    });
    QObject::connect(headersTable, &QTableWidget::itemChanged, q, [this] {
        if (!loading) {
            commitHeaders();
        }
    });
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
            commitHeaders();
        }
    });
    QObject::connect(bodySourceCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateResponseVisibility();
        updateJsonStatus();
        if (!loading) {
            bodyTimer.stop();
            commitBody();
        }
    });
    QObject::connect(bodyEdit, &QPlainTextEdit::textChanged, q, [this] {
        if (loading) {
            return;
        }
        updateJsonStatus();
        bodyTimer.start();
    });
    bodyEdit->installEventFilter(new FocusOutFilter(bodyEdit, [this] { flushBody(); }));
    QObject::connect(bodyFileEdit, &QLineEdit::editingFinished, q, [this] {
        bodyFileEdit->setModified(false);
        commitBody();
    });
    QObject::connect(bodyFileBrowse, &QToolButton::clicked, q, [this] {
        if (!document) {
            return;
        }
        const QString baseDir = document->routeSet().baseDir;
        const QString file = QFileDialog::getOpenFileName(q, RouteEditor::tr("Body File"), baseDir);
        if (file.isEmpty()) {
            return;
        }
        bodyFileEdit->setText(QDir(baseDir).relativeFilePath(file));
        commitBody();
    });
    QObject::connect(faultCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateResponseVisibility();
        commitFault();
    });
    faultFields.connect(q, [this] { commitFault(); });
    return group;
}

QWidget *RouteEditor::Private::buildChaosGroup()
{
    auto *group = new QGroupBox(RouteEditor::tr("Chaos for this route"), content);
    chaosForm = new QFormLayout(group);

    latencyCombo = new QComboBox(group);
    latencyCombo->setObjectName(u"routeLatencyCombo"_s);
    latencyCombo->addItem(RouteEditor::tr("none (global latency only)"), NoLatency);
    latencyCombo->addItem(RouteEditor::tr("fixed"), int(Latency::Distribution::Fixed));
    latencyCombo->addItem(RouteEditor::tr("uniform"), int(Latency::Distribution::Uniform));
    latencyCombo->addItem(RouteEditor::tr("log-normal"), int(Latency::Distribution::Lognormal));
    latencyCombo->setToolTip(RouteEditor::tr("Added to the global latency"));
    chaosForm->addRow(RouteEditor::tr("&Latency:"), latencyCombo);
    latencyMs = makeMsSpin(group, u"routeLatencyMs"_s);
    chaosForm->addRow(RouteEditor::tr("Delay:"), latencyMs);
    latencyMinMs = makeMsSpin(group, u"routeLatencyMinMs"_s);
    chaosForm->addRow(RouteEditor::tr("Minimum:"), latencyMinMs);
    latencyMedianMs = makeMsSpin(group, u"routeLatencyMedianMs"_s);
    chaosForm->addRow(RouteEditor::tr("Median:"), latencyMedianMs);
    latencySigma = new QDoubleSpinBox(group);
    latencySigma->setObjectName(u"routeLatencySigma"_s);
    latencySigma->setRange(0, 10);
    latencySigma->setDecimals(2);
    latencySigma->setSingleStep(0.1);
    latencySigma->setKeyboardTracking(false);
    chaosForm->addRow(RouteEditor::tr("Sigma:"), latencySigma);
    latencyMaxMs = makeMsSpin(group, u"routeLatencyMaxMs"_s);
    chaosForm->addRow(RouteEditor::tr("Maximum:"), latencyMaxMs);
    latencyMs->setValue(100);
    latencyMinMs->setValue(50);
    latencyMedianMs->setValue(80);
    latencySigma->setValue(0.5);
    latencyMaxMs->setValue(2000);

    errorRateCheck =
        new QCheckBox(RouteEditor::tr("Own error rate (replaces the global one)"), group);
    errorRateCheck->setObjectName(u"errorRateCheck"_s);
    chaosForm->addRow(RouteEditor::tr("Errors:"), errorRateCheck);
    auto *rateRow = new QHBoxLayout;
    errorRateSlider = new QSlider(Qt::Horizontal, group);
    errorRateSlider->setObjectName(u"errorRateSlider"_s);
    errorRateSlider->setRange(0, 100);
    errorRateSlider->setPageStep(10);
    errorRateSpin = new QDoubleSpinBox(group);
    errorRateSpin->setObjectName(u"errorRateSpin"_s);
    errorRateSpin->setRange(0, 100);
    errorRateSpin->setDecimals(1);
    //: unit suffix of a spin box, with a leading space
    errorRateSpin->setSuffix(RouteEditor::tr(" %"));
    errorRateSpin->setKeyboardTracking(false);
    rateRow->addWidget(errorRateSlider, 1);
    rateRow->addWidget(errorRateSpin);
    chaosForm->addRow(RouteEditor::tr("Error rate:"), rateRow);

    errorCombo = new QComboBox(group);
    errorCombo->setObjectName(u"routeErrorCombo"_s);
    errorCombo->addItem(RouteEditor::tr("the global error"), GlobalError);
    errorCombo->addItem(RouteEditor::tr("a status"), StatusError);
    addFaults(errorCombo);
    chaosForm->addRow(RouteEditor::tr("Error &answer:"), errorCombo);
    errorStatusSpin = makeSpin(group, u"routeErrorStatusSpin"_s, 100, 599);
    chaosForm->addRow(RouteEditor::tr("Error status:"), errorStatusSpin);
    errorBodyEdit = new QLineEdit(group);
    errorBodyEdit->setObjectName(u"routeErrorBodyEdit"_s);
    errorBodyEdit->setPlaceholderText(RouteEditor::tr("default: names the simulated error"));
    chaosForm->addRow(RouteEditor::tr("Error body:"), errorBodyEdit);
    errorFaultFields.create(group, chaosForm, u"routeError"_s);

    QObject::connect(latencyCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateChaosVisibility();
        commitLatency();
    });
    for (QDoubleSpinBox *spin :
        { latencyMs, latencyMinMs, latencyMedianMs, latencySigma, latencyMaxMs }) {
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, q, [this] { commitLatency(); });
    }
    QObject::connect(errorRateCheck, &QCheckBox::toggled, q, [this] {
        updateChaosVisibility();
        commitErrorRate();
    });
    // A slider drag is one edit: it applies when released (or on keyboard and page steps).
    QObject::connect(errorRateSlider, &QSlider::valueChanged, q, [this](int value) {
        const QSignalBlocker blocker(errorRateSpin);
        errorRateSpin->setValue(value);
        if (!errorRateSlider->isSliderDown()) {
            commitErrorRate();
        }
    });
    QObject::connect(errorRateSlider, &QSlider::sliderReleased, q, [this] { commitErrorRate(); });
    QObject::connect(errorRateSpin, &QDoubleSpinBox::valueChanged, q, [this](double value) {
        const QSignalBlocker blocker(errorRateSlider);
        errorRateSlider->setValue(int(std::lround(value)));
        commitErrorRate();
    });
    QObject::connect(errorCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateChaosVisibility();
        commitError();
    });
    QObject::connect(errorStatusSpin, &QSpinBox::valueChanged, q, [this] { commitError(); });
    QObject::connect(errorBodyEdit, &QLineEdit::editingFinished, q, [this] {
        errorBodyEdit->setModified(false);
        commitError();
    });
    errorFaultFields.connect(q, [this] { commitError(); });
    return group;
}

void RouteEditor::Private::connectDocument()
{
    if (!document) {
        return;
    }
    QObject::connect(document, &RouteSetDocument::routeChanged, q, [this](int changed) {
        if (changed == row) {
            load(false);
        }
    });
    // Follow the route through inserts, removals and moves on the "about to" signals: they
    // come before any view hears of the change, so when the main window then selects a row
    // (in the numbering after the change) the editor is not shifted a second time.
    QObject::connect(document, &RouteSetDocument::routeAboutToBeInserted, q, [this](int inserted) {
        if (row >= 0 && inserted <= row) {
            ++row;
        }
    });
    QObject::connect(document, &RouteSetDocument::routeAboutToBeRemoved, q, [this](int removed) {
        if (removed == row) {
            bodyTimer.stop();
            row = -1;
            clearError();
            load(true);
        } else if (row >= 0 && removed < row) {
            --row;
        }
    });
    QObject::connect(document, &RouteSetDocument::routeAboutToBeMoved, q, [this](int from, int to) {
        if (row == from) {
            row = to;
        } else if (from < row && to >= row) {
            --row;
        } else if (from > row && to <= row && row >= 0) {
            ++row;
        }
    });
    QObject::connect(document, &RouteSetDocument::wasReset, q, [this] {
        bodyTimer.stop();
        if (!hasRoute()) {
            row = -1;
        }
        load(true);
    });
}

// ---- Loading --------------------------------------------------------------------------------

namespace {

/// Sets @p edit to @p text unless the user is typing there (focus and unapplied changes).
void setLineText(QLineEdit *edit, const QString &text, bool force)
{
    if (edit->text() == text) {
        return;
    }
    if (!force && edit->hasFocus() && edit->isModified()) {
        return;
    }
    edit->setText(text);
}

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
        return jsonText(response.json);
    case Response::BodySource::None:
    case Response::BodySource::File:
        break;
    }
    return {};
}

/// True when the editor already shows @p response's body (maybe formatted differently).
bool showsBody(const QString &text, const Response &response)
{
    if (response.bodySource == Response::BodySource::Json) {
        const JsonParse parsed = parseJsonValue(text);
        return parsed.value && *parsed.value == response.json;
    }
    return text == bodyText(response);
}

} // namespace

void RouteEditor::Private::load(bool force)
{
    const QScopedValueRollback<bool> guard(loading, true);
    const bool valid = hasRoute();
    content->setEnabled(valid);
    const Route route = valid ? document->route(row) : Route();

    QLineEdit *methodLine = methodCombo->lineEdit();
    if (force || !valid || !methodLine->hasFocus() || !methodLine->isModified()) {
        methodCombo->setCurrentIndex(methodCombo->findText(route.method));
        setLineText(methodLine, route.method, true);
    }
    setLineText(pathEdit, route.path, force || !valid);
    setLineText(idEdit, route.id, force || !valid);
    enabledCheck->setChecked(route.enabled);
    match->set(route.match, force || !valid);
    responseModeCombo->setCurrentIndex(responseModeCombo->findData(int(route.responseMode)));

    rebuildTabs(route);
    loadResponse(route, force || !valid);
    loadChaos(route.chaos);
    updateResponseVisibility();
    updateChaosVisibility();
    updateJsonStatus();
}

void RouteEditor::Private::rebuildTabs(const Route &route)
{
    const QSignalBlocker blocker(responseTabs);
    const int count = int(route.responses.size());
    response = qBound(0, response, qMax(0, count - 1));
    while (responseTabs->count() > count) {
        responseTabs->removeTab(responseTabs->count() - 1);
    }
    for (int i = 0; i < count; ++i) {
        const Response &r = route.responses.at(i);
        //: a response tab: %1 its number, %2 its status
        const QString label = RouteEditor::tr("%1: %2").arg(i + 1).arg(r.status);
        if (i < responseTabs->count()) {
            responseTabs->setTabText(i, label);
        } else {
            responseTabs->addTab(label);
        }
        responseTabs->setTabToolTip(i,
            r.reason.isEmpty() ? QString::number(r.status)
                               : QString::number(r.status) + u' ' + r.reason);
    }
    responseTabs->setCurrentIndex(response);
    removeResponseButton->setEnabled(count > 1);
    duplicateResponseButton->setEnabled(count > 0);
}

void RouteEditor::Private::loadResponse(const Route &route, bool force)
{
    const bool valid = response < route.responses.size();
    responseBox->setEnabled(valid);
    const Response r = valid ? route.responses.at(response) : Response();

    statusSpin->setValue(r.status);
    setLineText(reasonEdit, r.reason, force);

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
    // Text being typed (not applied yet) stays; so does text that already says the same.
    if ((force || !bodyTimer.isActive()) && !showsBody(bodyEdit->toPlainText(), r)) {
        bodyTimer.stop();
        bodyEdit->setPlainText(bodyText(r));
    }
    setLineText(bodyFileEdit, r.bodyFile, force);
    bodyFileBrowse->setEnabled(document && !document->routeSet().baseDir.isEmpty());

    faultCombo->setCurrentIndex(faultCombo->findData(int(r.fault.kind)));
    faultFields.set(r.fault);
    when->set(r.when.value_or(MatchConditions()), force);
}

void RouteEditor::Private::loadChaos(const Chaos &chaos)
{
    latencyCombo->setCurrentIndex(
        latencyCombo->findData(chaos.latency ? int(chaos.latency->distribution) : NoLatency));
    // Only the fields of the current distribution are filled: the others keep what they
    // had (at first, values worth starting from), so switching the distribution and then
    // setting one bound does not meet a stale 0 in the other one.
    if (chaos.latency) {
        const Latency &l = *chaos.latency;
        switch (l.distribution) {
        case Latency::Distribution::Fixed:
            latencyMs->setValue(l.ms);
            break;
        case Latency::Distribution::Uniform:
            latencyMinMs->setValue(l.minMs);
            latencyMaxMs->setValue(l.maxMs);
            break;
        case Latency::Distribution::Lognormal:
            latencyMedianMs->setValue(l.medianMs);
            latencySigma->setValue(l.sigma);
            latencyMaxMs->setValue(l.maxMs);
            break;
        }
    }

    errorRateCheck->setChecked(chaos.errorRate.has_value());
    const double percent = chaos.errorRate.value_or(0) * 100;
    errorRateSpin->setValue(percent);
    errorRateSlider->setValue(int(std::lround(percent)));

    int errorKind = GlobalError;
    ChaosError error;
    if (chaos.error) {
        error = *chaos.error;
        errorKind = error.fault.isNone() ? StatusError : int(error.fault.kind);
    }
    errorCombo->setCurrentIndex(errorCombo->findData(errorKind));
    errorStatusSpin->setValue(error.status);
    setLineText(errorBodyEdit, error.body.value_or(QString()), true);
    errorFaultFields.set(error.fault);
}

void RouteEditor::Private::updateResponseVisibility()
{
    const auto source = currentSource();
    bodyEdit->setVisible(
        source == Response::BodySource::Text || source == Response::BodySource::Json);
    setRowShown(responseForm, bodyFileRow, source == Response::BodySource::File);
    const auto fault = Fault::Kind(faultCombo->currentData().toInt());
    faultFields.showFor(responseForm, fault);
    // Rules mode picks the first response whose conditions fit, else the last one: with a
    // single response there is nothing to choose between.
    whenGroup->setVisible(
        Route::ResponseMode(responseModeCombo->currentData().toInt()) == Route::ResponseMode::Rules
        && responseTabs->count() > 1);
}

void RouteEditor::Private::updateChaosVisibility()
{
    const int latency = latencyCombo->currentData().toInt();
    const auto is = [latency](Latency::Distribution d) { return latency == int(d); };
    setRowShown(chaosForm, latencyMs, is(Latency::Distribution::Fixed));
    setRowShown(chaosForm, latencyMinMs, is(Latency::Distribution::Uniform));
    setRowShown(chaosForm, latencyMedianMs, is(Latency::Distribution::Lognormal));
    setRowShown(chaosForm, latencySigma, is(Latency::Distribution::Lognormal));
    setRowShown(chaosForm, latencyMaxMs,
        is(Latency::Distribution::Uniform) || is(Latency::Distribution::Lognormal));

    errorRateSlider->setEnabled(errorRateCheck->isChecked());
    errorRateSpin->setEnabled(errorRateCheck->isChecked());
    const int error = errorCombo->currentData().toInt();
    setRowShown(chaosForm, errorStatusSpin, error == StatusError);
    setRowShown(chaosForm, errorBodyEdit, error == StatusError);
    errorFaultFields.showFor(
        chaosForm, error >= 0 ? std::optional<Fault::Kind>(Fault::Kind(error)) : std::nullopt);
}

Response::BodySource RouteEditor::Private::currentSource() const
{
    return Response::BodySource(bodySourceCombo->currentData().toInt());
}

void RouteEditor::Private::updateJsonStatus()
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
    const bool check = source == Response::BodySource::Json || textIsJson;

    highlighter->setTemplateHighlighting(source == Response::BodySource::Text);
    highlighter->setJsonHighlighting(check);
    jsonStatusLabel->setVisible(check);
    if (!check) {
        jsonStatusLabel->clear();
        return;
    }
    // Templates are filled in per request; they count as values here.
    const JsonParse parsed = parseJsonValue(textIsJson ? maskTemplates(text) : text);
    if (parsed.value) {
        jsonStatusLabel->setText(RouteEditor::tr("Valid JSON"));
        jsonStatusLabel->setStyleSheet(u"QLabel { color: #1b7f3b; }"_s);
        jsonStatusLabel->setProperty("valid", true);
    } else {
        //: %1 line, %2 column, %3 what is wrong (from Qt's JSON parser)
        jsonStatusLabel->setText(RouteEditor::tr("Invalid JSON at line %1, column %2: %3")
                                     .arg(parsed.line)
                                     .arg(parsed.column)
                                     .arg(parsed.error));
        jsonStatusLabel->setStyleSheet(u"QLabel { color: #b00020; }"_s);
        jsonStatusLabel->setProperty("valid", false);
    }
}

// ---- Committing -----------------------------------------------------------------------------

bool RouteEditor::Private::commitRoute(
    const std::function<void(Route &)> &change, const QString &text)
{
    if (!editable()) {
        return false;
    }
    const Route before = document->route(row);
    Route route = before;
    change(route);
    QList<FormatError> errors;
    const QString undoText = text.arg(routeLabel(before));
    if (document->updateRoute(row, route, undoText, &errors)) {
        clearError();
        return true;
    }
    refuse(describe(errors));
    return false;
}

bool RouteEditor::Private::commitResponse(
    const std::function<void(Response &)> &change, const QString &text)
{
    if (!editable() || response >= document->route(row).responses.size()) {
        return false;
    }
    const int index = response;
    return commitRoute([&](Route &r) { change(r.responses[index]); }, text);
}

QString RouteEditor::Private::describe(const QList<FormatError> &errors) const
{
    // The document checks the whole set; within this editor "routes[3]." says nothing.
    const QString prefix = u"routes[%1]"_s.arg(row);
    QStringList lines;
    for (const FormatError &e : errors) {
        QString path = e.path;
        if (path == prefix) {
            path.clear();
        } else if (path.startsWith(prefix + u'.')) {
            path = path.mid(prefix.size() + 1);
        }
        lines.append(path.isEmpty() ? e.message : path + u": " + e.message);
        if (lines.size() == MaxErrorLines) {
            break;
        }
    }
    if (lines.isEmpty()) {
        lines.append(RouteEditor::tr("the route set would not be valid"));
    }
    return lines.join(u'\n');
}

void RouteEditor::Private::refuse(const QString &message)
{
    //: %1 what is wrong, such as "path: unclosed {"
    errorLabel->setText(RouteEditor::tr("Not applied: %1").arg(message));
    errorLabel->show();
    bodyTimer.stop();
    load(true); // the fields show the route as it still is
    Q_EMIT q->editRefused(message);
}

void RouteEditor::Private::clearError()
{
    errorLabel->hide();
    errorLabel->clear();
}

void RouteEditor::Private::commitMethod()
{
    if (!editable()) {
        return;
    }
    methodCombo->lineEdit()->setModified(false);
    // The file format upper-cases methods on load; doing it here keeps a save/open round trip
    // from changing the route.
    const QString method = methodCombo->currentText().trimmed().toUpper();
    commitRoute([&](Route &r) { r.method = method; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change method of %1"));
}

void RouteEditor::Private::commitConditions()
{
    if (!editable()) {
        return;
    }
    MatchConditions conditions;
    QString error;
    if (!match->read(&conditions, &error)) {
        refuse(u"match: "_s + error);
        return;
    }
    commitRoute([&](Route &r) { r.match = conditions; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change conditions of %1"));
}

void RouteEditor::Private::commitWhen()
{
    if (!editable()) {
        return;
    }
    MatchConditions conditions;
    QString error;
    if (!when->read(&conditions, &error)) {
        refuse(u"when: "_s + error);
        return;
    }
    commitResponse(
        [&](Response &r) {
            r.when = conditions.isEmpty() ? std::nullopt : std::optional(conditions);
        },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change response conditions of %1"));
}

void RouteEditor::Private::commitHeaders()
{
    if (!editable()) {
        return;
    }
    const HeaderList headers = headerRows(headersTable);
    updateJsonStatus();
    commitResponse([&](Response &r) { r.headers = headers; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change headers of %1"));
}

void RouteEditor::Private::commitBody()
{
    if (!editable()) {
        return;
    }
    const auto source = currentSource();
    Response body;
    body.bodySource = source;
    switch (source) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Text:
        body.body = bodyEdit->toPlainText();
        break;
    case Response::BodySource::Json: {
        const JsonParse parsed = parseJsonValue(bodyEdit->toPlainText());
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
    }
    commitResponse(
        [&](Response &r) {
            r.bodySource = body.bodySource;
            r.body = body.body;
            r.json = body.json;
            r.bodyFile = body.bodyFile;
        },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change body of %1"));
}

void RouteEditor::Private::flushBody()
{
    if (bodyTimer.isActive()) {
        bodyTimer.stop();
        commitBody();
    }
}

void RouteEditor::Private::commitFault()
{
    if (!editable()) {
        return;
    }
    const Fault fault = faultFields.fault(Fault::Kind(faultCombo->currentData().toInt()));
    commitResponse([&](Response &r) { r.fault = fault; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change fault of %1"));
}

void RouteEditor::Private::commitLatency()
{
    if (!editable()) {
        return;
    }
    std::optional<Latency> latency;
    switch (latencyCombo->currentData().toInt()) {
    case int(Latency::Distribution::Fixed):
        latency = Latency::fixed(latencyMs->value());
        break;
    case int(Latency::Distribution::Uniform):
        latency = Latency::uniform(latencyMinMs->value(), latencyMaxMs->value());
        break;
    case int(Latency::Distribution::Lognormal):
        latency = Latency::lognormal(
            latencyMedianMs->value(), latencySigma->value(), latencyMaxMs->value());
        break;
    default:
        break;
    }
    commitRoute([&](Route &r) { r.chaos.latency = latency; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change latency of %1"));
}

void RouteEditor::Private::commitErrorRate()
{
    if (!editable()) {
        return;
    }
    std::optional<double> rate;
    if (errorRateCheck->isChecked()) {
        rate = errorRateSpin->value() / 100.0;
    }
    commitRoute([&](Route &r) { r.chaos.errorRate = rate; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change error rate of %1"));
}

void RouteEditor::Private::commitError()
{
    if (!editable()) {
        return;
    }
    std::optional<ChaosError> error;
    const int kind = errorCombo->currentData().toInt();
    if (kind == StatusError) {
        const QString body = errorBodyEdit->text();
        error = ChaosError::withStatus(
            errorStatusSpin->value(), body.isEmpty() ? std::nullopt : std::optional<QString>(body));
    } else if (kind >= 0) {
        error = ChaosError::withFault(errorFaultFields.fault(Fault::Kind(kind)));
    }
    commitRoute([&](Route &r) { r.chaos.error = error; },
        //: %1 is a route such as "GET /items"
        RouteEditor::tr("Change error of %1"));
}

void RouteEditor::Private::selectResponse(int index)
{
    flushBody();
    response = index;
    if (!hasRoute()) {
        return;
    }
    const QScopedValueRollback<bool> guard(loading, true);
    const Route route = document->route(row);
    rebuildTabs(route);
    loadResponse(route, true);
    updateResponseVisibility();
    updateJsonStatus();
}

// ---- RouteEditor ----------------------------------------------------------------------------

RouteEditor::RouteEditor(RouteSetDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, document))
{
    d->build();
    d->connectDocument();
    d->load(true);
}

RouteEditor::~RouteEditor()
{
    // Child widgets go before d does; nothing they signal while dying may reach the document.
    d->loading = true;
    d->bodyTimer.stop();
    delete d->scroll;
}

void RouteEditor::flushPendingEdits()
{
    d->flushBody();
}

void RouteEditor::setCurrentRow(int row)
{
    d->flushBody(); // typing not yet applied belongs to the route it was typed into
    if (!d->document || row < 0 || row >= d->document->routeCount()) {
        row = -1;
    }
    if (row != d->row) {
        d->response = 0;
        d->clearError();
    }
    d->row = row;
    d->load(true);
}

int RouteEditor::currentRow() const
{
    return d->row;
}

} // namespace MockBench
