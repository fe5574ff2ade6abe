// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosPanel.h"

#include "ChaosEditor.h"
#include "EditorFields.h"
#include "WheelGuard.h"
#include "document/RouteSetDocument.h"
#include "model/Chaos.h"
#include "server/MockServer.h" // RouteSetDocument::server() needs the complete type

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr double MaxSeed = 9007199254740992.0; // 2^53, the file format's bound

} // namespace

struct ChaosPanel::Private
{
    ChaosPanel *q = nullptr;
    QPointer<RouteSetDocument> document;
    // Set while the seed fields are filled from the document.
    bool updating = false;

    ChaosEditor *editor = nullptr;
    QCheckBox *seedCheck = nullptr;
    QDoubleSpinBox *seedSpin = nullptr;
    QLabel *problemLabel = nullptr;

    void buildSeed(QVBoxLayout *layout);
    void loadFromDocument();
    /// Applies @p change to the document's chaos as one edit named @p text.
    void submit(const std::function<void(Chaos &)> &change, const QString &text);
};

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
    // Not as wide as 2^53 takes: a seed is usually short, and the panel fits a narrow column.
    seedSpin->setMinimumWidth(seedSpin->fontMetrics().horizontalAdvance(u"00000000"_s));
    seedSpin->setToolTip(tr("The seed: the same seed gives the same chaos for the same "
                            "requests."));
    row->addWidget(seedCheck);
    row->addWidget(seedSpin, 1);
    layout->addLayout(row);

    const auto applySeed = [this] {
        if (updating) {
            return;
        }
        const bool on = seedCheck->isChecked();
        const auto seed = quint64(seedSpin->value());
        submit([&](Chaos &chaos) { chaos.seed = on ? std::optional<quint64>(seed) : std::nullopt; },
            tr("Change seed"));
    };
    QObject::connect(seedCheck, &QCheckBox::toggled, q, [this, applySeed](bool on) {
        seedSpin->setEnabled(on);
        applySeed();
    });
    QObject::connect(seedSpin, &QDoubleSpinBox::valueChanged, q, applySeed);
}

void ChaosPanel::Private::loadFromDocument()
{
    if (!document) {
        return;
    }
    const Chaos chaos = document->routeSet().chaos;
    editor->setChaos(chaos);
    const QScopedValueRollback<bool> guard(updating, true);
    seedCheck->setChecked(chaos.seed.has_value());
    seedSpin->setEnabled(chaos.seed.has_value());
    if (chaos.seed) {
        seedSpin->setValue(double(*chaos.seed));
    }
}

void ChaosPanel::Private::submit(const std::function<void(Chaos &)> &change, const QString &text)
{
    if (!document) {
        return;
    }
    Chaos chaos = document->routeSet().chaos;
    change(chaos);
    FormatErrors errors;
    if (document->setChaos(chaos, text, &errors)) {
        problemLabel->hide();
        return;
    }
    // Refused: show why, and put the fields back to what the document holds.
    const FormatError &first = errors.value(0);
    EditorFields::showRefusal(problemLabel, first.path + u": " + first.message);
    loadFromDocument();
}

ChaosPanel::ChaosPanel(RouteSetDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;

    auto *layout = new QVBoxLayout(this);
    d->editor = new ChaosEditor(ChaosEditor::Scope::Global, this);
    layout->addWidget(d->editor);
    d->buildSeed(layout);
    d->problemLabel = EditorFields::refusalLabel(this, u"chaosProblemLabel"_s);
    layout->addWidget(d->problemLabel);
    layout->addStretch(1);
    WheelGuard::guardChildren(this);

    connect(d->editor, &ChaosEditor::latencyEdited, this, [this] {
        const auto latency = d->editor->latency();
        d->submit([&](Chaos &chaos) { chaos.latency = latency; }, tr("Change global latency"));
    });
    connect(d->editor, &ChaosEditor::errorRateEdited, this, [this] {
        const auto rate = d->editor->errorRate();
        d->submit([&](Chaos &chaos) { chaos.errorRate = rate; }, tr("Change error rate"));
    });
    connect(d->editor, &ChaosEditor::errorEdited, this, [this] {
        const auto error = d->editor->error();
        d->submit([&](Chaos &chaos) { chaos.error = error; }, tr("Change simulated error"));
    });
    if (document) {
        // Undo, redo, open and new all come through here: the panel shows what the
        // document holds, without submitting it back.
        connect(document, &RouteSetDocument::chaosChanged, this, [this] { d->loadFromDocument(); });
    }
    d->loadFromDocument();
}

ChaosPanel::~ChaosPanel()
{
    // The fields go before d does; nothing they signal while dying (a focus out) may use it.
    d->updating = true;
    if (d->document) {
        disconnect(d->document, nullptr, this, nullptr);
    }
    disconnect(d->editor, nullptr, this, nullptr);
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

QSlider *ChaosPanel::errorRateSlider() const
{
    return d->editor->errorRateSlider();
}

QSlider *ChaosPanel::latencySlider() const
{
    return d->editor->latencySlider();
}

} // namespace MockBench
