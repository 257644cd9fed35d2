// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace rte::core {

// Where tasks go when a rep moves them in bulk. Each task keeps its length (due minus start); only
// the start moves. Pure arithmetic on the rep's wall clock in `zone`: the caller decides which
// tasks, and sends the result.
class ReschedulePlan
{
public:
    struct Times
    {
        QDateTime startAt; // UTC
        QDateTime dueTo; // UTC; invalid when the task had no due time
        bool operator==(const Times &o) const { return startAt == o.startAt && dueTo == o.dueTo; }
    };

    // Every task to `day`, at the time of day it started at before.
    static QList<Times> toDay(const QList<Times> &tasks, const QDate &day, const QTimeZone &zone);
    // The tasks one after the other over `workingDays` working days (Monday to Friday) from
    // `firstDay` on, evenly between `from` and `to` each day, in the order given.
    static QList<Times> spread(const QList<Times> &tasks, const QDate &firstDay, int workingDays,
        const QTime &from, const QTime &to, const QTimeZone &zone);
    // The working days from `firstDay` on (a weekend day is skipped to the next Monday).
    static QList<QDate> workingDays(const QDate &firstDay, int count);
};

} // namespace rte::core
