// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// RateBudget on a manual clock: what goes when, in which order, and what the countdown says. No network.

#include "../core/manualclock.h"
#include "api/ratebudget.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using rte::api::RateBudget;
using rte::core::test::ManualClock;

class TestRateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void underTheLimit_sendsAtOnce();
    void overTheMinuteLimit_waitsForTheWindowAndCountsDown();
    void waiting_isFirstInFirstOut();
    void inFlight_countsUntilAnsweredThenForAWindow();
    void hourLimit_holdsBackToo();
    void pause_holdsEverythingAndCountsDownEvenWhenIdle();
    void longerPauseWins();
    void cancelledOrOrphaned_neverSent();
    void zeroLimits_meanNoLimit();

private:
    RateBudget::Ticket send(int tag, QObject *owner = nullptr);
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<QObject> m_owner;
    QList<int> m_sent;
    QHash<int, RateBudget::Ticket> m_tickets;
};

void TestRateBudget::init()
{
    m_clock = std::make_shared<ManualClock>();
    m_budget = std::make_unique<RateBudget>(m_clock);
    m_owner = std::make_unique<QObject>();
    m_sent.clear();
    m_tickets.clear();
}

RateBudget::Ticket TestRateBudget::send(int tag, QObject *owner)
{
    const RateBudget::Ticket ticket
        = m_budget->enqueue(owner ? owner : m_owner.get(), [this, tag] { m_sent.append(tag); });
    m_tickets.insert(tag, ticket);
    return ticket;
}

void TestRateBudget::underTheLimit_sendsAtOnce()
{
    QSignalSpy waiting(m_budget.get(), &RateBudget::waitingChanged);
    for (int i = 1; i <= 100; ++i)
        send(i);
    QCOMPARE(m_sent.size(), 100); // the default: 100 a minute
    QCOMPARE(m_budget->queuedCount(), 0);
    QVERIFY(waiting.isEmpty());
}

void TestRateBudget::overTheMinuteLimit_waitsForTheWindowAndCountsDown()
{
    m_budget->setLimits(2, 0);
    QSignalSpy waiting(m_budget.get(), &RateBudget::waitingChanged);
    send(1);
    send(2);
    m_budget->release(m_tickets[1]);
    m_budget->release(m_tickets[2]);
    m_clock->advance(10000); // the window holds both for another 50 s
    send(3);
    QCOMPARE(m_sent, (QList<int> {1, 2}));
    QCOMPARE(m_budget->queuedCount(), 1);
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.takeFirst().constFirst().toInt(), 50);

    m_clock->advance(49000);
    QCOMPARE(m_sent.size(), 2);
    QList<int> countdown;
    for (const auto &args : std::as_const(waiting))
        countdown.append(args.constFirst().toInt());
    QList<int> expected;
    for (int s = 49; s >= 1; --s)
        expected.append(s);
    QCOMPARE(countdown, expected); // once a second, one less each time
    waiting.clear();

    m_clock->advance(1000);
    QCOMPARE(m_sent, (QList<int> {1, 2, 3}));
    QCOMPARE(m_budget->queuedCount(), 0);
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.takeFirst().constFirst().toInt(), 0);
}

void TestRateBudget::waiting_isFirstInFirstOut()
{
    m_budget->setLimits(1, 0);
    for (int i = 1; i <= 4; ++i)
        send(i);
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(m_sent.size(), i);
        QCOMPARE(m_sent.last(), i);
        m_budget->release(m_tickets[i]);
        m_clock->advance(60000);
    }
    QCOMPARE(m_sent, (QList<int> {1, 2, 3, 4}));
}

void TestRateBudget::inFlight_countsUntilAnsweredThenForAWindow()
{
    m_budget->setLimits(1, 0);
    send(1);
    send(2);
    m_clock->advance(5 * 60000); // unanswered: still counts, however long it takes
    QCOMPARE(m_sent, (QList<int> {1}));
    m_budget->release(m_tickets[1]);
    m_clock->advance(59999); // a window from the answer, not from the send
    QCOMPARE(m_sent, (QList<int> {1}));
    m_clock->advance(1);
    QCOMPARE(m_sent, (QList<int> {1, 2}));
}

void TestRateBudget::hourLimit_holdsBackToo()
{
    m_budget->setLimits(0, 3);
    for (int i = 1; i <= 4; ++i)
        send(i);
    for (int i = 1; i <= 3; ++i)
        m_budget->release(m_tickets[i]);
    QSignalSpy waiting(m_budget.get(), &RateBudget::waitingChanged);
    m_clock->advance(60000);
    QCOMPARE(m_sent.size(), 3);
    QCOMPARE(m_budget->secondsLeft(), 3540);
    m_clock->advance(3540 * 1000);
    QCOMPARE(m_sent.size(), 4);
    QCOMPARE(waiting.last().constFirst().toInt(), 0);
}

void TestRateBudget::pause_holdsEverythingAndCountsDownEvenWhenIdle()
{
    QSignalSpy waiting(m_budget.get(), &RateBudget::waitingChanged);
    m_budget->pauseFor(3000);
    QVERIFY(m_budget->isPaused());
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.constLast().constFirst().toInt(), 3);
    send(1);
    QVERIFY(m_sent.isEmpty());
    m_clock->advance(2000);
    QCOMPARE(waiting.constLast().constFirst().toInt(), 1);
    QVERIFY(m_sent.isEmpty());
    m_clock->advance(1000);
    QCOMPARE(m_sent, (QList<int> {1}));
    QCOMPARE(waiting.constLast().constFirst().toInt(), 0);
    QVERIFY(!m_budget->isPaused());
}

void TestRateBudget::longerPauseWins()
{
    m_budget->pauseFor(10000);
    m_budget->pauseFor(2000);
    send(1);
    m_clock->advance(9999);
    QVERIFY(m_sent.isEmpty());
    m_clock->advance(1);
    QCOMPARE(m_sent, (QList<int> {1}));
}

void TestRateBudget::cancelledOrOrphaned_neverSent()
{
    m_budget->setLimits(1, 0);
    send(1);
    send(2);
    auto owner = std::make_unique<QObject>();
    send(3, owner.get());
    send(4);
    m_budget->cancel(m_tickets[2]);
    owner.reset();
    m_budget->release(m_tickets[1]);
    m_clock->advance(60000);
    QCOMPARE(m_sent, (QList<int> {1, 4}));
    QCOMPARE(m_budget->queuedCount(), 0);
}

void TestRateBudget::zeroLimits_meanNoLimit()
{
    m_budget->setLimits(0, 0);
    for (int i = 1; i <= 5000; ++i)
        send(i);
    QCOMPARE(m_sent.size(), 5000);
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
