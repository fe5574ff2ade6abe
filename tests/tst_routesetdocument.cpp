// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RouteSetDocument as the window uses it: every kind of edit applies with the right signals
// and its inverse restores the set exactly; invalid edits are refused with the JSON path of
// the problem and change nothing; the edit sink (the undo stack) gets edits instead; files
// open, fail to open and save atomically; an attached server serves each edit at once.
#include "document/DocumentEdit.h"
#include "document/RouteSetDocument.h"
#include "format/RouteSetFormat.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

using EditFunction = std::function<bool(RouteSetDocument &, QList<FormatError> *)>;

RouteSet sampleSet()
{
    RouteSet set;
    set.name = u"Sample"_s;
    set.add(Route::get(u"/items"_s).withId(u"items"_s).respond(200, u"all items"_s));
    set.add(Route::post(u"/items"_s).withId(u"create"_s).respond(201, u"created"_s));
    set.add(Route::get(u"/users/{id:int}"_s).withId(u"user"_s).respond(200, u"a user"_s));
    return set;
}

QStringList idsOf(const RouteSet &set)
{
    QStringList ids;
    for (const Route &route : set.routes) {
        ids.append(route.id);
    }
    return ids;
}

/// Every change signal of a document, in order, with the route count when it was emitted
/// (an "about to" signal must come while the set is still the old one).
class SignalLog
{
public:
    explicit SignalLog(RouteSetDocument *document)
        : m_document(document)
    {
        auto log = [this](const QString &what) {
            m_entries.append(what + u'@' + QString::number(m_document->routeCount()));
        };
        auto row = [](const char *name, int r) -> QString {
            return QString::fromLatin1(name) + u'(' + QString::number(r) + u')';
        };
        auto move = [](const char *name, int from, int to) -> QString {
            return QString::fromLatin1(name) + u'(' + QString::number(from) + u','
                + QString::number(to) + u')';
        };
        m_connections = {
            QObject::connect(document, &RouteSetDocument::routeAboutToBeInserted,
                [=](int r) { log(row("routeAboutToBeInserted", r)); }),
            QObject::connect(document, &RouteSetDocument::routeInserted,
                [=](int r) { log(row("routeInserted", r)); }),
            QObject::connect(document, &RouteSetDocument::routeAboutToBeRemoved,
                [=](int r) { log(row("routeAboutToBeRemoved", r)); }),
            QObject::connect(document, &RouteSetDocument::routeRemoved,
                [=](int r) { log(row("routeRemoved", r)); }),
            QObject::connect(document, &RouteSetDocument::routeAboutToBeMoved,
                [=](int f, int t) { log(move("routeAboutToBeMoved", f, t)); }),
            QObject::connect(document, &RouteSetDocument::routeMoved,
                [=](int f, int t) { log(move("routeMoved", f, t)); }),
            QObject::connect(document, &RouteSetDocument::routeChanged,
                [=](int r) { log(row("routeChanged", r)); }),
            QObject::connect(
                document, &RouteSetDocument::aboutToBeReset, [=] { log(u"aboutToBeReset"_s); }),
            QObject::connect(document, &RouteSetDocument::wasReset, [=] { log(u"wasReset"_s); }),
            QObject::connect(
                document, &RouteSetDocument::chaosChanged, [=] { log(u"chaosChanged"_s); }),
            QObject::connect(
                document, &RouteSetDocument::nameChanged, [=] { log(u"nameChanged"_s); }),
            QObject::connect(document, &RouteSetDocument::changed, [=] { log(u"changed"_s); }),
        };
    }
    ~SignalLog()
    {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
            QObject::disconnect(connection);
        }
    }
    Q_DISABLE_COPY_MOVE(SignalLog)

    QStringList take() { return std::exchange(m_entries, {}); }

