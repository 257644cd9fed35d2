// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "problem.h"
#include "sandboxlogging.h"

#include <QPointer>
#include <QTcpSocket>

namespace rte::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closedSignalled) {
            m_closedSignalled = true;
            Q_EMIT closed();
        }
    });
}

HttpConnection::~HttpConnection()
{
    // Deleting the server must not leave the peer waiting for an answer on a half-open socket; nobody
    // is left to hear about the disconnect, so it is not reported.
    m_socket->disconnect(this);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    m_parser.append(m_socket->readAll());
    // The server may answer (or drop us) synchronously from requestReceived; the guard notices if
    // that ended the connection, so no further request is parsed off a closed socket.
    const QPointer<HttpConnection> guard(this);
    while (guard && !m_closing && isOpen()) {
        HttpRequest request;
        const HttpRequestParser::Result result = m_parser.next(&request);
        if (result == HttpRequestParser::Result::NeedMore)
            return;
        if (result == HttpRequestParser::Result::Error) {
            // Malformed framing: the byte stream cannot be trusted any more, so answer and close.
            m_closing = true;
            const quint64 sequence = m_nextSequence++;
            m_slots.push_back(Slot {sequence, false, true, {}});
            const int status = m_parser.errorStatus();
            qCDebug(lcSandbox) << "unparseable request, answering" << status;
            respond(
                sequence, Problem(status, Problem::titleFor(status), m_parser.errorDetail()).toResponse());
            return;
        }
        const quint64 sequence = m_nextSequence++;
        const bool closeAfter = request.wantsClose();
        if (closeAfter)
            m_closing = true;
        m_slots.push_back(Slot {sequence, false, closeAfter, {}});
        Q_EMIT requestReceived(sequence, request);
    }
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    for (Slot &slot : m_slots) {
        if (slot.sequence == sequence) {
            slot.ready = true;
            slot.bytes = response.serialize(slot.closeAfter);
            break;
        }
    }
    flush();
}

void HttpConnection::flush()
{
    while (!m_slots.empty() && m_slots.front().ready) {
        const Slot slot = std::move(m_slots.front());
        m_slots.pop_front();
        if (!isOpen())
            continue;
        m_socket->write(slot.bytes);
        if (slot.closeAfter) {
            m_slots.clear();
            // disconnectFromHost() waits until the answer has been written out.
            m_socket->disconnectFromHost();
            return;
        }
    }
}

void HttpConnection::drop()
{
    m_closing = true;
    m_slots.clear();
    m_socket->abort();
    if (!m_closedSignalled) {
        m_closedSignalled = true;
        Q_EMIT closed();
    }
}

} // namespace rte::sandbox
