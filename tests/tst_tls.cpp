// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// HTTPS (DESIGN.md §13): the generated certificate, certificate files, QNetworkAccessManager
// and curl trusting it, clients that do not, close_notify, wire faults under TLS, HTTP and
// HTTPS at once, a forwarding route to an HTTPS upstream, and the command line.
#include "journal/ExchangeJson.h"
#include "journal/HarWriter.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"
#include "server/TlsIdentity.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

constexpr int WaitMs = 15000;

QString binary()
{
    return qEnvironmentVariable("MOCKBENCH_BINARY");
}

/// What a QSslSocket client saw of one exchange.
struct TlsExchange
{
    bool encrypted = false; ///< the handshake succeeded
    QByteArray received;
    QList<QSsl::AlertType> alerts; ///< alerts the server sent (close_notify among them)
    QList<QSslError::SslError> certificateErrors;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError; ///< the last one
    QString errorText;
};

/// Connects with TLS to 127.0.0.1:@p port trusting only @p ca (none when null), checking the
/// certificate against @p peerName, sends @p request and reads until the server closes.
TlsExchange tlsExchange(quint16 port, const QByteArray &request, const QSslCertificate &ca,
    const QString &peerName = u"localhost"_s)
{
    TlsExchange result;
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca.isNull() ? QList<QSslCertificate>() : QList { ca });
    socket.setSslConfiguration(configuration);
    QObject::connect(
        &socket, &QSslSocket::readyRead, &socket, [&] { result.received += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::alertReceived, &socket,
        [&](QSsl::AlertLevel, QSsl::AlertType type, const QString &) { result.alerts << type; });
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            result.certificateErrors << e.error();
        }
    });
    QObject::connect(
        &socket, &QSslSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError error) {
            result.error = error;
            result.errorText = socket.errorString();
        });
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port, peerName);
    if (!QTest::qWaitFor(
            [&] {
                return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState;
            },
            WaitMs)) {
        return result;
    }
    result.encrypted = socket.isEncrypted();
    if (result.encrypted) {
        socket.write(request);
        [[maybe_unused]] const bool closed = QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs);
        result.received += socket.readAll();
    }
    return result;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QList<QSslError::SslError> sslErrors;
};

Reply fetch(const QUrl &url, const QSslCertificate &ca)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!ca.isNull()) {
        configuration.addCaCertificate(ca);
    }
    request.setSslConfiguration(configuration);
    QNetworkReply *reply = manager.get(request);
    Reply result;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            result.sslErrors << e.error();
        }
    });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return reply->isFinished(); }, WaitMs);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorText = reply->errorString();
    delete reply;
    return result;
}

QByteArray bodyOf(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : answer.mid(end + 4);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatesOnceThenReuses();
    void regeneratesABrokenCertificate();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void networkAccessManagerTrustsTheCertificate_data();
    void networkAccessManagerTrustsTheCertificate();
    void untrustingClientsFailTheHandshake();
    void curlWithCacert();
    void closeSendsCloseNotify();
    void faultsUnderTls_data();
    void faultsUnderTls();
    void largeBodiesOverTls_data();
    void largeBodiesOverTls();
    void httpAndHttpsAtOnce();
    void forwardsToAnHttpsUpstream();
    void headlessTls();
    void headlessServesTheSetsTls();
    void commandLineRefusesHalfATls_data();
    void commandLineRefusesHalfATls();

private:
    std::unique_ptr<MockServer> httpsServer(const RouteSet &set);

    QTemporaryDir m_dir;
    QString m_certificateFile;
    QString m_keyFile;
    QSslCertificate m_ca;
    QSslConfiguration m_configuration;
};

void tst_Tls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (libqopensslbackend, libssl3)");
    QString error;
    const std::optional<TlsIdentity::Generated> generated =
        TlsIdentity::ensureGenerated(&error, m_dir.filePath(u"tls"_s));
    QVERIFY2(generated, qPrintable(error));
    m_certificateFile = generated->certificateFile;
    m_keyFile = generated->keyFile;
    const auto configuration =
        TlsIdentity::serverConfiguration(m_certificateFile, m_keyFile, &error);
    QVERIFY2(configuration, qPrintable(error));
    m_configuration = *configuration;
    m_ca = configuration->localCertificate();
    QVERIFY(!m_ca.isNull());
}

