// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// DatePhrase against fixed "now" values in Europe/Berlin: every phrase form in English and German,
// both daylight-saving change days of 2026, month and year ends, 12- and 24-hour times, and text
// that is not understood.

#include "../support/berlintime.h"
#include "core/datephrase.h"

#include <QTest>

using namespace rte;
using namespace rte::core;

namespace {

using test::berlin;

QDateTime wall(int y, int mo, int d, int h, int mi, int s = 0)
{
    return test::berlinTime(y, mo, d, h, mi, s);
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// Wednesday 2 December 2026, 10:17:42 (CET): the seconds must never reach a result.
const QDateTime kWednesday = wall(2026, 12, 2, 10, 17, 42);
// The days before the clocks change: Saturday 28 March (spring forward on the 29th, 02:00 -> 03:00)
// and Saturday 24 October (fall back on the 25th, 03:00 -> 02:00).
const QDateTime kBeforeSpring = wall(2026, 3, 28, 10, 0);
const QDateTime kBeforeAutumn = wall(2026, 10, 24, 10, 0);
const QDateTime kNewYearsEve = wall(2026, 12, 31, 22, 0);

} // namespace

class TestDatePhrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void displayText_readsBack_data();
    void displayText_readsBack();
    void displayText_hasNoSecondsAndNoZone();
    void presets_data();
    void presets();
};

