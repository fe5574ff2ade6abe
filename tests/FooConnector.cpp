// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FooConnector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

using namespace Qt::StringLiterals;

FooConnector::FooConnector(const QString &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
{
}

void FooConnector::setTimeout(int ms)
{
    m_timeoutMs = ms;
}

void FooConnector::fetchFoo(int bar)
{
    QNetworkRequest request(QUrl(m_baseUrl + u"/foo/"_s + QString::number(bar)));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, bar] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT failed(bar, reply->errorString());
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &error);
        const QJsonValue value = doc.object().value(u"important_datastructure"_s);
        if (error.error != QJsonParseError::NoError || !value.isDouble()) {
            Q_EMIT failed(bar, u"unexpected answer from the Foo service"_s);
            return;
        }
        Q_EMIT fooReceived(bar, value.toInt());
    });
}
