// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QSlider;

namespace MockBench {

class RouteSetDocument;

/// The global chaos of a RouteSetDocument: latency, error rate and error in a ChaosEditor (the
/// same one the route editor uses for a route's chaos), and the seed. Changes go through the
/// document at once; a slider drag is one undo step. A change the document refuses is shown
/// under the fields, which go back to what the document holds.
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
