// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "support/hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace rte::testsupport {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kQueuedBytes = 4 * kChunkBytes;

} // namespace

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port());
    return url;
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) { m_bytesSent += bytes; });
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // A request body (a PUT's JSON) follows the head; only the head matters here, one request
            // per connection.
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            const QByteArray head = buffer->left(end);
            m_heads.append(head);
            Q_EMIT requestReceived(head);
            if (m_script)
                m_script(socket);
        });
    }
}

HostileServer::Script HostileServer::raw(const QByteArray &response)
{
    return [response](QTcpSocket *socket) {
        socket->write(response);
        socket->disconnectFromHost(); // after what is queued has gone out
    };
}

HostileServer::Script HostileServer::answer(
    int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    if (!contentType.isEmpty())
        response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
        + "Connection: close\r\n\r\n" + body;
    return raw(response);
}

void HostileServer::pump(QTcpSocket *socket, std::function<QByteArray()> next)
{
    auto refill = [socket, next] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kQueuedBytes) {
            const QByteArray chunk = next();
            if (chunk.isEmpty()) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(chunk);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

HostileServer::Script HostileServer::streamedBody(qint64 bytes)
{
    return [this, bytes](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(bytes) + "\r\nConnection: close\r\n\r\n");
        auto left = std::make_shared<qint64>(bytes);
        const QByteArray filler(kChunkBytes, ' ');
        pump(socket, [left, filler]() -> QByteArray {
            const qint64 size = qMin(*left, kChunkBytes);
            *left -= size;
            return filler.left(size);
        });
    };
}

HostileServer::Script HostileServer::endlessChunks()
{
    return [this](QTcpSocket *socket) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk
            = QByteArray::number(kChunkBytes, 16) + "\r\n" + QByteArray(kChunkBytes, '[') + "\r\n";
        pump(socket, [chunk] { return chunk; });
    };
}

HostileServer::Script HostileServer::trickle(
    const QByteArray &head, const QByteArray &response, int intervalMs)
{
    return [head, response, intervalMs](QTcpSocket *socket) {
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, response, sent] {
            if (*sent >= response.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(response.mid((*sent)++, 1));
        });
        timer->start(intervalMs);
    };
}

} // namespace rte::testsupport
