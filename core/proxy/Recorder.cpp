// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recorder.h"

#include "format/RouteSetFormat.h"
#include "http/HttpResponse.h"
#include "journal/Exchange.h"
#include "proxy/ProxyForwarder.h"
#include "server/MockServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// The server's tap while recording: passes what it sees to the recorder, nothing once the
/// recording stopped (the server may still hold it for a body under way).
class TapRelay : public RecordingTap
{
public:
    explicit TapRelay(Recorder *recorder)
        : recorder(recorder)
    {
    }
    void begin(quint64 key, const HttpRequest &request, const QString &upstreamUrl, int status,
        const QByteArray &reason, const RawHeaders &headers) override
    {
        if (recorder) {
            recorder->begin(key, request, upstreamUrl, status, reason, headers);
        }
    }
    void bodyData(quint64 key, const QByteArray &bytes) override
    {
        if (recorder) {
            recorder->bodyData(key, bytes);
        }
    }
    void end(quint64 key, bool complete) override
    {
        if (recorder) {
            recorder->end(key, complete);
        }
    }
    Recorder *recorder = nullptr;
};

/// Text that can be a file's "body" as it is: valid UTF-8 without NUL bytes.
bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

/// A body file answers ranges and says so itself.
void removeAcceptRanges(Response *response)
{
    response->headers.removeIf([](const auto &h) {
        return h.first.compare(u"Accept-Ranges"_s, Qt::CaseInsensitive) == 0;
    });
}

QString describe(const QByteArray &method, const QString &path, const QByteArray &rawQuery)
{
    return QString::fromLatin1(method) + u' ' + path
        + (rawQuery.isEmpty() ? QString() : u'?' + QString::fromLatin1(rawQuery));
}

} // namespace

Recorder::Recorder(MockServer *server)
    : m_server(server)
{
}

Recorder::~Recorder()
{
    stop();
}

bool Recorder::start(const ProxyTarget &target, const QString &pathPattern, QString *error)
{
    if (m_recording) {
        if (error) {
            *error = u"already recording %1"_s.arg(m_target->url.toString());
        }
        return false;
    }
    QRegularExpression filter(pathPattern);
    if (!pathPattern.isEmpty() && !filter.isValid()) {
        if (error) {
            *error = u"pathPattern \"%1\" is not a regular expression: %2"_s.arg(
                pathPattern, filter.errorString());
        }
        return false;
    }
    m_filter = pathPattern.isEmpty() ? QRegularExpression() : filter;
    m_target = target;
    m_pending.clear();
    m_recorded.clear();
    m_skipped.clear();
    m_recording = true;
    m_tap = std::make_shared<TapRelay>(this);
    if (m_server) {
        m_server->setRecordingTap(m_tap);
        m_server->setForwardAll(target);
    }
    return true;
}

void Recorder::stop()
{
    if (!m_recording) {
        return;
    }
    m_recording = false;
    static_cast<TapRelay *>(m_tap.get())->recorder = nullptr;
    m_tap.reset();
    if (m_server) {
        m_server->setForwardAll(std::nullopt);
        m_server->setRecordingTap(nullptr);
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        m_skipped.append(describe(it->method, it->path, it->rawQuery)
            + u": its answer was still coming when the recording stopped"_s);
    }
    m_pending.clear();
}

void Recorder::begin(quint64 key, const HttpRequest &request, const QString &upstreamUrl,
    int status, const QByteArray &reason, const RawHeaders &headers)
{
    Q_UNUSED(upstreamUrl);
    if (!m_recording
        || (m_filter.isValid() && !m_filter.pattern().isEmpty()
            && !m_filter.match(request.path).hasMatch())) {
        return;
    }
    Take take;
    take.method = request.method;
    take.path = request.path;
    take.rawQuery = request.rawQuery;
    take.query = request.query;
    take.requestBody = request.body;
    take.status = status;
    take.reason = reason;
    take.headers = headers;
    m_pending.insert(key, take);
}

