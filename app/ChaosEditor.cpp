// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosEditor.h"

#include "EditorFields.h"
#include "FaultFields.h"
#include "WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr int SliderMaxMs = 5000;
constexpr double MaxSigma = 10;

// The error combo's data besides the fault names: a status, and (routes only) the global
// error.
const QString StatusError;
const QString GlobalError = u"global"_s;

QString distributionDisplayName(Latency::Distribution distribution)
{
    switch (distribution) {
    case Latency::Distribution::Fixed:
        return ChaosEditor::tr("Fixed");
    case Latency::Distribution::Uniform:
        return ChaosEditor::tr("Uniform");
    case Latency::Distribution::Lognormal:
        return ChaosEditor::tr("Log-normal");
    }
    return Latency::distributionName(distribution);
}

void setMs(QSpinBox *spin, double ms)
{
    spin->setValue(int(std::lround(ms)));
}

} // namespace

struct ChaosEditor::Private
{
    ChaosEditor *q = nullptr;
    Scope scope = Scope::Global;
    // Set while the fields are filled from chaos settings, so that filling them is not
    // mistaken for the user editing them.
    bool loading = false;

    QFormLayout *latencyForm = nullptr;
    QComboBox *distributionCombo = nullptr;
    QWidget *fixedRow = nullptr;
    QSlider *latencySlider = nullptr;
    QSpinBox *latencySpin = nullptr;
    QSpinBox *minSpin = nullptr;
    QSpinBox *maxSpin = nullptr;
    QWidget *medianRow = nullptr;
    QSlider *medianSlider = nullptr;
    QSpinBox *medianSpin = nullptr;
    QDoubleSpinBox *sigmaSpin = nullptr;
    QSpinBox *capSpin = nullptr;

    QFormLayout *errorForm = nullptr;
    QCheckBox *errorRateCheck = nullptr; ///< routes only
    QSlider *errorRateSlider = nullptr;
    QDoubleSpinBox *errorRateSpin = nullptr;
    QComboBox *errorCombo = nullptr;
    QSpinBox *statusSpin = nullptr;
    QLineEdit *bodyEdit = nullptr;
    FaultFields *faultFields = nullptr;

    QGroupBox *buildLatency();
    QGroupBox *buildErrors();
    /// A latency slider (0..5 s) and its spin box, named @p prefix + "Slider" and "Spin".
    QWidget *msSliderRow(
        QWidget *parent, const QString &prefix, int ms, QSlider **slider, QSpinBox **spin);
    template <typename SpinBox>
    void pair(QSlider *slider, SpinBox *spin, void (Private::*edited)());
    /// A slot that calls @p edited unless the fields are being filled.
    std::function<void()> ifByUser(void (Private::*edited)());

    void latencyWasEdited();
    void errorRateWasEdited();
    void errorWasEdited();
    void updateVisibility();

    QString distribution() const { return distributionCombo->currentData().toString(); }
};

template <typename SpinBox>
void ChaosEditor::Private::pair(QSlider *slider, SpinBox *spin, void (Private::*edited)())
{
    // While the handle is held only the spin box follows; the owner hears of the change when
    // the handle is let go, so a drag is one undo step. Keys, the wheel (once the slider has
    // focus) and clicks on the groove move it without holding it down and apply at once.
    QObject::connect(slider, &QSlider::valueChanged, q, [this, slider, spin, edited](int value) {
        if (loading) {
            return;
        }
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
        if (!slider->isSliderDown()) {
            (this->*edited)();
        }
    });
    QObject::connect(slider, &QSlider::sliderReleased, q, [this, edited] {
        if (!loading) {
            (this->*edited)();
        }
    });
    QObject::connect(spin, &SpinBox::valueChanged, q, [this, slider, edited](double value) {
        if (loading) {
            return;
        }
        // A value beyond the slider's end stays as typed; the slider stops at its end.
        const QSignalBlocker blocker(slider);
        slider->setValue(int(std::min<long>(std::lround(value), slider->maximum())));
        (this->*edited)();
    });
}

std::function<void()> ChaosEditor::Private::ifByUser(void (Private::*edited)())
{
    return [this, edited] {
        if (!loading) {
            (this->*edited)();
        }
    };
}

QWidget *ChaosEditor::Private::msSliderRow(
    QWidget *parent, const QString &prefix, int ms, QSlider **slider, QSpinBox **spin)
{
    *slider = EditorFields::slider(parent, prefix + u"Slider", 0, SliderMaxMs);
    (*slider)->setSingleStep(10);
    (*slider)->setPageStep(250);
    (*slider)->setValue(ms);
    *spin = EditorFields::msSpinBox(parent, prefix + u"Spin");
    (*spin)->setValue(ms);
    pair(*slider, *spin, &Private::latencyWasEdited);
    return EditorFields::sliderRow(parent, *slider, *spin);
}

