// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CRUD resources (DESIGN.md §10) over real HTTP, as Mockoon's CRUD routes and json-server answer
// them: list with filters, search, sorting and paging, get by key, create (201, key assigned),
// replace, merge, delete, 404 for an unknown key; through the normal answer machinery, so the
// route's response headers, rules, latency and error rate apply.
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 5000;

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    qint64 elapsedMs = 0;

    QJsonValue json() const { return QJsonDocument::fromJson('[' + body + ']').array().at(0); }
    QJsonArray array() const { return json().toArray(); }
    QJsonObject object() const { return json().toObject(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QByteArray js(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject user(int id, const QString &name, int age, const QString &city)
{
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"age"_s, age },
        { u"address"_s, QJsonObject { { u"city"_s, city } } } };
}

RouteSet usersSet()
{
    RouteSet set;
    set.data.insert(u"users"_s,
        QJsonArray { user(1, u"Ann"_s, 34, u"Oslo"_s), user(2, u"bob"_s, 27, u"Bergen"_s),
            user(3, u"Cyd"_s, 41, u"Oslo"_s), user(4, u"Dee"_s, 19, u"Tromsø"_s) });
    set.add(Route::get(u"/api/users"_s).withId(u"users"_s).asResource(u"users"_s));
    return set;
}

/// The ids of the users in a list answer, in order.
QList<int> ids(const Reply &reply)
{
    QList<int> list;
    const QJsonArray items = reply.array();
    for (const QJsonValue &item : items) {
        list.append(item.toObject().value(u"id"_s).toInt());
    }
    return list;
}

class Fixture
{
public:
    explicit Fixture(const RouteSet &set)
    {
        server.setRouteSet(set);
        listening = server.listen(QHostAddress::LocalHost, 0);
        nam.setProxy(QNetworkProxy::NoProxy);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(server.baseUrl().resolved(QUrl(path)));
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/json");
        }
        QElapsedTimer timer;
        timer.start();
        // HEAD through head(): a custom "HEAD" would wait for a body that never comes.
        std::unique_ptr<QNetworkReply> reply(method == "HEAD" ? nam.head(request)
                : body.isEmpty() ? nam.sendCustomRequest(request, method)
                                 : nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Reply answer;
        answer.finished = reply->isFinished() || finished.wait(WaitMs);
        answer.elapsedMs = timer.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs) {
            answer.headers.insert(name.toLower(), value);
        }
        return answer;
    }

    QJsonArray users() const
    {
        return server.dataStore(u"users"_s).value_or(QJsonValue()).toArray();
    }

    MockServer server;
    QNetworkAccessManager nam;
    bool listening = false;
};

} // namespace

class tst_Crud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheWholeStore();
    void filtersTheList_data();
    void filtersTheList();
    void sortsTheList_data();
    void sortsTheList();
    void pagesTheList_data();
    void pagesTheList();
    void refusesABadPagingNumber();
    void getsOneItemByKey();
    void unknownKeyIs404();
    void createsWithTheNextNumericKey();
    void createsWithAUuidWhenNoKeyIsNumeric();
    void createKeepsAGivenKey();
    void replacesAnItemKeepingItsKey();
    void mergesIntoAnItem();
    void deletesAnItem();
    void replacesMergesAndEmptiesTheWholeStore();
    void refusesABodyThatIsNotJson();
    void postOnAnItemIs405();
    void findsItemsByAnotherKey();
    void findsAndAssignsANestedKey();
    void findsTheFirstOfDuplicateKeysAndPlainValuesByPosition();
    void headAnswersLikeGet();
    void responseHeadersAndRulesApply();
    void latencyAndErrorRateApply();
    void responseFaultAppliesAfterTheChange();
};