void Recorder::bodyData(quint64 key, const QByteArray &bytes)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || it->tooLarge) {
        return;
    }
    if (it->body.size() + bytes.size() > MaxBodyBytes) {
        it->tooLarge = true;
        it->body.clear();
        return;
    }
    it->body += bytes;
}

void Recorder::end(quint64 key, bool complete)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        return;
    }
    const Take take = *it;
    m_pending.erase(it);
    const QString what = describe(take.method, take.path, take.rawQuery);
    if (!complete) {
        m_skipped.append(what + u": the upstream broke off, or the client left, mid-answer"_s);
    } else if (take.tooLarge) {
        m_skipped.append(what + u": the body is over %1 bytes"_s.arg(MaxBodyBytes));
    } else if (take.path.contains(u'{') || take.path.contains(u'}')) {
        m_skipped.append(what + u": a path template cannot hold { or } literally"_s);
    } else {
        m_recorded.append(take);
    }
}

Response Recorder::responseOf(const Take &take, const BodyWriter &bodies)
{
    Response response;
    response.status = take.status;
    if (take.reason != HttpResponse::standardReason(take.status)) {
        response.reason = QString::fromLatin1(take.reason);
    }
    for (const auto &[name, value] : take.headers) {
        if (ProxyForwarder::isHopByHop(name)
            || name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            continue;
        }
        const QString key = QString::fromLatin1(name);
        // QNetworkReply joins repeated Set-Cookie headers with line breaks.
        const QStringList values = name.compare("Set-Cookie", Qt::CaseInsensitive) == 0
            ? QString::fromUtf8(value).split(u'\n')
            : QStringList { QString::fromUtf8(value) };
        auto same = std::find_if(response.headers.begin(), response.headers.end(),
            [&key](const auto &h) { return h.first.compare(key, Qt::CaseInsensitive) == 0; });
        if (same == response.headers.end()) {
            response.headers.append({ key, values });
        } else {
            same->second += values;
        }
    }
    // Sent exactly as recorded: never rendered as a template.
    response.templating = TemplateDialect::None;
    if (!take.body.isEmpty() && bodies && bodies(take, &response)) {
        // In a body file.
    } else if (!take.body.isEmpty()) {
        response.bodySource = Response::BodySource::Text;
        if (isText(take.body)) {
            response.body = QString::fromUtf8(take.body);
        } else {
            response.body = QString::fromLatin1(take.body.toBase64());
            response.base64 = true;
        }
    }
    return response;
}

Route Recorder::routeOf(const Take &take, const BodyWriter &bodies)
{
    Route route = Route::on(QString::fromLatin1(take.method), take.path);
    MatchConditions match;
    for (const auto &[name, value] : take.query) {
        match.query.append({ name, ValueMatcher::exact(value) });
    }
    if (!take.requestBody.isEmpty() && isText(take.requestBody)) {
        match.body = ValueMatcher::exact(QString::fromUtf8(take.requestBody));
    }
    route.match = match;
    route.responses.append(responseOf(take, bodies));
    return route;
}

QList<Route> Recorder::routes() const
{
    return buildRoutes({});
}

