// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/TemplateHelp.h"

#include <QWidget>
#include <memory>

namespace MockBench {

/// The templates help: every helper and context value of a dialect's help catalogue, grouped
/// and filterable, the chosen one with its signature, description, example and what the
/// example gives. Enter or a double click on one (or Insert) asks to insert its example.
class TemplateHelpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateHelpPanel(QWidget *parent = nullptr);
    ~TemplateHelpPanel() override;

    /// Lists @p dialect's catalogue ("none" has nothing to list).
    void setDialect(TemplateDialect dialect);
    TemplateDialect dialect() const;
    /// The entries listed, all of them, whatever the filter shows.
    const QList<TemplateHelpEntry> &entries() const;
    /// Shows only entries whose name, signature or description contain @p text.
    void setFilter(const QString &text);
    /// Moves the keyboard focus to the filter field.
    void focusFilter();

Q_SIGNALS:
    /// The user asked to insert @p example (an entry's example) into the body being edited.
    void exampleActivated(const QString &example);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
