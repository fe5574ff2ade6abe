// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConditionsEditor.h"

#include "EditorFields.h"
#include "JsonText.h"
#include "WheelGuard.h"
#include "model/MatchConditions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

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
        const JsonText::Parsed parsed = JsonText::parse(text);
        if (!parsed.value) {
            //: %1 line, %2 column, %3 what is wrong (from Qt)
            *error =
                ConditionsEditor::tr("the JSON subset is not valid JSON (line %1, column %2: %3)")
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
    return matcher.kind() == ValueMatcher::Kind::Json ? JsonText::compact(matcher.jsonSubset())
                                                      : matcher.text();
}

void addKinds(QComboBox *combo, bool withJson)
{
    combo->addItem(ConditionsEditor::tr("equals"), int(ValueMatcher::Kind::Exact));
    combo->addItem(ConditionsEditor::tr("contains"), int(ValueMatcher::Kind::Contains));
    combo->addItem(ConditionsEditor::tr("regex (whole value)"), int(ValueMatcher::Kind::Regex));
    if (withJson) {
        combo->addItem(ConditionsEditor::tr("JSON subset"), int(ValueMatcher::Kind::Json));
    }
}

/// Name / kind / value rows: the query or header conditions.
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
        m_table = EditorFields::table(m_widget, prefix + u"Table",
            { nameHeader, ConditionsEditor::tr("Condition"), ConditionsEditor::tr("Value") });
        layout->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        auto *add =
            EditorFields::toolButton(m_widget, prefix + u"AddButton", ConditionsEditor::tr("Add"),
                ConditionsEditor::tr("Add a condition"), u":/mockbench/icons/add.svg"_s);
        auto *remove = EditorFields::toolButton(m_widget, prefix + u"RemoveButton",
            ConditionsEditor::tr("Remove"), ConditionsEditor::tr("Remove the selected conditions"),
            u":/mockbench/icons/remove.svg"_s);
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
                    *error = ConditionsEditor::tr("\"%1\" has two conditions; combine them into "
                                                  "one (for example a regex)")
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
        auto *combo = EditorFields::comboBox(m_table);
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

/// The words the rules table shows for a rule's target.
QString targetText(MatchRule::Target target)
{
    switch (target) {
    case MatchRule::Target::Body:
        return ConditionsEditor::tr("body");
    case MatchRule::Target::Query:
        return ConditionsEditor::tr("query");
    case MatchRule::Target::Header:
        return ConditionsEditor::tr("header");
    case MatchRule::Target::Cookie:
        return ConditionsEditor::tr("cookie");
    case MatchRule::Target::Param:
        return ConditionsEditor::tr("path parameter");
    case MatchRule::Target::Path:
        return ConditionsEditor::tr("path");
    case MatchRule::Target::Method:
        return ConditionsEditor::tr("method");
    case MatchRule::Target::RequestNumber:
        return ConditionsEditor::tr("request number");
    case MatchRule::Target::Global:
        return ConditionsEditor::tr("global variable");
    case MatchRule::Target::Data:
        return ConditionsEditor::tr("data store");
    case MatchRule::Target::Template:
        return ConditionsEditor::tr("template");
    case MatchRule::Target::Url:
        return ConditionsEditor::tr("URL as sent");
    case MatchRule::Target::UrlPath:
        return ConditionsEditor::tr("URL path as sent");
    case MatchRule::Target::Form:
        return ConditionsEditor::tr("form field");
    }
    return MatchRule::targetName(target);
}

QString operatorText(MatchRule::Operator op)
{
    switch (op) {
    case MatchRule::Operator::Equals:
        return ConditionsEditor::tr("equals");
    case MatchRule::Operator::Regex:
        return ConditionsEditor::tr("regex");
    case MatchRule::Operator::RegexI:
        return ConditionsEditor::tr("regex, any case");
    case MatchRule::Operator::Null:
        return ConditionsEditor::tr("is null or absent");
    case MatchRule::Operator::EmptyArray:
        return ConditionsEditor::tr("is an empty array");
    case MatchRule::Operator::ArrayIncludes:
        return ConditionsEditor::tr("array includes");
    case MatchRule::Operator::Schema:
        return ConditionsEditor::tr("valid against schema");
    case MatchRule::Operator::WireMock:
        return ConditionsEditor::tr("WireMock pattern");
    }
    return MatchRule::operatorName(op);
}

/// Mockoon's response rules: target / name / operator / value / not / template rows.
class RuleTable
{
public:
    enum Column {
        TargetColumn,
        NameColumn,
        OperatorColumn,
        ValueColumn,
        InvertColumn,
        TemplateColumn
    };

