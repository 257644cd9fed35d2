// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "loopbackproxy.h"

#include <QTcpSocket>
#include <QUrl>

namespace rte::api::test {

LoopbackProxy::LoopbackProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackProxy::onNewConnection);
}

bool LoopbackProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackProxy::setCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuthorization = user.isEmpty() ? QByteArray() : "Basic " + (user + ':' + password).toBase64();
}

void LoopbackProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void LoopbackProxy::onClientData(QTcpSocket *client)
{
    // Until the head is complete, collect it in the socket's own property; afterwards forward() pipes.
    QByteArray buffer = client->property("head").toByteArray() + client->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        client->setProperty("head", buffer);
        return;
    }
    client->disconnect(this); // this connection's request is settled either way
    const QByteArray head = buffer.left(end + 4);
    const QByteArray rest = buffer.mid(end + 4);

    QByteArray authorization;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("Proxy-Authorization", Qt::CaseInsensitive) == 0)
            authorization = line.mid(colon + 1).trimmed();
    }
    if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
        ++m_challenges;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"rte-test\"\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    forward(client, head, rest);
}

void LoopbackProxy::forward(QTcpSocket *client, const QByteArray &head, const QByteArray &rest)
{
    QList<QByteArray> lines = head.trimmed().split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() != 3) {
        client->abort();
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    m_forwarded.append(requestLine.join(' '));

    QByteArray upstreamHead = requestLine.at(0) + ' ' + target.path(QUrl::FullyEncoded).toLatin1();
    if (target.hasQuery())
        upstreamHead += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    upstreamHead += ' ' + requestLine.at(2) + "\r\n";
    for (const QByteArray &raw : std::as_const(lines)) {
        const QByteArray line = raw.trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name.startsWith("proxy-") || name == "connection" || name == "keep-alive")
            continue;
        upstreamHead += line + "\r\n";
    }
    upstreamHead += "Connection: close\r\n\r\n";

    auto *origin = new QTcpSocket(client);
    connect(origin, &QTcpSocket::connected, origin,
        [origin, data = upstreamHead + rest] { origin->write(data); });
    connect(client, &QTcpSocket::readyRead, origin, [client, origin] { origin->write(client->readAll()); });
    connect(origin, &QTcpSocket::readyRead, client, [client, origin] { client->write(origin->readAll()); });
    connect(origin, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    origin->connectToHost(target.host(), quint16(target.port(80)));
}

} // namespace rte::api::test
