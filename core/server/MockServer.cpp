// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockServer.h"

#include "engine/ChaosPlanner.h"
#include "engine/ResponseSelector.h"
#include "engine/RouteMatcher.h"
#include "engine/TemplateRenderer.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Validation.h"
#include "model/ValueMatcher.h"
#include "proxy/ProxyForwarder.h"
#include "proxy/RecordingTap.h"
#include "server/HttpConnection.h"
#include "state/CrudResource.h"
#include "state/StateStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "mockbench.server", QtInfoMsg)

namespace MockBench {

namespace {

/// A response prepared once per route set: templates compiled, JSON serialised.
struct CompiledResponse
{
    Response source;
    TemplateRenderer *renderer = nullptr; ///< of source.templating, renders body and headers
    std::shared_ptr<const CompiledTemplate> body;
    QList<std::pair<QByteArray, std::shared_ptr<const CompiledTemplate>>> headers;
    /// Per header: the renderer of a set header in the set's dialect when it is not the
    /// response's (rendered on the spot), else nullptr (rendered with the others).
    QList<TemplateRenderer *> headerRenderers;
    QByteArray fixedBody; ///< json bodies
    QByteArray defaultContentType; ///< sent when the response names none
    /// A templated file body (Response::templateFile): the file's template, compiled again
    /// when the file changes. Only the server's thread uses it.
    struct FileTemplate
    {
        QString path;
        QDateTime modified;
        qint64 size = -1;
        std::shared_ptr<const CompiledTemplate> tmpl;
    };
    std::shared_ptr<FileTemplate> fileTemplate = std::make_shared<FileTemplate>();
    /// Response::templatePath: the body file's path as a template.
    std::shared_ptr<const CompiledTemplate> pathTemplate;
};

struct CompiledRoute
{
    QList<CompiledResponse> responses;
    quint64 hits = 0;
    /// The templates of the route's Template rules, by the rule (in CompiledSet::set), with
    /// the renderer of the rule's response.
    QHash<const MatchRule *, std::pair<TemplateRenderer *, std::shared_ptr<const CompiledTemplate>>>
        ruleTemplates;
    /// The same for rules whose value is a template (MatchRule::templateValue).
    QHash<const MatchRule *, std::pair<TemplateRenderer *, std::shared_ptr<const CompiledTemplate>>>
        valueTemplates;
};

/// What a response's rules ask of the server while it picks a response.
class ServerRuleContext final : public RuleContext
{
public:
    ServerRuleContext(const HttpRequest &request, const PathCaptures &captures, quint64 number,
        const StateStore &state, const CompiledRoute &route)
        : m_request(request)
        , m_captures(captures)
        , m_number(number)
        , m_state(state)
        , m_route(route)
    {
    }
    std::optional<QString> pathParam(const QString &name) const override
    {
        for (const PathCapture &capture : m_captures) {
            if (capture.name == name) {
                return capture.value;
            }
        }
        return std::nullopt;
    }
    quint64 requestNumber() const override { return m_number; }
    std::optional<QJsonValue> globalVariable(const QString &name) const override
    {
        return m_state.globalVar(name);
    }
    std::optional<QJsonValue> dataStore(const QString &name) const override
    {
        return m_state.data(name);
    }
    QString renderedTemplate(const MatchRule &rule) const override
    {
        return render(m_route.ruleTemplates, rule, rule.name);
    }
    QString renderedValue(const MatchRule &rule) const override
    {
        return render(m_route.valueTemplates, rule, rule.value);
    }

private:
    QString render(
        const QHash<const MatchRule *,
            std::pair<TemplateRenderer *, std::shared_ptr<const CompiledTemplate>>> &from,
        const MatchRule &rule, const QString &asWritten) const
    {
        // Rendered while this thread waits: a rule's template is short, and the response
        // cannot be chosen before it is known. One that fails reads as written, as in Mockoon.
        const auto found = from.constFind(&rule);
        if (found == from.constEnd()) {
            return asWritten;
        }
        const RenderResult result = found->first->render(*found->second, m_request, m_captures);
        return result.ok() ? QString::fromUtf8(result.text) : asWritten;
    }

    const HttpRequest &m_request;
    const PathCaptures &m_captures;
    quint64 m_number;
    const StateStore &m_state;
    const CompiledRoute &m_route;
};

/// Mockoon's CORS headers: the preflight answer of a set with `cors`, where the set's own headers
/// do not name them.
const QList<std::pair<QByteArray, QByteArray>> &corsHeaders()
{
    static const QList<std::pair<QByteArray, QByteArray>> headers {
        { "Access-Control-Allow-Origin", "*" },
        { "Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS" },
        { "Access-Control-Allow-Headers",
            "Content-Type, Origin, Accept, Authorization, Content-Length, X-Requested-With" },
    };
    return headers;
}

void addMissingHeaders(HttpResponse &out, const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    for (const auto &[name, value] : extra) {
        const bool present = std::any_of(out.headers.cbegin(), out.headers.cend(),
            [&n = name](const std::pair<QByteArray, QByteArray> &h) {
                return h.first.compare(n, Qt::CaseInsensitive) == 0;
            });
        if (!present) {
            out.headers.append({ name, value });
        }
    }
}

struct CompiledSet
{
    RouteSet set;
    RouteMatcher matcher;
    QList<CompiledRoute> routes;
    /// RouteSet::notFound, compiled like a route's response.
    std::optional<CompiledResponse> notFound;
    /// RouteSet::headers in the set's dialect, for the CORS preflight and proxied answers.
    QList<std::pair<QByteArray, std::shared_ptr<const CompiledTemplate>>> setHeaders;
    TemplateRenderer *setRenderer = nullptr;
    /// A forwarding target's header value that is a template (Mockoon's proxyReqHeaders and
    /// proxyResHeaders), in the set's dialect: where it is, and the template.
    struct TargetTemplate
    {
        bool response; ///< responseHeaders, else requestHeaders
        qsizetype header;
        qsizetype value;
        std::shared_ptr<const CompiledTemplate> tmpl;
    };
    /// By the target (set.proxy or a route's, in this set): compiled once, rendered per request.
    QHash<const ProxyTarget *, QList<TargetTemplate>> targetTemplates;
    /// Some route requires a scenario state: only then does matching ask the state.
    bool scenarioGates = false;
    FormatErrors templateErrors; ///< MockServer::templateErrors()
};

/// The set's headers rendered for @p request, for answers that are not a route's response
/// (the CORS preflight, proxied answers); a template that fails gives Mockoon's placeholder.
QList<std::pair<QByteArray, QByteArray>> renderedSetHeaders(
    const CompiledSet &set, const HttpRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.reserve(set.setHeaders.size());
    for (const auto &[name, tmpl] : set.setHeaders) {
        QByteArray value = tmpl->staticText();
        if (!tmpl->isStatic()) {
            const RenderResult r = set.setRenderer->render(*tmpl, request, {});
            value = r.ok() ? r.text
                           : QByteArray("-- Header parsing error, see logs for more details --");
            value.replace('\r', ' ').replace('\n', ' ');
        }
        headers.append({ name, value });
    }
    return headers;
}

/// A resource route's CRUD answer (status, JSON body and its headers) in place of the status
/// and body of the response @p out built from the route's chosen response, whose other headers
/// (and fault) stay.
void applyCrud(HttpResponse &out, const HttpResponse &crud)
{
    out.status = crud.status;
    out.reason.clear();
    out.body = crud.body;
    out.file.reset();
    out.headers.removeIf([](const std::pair<QByteArray, QByteArray> &header) {
        return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0
            || header.first.compare("Accept-Ranges", Qt::CaseInsensitive) == 0;
    });
    out.headers += crud.headers;
}

QByteArray guessContentType(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        return "application/json";
    }
    return "text/plain; charset=utf-8";
}

/// The type of the file named @p file by its extension, or empty when it is not known.
QMimeType fileTypeOf(const QString &file)
{
    static const QMimeDatabase mime;
    const QMimeType type = mime.mimeTypeForFile(file, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QMimeType() : type;
}

/// True for a text file that can be a template: text/*, JSON, XML, JavaScript and the like.
bool isTextType(const QMimeType &type)
{
    return type.isValid()
        && (type.inherits(u"text/plain"_s) || type.name().startsWith(u"text/"_s)
            || type.name().endsWith(u"+json"_s) || type.name().endsWith(u"+xml"_s)
            || type.name() == u"application/json"_s || type.name() == u"application/xml"_s
            || type.name() == u"application/javascript"_s);
}

/// Opens @p path for reading without ever blocking (a FIFO swapped in after the check would
/// block open() until a writer came) and checks that what was opened is a regular file.
std::shared_ptr<QFile> openRegularFile(const QString &path, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *why = u"must name a regular file, not a pipe, socket or device"_s;
        return {};
    }
    auto file = std::make_shared<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *why = file->errorString();
        return {};
    }
    return file;
}