    RuleTable(QWidget *parent, const QString &prefix, std::function<void()> edited)
        : m_edited(std::move(edited))
    {
        m_widget = new QWidget(parent);
        auto *layout = new QVBoxLayout(m_widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_table = EditorFields::table(m_widget, prefix + u"RulesTable",
            { ConditionsEditor::tr("Target"), ConditionsEditor::tr("Name"),
                ConditionsEditor::tr("Operator"), ConditionsEditor::tr("Value"),
                //: column header: the rule fits when its test fails
                ConditionsEditor::tr("Not"),
                //: column header: the value is a template
                ConditionsEditor::tr("Tmpl") });
        // The four fields share the width the two check boxes leave, so every column shows in
        // the editor's column without a scroll bar (a combo's popup shows its items whole).
        QHeaderView *header = m_table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setMinimumSectionSize(24);
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(InvertColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(TemplateColumn, QHeaderView::ResizeToContents);
        m_table->horizontalHeaderItem(InvertColumn)
            ->setToolTip(ConditionsEditor::tr("The rule fits when its test fails"));
        m_table->horizontalHeaderItem(TemplateColumn)
            ->setToolTip(ConditionsEditor::tr(
                "The value is a template, rendered in the response's dialect first"));
        layout->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        auto *add = EditorFields::toolButton(m_widget, prefix + u"RuleAddButton",
            ConditionsEditor::tr("Add"), ConditionsEditor::tr("Add a rule"),
            u":/mockbench/icons/add.svg"_s);
        auto *remove = EditorFields::toolButton(m_widget, prefix + u"RuleRemoveButton",
            ConditionsEditor::tr("Remove"), ConditionsEditor::tr("Remove the selected rules"),
            u":/mockbench/icons/remove.svg"_s);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        layout->addLayout(buttons);

        QObject::connect(add, &QToolButton::clicked, m_widget, [this] {
            MatchRule rule;
            rule.target = MatchRule::Target::Header;
            const int row = addRow(rule);
            m_table->setCurrentCell(row, NameColumn);
            m_table->editItem(m_table->item(row, NameColumn));
            m_edited();
        });
        QObject::connect(remove, &QToolButton::clicked, m_widget, [this] {
            QList<int> numbers;
            for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
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

    void set(const QList<MatchRule> &rules, bool force)
    {
        if (!force && read() == rules) {
            return; // keeps the cursor and an open cell editor
        }
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_table->setRowCount(0);
        for (const MatchRule &rule : rules) {
            addRow(rule);
        }
    }

    /// Every row is a rule, a name or a value may be empty (Mockoon's are, for a method or
    /// a null test).
    QList<MatchRule> read() const
    {
        QList<MatchRule> rules;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            MatchRule rule;
            if (const auto *combo =
                    qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn))) {
                rule.target = MatchRule::Target(combo->currentData().toInt());
            }
            if (const auto *combo =
                    qobject_cast<QComboBox *>(m_table->cellWidget(row, OperatorColumn))) {
                rule.op = MatchRule::Operator(combo->currentData().toInt());
            }
            rule.name = text(row, NameColumn);
            rule.value = text(row, ValueColumn);
            rule.invert = checked(row, InvertColumn);
            rule.templateValue = checked(row, TemplateColumn);
            rules.append(rule);
        }
        return rules;
    }

private:
    QString text(int row, int column) const
    {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text() : QString();
    }
    bool checked(int row, int column) const
    {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item && item->checkState() == Qt::Checked;
    }

    int addRow(const MatchRule &rule)
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *target = EditorFields::comboBox(m_table);
        for (const QString &name : MatchRule::targetNames()) {
            const auto t = MatchRule::targetFromName(name);
            if (t) {
                target->addItem(targetText(*t), int(*t));
            }
        }
        target->setCurrentIndex(target->findData(int(rule.target)));
        m_table->setCellWidget(row, TargetColumn, target);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
        auto *op = EditorFields::comboBox(m_table);
        for (const QString &name : MatchRule::operatorNames()) {
            const auto o = MatchRule::operatorFromName(name);
            if (o) {
                op->addItem(operatorText(*o), int(*o));
            }
        }
        op->setCurrentIndex(op->findData(int(rule.op)));
        m_table->setCellWidget(row, OperatorColumn, op);
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(rule.value));
        for (const auto &[column, on] : { std::pair { int(InvertColumn), rule.invert },
                 std::pair { int(TemplateColumn), rule.templateValue } }) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column, item);
        }
        for (QComboBox *combo : { target, op }) {
            QObject::connect(combo, &QComboBox::currentIndexChanged, m_widget, [this] {
                if (!m_filling) {
                    m_edited();
                }
            });
        }
        return row;
    }

    QWidget *m_widget = nullptr;
    QTableWidget *m_table = nullptr;
    std::function<void()> m_edited;
    bool m_filling = false;
};

} // namespace