void TestDatePhrase::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDateTime>("expected"); // invalid: not understood

    const QString en = QStringLiteral("en_GB");
    const QString us = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    const QDateTime none;
    const auto row = [](const char *name, const char *text, const QDateTime &now, const QString &locale,
                         const QDateTime &expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << now << locale << expected;
    };

    // English forms.
    row("tomorrow 9am", "tomorrow 9am", kWednesday, en, wall(2026, 12, 3, 9, 0));
    row("+2d keeps the wall time", "+2d", kWednesday, en, wall(2026, 12, 4, 10, 17));
    row("+2 days", "+2 days", kWednesday, en, wall(2026, 12, 4, 10, 17));
    row("fri 14:00", "fri 14:00", kWednesday, en, wall(2026, 12, 4, 14, 0));
    row("in 3 hours", "in 3 hours", kWednesday, en, wall(2026, 12, 2, 13, 17));
    row("in an hour", "in an hour", kWednesday, en, wall(2026, 12, 2, 11, 17));
    row("in 90 min", "in 90 min", kWednesday, en, wall(2026, 12, 2, 11, 47));
    row("+1h", "+1h", kWednesday, en, wall(2026, 12, 2, 11, 17));
    row("-30m", "-30m", kWednesday, en, wall(2026, 12, 2, 9, 47));
    row("+1w", "+1w", kWednesday, en, wall(2026, 12, 9, 10, 17));
    row("+2d at 8am", "+2d at 8am", kWednesday, en, wall(2026, 12, 4, 8, 0));
    row("next mon", "next mon", kWednesday, en, wall(2026, 12, 7, 9, 0));
    row("next week", "next week", kWednesday, en, wall(2026, 12, 7, 9, 0));
    row("today 17:30", "today 17:30", kWednesday, en, wall(2026, 12, 2, 17, 30));
    row("today alone is the next full hour", "today", kWednesday, en, wall(2026, 12, 2, 11, 0));
    row("now", "now", kWednesday, en, wall(2026, 12, 2, 10, 17));
    row("3 dec 10:00", "3 dec 10:00", kWednesday, en, wall(2026, 12, 3, 10, 0));
    row("dec 24th 6pm", "dec 24th 6pm", kWednesday, en, wall(2026, 12, 24, 18, 0));
    row("a past date is next year", "1 dec", kWednesday, en, wall(2027, 12, 1, 9, 0));
    row("29 feb waits for a leap year", "29 feb", kWednesday, en, wall(2028, 2, 29, 9, 0));
    row("day after tomorrow", "day after tomorrow", kWednesday, en, wall(2026, 12, 4, 9, 0));
    row("weekday today, time ahead", "wed 14:00", kWednesday, en, wall(2026, 12, 2, 14, 0));
    row("weekday today, time past", "wed 9:00", kWednesday, en, wall(2026, 12, 9, 9, 0));
    row("next weekday is never today", "next wed 14:00", kWednesday, en, wall(2026, 12, 9, 14, 0));
    row("on friday at noon", "on Friday at noon", kWednesday, en, wall(2026, 12, 4, 12, 0));
    row("ISO date", "2026-12-24 08:15", kWednesday, en, wall(2026, 12, 24, 8, 15));
    row("day-first slash", "3/12 10:00", kWednesday, en, wall(2026, 12, 3, 10, 0));
    row("month-first slash (en_US)", "12/3 10:00", kWednesday, us, wall(2026, 12, 3, 10, 0));

    // 12- and 24-hour times; a time alone is today if still ahead, else tomorrow.
    row("9am has passed: tomorrow", "9am", kWednesday, en, wall(2026, 12, 3, 9, 0));
    row("9:30 pm", "9:30 pm", kWednesday, en, wall(2026, 12, 2, 21, 30));
    row("9:30 p.m.", "9:30 p.m.", kWednesday, en, wall(2026, 12, 2, 21, 30));
    row("12am is midnight", "12am", kWednesday, en, wall(2026, 12, 3, 0, 0));
    row("12pm is noon", "12pm", kWednesday, en, wall(2026, 12, 2, 12, 0));
    row("14:00 alone", "14:00", kWednesday, en, wall(2026, 12, 2, 14, 0));
    row("at 4 is 04:00", "at 4", kWednesday, en, wall(2026, 12, 3, 4, 0));
    row("the field's own text (en_US)", "12/24/2026 8:15 PM", kWednesday, us, wall(2026, 12, 24, 20, 15));

    // Spaces and case.
    row("spaces and capitals", "  Tomorrow   9AM  ", kWednesday, en, wall(2026, 12, 3, 9, 0));
    row("TODAY 17:30", "TODAY 17:30", kWednesday, en, wall(2026, 12, 2, 17, 30));

    // German forms.
    row("morgen 9 Uhr", "morgen 9 Uhr", kWednesday, de, wall(2026, 12, 3, 9, 0));
    row("übermorgen", "übermorgen", kWednesday, de, wall(2026, 12, 4, 9, 0));
    row("Übermorgen 14:30", "Übermorgen 14:30", kWednesday, de, wall(2026, 12, 4, 14, 30));
    row("in 3 Stunden", "in 3 Stunden", kWednesday, de, wall(2026, 12, 2, 13, 17));
    row("in einer Woche", "in einer Woche", kWednesday, de, wall(2026, 12, 9, 10, 17));
    row("in 2 Tagen um 8 Uhr", "in 2 Tagen um 8 Uhr", kWednesday, de, wall(2026, 12, 4, 8, 0));
    row("nächsten Montag", "nächsten Montag", kWednesday, de, wall(2026, 12, 7, 9, 0));
    row("naechsten mittwoch", "naechsten mittwoch", kWednesday, de, wall(2026, 12, 9, 9, 0));
    row("nächste Woche", "nächste Woche", kWednesday, de, wall(2026, 12, 7, 9, 0));
    row("Fr 14:00", "Fr 14:00", kWednesday, de, wall(2026, 12, 4, 14, 0));
    row("Fr. 14:00", "Fr. 14:00", kWednesday, de, wall(2026, 12, 4, 14, 0));
    row("+2T", "+2T", kWednesday, de, wall(2026, 12, 4, 10, 17));
    row("heute 17:30", "heute 17:30", kWednesday, de, wall(2026, 12, 2, 17, 30));
    row("am Freitag um 14.30 Uhr", "am Freitag um 14.30 Uhr", kWednesday, de, wall(2026, 12, 4, 14, 30));
    row("3. Dezember 10:00", "3. Dezember 10:00", kWednesday, de, wall(2026, 12, 3, 10, 0));
    row("24.12. 18 Uhr", "24.12. 18 Uhr", kWednesday, de, wall(2026, 12, 24, 18, 0));
    row("Mo 9 (a bare hour next to a day)", "Mo 9", kWednesday, de, wall(2026, 12, 7, 9, 0));
    row("jetzt", "jetzt", kWednesday, de, wall(2026, 12, 2, 10, 17));
    row("the field's own text (de)", "24.12.2026 08:15", kWednesday, de, wall(2026, 12, 24, 8, 15));

    // Spring forward, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    row("spring: tomorrow 9:00 is 9:00 on the clock", "tomorrow 9:00", kBeforeSpring, en,
        utc(2026, 3, 29, 7, 0));
    row("spring: +1d keeps 10:00", "+1d", kBeforeSpring, en, utc(2026, 3, 29, 8, 0));
    row("spring: in 24 hours is real time", "in 24 hours", kBeforeSpring, en, utc(2026, 3, 29, 9, 0));
    row("spring: 02:30 does not exist, 03:00 does", "tomorrow 2:30", kBeforeSpring, en,
        utc(2026, 3, 29, 1, 0));
    row("spring: morgen 2:30 Uhr likewise", "morgen 2:30 Uhr", kBeforeSpring, de, utc(2026, 3, 29, 1, 0));
    row("spring: the next full hour skips the gap", "today", wall(2026, 3, 29, 1, 30), en,
        utc(2026, 3, 29, 1, 0));
    // Fall back, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET.
    row("autumn: tomorrow 9:00 is 9:00 on the clock", "tomorrow 9:00", kBeforeAutumn, en,
        utc(2026, 10, 25, 8, 0));
    row("autumn: +1d keeps 10:00", "+1d", kBeforeAutumn, en, utc(2026, 10, 25, 9, 0));
    row("autumn: in 24 hours is real time", "in 24 hours", kBeforeAutumn, en, utc(2026, 10, 25, 8, 0));
    row("autumn: 02:30 twice, the first", "tomorrow 2:30", kBeforeAutumn, en, utc(2026, 10, 25, 0, 30));

    // Month and year ends.
    row("+1mo from 31 Jan is 28 Feb", "+1mo", wall(2026, 1, 31, 10, 0), en, wall(2026, 2, 28, 10, 0));
    row("+1 month in a leap year is 29 Feb", "+1 month", wall(2028, 1, 31, 10, 0), en,
        wall(2028, 2, 29, 10, 0));
    row("+1 Monat", "+1 Monat", wall(2026, 1, 31, 10, 0), de, wall(2026, 2, 28, 10, 0));
    row("year end: tomorrow 9am", "tomorrow 9am", kNewYearsEve, en, wall(2027, 1, 1, 9, 0));
    row("year end: 3 jan is next year", "3 jan", kNewYearsEve, en, wall(2027, 1, 3, 9, 0));
    row("year end: +1d", "+1d", kNewYearsEve, en, wall(2027, 1, 1, 22, 0));
    row("year end: 23:30 is still today", "23:30", kNewYearsEve, en, wall(2026, 12, 31, 23, 30));
    row("year end: 21:00 is next year", "21:00", kNewYearsEve, en, wall(2027, 1, 1, 21, 0));
    row("year end: today is the next full hour", "today", kNewYearsEve, en, wall(2026, 12, 31, 23, 0));

    // Not understood.
    row("empty", "", kWednesday, en, none);
    row("blank", "   ", kWednesday, en, none);
    row("a word", "soon", kWednesday, en, none);
    row("a bare number", "9", kWednesday, en, none);
    row("25:00", "25:00", kWednesday, en, none);
    row("13pm", "13pm", kWednesday, en, none);
    row("0am", "0am", kWednesday, en, none);
    row("31.02.2026", "31.02.2026", kWednesday, de, none);
    row("unknown unit", "+2x", kWednesday, en, none);
    row("no number", "in hours", kWednesday, en, none);
    row("two days", "tomorrow today", kWednesday, en, none);
    row("halb 10", "halb 10", kWednesday, de, none);
    row("a time after an hour offset", "in 3 hours 9:00", kWednesday, en, none);
    row("14.30 without Uhr", "14.30", kWednesday, de, none);
    row("next without a day", "next", kWednesday, en, none);
}

