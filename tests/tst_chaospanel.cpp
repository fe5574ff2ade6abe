// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosPanel.h"

#include "document/RouteSetDocument.h"
#include "model/Chaos.h"
#include "model/Route.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStyleOptionSlider>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_ChaosPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void errorRateSliderAtMaximumFailsEveryRequest();
    void sliderDragIsOneEdit();
    void mouseDragIsOneEdit();
    void keyboardStepAppliesAtOnce();
    void spinBoxAndSliderFollowEachOther();
    void latencySpinBeyondSliderRangeIsKept();
    void distributionShowsItsFields();
    void errorStatusAndBodyAreServed();
    void errorKindFault();
    void dribbleFaultHasParameters();
    void seedCheckSetsAndClearsSeed();
    void externalChangeUpdatesWidgetsWithoutEdit();
    void resetClearsWidgets();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        auto *w = m_panel->findChild<T *>(name);
        if (!w) {
            qFatal("no child named %s", qPrintable(name));
        }
        return w;
    }
    Chaos chaos() const { return m_document->routeSet().chaos; }
    int get(const QString &path);
    void selectData(QComboBox *combo, const QString &data);

    std::unique_ptr<RouteSetDocument> m_document;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ChaosPanel> m_panel;
};

void tst_ChaosPanel::init()
{
    m_document = std::make_unique<RouteSetDocument>();
    RouteSet set;
    set.add(Route::get(u"/x"_s).respond(200, u"ok"_s));
    m_document->reset(set);
    m_server = std::make_unique<MockServer>();
    m_document->attachServer(m_server.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_panel = std::make_unique<ChaosPanel>(m_document.get());
}

void tst_ChaosPanel::cleanup()
{
    m_panel.reset();
    m_document->attachServer(nullptr);
    m_server.reset();
    m_document.reset();
}

int tst_ChaosPanel::get(const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000)) {
        return -1;
    }
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_ChaosPanel::selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void tst_ChaosPanel::errorRateSliderAtMaximumFailsEveryRequest()
{
    QCOMPARE(get(u"/x"_s), 200);

    QSlider *slider = m_panel->errorRateSlider();
    QCOMPARE(slider->objectName(), u"errorRateSlider"_s);
    QTest::keyClick(slider, Qt::Key_End);

    QCOMPARE(slider->value(), 100);
    QCOMPARE(child<QDoubleSpinBox>(u"errorRateSpin"_s)->value(), 100.0);
    QCOMPARE(chaos().errorRate, std::optional<double>(1.0));
    QCOMPARE(m_server->chaos().errorRate, std::optional<double>(1.0));
    QCOMPARE(get(u"/x"_s), 503);

    QTest::keyClick(slider, Qt::Key_Home);
    QVERIFY(!chaos().errorRate.has_value());
    QCOMPARE(get(u"/x"_s), 200);
}

void tst_ChaosPanel::sliderDragIsOneEdit()
{
    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    QSlider *slider = m_panel->errorRateSlider();
    auto *spin = child<QDoubleSpinBox>(u"errorRateSpin"_s);

    slider->setSliderDown(true);
    for (int v : { 10, 20, 35, 50 }) {
        slider->setValue(v);
        QCOMPARE(spin->value(), double(v)); // the spin box follows the handle...
    }
    QCOMPARE(changed.count(), 0); // ...but the document waits for the release
    QVERIFY(!chaos().errorRate);

    slider->setSliderDown(false); // emits sliderReleased, as letting go of the mouse does
    QCOMPARE(changed.count(), 1);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.5));
}

