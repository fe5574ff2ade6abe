// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Chaos.h"

#include <QWidget>
#include <memory>
#include <optional>

class QSlider;

namespace MockBench {

/// The latency (fixed, uniform or log-normal, with its values), error rate and error (a status
/// with an optional body, or a fault with its parameters) of chaos settings. The global chaos
/// panel and the route editor both edit theirs with it, so the two say and do the same. It
/// shows and reads values only: its owner applies them when an ...Edited() signal comes
/// (each with its own undo text) and calls setChaos() with what the document then holds.
class ChaosEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Scope {
        /// A route set's chaos: no latency, a 0 % error rate and the default error are left
        /// out of the file.
        Global,
        /// A route's, on top of the global chaos: its latency adds to the global one, an own
        /// error rate (even 0 %) and error replace the global ones.
        Route,
    };
    Q_ENUM(Scope)

    explicit ChaosEditor(Scope scope, QWidget *parent = nullptr);
    ~ChaosEditor() override;

    Scope scope() const;

    /// Shows the latency, error rate and error of @p chaos (the seed is the panel's). Only the
    /// fields of what @p chaos uses are filled; the others keep their values, so switching to
    /// another distribution or fault starts from values worth starting from. Emits nothing.
    void setChaos(const Chaos &chaos);

    /// What the fields say.
    std::optional<Latency> latency() const;
    std::optional<double> errorRate() const;
    std::optional<ChaosError> error() const;

    /// For tests and the main window: the fixed delay's slider and the error rate's (0..100 %).
    QSlider *latencySlider() const;
    QSlider *errorRateSlider() const;

Q_SIGNALS:
    /// The user changed the latency (a slider drag: when it is let go).
    void latencyEdited();
    void errorRateEdited();
    void errorEdited();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