void tst_Crud::listsTheWholeStore()
{
    Fixture f(usersSet());
    QVERIFY(f.listening);
    const Reply list = f.send("GET", u"/api/users"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(ids(list), (QList<int> { 1, 2, 3, 4 }));
    QCOMPARE(list.header("X-Total-Count"), QByteArray("4"));
    QCOMPARE(list.header("X-Filtered-Count"), QByteArray("4"));
    QCOMPARE(f.send("GET", u"/api/users/"_s).status, 200); // a trailing slash is the list too
}

void tst_Crud::filtersTheList_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("field=value (json-server)") << u"address.city=Oslo"_s << QList<int> { 1, 3 };
    QTest::addRow("number as text") << u"age=27"_s << QList<int> { 2 };
    QTest::addRow("field repeated: either") << u"id=1&id=4"_s << QList<int> { 1, 4 };
    QTest::addRow("_eq") << u"name_eq=Cyd"_s << QList<int> { 3 };
    QTest::addRow("_ne") << u"address.city_ne=Oslo"_s << QList<int> { 2, 4 };
    QTest::addRow("_gt") << u"age_gt=34"_s << QList<int> { 3 };
    QTest::addRow("_gte and _lt") << u"age_gte=27&age_lt=41"_s << QList<int> { 1, 2 };
    QTest::addRow("_lte") << u"age_lte=19"_s << QList<int> { 4 };
    QTest::addRow("_like, any case") << u"name_like=B"_s << QList<int> { 2 };
    QTest::addRow("_start") << u"address.city_start=ber"_s << QList<int> { 2 };
    QTest::addRow("_end") << u"name_end=EE"_s << QList<int> { 4 };
    QTest::addRow("search (Mockoon)") << u"search=oslo"_s << QList<int> { 1, 3 };
    QTest::addRow("q (json-server)") << u"q=tromsø"_s << QList<int> { 4 };
    QTest::addRow("nothing fits") << u"name=Zed"_s << QList<int> {};
}

void tst_Crud::filtersTheList()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    Fixture f(usersSet());
    const Reply list = f.send("GET", u"/api/users?"_s + query);
    QCOMPARE(list.status, 200);
    QCOMPARE(ids(list), expected);
    QCOMPARE(list.header("X-Total-Count"), QByteArray("4"));
    QCOMPARE(list.header("X-Filtered-Count"), QByteArray::number(expected.size()));
}

void tst_Crud::sortsTheList_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("sort by number") << u"sort=age"_s << QList<int> { 4, 2, 1, 3 };
    QTest::addRow("sort desc (Mockoon)") << u"sort=age&order=desc"_s << QList<int> { 3, 1, 2, 4 };
    QTest::addRow("_sort/_order (json-server)")
        << u"_sort=age&_order=desc"_s << QList<int> { 3, 1, 2, 4 };
    QTest::addRow("_sort=-field (json-server 1)") << u"_sort=-age"_s << QList<int> { 3, 1, 2, 4 };
    QTest::addRow("text ignores case") << u"sort=name"_s << QList<int> { 1, 2, 3, 4 };
    QTest::addRow("two fields") << u"_sort=address.city,age"_s << QList<int> { 2, 1, 3, 4 };
    QTest::addRow("filter then sort")
        << u"address.city=Oslo&sort=age&order=desc"_s << QList<int> { 3, 1 };
}

void tst_Crud::sortsTheList()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    Fixture f(usersSet());
    QCOMPARE(ids(f.send("GET", u"/api/users?"_s + query)), expected);
}

void tst_Crud::pagesTheList_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("page and limit (Mockoon)") << u"page=2&limit=3"_s << QList<int> { 4 };
    QTest::addRow("_page and _limit (json-server)") << u"_page=1&_limit=2"_s << QList<int> { 1, 2 };
    QTest::addRow("_per_page") << u"_page=2&_per_page=2"_s << QList<int> { 3, 4 };
    QTest::addRow("page alone: 10 a page") << u"page=1"_s << QList<int> { 1, 2, 3, 4 };
    QTest::addRow("past the end") << u"page=3&limit=2"_s << QList<int> {};
    QTest::addRow("_start and _end") << u"_start=1&_end=3"_s << QList<int> { 2, 3 };
    QTest::addRow("_start and _limit") << u"_start=2&_limit=1"_s << QList<int> { 3 };
    QTest::addRow("sorted, then paged") << u"sort=age&page=1&limit=2"_s << QList<int> { 4, 2 };
}

void tst_Crud::pagesTheList()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    Fixture f(usersSet());
    const Reply list = f.send("GET", u"/api/users?"_s + query);
    QCOMPARE(list.status, 200);
    QCOMPARE(ids(list), expected);
    QCOMPARE(list.header("X-Filtered-Count"), QByteArray("4")); // before paging
}