struct ConditionsEditor::Private
{
    Private(ConditionsEditor *editor, const QString &prefix)
        : q(editor)
        , query(editor, prefix + u"Query", tr("Query item"), [this] { changed(); })
        , headers(editor, prefix + u"Header", tr("Header"), [this] { changed(); })
        , rules(editor, prefix, [this] { changed(); })
    {
    }

    void changed()
    {
        if (!loading) {
            Q_EMIT q->edited();
        }
    }

    ConditionsEditor *q;
    // Set while the fields are filled, so their change signals say nothing.
    bool loading = false;
    ConditionTable query;
    ConditionTable headers;
    RuleTable rules;
    QComboBox *combine = nullptr;
    QComboBox *bodyKind = nullptr;
    QLineEdit *bodyValue = nullptr;
};

ConditionsEditor::ConditionsEditor(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, prefix))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Query:"), d->query.widget());
    form->addRow(tr("Headers:"), d->headers.widget());

    auto *bodyRow = new QHBoxLayout;
    d->bodyKind = EditorFields::comboBox(this, prefix + u"BodyKindCombo");
    d->bodyKind->addItem(tr("any body"), -1);
    addKinds(d->bodyKind, true);
    d->bodyValue = new QLineEdit(this);
    d->bodyValue->setObjectName(prefix + u"BodyEdit");
    d->bodyValue->setPlaceholderText(tr("text, pattern or JSON subset"));
    bodyRow->addWidget(d->bodyKind);
    bodyRow->addWidget(d->bodyValue, 1);
    form->addRow(tr("Body:"), bodyRow);
    form->addRow(tr("Rules:"), d->rules.widget());
    d->combine = EditorFields::comboBox(this, prefix + u"CombineCombo");
    d->combine->addItem(tr("all of these conditions"), false);
    d->combine->addItem(tr("any one of them"), true);
    d->combine->setToolTip(tr("How the query, header, body and rule conditions add up"));
    form->addRow(tr("Fits when:"), d->combine);
    WheelGuard::guardChildren(this);
    connect(d->combine, &QComboBox::currentIndexChanged, this, [this] { d->changed(); });

    connect(d->bodyKind, &QComboBox::currentIndexChanged, this, [this] {
        if (d->loading) {
            return;
        }
        const bool needsValue = d->bodyKind->currentData().toInt() >= 0;
        d->bodyValue->setEnabled(needsValue);
        if (needsValue && d->bodyValue->text().trimmed().isEmpty()) {
            // Nothing to match yet: wait for the value instead of committing an empty
            // condition that would be refused and snap the kind back.
            d->bodyValue->setFocus();
            return;
        }
        d->changed();
    });
    connect(d->bodyValue, &QLineEdit::editingFinished, this, [this] {
        d->bodyValue->setModified(false);
        d->changed();
    });
}

ConditionsEditor::~ConditionsEditor()
{
    // The fields go before d does; nothing they signal while dying (a focus out) may use it.
    d->loading = true;
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void ConditionsEditor::setConditions(const MatchConditions &conditions, bool force)
{
    const QScopedValueRollback<bool> loading(d->loading, true);
    d->query.set(conditions.query, force);
    d->headers.set(conditions.headers, force);
    d->rules.set(conditions.rules, force);
    d->combine->setCurrentIndex(conditions.any ? 1 : 0);
    const int kind = conditions.body ? int(conditions.body->kind()) : -1;
    d->bodyKind->setCurrentIndex(d->bodyKind->findData(kind));
    d->bodyValue->setEnabled(kind >= 0);
    const QString text = conditions.body ? matcherText(*conditions.body) : QString();
    if (d->bodyValue->text() != text
        && (force || !d->bodyValue->hasFocus() || !d->bodyValue->isModified())) {
        d->bodyValue->setText(text);
    }
}

bool ConditionsEditor::readConditions(MatchConditions *out, QString *error) const
{
    if (!d->query.read(&out->query, error) || !d->headers.read(&out->headers, error)) {
        return false;
    }
    out->rules = d->rules.read();
    out->any = d->combine->currentData().toBool();
    out->body.reset();
    const int kind = d->bodyKind->currentData().toInt();
    if (kind >= 0) {
        QString why;
        out->body = makeMatcher(ValueMatcher::Kind(kind), d->bodyValue->text(), &why);
        if (!out->body) {
            //: %1 what is wrong with the body condition
            *error = tr("body: %1").arg(why);
            return false;
        }
    }
    return true;
}

} // namespace MockBench
