// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "datewords.h"

#include <QRegularExpression>
#include <QStringList>

namespace rte::core {

namespace {

QString bare(QString word)
{
    word = word.toLower();
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return word;
}

bool among(const QString &word, std::initializer_list<const char *> words)
{
    for (const char *candidate : words) {
        if (word == QString::fromUtf8(candidate))
            return true;
    }
    return false;
}

void addAll(QHash<QString, int> &table, int value, std::initializer_list<const char *> words)
{
    for (const char *word : words)
        table.insert(QString::fromUtf8(word), value);
}

} // namespace

DateWords::DateWords(const QLocale &locale)
    : m_am(bare(locale.amText()))
    , m_pm(bare(locale.pmText()))
{
    // The locale's own names first, so the fixed English and German words win where they overlap.
    for (int day = 1; day <= 7; ++day) {
        m_weekdays.insert(bare(locale.dayName(day, QLocale::LongFormat)), day);
        m_weekdays.insert(bare(locale.dayName(day, QLocale::ShortFormat)), day);
    }
    for (int month = 1; month <= 12; ++month) {
        m_months.insert(bare(locale.monthName(month, QLocale::LongFormat)), month);
        m_months.insert(bare(locale.monthName(month, QLocale::ShortFormat)), month);
        m_months.insert(bare(locale.standaloneMonthName(month, QLocale::ShortFormat)), month);
    }
    addAll(m_weekdays, 1, {"monday", "mon", "mo", "montag"});
    addAll(m_weekdays, 2, {"tuesday", "tue", "tues", "tu", "dienstag", "di"});
    addAll(m_weekdays, 3, {"wednesday", "wed", "we", "mittwoch", "mi"});
    addAll(m_weekdays, 4, {"thursday", "thu", "thur", "thurs", "th", "donnerstag", "do"});
    addAll(m_weekdays, 5, {"friday", "fri", "fr", "freitag"});
    addAll(m_weekdays, 6, {"saturday", "sat", "sa", "samstag", "sonnabend"});
    addAll(m_weekdays, 7, {"sunday", "sun", "su", "sonntag", "so"});
    addAll(m_months, 1, {"january", "jan", "januar", "jänner"});
    addAll(m_months, 2, {"february", "feb", "februar"});
    addAll(m_months, 3, {"march", "mar", "märz", "maerz", "mär", "mrz"});
    addAll(m_months, 4, {"april", "apr"});
    addAll(m_months, 5, {"may", "mai"});
    addAll(m_months, 6, {"june", "jun", "juni"});
    addAll(m_months, 7, {"july", "jul", "juli"});
    addAll(m_months, 8, {"august", "aug"});
    addAll(m_months, 9, {"september", "sep", "sept"});
    addAll(m_months, 10, {"october", "oct", "oktober", "okt"});
    addAll(m_months, 11, {"november", "nov"});
    addAll(m_months, 12, {"december", "dec", "dezember", "dez"});
    m_weekdays.remove(QString());
    m_months.remove(QString());
}

QStringList DateWords::tokens(const QString &text)
{
    QString s = text.toLower();
    s.replace(QLatin1String("a.m."), QLatin1String("am"));
    s.replace(QLatin1String("p.m."), QLatin1String("pm"));
    s.replace(QLatin1Char(','), QLatin1Char(' '));
    static const QRegularExpression token(QStringLiteral("[+-]?\\d+(?:[:./-]\\d+)*\\.?|[\\p{L}]+\\.?|\\S"));
    QStringList result;
    auto it = token.globalMatch(s);
    while (it.hasNext()) {
        QString word = it.next().captured();
        if (word.size() > 1 && word.endsWith(QLatin1Char('.')) && !word.at(0).isDigit())
            word.chop(1);
        result.append(word);
    }
    return result;
}

std::optional<int> DateWords::weekday(const QString &word) const
{
    const auto it = m_weekdays.constFind(word);
    return it == m_weekdays.cend() ? std::nullopt : std::optional<int>(it.value());
}

std::optional<int> DateWords::month(const QString &word) const
{
    const auto it = m_months.constFind(word);
    return it == m_months.cend() ? std::nullopt : std::optional<int>(it.value());
}

std::optional<DateWords::Unit> DateWords::unit(const QString &word)
{
    if (among(word, {"m", "min", "mins", "minute", "minutes", "minuten"}))
        return Unit::Minute;
    if (among(word, {"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden"}))
        return Unit::Hour;
    if (among(word, {"d", "day", "days", "t", "tag", "tage", "tagen"}))
        return Unit::Day;
    if (among(word, {"w", "wk", "wks", "week", "weeks", "woche", "wochen"}))
        return Unit::Week;
    if (among(word, {"mo", "month", "months", "monat", "monate", "monaten"}))
        return Unit::Month;
    return std::nullopt;
}

std::optional<int> DateWords::relativeDay(const QString &word)
{
    if (among(word, {"today", "heute"}))
        return 0;
    if (among(word, {"tomorrow", "tmrw", "tmr", "morgen"}))
        return 1;
    if (among(word, {"übermorgen", "uebermorgen"}))
        return 2;
    if (among(word, {"yesterday", "gestern"}))
        return -1;
    return std::nullopt;
}

bool DateWords::isOne(const QString &word)
{
    return among(word, {"a", "an", "one", "ein", "eine", "einer", "einem", "einen"});
}

bool DateWords::isNext(const QString &word)
{
    return among(word,
        {"next", "nächste", "nächsten", "nächster", "nächstes", "naechste", "naechsten", "naechster",
            "naechstes"});
}

bool DateWords::isWeek(const QString &word)
{
    return among(word, {"week", "woche"});
}

bool DateWords::isFiller(const QString &word)
{
    return isAt(word) || among(word, {"on", "am", "the", "den", "der", "this", "diesen", "dieser", "diese"});
}

bool DateWords::isAt(const QString &word)
{
    return among(word, {"at", "um", "@"});
}

bool DateWords::isNow(const QString &word)
{
    return among(word, {"now", "jetzt"});
}

bool DateWords::isNoon(const QString &word)
{
    return among(word, {"noon", "midday", "mittag", "mittags"});
}

bool DateWords::isOClock(const QString &word)
{
    return among(word, {"uhr", "h"});
}

bool DateWords::isOrdinalSuffix(const QString &word)
{
    return among(word, {"st", "nd", "rd", "th"});
}

std::optional<bool> DateWords::meridiem(const QString &word) const
{
    if (word == QLatin1String("am") || (!m_am.isEmpty() && word == m_am))
        return false;
    if (word == QLatin1String("pm") || (!m_pm.isEmpty() && word == m_pm))
        return true;
    return std::nullopt;
}

} // namespace rte::core
