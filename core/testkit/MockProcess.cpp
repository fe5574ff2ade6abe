// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockProcess.h"

#include "admin/AdminApi.h"
#include "format/RouteSetFormat.h"
#include "model/Chaos.h"
#include "model/Route.h"
#include "model/RouteSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace MockBench {

static const QByteArray listeningPrefix = "MockBench listening on ";

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// "&name=value" with the value percent-encoded, so a '+' or '&' in a path filter survives.
QString queryItem(const QString &name, const QString &value)
{
    return u'&' + name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString filterQuery(const QString &method, const QString &path)
{
    QString query;
    if (!method.isEmpty()) {
        query += queryItem(u"method"_s, method);
    }
    if (!path.isEmpty()) {
        query += queryItem(u"path"_s, path);
    }
    return query.mid(1);
}

/// The filters and one page of GET requests: @p limit exchanges from the @p offset-th newest
/// match, bodies whole (a journal's body limit is an int, so INT_MAX never cuts one).
QString pageQuery(const QString &method, const QString &path, qsizetype limit, qint64 offset)
{
    QString query = filterQuery(method, path);
    query += (query.isEmpty() ? u"limit="_s : u"&limit="_s) + QString::number(limit);
    query += u"&offset="_s + QString::number(offset);
    query += u"&bodyLimit="_s + QString::number(std::numeric_limits<int>::max());
    return query;
}

RawHeaders headersFromJson(const QJsonValue &value)
{
    RawHeaders headers;
    const QJsonArray pairs = value.toArray();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray nameValue = pair.toArray();
        headers.append(
            { nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toLatin1() });
    }
    return headers;
}

QByteArray bodyFromJson(const QJsonObject &json, const QString &key)
{
    const QJsonValue base64 = json.value(key + u"Base64"_s);
    if (base64.isString()) {
        return QByteArray::fromBase64(base64.toString().toLatin1());
    }
    return json.value(key).toString().toUtf8();
}

/// The server's "error" and "errors" texts of an admin error answer, or the raw body.
QString errorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QStringList parts;
    if (object.value(u"error"_s).isString()) {
        parts.append(object.value(u"error"_s).toString());
    }
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    for (const QJsonValue &error : errors) {
        parts.append(error.toString());
    }
    if (parts.isEmpty()) {
        return QString::fromUtf8(body.left(200)).trimmed();
    }
    return parts.join(u"; "_s);
}

} // namespace

MockProcess::MockProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this,
        [this] { m_stderr += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::finished, this,
        [this](int code, QProcess::ExitStatus) { Q_EMIT finished(code); });
}

MockProcess::~MockProcess()
{
    stop();
}

void MockProcess::setProgram(const QString &program)
{
    m_program = program;
}

QString MockProcess::program() const
{
    if (!m_program.isEmpty()) {
        return m_program;
    }
    const QString fromEnv = qEnvironmentVariable("MOCKBENCH_BINARY");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"mockbench"_s);
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(u"mockbench"_s);
}

bool MockProcess::start(const QString &routeFile, const QStringList &extraArguments, int timeoutMs)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    const QString binary = program();
    if (binary.isEmpty()) {
        m_error = u"mockbench binary not found (set MOCKBENCH_BINARY)"_s;
        return false;
    }
    QStringList args { u"--headless"_s };
    if (!routeFile.isEmpty()) {
        args.append(routeFile);
    }
    args += { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s };
    args += extraArguments;

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto readLine = connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        m_stdout += m_process.readAllStandardOutput();
        const qsizetype at = m_stdout.indexOf(listeningPrefix);
        const qsizetype eol = at < 0 ? -1 : m_stdout.indexOf('\n', at);
        if (eol >= 0) {
            const QByteArray url =
                m_stdout.mid(at + listeningPrefix.size(), eol - at - listeningPrefix.size())
                    .trimmed();
            m_baseUrl = QUrl(QString::fromUtf8(url));
            loop.quit();
        }
    });
    const auto ended = connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    const auto failed = connect(
        &m_process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError) { loop.quit(); });
    m_process.start(binary, args);
    timeout.start(timeoutMs);
    loop.exec();
    disconnect(readLine);
    disconnect(ended);
    disconnect(failed);

    if (m_baseUrl.isValid() && m_process.state() == QProcess::Running) {
        Q_EMIT started(port());
        return true;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_error = u"%1 did not print its listening line within %2 ms"_s.arg(binary).arg(timeoutMs);
        m_process.kill();
        m_process.waitForFinished(2000);
    } else if (m_process.error() == QProcess::FailedToStart) {
        m_error = u"cannot start %1: %2"_s.arg(binary, m_process.errorString());
    } else {
        m_stderr += m_process.readAllStandardError();
        m_error = u"%1 exited with code %2: %3"_s.arg(binary)
                      .arg(m_process.exitCode())
                      .arg(QString::fromUtf8(m_stderr).trimmed());
    }
    return false;
}