private:
    RouteSetDocument *m_document;
    QStringList m_entries;
    QList<QMetaObject::Connection> m_connections;
};

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer fetch(QNetworkAccessManager &nam, const MockServer &server, const QString &path,
    const QByteArray &verb = "GET")
{
    std::unique_ptr<QNetworkReply> reply(
        nam.sendCustomRequest(QNetworkRequest(server.baseUrl().resolved(QUrl(path))), verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(WaitMs)) {
        return {};
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

} // namespace

Q_DECLARE_METATYPE(EditFunction)
Q_DECLARE_METATYPE(MockBench::RouteSet)

class tst_RouteSetDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachEditAppliesAndItsInverseRestores_data();
    void eachEditAppliesAndItsInverseRestores();
    void undoingEditsInReverseOrderRestoresTheSet();
    void refusesInvalidEditWithItsPath_data();
    void refusesInvalidEditWithItsPath();
    void refusesEditsThatDoNotFit();
    void ignoresProblemsTheSetAlreadyHas();
    void insertAssignsUniqueIds();
    void replaceAllGivesMissingIds();
    void sinkReceivesEditsInsteadOfApplying();
    void tracksModifiedFlag();
    void openOfBadFileKeepsCurrentSet_data();
    void openOfBadFileKeepsCurrentSet();
    void saveAsThenOpenRoundTrips();
    void saveAsToUnwritablePathKeepsDocument();
    void attachedServerServesEditsAtOnce();
};

void tst_RouteSetDocument::eachEditAppliesAndItsInverseRestores_data()
{
    QTest::addColumn<EditFunction>("edit");
    QTest::addColumn<RouteSet>("expected");
    QTest::addColumn<QStringList>("emitted");

    const RouteSet sample = sampleSet();

    {
        RouteSet expected = sample;
        expected.routes[1].responses[0].status = 409;
        expected.routes[1].enabled = false;
        QTest::addRow("update route") << EditFunction(
            [](RouteSetDocument &d, QList<FormatError> *errors) {
                Route route = d.route(1);
                route.responses[0].status = 409;
                route.enabled = false;
                return d.updateRoute(1, route, u"Change status"_s, errors);
            }) << expected << QStringList { u"routeChanged(1)@3"_s, u"changed@3"_s };
    }
    {
        const Route added = Route::get(u"/new"_s).withId(u"new"_s).respond(204);
        RouteSet expected = sample;
        expected.routes.insert(1, added);
        QTest::addRow("insert route in the middle")
            << EditFunction([added](RouteSetDocument &d, QList<FormatError> *errors) {
                   return d.insertRoute(1, added, u"Add route"_s, errors);
               })
            << expected
            << QStringList { u"routeAboutToBeInserted(1)@3"_s, u"routeInserted(1)@4"_s,
                   u"changed@4"_s };
    }
    {
        const Route added = Route::get(u"/last"_s).withId(u"last"_s).respond(200);
        RouteSet expected = sample;
        expected.routes.append(added);
        QTest::addRow("insert route out of range appends")
            << EditFunction([added](RouteSetDocument &d, QList<FormatError> *errors) {
                   return d.insertRoute(-1, added, u"Add route"_s, errors);
               })
            << expected
            << QStringList { u"routeAboutToBeInserted(3)@3"_s, u"routeInserted(3)@4"_s,
                   u"changed@4"_s };
    }
    {
        RouteSet expected = sample;
        expected.routes.removeAt(0);
        QTest::addRow("remove route")
            << EditFunction([](RouteSetDocument &d, QList<FormatError> *) {
                   return d.removeRoute(0, u"Remove route"_s);
               })
            << expected
            << QStringList { u"routeAboutToBeRemoved(0)@3"_s, u"routeRemoved(0)@2"_s,
                   u"changed@2"_s };
    }
    {
        RouteSet expected = sample;
        expected.routes = { sample.routes[1], sample.routes[2], sample.routes[0] };
        QTest::addRow("move route down to the end")
            << EditFunction([](RouteSetDocument &d, QList<FormatError> *) {
                   return d.moveRoute(0, 2, u"Move route"_s);
               })
            << expected
            << QStringList { u"routeAboutToBeMoved(0,2)@3"_s, u"routeMoved(0,2)@3"_s,
                   u"changed@3"_s };
    }
    {
        RouteSet expected = sample;
        expected.routes = { sample.routes[0], sample.routes[2], sample.routes[1] };
        QTest::addRow("move route up by one")
            << EditFunction([](RouteSetDocument &d, QList<FormatError> *) {
                   return d.moveRoute(2, 1, u"Move route"_s);
               })
            << expected
            << QStringList { u"routeAboutToBeMoved(2,1)@3"_s, u"routeMoved(2,1)@3"_s,
                   u"changed@3"_s };
    }
    {
        Chaos chaos;
        chaos.latency = Latency::fixed(120);
        chaos.errorRate = 0.25;
        chaos.error = ChaosError::withStatus(502);
        chaos.seed = 7;
        RouteSet expected = sample;
        expected.chaos = chaos;
        QTest::addRow("set chaos") << EditFunction(
            [chaos](RouteSetDocument &d, QList<FormatError> *errors) {
                return d.setChaos(chaos, u"Change chaos"_s, errors);
            }) << expected << QStringList { u"chaosChanged@3"_s, u"changed@3"_s };
    }
    {
        RouteSet expected = sample;
        expected.name = u"Renamed"_s;
        QTest::addRow("set name") << EditFunction([](RouteSetDocument &d, QList<FormatError> *) {
            return d.setName(u"Renamed"_s, u"Rename"_s);
        }) << expected << QStringList { u"nameChanged@3"_s, u"changed@3"_s };
    }
    {
        RouteSet other;
        other.name = u"Other"_s;
        other.chaos.errorRate = 0.5;
        other.add(Route::del(u"/things/{id}"_s).withId(u"gone"_s).respond(204));
        QTest::addRow("replace all")
            << EditFunction([other](RouteSetDocument &d, QList<FormatError> *errors) {
                   return d.replaceAll(other, u"Import"_s, errors);
               })
            << other
            << QStringList { u"aboutToBeReset@3"_s, u"wasReset@1"_s, u"chaosChanged@1"_s,
                   u"nameChanged@1"_s, u"changed@1"_s };
    }
}

void tst_RouteSetDocument::eachEditAppliesAndItsInverseRestores()
{
    QFETCH(EditFunction, edit);
    QFETCH(RouteSet, expected);
    QFETCH(QStringList, emitted);
    const RouteSet sample = sampleSet();

    // Without a sink: applied at once.
    {
        RouteSetDocument document;
        document.reset(sample);
        SignalLog log(&document);
        QList<FormatError> errors;
        QVERIFY(edit(document, &errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(document.routeSet(), expected);
        QCOMPARE(log.take(), emitted);
        QVERIFY(document.isModified());
    }

    // With a sink, as the undo stack does it: redo applies the edit, undo its inverse.
    RouteSetDocument document;
    document.reset(sample);
    QList<DocumentEdit> received;
    document.setEditSink([&received](const DocumentEdit &e) { received.append(e); });
    SignalLog log(&document);
    QVERIFY(edit(document, nullptr));
    QCOMPARE(received.size(), 1);
    QCOMPARE(document.routeSet(), sample);
    QVERIFY(log.take().isEmpty());

    document.apply(received.first());
    QCOMPARE(document.routeSet(), expected);
    QCOMPARE(log.take(), emitted);

    document.apply(received.first().inverted());
    QCOMPARE(document.routeSet(), sample);
    QVERIFY(!log.take().isEmpty());

    // And redo once more, as after undo + redo.
    document.apply(received.first());
    QCOMPARE(document.routeSet(), expected);
    QCOMPARE(log.take(), emitted);
}

void tst_RouteSetDocument::undoingEditsInReverseOrderRestoresTheSet()
{
    RouteSetDocument document;
    const RouteSet sample = sampleSet();
    document.reset(sample);
    QList<DocumentEdit> stack;
    document.setEditSink([&](const DocumentEdit &e) {
        stack.append(e);
        document.apply(e);
    });

    Route changed = document.route(2);
    changed.path = u"/people/{id:int}"_s;
    QVERIFY(document.updateRoute(2, changed, u"Change path"_s));
    QVERIFY(document.insertRoute(0, Route::put(u"/items/{id}"_s).respond(200), u"Add"_s));
    QVERIFY(document.moveRoute(0, 3, u"Move"_s));
    QVERIFY(document.removeRoute(1, u"Remove"_s));
    Chaos chaos;
    chaos.latency = Latency::uniform(10, 20);
    QVERIFY(document.setChaos(chaos, u"Chaos"_s));
    QVERIFY(document.setName(u"Edited"_s, u"Rename"_s));
    QCOMPARE(stack.size(), 6);
    const RouteSet edited = document.routeSet();
    QCOMPARE(idsOf(edited), (QStringList { u"items"_s, u"user"_s, u"route"_s }));
    QCOMPARE(edited.routes[1].path, u"/people/{id:int}"_s);

    for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
        document.apply(it->inverted());
    }
    QCOMPARE(document.routeSet(), sample);

    for (const DocumentEdit &e : std::as_const(stack)) {
        document.apply(e);
    }
    QCOMPARE(document.routeSet(), edited);
}

void tst_RouteSetDocument::refusesInvalidEditWithItsPath_data()
{
    QTest::addColumn<EditFunction>("edit");
    QTest::addColumn<QString>("path");

    auto update = [](int row, std::function<void(Route &)> change) {
        return EditFunction([row, change](RouteSetDocument &d, QList<FormatError> *errors) {
            Route route = d.route(row);
            change(route);
            return d.updateRoute(row, route, u"Edit"_s, errors);
        });
    };

    QTest::addRow("bad path template")
        << update(0, [](Route &r) { r.path = u"/a/{x:regex("_s; }) << u"routes[0].path"_s;
    QTest::addRow("status 42") << update(1, [](Route &r) { r.responses[0].status = 42; })
                               << u"routes[1].responses[0].status"_s;
    QTest::addRow("duplicate id on update")
        << update(0, [](Route &r) { r.id = u"user"_s; }) << u"routes[0].id"_s;
    QTest::addRow("duplicate id later in the set")
        << update(2, [](Route &r) { r.id = u"items"_s; }) << u"routes[2].id"_s;
    QTest::addRow("empty id on update")
        << update(1, [](Route &r) { r.id.clear(); }) << u"routes[1].id"_s;
    QTest::addRow("method with a space")
        << update(0, [](Route &r) { r.method = u"GE T"_s; }) << u"routes[0].method"_s;
    QTest::addRow("no response") << update(0, [](Route &r) { r.responses.clear(); })
                                 << u"routes[0].responses"_s;
    QTest::addRow("insert with bad path") << EditFunction(
        [](RouteSetDocument &d, QList<FormatError> *errors) {
            return d.insertRoute(1, Route::get(u"/a/{x:regex("_s).respond(200), u"Add"_s, errors);
        }) << u"routes[1].path"_s;
    QTest::addRow("chaos error rate above 1") << EditFunction(
        [](RouteSetDocument &d, QList<FormatError> *errors) {
            Chaos chaos;
            chaos.errorRate = 1.5;
            return d.setChaos(chaos, u"Chaos"_s, errors);
        }) << u"chaos.errorRate"_s;
    QTest::addRow("replace all with a bad route") << EditFunction(
        [](RouteSetDocument &d, QList<FormatError> *errors) {
            RouteSet set;
            set.add(Route::get(u"/ok"_s).respond(200));
            set.add(Route::get(u"/bad"_s).respond(1000));
            return d.replaceAll(set, u"Import"_s, errors);
        }) << u"routes[1].responses[0].status"_s;
}

void tst_RouteSetDocument::refusesInvalidEditWithItsPath()
{
    QFETCH(EditFunction, edit);
    QFETCH(QString, path);

    for (const bool withSink : { false, true }) {
        RouteSetDocument document;
        document.reset(sampleSet());
        int sunk = 0;
        if (withSink) {
            document.setEditSink([&sunk](const DocumentEdit &) { ++sunk; });
        }
        SignalLog log(&document);
        QSignalSpy modified(&document, &RouteSetDocument::modifiedChanged);

        QList<FormatError> errors;
        QVERIFY(!edit(document, &errors));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().path, path);
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(document.routeSet(), sampleSet());
        QVERIFY(log.take().isEmpty());
        QCOMPARE(sunk, 0);
        QVERIFY(!document.isModified());
        QCOMPARE(modified.count(), 0);
    }
}

void tst_RouteSetDocument::refusesEditsThatDoNotFit()
{
    RouteSetDocument document;
    document.reset(sampleSet());
    SignalLog log(&document);

    QVERIFY(!document.updateRoute(3, Route::get(u"/x"_s).respond(200), u"Edit"_s));
    QVERIFY(!document.updateRoute(-1, Route::get(u"/x"_s).respond(200), u"Edit"_s));
    QVERIFY(!document.removeRoute(3, u"Remove"_s));
    QVERIFY(!document.moveRoute(0, 3, u"Move"_s));
    QVERIFY(!document.moveRoute(-1, 0, u"Move"_s));

    DocumentEdit move;
    move.kind = DocumentEdit::Kind::MoveRoute;
    move.row = 1;
    move.toRow = 1;
    QList<FormatError> errors;
    QVERIFY(!document.submit(move, &errors));
    QVERIFY(!errors.isEmpty());

    DocumentEdit remove;
    remove.kind = DocumentEdit::Kind::RemoveRoute;
    remove.row = 7;
    QVERIFY(!document.check(remove).isEmpty());
    QVERIFY(!document.submit(remove));
    // An undo command applied out of turn must not crash nor emit half a change.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not fit"_s));
    document.apply(remove);

    QCOMPARE(document.routeSet(), sampleSet());
    QVERIFY(log.take().isEmpty());
    QVERIFY(!document.isModified());

    // Edits that change nothing succeed without an edit to undo.
    int sunk = 0;
    document.setEditSink([&sunk](const DocumentEdit &) { ++sunk; });
    QVERIFY(document.moveRoute(1, 1, u"Move"_s));
    QVERIFY(document.updateRoute(1, document.route(1), u"Edit"_s));
    QVERIFY(document.setName(u"Sample"_s, u"Rename"_s));
    QVERIFY(document.setChaos(Chaos(), u"Chaos"_s));
    QCOMPARE(sunk, 0);
}

void tst_RouteSetDocument::ignoresProblemsTheSetAlreadyHas()
{
    // A body file deleted after the set was opened makes the set invalid; editing another
    // route, or removing the broken one, must still work.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile body(dir.filePath(u"body.txt"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("from a file");
    body.close();

    RouteSet set = sampleSet();
    Response fromFile;
    fromFile.bodySource = Response::BodySource::File;
    fromFile.bodyFile = u"body.txt"_s;
    set.add(Route::get(u"/file"_s).withId(u"file"_s).respond(fromFile));
    const QString path = dir.filePath(u"set.json"_s);
    QVERIFY(RouteSetFormat::writeFile(set, path));

    RouteSetDocument document;
    QVERIFY(document.open(path));
    QVERIFY(QFile::remove(dir.filePath(u"body.txt"_s)));

    Route changed = document.route(0);
    changed.responses[0].status = 202;
    QList<FormatError> errors;
    QVERIFY2(document.updateRoute(0, changed, u"Edit"_s, &errors),
        qPrintable(errors.value(0).toString()));
    QCOMPARE(document.route(0).responses[0].status, 202);

    // A new problem is still refused.
    changed.responses[0].status = 42;
    QVERIFY(!document.updateRoute(0, changed, u"Edit"_s, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, u"routes[0].responses[0].status"_s);

    QVERIFY(document.removeRoute(3, u"Remove"_s));
    QCOMPARE(document.routeCount(), 3);
}

void tst_RouteSetDocument::insertAssignsUniqueIds()
{
    RouteSetDocument document;
    document.reset(sampleSet());

    const auto insert = [&document](const QString &id) {
        Route route = Route::get(u"/r"_s).respond(200);
        route.id = id;
        if (!document.insertRoute(-1, route, u"Add"_s)) {
            return u"<refused>"_s;
        }
        return document.route(document.routeCount() - 1).id;
    };
    QCOMPARE(insert(QString()), u"route"_s);
    QCOMPARE(insert(QString()), u"route-2"_s);
    QCOMPARE(insert(u"items"_s), u"items-2"_s);
    QCOMPARE(insert(u"items"_s), u"items-3"_s);
    QCOMPARE(insert(u"fresh"_s), u"fresh"_s);
    QCOMPARE(insert(u"route"_s), u"route-3"_s);

    const QStringList ids = idsOf(document.routeSet());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

    // Through the sink too: the edit carries the id it will insert with.
    QList<DocumentEdit> received;
    document.setEditSink([&received](const DocumentEdit &e) { received.append(e); });
    QVERIFY(document.insertRoute(0, Route::get(u"/s"_s).withId(u"user"_s).respond(200), u"Add"_s));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().after.id, u"user-2"_s);
    QCOMPARE(received.first().row, 0);
}

void tst_RouteSetDocument::replaceAllGivesMissingIds()
{
    RouteSetDocument document;
    RouteSet set;
    Route a = Route::get(u"/a"_s).respond(200);
    Route b = Route::get(u"/b"_s).withId(u"route-1"_s).respond(200);
    set.routes = { a, b };
    QVERIFY(document.replaceAll(set, u"Import"_s));
    QCOMPARE(idsOf(document.routeSet()), (QStringList { u"route-1-2"_s, u"route-1"_s }));
}

void tst_RouteSetDocument::sinkReceivesEditsInsteadOfApplying()
{
    RouteSetDocument document;
    document.reset(sampleSet());
    QList<DocumentEdit> received;
    document.setEditSink([&received](const DocumentEdit &e) { received.append(e); });
    QSignalSpy changed(&document, &RouteSetDocument::changed);

    Route route = document.route(0);
    route.path = u"/goods"_s;
    QVERIFY(document.updateRoute(0, route, u"Change path of GET /items"_s));
    QCOMPARE(received.size(), 1);
    const DocumentEdit &edit = received.first();
    QCOMPARE(edit.kind, DocumentEdit::Kind::UpdateRoute);
    QCOMPARE(edit.row, 0);
    QCOMPARE(edit.before, sampleSet().routes[0]);
    QCOMPARE(edit.after, route);
    QCOMPARE(edit.text, u"Change path of GET /items"_s);
    QCOMPARE(document.route(0).path, u"/items"_s);
    QCOMPARE(changed.count(), 0);
    // The undo stack tracks its clean state; the document does not guess.
    QVERIFY(!document.isModified());

    // Without a sink again: applied at once.
    document.setEditSink(nullptr);
    QVERIFY(document.updateRoute(0, route, u"Change path"_s));
    QCOMPARE(document.route(0).path, u"/goods"_s);
    QCOMPARE(received.size(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_RouteSetDocument::tracksModifiedFlag()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RouteSetDocument document;
    QSignalSpy modified(&document, &RouteSetDocument::modifiedChanged);
    QVERIFY(!document.isModified());

    QVERIFY(document.setName(u"Named"_s, u"Rename"_s));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);

    QVERIFY(document.insertRoute(-1, Route::get(u"/a"_s).respond(200), u"Add"_s));
    QCOMPARE(modified.count(), 1); // already modified: no repeat

    QVERIFY(document.saveAs(dir.filePath(u"a.json"_s)));
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);

    QVERIFY(document.setName(u"Named"_s, u"Rename"_s)); // no change: still saved
    QVERIFY(!document.isModified());

    document.setModified(true);
    QVERIFY(document.isModified());
    document.reset();
    QVERIFY(!document.isModified());
    QCOMPARE(document.routeCount(), 0);
    QVERIFY(document.filePath().isEmpty());
}

void tst_RouteSetDocument::openOfBadFileKeepsCurrentSet_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("errorPart");

    QTest::addRow("missing file") << QByteArray() << QString();
    QTest::addRow("not JSON") << QByteArray("{ \"routes\": [") << u"invalid JSON"_s;
    QTest::addRow("status 42") << QByteArray(
        "{\"mockbench\": 1, \"routes\": [{\"method\": \"GET\", \"path\": \"/a\","
        " \"responses\": [{\"status\": 42}]}]}")
                               << u"routes[0].responses[0].status"_s;
}

