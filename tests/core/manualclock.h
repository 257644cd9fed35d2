// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// A clock that only moves when the test says so, for the rate budget and the editor model's undo
// steps: no waiting and no timing luck. Callbacks run in due order inside advance().

#include "core/clock.h"

#include <QObject>
#include <QPointer>

#include <map>

namespace rte::core::test {

class ManualClock : public rte::core::Clock
{
public:
    qint64 nowMs() const override { return m_now; }

    void callAfter(qint64 ms, const QObject *context, std::function<void()> callback) override
    {
        m_pending.emplace(m_now + std::max<qint64>(0, ms), Pending {context, std::move(callback)});
    }

    // Moves time forward, running every callback that falls due on the way at its own time.
    void advance(qint64 ms)
    {
        const qint64 target = m_now + ms;
        while (!m_pending.empty() && m_pending.begin()->first <= target) {
            auto first = m_pending.begin();
            m_now = std::max(m_now, first->first);
            const Pending pending = std::move(first->second);
            m_pending.erase(first);
            if (pending.context)
                pending.callback();
        }
        m_now = target;
    }

private:
    struct Pending
    {
        QPointer<const QObject> context;
        std::function<void()> callback;
    };
    qint64 m_now = 1000000; // not 0: a window reaching back before the start must not matter
    std::multimap<qint64, Pending> m_pending;
};

} // namespace rte::core::test
