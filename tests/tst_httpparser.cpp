// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The HTTP/1.1 request parser on raw bytes, with no socket. Every row of the tables is parsed
// whole, in 1-byte pieces and split in two at every position: a client's bytes arrive in
// whatever pieces TCP makes of them, and the requests must come out the same every time.
#include "http/HttpParser.h"

#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

using QueryItems = QList<std::pair<QString, QString>>;

/// One request as the parser yields it: what a handler sees, and how it is framed.
struct Parsed
{
    QByteArray method;
    QByteArray target;
    QString path;
    QByteArray rawQuery;
    QueryItems query;
    int versionMinor = 1;
    RawHeaders headers;
    QByteArray body;
    bool head = false;
    bool close = false;
    bool keepAlive10 = false;
    bool expectsContinue = false;

    Parsed withPath(const QString &p) const
    {
        return with([&](Parsed &r) { r.path = p; });
    }
    Parsed withQuery(const QueryItems &q) const
    {
        return with([&](Parsed &r) { r.query = q; });
    }
    Parsed withVersion(int minor) const
    {
        return with([&](Parsed &r) { r.versionMinor = minor; });
    }
    Parsed withHeader(const QByteArray &name, const QByteArray &value) const
    {
        return with([&](Parsed &r) { r.headers.append({ name, value }); });
    }
    Parsed withoutHeaders() const
    {
        return with([](Parsed &r) { r.headers.clear(); });
    }
    Parsed withBody(const QByteArray &b) const
    {
        return with([&](Parsed &r) { r.body = b; });
    }
    Parsed isHead() const
    {
        return with([](Parsed &r) { r.head = true; });
    }
    Parsed closes() const
    {
        return with([](Parsed &r) { r.close = true; });
    }
    Parsed keepsAlive10() const
    {
        return with([](Parsed &r) { r.keepAlive10 = true; });
    }
    Parsed expectingContinue() const
    {
        return with([](Parsed &r) { r.expectsContinue = true; });
    }

    auto fields() const
    {
        return std::tie(method, target, path, rawQuery, query, versionMinor, headers, body, head,
            close, keepAlive10, expectsContinue);
    }
    bool operator==(const Parsed &other) const { return fields() == other.fields(); }

private:
    template <typename Change>
    Parsed with(Change change) const
    {
        Parsed copy = *this;
        change(copy);
        return copy;
    }
};

/// Everything a piece of input gave: the requests in order, and how it ended.
struct Outcome
{
    QList<Parsed> requests;
    int refusal = 0; ///< status of the refusal that ended the input; -1: events after it
    bool operator==(const Outcome &other) const
    {
        return requests == other.requests && refusal == other.refusal;
    }
};

QByteArray describe(const Parsed &r)
{
    QByteArray text = r.method + ' ' + r.target + " HTTP/1." + QByteArray::number(r.versionMinor)
        + " path=" + r.path.toUtf8() + " rawQuery=" + r.rawQuery + " query={";
    for (const auto &[key, value] : r.query) {
        text += key.toUtf8() + '=' + value.toUtf8() + ';';
    }
    text += "} headers={";
    for (const auto &[name, value] : r.headers) {
        text += name + ": " + value + ';';
    }
    text += "} body=\"" + r.body + '"';
    if (r.head) {
        text += " head";
    }
    if (r.close) {
        text += " close";
    }
    if (r.keepAlive10) {
        text += " keep-alive";
    }
    if (r.expectsContinue) {
        text += " expects-continue";
    }
    return text;
}

QByteArray describe(const Outcome &outcome)
{
    QByteArray text;
    for (const Parsed &r : outcome.requests) {
        text += '[' + describe(r) + "] ";
    }
    if (outcome.refusal == 0) {
        text += "no refusal";
    } else {
        text += "refused " + QByteArray::number(outcome.refusal);
    }
    return text;
}

char *toString(const Outcome &outcome)
{
    return qstrdup(describe(outcome).constData());
}

Parsed parsed(const HttpRequest &request, const HttpParser::Framing &framing)
{
    Parsed r;
    r.method = request.method;
    r.target = request.target;
    r.path = request.path;
    r.rawQuery = request.rawQuery;
    r.query = request.query;
    r.versionMinor = request.versionMinor;
    r.headers = request.headers;
    r.body = request.body;
    r.head = framing.head;
    r.close = framing.close;
    r.keepAlive10 = framing.keepAlive10;
    r.expectsContinue = framing.expectsContinue;
    return r;
}

