// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "faultinjector.h"

namespace rte::testsupport {

void FaultInjector::add(Kind kind, int times, const QString &pathPrefix, int value, int retryAfterSeconds)
{
    if (times <= 0)
        return;
    m_faults.append(Fault {kind, times, pathPrefix, value, retryAfterSeconds});
}

FaultInjector::Decision FaultInjector::take(const QString &path)
{
    Decision decision;
    bool delayTaken = false;
    bool terminalTaken = false;
    for (Fault &fault : m_faults) {
        if (fault.remaining <= 0 || !path.startsWith(fault.pathPrefix))
            continue;
        if (fault.kind == Kind::Delay) {
            if (delayTaken)
                continue;
            delayTaken = true;
            decision.delayMs = fault.value;
        } else {
            if (terminalTaken)
                continue;
            terminalTaken = true;
            decision.drop = fault.kind == Kind::Drop;
            decision.malformed = fault.kind == Kind::Malformed;
            if (fault.kind == Kind::Status) {
                decision.status = fault.value;
                decision.retryAfterSeconds = fault.retryAfterSeconds;
            }
        }
        --fault.remaining;
    }
    m_faults.removeIf([](const Fault &f) { return f.remaining <= 0; });
    return decision;
}

} // namespace rte::testsupport