QGroupBox *ChaosEditor::Private::buildLatency()
{
    const bool route = scope == Scope::Route;
    auto *box = new QGroupBox(route ? tr("Latency of this route") : tr("Latency"), q);
    box->setToolTip(route ? tr("Added to the global latency: the global one is a slow network, "
                               "this one a slow endpoint.")
                          : tr("Delay added before every answer, as if the network were slow."));
    latencyForm = new QFormLayout(box);
    latencyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow column (the chaos panel at 1024 pixels) a slider row goes under its label
    // rather than squeezing the slider to nothing.
    latencyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);

    distributionCombo = EditorFields::comboBox(box, u"latencyDistributionCombo"_s);
    distributionCombo->addItem(
        route ? tr("None (the global latency only)") : tr("None"), QString());
    for (const auto distribution : { Latency::Distribution::Fixed, Latency::Distribution::Uniform,
             Latency::Distribution::Lognormal }) {
        distributionCombo->addItem(
            distributionDisplayName(distribution), Latency::distributionName(distribution));
    }
    distributionCombo->setToolTip(
        tr("How the delay is drawn: always the same, evenly between two bounds, or log-normal "
           "(mostly near the median with a long tail, like real services)."));
    latencyForm->addRow(tr("&Distribution:"), distributionCombo);

    fixedRow = msSliderRow(box, u"latency"_s, 100, &latencySlider, &latencySpin);
    latencySlider->setToolTip(tr("The delay of every answer (up to 5 s here; type larger "
                                 "values in the box)."));
    latencySpin->setToolTip(latencySlider->toolTip());
    latencyForm->addRow(tr("Delay:"), fixedRow);

    minSpin = EditorFields::msSpinBox(box, u"latencyMinSpin"_s);
    minSpin->setToolTip(tr("The shortest delay."));
    minSpin->setValue(50);
    maxSpin = EditorFields::msSpinBox(box, u"latencyMaxSpin"_s);
    maxSpin->setToolTip(tr("The longest delay."));
    maxSpin->setValue(200);
    latencyForm->addRow(tr("Minimum:"), minSpin);
    latencyForm->addRow(tr("Maximum:"), maxSpin);
    // A lower bound above the upper one is not a valid distribution: moving one bound past
    // the other takes the other one along.
    QObject::connect(minSpin, &QSpinBox::valueChanged, q, [this](int value) {
        if (loading) {
            return;
        }
        if (maxSpin->value() < value) {
            const QSignalBlocker blocker(maxSpin);
            maxSpin->setValue(value);
        }
        latencyWasEdited();
    });
    QObject::connect(maxSpin, &QSpinBox::valueChanged, q, [this](int value) {
        if (loading) {
            return;
        }
        if (minSpin->value() > value) {
            const QSignalBlocker blocker(minSpin);
            minSpin->setValue(value);
        }
        latencyWasEdited();
    });

    medianRow = msSliderRow(box, u"latencyMedian"_s, 80, &medianSlider, &medianSpin);
    medianSlider->setToolTip(tr("Half of the delays are shorter than this, half longer."));
    medianSpin->setToolTip(medianSlider->toolTip());
    latencyForm->addRow(tr("Median:"), medianRow);

    sigmaSpin = new QDoubleSpinBox(box);
    sigmaSpin->setObjectName(u"latencySigmaSpin"_s);
    sigmaSpin->setRange(0, MaxSigma);
    sigmaSpin->setDecimals(2);
    sigmaSpin->setSingleStep(0.1);
    sigmaSpin->setValue(0.5);
    sigmaSpin->setKeyboardTracking(false);
    sigmaSpin->setToolTip(tr("Spread of the delays: 0 is always the median, 0.5 is a "
                             "typical service, 1 and more is a very uneven one."));
    latencyForm->addRow(tr("Sigma:"), sigmaSpin);
    QObject::connect(
        sigmaSpin, &QDoubleSpinBox::valueChanged, q, ifByUser(&Private::latencyWasEdited));

    capSpin = EditorFields::msSpinBox(box, u"latencyCapSpin"_s);
    capSpin->setValue(2000);
    capSpin->setToolTip(tr("No delay is longer than this, however long the tail."));
    latencyForm->addRow(tr("Cap:"), capSpin);
    QObject::connect(capSpin, &QSpinBox::valueChanged, q, ifByUser(&Private::latencyWasEdited));

    const auto latencyEdited = ifByUser(&Private::latencyWasEdited);
    QObject::connect(distributionCombo, &QComboBox::currentIndexChanged, q, [this, latencyEdited] {
        updateVisibility();
        latencyEdited();
    });
    return box;
}