void tst_Crud::refusesABadPagingNumber()
{
    Fixture f(usersSet());
    const Reply bad = f.send("GET", u"/api/users?page=0"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"error"_s).toString(),
        u"query parameter page: \"0\" is not an integer of at least 1"_s);
    QCOMPARE(f.send("GET", u"/api/users?_limit=ten"_s).status, 400);
}

void tst_Crud::getsOneItemByKey()
{
    Fixture f(usersSet());
    const Reply one = f.send("GET", u"/api/users/3"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), user(3, u"Cyd"_s, 41, u"Oslo"_s));
}

void tst_Crud::unknownKeyIs404()
{
    Fixture f(usersSet());
    for (const QByteArray method : { "GET", "PUT", "PATCH", "DELETE" }) {
        const Reply missing = f.send(method, u"/api/users/99"_s,
            method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, QByteArray("{}")); // Mockoon's body
    }
    QCOMPARE(f.users().size(), 4);
}

void tst_Crud::createsWithTheNextNumericKey()
{
    Fixture f(usersSet());
    const Reply created = f.send("POST", u"/api/users"_s, js("{'name': 'Eve', 'age': 30}"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"id"_s).toInt(), 5);
    QCOMPARE(created.object().value(u"name"_s).toString(), u"Eve"_s);
    QCOMPARE(f.users().size(), 5);
    QCOMPARE(f.send("GET", u"/api/users/5"_s).object().value(u"name"_s).toString(), u"Eve"_s);
}

void tst_Crud::createsWithAUuidWhenNoKeyIsNumeric()
{
    RouteSet set = usersSet();
    set.data.insert(u"users"_s, QJsonArray());
    Fixture f(set);
    const Reply created = f.send("POST", u"/api/users"_s, js("{'name': 'Eve'}"));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY2(QUuid::fromString(id).isNull() == false && id.size() == 36, qPrintable(id));
    QCOMPARE(f.send("GET", u"/api/users/"_s + id).status, 200);
}

void tst_Crud::createKeepsAGivenKey()
{
    Fixture f(usersSet());
    const Reply created = f.send("POST", u"/api/users"_s, js("{'id': 'x-1', 'name': 'Eve'}"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"id"_s).toString(), u"x-1"_s);
    QCOMPARE(f.send("GET", u"/api/users/x-1"_s).status, 200);
}

void tst_Crud::replacesAnItemKeepingItsKey()
{
    Fixture f(usersSet());
    const Reply replaced = f.send("PUT", u"/api/users/2"_s, js("{'name': 'Bob'}"));
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.object(), (QJsonObject { { u"name"_s, u"Bob"_s }, { u"id"_s, 2 } }));
    QCOMPARE(f.users().at(1).toObject(), replaced.object()); // in place, age and address gone
}

void tst_Crud::mergesIntoAnItem()
{
    Fixture f(usersSet());
    const Reply merged = f.send("PATCH", u"/api/users/2"_s, js("{'age': 28, 'role': 'admin'}"));
    QCOMPARE(merged.status, 200);
    QJsonObject expected = user(2, u"bob"_s, 28, u"Bergen"_s);
    expected.insert(u"role"_s, u"admin"_s);
    QCOMPARE(merged.object(), expected);
    QCOMPARE(f.users().at(1).toObject(), expected);
}

void tst_Crud::deletesAnItem()
{
    Fixture f(usersSet());
    const Reply deleted = f.send("DELETE", u"/api/users/1"_s);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(f.users().size(), 3);
    QCOMPARE(f.send("GET", u"/api/users/1"_s).status, 404);
    QCOMPARE(ids(f.send("GET", u"/api/users"_s)), (QList<int> { 2, 3, 4 }));
}

void tst_Crud::replacesMergesAndEmptiesTheWholeStore()
{
    Fixture f(usersSet());
    QCOMPARE(f.send("PUT", u"/api/users"_s, js("[{'id': 9}]")).status, 200);
    QCOMPARE(ids(f.send("GET", u"/api/users"_s)), QList<int> { 9 });
    const Reply appended = f.send("PATCH", u"/api/users"_s, js("[{'id': 10}]"));
    QCOMPARE(appended.status, 200);
    QCOMPARE(ids(appended), (QList<int> { 9, 10 }));
    QCOMPARE(f.send("DELETE", u"/api/users"_s).status, 200);
    QCOMPARE(f.send("GET", u"/api/users"_s).body, QByteArray("[]"));
    // Emptied, it still takes new items.
    QCOMPARE(f.send("POST", u"/api/users"_s, js("{'name': 'New'}")).status, 201);
    QCOMPARE(f.users().size(), 1);
}

