// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace rte::sandbox {

// One parsed HTTP/1.1 request, as the parser hands it to the server.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // the raw request target, e.g. "/v3/tasks?top=5"
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QString path; // percent-decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;

    // Header names are case-insensitive (RFC 9110); returns the first match or a null array.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // True when the client asked for the connection to end after this exchange.
    bool wantsClose() const;
};

} // namespace rte::sandbox
