// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace MockBench::TlsIdentity {

namespace {

struct OpenSslFree
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, OpenSslFree>;

/// OpenSSL's own words for the last failure, its error queue emptied.
QString openSslError(const char *what)
{
    QString reason;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reason = QString::fromLatin1(text); // the first one queued is the cause
    }
    return reason.isEmpty() ? QString::fromLatin1(what)
                            : u"%1: %2"_s.arg(QString::fromLatin1(what), reason);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Owned<X509_EXTENSION> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, const_cast<char *>(value)));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Owned<X509> readCertificate(const QByteArray &pem)
{
    const Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Owned<X509>(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

/// A password callback that has none: an encrypted key fails to read instead of prompting.
int noPassword(char *, int, int, void *)
{
    return 0;
}

Owned<EVP_PKEY> readKey(const QByteArray &pem)
{
    const Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Owned<EVP_PKEY>(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, &noPassword, nullptr) : nullptr);
}

std::optional<QSsl::KeyAlgorithm> qtAlgorithm(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    default:
        return std::nullopt;
    }
}

/// @p key as Qt reads it: the algorithm's own PEM (PKCS#1, SEC 1), which every Qt TLS backend
/// takes, whatever form the file had (PKCS#8 too).
QSslKey toQtKey(EVP_PKEY *key)
{
    const std::optional<QSsl::KeyAlgorithm> algorithm = qtAlgorithm(key);
    const Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!algorithm || !bio
        || PEM_write_bio_PrivateKey_traditional(
               bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        return {};
    }
    return QSslKey(bioBytes(bio.get()), *algorithm, QSsl::Pem, QSsl::PrivateKey);
}

bool readFile(const QString &path, const QString &what, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1 %2: %3"_s.arg(what, path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool generate(int days, QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    ERR_clear_error();
    const Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
    const Owned<X509> certificate(X509_new());
    const Owned<BIGNUM> serial(BN_new());
    if (!key || !certificate || !serial) {
        *error = openSslError("cannot make a key");
        return false;
    }
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const auto text = [](const char *s) { return reinterpret_cast<const unsigned char *>(s); };
    // A self-signed end-entity certificate: clients trust it directly, and those that refuse a
    // CA certificate as a server's (rustls, Firefox) take it too.
    const bool built = X509_set_version(certificate.get(), 2) == 1
        && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        && X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(days) * 24 * 3600)
        && X509_set_pubkey(certificate.get(), key.get()) == 1
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, text("MockBench"), -1, -1, 0) == 1
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_ASC, text("MockBench localhost"), -1, -1, 0)
            == 1
        && X509_set_issuer_name(certificate.get(), name) == 1
        && addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        && addExtension(
            certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        && X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    const Owned<BIO> certificateBio(BIO_new(BIO_s_mem()));
    const Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!built || !certificateBio || !keyBio
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        *error = openSslError("cannot make a certificate");
        return false;
    }
    *certificatePem = bioBytes(certificateBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/tls"_s;
}

std::optional<Generated> ensureGenerated(QString *error, const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    Generated result;
    result.certificateFile = QDir(dir).filePath(u"localhost.crt"_s);
    result.keyFile = QDir(dir).filePath(u"localhost.key"_s);

    QString ignored;
    if (const std::optional<QSslConfiguration> existing =
            serverConfiguration(result.certificateFile, result.keyFile, &ignored)) {
        const QDateTime expires = existing->localCertificate().expiryDate();
        if (expires > QDateTime::currentDateTimeUtc().addDays(1)) {
            result.expires = expires;
            return result;
        }
    }

    if (!QDir().mkpath(dir)) {
        *error = u"cannot make the folder %1 for the generated certificate"_s.arg(dir);
        return std::nullopt;
    }
    QByteArray certificatePem;
    QByteArray keyPem;
    constexpr int Days = 365;
    if (!generate(Days, &certificatePem, &keyPem, error)
        || !writePrivateFile(result.keyFile, keyPem, true, error)
        || !writePrivateFile(result.certificateFile, certificatePem, false, error)) {
        return std::nullopt;
    }
    result.created = true;
    result.expires = QDateTime::currentDateTimeUtc().addDays(Days);
    return result;
}

std::optional<QSslConfiguration> serverConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificateFile, u"certificate"_s, &certificatePem, error)
        || !readFile(keyFile, u"key"_s, &keyPem, error)) {
        return std::nullopt;
    }
    ERR_clear_error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    const Owned<X509> certificate = readCertificate(certificatePem);
    if (chain.isEmpty() || chain.first().isNull() || !certificate) {
        *error = u"certificate %1: no PEM certificate in it (-----BEGIN CERTIFICATE-----)"_s.arg(
            certificateFile);
        return std::nullopt;
    }
    ERR_clear_error();
    const Owned<EVP_PKEY> key = readKey(keyPem);
    if (!key) {
        *error = keyPem.contains("ENCRYPTED")
            ? u"key %1: the key is encrypted; give it without a passphrase"_s.arg(keyFile)
            : u"key %1: no PEM private key in it"_s.arg(keyFile);
        ERR_clear_error();
        return std::nullopt;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        *error = u"key %1 is not the key of the certificate %2"_s.arg(keyFile, certificateFile);
        return std::nullopt;
    }
    const QSslKey qtKey = toQtKey(key.get());
    if (qtKey.isNull()) {
        *error = u"key %1: not an RSA, EC or DSA key"_s.arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(qtKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    // Nor are any verified: without the system's CA list, each connection's TLS context is
    // not loaded with every CA certificate (which cut new HTTPS connections a second 10-fold).
    configuration.setCaCertificates({});
    // HTTP/1.1 is what is served: a client offering h2 must not take it for agreed.
    configuration.setAllowedNextProtocols({ QByteArray("http/1.1") });
    return configuration;
}

} // namespace MockBench::TlsIdentity
