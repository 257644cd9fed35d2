// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/rescheduleplan.h"

#include "core/zonedtime.h"

namespace rte::core {

namespace {

ReschedulePlan::Times moved(
    const ReschedulePlan::Times &task, const QDate &day, const QTime &time, const QTimeZone &zone)
{
    ReschedulePlan::Times result;
    // A wall time the clocks skip (spring forward) becomes the first one that exists, alike on
    // Qt 6.4 and 6.8 (ZonedTime's rule).
    result.startAt = ZonedTime::toUtc(day, time, zone);
    if (task.dueTo.isValid() && task.startAt.isValid())
        result.dueTo = result.startAt.addSecs(task.startAt.secsTo(task.dueTo));
    else if (task.dueTo.isValid())
        result.dueTo = ZonedTime::toUtc(day, ZonedTime::wallClock(task.dueTo, zone).time(), zone);
    return result;
}

} // namespace

QList<QDate> ReschedulePlan::workingDays(const QDate &firstDay, int count)
{
    QList<QDate> days;
    for (QDate day = firstDay; days.size() < count; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            days.append(day);
    }
    return days;
}

QList<ReschedulePlan::Times> ReschedulePlan::toDay(
    const QList<Times> &tasks, const QDate &day, const QTimeZone &zone)
{
    QList<Times> result;
    result.reserve(tasks.size());
    for (const Times &task : tasks) {
        const QTime time = task.startAt.isValid() ? task.startAt.toTimeZone(zone).time() : QTime(9, 0);
        result.append(moved(task, day, QTime(time.hour(), time.minute()), zone));
    }
    return result;
}

QList<ReschedulePlan::Times> ReschedulePlan::spread(const QList<Times> &tasks, const QDate &firstDay,
    int workingDays, const QTime &from, const QTime &to, const QTimeZone &zone)
{
    QList<Times> result;
    if (tasks.isEmpty() || workingDays < 1 || !from.isValid() || !to.isValid() || to <= from)
        return result;
    const QList<QDate> days = ReschedulePlan::workingDays(firstDay, workingDays);
    const qint64 minutesPerDay = from.secsTo(to) / 60;
    const qint64 total = minutesPerDay * workingDays;
    const qint64 count = tasks.size();
    result.reserve(tasks.size());
    for (qint64 i = 0; i < count; ++i) {
        // Evenly spaced slots, whole minutes, the first at `from` on the first day.
        const qint64 offset = i * total / count;
        const QDate day = days.at(int(offset / minutesPerDay));
        const QTime time = from.addSecs(int(offset % minutesPerDay) * 60);
        result.append(moved(tasks.at(int(i)), day, time, zone));
    }
    return result;
}

} // namespace rte::core