/// Feeds @p pieces one after the other, taking every event after each.
Outcome parse(const QList<QByteArray> &pieces, const HttpParser::Limits &limits)
{
    HttpParser parser(limits);
    Outcome outcome;
    for (const QByteArray &piece : pieces) {
        parser.feed(piece);
        for (HttpParser::Event event = parser.next(); event != HttpParser::Event::NeedMoreData;
             event = parser.next()) {
            if (outcome.refusal != 0) {
                outcome.refusal = -1; // anything after a refusal is wrong
            } else if (event == HttpParser::Event::Request) {
                outcome.requests.append(parsed(parser.takeRequest(), parser.framing()));
            } else if (event == HttpParser::Event::Refused) {
                outcome.refusal = parser.refusal().status;
            }
            // ContinueWanted depends on how the bytes arrived; continueIsAskedFor() checks it.
        }
    }
    return outcome;
}

/// Checks that @p input gives @p expected whole, in 1-byte pieces and split at every position.
void checkEverySplit(
    const QByteArray &input, const Outcome &expected, const HttpParser::Limits &limits)
{
    QCOMPARE(parse({ input }, limits), expected);

    QList<QByteArray> bytes;
    for (const char c : input) {
        bytes.append(QByteArray(1, c));
    }
    const Outcome bytewise = parse(bytes, limits);
    const QByteArray bytewiseText = "in 1-byte pieces: " + describe(bytewise);
    QVERIFY2(bytewise == expected, bytewiseText.constData());

    for (qsizetype at = 1; at < input.size(); ++at) {
        const Outcome split = parse({ input.first(at), input.sliced(at) }, limits);
        if (!(split == expected)) {
            const QByteArray text = "split at " + QByteArray::number(at) + ": " + describe(split);
            QFAIL(text.constData());
        }
    }
}

/// The head of a request with Host: h, @p extra header lines and the blank line.
QByteArray head(const QByteArray &method, const QByteArray &target, const QByteArray &extra = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: h\r\n" + extra + "\r\n";
}

/// What head(@p method, @p target) parses to: Host: h and no body; query items are the row's.
Parsed request(const QByteArray &method, const QByteArray &target)
{
    Parsed r;
    r.method = method;
    r.target = target;
    const qsizetype q = target.indexOf('?');
    r.path = QString::fromUtf8(q < 0 ? target : target.first(q));
    r.rawQuery = q < 0 ? QByteArray() : target.sliced(q + 1);
    r.headers = { { "Host", "h" } };
    return r;
}

Outcome requests(const QList<Parsed> &list)
{
    return { list, 0 };
}

Outcome refused(int status, const QList<Parsed> &before = {})
{
    return { before, status };
}

HttpParser::Limits smallLimits()
{
    HttpParser::Limits limits;
    limits.maxBodyBytes = 16;
    limits.maxHeaderBytes = 128;
    return limits;
}

} // namespace

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(MockBench::HttpParser::Limits)
Q_DECLARE_METATYPE(MockBench::HttpParser::Event)

class tst_HttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequests_data();
    void parsesRequests();
    void refusesWithStatus_data();
    void refusesWithStatus();
    void continueIsAskedFor_data();
    void continueIsAskedFor();
    void refusesOversizedBodyBeforeAskingForIt();
    void stopsAfterRefusalOrClosingRequest_data();
    void stopsAfterRefusalOrClosingRequest();
    void appliesNewLimitsToWhatIsParsedNext();
    void explainsRefusalInItsMessage_data();
    void explainsRefusalInItsMessage();
    void reportsWhereItStandsInTheStream();
};

namespace {

void addColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<HttpParser::Limits>("limits");
}

void addRow(const char *name, const QByteArray &input, const Outcome &expected,
    const HttpParser::Limits &limits = {})
{
    QTest::newRow(name) << input << expected << limits;
}

} // namespace

