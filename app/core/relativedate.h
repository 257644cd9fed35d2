// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace rte::core {

// Dates as a list shows them: short enough for a narrow column, never with seconds, and relative
// to "now" where that reads faster ("Today 14:30", "Tue 09:00" this week, "3 Dec", "3 Dec 2027").
// Now and the locale are passed in, so a list and its tests judge by the same clock and language.
class RelativeDate
{
    Q_DECLARE_TR_FUNCTIONS(RelativeDate)
public:
    static QString compact(const QDateTime &when, const QDateTime &now, const QLocale &locale);
    // The whole date and time, for a tooltip or a screen reader: "Wednesday, 2 December 2026 14:30".
    static QString full(const QDateTime &when, const QLocale &locale);
    // The locale's day and month, with the year or without, and no weekday: "3 Dec", "Dec 3, 2027".
    static QString dayAndMonth(const QDate &date, const QLocale &locale, bool withYear);
};

} // namespace rte::core
