// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QSlider;

namespace MockBench {

class RouteSetDocument;

/// The global chaos of a RouteSetDocument: latency (distribution and its parameters, a
/// slider paired with a spin box), error rate (slider + spin box, in percent) and the
/// error (a status with optional body, or a fault), and the seed. Changes go through the
/// document at once; a slider drag is one undo step.
class ChaosPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChaosPanel(RouteSetDocument *document, QWidget *parent = nullptr);
    ~ChaosPanel() override;

    /// For tests and the main window: the error-rate slider (0..100 %) and the latency one.
    QSlider *errorRateSlider() const;
    QSlider *latencySlider() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
