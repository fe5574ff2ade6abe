// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace MockBench {

WheelGuard::WheelGuard(QWidget *widget)
    : QObject(widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

void WheelGuard::guard(QWidget *widget)
{
    if (!widget->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        new WheelGuard(widget);
    }
}

void WheelGuard::guardChildren(QWidget *root)
{
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        guard(combo);
    }
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>()) {
        guard(spin);
    }
    for (QAbstractSlider *slider : root->findChildren<QAbstractSlider *>()) {
        if (!qobject_cast<QScrollBar *>(slider)) {
            guard(slider);
        }
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel) {
        return QObject::eventFilter(watched, event);
    }
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->hasFocus()) {
        return false; // chosen by the user: the wheel changes it
    }
    // Hand the wheel to the scroll areas around the widget, innermost first, until one
    // scrolls (a table at its end passes it on to the editor around it). Qt would propagate
    // an ignored wheel event to the parents itself, but only a spontaneous one.
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            event->ignore();
            QCoreApplication::sendEvent(area->viewport(), event);
            if (event->isAccepted()) {
                return true;
            }
        }
    }
    event->ignore();
    return true; // never reaches the widget
}

} // namespace MockBench
