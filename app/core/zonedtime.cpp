// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "zonedtime.h"

namespace rte::core {

QDateTime ZonedTime::toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return QDateTime();
    // The wall time read as if it were UTC; subtracting an offset gives a candidate instant, which is
    // right when the zone has that very offset at that instant.
    const QDateTime wall(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(wall.addDays(-1));
    const int after = zone.offsetFromUtc(wall.addDays(1));
    QDateTime best;
    for (int offset : {before, after}) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;
    // In the gap: the first existing time is the moment the clocks jump.
    const QTimeZone::OffsetData change = zone.nextTransition(wall.addSecs(-after - 1));
    return change.atUtc.isValid() ? change.atUtc.toUTC() : wall.addSecs(-before);
}

QDateTime ZonedTime::wallClock(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone);
}

QDateTime ZonedTime::addDays(const QDateTime &utc, qint64 days, const QTimeZone &zone)
{
    const QDateTime wall = wallClock(utc, zone);
    return toUtc(wall.date().addDays(days), wall.time(), zone);
}

QDateTime ZonedTime::addMonths(const QDateTime &utc, int months, const QTimeZone &zone)
{
    const QDateTime wall = wallClock(utc, zone);
    return toUtc(wall.date().addMonths(months), wall.time(), zone);
}

QDateTime ZonedTime::wholeMinute(const QDateTime &utc)
{
    if (!utc.isValid())
        return utc;
    QDateTime result = utc.toUTC();
    const QTime time = result.time();
    result.setTime(QTime(time.hour(), time.minute()));
    return result;
}

} // namespace rte::core