void tst_HttpParser::parsesRequests_data()
{
    addColumns();
    addRow("GET", head("GET", "/x"), requests({ request("GET", "/x") }));
    addRow("query decoded, path percent-decoded",
        head("GET", "/a%20b/c?x=1&y=two+words&z=%C3%BC&flag"),
        requests({ request("GET", "/a%20b/c?x=1&y=two+words&z=%C3%BC&flag")
                       .withPath(u"/a b/c"_s)
                       .withQuery({ { u"x"_s, u"1"_s }, { u"y"_s, u"two words"_s },
                           { u"z"_s, u"\u00fc"_s }, { u"flag"_s, QString() } }) }));
    addRow("absolute-form target routed by its path", head("GET", "http://example.com/items?id=3"),
        requests({ request("GET", "http://example.com/items?id=3")
                       .withPath(u"/items"_s)
                       .withQuery({ { u"id"_s, u"3"_s } }) }));
    addRow("asterisk-form target", head("OPTIONS", "*"), requests({ request("OPTIONS", "*") }));
    addRow("HEAD", head("HEAD", "/x"), requests({ request("HEAD", "/x").isHead() }));
    addRow("method token unknown to HTTP", head("PURGE", "/cache"),
        requests({ request("PURGE", "/cache") }));
    addRow("method kept as sent, case-sensitive", head("head", "/x"),
        requests({ request("head", "/x") }));
    addRow("HTTP/1.0 closes after its request",
        "GET /x HTTP/1.0\r\n\r\nGET /not-read HTTP/1.0\r\n\r\n",
        requests({ request("GET", "/x").withoutHeaders().withVersion(0).closes() }));
    addRow("HTTP/1.0 with keep-alive stays open",
        "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n",
        requests({ request("GET", "/a")
                       .withoutHeaders()
                       .withHeader("Connection", "keep-alive")
                       .withVersion(0)
                       .keepsAlive10(),
            request("GET", "/b").withoutHeaders().withVersion(0).closes() }));
    addRow("HTTP/1.0 keep-alive among other tokens, any case",
        "GET /a HTTP/1.0\r\nConnection: Upgrade, Keep-Alive\r\n\r\n",
        requests({ request("GET", "/a")
                       .withoutHeaders()
                       .withHeader("Connection", "Upgrade, Keep-Alive")
                       .withVersion(0)
                       .keepsAlive10() }));
    addRow("HTTP/1.1 stays open", head("GET", "/a") + head("GET", "/b"),
        requests({ request("GET", "/a"), request("GET", "/b") }));
    addRow("Connection: close ends the input",
        head("GET", "/a", "Connection: close\r\n") + head("GET", "/not-read"),
        requests({ request("GET", "/a").withHeader("Connection", "close").closes() }));
    addRow("close among other tokens", head("GET", "/a", "Connection: keep-alive, CLOSE\r\n"),
        requests({ request("GET", "/a").withHeader("Connection", "keep-alive, CLOSE").closes() }));
    addRow("later HTTP/1.x read as HTTP/1.1", "GET /x HTTP/1.7\r\nHost: h\r\n\r\n",
        requests({ request("GET", "/x") }));
    addRow("empty lines before the request line", "\r\n\r\n" + head("GET", "/x"),
        requests({ request("GET", "/x") }));
    addRow("empty lines between pipelined requests", head("GET", "/a") + "\r\n" + head("GET", "/b"),
        requests({ request("GET", "/a"), request("GET", "/b") }));
    addRow("empty line of a bare LF before the request line", "\n" + head("GET", "/x"),
        requests({ request("GET", "/x") }));
    // RFC 9112 2.2 lets a recipient take a bare LF for a line end in the head, as nginx does.
    addRow("bare-LF line ends", "GET /x HTTP/1.1\nHost: h\n\n", requests({ request("GET", "/x") }));
    addRow("bare-LF and CRLF line ends mixed", "GET /x HTTP/1.1\r\nHost: h\nX-A: 1\r\n\n",
        requests({ request("GET", "/x").withHeader("X-A", "1") }));
    addRow("bare-LF heads pipelined, one with a body",
        "POST /u HTTP/1.1\nHost: h\nContent-Length: 3\n\nabc\nGET /b HTTP/1.1\nHost: h\n\n",
        requests({ request("POST", "/u").withHeader("Content-Length", "3").withBody("abc"),
            request("GET", "/b") }));
    addRow("HTAB and obs-text inside a header value", head("GET", "/x", "X-A: a\tb \xe9\r\n"),
        requests({ request("GET", "/x").withHeader("X-A", "a\tb \xe9") }));
    addRow("header values trimmed, names as sent, repeats in order",
        head("GET", "/x", "X-Name:  value \t\r\nx-name:\tsecond\r\nEmpty:\r\n"),
        requests({ request("GET", "/x")
                       .withHeader("X-Name", "value")
                       .withHeader("x-name", "second")
                       .withHeader("Empty", "") }));
    addRow("colons inside a header value", head("GET", "/x", "X-Time: 12:30:00\r\n"),
        requests({ request("GET", "/x").withHeader("X-Time", "12:30:00") }));
    addRow("Content-Length body", head("POST", "/u", "Content-Length: 5\r\n") + "hello",
        requests({ request("POST", "/u").withHeader("Content-Length", "5").withBody("hello") }));
    addRow("Content-Length: 0 has no body", head("POST", "/u", "Content-Length: 0\r\n"),
        requests({ request("POST", "/u").withHeader("Content-Length", "0") }));
    addRow("a body that looks like a request is a body",
        head("POST", "/u", "Content-Length: 19\r\n") + "GET /y HTTP/1.1\r\n\r\n"
            + head("GET", "/z"),
        requests({ request("POST", "/u")
                       .withHeader("Content-Length", "19")
                       .withBody("GET /y HTTP/1.1\r\n\r\n"),
            request("GET", "/z") }));
    addRow("chunked body decoded",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n")
            + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        requests({ request("POST", "/u")
                       .withHeader("Transfer-Encoding", "chunked")
                       .withBody("hello world") }));
    addRow("chunk extensions and trailer fields skipped",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n")
            + "5;note=ext\r\nhello\r\n6 ; a=1;b=\"x y\"\r\n world\r\n0;last\r\n"
              "X-Trailer: t\r\nX-Other: u\r\n\r\n",
        requests({ request("POST", "/u")
                       .withHeader("Transfer-Encoding", "chunked")
                       .withBody("hello world") }));
    addRow("chunk sizes in either case of hex",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n")
            + "a\r\n0123456789\r\nB\r\nabcdefghijk\r\n0\r\n\r\n",
        requests({ request("POST", "/u")
                       .withHeader("Transfer-Encoding", "chunked")
                       .withBody("0123456789abcdefghijk") }));
    addRow("Expect: 100-continue flagged",
        head("POST", "/u", "Content-Length: 3\r\nExpect: 100-continue\r\n") + "abc",
        requests({ request("POST", "/u")
                       .withHeader("Content-Length", "3")
                       .withHeader("Expect", "100-continue")
                       .withBody("abc")
                       .expectingContinue() }));
    addRow("pipelined GET, POST with body, GET",
        head("GET", "/1") + head("POST", "/2", "Content-Length: 3\r\n") + "xyz" + head("GET", "/3"),
        requests({ request("GET", "/1"),
            request("POST", "/2").withHeader("Content-Length", "3").withBody("xyz"),
            request("GET", "/3") }));
    addRow("pipelined chunked between two GETs",
        head("GET", "/1") + head("POST", "/2", "Transfer-Encoding: chunked\r\n")
            + "3\r\nxyz\r\n0\r\n\r\n" + head("HEAD", "/3"),
        requests({ request("GET", "/1"),
            request("POST", "/2").withHeader("Transfer-Encoding", "chunked").withBody("xyz"),
            request("HEAD", "/3").isHead() }));
    addRow("Content-Length body at the limit",
        head("POST", "/u", "Content-Length: 16\r\n") + "0123456789abcdef",
        requests({ request("POST", "/u")
                       .withHeader("Content-Length", "16")
                       .withBody("0123456789abcdef") }),
        smallLimits());
    addRow("chunked body at the limit",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n")
            + "8\r\n01234567\r\n8\r\n89abcdef\r\n0\r\n\r\n",
        requests({ request("POST", "/u")
                       .withHeader("Transfer-Encoding", "chunked")
                       .withBody("0123456789abcdef") }),
        smallLimits());
    // 128 bytes, the empty line included: exactly the limit, however the bytes arrive.
    addRow("headers at the limit", head("GET", "/x", "X-Pad: " + QByteArray(91, 'p') + "\r\n"),
        requests({ request("GET", "/x").withHeader("X-Pad", QByteArray(91, 'p')) }), smallLimits());
    addRow("chunk-size line at the 1 KiB limit",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "1;" + QByteArray(1020, 'x')
            + "\r\nx\r\n0\r\n\r\n",
        requests(
            { request("POST", "/u").withHeader("Transfer-Encoding", "chunked").withBody("x") }));
    addRow("trailer section at the limit",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "0\r\nX-T: " + QByteArray(119, 't')
            + "\r\n\r\n",
        requests({ request("POST", "/u").withHeader("Transfer-Encoding", "chunked") }),
        smallLimits());
    addRow("head not yet complete gives nothing", "GET /x HTTP/1.1\r\nHost: h\r\n", requests({}));
    addRow("body shorter than Content-Length gives nothing",
        head("POST", "/u", "Content-Length: 10\r\n") + "abc", requests({}));
    addRow("chunked body without its last chunk gives nothing",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "3\r\nabc\r\n", requests({}));
    addRow("chunked body without the end of its trailer gives nothing",
        head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "3\r\nabc\r\n0\r\nX-T: 1\r\n",
        requests({}));
}

