// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/systemclock.h"

#include <QTimer>

namespace rte::core {

SystemClock::SystemClock(int speedUp)
    : m_speedUp(qMax(1, speedUp))
{
    m_elapsed.start();
}

qint64 SystemClock::nowMs() const
{
    return m_elapsed.elapsed() * m_speedUp;
}

void SystemClock::callAfter(qint64 ms, const QObject *context, std::function<void()> callback)
{
    // Round up: waking a little late only costs a little time, waking early would re-check for nothing.
    const qint64 realMs = ms <= 0 ? 0 : (ms + m_speedUp - 1) / m_speedUp;
    QTimer::singleShot(std::chrono::milliseconds(realMs), Qt::PreciseTimer, context, std::move(callback));
}

} // namespace rte::core
