// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recorder.h"

#include "format/RouteSetFormat.h"
#include "http/HttpResponse.h"
#include "journal/Exchange.h"
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
    RecordedExchange take;
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
    const RecordedExchange take = *it;
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

QList<Route> Recorder::routes() const
{
    return RecordedRoutes::build(m_recorded);
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

    const RecordedRoutes::BodyWriter bodies = [&](const RecordedExchange &take,
                                                  Response *response) {
        if (!failure.isEmpty()
            || (RecordedRoutes::isText(take.body) && take.body.size() <= InlineBodyBytes)) {
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
    set.defaultContentType = false; // an answer that had no Content-Type is served without one
    set.routes = RecordedRoutes::build(m_recorded, bodies);
    if (!failure.isEmpty()) {
        if (error) {
            *error = failure;
        }
        return false;
    }
    return RouteSetFormat::writeFile(set, path, error);
}

RecordedExchange Recorder::recordedOf(const Exchange &exchange)
{
    RecordedExchange take;
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
    return take;
}

Route Recorder::routeFromExchange(const Exchange &exchange, QString *note)
{
    const RecordedExchange take = recordedOf(exchange);
    if (note) {
        note->clear();
        if (exchange.responseBodySize > exchange.responseBody.size()) {
            *note = u"the journal kept %1 of the body's %2 bytes: the route answers those"_s
                        .arg(exchange.responseBody.size())
                        .arg(exchange.responseBodySize);
        }
    }
    Route route = RecordedRoutes::routeOf(take);
    route.id.clear();
    return route;
}

} // namespace MockBench