std::unique_ptr<MockServer> tst_Tls::httpsServer(const RouteSet &set)
{
    auto server = std::make_unique<MockServer>();
    server->setRouteSet(set);
    if (!server->listenTls(m_configuration)) {
        qWarning() << server->errorString();
        return {};
    }
    return server;
}

void tst_Tls::generatesOnceThenReuses()
{
    const QString folder = m_dir.filePath(u"again"_s);
    QString error;
    const auto first = TlsIdentity::ensureGenerated(&error, folder);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->created);
    const auto second = TlsIdentity::ensureGenerated(&error, folder);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!second->created);
    QCOMPARE(second->certificateFile, first->certificateFile);

    const QSslCertificate certificate(readAll(first->certificateFile), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.isSelfSigned());
    const auto names = certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QList<QString>({ u"localhost"_s }));
    QList<QString> addresses = names.values(QSsl::IpAddressEntry);
    std::sort(addresses.begin(), addresses.end());
    QCOMPARE(addresses, QList<QString>({ u"127.0.0.1"_s, u"::1"_s }));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(certificate.expiryDate());
    QVERIFY2(days >= 364 && days <= 365, qPrintable(QString::number(days)));
    // The key is the user's alone.
    QCOMPARE(QFile::permissions(first->keyFile) & 0x0077, QFileDevice::Permissions());
}

void tst_Tls::regeneratesABrokenCertificate()
{
    const QString folder = m_dir.filePath(u"broken"_s);
    QString error;
    const auto first = TlsIdentity::ensureGenerated(&error, folder);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(writeFile(first->certificateFile, "not a certificate"));
    const auto second = TlsIdentity::ensureGenerated(&error, folder);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->created);
    QVERIFY(TlsIdentity::serverConfiguration(second->certificateFile, second->keyFile, &error));

    // A folder that cannot be made is said, not crashed on.
    QVERIFY(writeFile(m_dir.filePath(u"file"_s), "x"));
    QVERIFY(!TlsIdentity::ensureGenerated(&error, m_dir.filePath(u"file/tls"_s)));
    QVERIFY2(error.contains(m_dir.filePath(u"file/tls"_s)), qPrintable(error));
}

void tst_Tls::refusesBadFiles_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QByteArray otherCertificate;
    QByteArray otherKey;
    QString error;
    QVERIFY2(TlsIdentity::generate(1, &otherCertificate, &otherKey, &error), qPrintable(error));
    QVERIFY(writeFile(m_dir.filePath(u"other.key"_s), otherKey));
    QVERIFY(writeFile(m_dir.filePath(u"text.pem"_s), "hello\n"));
    QVERIFY(writeFile(m_dir.filePath(u"encrypted.key"_s),
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n"));
    const QString missing = m_dir.filePath(u"missing.crt"_s);
    QTest::addRow("no certificate file")
        << missing << m_keyFile << u"certificate %1: "_s.arg(missing);
    QTest::addRow("not PEM") << m_dir.filePath(u"text.pem"_s) << m_keyFile
                             << u"no PEM certificate in it"_s;
    QTest::addRow("no key in the key file")
        << m_certificateFile << m_dir.filePath(u"text.pem"_s) << u"no PEM private key in it"_s;
    QTest::addRow("encrypted key")
        << m_certificateFile << m_dir.filePath(u"encrypted.key"_s) << u"the key is encrypted"_s;
    QTest::addRow("another certificate's key")
        << m_certificateFile << m_dir.filePath(u"other.key"_s)
        << u"is not the key of the certificate"_s;
}

void tst_Tls::refusesBadFiles()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!TlsIdentity::serverConfiguration(certificate, key, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_Tls::networkAccessManagerTrustsTheCertificate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("127.0.0.1") << u"127.0.0.1"_s;
    QTest::addRow("localhost") << u"localhost"_s;
}

void tst_Tls::networkAccessManagerTrustsTheCertificate()
{
    QFETCH(QString, host);
    RouteSet set;
    set.add(Route::get(u"/hello"_s).respond(200, u"over TLS"_s));
    Response base = Response::text(200, u"{{request.baseUrl}}"_s);
    base.templating = TemplateDialect::WireMock;
    set.add(Route::get(u"/base"_s).respond(base));
    const auto server = httpsServer(set);
    QVERIFY(server);
    QCOMPARE(server->baseUrl().scheme(), u"https"_s);
    QCOMPARE(server->tlsPort(), server->port());
    QUrl url = server->baseUrl().resolved(QUrl(u"/hello"_s));
    url.setHost(host);
    const Reply reply = fetch(url, m_ca);
    QVERIFY2(reply.error == QNetworkReply::NoError, qPrintable(reply.errorText));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("over TLS"));
    QCOMPARE(server->journal().count(), 1);
    // The journal knows it came over HTTPS: the admin API's JSON and a HAR file say so.
    const Exchange exchange = server->journal().at(0);
    QVERIFY(exchange.secure);
    QVERIFY(ExchangeJson::toLine(exchange).contains("\"scheme\":\"https\""));
    QVERIFY(HarWriter::write({ exchange }, u"test"_s, u"x"_s)
                .contains(u"\"https://%1:%2/hello\""_s.arg(host).arg(server->port()).toUtf8()));
    // Templates know the request came over TLS.
    url.setPath(u"/base"_s);
    QCOMPARE(fetch(url, m_ca).body, u"https://%1:%2"_s.arg(host).arg(server->port()).toUtf8());
}