/// Applies a request's Range header (RFC 9110 14) to a 200 answer from a file of @p size
/// bytes: one satisfiable range answers 206 with that part, an unsatisfiable one 416. Several
/// ranges, a unit other than bytes, a malformed header or an If-Range (this server sends no
/// validators to match) are ignored, as the RFC allows: the whole file is sent.
void applyRange(HttpResponse &out, const HttpRequest &request, qint64 size)
{
    const QByteArray range = request.header("Range").trimmed();
    if (range.isEmpty() || !request.header("If-Range").isEmpty() || out.status != 200) {
        return;
    }
    const qsizetype eq = range.indexOf('=');
    if (eq < 0 || range.left(eq).trimmed().toLower() != "bytes" || range.contains(',')) {
        return;
    }
    const QByteArray spec = range.mid(eq + 1).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0) {
        return;
    }
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    auto digits = [](const QByteArray &text) {
        return !text.isEmpty() && text.size() <= 18
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    qint64 first = 0;
    qint64 last = size - 1;
    if (firstText.isEmpty()) {
        if (!digits(lastText)) {
            return;
        }
        const qint64 suffix = lastText.toLongLong(); // the last N bytes
        if (suffix == 0 || size == 0) {
            first = size; // unsatisfiable
        } else {
            first = std::max<qint64>(0, size - suffix);
        }
    } else {
        if (!digits(firstText) || (!lastText.isEmpty() && !digits(lastText))) {
            return;
        }
        first = firstText.toLongLong();
        if (!lastText.isEmpty()) {
            last = std::min(last, lastText.toLongLong());
            if (lastText.toLongLong() < first) {
                return; // invalid, not unsatisfiable: ignored
            }
        }
    }
    if (first >= size) {
        out.status = 416;
        out.reason.clear();
        out.headers.append({ QByteArray("Content-Range"), "bytes */" + QByteArray::number(size) });
        out.file.reset();
        out.body.clear();
        return;
    }
    out.status = 206;
    out.reason.clear();
    out.headers.append({ QByteArray("Content-Range"),
        "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(size) });
    out.file->offset = first;
    out.file->length = last - first + 1;
}

/// A proxied answer's body on its way to the client: keeps what the journal keeps of it as it
/// passes, and records the exchange once it is over (sent whole, broken off by the upstream, or
/// dropped because the client went away), so the journal holds the upstream's answer.
class JournalStream final : public BodyStream
{
public:
    JournalStream(std::shared_ptr<BodyStream> inner, Exchange exchange, Journal *journal)
        : m_inner(std::move(inner))
        , m_exchange(std::move(exchange))
        , m_journal(journal)
        , m_keep(journal->maxBodyBytes())
    {
        m_inner->setNotify([this] { notifyReader(); });
    }

    ~JournalStream() override
    {
        m_inner->setNotify({});
        if (!m_recorded && !m_inner->atEnd()) {
            m_inner->cancel();
            if (m_exchange.upstreamError.isEmpty() && !m_inner->failed()) {
                m_exchange.error = u"the client took %1 bytes of the body, then went away"_s.arg(
                    m_exchange.responseBodySize);
            }
        }
        record();
    }

    qint64 length() const override { return m_inner->length(); }

    QByteArray read(qint64 maxBytes) override
    {
        const QByteArray bytes = m_inner->read(maxBytes);
        if (m_exchange.responseBody.size() < m_keep) {
            m_exchange.responseBody.append(bytes.left(m_keep - m_exchange.responseBody.size()));
        }
        m_exchange.responseBodySize += bytes.size();
        if (failed() || atEnd()) {
            record();
        }
        return bytes;
    }

    bool atEnd() const override { return m_inner->atEnd(); }
    bool failed() const override { return m_inner->failed(); }
    void cancel() override { m_inner->cancel(); }

private:
    void record()
    {
        if (m_recorded || !m_journal) {
            return;
        }
        m_recorded = true;
        if (m_inner->failed() && m_exchange.error.isEmpty()) {
            m_exchange.upstreamError = u"the upstream broke off after %1 bytes of the body"_s.arg(
                m_exchange.responseBodySize);
        }
        m_journal->record(std::move(m_exchange));
    }

    std::shared_ptr<BodyStream> m_inner;
    Exchange m_exchange;
    QPointer<Journal> m_journal;
    qint64 m_keep = 0;
    bool m_recorded = false;
};

/// Faults that cut or pace the body's bytes, so they need them in memory.
bool needsWholeBody(Fault::Kind kind)
{
    return kind == Fault::Kind::PartialBody || kind == Fault::Kind::MalformedChunked
        || kind == Fault::Kind::Dribble || kind == Fault::Kind::Bandwidth
        || kind == Fault::Kind::PartialHeaders;
}

/// Faults that send nothing of the answer: a proxied request is not forwarded under them.
bool needsNoAnswer(Fault::Kind kind)
{
    return kind == Fault::Kind::ConnectionReset || kind == Fault::Kind::ConnectionClose
        || kind == Fault::Kind::EmptyResponse || kind == Fault::Kind::Garbage
        || kind == Fault::Kind::Stall || kind == Fault::Kind::TlsFailure;
}

} // namespace

struct MockServer::Private
{
    explicit Private(MockServer *q)
        : journal(q)
        , stateTimer(q)
        , sweep(q)
    {
    }

    std::shared_ptr<CompiledSet> compile(const RouteSet &set);
    /// Builds the answer once its templates are rendered, and sends it (finish()).
    void complete(const CompiledSet &set, const CompiledResponse &response,
        const QList<RenderResult> &rendered, const HttpRequest &request, const Responder &responder,
        Exchange exchange, Fault fault, const ChaosPlanner::Plan &plan, const QElapsedTimer &timer,
        const std::optional<HttpResponse> &crud = std::nullopt, const QString &bodyFile = {});
    void resetChaos();
    RequestHandler adminHandler;
    RequestHandler interceptor;
    /// The answer of @p response to @p request, with @p rendered holding the results of
    /// templatesOf(response), in that order; body files are found in @p set's folder.
    /// @p bodyFile: the response's file (its rendered path when Response::templatePath).
    HttpResponse build(const CompiledSet &set, const CompiledResponse &response,
        const HttpRequest &request, const QList<RenderResult> &rendered, QString *error,
        const QString &bodyFile);
    /// The last steps of every answer from the routes: faults and files, the journal, chaos
    /// latency, and the answer.
    void finish(const HttpRequest &request, const Responder &responder, Exchange exchange,
        HttpResponse response, Fault fault, const ChaosPlanner::Plan &plan,
        const QElapsedTimer &timer);

    Journal journal;
    /// Shared with the renderers, whose worker threads read and change it.
    std::shared_ptr<StateStore> state = std::make_shared<StateStore>();
    /// Set when a change is waiting for stateChanged(), so a burst of changes is one signal.
    std::shared_ptr<std::atomic_bool> statePending = std::make_shared<std::atomic_bool>(false);
    QTimer stateTimer;
    /// What route matching asks of scenario routes that require a state.
    RouteMatcher::ScenarioStates scenarioStates = [store = state.get()](const QString &name) {
        return store->scenarioState(name);
    };
    TemplateRenderers templates;
    ResponseSelector selector;
    void acceptPending(MockServer *q);
    void takeConnection(MockServer *q, QTcpSocket *socket);
    int connectionLimit() const;
    /// Sends @p request to @p target and answers with what comes back, through the chaos of
    /// @p plan (the simulated error instead, without forwarding, when it hit).
    /// With @p set (the one @p target is in), the target's header templates are rendered for
    /// the request, and the set's headers go on the answer where the upstream sent none of
    /// their name; without (record mode), the target goes up as it is.
    void forward(MockServer *q, const HttpRequest &request, const Responder &responder,
        Exchange exchange, const ProxyTarget &target, const ChaosPlanner::Plan &plan,
        double errorRate, const QElapsedTimer &timer, std::shared_ptr<const CompiledSet> set);
    /// Made when the first request is forwarded.
    ProxyForwarder *forwarder = nullptr;
    std::optional<ProxyTarget> forwardAll;
    std::shared_ptr<RecordingTap> tap;

    QTimer sweep;
    QTcpServer *tcp = nullptr;
    QSslServer *tls = nullptr; ///< the HTTPS listener, beside tcp or alone
    QSet<HttpConnection *> connections;
    /// Shared with renders under way, which keep the set they started with.
    std::shared_ptr<CompiledSet> current;
    ChaosPlanner planner;
    qint64 maxBody = DefaultMaxBodyBytes;
    int idleTimeout = DefaultIdleTimeoutMs;
    int headerTimeout = DefaultHeaderTimeoutMs;
    qint64 minBodyRate = DefaultMinBodyRate;
    int maxConnections = DefaultMaxConnections;
    qint64 maxBuffered = DefaultMaxBufferedBodyBytes;
    /// Shared with the connections, which may outlive the server by a deleteLater().
    std::shared_ptr<BodyBudget> budget =
        std::make_shared<BodyBudget>(std::max(DefaultMaxBufferedBodyBytes, DefaultMaxBodyBytes));
    QString error;

    /// Often enough that a deadline is kept to within a twentieth of it, and at most 250 ms
    /// late (a sweep over thousands of connections costs well under a millisecond).
    int sweepInterval() const
    {
        return std::clamp(std::min(idleTimeout, headerTimeout) / 20, 20, 250);
    }
};

std::shared_ptr<CompiledSet> MockServer::Private::compile(const RouteSet &set)
{
    auto compiled = std::make_shared<CompiledSet>();
    compiled->set = set;
    compiled->matcher = RouteMatcher(set.routes);
    QMimeDatabase mime;
    const auto checked = [&compiled](const std::shared_ptr<const CompiledTemplate> &tmpl,
                             const QString &path) {
        if (!tmpl->error().isEmpty()) {
            compiled->templateErrors.append(
                { path, u"template does not compile: %1"_s.arg(tmpl->error()) });
        }
        return tmpl;
    };
    const auto compileResponse = [&](const Response &response, const QString &at) {
        CompiledResponse c;
        c.source = response;
        c.renderer = &templates.forDialect(set.dialectOf(response));
        for (const auto &[name, values] : response.headers) {
            for (const QString &value : values) {
                c.headers.append({ name.toLatin1(),
                    checked(c.renderer->compile(value), at + u".headers."_s + name) });
                c.headerRenderers.append(nullptr);
            }
        }
        // The set's headers, where the response does not set the same name, in the set's
        // dialect.
        TemplateRenderer *setRenderer = &templates.forDialect(set.templating);
        for (const auto &[name, values] : set.headers) {
            if (!response.headerValues(name).isEmpty()) {
                continue;
            }
            for (const QString &value : values) {
                c.headers.append({ name.toLatin1(),
                    checked(setRenderer->compile(value), u"headers."_s + name) });
                c.headerRenderers.append(setRenderer == c.renderer ? nullptr : setRenderer);
            }
        }
        switch (response.bodySource) {
        case Response::BodySource::None:
            break;
        case Response::BodySource::Data:
            break;
        case Response::BodySource::Text:
            if (response.base64) {
                // Bytes, sent as they are.
                c.fixedBody = QByteArray::fromBase64(response.body.toLatin1());
                c.defaultContentType = "application/octet-stream";
                break;
            }
            c.body = checked(c.renderer->compile(response.body), at + u".body"_s);
            c.defaultContentType = guessContentType(response.body);
            break;
        case Response::BodySource::Json:
            c.fixedBody = QJsonDocument(QJsonArray { response.json })
                              .toJson(QJsonDocument::Compact)
                              .chopped(1)
                              .mid(1);
            c.defaultContentType = "application/json";
            break;
        case Response::BodySource::File:
            c.defaultContentType =
                mime.mimeTypeForFile(response.bodyFile, QMimeDatabase::MatchExtension)
                    .name()
                    .toLatin1();
            if (response.templatePath) {
                c.pathTemplate =
                    checked(c.renderer->compile(response.bodyFile), at + u".bodyFile"_s);
            }
            break;
        }
        return c;
    };
    if (set.notFound) {
        compiled->notFound = compileResponse(*set.notFound, u"notFound"_s);
    }
    compiled->setRenderer = &templates.forDialect(set.templating);
    for (const auto &[name, values] : set.headers) {
        for (const QString &value : values) {
            compiled->setHeaders.append({ name.toLatin1(), compiled->setRenderer->compile(value) });
        }
    }
    const auto compileTarget = [&](const ProxyTarget &target, const QString &at) {
        QList<CompiledSet::TargetTemplate> found;
        for (const bool response : { false, true }) {
            const HeaderList &list = response ? target.responseHeaders : target.requestHeaders;
            for (qsizetype h = 0; h < list.size(); ++h) {
                for (qsizetype v = 0; v < list.at(h).second.size(); ++v) {
                    if (!list.at(h).second.at(v).contains(u"{{"_s)) {
                        continue; // plain text: it goes as it is
                    }
                    const auto tmpl =
                        checked(compiled->setRenderer->compile(list.at(h).second.at(v)),
                            at + (response ? u".responseHeaders."_s : u".requestHeaders."_s)
                                + list.at(h).first);
                    if (!tmpl->isStatic()) {
                        found.append({ response, h, v, tmpl });
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            compiled->targetTemplates.insert(&target, found);
        }
    };
    if (compiled->set.proxy) {
        compileTarget(*compiled->set.proxy, u"proxy"_s);
    }
    for (qsizetype i = 0; i < compiled->set.routes.size(); ++i) {
        if (compiled->set.routes.at(i).proxy) {
            compileTarget(*compiled->set.routes.at(i).proxy, u"routes[%1].proxy"_s.arg(i));
        }
    }
    for (qsizetype i = 0; i < compiled->set.routes.size(); ++i) {
        const Route &route = compiled->set.routes.at(i);
        compiled->scenarioGates =
            compiled->scenarioGates || (route.scenario && route.scenario->requiredState);
        CompiledRoute cr;
        for (qsizetype j = 0; j < route.responses.size(); ++j) {
            const Response &response = route.responses.at(j);
            const QString at = u"routes[%1].responses[%2]"_s.arg(i).arg(j);
            CompiledResponse c = compileResponse(response, at);
            if (response.when) {
                for (qsizetype k = 0; k < response.when->rules.size(); ++k) {
                    const MatchRule &rule = response.when->rules.at(k);
                    if (rule.target == MatchRule::Target::Template) {
                        cr.ruleTemplates.insert(&rule,
                            { c.renderer,
                                checked(c.renderer->compile(rule.name),
                                    at + u".when.rules[%1].name"_s.arg(k)) });
                    }
                    if (rule.templateValue) {
                        cr.valueTemplates.insert(&rule,
                            { c.renderer,
                                checked(c.renderer->compile(rule.value),
                                    at + u".when.rules[%1].value"_s.arg(k)) });
                    }
                }
            }
            cr.responses.append(c);
        }
        compiled->routes.append(cr);
    }
    // Hit counts follow a route across edits, keyed by id.
    if (current) {
        QHash<QString, quint64> hits;
        for (qsizetype i = 0; i < current->routes.size(); ++i) {
            hits.insert(current->set.routes.at(i).id, current->routes.at(i).hits);
        }
        for (qsizetype i = 0; i < compiled->routes.size(); ++i) {
            compiled->routes[i].hits = hits.value(set.routes.at(i).id);
        }
    }
    return compiled;
}

/// The templates of @p response that are not static, in the order build() takes their results:
/// header values in order, then the body.
QList<std::shared_ptr<const CompiledTemplate>> templatesOf(const CompiledResponse &response,
    const std::shared_ptr<const CompiledTemplate> &fileTemplate = {})
{
    QList<std::shared_ptr<const CompiledTemplate>> templates;
    for (qsizetype i = 0; i < response.headers.size(); ++i) {
        const auto &tmpl = response.headers.at(i).second;
        if (!tmpl->isStatic() && !response.headerRenderers.at(i)) {
            templates.append(tmpl);
        }
    }
    if (response.source.bodySource == Response::BodySource::Text && response.body
        && !response.body->isStatic()) {
        templates.append(response.body);
    }
    if (fileTemplate) {
        templates.append(fileTemplate);
    }
    return templates;
}

/// The template of @p response's body file (Response::templateFile), compiled once per version
/// of the file; nothing when it has none or the file cannot be read (build() says why).
std::shared_ptr<const CompiledTemplate> fileTemplateOf(
    const CompiledResponse &response, const QString &baseDir, const QString &bodyFile)
{
    if (response.source.bodySource != Response::BodySource::File || !response.source.templateFile
        || !isTextType(fileTypeOf(bodyFile))) {
        return {};
    }
    const std::optional<QString> path = Validation::resolveBodyFile(bodyFile, baseDir, nullptr);
    if (!path) {
        return {};
    }
    const QFileInfo info(*path);
    CompiledResponse::FileTemplate &cache = *response.fileTemplate;
    if (cache.tmpl && cache.path == *path && cache.modified == info.lastModified()
        && cache.size == info.size()) {
        return cache.tmpl;
    }
    QString why;
    const std::shared_ptr<QFile> file = openRegularFile(*path, &why);
    if (!file || file->size() > TemplateRenderer::DefaultMaxOutputSize) {
        return {};
    }
    cache.path = *path;
    cache.modified = info.lastModified();
    cache.size = info.size();
    cache.tmpl = response.renderer->compile(QString::fromUtf8(file->readAll()));
    return cache.tmpl;
}

HttpResponse MockServer::Private::build(const CompiledSet &set, const CompiledResponse &response,
    const HttpRequest &request, const QList<RenderResult> &rendered, QString *error,
    const QString &bodyFile)
{
    const QString &baseDir = set.set.baseDir;
    qsizetype next = 0; // the next of rendered
    auto take = [&]() -> RenderResult {
        return next < rendered.size() ? rendered.at(next++)
                                      : RenderResult { {}, u"template was not rendered"_s };
    };
    HttpResponse out;
    out.status = response.source.status;
    out.reason = response.source.reason.toUtf8();
    bool hasContentType = false;
    out.headers.reserve(response.headers.size() + 1);
    const bool mockoon = set.set.dialectOf(response.source) == TemplateDialect::Mockoon;
    for (qsizetype i = 0; i < response.headers.size(); ++i) {
        const auto &[name, tmpl] = response.headers.at(i);
        TemplateRenderer *foreign = response.headerRenderers.at(i);
        // Framing is the server's job: a declared length or encoding would lie about the body.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (!tmpl->isStatic() && !foreign) {
                take();
            }
            continue;
        }
        QByteArray value;
        if (tmpl->isStatic()) {
            value = tmpl->staticText();
        } else {
            // A set header in the set's dialect renders here, the serving thread waiting.
            const RenderResult r = foreign ? foreign->render(*tmpl, request, {}) : take();
            if (!r.ok() && (mockoon || foreign)) {
                // Mockoon sends the header with this text and serves the rest.
                value = "-- Header parsing error, see logs for more details --";
            } else if (!r.ok()) {
                *error = u"header %1: %2"_s.arg(QString::fromLatin1(name), r.error);
                return {};
            } else {
                value = r.text;
            }
            value.replace('\r', ' ').replace('\n', ' ');
        }
        // Connection is the server's too: a route's "close" is honoured, not just echoed.
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            out.close = out.close || value.toLower().contains("close");
            continue;
        }
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        out.headers.append({ name, value });
    }
    switch (response.source.bodySource) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Text:
        if (response.source.base64) {
            out.body = response.fixedBody;
        } else if (response.body->isStatic()) {
            out.body = response.body->staticText();
        } else {
            const RenderResult r = take();
            if (!r.ok()) {
                *error = u"body: %1"_s.arg(r.error);
                return {};
            }
            out.body = r.text;
        }
        break;
    case Response::BodySource::Json:
        out.body = response.fixedBody;
        break;
    case Response::BodySource::Data: {
        // The store as it is now: a string as it is, anything else as JSON.
        const std::optional<QJsonValue> value = state->data(response.source.bodyData);
        if (value && value->isString()) {
            out.body = value->toString().toUtf8();
            if (!hasContentType && !HttpResponse::isBodyless(out.status)) {
                out.headers.append(
                    { QByteArray("Content-Type"), guessContentType(value->toString()) });
                hasContentType = true;
            }
        } else if (value && !value->isUndefined()) {
            out.body = QJsonDocument(QJsonArray { *value })
                           .toJson(QJsonDocument::Compact)
                           .chopped(1)
                           .mid(1);
            if (!hasContentType && !HttpResponse::isBodyless(out.status)) {
                out.headers.append({ QByteArray("Content-Type"), "application/json" });
                hasContentType = true;
            }
        }
        break;
    }
    case Response::BodySource::File: {
        // Checked again at request time: the file or a link to it may have changed.
        QString why;
        const std::optional<QString> path = bodyFile.isEmpty() && response.pathTemplate
            ? std::nullopt
            : Validation::resolveBodyFile(bodyFile, baseDir, &why);
        if (bodyFile.isEmpty() && response.pathTemplate) {
            why = u"the rendered path is not inside the folder its template starts with"_s;
        }
        const std::shared_ptr<QFile> file = path ? openRegularFile(*path, &why) : nullptr;
        if (!file && response.source.missingFile == Response::MissingFile::NotFound) {
            HttpResponse notFound = HttpResponse::plain(404, QByteArray());
            notFound.headers = out.headers;
            return notFound;
        }
        if (!file && mockoon && why.startsWith(u"file not found"_s)) {
            // In Mockoon's words, which the Mockoon error answer quotes.
            *error = u"bodyFile %1: ENOENT: no such file or directory, open '%2'"_s.arg(
                bodyFile, QDir::cleanPath(QDir(baseDir).absoluteFilePath(bodyFile)));
            return {};
        }
        if (!file) {
            *error = u"bodyFile %1: %2"_s.arg(bodyFile, why);
            return {};
        }
        const QMimeType fileType = fileTypeOf(bodyFile);
        if (!hasContentType && fileType.isValid() && !HttpResponse::isBodyless(out.status)
            && !set.set.defaultContentType) {
            // Without guesses a file still has its type (by its name), UTF-8 once rendered.
            const bool rendered = response.source.templateFile && isTextType(fileType);
            out.headers.append({ QByteArray("Content-Type"),
                fileType.name().toLatin1() + (rendered ? "; charset=utf-8" : "") });
            hasContentType = true;
        }
        if (response.source.templateFile && isTextType(fileType)) {
            // Rendered from the file's template (fileTemplateOf(), the last of rendered).
            const RenderResult r = take();
            if (!r.ok()) {
                *error = u"file body: %1"_s.arg(r.error);
                return {};
            }
            out.body = r.text;
            break;
        }
        // Streamed from disk when it is written, however large.
        const qint64 size = file->size();
        out.file = FileBody { file, 0, size };
        if (out.status == 200) {
            out.headers.append({ QByteArray("Accept-Ranges"), QByteArray("bytes") });
            applyRange(out, request, size);
        }
        break;
    }
    }
    if (!hasContentType && !response.defaultContentType.isEmpty()
        && !HttpResponse::isBodyless(out.status) && set.set.defaultContentType) {
        out.headers.append({ QByteArray("Content-Type"), response.defaultContentType });
    }
    return out;
}

