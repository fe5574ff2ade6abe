// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace MockBench {

struct MatchConditions;

/// Query, header, body and rule conditions: a route's `match` (the route editor) or a
/// response's `when` (the response editor). Query items and headers are name / kind / value
/// rows; the body is one condition (equals, contains, regex or JSON subset); rules are
/// target / name / operator / value / not / template rows (Mockoon's response rules); a combo
/// says whether all of them or any one must fit. It shows and reads conditions only; its owner
/// applies them when edited() comes.
class ConditionsEditor : public QWidget
{
    Q_OBJECT

public:
    /// @p prefix names the child widgets: prefix + "QueryTable", "HeaderAddButton",
    /// "BodyKindCombo", "BodyEdit", "RulesTable", "RuleAddButton", "CombineCombo", ...
    explicit ConditionsEditor(const QString &prefix, QWidget *parent = nullptr);
    ~ConditionsEditor() override;

    /// Shows @p conditions; without @p force a row being added (no name yet) and a body value
    /// being typed stay. Emits nothing.
    void setConditions(const MatchConditions &conditions, bool force);
    /// The conditions in the fields (rows without a name are left out); false with @p error
    /// when a row cannot be one (a name twice, a JSON subset that is not JSON).
    bool readConditions(MatchConditions *conditions, QString *error) const;

Q_SIGNALS:
    /// The user changed a condition (a row, a kind, a value).
    void edited();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