void tst_Tls::untrustingClientsFailTheHandshake()
{
    RouteSet set;
    set.add(Route::get(u"/hello"_s).respond(200, u"secret"_s));
    const auto server = httpsServer(set);
    QVERIFY(server);
    const QUrl url = server->baseUrl().resolved(QUrl(u"/hello"_s));

    const Reply untrusted = fetch(url, QSslCertificate());
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(untrusted.sslErrors.contains(QSslError::SelfSignedCertificate),
        qPrintable(untrusted.errorText));
    QVERIFY(untrusted.body.isEmpty());

    // A name the certificate is not for fails even when it is trusted.
    const TlsExchange wrongName = tlsExchange(
        server->port(), "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n", m_ca, u"example.com"_s);
    QVERIFY(!wrongName.encrypted);
    QVERIFY(wrongName.certificateErrors.contains(QSslError::HostNameMismatch));
    QVERIFY(wrongName.received.isEmpty());

    // Plain HTTP on the HTTPS port gets no answer.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(plain.waitForConnected(WaitMs));
    plain.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] { return plain.state() == QAbstractSocket::UnconnectedState; }, WaitMs));
    QVERIFY(!plain.readAll().contains("secret"));

    QCOMPARE(server->journal().count(), 0);
    // The server still serves those that trust it.
    const Reply trusted = fetch(url, m_ca);
    QCOMPARE(trusted.body, QByteArray("secret"));
}

void tst_Tls::curlWithCacert()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY2(!curl.isEmpty(), "curl is not installed (scripts/install-deps.sh --test)");
    RouteSet set;
    set.add(Route::post(u"/echo"_s).respond(201, u"{{body}}"_s));
    set.add(
        Route::get(u"/fail"_s)
            .respond(
                Response::text(200, u"never"_s).withFault(Fault::make(Fault::Kind::TlsFailure))));
    const auto server = httpsServer(set);
    QVERIFY(server);
    const QString url = server->baseUrl().toString() + u"/echo"_s;

    // The server answers on this thread: wait with the event loop running.
    const auto finished = [](QProcess &process) {
        return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, WaitMs);
    };
    QProcess trusted;
    trusted.start(curl,
        { u"-sS"_s, u"--cacert"_s, m_certificateFile, u"-w"_s,
            u" %{http_code} %{ssl_verify_result}"_s, u"--data"_s, u"ping"_s, url });
    QVERIFY(finished(trusted));
    QCOMPARE(trusted.exitCode(), 0);
    QCOMPARE(trusted.readAllStandardOutput(), QByteArray("ping 201 0"));

    QProcess untrusted;
    untrusted.start(curl, { u"-sS"_s, u"--data"_s, u"ping"_s, url });
    QVERIFY(finished(untrusted));
    QCOMPARE(untrusted.exitCode(), 60); // CURLE_PEER_FAILED_VERIFICATION
    QVERIFY(untrusted.readAllStandardError().contains("self-signed certificate"));
    QCOMPARE(server->journal().count(), 1);

    // The tls-failure fault: curl's TLS layer fails on the alert record (56, CURLE_RECV_ERROR).
    QProcess failed;
    failed.start(curl,
        { u"-sS"_s, u"--cacert"_s, m_certificateFile, server->baseUrl().toString() + u"/fail"_s });
    QVERIFY(finished(failed));
    QCOMPARE(failed.exitCode(), 56);
    const QByteArray err = failed.readAllStandardError();
    QVERIFY2(err.contains("SSL routines::bad record type"), err.constData());
    QVERIFY(failed.readAllStandardOutput().isEmpty());
}