MockServer::MockServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->current = d->compile(RouteSet());
    d->templates.setState(d->state);
    // Changes come from this thread and from the renderers' worker threads: the first of a
    // burst queues one timer start here, and the timer's signal covers everything until then.
    d->stateTimer.setSingleShot(true);
    d->stateTimer.setInterval(50);
    connect(&d->stateTimer, &QTimer::timeout, this, [this] {
        d->statePending->store(false);
        Q_EMIT stateChanged();
    });
    d->state->setChangeCallback([this, pending = d->statePending] {
        if (!pending->exchange(true)) {
            QMetaObject::invokeMethod(
                this, [this] { d->stateTimer.start(); }, Qt::QueuedConnection);
        }
    });
    connect(&d->sweep, &QTimer::timeout, this, [this] {
        const QList<HttpConnection *> all = d->connections.values();
        for (HttpConnection *c : all) {
            // A head being read is held to the header deadline, not to the idle timeout:
            // every byte of a slow head would restart the idle clock (slowloris). A body
            // being read still goes by the idle timeout.
            const qint64 headMs = c->headMs();
            if (headMs >= d->headerTimeout) {
                qCDebug(lcServer) << "request head too slow from" << c->peer();
                c->fail(408,
                    "Request Timeout: the request head did not arrive within "
                        + QByteArray::number(d->headerTimeout / 1000.0) + " s\n");
            } else if (const qint64 bodyMs = c->bodyMs(); d->minBodyRate > 0
                       && bodyMs >= d->headerTimeout
                       && c->bodyBytes() * 1000 < d->minBodyRate * bodyMs) {
                qCDebug(lcServer) << "request body too slow from" << c->peer();
                c->fail(408,
                    "Request Timeout: the request body arrived at "
                        + QByteArray::number(c->bodyBytes() * 1000 / std::max<qint64>(1, bodyMs))
                        + " bytes/s, less than the minimum of " + QByteArray::number(d->minBodyRate)
                        + " bytes/s\n");
            } else if (c->phase() != HttpParser::Phase::Head && !c->isHeld()
                && (c->isIdle() || c->isSendingFile()) && c->idleMs() >= d->idleTimeout) {
                // A download the client stopped reading counts as silence too.
                qCDebug(lcServer) << "closing idle connection" << c->peer();
                if (c->isSendingFile()) {
                    c->abort();
                } else {
                    c->close();
                }
            }
        }
    });
}

