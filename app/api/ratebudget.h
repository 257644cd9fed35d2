// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>

namespace rte::core {
class Clock;
}

namespace rte::api {

// One request budget for the whole app, as Reply counts it: 100 requests a minute and 3,000 an hour
// per user. Requests that would go over wait in a FIFO queue and are sent, oldest first, as soon as
// both sliding windows allow; a 429 pauses all sending until its Retry-After has passed. While
// anything waits, waitingChanged() counts the seconds down, once a second, and says 0 when sending
// resumes.
//
// Counting is deliberately pessimistic: a request counts from the moment it is sent, and once it is
// answered it counts from the moment of the answer. The server counted it somewhere in between, so
// the client's window never frees a slot before the server's does.
class RateBudget : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;
    static constexpr qint64 MinuteMs = 60 * 1000;
    static constexpr qint64 HourMs = 60 * MinuteMs;

    explicit RateBudget(std::shared_ptr<core::Clock> clock, QObject *parent = nullptr);
    ~RateBudget() override;

    void setClock(std::shared_ptr<core::Clock> clock);
    // 0 or less switches that window off. Defaults: 100 and 3000.
    void setLimits(int perMinute, int perHour);
    int perMinute() const { return m_perMinute; }
    int perHour() const { return m_perHour; }

    // Queues `send` behind everything already waiting; it is called (maybe right away) when the budget
    // allows. It is dropped if `owner` is gone by then. Every ticket that was sent must be released.
    Ticket enqueue(const QObject *owner, std::function<void()> send);
    // The request was answered or failed: it counts from now on for a window's length.
    void release(Ticket ticket);
    // Takes a ticket out of the queue if it has not been sent yet; releases it if it has.
    void cancel(Ticket ticket);
    // A 429: nothing is sent for `ms` (a longer pause already in force wins).
    void pauseFor(qint64 ms);

    int queuedCount() const { return int(m_queue.size()); }
    bool isPaused() const;
    // What waitingChanged() last said: 0 when nothing waits.
    int secondsLeft() const { return m_shownSeconds; }

Q_SIGNALS:
    void waitingChanged(int secondsLeft);

private:
    struct Entry
    {
        Ticket ticket;
        QPointer<const QObject> owner;
        std::function<void()> send;
    };

    void pump();
    // 0 when one more request may go now, else the milliseconds until it may.
    qint64 waitMs(qint64 now) const;
    qint64 windowWaitMs(qint64 now, qint64 windowMs, int limit) const;
    void updateWaiting(qint64 now);
    void wakeAfter(qint64 ms);

    std::shared_ptr<core::Clock> m_clock;
    std::deque<Entry> m_queue;
    QSet<Ticket> m_inFlight;
    std::deque<qint64> m_answered; // clock times of answers, oldest first
    qint64 m_pausedUntil = 0;
    bool m_paused = false;
    int m_perMinute = 100;
    int m_perHour = 3000;
    Ticket m_nextTicket = 1;
    int m_shownSeconds = 0;
    quint64 m_wakeGeneration = 0; // only the newest scheduled wake-up acts
    bool m_pumping = false;
};

} // namespace rte::api
