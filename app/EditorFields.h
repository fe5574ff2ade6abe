// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSlider;
class QSpinBox;
class QTableWidget;
class QToolButton;
class QWidget;

namespace MockBench {

/// The fields the editors are made of, made one way: spin boxes that apply a value once it is
/// committed, combo boxes that fit a narrow column, tool buttons, tables as tall as their rows, the "not applied" label. Every
/// combo box, spin box and slider made here is wheel-guarded (see WheelGuard).
class EditorFields
{
    Q_DECLARE_TR_FUNCTIONS(MockBench::EditorFields)

public:
    /// Longest latency or interval the file format takes: an hour.
    static constexpr int MaxLatencyMs = 3600 * 1000;

    /// A combo box as narrow as a few characters, however long its longest item (the popup
    /// still shows every item whole), so a form fits a narrow column.
    static QComboBox *comboBox(QWidget *parent, const QString &objectName = QString());
    /// A spin box from @p min to @p max whose valueChanged comes when a value is committed
    /// (Enter, focus out, arrows), not per digit typed.
    static QSpinBox *spinBox(QWidget *parent, const QString &objectName, int min, int max);
    /// A spin box of milliseconds, 0 .. MaxLatencyMs.
    static QSpinBox *msSpinBox(QWidget *parent, const QString &objectName);
    /// A horizontal slider, wheel-guarded.
    static QSlider *slider(QWidget *parent, const QString &objectName, int min, int max);
    /// @p slider and the spin box that shows its value, side by side in one row.
    static QWidget *sliderRow(QWidget *parent, QWidget *slider, QWidget *spinBox);
    static QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
        const QString &toolTip, const QString &icon);
    /// A table of @p headers, editable in place, as tall as two to six rows.
    static QTableWidget *table(
        QWidget *parent, const QString &objectName, const QStringList &headers);
    /// A red label that says why an edit was not applied; hidden until showRefusal().
    static QLabel *refusalLabel(QWidget *parent, const QString &objectName);
    static void showRefusal(QLabel *label, const QString &message);

    /// Keeps @p area (vertically scrolling) at least as wide as its widget's fields, as they
    /// are shown and hidden: a splitter then takes the room from elsewhere rather than cutting
    /// the fields off behind a horizontal scroll bar.
    static void fitWidthToContent(QScrollArea *area);

    /// Shows or hides a form row (its field and label).
    static void setRowShown(QFormLayout *form, QWidget *field, bool shown);
    /// Sets @p edit to @p text unless the user is typing there (focus and unapplied changes);
    /// @p force sets it anyway.
    static void setLineText(QLineEdit *edit, const QString &text, bool force);
};

} // namespace MockBench
