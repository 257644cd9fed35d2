// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace rte::api {

// Reads a Retry-After header value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
class RetryAfter
{
public:
    // The longest wait honoured. Reply's longest window is an hour; a server asking for more (ten years
    // have been seen from broken proxies) must not freeze every request of the app for that long.
    static constexpr int MaxSeconds = 3600;

    // Seconds to wait from now (at most MaxSeconds), 0 for a date in the past, -1 when absent or
    // unreadable.
    static int secondsFrom(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete forms.
    static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace rte::api
