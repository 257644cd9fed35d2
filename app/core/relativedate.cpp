// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/relativedate.h"

#include <QRegularExpression>

namespace rte::core {

namespace {

// The locale's short time without seconds: a few locales' short formats carry them.
QString shortTime(const QTime &time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace

QString RelativeDate::compact(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QDate day = local.date();
    const QString time = shortTime(local.time(), locale);
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return tr("Today %1").arg(time);
    if (days == 1)
        return tr("Tomorrow %1").arg(time);
    if (days == -1)
        return tr("Yesterday %1").arg(time);
    // The rest of this calendar week, as the locale counts weeks, by weekday name.
    const int intoWeek = (today.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    const QDate weekStart = today.addDays(-intoWeek);
    if (day >= weekStart && day < weekStart.addDays(7))
        return QStringLiteral("%1 %2").arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), time);
    return dayAndMonth(day, locale, day.year() != today.year());
}

QString RelativeDate::full(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toLocalTime();
    return QStringLiteral("%1 %2").arg(
        locale.toString(local.date(), QLocale::LongFormat), shortTime(local.time(), locale));
}

QString RelativeDate::dayAndMonth(const QDate &date, const QLocale &locale, bool withYear)
{
    // Qt has no "day and month" format: the locale's long date, without its weekday (and year),
    // with the short month name, keeps the locale's order and punctuation ("3 Dec", "3. Dez.", "Dec 3").
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("\\s*d{4}[,.]?\\s*"));
    format.replace(weekday, QStringLiteral(" "));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    if (!withYear) {
        static const QRegularExpression year(QStringLiteral("(\\s*'[^']*')?\\s*[,./-]?\\s*y+[.]?"));
        format.remove(year);
    }
    static const QRegularExpression edges(QStringLiteral("^[\\s,./-]+|[\\s,/-]+$"));
    format.remove(edges);
    return locale.toString(date, format);
}

} // namespace rte::core
