// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosPanel.h"

#include "document/RouteSetDocument.h"
#include "model/Chaos.h"
#include "server/MockServer.h" // RouteSetDocument::server() needs the complete type

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr int SliderMaxMs = 5000;
constexpr int SpinMaxMs = 3600 * 1000; // the file format's bound
constexpr double MaxSeed = 9007199254740992.0; // 2^53, the file format's bound

// The distribution combo's data: empty for "no latency".
const QString DistNone;
const QString DistFixed = u"fixed"_s;
const QString DistUniform = u"uniform"_s;
const QString DistLognormal = u"lognormal"_s;

QString faultDisplayName(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::None:
        break;
    case Fault::Kind::ConnectionReset:
        return ChaosPanel::tr("Connection reset");
    case Fault::Kind::ConnectionClose:
        return ChaosPanel::tr("Connection closed before answering");
    case Fault::Kind::EmptyResponse:
        return ChaosPanel::tr("Empty response");
    case Fault::Kind::PartialHeaders:
        return ChaosPanel::tr("Partial headers");
    case Fault::Kind::PartialBody:
        return ChaosPanel::tr("Partial body");
    case Fault::Kind::Garbage:
        return ChaosPanel::tr("Garbage (not HTTP)");
    case Fault::Kind::Stall:
        return ChaosPanel::tr("Stall (never answer)");
    case Fault::Kind::Dribble:
        return ChaosPanel::tr("Dribble the body");
    case Fault::Kind::Bandwidth:
        return ChaosPanel::tr("Limit bandwidth");
    case Fault::Kind::MalformedChunked:
        return ChaosPanel::tr("Malformed chunked encoding");
    }
    return Fault::name(kind);
}

QSpinBox *makeMsSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, SpinMaxMs);
    //: unit suffix of a spin box, with a leading space
    spin->setSuffix(ChaosPanel::tr(" ms"));
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    return spin;
}

QSlider *makeMsSlider(QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, SliderMaxMs);
    slider->setSingleStep(10);
    slider->setPageStep(250);
    return slider;
}

QWidget *pair(QWidget *slider, QWidget *spin, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    layout->addWidget(spin);
    return row;
}

} // namespace

struct ChaosPanel::Private
{
    ChaosPanel *q = nullptr;
    QPointer<RouteSetDocument> document;
    // Set while the widgets are filled from the document, so that filling them is not
    // mistaken for the user editing them.
    bool updating = false;

    QFormLayout *latencyForm = nullptr;
    QComboBox *distributionCombo = nullptr;
    QWidget *fixedRow = nullptr;
    QSlider *latencySlider = nullptr;
    QSpinBox *latencySpin = nullptr;
    QSpinBox *uniformMinSpin = nullptr;
    QSpinBox *uniformMaxSpin = nullptr;
    QWidget *medianRow = nullptr;
    QSlider *medianSlider = nullptr;
    QSpinBox *medianSpin = nullptr;
    QDoubleSpinBox *sigmaSpin = nullptr;
    QSpinBox *capSpin = nullptr;

    QFormLayout *errorForm = nullptr;
    QSlider *errorRateSlider = nullptr;
    QDoubleSpinBox *errorRateSpin = nullptr;
    QComboBox *errorKindCombo = nullptr;
    QSpinBox *statusSpin = nullptr;
    QLineEdit *bodyEdit = nullptr;
    QSpinBox *chunkBytesSpin = nullptr;
    QSpinBox *intervalSpin = nullptr;
    QSpinBox *bandwidthSpin = nullptr;

    QCheckBox *seedCheck = nullptr;
    QDoubleSpinBox *seedSpin = nullptr;

    QLabel *problemLabel = nullptr;

    void buildLatency(QVBoxLayout *layout);
    void buildErrors(QVBoxLayout *layout);
    void buildSeed(QVBoxLayout *layout);
    void connectMsPair(QSlider *slider, QSpinBox *spin);

    void updateVisibility();
    void loadFromDocument();

    std::optional<Latency> latencyFromWidgets() const;
    std::optional<ChaosError> errorFromWidgets() const;

    void applyLatency();
    void applyErrorRate();
    void applyError();
    void applySeed();
    void submit(const Chaos &chaos, const QString &text);
};

