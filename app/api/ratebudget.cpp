// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/ratebudget.h"

#include "api/apilogging.h"
#include "core/clock.h"

#include <algorithm>

namespace rte::api {

RateBudget::RateBudget(std::shared_ptr<core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    Q_ASSERT(m_clock);
}

RateBudget::~RateBudget() = default;

void RateBudget::setClock(std::shared_ptr<core::Clock> clock)
{
    Q_ASSERT(clock);
    // Times taken on the old clock mean nothing on the new one: start the windows afresh.
    m_clock = std::move(clock);
    m_answered.clear();
    m_paused = false;
    ++m_wakeGeneration;
    pump();
}

void RateBudget::setLimits(int perMinute, int perHour)
{
    m_perMinute = std::max(0, perMinute);
    m_perHour = std::max(0, perHour);
    pump();
}

RateBudget::Ticket RateBudget::enqueue(const QObject *owner, std::function<void()> send)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back(Entry {ticket, owner, std::move(send)});
    pump();
    return ticket;
}

void RateBudget::release(Ticket ticket)
{
    if (!m_inFlight.remove(ticket))
        return;
    m_answered.push_back(m_clock->nowMs());
    pump();
}

void RateBudget::cancel(Ticket ticket)
{
    const auto it = std::find_if(
        m_queue.begin(), m_queue.end(), [ticket](const Entry &e) { return e.ticket == ticket; });
    if (it != m_queue.end()) {
        m_queue.erase(it);
        pump();
        return;
    }
    release(ticket);
}

void RateBudget::pauseFor(qint64 ms)
{
    const qint64 until = m_clock->nowMs() + std::max<qint64>(0, ms);
    if (!m_paused || until > m_pausedUntil) {
        m_pausedUntil = until;
        m_paused = true;
    }
    qCInfo(lcApi) << "sending paused for" << ms << "ms (rate limited)";
    pump();
}

bool RateBudget::isPaused() const
{
    return m_paused && m_pausedUntil > m_clock->nowMs();
}

qint64 RateBudget::windowWaitMs(qint64 now, qint64 windowMs, int limit) const
{
    if (limit <= 0)
        return 0;
    // Requests in flight count as answered "now": their answer can only come later.
    const auto first = std::upper_bound(m_answered.cbegin(), m_answered.cend(), now - windowMs);
    const qint64 answeredInWindow = std::distance(first, m_answered.cend());
    const qint64 inWindow = answeredInWindow + m_inFlight.size();
    if (inWindow < limit)
        return 0;
    // One more may go once (inWindow - limit + 1) of the counted ones have left the window.
    const qint64 leaving = inWindow - limit;
    const qint64 freedAt = leaving < answeredInWindow ? *(first + leaving) + windowMs : now + windowMs;
    return std::max<qint64>(1, freedAt - now);
}

qint64 RateBudget::waitMs(qint64 now) const
{
    const qint64 paused = m_paused ? std::max<qint64>(0, m_pausedUntil - now) : 0;
    return std::max({paused, windowWaitMs(now, MinuteMs, m_perMinute), windowWaitMs(now, HourMs, m_perHour)});
}

void RateBudget::pump()
{
    // send() may finish a request synchronously, whose release() would pump again from inside the loop.
    if (m_pumping)
        return;
    m_pumping = true;
    qint64 now = m_clock->nowMs();
    if (m_paused && m_pausedUntil <= now)
        m_paused = false;
    while (!m_answered.empty() && m_answered.front() <= now - HourMs)
        m_answered.pop_front();
    while (!m_queue.empty()) {
        if (!m_queue.front().owner) {
            m_queue.pop_front();
            continue;
        }
        if (waitMs(now) > 0)
            break;
        Entry entry = std::move(m_queue.front());
        m_queue.pop_front();
        m_inFlight.insert(entry.ticket);
        entry.send();
        now = m_clock->nowMs();
    }
    m_pumping = false;
    updateWaiting(now);
}

void RateBudget::updateWaiting(qint64 now)
{
    // A pause counts down even when nothing is queued, so the window can say why it is quiet.
    const qint64 wait = m_queue.empty() ? (isPaused() ? m_pausedUntil - now : 0) : waitMs(now);
    const int seconds = wait <= 0 ? 0 : int((wait + 999) / 1000);
    if (seconds != m_shownSeconds) {
        if (m_shownSeconds == 0)
            qCInfo(lcApi) << "throttled:" << m_queue.size() << "request(s) waiting" << seconds << "s";
        m_shownSeconds = seconds;
        Q_EMIT waitingChanged(seconds);
    }
    if (wait > 0) {
        // Wake when the shown number drops by one, so the countdown ticks once a second, and the
        // last tick lands exactly when sending may resume.
        const qint64 untilNextSecond = wait - qint64(seconds - 1) * 1000;
        wakeAfter(untilNextSecond);
    }
}

void RateBudget::wakeAfter(qint64 ms)
{
    const quint64 generation = ++m_wakeGeneration;
    m_clock->callAfter(ms, this, [this, generation] {
        if (generation == m_wakeGeneration)
            pump();
    });
}

} // namespace rte::api
