// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include <QUrl>

#include <utility>

namespace rte::sandbox {

void HttpRequestParser::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &detail)
{
    m_errorStatus = status;
    m_errorDetail = detail;
    m_buffer.clear();
    return Result::Error;
}

HttpRequestParser::Result HttpRequestParser::next(HttpRequest *request)
{
    if (m_errorStatus != 0)
        return Result::Error;

    if (m_contentLength < 0) {
        // RFC 9112 2.2: a server should ignore empty lines received before the request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                return fail(431, QStringLiteral("Request header fields are too large."));
            return Result::NeedMore;
        }
        if (end > MaxHeaderBytes)
            return fail(431, QStringLiteral("Request header fields are too large."));
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head))
            return Result::Error;
    }

    if (m_buffer.size() < m_contentLength)
        return Result::NeedMore;

    m_pending.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    *request = std::move(m_pending);
    m_pending = HttpRequest();
    m_contentLength = -1;
    return Result::Ready;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, QStringLiteral("Malformed request line."));
        return false;
    }
    m_pending = HttpRequest();
    m_pending.method = requestLine.at(0);
    m_pending.target = requestLine.at(1);
    m_pending.version = requestLine.at(2);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, QStringLiteral("Malformed header line."));
            return false;
        }
        m_pending.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    // Every client we serve (QNetworkAccessManager, curl) sends Content-Length for a body; chunked
    // uploads would need a decoder that nothing here exercises, so they are refused outright.
    if (m_pending.hasHeader(QByteArrayLiteral("Transfer-Encoding"))) {
        fail(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length."));
        return false;
    }
    qsizetype length = 0;
    bool seen = false;
    for (const auto &h : std::as_const(m_pending.headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qlonglong value = h.second.toLongLong(&ok);
        if (!ok || value < 0 || (seen && value != length)) {
            fail(400, QStringLiteral("Invalid Content-Length."));
            return false;
        }
        length = qsizetype(value);
        seen = true;
    }
    if (length > MaxBodyBytes) {
        fail(413, QStringLiteral("Request body is too large."));
        return false;
    }
    m_contentLength = length;

    const QUrl url = QUrl::fromEncoded(m_pending.target);
    if (!url.isValid() || !url.path().startsWith(QLatin1Char('/'))) {
        fail(400, QStringLiteral("Malformed request target."));
        return false;
    }
    m_pending.path = url.path(QUrl::FullyDecoded);
    m_pending.query = QUrlQuery(url);
    return true;
}

} // namespace rte::sandbox
