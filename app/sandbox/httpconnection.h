// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httprequestparser.h"
#include "httpresponse.h"

#include <QObject>

#include <deque>

class QTcpSocket;

namespace rte::sandbox {

// One client connection: parses requests as bytes arrive (fragmented or pipelined), hands each one out
// with a sequence number and writes the answers back in request order, even when a later request is
// answered first (a delayed answer must not let the next one overtake it on the wire).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(quint64 sequence, const HttpResponse &response);
    // Closes the socket without answering anything, the way a broken connection ends.
    void drop();
    bool isOpen() const;

Q_SIGNALS:
    void requestReceived(quint64 sequence, const rte::sandbox::HttpRequest &request);
    void closed();

private:
    struct Slot
    {
        quint64 sequence = 0;
        bool ready = false;
        bool closeAfter = false;
        QByteArray bytes;
    };

    void onReadyRead();
    void flush();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    std::deque<Slot> m_slots;
    quint64 m_nextSequence = 1;
    bool m_closing = false; // a Connection: close request or a parse error: read nothing more
    bool m_closedSignalled = false;
};

} // namespace rte::sandbox
