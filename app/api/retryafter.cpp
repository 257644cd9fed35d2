// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/retryafter.h"

#include <QLocale>

#include <algorithm>

namespace rte::api {

int RetryAfter::secondsFrom(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, MaxSeconds));
    // Digits beyond 64 bits are still a (very long) number of seconds.
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return MaxSeconds;
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return -1;
    const qint64 wait = now.secsTo(when);
    return wait <= 0 ? 0 : int(qMin<qint64>(wait, MaxSeconds));
}

QDateTime RetryAfter::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed()).simplified();
    // The weekday is redundant and, with two-digit years, checking it against the 19xx date Qt guesses
    // would fail: drop it ("Sun, " / "Sunday, " / asctime's "Sun ").
    const int comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    // HTTP-dates are always English and always GMT, whatever the user's locale says.
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'", // obsolete RFC 850
        "MMM d HH:mm:ss yyyy", // obsolete asctime()
    };
    for (const char *format : formats) {
        const QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (parsed.isValid()) {
            QDate date = parsed.date();
            if (date.year() < 1970) // two-digit RFC 850 years
                date = date.addYears(100);
            return QDateTime(date, parsed.time(), Qt::UTC);
        }
    }
    return {};
}

} // namespace rte::api