void tst_Tls::closeSendsCloseNotify()
{
    RouteSet set;
    set.add(Route::get(u"/bye"_s).respond(200, u"bye"_s));
    const auto server = httpsServer(set);
    QVERIFY(server);
    // The server closes after the answer (Connection: close, then HTTP/1.0 without keep-alive).
    for (const QByteArray &request : { QByteArray("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: "
                                                  "close\r\n\r\n"),
             QByteArray("GET /bye HTTP/1.0\r\n\r\n") }) {
        const TlsExchange got = tlsExchange(server->port(), request, m_ca);
        QVERIFY(got.encrypted);
        QVERIFY2(got.received.startsWith("HTTP/1.1 200 OK\r\n"), got.received.constData());
        QCOMPARE(bodyOf(got.received), QByteArray("bye"));
        QVERIFY2(got.alerts.contains(QSsl::AlertType::CloseNotify), request.constData());
    }
}

void tst_Tls::faultsUnderTls_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("answerHead"); ///< the status line arrives before the fault
    /// The server closes as a server does (close_notify, then FIN), or as a broken one: the
    /// connection drops without it, so the client cannot take a short answer for a whole one.
    QTest::addColumn<bool>("closeNotify");
    QTest::addRow("tls-failure") << u"tls-failure"_s << false << false;
    QTest::addRow("connection-reset") << u"connection-reset"_s << false << false;
    QTest::addRow("empty-response") << u"empty-response"_s << false << true;
    QTest::addRow("connection-close") << u"connection-close"_s << false << true;
    QTest::addRow("partial-body") << u"partial-body"_s << true << true;
    QTest::addRow("partial-headers") << u"partial-headers"_s << true << true;
    QTest::addRow("garbage") << u"garbage"_s << false << true;
}

void tst_Tls::faultsUnderTls()
{
    QFETCH(QString, fault);
    QFETCH(bool, answerHead);
    QFETCH(bool, closeNotify);
    RouteSet set;
    set.add(Route::get(u"/f"_s).respond(Response::text(200, QString(400, u'x'))
                                            .withFault(Fault::make(*Fault::kindFromName(fault)))));
    const auto server = httpsServer(set);
    QVERIFY(server);
    const TlsExchange got = tlsExchange(server->port(), "GET /f HTTP/1.1\r\nHost: x\r\n\r\n", m_ca);
    QVERIFY(got.encrypted);
    QCOMPARE(got.received.startsWith("HTTP/1.1 200"), answerHead);
    QVERIFY(!got.received.contains(QByteArray(400, 'x'))); // never the whole answer
    QVERIFY2(got.alerts.contains(QSsl::AlertType::CloseNotify) == closeNotify,
        qPrintable(got.errorText));
    if (fault == u"garbage") {
        // Garbage goes through the TLS layer: decrypted fine, and not HTTP.
        QVERIFY(!got.received.isEmpty());
        QVERIFY(!got.received.startsWith("HTTP/"));
    }
    if (fault == u"tls-failure") {
        // A fatal alert record where encrypted records belong (curlWithCacert sees clients
        // fail on it): nothing readable arrives.
        QVERIFY(got.received.isEmpty());
    }
}

void tst_Tls::largeBodiesOverTls_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::addRow("inline") << false;
    QTest::addRow("bodyFile") << true; // no sendfile(2) under TLS: through the TLS layer
}

