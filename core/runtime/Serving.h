// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/RouteSet.h"
#include "runtime/CommandLine.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace MockBench {

class MockServer;

/// Starts @p server as a run asks, the same for the window and headless: HTTP on @p port;
/// HTTPS there instead when @p tls (the command line) or the set's "tls" asks for it; both,
/// HTTPS on tls.port, with --tls-port. The command line's certificate wins over the set's,
/// whose file names resolve against its folder; neither names one: the generated certificate
/// (TlsIdentity::ensureGenerated). @p notices gets what the user should be told (the
/// certificate to trust, made or reused). False with @p error when a certificate cannot be
/// had or a port cannot be listened on; nothing listens then.
bool startServing(MockServer *server, const QHostAddress &host, int port, const TlsOptions &tls,
    const RouteSet &set, QStringList *notices, QString *error);

/// The HTTPS a run of @p set with @p tls serves: enabled, and which files (absolute).
TlsOptions effectiveTls(const TlsOptions &tls, const RouteSet &set);

} // namespace MockBench
