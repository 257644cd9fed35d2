// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace rte::core {

// The words DatePhrase understands, in English and German, plus the rep's own locale's day and
// month names. Every look-up takes a lower-case word without a trailing dot.
class DateWords
{
public:
    enum class Unit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month
    };

    explicit DateWords(const QLocale &locale);

    // The text cut into lower-case words: "a.m." as "am", commas as spaces; numbers with their
    // ":./-" separators and a trailing dot ("3.12.", "3."), words without one ("Fr." is "fr"), and
    // any other single character, which nothing understands.
    static QStringList tokens(const QString &text);
    // 1 (Monday) to 7 (Sunday).
    std::optional<int> weekday(const QString &word) const;
    // 1 to 12.
    std::optional<int> month(const QString &word) const;
    static std::optional<Unit> unit(const QString &word);
    // today 0, tomorrow 1, the day after 2, yesterday -1.
    static std::optional<int> relativeDay(const QString &word);
    // "a", "an", "one", "ein", "eine", ...: counted as 1.
    static bool isOne(const QString &word);
    // "next", "nächsten", ...
    static bool isNext(const QString &word);
    static bool isWeek(const QString &word);
    // Words that may stand around a date or time without changing it: "at", "um", "on", "am", ...
    static bool isFiller(const QString &word);
    // Words that announce a time, so a bare hour ("at 9", "um 9") is read as a time.
    static bool isAt(const QString &word);
    static bool isNow(const QString &word);
    static bool isNoon(const QString &word);
    static bool isOClock(const QString &word);
    static bool isOrdinalSuffix(const QString &word);
    // std::nullopt for neither, false for before noon, true for after.
    std::optional<bool> meridiem(const QString &word) const;

private:
    QHash<QString, int> m_weekdays;
    QHash<QString, int> m_months;
    QString m_am;
    QString m_pm;
};

} // namespace rte::core
