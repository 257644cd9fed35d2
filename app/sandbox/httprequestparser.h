// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace rte::sandbox {

// Incremental HTTP/1.1 request parser: bytes go in as they arrive (fragmented or several pipelined
// requests in one read), complete requests come out one at a time.
class HttpRequestParser
{
public:
    enum class Result
    {
        NeedMore,
        Ready,
        Error
    };

    void append(const QByteArray &bytes);
    // Ready fills *request and consumes it from the buffer; Error is final for the connection.
    Result next(HttpRequest *request);
    int errorStatus() const { return m_errorStatus; }
    QString errorDetail() const { return m_errorDetail; }
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

private:
    Result fail(int status, const QString &detail);
    bool parseHead(const QByteArray &head);

    QByteArray m_buffer;
    HttpRequest m_pending;
    qsizetype m_contentLength = -1; // -1 while the head has not been parsed yet
    int m_errorStatus = 0;
    QString m_errorDetail;
};

} // namespace rte::sandbox
