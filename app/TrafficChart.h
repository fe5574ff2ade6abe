// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace MockBench {

class TrafficStats;

/// Requests per second and p50/p99 latency over the last minute (Qt Charts), redrawn once
/// a second from TrafficStats.
class TrafficChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficChart(TrafficStats *stats, QWidget *parent = nullptr);
    ~TrafficChart() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
