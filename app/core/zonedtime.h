// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace rte::core {

// Wall-clock arithmetic in one time zone, with the daylight-saving rules spelled out here rather than
// left to whichever Qt version runs (6.4 and 6.8 resolve gaps and repeated hours differently).
class ZonedTime
{
public:
    // The instant (in UTC) at which `zone`'s clocks show `date` `time`.
    // - A time the clocks skip (02:30 on the last Sunday of March in Europe/Berlin) moves forward to
    //   the first time that exists: the moment of the change (03:00).
    // - A time the clocks show twice (02:30 on the last Sunday of October) is the first of the two.
    static QDateTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

    // `utc` as `zone`'s wall clock shows it.
    static QDateTime wallClock(const QDateTime &utc, const QTimeZone &zone);

    // `utc` moved by whole days or months of `zone`'s calendar, keeping the wall time: "+1 day" from
    // 9:00 is 9:00 on the next day, even across a daylight-saving change. Month ends clamp
    // (31 January + 1 month is 28 or 29 February).
    static QDateTime addDays(const QDateTime &utc, qint64 days, const QTimeZone &zone);
    static QDateTime addMonths(const QDateTime &utc, int months, const QTimeZone &zone);

    // `utc` without its seconds and milliseconds: the date fields show whole minutes only.
    static QDateTime wholeMinute(const QDateTime &utc);
};

} // namespace rte::core
