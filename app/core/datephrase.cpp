// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "datephrase.h"

#include "datephraseparser.h"
#include "zonedtime.h"

#include <QRegularExpression>

namespace rte::core {

std::optional<QDateTime> DatePhrase::parse(
    const QString &text, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    // The field's own display text first, for locales whose format the words below don't cover.
    const QString trimmed = text.simplified();
    const QDateTime shown = locale.toDateTime(trimmed, displayFormat(locale));
    if (shown.isValid())
        return ZonedTime::toUtc(shown.date(), shown.time(), zone);
    std::optional<QDateTime> result = DatePhraseParser::parse(trimmed, now, locale, zone);
    if (result && !result->isValid())
        return std::nullopt;
    if (result)
        result = result->toUTC();
    return result;
}

QString DatePhrase::displayFormat(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // Minutes are the finest the field shows; some locales put seconds or the zone in the short form.
    time.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    time.remove(QRegularExpression(QStringLiteral("\\s*t+")));
    return date + QLatin1Char(' ') + time.trimmed();
}

QString DatePhrase::format(const QDateTime &utc, const QLocale &locale, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QString();
    return locale.toString(ZonedTime::wallClock(utc, zone), displayFormat(locale));
}

QDateTime DatePhrase::preset(
    Preset preset, const QDateTime &now, const QDateTime &base, const QTimeZone &zone)
{
    const QLocale c = QLocale::c();
    const QDateTime from = base.isValid() ? base : now;
    std::optional<QDateTime> result;
    switch (preset) {
    case Preset::Today:
        result = parse(QStringLiteral("today"), now, c, zone);
        break;
    case Preset::Tomorrow:
        result = parse(QStringLiteral("tomorrow 9:00"), now, c, zone);
        break;
    case Preset::HourLater:
        result = parse(QStringLiteral("+1h"), from, c, zone);
        break;
    case Preset::DayLater:
        result = parse(QStringLiteral("+1d"), from, c, zone);
        break;
    case Preset::NextMonday:
        result = parse(QStringLiteral("next monday 9:00"), now, c, zone);
        break;
    }
    return result.value_or(QDateTime());
}

} // namespace rte::core
