// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace rte::core {

// Dates as a sales rep types them: "tomorrow 9am", "+2d", "fri 14:00", "in 3 hours", "next mon",
// "3 dec 10:00", "morgen 9 Uhr", "übermorgen", "in 3 Stunden", "nächsten Montag", "Fr 14:00", "+2T",
// and the field's own display text ("06.12.2026 14:00", "12/6/2026 2:00 PM").
// "Now" and the time zone are passed in, never read from the wall clock, so every rule is testable.
//
// English and German words are always understood, whatever the locale; the locale adds its own day
// and month names and AM/PM words, and decides whether "3/12" is 3 December (day first) or 12 March
// (month first, as in en_US). Case, accents written as "ae/ue" and extra spaces don't matter.
//
// Forms:
// - now / jetzt.
// - An offset from now: "+90m", "+1h", "+2d", "+1w", "+1mo" (also "-"), "in 3 hours", "in a day",
//   "+2 days", "in 3 Stunden", "in 2 Tagen", "in einer Woche", "+2T" (T = Tag). Units: m/min/minute(s)
//   /Minute(n), h/hr/hour(s)/Std/Stunde(n), d/day(s)/T/Tag(e/n), w/week(s)/Woche(n),
//   mo/month(s)/Monat(e/n). Day, week and month offsets may name a time: "+2d 9:00".
// - A day, a time, or both in either order, with optional "at/um/on/am/the/den/this/diesen":
//   days: today/heute, tomorrow/morgen, übermorgen (the day after tomorrow), yesterday/gestern,
//   a weekday (Monday/mon/mo, Montag/Mo, ... Fr, Sa, So), "next <weekday>"/"nächsten <Wochentag>",
//   "next week"/"nächste Woche", "3 dec", "dec 3rd", "3. Dezember", "3.12.", "3.12.2026",
//   "2026-12-03", "12/3" (locale order), with or without a four-digit year;
//   times: "14:00", "9am", "9:30 pm", "12am" (midnight), "12pm" (noon), "9 Uhr", "14.30 Uhr",
//   noon/Mittag, and a bare hour ("morgen 9", "at 9", "um 9") when a day or "at"/"um" is given.
// Not understood (std::nullopt): anything else, such as "halb 10", "9" alone, "25:00", "13pm".
//
// Rules:
// - The result is a whole minute; "now" loses its seconds first.
// - A time without a day is today if still ahead of now, else tomorrow.
// - A day without a time is at 9:00, except "today" alone, which is the next full hour.
// - A weekday is the nearest such day whose time is still ahead: "fri 14:00" typed on a Friday at
//   10:00 is today, at 15:00 it is a week later.
// - "next <weekday>" is the first such day after today (1 to 7 days ahead, never today): "next mon"
//   on a Sunday is tomorrow. "next week" is Monday of the next week.
// - A date without a year is this year if not before today, else next year.
// - Wall time across daylight saving: "tomorrow 9:00" on a change day is 9:00 on the clock; "+1 day"
//   and "+1 month" keep the wall time; "in 24 hours" and "+1h" are real elapsed time.
// - A time the clocks skip (02:30 on the spring-forward day) moves to the first time that exists
//   (03:00); a time they show twice (02:30 in the autumn) is the first of the two (see ZonedTime).
// - "+1 month" from 31 January is the last day of February.
class DatePhrase
{
public:
    // The instant in UTC, or std::nullopt when the text is not understood.
    static std::optional<QDateTime> parse(const QString &text, const QDateTime &now,
        const QLocale &locale = QLocale(), const QTimeZone &zone = QTimeZone::systemTimeZone());

    // The rep's short date (always with a four-digit year) and short time, without seconds or zone.
    static QString displayFormat(const QLocale &locale);
    // `utc` as the field shows it; parse() reads it back.
    static QString format(const QDateTime &utc, const QLocale &locale, const QTimeZone &zone);

    // The date field's shortcuts, each through parse() so they follow the same rules.
    enum class Preset
    {
        Today, // today at the next full hour
        Tomorrow, // tomorrow 9:00
        HourLater, // `base` + 1 hour (real time)
        DayLater, // `base` + 1 day (wall time kept)
        NextMonday, // next Monday 9:00
    };
    // `now` anchors Today, Tomorrow and NextMonday; `base` (the field's value, or now when it has none)
    // anchors HourLater and DayLater.
    static QDateTime preset(
        Preset preset, const QDateTime &now, const QDateTime &base, const QTimeZone &zone);
};

} // namespace rte::core