MockServer::~MockServer()
{
    // A render still under way may change state from its thread: from now on it tells nobody.
    d->state->setChangeCallback({});
    stop();
}

void MockServer::setRouteSet(const RouteSet &set)
{
    d->state->setStartingValues(set, true);
    d->current = d->compile(set);
    d->selector.reset(set.routes.size());
    d->resetChaos();
    Q_EMIT routeSetChanged();
}

void MockServer::Private::resetChaos()
{
    QStringList ids;
    ids.reserve(current->set.routes.size());
    for (const Route &route : std::as_const(current->set.routes)) {
        ids.append(route.id);
    }
    planner.reset(current->set.chaos, ids);
    if (current->set.chaos.seed) {
        templates.setRandomSeed(
            quint32(*current->set.chaos.seed ^ (*current->set.chaos.seed >> 32)));
    }
}

void MockServer::setForwardAll(const std::optional<ProxyTarget> &target)
{
    d->forwardAll = target;
}

std::optional<ProxyTarget> MockServer::forwardAll() const
{
    return d->forwardAll;
}

void MockServer::setRecordingTap(std::shared_ptr<RecordingTap> tap)
{
    d->tap = std::move(tap);
    if (d->forwarder) {
        d->forwarder->setTap(d->tap);
    }
}

void MockServer::setAdminHandler(RequestHandler handler)
{
    d->adminHandler = std::move(handler);
}

