// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "datephraseparser.h"

#include "datewords.h"
#include "zonedtime.h"

#include <QRegularExpression>

namespace rte::core {

namespace {

using Unit = DateWords::Unit;

struct Day
{
    enum class Kind
    {
        Relative,
        Weekday,
        NextWeekday,
        NextWeek,
        Date
    };
    Kind kind = Kind::Relative;
    int value = 0; // days from today, or the weekday
    QDate date;
    bool yearGiven = false;
};

struct Time
{
    QTime time;
    bool bareHour = false; // "9" alone: a time only next to a day or "at"
};

class Parser
{
public:
    Parser(const QStringList &tokens, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
        : m_tokens(tokens)
        , m_now(ZonedTime::wholeMinute(now))
        , m_locale(locale)
        , m_zone(zone)
        , m_words(locale)
        , m_today(ZonedTime::wallClock(m_now, zone).date())
    { }

    std::optional<QDateTime> parse()
    {
        if (m_tokens.isEmpty() || !m_now.isValid() || !m_zone.isValid())
            return std::nullopt;
        if (m_tokens.size() == 1 && DateWords::isNow(m_tokens.first()))
            return m_now;
        if (auto offset = parseOffset())
            return offset;
        m_pos = 0;
        return parseDayAndTime();
    }

private:
    QString peek(int ahead = 0) const
    {
        const int at = m_pos + ahead;
        return at < m_tokens.size() ? m_tokens.at(at) : QString();
    }
    bool atEnd() const { return m_pos >= m_tokens.size(); }

    static std::optional<int> number(const QString &token, int maxDigits = 4)
    {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
        if (token.size() > maxDigits || !digits.match(token).hasMatch())
            return std::nullopt;
        return token.toInt();
    }

    // "+2d", "+2 days", "in 3 hours", "in einer Woche", optionally followed by a time for days and more.
    std::optional<QDateTime> parseOffset()
    {
        int count = 0;
        static const QRegularExpression signedNumber(QStringLiteral("^([+-])(\\d{1,4})$"));
        const QRegularExpressionMatch match = signedNumber.match(peek());
        if (match.hasMatch()) {
            count = match.captured(2).toInt() * (match.captured(1) == QLatin1String("-") ? -1 : 1);
            ++m_pos;
        } else if (peek() == QLatin1String("in")) {
            ++m_pos;
            if (DateWords::isOne(peek()))
                count = 1;
            else if (auto n = number(peek()))
                count = *n;
            else
                return std::nullopt;
            ++m_pos;
        } else {
            return std::nullopt;
        }
        const std::optional<Unit> unit = DateWords::unit(peek());
        if (!unit)
            return std::nullopt;
        ++m_pos;
        if (*unit == Unit::Minute || *unit == Unit::Hour) {
            if (!atEnd())
                return std::nullopt;
            return m_now.addSecs(qint64(count) * (*unit == Unit::Minute ? 60 : 3600));
        }
        QDateTime moved = *unit == Unit::Month
            ? ZonedTime::addMonths(m_now, count, m_zone)
            : ZonedTime::addDays(m_now, qint64(count) * (*unit == Unit::Week ? 7 : 1), m_zone);
        std::optional<Time> time;
        while (!atEnd()) {
            if (DateWords::isFiller(peek())) {
                ++m_pos;
            } else if (!time && (time = parseTime())) {
                continue;
            } else {
                return std::nullopt;
            }
        }
        if (time)
            moved = ZonedTime::toUtc(ZonedTime::wallClock(moved, m_zone).date(), time->time, m_zone);
        return moved;
    }

    std::optional<QDateTime> parseDayAndTime()
    {
        std::optional<Day> day;
        std::optional<Time> time;
        bool at = false;
        while (!atEnd()) {
            if (DateWords::isFiller(peek())) {
                at = at || DateWords::isAt(peek());
                ++m_pos;
            } else if (!day && (day = parseDay())) {
                continue;
            } else if (!time && (time = parseTime())) {
                continue;
            } else {
                return std::nullopt;
            }
        }
        if (!day && !time)
            return std::nullopt;
        if (time && time->bareHour && !day && !at)
            return std::nullopt;
        return resolve(day, time);
    }

    std::optional<Day> parseDay()
    {
        const int start = m_pos;
        Day day;
        const QString word = peek();
        if (auto relative = DateWords::relativeDay(word)) {
            ++m_pos;
            day.value = *relative;
            return day;
        }
        if (word == QLatin1String("day") && peek(1) == QLatin1String("after")
            && DateWords::relativeDay(peek(2)) == 1) {
            m_pos += 3;
            day.value = 2;
            return day;
        }
        if (DateWords::isNext(word)) {
            ++m_pos;
            if (DateWords::isWeek(peek())) {
                ++m_pos;
                day.kind = Day::Kind::NextWeek;
                return day;
            }
            if (auto weekday = m_words.weekday(peek())) {
                ++m_pos;
                day.kind = Day::Kind::NextWeekday;
                day.value = *weekday;
                return day;
            }
            m_pos = start;
            return std::nullopt;
        }
        if (auto weekday = m_words.weekday(word)) {
            ++m_pos;
            day.kind = Day::Kind::Weekday;
            day.value = *weekday;
            return day;
        }
        if (auto date = parseDate()) {
            day.kind = Day::Kind::Date;
            return date;
        }
        m_pos = start;
        return std::nullopt;
    }

    // "2026-12-03", "3.12.", "3.12.2026", "12/3", "3 dec", "3rd dec 2026", "dec 3", "3. Dezember".
    std::optional<Day> parseDate()
    {
        const int start = m_pos;
        Day day;
        day.kind = Day::Kind::Date;
        int y = 0, m = 0, d = 0;
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
        static const QRegularExpression dotted(
            QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{2}|\\d{4})?$"));
        static const QRegularExpression slashed(
            QStringLiteral("^(\\d{1,4})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?$"));
        static const QRegularExpression dayNumber(QStringLiteral("^(\\d{1,2})\\.?$"));
        const QString token = peek();
        if (auto match = iso.match(token); match.hasMatch()) {
            y = match.captured(1).toInt();
            m = match.captured(2).toInt();
            d = match.captured(3).toInt();
            ++m_pos;
        } else if (auto dots = dotted.match(token); dots.hasMatch() && !DateWords::isOClock(peek(1))) {
            d = dots.captured(1).toInt();
            m = dots.captured(2).toInt();
            y = dots.captured(3).toInt();
            ++m_pos;
        } else if (auto slash = slashed.match(token); slash.hasMatch()) {
            const int first = slash.captured(1).toInt();
            const int second = slash.captured(2).toInt();
            const int third = slash.captured(3).toInt();
            if (slash.captured(1).size() == 4) { // 2026/12/03
                y = first;
                m = second;
                d = third;
            } else {
                const bool monthFirst
                    = m_locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'));
                m = monthFirst ? first : second;
                d = monthFirst ? second : first;
                y = third;
            }
            ++m_pos;
        } else if (auto first = dayNumber.match(token); first.hasMatch()) {
            d = first.captured(1).toInt();
            ++m_pos;
            if (DateWords::isOrdinalSuffix(peek()))
                ++m_pos;
            auto month = m_words.month(peek());
            if (!month) {
                m_pos = start;
                return std::nullopt;
            }
            m = *month;
            ++m_pos;
            y = fourDigitYear();
        } else if (auto month = m_words.month(token)) {
            m = *month;
            ++m_pos;
            auto second = dayNumber.match(peek());
            if (!second.hasMatch()) {
                m_pos = start;
                return std::nullopt;
            }
            d = second.captured(1).toInt();
            ++m_pos;
            if (DateWords::isOrdinalSuffix(peek()))
                ++m_pos;
            y = fourDigitYear();
        } else {
            return std::nullopt;
        }
        if (y > 0 && y < 100)
            y += 2000;
        day.yearGiven = y > 0;
        day.date = QDate(y > 0 ? y : m_today.year(), m, d);
        if (!day.yearGiven)
            day.date = upcoming(m, d);
        if (!day.date.isValid()) {
            m_pos = start;
            return std::nullopt;
        }
        return day;
    }

    int fourDigitYear()
    {
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        if (!year.match(peek()).hasMatch())
            return 0;
        return m_tokens.at(m_pos++).toInt();
    }

    // This year's date if not before today, else the next year that has it (29 February).
    QDate upcoming(int month, int dayOfMonth) const
    {
        for (int year = m_today.year(); year <= m_today.year() + 8; ++year) {
            const QDate date(year, month, dayOfMonth);
            if (date.isValid() && date >= m_today)
                return date;
        }
        return QDate();
    }

    std::optional<Time> parseTime()
    {
        const int start = m_pos;
        const QString token = peek();
        if (DateWords::isNoon(token)) {
            ++m_pos;
            return Time {QTime(12, 0), false};
        }
        static const QRegularExpression colon(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
        static const QRegularExpression dot(QStringLiteral("^(\\d{1,2})\\.(\\d{2})$"));
        static const QRegularExpression hourOnly(QStringLiteral("^(\\d{1,2})$"));
        int hour = -1;
        int minute = 0;
        bool needsOClock = false;
        QRegularExpressionMatch match;
        if ((match = colon.match(token)).hasMatch()) {
            hour = match.captured(1).toInt();
            minute = match.captured(2).toInt();
        } else if ((match = dot.match(token)).hasMatch()) {
            hour = match.captured(1).toInt();
            minute = match.captured(2).toInt();
            needsOClock = true; // "14.30" alone would be a date
        } else if ((match = hourOnly.match(token)).hasMatch()) {
            hour = match.captured(1).toInt();
        } else {
            return std::nullopt;
        }
        ++m_pos;
        Time result;
        if (auto pm = m_words.meridiem(peek())) {
            ++m_pos;
            if (hour < 1 || hour > 12 || needsOClock) {
                m_pos = start;
                return std::nullopt;
            }
            hour = hour % 12 + (*pm ? 12 : 0);
        } else if (DateWords::isOClock(peek())) {
            ++m_pos;
        } else if (needsOClock) {
            m_pos = start;
            return std::nullopt;
        } else {
            result.bareHour = !token.contains(QLatin1Char(':'));
        }
        result.time = QTime(hour, minute);
        if (!result.time.isValid()) {
            m_pos = start;
            return std::nullopt;
        }
        return result;
    }

    QDateTime at(const QDate &date, const QTime &time) const { return ZonedTime::toUtc(date, time, m_zone); }

    QDateTime resolve(const std::optional<Day> &day, const std::optional<Time> &time) const
    {
        const QTime nine(9, 0);
        if (!day) {
            const QDateTime today = at(m_today, time->time);
            return today > m_now ? today : at(m_today.addDays(1), time->time);
        }
        const QTime chosen = time ? time->time : nine;
        switch (day->kind) {
        case Day::Kind::Relative:
            if (day->value == 0 && !time) {
                const QTime wall = ZonedTime::wallClock(m_now, m_zone).time();
                return at(m_today, QTime(wall.hour(), 0)).addSecs(3600);
            }
            return at(m_today.addDays(day->value), chosen);
        case Day::Kind::Weekday: {
            const int ahead = (day->value - m_today.dayOfWeek() + 7) % 7;
            const QDateTime candidate = at(m_today.addDays(ahead), chosen);
            return candidate > m_now ? candidate : at(m_today.addDays(ahead + 7), chosen);
        }
        case Day::Kind::NextWeekday: {
            const int ahead = (day->value - m_today.dayOfWeek() + 6) % 7 + 1;
            return at(m_today.addDays(ahead), chosen);
        }
        case Day::Kind::NextWeek:
            return at(m_today.addDays(8 - m_today.dayOfWeek()), chosen);
        case Day::Kind::Date:
            return at(day->date, chosen);
        }
        return QDateTime();
    }

    QStringList m_tokens;
    QDateTime m_now;
    QLocale m_locale;
    QTimeZone m_zone;
    DateWords m_words;
    QDate m_today;
    int m_pos = 0;
};

} // namespace

std::optional<QDateTime> DatePhraseParser::parse(
    const QString &text, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    return Parser(DateWords::tokens(text), now, locale, zone).parse();
}

} // namespace rte::core