void tst_ChaosPanel::mouseDragIsOneEdit()
{
    selectData(child<QComboBox>(u"latencyDistributionCombo"_s), u"fixed"_s);
    QSlider *slider = m_panel->latencySlider();
    QCOMPARE(slider->objectName(), u"latencySlider"_s);
    m_panel->resize(500, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    slider->setValue(0);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(0)));

    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    const QRect handle = slider->style()->subControlRect(
        QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    QVERIFY(handle.isValid());

    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    QPoint at = handle.center();
    QTest::mousePress(slider, Qt::LeftButton, {}, at);
    QVERIFY(slider->isSliderDown());
    for (int i = 0; i < 5; ++i) {
        at.rx() += slider->width() / 10;
        QTest::mouseMove(slider, at);
    }
    QVERIFY(slider->value() > 0);
    QCOMPARE(changed.count(), 0);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, at);

    QCOMPARE(changed.count(), 1);
    const int ms = slider->value();
    QVERIFY(ms > 0);
    QCOMPARE(child<QSpinBox>(u"latencySpin"_s)->value(), ms);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(ms)));
}

void tst_ChaosPanel::keyboardStepAppliesAtOnce()
{
    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    QSlider *slider = m_panel->errorRateSlider();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.01));
    QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.11));
}

void tst_ChaosPanel::spinBoxAndSliderFollowEachOther()
{
    auto *rateSpin = child<QDoubleSpinBox>(u"errorRateSpin"_s);
    QCOMPARE(rateSpin->decimals(), 1);
    QVERIFY(!rateSpin->keyboardTracking());
    rateSpin->setValue(12.5);
    QCOMPARE(m_panel->errorRateSlider()->value(), 13);
    QCOMPARE(chaos().errorRate, std::optional<double>(0.125));

    selectData(child<QComboBox>(u"latencyDistributionCombo"_s), u"fixed"_s);
    auto *latencySpin = child<QSpinBox>(u"latencySpin"_s);
    latencySpin->setValue(1234);
    QCOMPARE(m_panel->latencySlider()->value(), 1234);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(1234)));

    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    m_panel->latencySlider()->setValue(250);
    QCOMPARE(latencySpin->value(), 250);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(250)));
}

void tst_ChaosPanel::latencySpinBeyondSliderRangeIsKept()
{
    selectData(child<QComboBox>(u"latencyDistributionCombo"_s), u"fixed"_s);
    child<QSpinBox>(u"latencySpin"_s)->setValue(8000);
    QCOMPARE(m_panel->latencySlider()->value(), m_panel->latencySlider()->maximum());
    // The slider stopping at its end must not cut the typed value down.
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::fixed(8000)));
}

void tst_ChaosPanel::distributionShowsItsFields()
{
    auto *combo = child<QComboBox>(u"latencyDistributionCombo"_s);
    QWidget *fixedSlider = m_panel->latencySlider();
    QWidget *minSpin = child<QSpinBox>(u"latencyMinSpin"_s);
    QWidget *medianSpin = child<QSpinBox>(u"latencyMedianSpin"_s);
    QWidget *sigmaSpin = child<QDoubleSpinBox>(u"latencySigmaSpin"_s);
    const QWidget *panel = m_panel.get();

    QCOMPARE(combo->currentData().toString(), QString()); // none
    QVERIFY(!fixedSlider->isVisibleTo(panel));
    QVERIFY(!minSpin->isVisibleTo(panel));
    QVERIFY(!medianSpin->isVisibleTo(panel));
    QVERIFY(!chaos().latency);

    selectData(combo, u"fixed"_s);
    QVERIFY(fixedSlider->isVisibleTo(panel));
    QVERIFY(!minSpin->isVisibleTo(panel));
    QVERIFY(chaos().latency);
    QCOMPARE(chaos().latency->distribution, Latency::Distribution::Fixed);

    selectData(combo, u"uniform"_s);
    QVERIFY(!fixedSlider->isVisibleTo(panel));
    QVERIFY(minSpin->isVisibleTo(panel));
    QVERIFY(child<QSpinBox>(u"latencyMaxSpin"_s)->isVisibleTo(panel));
    QVERIFY(!medianSpin->isVisibleTo(panel));
    QCOMPARE(chaos().latency->distribution, Latency::Distribution::Uniform);
    // Raising the minimum above the maximum takes the maximum along: still a valid range.
    child<QSpinBox>(u"latencyMinSpin"_s)->setValue(700);
    QCOMPARE(chaos().latency, std::optional<Latency>(Latency::uniform(700, 700)));

    selectData(combo, u"lognormal"_s);
    QVERIFY(medianSpin->isVisibleTo(panel));
    QVERIFY(sigmaSpin->isVisibleTo(panel));
    QVERIFY(child<QSpinBox>(u"latencyCapSpin"_s)->isVisibleTo(panel));
    QVERIFY(!minSpin->isVisibleTo(panel));
    QCOMPARE(chaos().latency->distribution, Latency::Distribution::Lognormal);
    child<QDoubleSpinBox>(u"latencySigmaSpin"_s)->setValue(1.25);
    QCOMPARE(chaos().latency->sigma, 1.25);

    selectData(combo, QString());
    QVERIFY(!chaos().latency);
    QVERIFY(!medianSpin->isVisibleTo(panel));
}

