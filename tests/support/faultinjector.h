// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace rte::testsupport {

// Remembers the faults a test asked for and hands them out to the matching requests, oldest first.
// A delay combines with at most one "terminal" fault (drop, status or malformed body), so a test can
// ask for "late and then 503" or "late and then the socket dies".
class FaultInjector
{
public:
    enum class Kind
    {
        Drop,
        Delay,
        Status,
        Malformed
    };

    struct Decision
    {
        int delayMs = 0;
        bool drop = false;
        bool malformed = false;
        int status = 0; // > 0: answer with this status instead of handling the request
        int retryAfterSeconds = -1;

        bool handlesRequest() const { return drop || malformed || status > 0; }
    };

    void add(Kind kind, int times, const QString &pathPrefix, int value = 0, int retryAfterSeconds = -1);
    Decision take(const QString &path);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    struct Fault
    {
        Kind kind;
        int remaining;
        QString pathPrefix;
        int value;
        int retryAfterSeconds;
    };

    QList<Fault> m_faults;
};

} // namespace rte::testsupport
