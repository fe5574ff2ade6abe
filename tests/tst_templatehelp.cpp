// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateHelpPanel.h"
#include "engine/JsTemplateRenderer.h"
#include "engine/TemplateHelp.h"
#include "engine/TemplateState.h"
#include "http/HttpRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

/// The help panel's example request (resources/templates/README.md): GET /users/42?page=2,
/// Host localhost:3000, body {"name":"Ada"}, on the route /users/{id:int}.
HttpRequest exampleRequest()
{
    HttpRequest r;
    r.method = "GET";
    r.setTarget("/users/42?page=2");
    r.headers = { { "Host", "localhost:3000" }, { "Content-Type", "application/json" } };
    r.body = R"({"name":"Ada"})";
    r.peerAddress = u"127.0.0.1"_s;
    r.localPort = 3000;
    return r;
}

/// The state the JS catalogue's data example reads: a store "users" of two records.
class ExampleState : public TemplateState
{
public:
    std::optional<QJsonValue> data(const QString &name) const override
    {
        if (name != u"users") {
            return std::nullopt;
        }
        return QJsonArray { QJsonObject { { u"id"_s, 1 } }, QJsonObject { { u"id"_s, 2 } } };
    }
    void setData(const QString &, const QJsonValue &) override { }
    std::optional<QJsonValue> globalVar(const QString &) const override { return std::nullopt; }
    void setGlobalVar(const QString &, const QJsonValue &) override { }
};

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> found =
        tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

/// Entry rows the tree shows (group rows left out).
QStringList shownNames(QTreeWidget *tree)
{
    QStringList names;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (!group->isHidden() && !group->child(c)->isHidden()) {
                names.append(group->child(c)->text(0));
            }
        }
    }
    return names;
}

} // namespace

class tst_TemplateHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsJsCatalogue();
    void noneHasNoCatalogue();
    void everyDialectCatalogueLoads();
    void refusesBadEntries_data();
    void refusesBadEntries();
    void jsExamplesRenderTheirOutput_data();
    void jsExamplesRenderTheirOutput();
    void panelListsTheDialectsEntriesGrouped();
    void panelFiltersEntries();
    void panelInsertsExampleOnEnterAndDoubleClick();
    void panelShowsEntryDetails();
};

void tst_TemplateHelp::loadsJsCatalogue()
{
    QString error;
    const QList<TemplateHelpEntry> entries =
        TemplateHelp::load(TemplateDialect::JavaScript, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const TemplateHelpEntry &e : entries) {
        names.append(e.name);
        QVERIFY2(!e.group.isEmpty() && !e.description.isEmpty() && !e.example.isEmpty(),
            qPrintable(e.name));
    }
    // What DESIGN.md §2, §9 and §10 give a JavaScript template.
    for (const QString &name :
        { u"params"_s, u"query"_s, u"headers"_s, u"body"_s, u"json"_s, u"method"_s, u"path"_s,
            u"uuid"_s, u"randomInt"_s, u"now"_s, u"data"_s, u"faker.person.firstName"_s }) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
}

void tst_TemplateHelp::noneHasNoCatalogue()
{
    QString error = u"stale"_s;
    QVERIFY(TemplateHelp::load(TemplateDialect::None, &error).isEmpty());
    QVERIFY(TemplateHelp::resourcePath(TemplateDialect::None).isEmpty());
    QCOMPARE(TemplateHelp::resourcePath(TemplateDialect::WireMock),
        u":/mockbench/templates/wiremock-help.json"_s);
}

