// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorFields.h"

#include "WheelGuard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr int MinComboCharacters = 8;
constexpr int MinSliderWidth = 80;

/// Sets a scroll area's minimum width from its widget's each time that widget's layout
/// changes (see EditorFields::fitWidthToContent()).
class WidthFitter : public QObject
{
public:
    explicit WidthFitter(QScrollArea *area)
        : QObject(area)
        , m_area(area)
    {
        area->widget()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            fit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        m_area->setMinimumWidth(m_area->widget()->minimumSizeHint().width()
            + m_area->verticalScrollBar()->sizeHint().width() + 2 * m_area->frameWidth());
    }

    QScrollArea *m_area;
};

} // namespace

QComboBox *EditorFields::comboBox(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(MinComboCharacters);
    WheelGuard::guard(combo);
    return combo;
}

QSpinBox *EditorFields::spinBox(QWidget *parent, const QString &objectName, int min, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    WheelGuard::guard(spin);
    return spin;
}

QSpinBox *EditorFields::msSpinBox(QWidget *parent, const QString &objectName)
{
    QSpinBox *spin = spinBox(parent, objectName, 0, MaxLatencyMs);
    //: unit suffix of a spin box, with a leading space
    spin->setSuffix(tr(" ms"));
    return spin;
}

QSlider *EditorFields::slider(QWidget *parent, const QString &objectName, int min, int max)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setObjectName(objectName);
    slider->setRange(min, max);
    slider->setMinimumWidth(MinSliderWidth);
    WheelGuard::guard(slider);
    return slider;
}

QWidget *EditorFields::sliderRow(QWidget *parent, QWidget *slider, QWidget *spinBox)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    slider->setParent(row);
    spinBox->setParent(row);
    layout->addWidget(slider, 1);
    layout->addWidget(spinBox);
    return row;
}

QToolButton *EditorFields::toolButton(QWidget *parent, const QString &objectName,
    const QString &text, const QString &toolTip, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    if (!icon.isEmpty()) {
        button->setIcon(QIcon(icon));
    }
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QTableWidget *EditorFields::table(
    QWidget *parent, const QString &objectName, const QStringList &headers)
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

QLabel *EditorFields::refusalLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; "
                         "border: 1px solid #e0a0a0; padding: 4px; }"_s);
    label->hide();
    return label;
}

void EditorFields::showRefusal(QLabel *label, const QString &message)
{
    //: %1 what is wrong, such as "path: unclosed {"
    label->setText(tr("Not applied: %1").arg(message));
    label->show();
}

void EditorFields::fitWidthToContent(QScrollArea *area)
{
    new WidthFitter(area);
}

void EditorFields::setRowShown(QFormLayout *form, QWidget *field, bool shown)
{
    // Not QFormLayout::setRowVisible(): in Qt 6.4.2 it corrupts the layout's memory once
    // another widget of the form is shown or hidden (valgrind: invalid writes in
    // QFormLayout::setGeometry).
    field->setVisible(shown);
    if (QWidget *label = form->labelForField(field)) {
        label->setVisible(shown);
    }
}

void EditorFields::setLineText(QLineEdit *edit, const QString &text, bool force)
{
    if (edit->text() == text) {
        return;
    }
    if (!force && edit->hasFocus() && edit->isModified()) {
        return;
    }
    edit->setText(text);
}

} // namespace MockBench