void tst_RouteSetDocument::openOfBadFileKeepsCurrentSet()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(u"good.json"_s);
    QVERIFY(RouteSetFormat::writeFile(sampleSet(), good));
    const QString bad = dir.filePath(u"bad.json"_s);
    if (!content.isEmpty()) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    RouteSetDocument document;
    QVERIFY(document.open(good));
    Route route = document.route(0);
    route.path = u"/unsaved"_s;
    QVERIFY(document.updateRoute(0, route, u"Edit"_s));
    const RouteSet before = document.routeSet();
    SignalLog log(&document);
    QSignalSpy pathChanged(&document, &RouteSetDocument::filePathChanged);

    FormatErrors errors;
    QVERIFY(!document.open(bad, &errors));
    QVERIFY(!errors.isEmpty());
    const QString text = toStringList(errors).join(u'\n');
    if (!errorPart.isEmpty()) {
        QVERIFY2(text.contains(errorPart), qPrintable(text));
    }
    QCOMPARE(document.routeSet(), before);
    QCOMPARE(document.filePath(), QFileInfo(good).absoluteFilePath());
    QVERIFY(document.isModified());
    QVERIFY(log.take().isEmpty());
    QCOMPARE(pathChanged.count(), 0);
}

void tst_RouteSetDocument::saveAsThenOpenRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RouteSet set = sampleSet();
    set.chaos.latency = Latency::lognormal(80, 0.5, 400);
    set.chaos.seed = 42;
    set.routes[1].chaos.errorRate = 0.1;

    RouteSetDocument document;
    document.reset(set);
    document.setModified(true);
    QSignalSpy pathChanged(&document, &RouteSetDocument::filePathChanged);

    QString error;
    QVERIFY(!document.save(&error)); // no file yet
    QVERIFY(!error.isEmpty());

    const QString path = dir.filePath(u"sub/../set.json"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    const QString absolute = QFileInfo(dir.filePath(u"set.json"_s)).absoluteFilePath();
    QCOMPARE(QFileInfo(document.filePath()).canonicalFilePath(),
        QFileInfo(absolute).canonicalFilePath());
    QCOMPARE(pathChanged.count(), 1);
    QVERIFY(!document.isModified());
    QCOMPARE(QDir(document.routeSet().baseDir).canonicalPath(), QDir(dir.path()).canonicalPath());
    // Atomic: only the file itself, no temporary left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"set.json"_s });

    RouteSetDocument reopened;
    FormatErrors errors;
    QVERIFY2(reopened.open(absolute, &errors), qPrintable(toStringList(errors).join(u'\n')));
    QCOMPARE(reopened.routeSet(), set);
    QCOMPARE(reopened.filePath(), absolute);
    QVERIFY(!reopened.isModified());

    // save() writes edits to the same file.
    QVERIFY(reopened.setName(u"Second"_s, u"Rename"_s));
    QVERIFY(reopened.save(&error));
    QCOMPARE(RouteSetFormat::readFile(absolute).routeSet.name, u"Second"_s);
}

