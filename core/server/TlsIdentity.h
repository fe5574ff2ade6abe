// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace MockBench {

/// What an HTTPS listener presents (DESIGN.md §13): a certificate given as PEM files, or the
/// self-signed one MockBench makes for localhost, 127.0.0.1 and ::1 and keeps in the user's
/// data folder, so a client trusts it once (curl --cacert, QSslConfiguration::addCaCertificate).
namespace TlsIdentity {

/// A new self-signed certificate and its private key, both PEM (an EC P-256 key, PKCS#8):
/// subject "MockBench localhost", subjectAltName DNS:localhost, IP:127.0.0.1, IP:::1, valid
/// from an hour ago for @p days days. False with @p error set when OpenSSL fails.
bool generate(int days, QByteArray *certificatePem, QByteArray *keyPem, QString *error);

/// The folder the generated certificate lives in: the user's data folder + "/tls".
QString defaultFolder();

struct Generated
{
    QString certificateFile; ///< FOLDER/localhost.crt: what a client trusts
    QString keyFile; ///< FOLDER/localhost.key, readable by the user only
    bool created = false; ///< made by this call (none was there, or it was expired or broken)
    QDateTime expires;
};

/// The generated certificate in @p folder (defaultFolder() when empty): the one already
/// there while it is readable, matches its key and has more than a day to go; otherwise a new
/// one (valid 365 days). Nothing when the folder cannot be written, with @p error saying why.
std::optional<Generated> ensureGenerated(QString *error, const QString &folder = QString());

/// A server configuration from PEM files: the certificate (the chain's other certificates
/// after it, if any) and its unencrypted private key (RSA, EC or DSA). Nothing when a file
/// cannot be read, holds no certificate or key, or the key is not the certificate's, with
/// @p error naming the file and what is wrong.
std::optional<QSslConfiguration> serverConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error);

} // namespace TlsIdentity

} // namespace MockBench