void ChaosPanel::Private::connectMsPair(QSlider *slider, QSpinBox *spin)
{
    // While the handle is held only the spin box follows; the document gets one edit when
    // it is let go, so a drag is one undo step. Keys, wheel and clicks on the groove move
    // the slider without holding it down and apply at once.
    QObject::connect(slider, &QSlider::valueChanged, q, [this, slider, spin](int value) {
        if (updating) {
            return;
        }
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
        if (!slider->isSliderDown()) {
            applyLatency();
        }
    });
    QObject::connect(slider, &QSlider::sliderReleased, q, [this] {
        if (!updating) {
            applyLatency();
        }
    });
    QObject::connect(spin, &QSpinBox::valueChanged, q, [this, slider](int value) {
        if (updating) {
            return;
        }
        const QSignalBlocker blocker(slider);
        slider->setValue(std::min(value, slider->maximum()));
        applyLatency();
    });
}

void ChaosPanel::Private::buildLatency(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Latency"), q);
    box->setToolTip(tr("Delay added before every answer, as if the network were slow."));
    latencyForm = new QFormLayout(box);
    latencyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    distributionCombo = new QComboBox(box);
    distributionCombo->setObjectName(u"latencyDistributionCombo"_s);
    distributionCombo->addItem(tr("None"), DistNone);
    distributionCombo->addItem(tr("Fixed"), DistFixed);
    distributionCombo->addItem(tr("Uniform"), DistUniform);
    distributionCombo->addItem(tr("Lognormal"), DistLognormal);
    distributionCombo->setToolTip(
        tr("How the delay is drawn: always the same, evenly between two bounds, or lognormal "
           "(mostly near the median with a long tail, like real services)."));
    latencyForm->addRow(tr("Distribution:"), distributionCombo);

    latencySlider = makeMsSlider(box);
    latencySlider->setObjectName(u"latencySlider"_s);
    latencySlider->setToolTip(tr("The delay of every answer (up to 5 s here; type larger "
                                 "values in the box)."));
    latencySpin = makeMsSpin(box);
    latencySpin->setObjectName(u"latencySpin"_s);
    latencySpin->setToolTip(latencySlider->toolTip());
    latencySpin->setValue(100);
    latencySlider->setValue(100);
    fixedRow = pair(latencySlider, latencySpin, box);
    latencyForm->addRow(tr("Delay:"), fixedRow);
    connectMsPair(latencySlider, latencySpin);

    uniformMinSpin = makeMsSpin(box);
    uniformMinSpin->setObjectName(u"latencyMinSpin"_s);
    uniformMinSpin->setToolTip(tr("The shortest delay."));
    uniformMinSpin->setValue(50);
    uniformMaxSpin = makeMsSpin(box);
    uniformMaxSpin->setObjectName(u"latencyMaxSpin"_s);
    uniformMaxSpin->setToolTip(tr("The longest delay."));
    uniformMaxSpin->setValue(200);
    latencyForm->addRow(tr("Minimum:"), uniformMinSpin);
    latencyForm->addRow(tr("Maximum:"), uniformMaxSpin);
    // A lower bound above the upper one is not a valid distribution: moving one bound past
    // the other takes the other one along.
    QObject::connect(uniformMinSpin, &QSpinBox::valueChanged, q, [this](int value) {
        if (updating) {
            return;
        }
        if (uniformMaxSpin->value() < value) {
            const QSignalBlocker blocker(uniformMaxSpin);
            uniformMaxSpin->setValue(value);
        }
        applyLatency();
    });
    QObject::connect(uniformMaxSpin, &QSpinBox::valueChanged, q, [this](int value) {
        if (updating) {
            return;
        }
        if (uniformMinSpin->value() > value) {
            const QSignalBlocker blocker(uniformMinSpin);
            uniformMinSpin->setValue(value);
        }
        applyLatency();
    });

    medianSlider = makeMsSlider(box);
    medianSlider->setObjectName(u"latencyMedianSlider"_s);
    medianSlider->setToolTip(tr("Half of the delays are shorter than this, half longer."));
    medianSpin = makeMsSpin(box);
    medianSpin->setObjectName(u"latencyMedianSpin"_s);
    medianSpin->setToolTip(medianSlider->toolTip());
    medianSpin->setValue(80);
    medianSlider->setValue(80);
    medianRow = pair(medianSlider, medianSpin, box);
    latencyForm->addRow(tr("Median:"), medianRow);
    connectMsPair(medianSlider, medianSpin);

    sigmaSpin = new QDoubleSpinBox(box);
    sigmaSpin->setObjectName(u"latencySigmaSpin"_s);
    sigmaSpin->setRange(0, 10);
    sigmaSpin->setDecimals(2);
    sigmaSpin->setSingleStep(0.1);
    sigmaSpin->setValue(0.5);
    sigmaSpin->setKeyboardTracking(false);
    sigmaSpin->setToolTip(tr("Spread of the delays: 0 is always the median, 0.5 is a "
                             "typical service, 1 and more is a very uneven one."));
    latencyForm->addRow(tr("Sigma:"), sigmaSpin);
    QObject::connect(sigmaSpin, &QDoubleSpinBox::valueChanged, q, [this] {
        if (!updating) {
            applyLatency();
        }
    });

    capSpin = makeMsSpin(box);
    capSpin->setObjectName(u"latencyCapSpin"_s);
    capSpin->setValue(2000);
    capSpin->setToolTip(tr("No delay is longer than this, however long the tail."));
    latencyForm->addRow(tr("Cap:"), capSpin);
    QObject::connect(capSpin, &QSpinBox::valueChanged, q, [this] {
        if (!updating) {
            applyLatency();
        }
    });

    QObject::connect(distributionCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateVisibility();
        if (!updating) {
            applyLatency();
        }
    });

    layout->addWidget(box);
}