void tst_HttpParser::parsesRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(Outcome, expected);
    QFETCH(HttpParser::Limits, limits);
    checkEverySplit(input, expected, limits);
}

void tst_HttpParser::refusesWithStatus_data()
{
    addColumns();
    const QByteArray chunked = head("POST", "/u", "Transfer-Encoding: chunked\r\n");
    addRow("request line without version", "GET /x\r\n\r\n", refused(400));
    addRow("request line of one word", "HELLO\r\n\r\n", refused(400));
    addRow("bare CR in the request target", "GET /a\rb HTTP/1.1\r\nHost: h\r\n\r\n", refused(400));
    addRow("request line of four parts", "GET /x HTTP/1.1 more\r\n\r\n", refused(400));
    addRow("request line with a double space", "GET  /x HTTP/1.1\r\n\r\n", refused(400));
    addRow("request line starting with a space", " GET /x HTTP/1.1\r\n\r\n", refused(400));
    addRow("method that is no token", "GE(T /x HTTP/1.1\r\n\r\n", refused(400));
    addRow("relative target", "GET x HTTP/1.1\r\n\r\n", refused(400));
    addRow("not HTTP", "GET /x FTP/1.1\r\n\r\n", refused(400));
    addRow("version in lower case", "GET /x http/1.1\r\n\r\n", refused(400));
    addRow("HTTP/2.0", "GET /x HTTP/2.0\r\n\r\n", refused(505));
    addRow("HTTP/3", "GET /x HTTP/3\r\n\r\n", refused(505));
    addRow("HTTP/0.9", "GET /x HTTP/0.9\r\n\r\n", refused(505));
    addRow("header line without colon", head("GET", "/x", "Accept text/plain\r\n"), refused(400));
    addRow("space before the colon", head("GET", "/x", "Accept : text/plain\r\n"), refused(400));
    addRow(
        "header line starting with a colon", head("GET", "/x", ": text/plain\r\n"), refused(400));
    addRow("obsolete line folding", head("GET", "/x", "X-A: 1\r\n  continued\r\n"), refused(400));
    // RFC 9110 5.5: a field value holds no control character but HTAB.
    addRow("bare CR in a header value", head("GET", "/x", "X-A: a\rb\r\n"), refused(400));
    addRow("CR before the CRLF of a header line", head("GET", "/x", "X-A: a\r\r\n"), refused(400));
    addRow("bare LF inside a header value", head("GET", "/x", "X-A: a\nb\r\n"), refused(400));
    addRow(
        "NUL in a header value", head("GET", "/x", QByteArray("X-A: a\0b\r\n", 10)), refused(400));
    addRow(
        "control character in a header value", head("GET", "/x", "X-A: a\x01b\r\n"), refused(400));
    addRow("DEL in a header value", head("GET", "/x", "X-A: a\x7f\r\n"), refused(400));
    // RFC 9112 3.2.
    addRow("HTTP/1.1 without Host", "GET /x HTTP/1.1\r\n\r\n", refused(400));
    addRow("later HTTP/1.x without Host", "GET /x HTTP/1.7\r\nX-A: 1\r\n\r\n", refused(400));
    addRow("two Host headers", head("GET", "/x", "host: h\r\n"), refused(400));
    addRow("HTTP/1.0 with two Host headers", "GET /x HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n",
        refused(400));
    addRow(
        "Content-Length not a number", head("POST", "/u", "Content-Length: ten\r\n"), refused(400));
    addRow("negative Content-Length", head("POST", "/u", "Content-Length: -1\r\n"), refused(400));
    addRow("Content-Length with a plus sign",
        head("POST", "/u", "Content-Length: +5\r\n") + "hello", refused(400));
    addRow("Content-Length after a vertical tab",
        head("POST", "/u", "Content-Length: \v5\r\n") + "hello", refused(400));
    addRow("Content-Length too large to count",
        head("POST", "/u", "Content-Length: 99999999999999999999\r\n"), refused(413));
    // Equal repeated values may be taken as one (RFC 9110 8.6); refused here all the same.
    addRow("two equal Content-Lengths",
        head("POST", "/u", "Content-Length: 5\r\nContent-Length: 5\r\n") + "hello", refused(400));
    addRow("two different Content-Lengths",
        head("POST", "/u", "Content-Length: 5\r\nContent-Length: 6\r\n") + "hello!", refused(400));
    addRow(
        "unknown transfer coding", head("POST", "/u", "Transfer-Encoding: gzip\r\n"), refused(501));
    // RFC 9112 6.1 and 6.3: both framings at once are how requests are smuggled past a proxy.
    addRow("Content-Length and Transfer-Encoding",
        head("POST", "/u", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")
            + "2\r\nhi\r\n0\r\n\r\n",
        refused(400));
    addRow("Transfer-Encoding and Content-Length",
        head("POST", "/u", "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n")
            + "2\r\nhi\r\n0\r\n\r\n",
        refused(400));
    addRow("a request smuggled in a body framed both ways",
        head("POST", "/u", "Content-Length: 38\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n"
            + head("GET", "/teapot"),
        refused(400));
    addRow("Transfer-Encoding on HTTP/1.0",
        "POST /u HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n", refused(400));
    addRow("empty Transfer-Encoding", head("POST", "/u", "Transfer-Encoding:\r\n"), refused(400));
    addRow("chunked not the last coding",
        head("POST", "/u", "Transfer-Encoding: chunked, identity\r\n") + "2\r\nhi\r\n0\r\n\r\n",
        refused(400));
    addRow("chunked twice",
        head("POST", "/u", "Transfer-Encoding: chunked, chunked\r\n") + "2\r\nhi\r\n0\r\n\r\n",
        refused(400));
    addRow("chunked with a parameter",
        head("POST", "/u", "Transfer-Encoding: chunked;x=1\r\n") + "2\r\nhi\r\n0\r\n\r\n",
        refused(400));
    addRow("unknown coding before chunked",
        head("POST", "/u", "Transfer-Encoding: gzip, chunked\r\n") + "2\r\nhi\r\n0\r\n\r\n",
        refused(501));
    addRow("unknown coding and chunked on two lines",
        head("POST", "/u", "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")
            + "2\r\nhi\r\n0\r\n\r\n",
        refused(501));
    addRow("unknown expectation", head("GET", "/x", "Expect: magic\r\n"), refused(417));
    addRow("Content-Length over the limit, body never sent",
        head("POST", "/u", "Content-Length: 17\r\n"), refused(413), smallLimits());
    addRow("Content-Length over the limit, expecting 100-continue",
        head("POST", "/u", "Content-Length: 17\r\nExpect: 100-continue\r\n"), refused(413),
        smallLimits());
    addRow("chunked growing past the limit", chunked + "a\r\n0123456789\r\na\r\n0123456789\r\n",
        refused(413), smallLimits());
    addRow("chunk size overflowing the count", chunked + "1\r\nx\r\n7fffffffffffffff\r\n",
        refused(413), smallLimits());
    addRow("chunk size that is no hex number", chunked + "zz\r\n", refused(400));
    addRow("chunk size too long to count", chunked + "10000000000000000\r\n", refused(413));
    // RFC 9112 7.1: 1*HEXDIG, then nothing or extensions after a ';'.
    addRow("chunk size with 0x", chunked + "0x5\r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("chunk size with a plus sign", chunked + "+5\r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("chunk size between spaces", chunked + " 5 \r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("chunk size before a space", chunked + "5 \r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("chunk size before garbage", chunked + "5 garbage\r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("bare CR in a chunk extension", chunked + "5;a\rb\r\nhello\r\n0\r\n\r\n", refused(400));
    addRow("last chunk size ending in a bare LF", chunked + "5\r\nhello\r\n0\n\r\n", refused(400));
    addRow("bare LF in a trailer line", chunked + "0\r\nX-T: 1\nY\r\n\r\n", refused(400));
    addRow("trailer line without a colon", chunked + "0\r\nX-T 1\r\n\r\n", refused(400));
    addRow("chunk data without CRLF after it", chunked + "3\r\nabcde", refused(400));
    addRow("chunk-size line over 1 KiB", chunked + "1;" + QByteArray(1100, 'x'), refused(400));
    addRow("chunk-size line one byte over 1 KiB, complete",
        chunked + "1;" + QByteArray(1021, 'x') + "\r\nx\r\n0\r\n\r\n", refused(400));
    addRow("headers over the limit", head("GET", "/x", "X-Big: " + QByteArray(150, 'a') + "\r\n"),
        refused(431), smallLimits());
    addRow("headers one byte over the limit",
        head("GET", "/x", "X-Pad: " + QByteArray(92, 'p') + "\r\n"), refused(431), smallLimits());
    addRow("headers over the limit, end not yet sent",
        "GET /x HTTP/1.1\r\nX-Big: " + QByteArray(150, 'a'), refused(431), smallLimits());
    addRow("trailer line over the limit", chunked + "0\r\nX-T: " + QByteArray(150, 't'),
        refused(431), smallLimits());
    addRow("trailer section one byte over the limit",
        chunked + "0\r\nX-T: " + QByteArray(120, 't') + "\r\n\r\n", refused(431), smallLimits());
    addRow("bad request after a good one", head("GET", "/a") + "GET /x FTP/1.1\r\n\r\n",
        refused(400, { request("GET", "/a") }));
    addRow("refusal ends the input", "HELLO\r\n\r\n" + head("GET", "/a"), refused(400));
}

void tst_HttpParser::refusesWithStatus()
{
    QFETCH(QByteArray, input);
    QFETCH(Outcome, expected);
    QFETCH(HttpParser::Limits, limits);
    checkEverySplit(input, expected, limits);
}

void tst_HttpParser::continueIsAskedFor_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("asked");
    const QByteArray expect = "Expect: 100-continue\r\n";
    QTest::addRow("Content-Length body")
        << head("POST", "/u", "Content-Length: 3\r\n" + expect) << QByteArray("abc") << true;
    QTest::addRow("chunked body") << head("POST", "/u", "Transfer-Encoding: chunked\r\n" + expect)
                                  << QByteArray("3\r\nabc\r\n0\r\n\r\n") << true;
    QTest::addRow("expectation in another case")
        << head("POST", "/u", "Content-Length: 3\r\nExpect: 100-Continue\r\n") << QByteArray("abc")
        << true;
    QTest::addRow("no body") << head("GET", "/x", expect) << QByteArray() << false;
    QTest::addRow("Content-Length: 0")
        << head("POST", "/u", "Content-Length: 0\r\n" + expect) << QByteArray() << false;
    QTest::addRow("HTTP/1.0") << QByteArray(
        "POST /u HTTP/1.0\r\nContent-Length: 3\r\n" + expect + "\r\n")
                              << QByteArray("abc") << false;
    QTest::addRow("no expectation")
        << head("POST", "/u", "Content-Length: 3\r\n") << QByteArray("abc") << false;
}

void tst_HttpParser::continueIsAskedFor()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(bool, asked);

    // The head alone: the client waits for 100 Continue before it sends the body.
    HttpParser parser;
    parser.feed(head);
    HttpParser::Event event = parser.next();
    if (asked) {
        QCOMPARE(event, HttpParser::Event::ContinueWanted);
        QVERIFY(parser.framing().expectsContinue);
        QVERIFY(!parser.framing().bodyBuffered);
        event = parser.next();
    }
    if (!body.isEmpty()) {
        QCOMPARE(event, HttpParser::Event::NeedMoreData);
        parser.feed(body);
        event = parser.next();
    }
    QCOMPARE(event, HttpParser::Event::Request);
    QCOMPARE(parser.takeRequest().body, body.contains("\r\n") ? QByteArray("abc") : body);
    QVERIFY(!parser.framing().bodyBuffered);
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);

    // Head and body together: the body is on its way, so no 100 Continue is asked for.
    HttpParser together;
    together.feed(head + body);
    QCOMPARE(together.next(), HttpParser::Event::Request);
    QCOMPARE(together.framing().bodyBuffered, !body.isEmpty());
}

void tst_HttpParser::refusesOversizedBodyBeforeAskingForIt()
{
    HttpParser parser(smallLimits());
    parser.feed(head("POST", "/u", "Content-Length: 17\r\nExpect: 100-continue\r\n"));
    QCOMPARE(parser.next(), HttpParser::Event::Refused);
    QCOMPARE(parser.refusal().status, 413);
}

void tst_HttpParser::stopsAfterRefusalOrClosingRequest_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<HttpParser::Event>("event");
    QTest::addRow("refusal") << QByteArray("GET /x FTP/1.1\r\n\r\n") << HttpParser::Event::Refused;
    QTest::addRow("Connection: close")
        << head("GET", "/x", "Connection: close\r\n") << HttpParser::Event::Request;
    QTest::addRow("HTTP/1.0 without keep-alive")
        << QByteArray("GET /x HTTP/1.0\r\n\r\n") << HttpParser::Event::Request;
}

void tst_HttpParser::stopsAfterRefusalOrClosingRequest()
{
    QFETCH(QByteArray, input);
    QFETCH(HttpParser::Event, event);
    HttpParser parser;
    parser.feed(input + head("GET", "/after"));
    QCOMPARE(parser.next(), event);
    QVERIFY(parser.isStopped());
    QCOMPARE(parser.phase(), HttpParser::Phase::Stopped);
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);

    parser.feed(head("GET", "/later"));
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QVERIFY(parser.isStopped());
}