void tst_Crud::refusesABodyThatIsNotJson()
{
    Fixture f(usersSet());
    const Reply bad = f.send("POST", u"/api/users"_s, "{\"name\": ");
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.object().value(u"error"_s).toString().startsWith(u"request body is not JSON"_s),
        bad.body.constData());
    QCOMPARE(f.send("PATCH", u"/api/users/1"_s, "nope").status, 400);
    QCOMPARE(f.users(), usersSet().data.value(u"users"_s).toArray()); // nothing lost
}

void tst_Crud::postOnAnItemIs405()
{
    Fixture f(usersSet());
    const Reply refused = f.send("POST", u"/api/users/1"_s, "{}");
    QCOMPARE(refused.status, 405);
    QCOMPARE(refused.header("Allow"), QByteArray("GET, HEAD, PUT, PATCH, DELETE"));
    QCOMPARE(f.users().size(), 4);
    // A method a resource does not answer is not matched at all.
    QCOMPARE(f.send("OPTIONS", u"/api/users"_s).status, 404);
}

void tst_Crud::findsItemsByAnotherKey()
{
    RouteSet set;
    set.data.insert(u"products"_s,
        QJsonArray { QJsonObject { { u"sku"_s, u"A-1"_s } }, QJsonObject { { u"sku"_s, 42 } } });
    set.add(Route::get(u"/shop/{shop}/products"_s).asResource(u"products"_s, u"sku"_s));
    Fixture f(set);
    QCOMPARE(f.send("GET", u"/shop/x/products/A-1"_s).status, 200);
    QCOMPARE(f.send("GET", u"/shop/x/products/42"_s).object().value(u"sku"_s).toInt(), 42);
    QCOMPARE(f.send("GET", u"/shop/x/products/1"_s).status, 404);
    const Reply created = f.send("POST", u"/shop/y/products"_s, js("{'name': 'n'}"));
    QCOMPARE(created.object().value(u"sku"_s).toInt(), 43);
}

void tst_Crud::findsAndAssignsANestedKey()
{
    RouteSet set;
    set.data.insert(
        u"docs"_s, QJsonArray { QJsonObject { { u"meta"_s, QJsonObject { { u"id"_s, 7 } } } } });
    set.add(Route::get(u"/docs"_s).asResource(u"docs"_s, u"meta.id"_s));
    Fixture f(set);
    QCOMPARE(f.send("GET", u"/docs/7"_s).status, 200);
    const Reply created = f.send("POST", u"/docs"_s, js("{'title': 't'}"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"meta"_s).toObject().value(u"id"_s).toInt(), 8);
    const Reply replaced = f.send("PUT", u"/docs/8"_s, js("{'title': 'u'}"));
    QCOMPARE(replaced.object().value(u"meta"_s).toObject().value(u"id"_s).toInt(), 8);
    QCOMPARE(f.send("GET", u"/docs/8"_s).object().value(u"title"_s).toString(), u"u"_s);
}

void tst_Crud::findsTheFirstOfDuplicateKeysAndPlainValuesByPosition()
{
    RouteSet set;
    set.data.insert(u"mixed"_s,
        QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"v"_s, u"first"_s } },
            QJsonObject { { u"id"_s, 1 }, { u"v"_s, u"second"_s } }, u"plain"_s,
            QJsonObject { { u"v"_s, u"no key"_s } } });
    set.add(Route::get(u"/m"_s).asResource(u"mixed"_s));
    Fixture f(set);
    QCOMPARE(f.send("GET", u"/m/1"_s).object().value(u"v"_s).toString(), u"first"_s);
    QCOMPARE(f.send("GET", u"/m/2"_s).json(), QJsonValue(u"plain"_s)); // Mockoon: by position
    QCOMPARE(f.send("GET", u"/m/3"_s).status, 404);
    // The index follows changes: the first one gone, the second is found.
    QCOMPARE(f.send("DELETE", u"/m/1"_s).status, 200);
    QCOMPARE(f.send("GET", u"/m/1"_s).object().value(u"v"_s).toString(), u"second"_s);
    QVERIFY(f.server.setDataStore(u"mixed"_s, QJsonArray { QJsonObject { { u"id"_s, 9 } } }));
    QCOMPARE(f.send("GET", u"/m/1"_s).status, 404);
    QCOMPARE(f.send("GET", u"/m/9"_s).status, 200);
}

