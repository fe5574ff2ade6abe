// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QLineEdit;
class QTableView;

namespace MockBench {

class RequestLogModel;
struct Exchange;

/// The live request log: a filter box, the table (following the tail unless the user
/// scrolls away or unticks "Follow"), clear, and a detail pane with the raw request and
/// response of the selected exchange.
class RequestLogView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogView(RequestLogModel *model, QWidget *parent = nullptr);
    ~RequestLogView() override;

    QLineEdit *filterEdit() const;
    QTableView *tableView() const;
    /// Rows shown after filtering.
    int visibleRowCount() const;
    /// The exchange of the current row, if a row is current.
    const Exchange *currentExchange() const;

Q_SIGNALS:
    /// "Create Route from This Request" (the toolbar button, the row's context menu).
    void createRouteRequested(const MockBench::Exchange &exchange);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