void tst_HttpParser::appliesNewLimitsToWhatIsParsedNext()
{
    HttpParser::Limits limits = smallLimits();
    HttpParser parser(limits);

    // A body announced under the old limit is read whole; the next one meets the new limit.
    parser.feed(head("POST", "/u", "Content-Length: 12\r\n") + "0123");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    limits.maxBodyBytes = 8;
    parser.setLimits(limits);
    QCOMPARE(parser.limits().maxBodyBytes, qint64(8));
    parser.feed("456789ab");
    QCOMPARE(parser.next(), HttpParser::Event::Request);
    QCOMPARE(parser.takeRequest().body, QByteArray("0123456789ab"));

    // A chunked body is checked chunk by chunk, against the limit of the moment.
    parser.feed(head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "6\r\n012345\r\n");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    limits.maxBodyBytes = 6;
    parser.setLimits(limits);
    parser.feed("1\r\nx\r\n");
    QCOMPARE(parser.next(), HttpParser::Event::Refused);
    QCOMPARE(parser.refusal().status, 413);

    // A lower header limit refuses the next head that exceeds it.
    HttpParser heads(smallLimits());
    heads.feed(head("GET", "/long-enough-for-32-bytes"));
    QCOMPARE(heads.next(), HttpParser::Event::Request);
    limits.maxHeaderBytes = 32;
    heads.setLimits(limits);
    heads.feed(head("GET", "/long-enough-for-32-bytes"));
    QCOMPARE(heads.next(), HttpParser::Event::Refused);
    QCOMPARE(heads.refusal().status, 431);
}