void tst_ChaosPanel::errorStatusAndBodyAreServed()
{
    auto *status = child<QSpinBox>(u"errorStatusSpin"_s);
    QCOMPARE(status->value(), 503);
    QCOMPARE(status->minimum(), 100);
    QCOMPARE(status->maximum(), 599);
    QVERIFY(status->isVisibleTo(m_panel.get()));

    status->setValue(429);
    QVERIFY(chaos().error);
    QCOMPARE(chaos().error->status, 429);

    auto *body = child<QLineEdit>(u"errorBodyEdit"_s);
    body->setFocus();
    QTest::keyClicks(body, u"slow down"_s);
    QVERIFY(!chaos().error->body); // not while typing
    QTest::keyClick(body, Qt::Key_Return);
    QCOMPARE(chaos().error->body, std::optional<QString>(u"slow down"_s));

    QTest::keyClick(m_panel->errorRateSlider(), Qt::Key_End);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(u"/x"_s)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->readAll(), "slow down"_ba);
}

void tst_ChaosPanel::errorKindFault()
{
    auto *kind = child<QComboBox>(u"errorKindCombo"_s);
    QCOMPARE(kind->count(), 1 + Fault::names().size());
    QCOMPARE(kind->itemData(0).toString(), QString());
    for (const QString &name : Fault::names()) {
        QVERIFY2(kind->findData(name) > 0, qPrintable(name));
    }

    selectData(kind, u"connection-reset"_s);
    QVERIFY(chaos().error);
    QCOMPARE(chaos().error->fault.kind, Fault::Kind::ConnectionReset);
    QVERIFY(!child<QSpinBox>(u"errorStatusSpin"_s)->isVisibleTo(m_panel.get()));

    QTest::keyClick(m_panel->errorRateSlider(), Qt::Key_End);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(u"/x"_s)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);

    selectData(kind, QString());
    QVERIFY(!chaos().error); // back to the default error: nothing written
    QVERIFY(child<QSpinBox>(u"errorStatusSpin"_s)->isVisibleTo(m_panel.get()));
}

void tst_ChaosPanel::dribbleFaultHasParameters()
{
    auto *kind = child<QComboBox>(u"errorKindCombo"_s);
    auto *chunk = child<QSpinBox>(u"errorChunkBytesSpin"_s);
    auto *interval = child<QSpinBox>(u"errorIntervalSpin"_s);
    auto *bandwidth = child<QSpinBox>(u"errorBandwidthSpin"_s);
    QVERIFY(!chunk->isVisibleTo(m_panel.get()));

    selectData(kind, u"dribble"_s);
    QVERIFY(chunk->isVisibleTo(m_panel.get()));
    QVERIFY(interval->isVisibleTo(m_panel.get()));
    QVERIFY(!bandwidth->isVisibleTo(m_panel.get()));
    chunk->setValue(4);
    interval->setValue(25);
    QCOMPARE(
        chaos().error, std::optional<ChaosError>(ChaosError::withFault(Fault::dribble(4, 25))));

    selectData(kind, u"bandwidth"_s);
    QVERIFY(!chunk->isVisibleTo(m_panel.get()));
    QVERIFY(bandwidth->isVisibleTo(m_panel.get()));
    bandwidth->setValue(2048);
    QCOMPARE(
        chaos().error, std::optional<ChaosError>(ChaosError::withFault(Fault::bandwidth(2048))));
}