void ChaosPanel::Private::buildErrors(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Errors"), q);
    box->setToolTip(tr("A share of the matched requests gets an error instead of its answer."));
    errorForm = new QFormLayout(box);
    errorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    errorRateSlider = new QSlider(Qt::Horizontal, box);
    errorRateSlider->setObjectName(u"errorRateSlider"_s);
    errorRateSlider->setRange(0, 100);
    errorRateSlider->setPageStep(10);
    errorRateSlider->setToolTip(tr("How many of the matched requests fail, in percent."));
    errorRateSpin = new QDoubleSpinBox(box);
    errorRateSpin->setObjectName(u"errorRateSpin"_s);
    errorRateSpin->setRange(0, 100);
    errorRateSpin->setDecimals(1);
    errorRateSpin->setSingleStep(1);
    //: unit suffix of a spin box, with a leading space
    errorRateSpin->setSuffix(tr(" %"));
    errorRateSpin->setKeyboardTracking(false);
    errorRateSpin->setToolTip(errorRateSlider->toolTip());
    errorForm->addRow(tr("Error rate:"), pair(errorRateSlider, errorRateSpin, box));

    // Same pattern as the latency sliders: a drag is one edit, applied on release.
    QObject::connect(errorRateSlider, &QSlider::valueChanged, q, [this](int value) {
        if (updating) {
            return;
        }
        const QSignalBlocker blocker(errorRateSpin);
        errorRateSpin->setValue(value);
        if (!errorRateSlider->isSliderDown()) {
            applyErrorRate();
        }
    });
    QObject::connect(errorRateSlider, &QSlider::sliderReleased, q, [this] {
        if (!updating) {
            applyErrorRate();
        }
    });
    QObject::connect(errorRateSpin, &QDoubleSpinBox::valueChanged, q, [this](double value) {
        if (updating) {
            return;
        }
        const QSignalBlocker blocker(errorRateSlider);
        errorRateSlider->setValue(int(std::lround(value)));
        applyErrorRate();
    });

    errorKindCombo = new QComboBox(box);
    errorKindCombo->setObjectName(u"errorKindCombo"_s);
    errorKindCombo->addItem(tr("Status"), QString());
    const QStringList faults = Fault::names();
    for (const QString &name : faults) {
        errorKindCombo->addItem(
            faultDisplayName(Fault::kindFromName(name).value_or(Fault::Kind::None)), name);
    }
    errorKindCombo->setToolTip(
        tr("What a failing request gets: an HTTP status, or a network fault such as a reset "
           "connection or a body that arrives slowly."));
    errorForm->addRow(tr("Error:"), errorKindCombo);

    statusSpin = new QSpinBox(box);
    statusSpin->setObjectName(u"errorStatusSpin"_s);
    statusSpin->setRange(100, 599);
    statusSpin->setValue(503);
    statusSpin->setKeyboardTracking(false);
    statusSpin->setToolTip(tr("The HTTP status of the simulated error."));
    errorForm->addRow(tr("Status:"), statusSpin);

    bodyEdit = new QLineEdit(box);
    bodyEdit->setObjectName(u"errorBodyEdit"_s);
    bodyEdit->setClearButtonEnabled(true);
    bodyEdit->setPlaceholderText(tr("Default: a short text naming the simulated error"));
    bodyEdit->setToolTip(tr("The body of the error response; empty for the default text."));
    errorForm->addRow(tr("Body:"), bodyEdit);

    chunkBytesSpin = new QSpinBox(box);
    chunkBytesSpin->setObjectName(u"errorChunkBytesSpin"_s);
    chunkBytesSpin->setRange(1, 1024 * 1024);
    chunkBytesSpin->setValue(10);
    //: unit suffix of a spin box, with a leading space
    chunkBytesSpin->setSuffix(tr(" bytes"));
    chunkBytesSpin->setKeyboardTracking(false);
    chunkBytesSpin->setToolTip(tr("Bytes of the body sent at each step."));
    errorForm->addRow(tr("Chunk:"), chunkBytesSpin);

    intervalSpin = new QSpinBox(box);
    intervalSpin->setObjectName(u"errorIntervalSpin"_s);
    intervalSpin->setRange(0, 60000);
    intervalSpin->setValue(100);
    intervalSpin->setSuffix(tr(" ms"));
    intervalSpin->setKeyboardTracking(false);
    intervalSpin->setToolTip(tr("Time between two chunks of the body."));
    errorForm->addRow(tr("Every:"), intervalSpin);

    bandwidthSpin = new QSpinBox(box);
    bandwidthSpin->setObjectName(u"errorBandwidthSpin"_s);
    bandwidthSpin->setRange(1, 1024 * 1024 * 1024);
    bandwidthSpin->setValue(1024);
    //: unit suffix of a spin box, with a leading space
    bandwidthSpin->setSuffix(tr(" bytes/s"));
    bandwidthSpin->setKeyboardTracking(false);
    bandwidthSpin->setAccelerated(true);
    bandwidthSpin->setToolTip(tr("How fast the body is sent."));
    errorForm->addRow(tr("Bandwidth:"), bandwidthSpin);

    QObject::connect(errorKindCombo, &QComboBox::currentIndexChanged, q, [this] {
        updateVisibility();
        if (!updating) {
            applyError();
        }
    });
    const auto applyErrorIfEdited = [this] {
        if (!updating) {
            applyError();
        }
    };
    QObject::connect(statusSpin, &QSpinBox::valueChanged, q, applyErrorIfEdited);
    QObject::connect(bodyEdit, &QLineEdit::editingFinished, q, applyErrorIfEdited);
    QObject::connect(chunkBytesSpin, &QSpinBox::valueChanged, q, applyErrorIfEdited);
    QObject::connect(intervalSpin, &QSpinBox::valueChanged, q, applyErrorIfEdited);
    QObject::connect(bandwidthSpin, &QSpinBox::valueChanged, q, applyErrorIfEdited);

    layout->addWidget(box);
}