void tst_HttpParser::explainsRefusalInItsMessage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("Content-Length over the limit")
        << head("POST", "/u", "Content-Length: 17\r\n")
        << QByteArray("Request body of 17 bytes exceeds the server's limit of 16 bytes\n");
    QTest::addRow("chunked body over the limit")
        << QByteArray(head("POST", "/u", "Transfer-Encoding: chunked\r\n") + "11\r\n")
        << QByteArray("Request body exceeds the server's limit of 16 bytes\n");
    QTest::addRow("headers over the limit")
        << QByteArray("GET /x HTTP/1.1\r\nX-Big: " + QByteArray(150, 'a'))
        << QByteArray("Request headers exceed the server's limit\n");
    QTest::addRow("Content-Length too large to count")
        << head("POST", "/u", "Content-Length: 99999999999999999999\r\n")
        << QByteArray("Request body of 99999999999999999999 bytes exceeds the server's limit of "
                      "16 bytes\n");
    QTest::addRow("both framings")
        << head("POST", "/u", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")
        << QByteArray("Both Content-Length and Transfer-Encoding\n");
    QTest::addRow("unsupported version") << QByteArray(
        "GET /x HTTP/2.0\r\n\r\n") << QByteArray("Only HTTP/1.0 and HTTP/1.1 are supported\n");
}

