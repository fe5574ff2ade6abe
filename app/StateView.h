// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace MockBench {

class MockServer;

/// The served state (DESIGN.md §10): each scenario with its current state (a choice of the
/// states it can be in), the data stores (one shown as JSON, editable: text that is no JSON is
/// refused with where and why, and changes nothing), the global variables, and Reset State.
/// It follows the server's stateChanged().
class StateView : public QWidget
{
    Q_OBJECT

public:
    explicit StateView(MockServer *server, QWidget *parent = nullptr);
    ~StateView() override;

    /// Shows what the server holds now (a data store being edited keeps its text).
    void refresh();
    /// Shows the data store @p name in the JSON editor; false when there is none.
    bool showDataStore(const QString &name);
    /// Applies the JSON editor's text to the data store shown; false (with the reason shown)
    /// when it is no JSON or no store is shown.
    bool applyDataStore();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
