#pragma once

#include <QByteArray>
#include <QDateTime>

namespace rte::api {

// Reads a Retry-After header value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
class RetryAfter
{
public:
    // Seconds to wait from now, 0 for a date in the past, -1 when absent or unreadable.
    static int secondsFrom(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete forms.
    static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace rte::api
