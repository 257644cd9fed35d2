// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// A tiny plain-HTTP forward proxy on 127.0.0.1 for the proxy tests: reads one request in absolute form
// ("GET http://127.0.0.1:PORT/v3/whoami HTTP/1.1"), optionally demands Basic credentials (407), and
// forwards it to the origin in origin form over a fresh connection, then pipes bytes both ways until the
// origin closes. One request per connection (it asks the origin to close), which is all QNetworkAccessManager
// needs. Test code only.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace rte::api::test {

class LoopbackProxy : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackProxy(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Demand "Proxy-Authorization: Basic base64(user:password)"; empty user: no credentials needed.
    void setCredentials(const QByteArray &user, const QByteArray &password);

    QList<QByteArray> forwardedRequestLines() const { return m_forwarded; }
    int challenges() const { return m_challenges; } // 407s sent

private:
    void onNewConnection();
    void onClientData(QTcpSocket *client);
    void forward(QTcpSocket *client, const QByteArray &head, const QByteArray &rest);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization;
    QList<QByteArray> m_forwarded;
    int m_challenges = 0;
};

} // namespace rte::api::test