void tst_Tls::largeBodiesOverTls()
{
    QFETCH(bool, fromFile);
    QByteArray body(6 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < body.size(); ++i) {
        body[i] = char((i * 7919) >> 3);
    }
    RouteSet set;
    set.baseDir = m_dir.path();
    Response response = Response::text(200, QString());
    if (fromFile) {
        QVERIFY(writeFile(m_dir.filePath(u"big.bin"_s), body));
        response.bodySource = Response::BodySource::File;
        response.bodyFile = u"big.bin"_s;
    } else {
        response.body = QString::fromLatin1(body.toBase64());
        response.base64 = true;
    }
    set.add(Route::get(u"/big"_s).respond(response));
    const auto server = httpsServer(set);
    QVERIFY(server);
    // Two in a row on one connection (keep-alive): the second one starts where the first ended.
    QNetworkAccessManager manager;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(server->baseUrl().resolved(QUrl(u"/big"_s)));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_ca);
        request.setSslConfiguration(configuration);
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, WaitMs));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QByteArray got = reply->readAll();
        QCOMPARE(got.size(), body.size());
        QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256),
            QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    }
}

void tst_Tls::httpAndHttpsAtOnce()
{
    RouteSet set;
    set.add(Route::get(u"/both"_s).respond(200, u"same routes"_s));
    MockServer server;
    server.setRouteSet(set);
    QVERIFY(server.listen());
    QVERIFY2(server.listenTls(m_configuration), qPrintable(server.errorString()));
    QCOMPARE(server.baseUrl().scheme(), u"http"_s);
    QCOMPARE(server.tlsBaseUrl().scheme(), u"https"_s);
    QVERIFY(server.port() != server.tlsPort());

    const Reply https = fetch(server.tlsBaseUrl().resolved(QUrl(u"/both"_s)), m_ca);
    QCOMPARE(https.body, QByteArray("same routes"));
    const Reply http = fetch(server.baseUrl().resolved(QUrl(u"/both"_s)), QSslCertificate());
    QCOMPARE(http.body, QByteArray("same routes"));
    QCOMPARE(server.journal().count(), 2);

    server.stop();
    QVERIFY(!server.isListening());
    QVERIFY(!server.tlsBaseUrl().isValid());
}

void tst_Tls::forwardsToAnHttpsUpstream()
{
    RouteSet upstreamSet;
    upstreamSet.add(Route::get(u"/real"_s).respond(200, u"from the real one"_s));
    const auto upstream = httpsServer(upstreamSet);
    QVERIFY(upstream);

    const auto proxyTo = [&](bool insecure) {
        RouteSet set;
        ProxyTarget target;
        target.url = upstream->baseUrl();
        target.insecure = insecure;
        set.proxy = target;
        return set;
    };
    MockServer front;
    QVERIFY(front.listen());
    // The upstream's certificate is not in the system's trust store: 502 with the reason.
    front.setRouteSet(proxyTo(false));
    const Reply refused = fetch(front.baseUrl().resolved(QUrl(u"/real"_s)), QSslCertificate());
    QCOMPARE(refused.status, 502);
    QVERIFY2(refused.body.contains("certificate"), refused.body.constData());
    QCOMPARE(upstream->journal().count(), 0);
    // "insecure": the self-signed backend is taken.
    front.setRouteSet(proxyTo(true));
    const Reply forwarded = fetch(front.baseUrl().resolved(QUrl(u"/real"_s)), QSslCertificate());
    QVERIFY2(forwarded.status == 200, forwarded.body.constData());
    QCOMPARE(forwarded.body, QByteArray("from the real one"));
    QCOMPARE(upstream->journal().count(), 1);
}

