// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/Serving.h"

#include "server/MockServer.h"
#include "server/TlsIdentity.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace MockBench {

TlsOptions effectiveTls(const TlsOptions &tls, const RouteSet &set)
{
    TlsOptions result = tls;
    result.enabled = tls.enabled || set.tls;
    // The set's own certificate, unless the command line named one (--tls-port alone does not).
    if (set.tls && tls.certificateFile.isEmpty() && !set.tls->certificateFile.isEmpty()) {
        const QDir base(set.baseDir.isEmpty() ? QDir::currentPath() : set.baseDir);
        result.certificateFile = base.absoluteFilePath(set.tls->certificateFile);
        result.keyFile = base.absoluteFilePath(set.tls->keyFile);
    }
    return result;
}

bool startServing(MockServer *server, const QHostAddress &host, int port, const TlsOptions &asked,
    const RouteSet &set, QStringList *notices, QString *error)
{
    const TlsOptions tls = effectiveTls(asked, set);
    if (!tls.enabled) {
        if (!server->listen(host, quint16(port))) {
            *error = server->errorString();
            return false;
        }
        return true;
    }
    QString certificateFile = tls.certificateFile;
    QString keyFile = tls.keyFile;
    if (certificateFile.isEmpty()) {
        const std::optional<TlsIdentity::Generated> generated = TlsIdentity::ensureGenerated(error);
        if (!generated) {
            return false;
        }
        certificateFile = generated->certificateFile;
        keyFile = generated->keyFile;
        notices->append(
            (generated->created ? u"made a self-signed certificate for localhost, 127.0.0.1 "
                                  "and ::1: %1 (clients trust it with curl --cacert %1)"_s
                                : u"HTTPS certificate for localhost, 127.0.0.1 and ::1: %1 "
                                  "(clients trust it with curl --cacert %1)"_s)
                .arg(QDir::toNativeSeparators(certificateFile)));
    }
    const std::optional<QSslConfiguration> configuration =
        TlsIdentity::serverConfiguration(certificateFile, keyFile, error);
    if (!configuration) {
        *error = u"cannot serve HTTPS: %1"_s.arg(*error);
        return false;
    }
    if (configuration->localCertificate().expiryDate() < QDateTime::currentDateTimeUtc()) {
        notices->append(u"the certificate %1 expired on %2: clients will refuse it"_s.arg(
            certificateFile, configuration->localCertificate().expiryDate().toString(Qt::ISODate)));
    }
    if (tls.port >= 0) {
        if (!server->listen(host, quint16(port))
            || !server->listenTls(*configuration, host, quint16(tls.port))) {
            *error = server->errorString();
            server->stop();
            return false;
        }
        return true;
    }
    server->stop();
    if (!server->listenTls(*configuration, host, quint16(port))) {
        *error = server->errorString();
        return false;
    }
    return true;
}

} // namespace MockBench