void tst_ChaosPanel::seedCheckSetsAndClearsSeed()
{
    auto *check = child<QCheckBox>(u"seedCheck"_s);
    auto *seed = child<QDoubleSpinBox>(u"seedSpin"_s);
    QVERIFY(!check->isChecked());
    QVERIFY(!seed->isEnabled());

    check->click();
    QVERIFY(seed->isEnabled());
    QCOMPARE(chaos().seed, std::optional<quint64>(quint64(seed->value())));

    seed->setValue(123456789012.0); // beyond a 32-bit spin box
    QCOMPARE(chaos().seed, std::optional<quint64>(123456789012ull));

    check->click();
    QVERIFY(!chaos().seed);
    QVERIFY(!seed->isEnabled());
}

void tst_ChaosPanel::externalChangeUpdatesWidgetsWithoutEdit()
{
    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    Chaos outside;
    outside.latency = Latency::lognormal(120, 0.75, 3000);
    outside.errorRate = 0.25;
    outside.error = ChaosError::withFault(Fault::dribble(3, 40));
    outside.seed = 9;
    QVERIFY(m_document->setChaos(outside, u"from elsewhere"_s));
    QCOMPARE(changed.count(), 1);

    QCOMPARE(
        child<QComboBox>(u"latencyDistributionCombo"_s)->currentData().toString(), u"lognormal"_s);
    QCOMPARE(child<QSpinBox>(u"latencyMedianSpin"_s)->value(), 120);
    QCOMPARE(child<QDoubleSpinBox>(u"latencySigmaSpin"_s)->value(), 0.75);
    QCOMPARE(child<QSpinBox>(u"latencyCapSpin"_s)->value(), 3000);
    QCOMPARE(m_panel->errorRateSlider()->value(), 25);
    QCOMPARE(child<QDoubleSpinBox>(u"errorRateSpin"_s)->value(), 25.0);
    QCOMPARE(child<QComboBox>(u"errorKindCombo"_s)->currentData().toString(), u"dribble"_s);
    QCOMPARE(child<QSpinBox>(u"errorChunkBytesSpin"_s)->value(), 3);
    QCOMPARE(child<QSpinBox>(u"errorIntervalSpin"_s)->value(), 40);
    QVERIFY(child<QCheckBox>(u"seedCheck"_s)->isChecked());
    QCOMPARE(child<QDoubleSpinBox>(u"seedSpin"_s)->value(), 9.0);

    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1); // showing it did not edit it back
    QCOMPARE(chaos(), outside);
}

void tst_ChaosPanel::resetClearsWidgets()
{
    QTest::keyClick(m_panel->errorRateSlider(), Qt::Key_End);
    child<QCheckBox>(u"seedCheck"_s)->click();
    QVERIFY(chaos().seed);

    QSignalSpy changed(m_document.get(), &RouteSetDocument::changed);
    m_document->reset(); // File > New
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_panel->errorRateSlider()->value(), 0);
    QVERIFY(!child<QCheckBox>(u"seedCheck"_s)->isChecked());
    QCOMPARE(child<QComboBox>(u"latencyDistributionCombo"_s)->currentData().toString(), QString());
    QVERIFY(chaos().isEmpty());
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(tst_ChaosPanel)
#include "tst_chaospanel.moc"