void MockServer::setInterceptor(RequestHandler handler)
{
    d->interceptor = std::move(handler);
}

void MockServer::setChaos(const Chaos &chaos)
{
    d->current->set.chaos = chaos;
    d->resetChaos();
    Q_EMIT chaosChanged();
}

Chaos MockServer::chaos() const
{
    return d->current->set.chaos;
}

bool MockServer::setRouteChaos(const QString &routeId, const Chaos &chaos)
{
    const int index = d->current->set.indexOf(routeId);
    if (index < 0) {
        return false;
    }
    d->current->set.routes[index].chaos = chaos;
    Q_EMIT chaosChanged();
    return true;
}

FormatErrors MockServer::templateErrors() const
{
    return d->current ? d->current->templateErrors : FormatErrors();
}

RouteSet MockServer::routeSet() const
{
    return d->current->set;
}

bool MockServer::listen(const QHostAddress &host, quint16 port)
{
    stop();
    d->tcp = new QTcpServer(this);
    d->tcp->setListenBacklogSize(1024);
    if (!d->tcp->listen(host, port)) {
        d->error = u"cannot listen on %1 port %2: %3"_s.arg(host.toString())
                       .arg(port)
                       .arg(d->tcp->errorString());
        delete d->tcp;
        d->tcp = nullptr;
        Q_EMIT errorOccurred(d->error);
        return false;
    }
    d->error.clear();
    connect(d->tcp, &QTcpServer::newConnection, this, [this] { d->acceptPending(this); });
    d->sweep.start(d->sweepInterval());
    qCDebug(lcServer) << "listening on" << baseUrl();
    Q_EMIT started(d->tcp->serverPort());
    return true;
}

bool MockServer::listenTls(
    const QSslConfiguration &configuration, const QHostAddress &host, quint16 port)
{
    delete d->tls;
    d->tls = new QSslServer(this);
    d->tls->setListenBacklogSize(1024);
    d->tls->setSslConfiguration(configuration);
    d->tls->setHandshakeTimeout(d->headerTimeout);
    if (configuration.localCertificate().isNull() || configuration.privateKey().isNull()
        || !d->tls->listen(host, port)) {
        d->error = configuration.localCertificate().isNull() || configuration.privateKey().isNull()
            ? u"cannot serve HTTPS: no certificate and key"_s
            : u"cannot listen for HTTPS on %1 port %2: %3"_s.arg(host.toString())
                  .arg(port)
                  .arg(d->tls->errorString());
        delete d->tls;
        d->tls = nullptr;
        Q_EMIT errorOccurred(d->error);
        return false;
    }
    d->error.clear();
    // QSslServer hands a connection over once its handshake is done; one that fails it (a
    // client that does not trust the certificate, plain HTTP) is dropped there.
    connect(
        d->tls, &QSslServer::pendingConnectionAvailable, this, [this] { d->acceptPending(this); });
    connect(d->tls, &QSslServer::errorOccurred, this,
        [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCDebug(lcServer) << "TLS handshake with" << socket->peerAddress()
                              << "failed:" << socket->errorString();
        });
    if (!d->sweep.isActive()) {
        d->sweep.start(d->sweepInterval());
    }
    qCDebug(lcServer) << "listening on" << tlsBaseUrl();
    Q_EMIT started(d->tls->serverPort());
    return true;
}

int MockServer::Private::connectionLimit() const
{
    // Each connection is a file descriptor: stay clear of the process's limit, where accept()
    // would fail over and over.
    rlimit files = {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        return int(std::clamp<rlim_t>(
            files.rlim_cur > 64 ? files.rlim_cur - 64 : 1, 1, rlim_t(std::max(1, maxConnections))));
    }
    return std::max(1, maxConnections);
}

void MockServer::Private::acceptPending(MockServer *q)
{
    // At the limit, connections stay pending (QTcpServer then stops accepting, and the
    // kernel's backlog holds the rest) until one closes.
    const int limit = connectionLimit();
    for (QTcpServer *server : { static_cast<QTcpServer *>(tcp), static_cast<QTcpServer *>(tls) }) {
        while (server && server->hasPendingConnections() && connections.size() < limit) {
            takeConnection(q, server->nextPendingConnection());
        }
    }
    for (QTcpServer *server : { static_cast<QTcpServer *>(tcp), static_cast<QTcpServer *>(tls) }) {
        if (!server) {
            continue;
        }
        if (connections.size() >= limit) {
            server->pauseAccepting();
        } else {
            server->resumeAccepting();
        }
    }
}