bool Recorder::writeRouteSet(const QString &path, const QString &name, QString *error) const
{
    const QFileInfo info(path);
    QString stem = info.fileName();
    for (const QString &suffix : { u".mockbench.json"_s, u".json"_s }) {
        if (stem.endsWith(suffix) && stem.size() > suffix.size()) {
            stem.chop(suffix.size());
            break;
        }
    }
    const QDir dir = info.absoluteDir();
    const QString folder = stem + u".bodies"_s;
    int written = 0;
    QString failure;
    QHash<QByteArray, QString> files; // the same body once, whatever answers it

    const BodyWriter bodies = [&](const Take &take, Response *response) {
        if (!failure.isEmpty() || (isText(take.body) && take.body.size() <= InlineBodyBytes)) {
            return false;
        }
        const QByteArray hash = QCryptographicHash::hash(take.body, QCryptographicHash::Sha256);
        if (const auto known = files.constFind(hash); known != files.cend()) {
            response->bodySource = Response::BodySource::File;
            response->bodyFile = *known;
            removeAcceptRanges(response);
            return true;
        }
        if (!dir.exists(folder) && !dir.mkpath(folder)) {
            failure = u"cannot make the folder %1"_s.arg(dir.filePath(folder));
            return false;
        }
        const QMimeType type = QMimeDatabase().mimeTypeForData(take.body);
        const QString suffix = type.preferredSuffix().isEmpty() ? u"bin"_s : type.preferredSuffix();
        const QString file =
            u"%1/%2.%3"_s.arg(folder).arg(++written, 3, 10, QChar(u'0')).arg(suffix);
        QSaveFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(take.body) != take.body.size()
            || !out.commit()) {
            failure = u"cannot write %1: %2"_s.arg(dir.filePath(file), out.errorString());
            return false;
        }
        files.insert(hash, file);
        response->bodySource = Response::BodySource::File;
        response->bodyFile = file;
        removeAcceptRanges(response);
        return true;
    };
    RouteSet set;
    set.name = name;
    set.baseDir = dir.absolutePath();
    set.routes = buildRoutes(bodies);
    if (!failure.isEmpty()) {
        if (error) {
            *error = failure;
        }
        return false;
    }
    return RouteSetFormat::writeFile(set, path, error);
}

QList<Route> Recorder::buildRoutes(const BodyWriter &bodies) const
{
    // One route per distinct request, in the order they first came.
    QList<Route> routes;
    QList<QByteArray> keys;
    for (const Take &take : m_recorded) {
        const QByteArray key =
            take.method + ' ' + take.path.toUtf8() + '?' + take.rawQuery + '\n' + take.requestBody;
        const qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys.append(key);
            routes.append(routeOf(take, bodies));
            continue;
        }
        Route &route = routes[at];
        route.responses.append(responseOf(take, bodies));
        route.responseMode = Route::ResponseMode::Sequential;
    }
    for (Route &route : routes) {
        // The same answer every time is one response.
        const bool allSame = std::all_of(route.responses.cbegin(), route.responses.cend(),
            [&route](const Response &r) { return r == route.responses.first(); });
        if (allSame && route.responses.size() > 1) {
            route.responses.resize(1);
            route.responseMode = Route::ResponseMode::Rules;
        }
    }
    // Within one method and path, a route with conditions goes before one without, which
    // would take its requests too: grouped by where their method and path first came.
    QList<std::pair<std::pair<qsizetype, bool>, Route>> keyed;
    for (const Route &route : std::as_const(routes)) {
        const auto first = std::find_if(routes.cbegin(), routes.cend(),
            [&route](const Route &r) { return r.method == route.method && r.path == route.path; });
        const bool plain = route.match.query.isEmpty() && !route.match.body;
        keyed.append({ { first - routes.cbegin(), plain }, route });
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    routes.clear();
    for (const auto &entry : std::as_const(keyed)) {
        routes.append(entry.second);
    }
    for (qsizetype i = 0; i < routes.size(); ++i) {
        routes[i].id = u"recorded-%1"_s.arg(i + 1);
    }
    return routes;
}

Route Recorder::routeFromExchange(const Exchange &exchange, QString *note)
{
    Take take;
    take.method = exchange.method;
    take.path = exchange.path;
    HttpRequest request;
    request.setTarget(exchange.target);
    take.rawQuery = request.rawQuery;
    take.query = request.query;
    take.requestBody = exchange.requestBody;
    take.status = exchange.status;
    take.reason = exchange.reason;
    take.headers = exchange.responseHeaders;
    take.body = exchange.responseBody;
    if (note) {
        note->clear();
        if (exchange.responseBodySize > exchange.responseBody.size()) {
            *note = u"the journal kept %1 of the body's %2 bytes: the route answers those"_s
                        .arg(exchange.responseBody.size())
                        .arg(exchange.responseBodySize);
        }
    }
    Route route = routeOf(take);
    route.id.clear();
    return route;
}

} // namespace MockBench
