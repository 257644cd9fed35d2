// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace rte::testsupport {

// A loopback "server" that answers every HTTP request with whatever bytes a test scripts: the
// misbehaviour the real sandbox never shows (floods, trickles, redirects elsewhere, broken bodies).
// It reads each request up to its blank line, records that head, and hands the socket to the script.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    // Writes the answer to the socket, at once or over time (a timer or bytesWritten() parented to the
    // socket); the socket is closed by the client or by the script.
    using Script = std::function<void(QTcpSocket *socket)>;

    explicit HostileServer(QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, a port the system picks
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;

    void setScript(Script script) { m_script = std::move(script); }
    QList<QByteArray> requestHeads() const { return m_heads; } // each request, up to its blank line
    qint64 bytesSent() const { return m_bytesSent; } // handed to the kernel, over all connections

    // --- ready-made scripts
    // One whole answer, then the connection is closed.
    static Script raw(const QByteArray &response);
    // status line, Content-Type, Content-Length and body ("Connection: close").
    static Script answer(int status, const QByteArray &contentType, const QByteArray &body,
        const QByteArray &extraHeaders = {});
    // A 200 whose Content-Length announces `bytes` of JSON-looking filler, written as the socket drains,
    // so the test never holds the body in memory.
    Script streamedBody(qint64 bytes);
    // A 200 with chunked transfer encoding that never ends.
    Script endlessChunks();
    // `head` at once, then `body` one byte every `intervalMs` milliseconds.
    static Script trickle(const QByteArray &head, const QByteArray &body, int intervalMs);

Q_SIGNALS:
    void requestReceived(const QByteArray &head);

private:
    void onNewConnection();
    // Keeps at most a few chunks queued in the socket, refilled as it drains; `next` returns the next
    // chunk, empty when done.
    void pump(QTcpSocket *socket, std::function<QByteArray()> next);

    QTcpServer m_server;
    Script m_script;
    QList<QByteArray> m_heads;
    qint64 m_bytesSent = 0;
};

} // namespace rte::testsupport