void ChaosPanel::Private::buildSeed(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    seedCheck = new QCheckBox(tr("Repeatable (seed)"), q);
    seedCheck->setObjectName(u"seedCheck"_s);
    seedCheck->setToolTip(tr("With a seed, delays, error rolls and random responses repeat "
                             "exactly, run after run."));
    // A double spin box with no decimals holds every seed the file format allows (up to
    // 2^53); QSpinBox stops at 2^31.
    seedSpin = new QDoubleSpinBox(q);
    seedSpin->setObjectName(u"seedSpin"_s);
    seedSpin->setDecimals(0);
    seedSpin->setRange(0, MaxSeed);
    seedSpin->setValue(42);
    seedSpin->setKeyboardTracking(false);
    seedSpin->setEnabled(false);
    seedSpin->setToolTip(tr("The seed: the same seed gives the same chaos for the same "
                            "requests."));
    row->addWidget(seedCheck);
    row->addWidget(seedSpin, 1);
    layout->addLayout(row);

    QObject::connect(seedCheck, &QCheckBox::toggled, q, [this](bool on) {
        seedSpin->setEnabled(on);
        if (!updating) {
            applySeed();
        }
    });
    QObject::connect(seedSpin, &QDoubleSpinBox::valueChanged, q, [this] {
        if (!updating) {
            applySeed();
        }
    });
}

