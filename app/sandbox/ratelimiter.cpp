// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include <algorithm>

namespace rte::sandbox {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setLimits(int perMinute, int perHour)
{
    m_perMinute = std::max(0, perMinute);
    m_perHour = std::max(0, perHour);
}

void RateLimiter::setWindows(qint64 minuteMs, qint64 hourMs)
{
    m_minuteMs = std::max<qint64>(1, minuteMs);
    m_hourMs = std::max<qint64>(1, hourMs);
}

int RateLimiter::retryAfter(const std::deque<qint64> &hits, qint64 now, qint64 windowMs, int limit)
{
    if (limit <= 0)
        return 0;
    const auto first = std::upper_bound(hits.begin(), hits.end(), now - windowMs);
    const auto inWindow = std::distance(first, hits.end());
    if (inWindow < limit)
        return 0;
    // The request becomes allowed once enough of the counted ones have left the window.
    const qint64 freedAt = *(first + (inWindow - limit)) + windowMs;
    const qint64 waitMs = freedAt - now;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

int RateLimiter::acquire(const QString &key)
{
    if (m_perMinute <= 0 && m_perHour <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &hits = m_hits[key];
    while (!hits.empty() && hits.front() <= now - std::max(m_minuteMs, m_hourMs))
        hits.pop_front();
    const int wait = std::max(
        retryAfter(hits, now, m_minuteMs, m_perMinute), retryAfter(hits, now, m_hourMs, m_perHour));
    if (wait > 0)
        return wait;
    hits.push_back(now);
    return 0;
}

} // namespace rte::sandbox
