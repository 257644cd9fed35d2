// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace rte::core {

// Monotonic time and one-shot timers: the rate budget, the retry back-off and the editor model's
// undo steps read it. Injected, so a test can let a minute's rate window pass in a second, or
// an undo step's pause pass at once, instead of waiting for real.
// All durations are in this clock's milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual qint64 nowMs() const = 0;
    // Calls `callback` once `ms` of clock time have passed, in context's thread; never when context
    // has been destroyed by then.
    virtual void callAfter(qint64 ms, const QObject *context, std::function<void()> callback) = 0;
};

} // namespace rte::core
