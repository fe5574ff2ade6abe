// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace MockBench {

/// Keeps the mouse wheel from changing a combo box, spin box or slider that the user has not
/// clicked or tabbed into: over such a widget the wheel scrolls the scroll area around it, as
/// it does over a label. (A scroll over the route editor once changed a route's fault on the
/// live server.) Once the widget has focus the wheel changes it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Guards @p widget; it then takes focus by click and Tab only, not by the wheel.
    static void guard(QWidget *widget);
    /// Guards every combo box, spin box and slider below @p root (not scroll bars). Widgets
    /// made later (a table row's combo box) are guarded where they are made.
    static void guardChildren(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QWidget *widget);
};

} // namespace MockBench