void tst_RouteSetDocument::saveAsToUnwritablePathKeepsDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RouteSetDocument document;
    document.reset(sampleSet());
    QVERIFY(document.setName(u"Changed"_s, u"Rename"_s));
    QSignalSpy pathChanged(&document, &RouteSetDocument::filePathChanged);

    QString error;
    QVERIFY(!document.saveAs(dir.filePath(u"no/such/folder/set.json"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(pathChanged.count(), 0);
}

void tst_RouteSetDocument::attachedServerServesEditsAtOnce()
{
    auto server = std::make_unique<MockServer>();
    QVERIFY(server->listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager nam;

    RouteSetDocument document;
    document.reset(sampleSet());
    QCOMPARE(fetch(nam, *server, u"/items"_s).status, 404); // not attached yet

    document.attachServer(server.get());
    QCOMPARE(document.server(), server.get());
    Answer answer = fetch(nam, *server, u"/items"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("all items"));

    Route route = document.route(0);
    route.responses[0] = Response::text(418, u"teapot"_s);
    QVERIFY(document.updateRoute(0, route, u"Edit"_s));
    answer = fetch(nam, *server, u"/items"_s);
    QCOMPARE(answer.status, 418);
    QCOMPARE(answer.body, QByteArray("teapot"));

    QVERIFY(document.insertRoute(0, Route::get(u"/new"_s).respond(200, u"new"_s), u"Add"_s));
    QCOMPARE(fetch(nam, *server, u"/new"_s).body, QByteArray("new"));

    route.enabled = false;
    QVERIFY(document.updateRoute(1, route, u"Disable"_s));
    QCOMPARE(fetch(nam, *server, u"/items"_s).status, 404);

    QVERIFY(document.removeRoute(0, u"Remove"_s));
    QCOMPARE(fetch(nam, *server, u"/new"_s).status, 404);

    Chaos chaos;
    chaos.errorRate = 1.0;
    chaos.error = ChaosError::withStatus(503, u"down"_s);
    QVERIFY(document.setChaos(chaos, u"Chaos"_s));
    QCOMPARE(fetch(nam, *server, u"/users/1"_s).status, 503);
    QVERIFY(document.setChaos(Chaos(), u"Chaos"_s));
    QCOMPARE(fetch(nam, *server, u"/users/1"_s).status, 200);

    // An edit held by the sink is served only once applied.
    QList<DocumentEdit> held;
    document.setEditSink([&held](const DocumentEdit &e) { held.append(e); });
    QVERIFY(document.insertRoute(-1, Route::get(u"/later"_s).respond(200), u"Add"_s));
    QCOMPARE(fetch(nam, *server, u"/later"_s).status, 404);
    document.apply(held.first());
    QCOMPARE(fetch(nam, *server, u"/later"_s).status, 200);
    document.apply(held.first().inverted());
    QCOMPARE(fetch(nam, *server, u"/later"_s).status, 404);

    // A new document is served too.
    RouteSet other;
    other.add(Route::get(u"/other"_s).respond(200, u"other"_s));
    document.reset(other);
    QCOMPARE(fetch(nam, *server, u"/other"_s).body, QByteArray("other"));
    QCOMPARE(fetch(nam, *server, u"/users/1"_s).status, 404);

    // The server may go away first.
    server.reset();
    QVERIFY(!document.server());
    document.setEditSink(nullptr);
    QVERIFY(document.setName(u"Still editable"_s, u"Rename"_s));
}

QTEST_GUILESS_MAIN(tst_RouteSetDocument)
#include "tst_routesetdocument.moc"