void MockServer::Private::takeConnection(MockServer *q, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    HttpConnection::Limits limits;
    limits.maxBodyBytes = maxBody;
    auto *connection = new HttpConnection(
        socket, limits,
        [q](HttpConnection *c, quint64 sequence, const HttpRequest &request) {
            q->handle(c, sequence, request);
        },
        budget, q);
    socket->setParent(connection);
    connections.insert(connection);
    QObject::connect(connection, &HttpConnection::closed, q, [this, q, connection] {
        connections.remove(connection);
        connection->deleteLater();
        acceptPending(q);
    });
}

void MockServer::stop()
{
    if (!d->tcp && !d->tls) {
        return;
    }
    d->sweep.stop();
    delete d->tcp; // closes it
    d->tcp = nullptr;
    delete d->tls;
    d->tls = nullptr;
    const QList<HttpConnection *> all = d->connections.values();
    d->connections.clear();
    for (HttpConnection *c : all) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    Q_EMIT stopped();
}

bool MockServer::isListening() const
{
    return (d->tcp && d->tcp->isListening()) || (d->tls && d->tls->isListening());
}

QHostAddress MockServer::host() const
{
    return d->tcp ? d->tcp->serverAddress() : d->tls ? d->tls->serverAddress() : QHostAddress();
}

quint16 MockServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : tlsPort();
}

quint16 MockServer::tlsPort() const
{
    return d->tls ? d->tls->serverPort() : 0;
}

