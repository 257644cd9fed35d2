// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/clock.h"

#include <QElapsedTimer>

namespace rte::core {

// The real monotonic clock (a wall-clock jump must neither release nor block the queue), optionally
// running `speedUp` times faster than real time for tests: with 60, a one-minute window lasts 1 s.
class SystemClock : public Clock
{
public:
    explicit SystemClock(int speedUp = 1);

    qint64 nowMs() const override;
    void callAfter(qint64 ms, const QObject *context, std::function<void()> callback) override;
    int speedUp() const { return m_speedUp; }

private:
    QElapsedTimer m_elapsed;
    int m_speedUp;
};

} // namespace rte::core