void tst_TemplateHelp::everyDialectCatalogueLoads()
{
    // The Mockoon and WireMock catalogues may still be short; whatever they hold must read.
    for (TemplateDialect dialect : { TemplateDialect::Mockoon, TemplateDialect::WireMock }) {
        QString error;
        TemplateHelp::load(dialect, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void tst_TemplateHelp::refusesBadEntries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("kept");

    const QByteArray good =
        R"({"name": "uuid", "kind": "helper", "group": "Helpers", "example": "{{uuid}}"})";
    QTest::addRow("not json") << QByteArray("[{") << u"at offset"_s << 0;
    QTest::addRow("not an array") << QByteArray("{}") << u"must be a JSON array"_s << 0;
    QTest::addRow("entry not an object")
        << QByteArray("[" + good + ", 3]") << u"[1]: an entry must be an object"_s << 1;
    QTest::addRow("name missing") << QByteArray(
        R"([{"kind": "value", "group": "G"}, )" + good + "]")
                                  << u"[0].name: missing"_s << 1;
    QTest::addRow("name not text") << QByteArray(R"([{"name": 1, "kind": "value", "group": "G"}])")
                                   << u"[0].name: must be a non-empty string"_s << 0;
    QTest::addRow("unknown kind") << QByteArray(good.left(good.size() - 1)
        + "}, {\"name\": \"x\", \"kind\": \"macro\", "
          "\"group\": \"G\"}]")
                                         .prepend('[')
                                  << u"[1].kind: \"macro\" is none of"_s << 1;
}

void tst_TemplateHelp::refusesBadEntries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(int, kept);

    QStringList errors;
    const QList<TemplateHelpEntry> entries = TemplateHelp::fromJson(json, &errors);
    QCOMPARE(entries.size(), kept);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(error), qPrintable(errors.first()));
}

void tst_TemplateHelp::jsExamplesRenderTheirOutput_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("output");
    for (const TemplateHelpEntry &e : TemplateHelp::load(TemplateDialect::JavaScript)) {
        QTest::addRow("%s", qPrintable(e.name)) << e.example << e.output;
    }
}

void tst_TemplateHelp::jsExamplesRenderTheirOutput()
{
    QFETCH(QString, example);
    QFETCH(QString, output);

    // As the README says: seed 1, one renderer per example (each starts the sequence anew).
    JsTemplateRenderer renderer;
    renderer.setTimeout(5000);
    renderer.setRandomSeed(1);
    renderer.setState(std::make_shared<ExampleState>());
    const auto tmpl = renderer.compile(example);
    const RenderResult result =
        renderer.render(*tmpl, exampleRequest(), { { u"id"_s, u"42"_s, true } });
    QVERIFY2(result.ok(), qPrintable(result.error));
    if (qstrcmp(QTest::currentDataTag(), "now") == 0) {
        // The JavaScript dialect's clock is the real one: the form, not the value.
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                     .match(QString::fromUtf8(result.text))
                     .hasMatch(),
            result.text.constData());
        return;
    }
    QCOMPARE(QString::fromUtf8(result.text), output);
}

