// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrafficChart.h"

#include "itemmodels/TrafficStats.h"
#include "journal/Journal.h" // TrafficStats' QPointer<Journal> needs the complete type

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLineSeries>
#include <QPen>
#include <QPointer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// The smallest "nice" number (1, 2 or 5 times a power of ten) at or above @p value, so the
/// axis ticks land on round numbers; at least @p floor, so an idle server still has an axis.
double niceMaximum(double value, double floor)
{
    value = std::max(value, floor);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * magnitude >= value) {
            return step * magnitude;
        }
    }
    return 10.0 * magnitude;
}

} // namespace

struct TrafficChart::Private
{
    QPointer<TrafficStats> stats;
    QChart *chart = nullptr;
    QLineSeries *requests = nullptr;
    QLineSeries *p50 = nullptr;
    QLineSeries *p99 = nullptr;
    QValueAxis *timeAxis = nullptr;
    QValueAxis *requestsAxis = nullptr;
    QValueAxis *latencyAxis = nullptr;

    void refresh();
};

void TrafficChart::Private::refresh()
{
    if (!stats) {
        return;
    }
    const QList<TrafficStats::Second> seconds = stats->seconds();
    const int window = std::max(1, stats->windowSeconds());
    // x is "seconds ago", the newest closed second at 0, so the chart scrolls to the left
    // without the axis labels changing every second.
    const qint64 newest = seconds.isEmpty() ? 0 : seconds.constLast().startMs;
    QList<QPointF> requestPoints;
    QList<QPointF> p50Points;
    QList<QPointF> p99Points;
    requestPoints.reserve(seconds.size());
    p50Points.reserve(seconds.size());
    p99Points.reserve(seconds.size());
    double maxRequests = 0;
    double maxLatency = 0;
    for (const TrafficStats::Second &s : seconds) {
        const double x = double(s.startMs - newest) / 1000.0;
        requestPoints.append({ x, double(s.requests) });
        p50Points.append({ x, s.p50Ms });
        p99Points.append({ x, s.p99Ms });
        maxRequests = std::max(maxRequests, double(s.requests));
        maxLatency = std::max({ maxLatency, s.p50Ms, s.p99Ms });
    }
    // replace() swaps the whole point list in one go: one repaint, no per-point signals.
    requests->replace(requestPoints);
    p50->replace(p50Points);
    p99->replace(p99Points);

    timeAxis->setRange(-window, 0);
    requestsAxis->setRange(0, niceMaximum(maxRequests * 1.1, 5));
    latencyAxis->setRange(0, niceMaximum(maxLatency * 1.1, 10));
}

TrafficChart::TrafficChart(TrafficStats *stats, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->stats = stats;

    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);

    d->requests = new QLineSeries(d->chart);
    d->requests->setName(tr("Requests/s"));
    d->requests->setPen(QPen(QColor(0x3d, 0x7f, 0xd6), 2));
    d->p50 = new QLineSeries(d->chart);
    d->p50->setName(tr("p50 latency"));
    d->p50->setPen(QPen(QColor(0x2e, 0x9e, 0x4f), 1.5));
    d->p99 = new QLineSeries(d->chart);
    d->p99->setName(tr("p99 latency"));
    d->p99->setPen(QPen(QColor(0xd6, 0x7a, 0x2e), 1.5, Qt::DashLine));
    d->chart->addSeries(d->requests);
    d->chart->addSeries(d->p50);
    d->chart->addSeries(d->p99);

    d->timeAxis = new QValueAxis(d->chart);
    d->timeAxis->setTitleText(tr("Seconds ago"));
    d->timeAxis->setLabelFormat(u"%d"_s);
    d->timeAxis->setTickCount(7);
    d->requestsAxis = new QValueAxis(d->chart);
    d->requestsAxis->setTitleText(tr("Requests/s"));
    d->requestsAxis->setLabelFormat(u"%g"_s);
    d->requestsAxis->setTickCount(6);
    d->latencyAxis = new QValueAxis(d->chart);
    d->latencyAxis->setTitleText(tr("Latency (ms)"));
    d->latencyAxis->setLabelFormat(u"%g"_s);
    d->latencyAxis->setTickCount(6);
    d->chart->addAxis(d->timeAxis, Qt::AlignBottom);
    d->chart->addAxis(d->requestsAxis, Qt::AlignLeft);
    d->chart->addAxis(d->latencyAxis, Qt::AlignRight);

    d->requests->attachAxis(d->timeAxis);
    d->requests->attachAxis(d->requestsAxis);
    for (QLineSeries *latency : { d->p50, d->p99 }) {
        latency->attachAxis(d->timeAxis);
        latency->attachAxis(d->latencyAxis);
    }

    auto *view = new QChartView(d->chart, this);
    view->setObjectName(u"trafficChartView"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);

    if (stats) {
        connect(stats, &TrafficStats::updated, this, [this] { d->refresh(); });
    }
    d->refresh();
    if (!stats) {
        d->timeAxis->setRange(-TrafficStats::DefaultWindowSeconds, 0);
        d->requestsAxis->setRange(0, 5);
        d->latencyAxis->setRange(0, 10);
    }
}

TrafficChart::~TrafficChart() = default;

} // namespace MockBench
