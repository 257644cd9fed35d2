// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QJsonArray;
class QJsonObject;

namespace rte::sandbox {

// One answer. The connection adds Content-Length and Connection itself, so no handler can forget them.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    QByteArray serialize(bool closeConnection) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace rte::sandbox