bool MockProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return true;
    }
    m_process.terminate();
    if (m_process.waitForFinished(timeoutMs)) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    m_process.kill();
    m_process.waitForFinished(timeoutMs);
    return false;
}

bool MockProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void MockProcess::setAdminToken(const QString &token)
{
    m_adminToken = token;
}

void MockProcess::setAdminTimeout(int timeoutMs)
{
    m_adminTimeoutMs = timeoutMs;
}

QUrl MockProcess::adminUrl(const QString &endpoint) const
{
    QUrl url = m_baseUrl;
    url.setPath(u"/__mockbench/"_s + endpoint);
    return url;
}

bool MockProcess::call(const QByteArray &verb, const QString &endpoint, const QByteArray &body,
    QByteArray *answer, const QString &query)
{
    const QString what = QString::fromLatin1(verb) + u" /__mockbench/"_s + endpoint;
    if (!isRunning() || !m_baseUrl.isValid()) {
        m_error = what + u": mockbench is not running"_s;
        return false;
    }
    if (!m_network) {
        // One manager for the life of the process: a manager per call has crashed Qt 6.4.
        m_network = new QNetworkAccessManager(this);
    }
    QUrl url = adminUrl(endpoint);
    if (!query.isEmpty()) {
        url.setQuery(query, QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=utf-8"_ba);
    }
    if (!m_adminToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_adminToken.toUtf8());
    }
    QNetworkReply *reply = body.isEmpty() && verb != "PUT" && verb != "POST"
        ? m_network->sendCustomRequest(request, verb)
        : m_network->sendCustomRequest(request, verb, body);

    // A local loop with a timer, and the process ending also ends the wait: a test never
    // hangs on a server that is gone or stuck.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(m_adminTimeoutMs);
    if (!reply->isFinished()) {
        loop.exec();
    }
    reply->deleteLater();
    if (!reply->isFinished()) {
        reply->abort();
        m_error = what + u": no answer within %1 ms"_s.arg(m_adminTimeoutMs);
        return false;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray data = reply->readAll();
    if (!status.isValid()) {
        m_error = what + u": "_s + reply->errorString();
        return false;
    }
    const int code = status.toInt();
    if (code < 200 || code > 299) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        m_error = what + u": HTTP %1"_s.arg(code) + (reason.isEmpty() ? QString() : u' ' + reason);
        const QString text = errorText(data);
        if (!text.isEmpty()) {
            m_error += u": "_s + text;
        }
        return false;
    }
    m_error.clear();
    if (answer) {
        *answer = data;
    }
    return true;
}

std::optional<QJsonObject> MockProcess::callForObject(
    const QByteArray &verb, const QString &endpoint, const QByteArray &body, const QString &query)
{
    QByteArray answer;
    if (!call(verb, endpoint, body, &answer, query)) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (!document.isObject()) {
        m_error = QString::fromLatin1(verb) + u" /__mockbench/"_s + endpoint
            + u": the answer is not a JSON object: "_s
            + (error.error != QJsonParseError::NoError ? error.errorString()
                                                       : QString::fromUtf8(answer.left(200)));
        return std::nullopt;
    }
    return document.object();
}

