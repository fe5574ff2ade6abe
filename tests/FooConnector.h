// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

/// The seed's example client: asks a Foo service for the important data structure of a
/// number. Production code would point it at the real backend; tests point it at MockBench.
class FooConnector : public QObject
{
    Q_OBJECT
public:
    /// @p baseUrl is the API root, e.g. http://127.0.0.1:5000/1.1
    explicit FooConnector(const QString &baseUrl, QObject *parent = nullptr);

    /// GET {baseUrl}/foo/{bar}; answers with fooReceived or failed.
    void fetchFoo(int bar);
    void setTimeout(int ms);

Q_SIGNALS:
    void fooReceived(int bar, int importantDatastructure);
    void failed(int bar, const QString &reason);

private:
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    int m_timeoutMs = 5000;
};