void TestDatePhrase::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, now);
    QFETCH(QString, locale);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> result = DatePhrase::parse(text, now, QLocale(locale), berlin());
    if (!expected.isValid()) {
        // The message is built even when result is empty: no dereference then (ASan: SEGV).
        QVERIFY2(!result, qPrintable(result ? result->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(result);
    QCOMPARE(result->timeSpec(), Qt::UTC);
    QCOMPARE(result->toString(Qt::ISODate), expected.toUTC().toString(Qt::ISODate));
}

void TestDatePhrase::displayText_readsBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDateTime>("value");
    for (const char *locale : {"de_DE", "en_US", "en_GB", "C", "fr_FR", "ja_JP"}) {
        QTest::newRow(locale) << QString::fromLatin1(locale) << utc(2026, 12, 24, 19, 15);
        QTest::newRow((QByteArray(locale) + " summer").constData())
            << QString::fromLatin1(locale) << utc(2026, 7, 3, 6, 5);
    }
}

void TestDatePhrase::displayText_readsBack()
{
    QFETCH(QString, locale);
    QFETCH(QDateTime, value);
    const QString text = DatePhrase::format(value, QLocale(locale), berlin());
    const std::optional<QDateTime> back = DatePhrase::parse(text, kWednesday, QLocale(locale), berlin());
    QVERIFY2(back, qPrintable(text));
    QCOMPARE(*back, value);
}

void TestDatePhrase::displayText_hasNoSecondsAndNoZone()
{
    const QDateTime value = utc(2026, 12, 24, 19, 15);
    QCOMPARE(DatePhrase::format(value, QLocale(QStringLiteral("de_DE")), berlin()),
        QStringLiteral("24.12.2026 20:15"));
    const QString us = DatePhrase::format(value, QLocale(QStringLiteral("en_US")), berlin());
    QVERIFY2(
        us.startsWith(QLatin1String("12/24/2026 8:15")) && us.endsWith(QLatin1String("PM")), qPrintable(us));
    for (const char *locale : {"de_DE", "en_US", "en_GB", "C", "fr_FR", "ja_JP"}) {
        const QString text = DatePhrase::format(value, QLocale(QString::fromLatin1(locale)), berlin());
        QVERIFY2(
            !text.contains(QLatin1String(":00")) && !text.contains(QLatin1String("CET")), qPrintable(text));
    }
}

void TestDatePhrase::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("base");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime noBase;
    const QDateTime due = wall(2026, 12, 10, 15, 0);
    using P = DatePhrase::Preset;
    QTest::newRow("today: the next full hour")
        << int(P::Today) << kWednesday << due << wall(2026, 12, 2, 11, 0);
    QTest::newRow("tomorrow 9:00") << int(P::Tomorrow) << kWednesday << due << wall(2026, 12, 3, 9, 0);
    QTest::newRow("+1 hour moves the value")
        << int(P::HourLater) << kWednesday << due << wall(2026, 12, 10, 16, 0);
    QTest::newRow("+1 hour from now when unset")
        << int(P::HourLater) << kWednesday << noBase << wall(2026, 12, 2, 11, 17);
    QTest::newRow("+1 day moves the value")
        << int(P::DayLater) << kWednesday << due << wall(2026, 12, 11, 15, 0);
    QTest::newRow("+1 day across spring forward")
        << int(P::DayLater) << kBeforeSpring << noBase << utc(2026, 3, 29, 8, 0);
    QTest::newRow("next Monday 9:00") << int(P::NextMonday) << kWednesday << due << wall(2026, 12, 7, 9, 0);
    QTest::newRow("next Monday on a Monday")
        << int(P::NextMonday) << wall(2026, 12, 7, 8, 0) << due << wall(2026, 12, 14, 9, 0);
}

void TestDatePhrase::presets()
{
    QFETCH(int, preset);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, base);
    QFETCH(QDateTime, expected);
    const QDateTime result = DatePhrase::preset(DatePhrase::Preset(preset), now, base, berlin());
    QCOMPARE(result.toString(Qt::ISODate), expected.toUTC().toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestDatePhrase)
#include "tst_datephrase.moc"