void ChaosPanel::Private::updateVisibility()
{
    const QString dist = distributionCombo->currentData().toString();
    latencyForm->setRowVisible(fixedRow, dist == DistFixed);
    latencyForm->setRowVisible(uniformMinSpin, dist == DistUniform);
    latencyForm->setRowVisible(uniformMaxSpin, dist == DistUniform);
    latencyForm->setRowVisible(medianRow, dist == DistLognormal);
    latencyForm->setRowVisible(sigmaSpin, dist == DistLognormal);
    latencyForm->setRowVisible(capSpin, dist == DistLognormal);

    const QString kind = errorKindCombo->currentData().toString();
    errorForm->setRowVisible(statusSpin, kind.isEmpty());
    errorForm->setRowVisible(bodyEdit, kind.isEmpty());
    const QString dribble = Fault::name(Fault::Kind::Dribble);
    errorForm->setRowVisible(chunkBytesSpin, kind == dribble);
    errorForm->setRowVisible(intervalSpin, kind == dribble);
    errorForm->setRowVisible(bandwidthSpin, kind == Fault::name(Fault::Kind::Bandwidth));
}

void ChaosPanel::Private::loadFromDocument()
{
    if (!document) {
        return;
    }
    const Chaos chaos = document->routeSet().chaos;
    updating = true;

    // Only the fields of the distribution in the document are overwritten, so switching to
    // another distribution afterwards starts from what the user last set there.
    const auto setMs = [](QSpinBox *spin, double ms) { spin->setValue(int(std::lround(ms))); };
    if (!chaos.latency) {
        distributionCombo->setCurrentIndex(distributionCombo->findData(DistNone));
    } else {
        const Latency &l = *chaos.latency;
        switch (l.distribution) {
        case Latency::Distribution::Fixed:
            distributionCombo->setCurrentIndex(distributionCombo->findData(DistFixed));
            setMs(latencySpin, l.ms);
            latencySlider->setValue(std::min(latencySpin->value(), SliderMaxMs));
            break;
        case Latency::Distribution::Uniform:
            distributionCombo->setCurrentIndex(distributionCombo->findData(DistUniform));
            setMs(uniformMinSpin, l.minMs);
            setMs(uniformMaxSpin, l.maxMs);
            break;
        case Latency::Distribution::Lognormal:
            distributionCombo->setCurrentIndex(distributionCombo->findData(DistLognormal));
            setMs(medianSpin, l.medianMs);
            medianSlider->setValue(std::min(medianSpin->value(), SliderMaxMs));
            sigmaSpin->setValue(l.sigma);
            setMs(capSpin, l.maxMs);
            break;
        }
    }

    const double percent = chaos.errorRate.value_or(0) * 100.0;
    errorRateSpin->setValue(percent);
    errorRateSlider->setValue(int(std::lround(percent)));

    const ChaosError error = chaos.error.value_or(ChaosError());
    if (error.fault.isNone()) {
        errorKindCombo->setCurrentIndex(0);
        statusSpin->setValue(error.status);
        bodyEdit->setText(error.body.value_or(QString()));
    } else {
        errorKindCombo->setCurrentIndex(
            std::max(0, errorKindCombo->findData(Fault::name(error.fault.kind))));
        if (error.fault.kind == Fault::Kind::Dribble) {
            chunkBytesSpin->setValue(error.fault.chunkBytes);
            intervalSpin->setValue(error.fault.intervalMs);
        } else if (error.fault.kind == Fault::Kind::Bandwidth) {
            bandwidthSpin->setValue(
                int(std::min<qint64>(error.fault.bytesPerSecond, bandwidthSpin->maximum())));
        }
    }

    seedCheck->setChecked(chaos.seed.has_value());
    seedSpin->setEnabled(chaos.seed.has_value());
    if (chaos.seed) {
        seedSpin->setValue(double(*chaos.seed));
    }

    updateVisibility();
    updating = false;
}

std::optional<Latency> ChaosPanel::Private::latencyFromWidgets() const
{
    const QString dist = distributionCombo->currentData().toString();
    if (dist == DistFixed) {
        return Latency::fixed(latencySpin->value());
    }
    if (dist == DistUniform) {
        return Latency::uniform(uniformMinSpin->value(), uniformMaxSpin->value());
    }
    if (dist == DistLognormal) {
        return Latency::lognormal(medianSpin->value(), sigmaSpin->value(), capSpin->value());
    }
    return std::nullopt;
}