QGroupBox *ChaosEditor::Private::buildErrors()
{
    const bool route = scope == Scope::Route;
    auto *box = new QGroupBox(route ? tr("Errors of this route") : tr("Errors"), q);
    box->setToolTip(route ? tr("An own error rate and error replace the global ones for this "
                               "route.")
                          : tr("A share of the matched requests gets an error instead of its "
                               "answer."));
    errorForm = new QFormLayout(box);
    errorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    errorForm->setRowWrapPolicy(QFormLayout::WrapLongRows);

    if (route) {
        errorRateCheck = new QCheckBox(tr("Own error rate (replaces the global one)"), box);
        errorRateCheck->setObjectName(u"errorRateCheck"_s);
        errorForm->addRow(errorRateCheck);
        const auto rateEdited = ifByUser(&Private::errorRateWasEdited);
        QObject::connect(errorRateCheck, &QCheckBox::toggled, q, [this, rateEdited] {
            updateVisibility();
            rateEdited();
        });
    }
    errorRateSlider = EditorFields::slider(box, u"errorRateSlider"_s, 0, 100);
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
    errorForm->addRow(
        tr("Error ra&te:"), EditorFields::sliderRow(box, errorRateSlider, errorRateSpin));
    pair(errorRateSlider, errorRateSpin, &Private::errorRateWasEdited);

    errorCombo = EditorFields::comboBox(box, u"errorKindCombo"_s);
    if (route) {
        errorCombo->addItem(tr("The global error"), GlobalError);
    }
    errorCombo->addItem(tr("Status"), StatusError);
    FaultFields::addFaults(errorCombo);
    errorCombo->setToolTip(
        tr("What a failing request gets: an HTTP status, or a network fault such as a reset "
           "connection or a body that arrives slowly."));
    errorForm->addRow(tr("Err&or:"), errorCombo);

    statusSpin = EditorFields::spinBox(box, u"errorStatusSpin"_s, 100, 599);
    statusSpin->setValue(ChaosError().status);
    statusSpin->setToolTip(tr("The HTTP status of the simulated error."));
    errorForm->addRow(tr("Status:"), statusSpin);

    bodyEdit = new QLineEdit(box);
    bodyEdit->setObjectName(u"errorBodyEdit"_s);
    bodyEdit->setClearButtonEnabled(true);
    bodyEdit->setPlaceholderText(tr("Default: a short text naming the simulated error"));
    bodyEdit->setToolTip(tr("The body of the error response; empty for the default text."));
    errorForm->addRow(tr("Body:"), bodyEdit);

    faultFields = new FaultFields(errorForm, u"error"_s, box);

    const auto errorEdited = ifByUser(&Private::errorWasEdited);
    QObject::connect(errorCombo, &QComboBox::currentIndexChanged, q, [this, errorEdited] {
        updateVisibility();
        errorEdited();
    });
    QObject::connect(statusSpin, &QSpinBox::valueChanged, q, errorEdited);
    QObject::connect(bodyEdit, &QLineEdit::editingFinished, q, [this, errorEdited] {
        bodyEdit->setModified(false);
        errorEdited();
    });
    QObject::connect(faultFields, &FaultFields::edited, q, errorEdited);
    return box;
}

void ChaosEditor::Private::latencyWasEdited()
{
    // A log-normal cap below its median would be refused: the cap goes up with the median.
    if (distribution() == Latency::distributionName(Latency::Distribution::Lognormal)
        && capSpin->value() < medianSpin->value()) {
        const QSignalBlocker blocker(capSpin);
        capSpin->setValue(medianSpin->value());
    }
    Q_EMIT q->latencyEdited();
}

void ChaosEditor::Private::errorRateWasEdited()
{
    Q_EMIT q->errorRateEdited();
}

void ChaosEditor::Private::errorWasEdited()
{
    Q_EMIT q->errorEdited();
}

void ChaosEditor::Private::updateVisibility()
{
    const QString dist = distribution();
    const auto is = [&dist](
                        Latency::Distribution d) { return dist == Latency::distributionName(d); };
    EditorFields::setRowShown(latencyForm, fixedRow, is(Latency::Distribution::Fixed));
    EditorFields::setRowShown(latencyForm, minSpin, is(Latency::Distribution::Uniform));
    EditorFields::setRowShown(latencyForm, maxSpin, is(Latency::Distribution::Uniform));
    EditorFields::setRowShown(latencyForm, medianRow, is(Latency::Distribution::Lognormal));
    EditorFields::setRowShown(latencyForm, sigmaSpin, is(Latency::Distribution::Lognormal));
    EditorFields::setRowShown(latencyForm, capSpin, is(Latency::Distribution::Lognormal));

    if (errorRateCheck) {
        errorRateSlider->setEnabled(errorRateCheck->isChecked());
        errorRateSpin->setEnabled(errorRateCheck->isChecked());
    }
    const QString kind = errorCombo->currentData().toString();
    EditorFields::setRowShown(errorForm, statusSpin, kind == StatusError);
    EditorFields::setRowShown(errorForm, bodyEdit, kind == StatusError);
    faultFields->showFor(Fault::kindFromName(kind));
}