bool MockProcess::isHealthy()
{
    const std::optional<QJsonObject> answer = health();
    if (!answer) {
        return false;
    }
    if (answer->value(u"status"_s).toString() != u"ok"_s) {
        m_error = u"GET /__mockbench/health: status is \"%1\", not \"ok\""_s.arg(
            answer->value(u"status"_s).toString());
        return false;
    }
    return true;
}

std::optional<QJsonObject> MockProcess::health()
{
    return callForObject("GET", u"health"_s);
}

std::optional<RouteSet> MockProcess::routes()
{
    QByteArray answer;
    if (!call("GET", u"routes"_s, {}, &answer)) {
        return std::nullopt;
    }
    LoadResult loaded = RouteSetFormat::fromJson(answer);
    if (!loaded.ok()) {
        m_error = u"GET /__mockbench/routes: the answer is not a valid route set: "_s
            + loaded.errorStrings().join(u"; "_s);
        return std::nullopt;
    }
    return loaded.routeSet;
}

bool MockProcess::addRoute(const Route &route, QString *assignedId)
{
    const std::optional<QJsonObject> answer =
        callForObject("POST", u"routes"_s, compactJson(RouteSetFormat::routeToJson(route)));
    if (answer && assignedId) {
        *assignedId = answer->value(u"id"_s).toString();
    }
    return answer.has_value();
}

bool MockProcess::replaceRoutes(const RouteSet &routeSet)
{
    return call("PUT", u"routes"_s, RouteSetFormat::toJson(routeSet));
}

bool MockProcess::removeRoute(const QString &id)
{
    return call("DELETE", u"routes/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

std::optional<Chaos> MockProcess::chaos()
{
    const std::optional<QJsonObject> answer = callForObject("GET", u"chaos"_s);
    if (!answer) {
        return std::nullopt;
    }
    FormatErrors errors;
    Chaos result = Chaos::fromJson(*answer, u"chaos"_s, &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FormatError &error : std::as_const(errors)) {
            lines.append(error.toString());
        }
        m_error =
            u"GET /__mockbench/chaos: the answer is not valid chaos: "_s + lines.join(u"; "_s);
        return std::nullopt;
    }
    return result;
}

bool MockProcess::setChaos(const Chaos &chaos)
{
    // PUT chaos is partial (absent keys are kept): null removes what this Chaos leaves unset,
    // so the call replaces the global chaos as its name says.
    QJsonObject object = chaos.toJson();
    for (const QString &key : { u"latency"_s, u"errorRate"_s, u"error"_s, u"seed"_s }) {
        if (!object.contains(key)) {
            object.insert(key, QJsonValue::Null);
        }
    }
    return call("PUT", u"chaos"_s, compactJson(object));
}

std::optional<QList<QJsonObject>> MockProcess::requests(
    const QString &method, const QString &path, int limit)
{
    // The server answers one page at a time (at most AdminApi::MaxPageSize exchanges, fewer
    // when they are large), counted back from the newest, each page oldest first: the walk
    // follows "next" back to the oldest, or until the newest @p limit are in.
    QList<QList<QJsonObject>> pages; // newest page first
    qsizetype collected = 0;
    qint64 offset = 0;
    quint64 oldestId = std::numeric_limits<quint64>::max();
    for (;;) {
        const qsizetype pageSize = limit < 0
            ? AdminApi::MaxPageSize
            : std::min<qsizetype>(limit - collected, AdminApi::MaxPageSize);
        const std::optional<QJsonObject> answer =
            callForObject("GET", u"requests"_s, {}, pageQuery(method, path, pageSize, offset));
        if (!answer) {
            return std::nullopt;
        }
        if (!answer->value(u"requests"_s).isArray()) {
            m_error = u"GET /__mockbench/requests: the answer has no \"requests\" array"_s;
            return std::nullopt;
        }
        // Exchanges recorded while the walk goes on push older ones down: what shows again
        // at the top of the next page (an id not older than the oldest so far) is skipped.
        QList<QJsonObject> page;
        const QJsonArray list = answer->value(u"requests"_s).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject exchange = value.toObject();
            if (quint64(exchange.value(u"id"_s).toDouble()) < oldestId) {
                page.append(exchange);
            }
        }
        if (!page.isEmpty()) {
            oldestId = quint64(page.first().value(u"id"_s).toDouble());
            collected += page.size();
            pages.append(std::move(page));
        }
        const QJsonValue next = answer->value(u"next"_s);
        if (next.isUndefined()) {
            // A mockbench older than paging: it answered the newest `limit` at once.
            const double total = answer->value(u"total"_s).toDouble();
            if (limit < 0 && total > double(collected)) {
                m_error = u"GET /__mockbench/requests: this mockbench does not page its journal "
                          "(no \"next\"), and listed %1 of %2"_s.arg(collected)
                              .arg(total);
                return std::nullopt;
            }
            break;
        }
        if (next.isNull() || (limit >= 0 && collected >= limit)) {
            break;
        }
        if (!next.isDouble() || next.toDouble() <= double(offset)) {
            m_error = u"GET /__mockbench/requests: \"next\" (%1) is not past \"offset\" (%2)"_s
                          .arg(next.toVariant().toString())
                          .arg(offset);
            return std::nullopt;
        }
        offset = qint64(next.toDouble());
    }
    QList<QJsonObject> result;
    result.reserve(collected);
    for (auto it = pages.crbegin(); it != pages.crend(); ++it) {
        result.append(*it);
    }
    return result;
}