void tst_Crud::headAnswersLikeGet()
{
    Fixture f(usersSet());
    const Reply head = f.send("HEAD", u"/api/users/1"_s);
    QVERIFY(head.finished);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(f.send("HEAD", u"/api/users/77"_s).status, 404);
}

void tst_Crud::responseHeadersAndRulesApply()
{
    RouteSet set = usersSet();
    Route &route = set.routes[0];
    // A response whose "when" fits answers as written, and changes nothing.
    Response failing = Response::text(500, u"forced failure"_s);
    MatchConditions when;
    when.query.append({ u"fail"_s, ValueMatcher::exact(u"1"_s) });
    failing.when = when;
    route.responses.append(failing);
    // The fallback's headers join the CRUD answer; its status, body and Content-Type do not.
    route.responses.append(Response::text(418, u"ignored"_s,
        { { u"X-Mock"_s, { u"crud"_s } }, { u"Content-Type"_s, { u"text/plain"_s } } }));
    Fixture f(set);
    const Reply forced = f.send("DELETE", u"/api/users/1?fail=1"_s);
    QCOMPARE(forced.status, 500);
    QCOMPARE(forced.body, QByteArray("forced failure"));
    QCOMPARE(f.users().size(), 4);
    const Reply crud = f.send("GET", u"/api/users/1"_s);
    QCOMPARE(crud.status, 200);
    QCOMPARE(crud.header("X-Mock"), QByteArray("crud"));
    QCOMPARE(crud.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(crud.object().value(u"name"_s).toString(), u"Ann"_s);
    QCOMPARE(f.server.journal().count(), 2);
}

void tst_Crud::latencyAndErrorRateApply()
{
    RouteSet set = usersSet();
    set.routes[0].chaos.latency = Latency::fixed(150);
    Fixture slow(set);
    const Reply delayed = slow.send("GET", u"/api/users/1"_s);
    QCOMPARE(delayed.status, 200);
    QVERIFY2(delayed.elapsedMs >= 140 && delayed.elapsedMs < 3000,
        qPrintable(QString::number(delayed.elapsedMs)));

    RouteSet failing = usersSet();
    failing.routes[0].chaos.errorRate = 1.0;
    failing.routes[0].chaos.error = ChaosError::withStatus(503);
    Fixture broken(failing);
    QCOMPARE(broken.send("POST", u"/api/users"_s, js("{'name': 'Eve'}")).status, 503);
    QCOMPARE(broken.users().size(), 4); // a simulated error changes nothing

    // The same for a simulated fault: the connection breaks, the store stays.
    RouteSet faulty = usersSet();
    faulty.routes[0].chaos.errorRate = 1.0;
    faulty.routes[0].chaos.error = ChaosError::withFault(Fault::make(Fault::Kind::ConnectionClose));
    Fixture cut(faulty);
    QCOMPARE(cut.send("POST", u"/api/users"_s, js("{'name': 'Eve'}")).status, 0);
    QCOMPARE(cut.users().size(), 4);
}

void tst_Crud::responseFaultAppliesAfterTheChange()
{
    // The backend made the change, the answer broke on the way: as a real one would.
    RouteSet set = usersSet();
    Response broken = Response::text(200, QString());
    broken.fault = Fault::make(Fault::Kind::ConnectionClose);
    set.routes[0].responses.append(broken);
    Fixture f(set);
    const Reply cut = f.send("DELETE", u"/api/users/2"_s);
    QVERIFY(cut.finished);
    QCOMPARE(cut.status, 0); // no HTTP answer at all
    QCOMPARE(f.users().size(), 3);
    // (Qt's client sends an idempotent request again on a closed connection: a second DELETE of
    // the same item, 404 and no change, may follow.)
    QVERIFY(f.server.journal().count() >= 1);
    QCOMPARE(f.server.journal().count(u"DELETE"_s, u"/api/users/2"_s), f.server.journal().count());
}

QTEST_GUILESS_MAIN(tst_Crud)
#include "tst_crud.moc"