ChaosEditor::ChaosEditor(Scope scope, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->scope = scope;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->buildLatency());
    layout->addWidget(d->buildErrors());
    WheelGuard::guardChildren(this);
    d->updateVisibility();
}

ChaosEditor::~ChaosEditor()
{
    // The fields go before d does; nothing they signal while dying (a focus out) may use it.
    d->loading = true;
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

ChaosEditor::Scope ChaosEditor::scope() const
{
    return d->scope;
}

void ChaosEditor::setChaos(const Chaos &chaos)
{
    const QScopedValueRollback<bool> loading(d->loading, true);

    const QString dist =
        chaos.latency ? Latency::distributionName(chaos.latency->distribution) : QString();
    d->distributionCombo->setCurrentIndex(d->distributionCombo->findData(dist));
    if (chaos.latency) {
        const Latency &l = *chaos.latency;
        switch (l.distribution) {
        case Latency::Distribution::Fixed:
            setMs(d->latencySpin, l.ms);
            d->latencySlider->setValue(std::min(d->latencySpin->value(), SliderMaxMs));
            break;
        case Latency::Distribution::Uniform:
            setMs(d->minSpin, l.minMs);
            setMs(d->maxSpin, l.maxMs);
            break;
        case Latency::Distribution::Lognormal:
            setMs(d->medianSpin, l.medianMs);
            d->medianSlider->setValue(std::min(d->medianSpin->value(), SliderMaxMs));
            d->sigmaSpin->setValue(l.sigma);
            setMs(d->capSpin, l.maxMs);
            break;
        }
    }

    if (d->errorRateCheck) {
        d->errorRateCheck->setChecked(chaos.errorRate.has_value());
    }
    const double percent = chaos.errorRate.value_or(0) * 100.0;
    d->errorRateSpin->setValue(percent);
    d->errorRateSlider->setValue(int(std::lround(percent)));

    if (!chaos.error && d->scope == Scope::Route) {
        d->errorCombo->setCurrentIndex(d->errorCombo->findData(GlobalError));
    } else {
        const ChaosError error = chaos.error.value_or(ChaosError());
        if (error.fault.isNone()) {
            d->errorCombo->setCurrentIndex(d->errorCombo->findData(StatusError));
            d->statusSpin->setValue(error.status);
            EditorFields::setLineText(d->bodyEdit, error.body.value_or(QString()), false);
        } else {
            d->errorCombo->setCurrentIndex(d->errorCombo->findData(Fault::name(error.fault.kind)));
            d->faultFields->setFault(error.fault);
        }
    }
    d->updateVisibility();
}

std::optional<Latency> ChaosEditor::latency() const
{
    const QString dist = d->distribution();
    if (dist == Latency::distributionName(Latency::Distribution::Fixed)) {
        return Latency::fixed(d->latencySpin->value());
    }
    if (dist == Latency::distributionName(Latency::Distribution::Uniform)) {
        return Latency::uniform(d->minSpin->value(), d->maxSpin->value());
    }
    if (dist == Latency::distributionName(Latency::Distribution::Lognormal)) {
        return Latency::lognormal(
            d->medianSpin->value(), d->sigmaSpin->value(), d->capSpin->value());
    }
    return std::nullopt;
}

std::optional<double> ChaosEditor::errorRate() const
{
    const double rate = d->errorRateSpin->value() / 100.0;
    if (d->errorRateCheck) {
        return d->errorRateCheck->isChecked() ? std::optional<double>(rate) : std::nullopt;
    }
    // Globally 0 % is the same as no error rate: it is left out of the file.
    return rate > 0 ? std::optional<double>(rate) : std::nullopt;
}

std::optional<ChaosError> ChaosEditor::error() const
{
    const QString kind = d->errorCombo->currentData().toString();
    if (kind == GlobalError) {
        return std::nullopt;
    }
    ChaosError error;
    if (kind == StatusError) {
        const QString body = d->bodyEdit->text();
        error = ChaosError::withStatus(
            d->statusSpin->value(), body.isEmpty() ? std::nullopt : std::optional<QString>(body));
    } else {
        error = ChaosError::withFault(
            d->faultFields->fault(Fault::kindFromName(kind).value_or(Fault::Kind::None)));
    }
    // The global default error is left out of the file rather than written out; a route's
    // stays, as it replaces the global error.
    if (d->scope == Scope::Global && error == ChaosError()) {
        return std::nullopt;
    }
    return error;
}

QSlider *ChaosEditor::latencySlider() const
{
    return d->latencySlider;
}

QSlider *ChaosEditor::errorRateSlider() const
{
    return d->errorRateSlider;
}

} // namespace MockBench