int MockProcess::requestCount(const QString &method, const QString &path)
{
    const std::optional<QJsonObject> answer =
        callForObject("GET", u"requests/count"_s, {}, filterQuery(method, path));
    if (!answer) {
        return -1;
    }
    if (!answer->value(u"count"_s).isDouble()) {
        m_error = u"GET /__mockbench/requests/count: the answer has no \"count\" number"_s;
        return -1;
    }
    return answer->value(u"count"_s).toInt();
}

std::optional<QList<Exchange>> MockProcess::receivedExchanges(
    const QString &method, const QString &path, int limit)
{
    const std::optional<QList<QJsonObject>> list = requests(method, path, limit);
    if (!list) {
        return std::nullopt;
    }
    QList<Exchange> result;
    result.reserve(list->size());
    for (const QJsonObject &json : *list) {
        result.append(exchangeFromJson(json));
    }
    return result;
}

bool MockProcess::clearRequests()
{
    return call("DELETE", u"requests"_s);
}

bool MockProcess::reset()
{
    return call("POST", u"reset"_s);
}

Exchange MockProcess::exchangeFromJson(const QJsonObject &json)
{
    Exchange e;
    e.id = quint64(json.value(u"id"_s).toDouble());
    e.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.peer = json.value(u"peer"_s).toString();
    e.method = json.value(u"method"_s).toString().toLatin1();
    e.path = json.value(u"path"_s).toString();
    e.target = json.value(u"target"_s).toString().toUtf8();
    e.requestHeaders = headersFromJson(json.value(u"requestHeaders"_s));
    e.requestBody = bodyFromJson(json, u"requestBody"_s);
    e.requestBodySize = qint64(json.value(u"requestBodySize"_s).toDouble());
    e.status = json.value(u"status"_s).toInt();
    e.reason = json.value(u"reason"_s).toString().toLatin1();
    e.responseHeaders = headersFromJson(json.value(u"responseHeaders"_s));
    e.responseBody = bodyFromJson(json, u"responseBody"_s);
    e.responseBodySize = qint64(json.value(u"responseBodySize"_s).toDouble());
    const QJsonValue routeId = json.value(u"routeId"_s);
    e.routeIndex = routeId.isString() ? 0 : -1;
    e.routeId = routeId.toString();
    e.responseIndex = json.value(u"responseIndex"_s).toInt(-1);
    e.error = json.value(u"error"_s).toString();
    e.delayMs = qint64(json.value(u"delayMs"_s).toDouble());
    e.errorRoll =
        json.value(u"errorRoll"_s).isDouble() ? json.value(u"errorRoll"_s).toDouble() : -1;
    e.errorInjected = json.value(u"errorInjected"_s).toBool();
    e.fault = json.value(u"fault"_s).toString();
    e.durationUs = qRound64(json.value(u"durationMs"_s).toDouble() * 1000.0);
    return e;
}

} // namespace MockBench
