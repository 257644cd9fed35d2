// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

namespace rte::sandbox {

// Sliding-window limiter per API key, one window of a minute and one of an hour, like Reply's
// "100 a minute and 3,000 an hour per user". Sliding windows give an exact Retry-After: the moment
// the oldest counted request leaves the window.
class RateLimiter
{
public:
    RateLimiter();

    void setLimits(int perMinute, int perHour);
    // The window lengths; a test shortens them (with a client clock sped up to match) so that a
    // minute's window passes in a second. Default 60 000 and 3 600 000.
    void setWindows(qint64 minuteMs, qint64 hourMs);
    // Counts the request and returns 0 when it is allowed; otherwise returns the seconds to wait
    // (>= 1) and does not count it, since a refused request does not use up the quota.
    int acquire(const QString &key);
    void reset() { m_hits.clear(); }

private:
    static int retryAfter(const std::deque<qint64> &hits, qint64 now, qint64 windowMs, int limit);

    QElapsedTimer m_clock; // monotonic: a wall-clock jump must not unblock or block a client
    QHash<QString, std::deque<qint64>> m_hits;
    int m_perMinute = 100;
    int m_perHour = 3000;
    qint64 m_minuteMs = 60 * 1000;
    qint64 m_hourMs = 60 * 60 * 1000;
};

} // namespace rte::sandbox