namespace {

QUrl serverUrl(const QString &scheme, const QHostAddress &host, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

} // namespace

QUrl MockServer::tlsBaseUrl() const
{
    return d->tls && d->tls->isListening()
        ? serverUrl(u"https"_s, d->tls->serverAddress(), d->tls->serverPort())
        : QUrl();
}

QUrl MockServer::baseUrl() const
{
    if (d->tcp && d->tcp->isListening()) {
        return serverUrl(u"http"_s, d->tcp->serverAddress(), d->tcp->serverPort());
    }
    return tlsBaseUrl();
}

QString MockServer::errorString() const
{
    return d->error;
}

void MockServer::setMaxBodySize(qint64 bytes)
{
    d->maxBody = std::max<qint64>(0, bytes);
    // Open connections too: clients keep connections alive, so a limit set between two
    // requests must apply to the second one even when it reuses the connection.
    for (HttpConnection *c : std::as_const(d->connections)) {
        HttpConnection::Limits limits = c->limits();
        limits.maxBodyBytes = d->maxBody;
        c->setLimits(limits);
    }
    d->budget->setLimit(std::max(d->maxBuffered, d->maxBody));
}

qint64 MockServer::maxBodySize() const
{
    return d->maxBody;
}

void MockServer::setIdleTimeout(int ms)
{
    d->idleTimeout = std::max(1, ms);
    if (d->sweep.isActive()) {
        d->sweep.start(d->sweepInterval());
    }
}

int MockServer::idleTimeout() const
{
    return d->idleTimeout;
}

void MockServer::setHeaderTimeout(int ms)
{
    // Open connections too: the sweep measures every partly read head against it.
    d->headerTimeout = std::max(1, ms);
    if (d->tls) {
        d->tls->setHandshakeTimeout(d->headerTimeout);
    }
    if (d->sweep.isActive()) {
        d->sweep.start(d->sweepInterval());
    }
}

int MockServer::headerTimeout() const
{
    return d->headerTimeout;
}

void MockServer::setMinBodyRate(qint64 bytesPerSecond)
{
    d->minBodyRate = std::max<qint64>(0, bytesPerSecond);
}

qint64 MockServer::minBodyRate() const
{
    return d->minBodyRate;
}

void MockServer::setMaxConnections(int connections)
{
    d->maxConnections = std::max(1, connections);
    d->acceptPending(this);
}

int MockServer::maxConnections() const
{
    return d->maxConnections;
}

void MockServer::setMaxBufferedBodyBytes(qint64 bytes)
{
    d->maxBuffered = std::max<qint64>(0, bytes);
    d->budget->setLimit(std::max(d->maxBuffered, d->maxBody));
}

qint64 MockServer::maxBufferedBodyBytes() const
{
    return d->maxBuffered;
}

void MockServer::setTemplateTimeout(int ms)
{
    d->templates.setTimeout(ms);
}

void MockServer::setFixedTime(std::optional<qint64> msSinceEpoch)
{
    d->templates.setFixedTime(msSinceEpoch);
}

QMap<QString, QString> MockServer::scenarioStates() const
{
    return d->state->scenarioStates();
}

bool MockServer::setScenarioState(const QString &name, const QString &state)
{
    return d->state->setScenarioState(name, state);
}

QStringList MockServer::possibleScenarioStates(const QString &name) const
{
    return d->state->possibleStates(name);
}

QStringList MockServer::dataStoreNames() const
{
    return d->state->dataStoreNames();
}

std::optional<QJsonValue> MockServer::dataStore(const QString &name) const
{
    return d->state->data(name);
}

bool MockServer::setDataStore(const QString &name, const QJsonValue &value)
{
    if (name.isEmpty()) {
        return false;
    }
    d->state->setData(name, value);
    return true;
}

QJsonObject MockServer::globalVariables() const
{
    return d->state->globalVariables();
}

void MockServer::resetState()
{
    d->state->reset();
}

Journal &MockServer::journal()
{
    return d->journal;
}

const Journal &MockServer::journal() const
{
    return d->journal;
}

quint64 MockServer::hits(const QString &routeId) const
{
    const int index = d->current->set.indexOf(routeId);
    return index < 0 ? 0 : d->current->routes.at(index).hits;
}

QList<quint64> MockServer::hitCounts() const
{
    QList<quint64> counts;
    counts.reserve(d->current->routes.size());
    for (const auto &route : d->current->routes) {
        counts.append(route.hits);
    }
    return counts;
}

int MockServer::connectionCount() const
{
    return int(d->connections.size());
}

void MockServer::handle(HttpConnection *connection, quint64 sequence, const HttpRequest &request)
{
    const Responder responder(connection, sequence);
    for (const RequestHandler *link : { &d->adminHandler, &d->interceptor }) {
        if (*link && (*link)(request, responder)) {
            return;
        }
    }
    answerFromRoutes(request, responder);
}

void MockServer::answerFromRoutes(const HttpRequest &request, const Responder &responder)
{
    QElapsedTimer timer;
    timer.start();
    // One bound on regex backtracking for the whole request: route matching, the miss's
    // explanation and the response's "when" conditions share it.
    const ValueMatcher::RequestBudget regexBudget;
    CompiledSet &set = *d->current;
    Exchange exchange;
    exchange.time = QDateTime::currentDateTimeUtc();
    exchange.peer = responder.peer();
    exchange.secure = request.secure;
    exchange.method = request.method;
    exchange.path = request.path;
    exchange.target = request.target;
    exchange.requestHeaders = request.headers;
    exchange.requestBody = request.body;
    if (d->forwardAll) {
        // Recording: everything goes up, whatever the routes say; the global chaos applies.
        d->forward(this, request, responder, std::move(exchange), *d->forwardAll,
            d->planner.plan(-1, Chaos()), set.set.chaos.errorRate.value_or(0), timer, nullptr);
        return;
    }
    static const RouteMatcher::ScenarioStates noGates;
    const RouteMatcher::ScenarioStates &scenarios = set.scenarioGates ? d->scenarioStates : noGates;
    // A route that falls through (no response fits and Route::fallthrough) passes the request
    // on to the next route that fits it.
    RouteMatcher::Match match;
    int index = 0;
    for (int after = -1;;) {
        match = set.matcher.match(request, scenarios, after);
        if (!match.isValid()) {
            break;
        }
        const Route &candidate = set.set.routes.at(match.routeIndex);
        CompiledRoute &compiledCandidate = set.routes[match.routeIndex];
        // This request's number on the route: counted once the route answers.
        const ServerRuleContext context(
            request, match.captures, compiledCandidate.hits + 1, *d->state, compiledCandidate);
        index = d->selector.select(match.routeIndex, candidate, request, d->planner, &context);
        if (index >= 0) {
            ++compiledCandidate.hits;
            break;
        }
        after = match.routeIndex;
    }

    if (!match.isValid()) {
        const ChaosPlanner::Plan plan = d->planner.plan(-1, Chaos());
        if (set.set.cors != RouteSet::Cors::Off && request.method == "OPTIONS") {
            // The CORS preflight answer, with the set's headers.
            HttpResponse preflight = HttpResponse::plain(200, QByteArray());
            preflight.headers = renderedSetHeaders(set, request);
            addMissingHeaders(preflight, corsHeaders());
            if (set.set.cors == RouteSet::Cors::On) {
                // What the browser asks to send is allowed, not only the usual few.
                const QByteArray asked = request.header("Access-Control-Request-Headers");
                for (auto &[name, value] : preflight.headers) {
                    if (!asked.isEmpty()
                        && name.compare("Access-Control-Allow-Headers", Qt::CaseInsensitive) == 0
                        && value == corsHeaders().at(2).second) {
                        value = asked;
                    }
                }
                addMissingHeaders(preflight, { { "Access-Control-Max-Age", "86400" } });
            }
            d->finish(request, responder, std::move(exchange), preflight, {}, plan, timer);
            return;
        }
        if (set.set.proxy) {
            // What no route takes goes to the set's upstream.
            d->forward(this, request, responder, std::move(exchange), *set.set.proxy, plan,
                set.set.chaos.errorRate.value_or(0), timer, d->current);
            return;
        }
        if (set.notFound) {
            const QList<std::shared_ptr<const CompiledTemplate>> templates =
                templatesOf(*set.notFound);
            const CompiledResponse &compiled = *set.notFound;
            if (templates.isEmpty()) {
                d->complete(
                    set, compiled, {}, request, responder, std::move(exchange), {}, plan, timer);
                return;
            }
            compiled.renderer->renderAsync(templates, request, {}, this,
                [this, keep = d->current, &compiled, request, responder,
                    exchange = std::move(exchange), plan,
                    timer](const QList<RenderResult> &rendered) mutable {
                    d->complete(*keep, compiled, rendered, request, responder, std::move(exchange),
                        {}, plan, timer);
                });
            return;
        }
        d->finish(request, responder, std::move(exchange),
            HttpResponse::plain(404, set.matcher.explainMiss(request, 3, scenarios).toUtf8()), {},
            plan, timer);
        return;
    }
    const Route &route = set.set.routes.at(match.routeIndex);
    CompiledRoute &compiledRoute = set.routes[match.routeIndex];
    exchange.routeIndex = match.routeIndex;
    exchange.routeId = route.id;
    ChaosPlanner::Plan plan = d->planner.plan(match.routeIndex, route.chaos);
    exchange.responseIndex = index;
    if (index < route.responses.size()) {
        plan.delayMs +=
            d->planner.responseDelay(match.routeIndex, route.responses.at(index).latency);
    }
    if (plan.errorInjected && plan.error.fault.isNone()) {
        // The simulated error replaces the response; the route's own answer is not built.
        const HttpResponse error = HttpResponse::plain(plan.error.status,
            plan.error.body
                .value_or(u"MockBench: simulated error (error rate %1)\n"_s.arg(
                    route.chaos.errorRate.value_or(set.set.chaos.errorRate.value_or(0))))
                .toUtf8());
        d->finish(request, responder, std::move(exchange), error, {}, plan, timer);
        return;
    }
    // The route answers: its scenario moves on, and a resource's change is made now, in the
    // order requests came. A simulated error (error rate, a status above or a fault here)
    // answers instead of the route: nothing moves, nothing changes.
    if (route.scenario && route.scenario->newState && !plan.errorInjected) {
        d->state->moveScenario(route.scenario->name, *route.scenario->newState);
    }
    if (route.proxy) {
        // A forwarding route: the upstream answers, through the route's chaos.
        exchange.responseIndex = -1;
        d->forward(this, request, responder, std::move(exchange), *route.proxy, plan,
            route.chaos.errorRate.value_or(set.set.chaos.errorRate.value_or(0)), timer, d->current);
        return;
    }
    std::optional<HttpResponse> crud;
    if (route.resource) {
        // A response whose "when" fits answers as written; otherwise the resource answers,
        // with the chosen response's headers and fault.
        // The request was counted when the route took it.
        const ServerRuleContext context(
            request, match.captures, compiledRoute.hits, *d->state, compiledRoute);
        const bool ruleAnswers = index < compiledRoute.responses.size()
            && route.responseMode == Route::ResponseMode::Rules && route.responses.at(index).when
            && route.responses.at(index).when->matches(request, nullptr, &context);
        if (!ruleAnswers && !plan.errorInjected) {
            crud = CrudResource::answer(*d->state, *route.resource, request, match.resourceKey);
        }
        if (compiledRoute.responses.isEmpty()) {
            exchange.responseIndex = -1;
            // Without a CRUD answer (a simulated fault), the fault has an empty answer to break.
            d->finish(request, responder, std::move(exchange), crud.value_or(HttpResponse()),
                plan.errorInjected ? plan.error.fault : Fault(), plan, timer);
            return;
        }
    }
    const CompiledResponse &compiled = compiledRoute.responses.at(index);
    const Fault fault = plan.errorInjected ? plan.error.fault : compiled.source.fault;
    // A templated file path (Mockoon's "files/{{urlParam 'id'}}.json") is rendered first, on
    // the spot: which file it is decides what else is rendered.
    QString bodyFile = compiled.source.bodyFile;
    if (compiled.pathTemplate) {
        const RenderResult path =
            compiled.renderer->render(*compiled.pathTemplate, request, match.captures);
        bodyFile = path.ok()
                && Validation::staysUnderTemplateFolder(
                    compiled.source.bodyFile, QString::fromUtf8(path.text))
            ? QString::fromUtf8(path.text)
            : QString();
    }
    const QList<std::shared_ptr<const CompiledTemplate>> templates =
        templatesOf(compiled, fileTemplateOf(compiled, set.set.baseDir, bodyFile));
    if (templates.isEmpty()) {
        d->complete(set, compiled, {}, request, responder, std::move(exchange), fault, plan, timer,
            crud, bodyFile);
        return;
    }
    // Built once the templates are rendered: at once for plain expressions, else when the
    // renderer is done (on its own thread for code, so this thread keeps serving meanwhile).
    // The answer holds on to the route set it started with, which may be replaced meanwhile.
    compiled.renderer->renderAsync(templates, request, match.captures, this,
        [this, keep = d->current, &compiled, request, responder, exchange = std::move(exchange),
            fault, plan, timer, crud, bodyFile](const QList<RenderResult> &rendered) mutable {
            d->complete(*keep, compiled, rendered, request, responder, std::move(exchange), fault,
                plan, timer, crud, bodyFile);
        });
}

void MockServer::Private::complete(const CompiledSet &set, const CompiledResponse &response,
    const QList<RenderResult> &rendered, const HttpRequest &request, const Responder &responder,
    Exchange exchange, Fault fault, const ChaosPlanner::Plan &plan, const QElapsedTimer &timer,
    const std::optional<HttpResponse> &crud, const QString &bodyFile)
{
    QString error;
    HttpResponse answer = build(set, response, request, rendered, &error,
        bodyFile.isEmpty() && !response.pathTemplate ? response.source.bodyFile : bodyFile);
    for (const RenderResult &result : rendered) {
        // A template may set its response's status (Mockoon's {{status 201}}).
        if (error.isEmpty() && result.status) {
            answer.status = *result.status;
            answer.reason.clear();
        }
    }
    if (error.isEmpty() && crud) {
        applyCrud(answer, *crud);
    }
    if (!error.isEmpty() && set.set.dialectOf(response.source) == TemplateDialect::Mockoon) {
        // Mockoon's answer to a template that fails: the response's status, and the error.
        exchange.error = error;
        const bool file = error.startsWith(u"file body: "_s) || error.startsWith(u"bodyFile "_s);
        QString message = error.mid(error.indexOf(u": "_s) + 2);
        // Mockoon's message is Handlebars' own, without the place MockBench adds to it.
        static const QRegularExpression place(
            u" in \\{\\{[^}]*\\}\\} at line \\d+, column \\d+$"_s);
        message.remove(place);
        answer = HttpResponse::plain(response.source.status,
            ((file ? u"Error while serving the file content: "_s
                   : u"Error while serving the content: "_s)
                + message)
                .toUtf8());
        answer.reason = response.source.reason.toUtf8();
        answer.headers = { { QByteArray("Content-Type"),
            QByteArray("text/plain; charset=utf-8") } };
        fault = {};
    } else if (!error.isEmpty()) {
        exchange.error = error;
        answer = HttpResponse::plain(500,
            u"MockBench: route %1, response %2: %3\n"_s.arg(exchange.routeId)
                .arg(exchange.responseIndex)
                .arg(error)
                .toUtf8());
        fault = {};
        qCWarning(lcServer).noquote() << "route" << exchange.routeId << error;
    }
    finish(request, responder, std::move(exchange), std::move(answer), fault, plan, timer);
}

void MockServer::Private::finish(const HttpRequest &request, const Responder &responder,
    Exchange exchange, HttpResponse response, Fault fault, const ChaosPlanner::Plan &chaosPlan,
    const QElapsedTimer &timer)
{
    ChaosPlanner::Plan plan = chaosPlan;
    if (response.file && needsWholeBody(fault.kind) && fault.kind != Fault::Kind::PartialHeaders) {
        // These cut or pace the body's bytes, so they need them in memory.
        const FileBody file = *response.file;
        response.file.reset();
        if (file.length > MaxFaultFileBytes) {
            exchange.error =
                u"bodyFile is %1 bytes; the %2 fault holds a body in memory, at most %3"_s
                    .arg(file.length)
                    .arg(Fault::name(fault.kind))
                    .arg(MaxFaultFileBytes);
            response = HttpResponse::plain(500, "MockBench: " + exchange.error.toUtf8() + '\n');
            fault = {};
        } else if (file.file->seek(file.offset)) {
            response.body = file.file->read(file.length);
        }
    }
    if (fault.kind == Fault::Kind::PartialBody && response.body.size() < 2) {
        // Half of nothing is nothing: give the cut something to cut.
        response.body = QByteArray(100, ' ');
    }
    if (fault.kind == Fault::Kind::ConnectionClose) {
        plan.delayMs = 0; // closes before any byte, whatever the latency
    }
    if (current && current->set.cors == RouteSet::Cors::On) {
        // Every answer, proxied and not-found ones too, so a browser client may read it.
        static const QList<std::pair<QByteArray, QByteArray>> readable {
            { "Access-Control-Allow-Origin", "*" },
            { "Access-Control-Expose-Headers", "*" },
        };
        addMissingHeaders(response, readable);
    }
    exchange.status = response.status;
    exchange.reason =
        response.reason.isEmpty() ? HttpResponse::standardReason(response.status) : response.reason;
    exchange.responseHeaders = response.headers;
    // What was sent: a HEAD answer has the headers only.
    exchange.responseBody = request.method == "HEAD" ? QByteArray() : response.body;
    if (response.file && request.method != "HEAD") {
        // What the journal keeps of it, read now; the rest is only ever on disk.
        const FileBody &file = *response.file;
        exchange.responseBodySize = file.length;
        if (file.file->seek(file.offset)) {
            exchange.responseBody =
                file.file->read(std::min<qint64>(file.length, journal.maxBodyBytes()));
        }
    }
    exchange.delayMs = plan.delayMs;
    exchange.errorRoll = plan.errorRoll;
    exchange.errorInjected = plan.errorInjected;
    exchange.fault = Fault::name(fault.kind);
    exchange.durationUs = timer.nsecsElapsed() / 1000;
    const bool stream = response.stream != nullptr;
    if (response.stream) {
        // The journal gets the exchange with the body as it went through.
        exchange.responseBody.clear();
        response.stream =
            std::make_shared<JournalStream>(response.stream, std::move(exchange), &journal);
    }
    if (plan.delayMs > 0) {
        // The connection is the timer's context: if the client goes away first, the pending
        // answer goes with it; stop() drops every connection and so every pending answer.
        QTimer::singleShot(std::chrono::milliseconds(plan.delayMs), Qt::PreciseTimer,
            responder.connection(),
            [responder, response, fault] { responder.respond(response, fault); });
    } else {
        responder.respond(response, fault);
    }
    if (stream) {
        return; // recorded once the body has gone through
    }
    journal.record(std::move(exchange));
}

void MockServer::Private::forward(MockServer *q, const HttpRequest &request,
    const Responder &responder, Exchange exchange, const ProxyTarget &target,
    const ChaosPlanner::Plan &plan, double errorRate, const QElapsedTimer &timer,
    std::shared_ptr<const CompiledSet> set)
{
    exchange.upstream =
        QString::fromLatin1(ProxyForwarder::upstreamUrl(request, target).toEncoded());
    const Fault fault = plan.errorInjected ? plan.error.fault : Fault();
    if (plan.errorInjected && (fault.isNone() || needsNoAnswer(fault.kind))) {
        // The simulated error answers instead of the upstream, which never sees the request.
        const HttpResponse error = fault.isNone()
            ? HttpResponse::plain(plan.error.status,
                plan.error.body
                    .value_or(u"MockBench: simulated error (error rate %1)\n"_s.arg(errorRate))
                    .toUtf8())
            : HttpResponse();
        exchange.upstream.clear();
        finish(request, responder, std::move(exchange), error, fault, plan, timer);
        return;
    }
    const auto send = [this, q, request, responder, fault, plan, timer](Exchange exchange,
                          const ProxyTarget &resolved, const RawHeaders &setHeaders) {
        if (!forwarder) {
            forwarder = new ProxyForwarder(q);
            forwarder->setTap(tap);
        }
        forwarder->forward(request, resolved, needsWholeBody(fault.kind) ? MaxFaultFileBytes : 0,
            [this, guard = QPointer<MockServer>(q), request, responder,
                exchange = std::move(exchange), fault, plan, timer,
                setHeaders](ProxyForwarder::Result result) mutable {
                if (!guard) {
                    return;
                }
                // The set's headers (Mockoon's environment headers) go on proxied answers too.
                addMissingHeaders(result.response, setHeaders);
                exchange.upstreamError = result.error;
                finish(request, responder, std::move(exchange), std::move(result.response),
                    result.error.isEmpty() ? fault : Fault(), plan, timer);
            });
    };
    if (!set) {
        send(std::move(exchange), target, {});
        return;
    }
    // The set's header templates and the target's render together, off this thread when they
    // run code; static values are taken as they are.
    QList<std::shared_ptr<const CompiledTemplate>> templates;
    for (const auto &[name, tmpl] : set->setHeaders) {
        if (!tmpl->isStatic()) {
            templates.append(tmpl);
        }
    }
    const QList<CompiledSet::TargetTemplate> targetTemplates = set->targetTemplates.value(&target);
    for (const CompiledSet::TargetTemplate &t : targetTemplates) {
        templates.append(t.tmpl);
    }
    const auto resolve = [send, set, target, targetTemplates](
                             Exchange exchange, const QList<RenderResult> &rendered) {
        qsizetype next = 0;
        const auto text = [&rendered, &next] {
            const RenderResult *r = next < rendered.size() ? &rendered.at(next) : nullptr;
            ++next;
            QByteArray value = r && r->ok()
                ? r->text
                : QByteArray("-- Header parsing error, see logs for more details --");
            return value.replace('\r', ' ').replace('\n', ' ');
        };
        RawHeaders setHeaders;
        setHeaders.reserve(set->setHeaders.size());
        for (const auto &[name, tmpl] : set->setHeaders) {
            setHeaders.append({ name, tmpl->isStatic() ? tmpl->staticText() : text() });
        }
        ProxyTarget resolved = target;
        for (const CompiledSet::TargetTemplate &t : targetTemplates) {
            HeaderList &list = t.response ? resolved.responseHeaders : resolved.requestHeaders;
            list[t.header].second[t.value] = QString::fromUtf8(text());
        }
        send(std::move(exchange), resolved, setHeaders);
    };
    if (templates.isEmpty()) {
        resolve(std::move(exchange), {});
        return;
    }
    set->setRenderer->renderAsync(templates, request, {}, q,
        [resolve, exchange = std::move(exchange)](const QList<RenderResult> &rendered) mutable {
            resolve(std::move(exchange), rendered);
        });
}

} // namespace MockBench