void tst_HttpParser::explainsRefusalInItsMessage()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    HttpParser parser(smallLimits());
    parser.feed(input);
    QCOMPARE(parser.next(), HttpParser::Event::Refused);
    QCOMPARE(parser.refusal().message, message);
}

void tst_HttpParser::reportsWhereItStandsInTheStream()
{
    HttpParser parser;
    QCOMPARE(parser.phase(), HttpParser::Phase::Idle);

    parser.feed("\r\n");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QCOMPARE(parser.phase(), HttpParser::Phase::Idle); // an empty line is no request yet

    parser.feed("POST /u HT");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QCOMPARE(parser.phase(), HttpParser::Phase::Head);

    parser.feed("TP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QCOMPARE(parser.phase(), HttpParser::Phase::Body);

    parser.feed("c\r\n0\r\nX-T: 1\r\n");
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QCOMPARE(parser.phase(), HttpParser::Phase::Body); // the trailer is still to end

    parser.feed("\r\n");
    QCOMPARE(parser.next(), HttpParser::Event::Request);
    QCOMPARE(parser.next(), HttpParser::Event::NeedMoreData);
    QCOMPARE(parser.phase(), HttpParser::Phase::Idle);
}

QTEST_GUILESS_MAIN(tst_HttpParser)

#include "tst_httpparser.moc"