void tst_Tls::headlessTls()
{
    QVERIFY2(!binary().isEmpty(), "MOCKBENCH_BINARY is not set (ctest sets it)");
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY(!curl.isEmpty());
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, data.path()); // the user's data folder, for this run
    for (const bool again : { false, true }) {
        QProcess mock;
        mock.setProcessEnvironment(env);
        mock.start(binary(), { u"--headless"_s, u"--port"_s, u"0"_s, u"--tls-port"_s, u"0"_s });
        QVERIFY(mock.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return mock.canReadLine(); }, WaitMs));
        const QByteArray line = mock.readLine().trimmed();
        QVERIFY2(line.startsWith("MockBench listening on http://127.0.0.1:"), line.constData());
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += mock.readAllStandardError();
                return err.contains("HTTPS on https://");
            },
            WaitMs));
        const QString certificate = data.filePath(u"MockBench/mockbench/tls/localhost.crt"_s);
        QVERIFY2(err.contains(certificate.toUtf8()), err.constData());
        QCOMPARE(err.contains("made a self-signed certificate"), !again);
        const qsizetype at = err.indexOf("HTTPS on ") + 9;
        const QString https = QString::fromUtf8(err.mid(at, err.indexOf('\n', at) - at));

        QProcess client;
        client.start(curl, { u"-sS"_s, u"--cacert"_s, certificate, https + u"/1.1/foo/21"_s });
        QVERIFY(client.waitForFinished(WaitMs));
        QCOMPARE(client.exitCode(), 0);
        QCOMPARE(client.readAllStandardOutput(), QByteArray("{\"important_datastructure\": 42}"));
        mock.terminate();
        QVERIFY(mock.waitForFinished(WaitMs));
    }
}

void tst_Tls::headlessServesTheSetsTls()
{
    QVERIFY(!binary().isEmpty());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QFile::copy(m_certificateFile, folder.filePath(u"server.crt"_s)));
    QVERIFY(QFile::copy(m_keyFile, folder.filePath(u"server.key"_s)));
    QVERIFY(writeFile(folder.filePath(u"set.mockbench.json"_s),
        "{\"mockbench\": 3, \"tls\": {\"cert\": \"server.crt\", \"key\": \"server.key\"},"
        " \"routes\": [{\"method\": \"GET\", \"path\": \"/s\", \"responses\": [{\"body\": "
        "\"from the file\"}]}]}"));
    QProcess mock;
    mock.start(binary(),
        { u"--headless"_s, u"--port"_s, u"0"_s, folder.filePath(u"set.mockbench.json"_s) });
    QVERIFY(QTest::qWaitFor([&] { return mock.canReadLine(); }, WaitMs));
    const QByteArray line = mock.readLine().trimmed();
    QVERIFY2(line.startsWith("MockBench listening on https://127.0.0.1:"), line.constData());
    const QUrl url(QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1)) + u"/s"_s);
    const Reply reply = fetch(url, m_ca);
    QCOMPARE(reply.body, QByteArray("from the file"));
    mock.terminate();
    QVERIFY(mock.waitForFinished(WaitMs));

    // A certificate file that is not there: said, exit 3, nothing served.
    QVERIFY(QFile::remove(folder.filePath(u"server.crt"_s)));
    QProcess broken;
    broken.start(binary(),
        { u"--headless"_s, u"--port"_s, u"0"_s, folder.filePath(u"set.mockbench.json"_s) });
    QVERIFY(broken.waitForFinished(WaitMs));
    QCOMPARE(broken.exitCode(), 3);
    const QByteArray err = broken.readAllStandardError();
    QVERIFY2(err.contains("cannot serve HTTPS: certificate ") && err.contains("server.crt"),
        err.constData());
}

void tst_Tls::commandLineRefusesHalfATls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("cert without key") << QStringList { u"--tls-cert"_s, u"a.crt"_s }
                                      << QByteArray("--tls-cert needs --tls-key FILE");
    QTest::addRow("key without cert") << QStringList { u"--tls-key"_s, u"a.key"_s }
                                      << QByteArray("--tls-key needs --tls-cert FILE");
    QTest::addRow("same port") << QStringList { u"--port"_s, u"5000"_s, u"--tls-port"_s, u"5000"_s }
                               << QByteArray("--tls-port 5000 is --port too");
    QTest::addRow("bad port") << QStringList { u"--tls-port"_s, u"https"_s }
                              << QByteArray("--tls-port: \"https\" is not a port number");
}

void tst_Tls::commandLineRefusesHalfATls()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QProcess mock;
    mock.start(binary(), QStringList { u"--headless"_s } + arguments);
    QVERIFY(mock.waitForFinished(WaitMs));
    QCOMPARE(mock.exitCode(), 2);
    const QByteArray err = mock.readAllStandardError();
    QVERIFY2(err.contains(expected), err.constData());
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