std::optional<ChaosError> ChaosPanel::Private::errorFromWidgets() const
{
    const QString kindName = errorKindCombo->currentData().toString();
    ChaosError error;
    if (kindName.isEmpty()) {
        const QString body = bodyEdit->text();
        error = ChaosError::withStatus(
            statusSpin->value(), body.isEmpty() ? std::nullopt : std::optional<QString>(body));
    } else {
        const Fault::Kind kind = Fault::kindFromName(kindName).value_or(Fault::Kind::None);
        if (kind == Fault::Kind::Dribble) {
            error = ChaosError::withFault(
                Fault::dribble(chunkBytesSpin->value(), intervalSpin->value()));
        } else if (kind == Fault::Kind::Bandwidth) {
            error = ChaosError::withFault(Fault::bandwidth(bandwidthSpin->value()));
        } else {
            error = ChaosError::withFault(Fault::make(kind));
        }
    }
    // The default error is left out of the file rather than written out.
    if (error == ChaosError()) {
        return std::nullopt;
    }
    return error;
}

void ChaosPanel::Private::applyLatency()
{
    if (!document) {
        return;
    }
    // A lognormal cap below its median would be refused: raise the cap with the median.
    if (distributionCombo->currentData().toString() == DistLognormal
        && capSpin->value() < medianSpin->value()) {
        const QSignalBlocker blocker(capSpin);
        capSpin->setValue(medianSpin->value());
    }
    Chaos chaos = document->routeSet().chaos;
    chaos.latency = latencyFromWidgets();
    submit(chaos, tr("Change global latency"));
}

void ChaosPanel::Private::applyErrorRate()
{
    if (!document) {
        return;
    }
    Chaos chaos = document->routeSet().chaos;
    const double percent = errorRateSpin->value();
    // 0 % is the same as no error rate for the global chaos; leave it out of the file.
    if (percent <= 0) {
        chaos.errorRate.reset();
    } else {
        chaos.errorRate = percent / 100.0;
    }
    submit(chaos, tr("Change error rate"));
}

void ChaosPanel::Private::applyError()
{
    if (!document) {
        return;
    }
    Chaos chaos = document->routeSet().chaos;
    chaos.error = errorFromWidgets();
    submit(chaos, tr("Change simulated error"));
}

void ChaosPanel::Private::applySeed()
{
    if (!document) {
        return;
    }
    Chaos chaos = document->routeSet().chaos;
    if (seedCheck->isChecked()) {
        chaos.seed = quint64(seedSpin->value());
    } else {
        chaos.seed.reset();
    }
    submit(chaos, tr("Change seed"));
}

void ChaosPanel::Private::submit(const Chaos &chaos, const QString &text)
{
    QList<FormatError> errors;
    if (document->setChaos(chaos, text, &errors)) {
        problemLabel->hide();
        return;
    }
    // Refused: show why, and put the widgets back to what the document holds.
    const FormatError &first = errors.value(0);
    //: %1 is where in the file the problem is (chaos.latency.maxMs), %2 what is wrong
    problemLabel->setText(tr("Not applied: %1: %2").arg(first.path, first.message));
    problemLabel->show();
    loadFromDocument();
}

ChaosPanel::ChaosPanel(RouteSetDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;

    auto *layout = new QVBoxLayout(this);
    d->buildLatency(layout);
    d->buildErrors(layout);
    d->buildSeed(layout);

    d->problemLabel = new QLabel(this);
    d->problemLabel->setObjectName(u"chaosProblemLabel"_s);
    d->problemLabel->setWordWrap(true);
    QPalette warning = d->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x2a));
    d->problemLabel->setPalette(warning);
    d->problemLabel->hide();
    layout->addWidget(d->problemLabel);
    layout->addStretch(1);

    if (document) {
        // Undo, redo, open and new all come through here: the panel shows what the
        // document holds, without submitting it back.
        connect(document, &RouteSetDocument::chaosChanged, this, [this] { d->loadFromDocument(); });
    }
    d->loadFromDocument();
    d->updateVisibility();
}

ChaosPanel::~ChaosPanel() = default;

QSlider *ChaosPanel::errorRateSlider() const
{
    return d->errorRateSlider;
}

QSlider *ChaosPanel::latencySlider() const
{
    return d->latencySlider;
}

} // namespace MockBench