void tst_TemplateHelp::panelListsTheDialectsEntriesGrouped()
{
    TemplateHelpPanel panel;
    panel.show();
    auto *tree = panel.findChild<QTreeWidget *>(u"helpTree"_s);
    QVERIFY(tree);

    panel.setDialect(TemplateDialect::JavaScript);
    const QList<TemplateHelpEntry> expected = TemplateHelp::load(TemplateDialect::JavaScript);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(panel.entries(), expected);
    QStringList names;
    for (const TemplateHelpEntry &e : expected) {
        names.append(e.name);
        QTreeWidgetItem *item = findItem(tree, e.name);
        QVERIFY2(item, qPrintable(e.name));
        QVERIFY(item->parent());
        QCOMPARE(item->parent()->text(0), e.group);
    }
    QStringList shown = shownNames(tree);
    std::sort(shown.begin(), shown.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(shown, names);

    // Another dialect lists what its catalogue has, whatever that is now.
    panel.setDialect(TemplateDialect::WireMock);
    QCOMPARE(panel.dialect(), TemplateDialect::WireMock);
    QCOMPARE(panel.entries(), TemplateHelp::load(TemplateDialect::WireMock));
    QStringList wiremockNames;
    for (const TemplateHelpEntry &e : panel.entries()) {
        wiremockNames.append(e.name);
    }
    QStringList wiremockShown = shownNames(tree);
    std::sort(wiremockNames.begin(), wiremockNames.end());
    std::sort(wiremockShown.begin(), wiremockShown.end());
    QCOMPARE(wiremockShown, wiremockNames);
    QVERIFY(!findItem(tree, u"params"_s)); // JavaScript's, not WireMock's

    panel.setDialect(TemplateDialect::None);
    QCOMPARE(shownNames(tree).size(), 0);
    QVERIFY(panel.findChild<QLabel *>(u"helpEmptyLabel"_s)->isVisible());
}

void tst_TemplateHelp::panelFiltersEntries()
{
    TemplateHelpPanel panel;
    panel.show();
    auto *tree = panel.findChild<QTreeWidget *>(u"helpTree"_s);
    auto *filter = panel.findChild<QLineEdit *>(u"helpFilterEdit"_s);
    panel.setDialect(TemplateDialect::JavaScript);

    filter->setFocus();
    QTest::keyClicks(filter, u"RANDOMI"_s);
    QCOMPARE(shownNames(tree), QStringList { u"randomInt"_s });
    // The description counts too.
    filter->clear();
    QTest::keyClicks(filter, u"percent-decoded"_s);
    QCOMPARE(shownNames(tree), QStringList { u"path"_s });

    filter->clear();
    QTest::keyClicks(filter, u"no such helper"_s);
    QVERIFY(shownNames(tree).isEmpty());
    auto *empty = panel.findChild<QLabel *>(u"helpEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"no such helper"_s), qPrintable(empty->text()));

    filter->clear();
    QCOMPARE(shownNames(tree).size(), panel.entries().size());
}

void tst_TemplateHelp::panelInsertsExampleOnEnterAndDoubleClick()
{
    TemplateHelpPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tree = panel.findChild<QTreeWidget *>(u"helpTree"_s);
    auto *filter = panel.findChild<QLineEdit *>(u"helpFilterEdit"_s);
    panel.setDialect(TemplateDialect::JavaScript);
    QSignalSpy inserted(&panel, &TemplateHelpPanel::exampleActivated);

    // Keyboard only: type in the filter, Down to the list, Enter.
    panel.focusFilter();
    QTest::keyClicks(filter, u"uuid"_s);
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentItem()->text(0), u"uuid"_s);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.takeFirst().at(0).toString(), u"{{ uuid() }}"_s);

    // A group row inserts nothing.
    filter->clear();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(inserted.count(), 0);

    QTreeWidgetItem *item = findItem(tree, u"path"_s);
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.takeFirst().at(0).toString(), u"{{ path }}"_s);

    tree->setCurrentItem(findItem(tree, u"query"_s));
    panel.findChild<QPushButton *>(u"insertExampleButton"_s)->click();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.takeFirst().at(0).toString(), u"{{ query.page }}"_s);
}

void tst_TemplateHelp::panelShowsEntryDetails()
{
    TemplateHelpPanel panel;
    panel.show();
    auto *tree = panel.findChild<QTreeWidget *>(u"helpTree"_s);
    auto *details = panel.findChild<QTextBrowser *>(u"helpDetails"_s);
    panel.setDialect(TemplateDialect::JavaScript);

    tree->setCurrentItem(findItem(tree, u"randomInt"_s));
    const QString text = details->toPlainText();
    for (const TemplateHelpEntry &e : panel.entries()) {
        if (e.name == u"randomInt") {
            QVERIFY2(text.contains(e.signature), qPrintable(text));
            QVERIFY2(text.contains(e.description), qPrintable(text));
            QVERIFY2(text.contains(e.example), qPrintable(text));
            QVERIFY2(text.contains(e.output), qPrintable(text));
        }
    }
}

QTEST_MAIN(tst_TemplateHelp)
#include "tst_templatehelp.moc"
