// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/relativedate.h"

#include <QTest>

using namespace rte::core;

// TZ is Europe/Berlin in tests; "now" is Wednesday 2 December 2026, 12:00 there.
class TestRelativeDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compact_data();
    void compact();
    void compact_neverShowsSeconds();
    void full_namesTheWholeDateWithoutSeconds();
    void invalidDate_isEmpty();

private:
    static QDateTime berlin(int year, int month, int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::LocalTime).toUTC();
    }
};

void TestRelativeDate::compact_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("today") << uk << berlin(2026, 12, 2, 14, 30, 59) << QStringLiteral("Today 14:30");
    QTest::newRow("today, just after midnight")
        << uk << berlin(2026, 12, 2, 0, 5) << QStringLiteral("Today 00:05");
    QTest::newRow("tomorrow") << uk << berlin(2026, 12, 3, 9, 0) << QStringLiteral("Tomorrow 09:00");
    QTest::newRow("yesterday") << uk << berlin(2026, 12, 1, 17, 45) << QStringLiteral("Yesterday 17:45");
    QTest::newRow("later this week") << uk << berlin(2026, 12, 5, 9, 0) << QStringLiteral("Sat 09:00");
    QTest::newRow("earlier this week") << uk << berlin(2026, 11, 30, 9, 0) << QStringLiteral("Mon 09:00");
    QTest::newRow("next week") << uk << berlin(2026, 12, 8, 9, 0) << QStringLiteral("8 Dec");
    QTest::newRow("last week") << uk << berlin(2026, 11, 27, 9, 0) << QStringLiteral("27 Nov");
    QTest::newRow("next year") << uk << berlin(2027, 1, 4, 9, 0) << QStringLiteral("4 Jan 2027");
    QTest::newRow("last year") << uk << berlin(2025, 12, 30, 9, 0) << QStringLiteral("30 Dec 2025");
    // Midnight in Berlin is still the day before in UTC: the day is the rep's own.
    QTest::newRow("local day, not UTC day")
        << uk << berlin(2026, 12, 3, 0, 30) << QStringLiteral("Tomorrow 00:30");
    QTest::newRow("US order") << us << berlin(2026, 12, 8, 9, 0) << QStringLiteral("Dec 8");
    QTest::newRow("US order, other year") << us << berlin(2027, 1, 4, 9, 0) << QStringLiteral("Jan 4, 2027");
    // The US week starts on Sunday: Sunday the 29th is this week there, last week in the UK.
    QTest::newRow("US week starts Sunday")
        << us << berlin(2026, 11, 29, 9, 0)
        << QStringLiteral("Sun %1").arg(us.toString(QTime(9, 0), QLocale::ShortFormat));
    QTest::newRow("UK week starts Monday") << uk << berlin(2026, 11, 29, 9, 0) << QStringLiteral("29 Nov");
    QTest::newRow("German weekday") << de << berlin(2026, 12, 4, 9, 0) << QStringLiteral("Fr. 09:00");
    QTest::newRow("German day and month") << de << berlin(2026, 12, 8, 9, 0) << QStringLiteral("8. Dez.");
    QTest::newRow("German, other year") << de << berlin(2027, 1, 4, 9, 0) << QStringLiteral("4. Jan. 2027");
}

void TestRelativeDate::compact()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(RelativeDate::compact(when, berlin(2026, 12, 2, 12, 0), locale), expected);
}

void TestRelativeDate::compact_neverShowsSeconds()
{
    const QDateTime now = berlin(2026, 12, 2, 12, 0);
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
             QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France)}) {
        for (int day = -10; day <= 10; ++day) {
            const QString text = RelativeDate::compact(now.addDays(day).addSecs(37), now, locale);
            QVERIFY2(!text.contains(QLatin1String("37")), qPrintable(text));
            QVERIFY2(!text.isEmpty(), qPrintable(locale.name()));
        }
    }
}

void TestRelativeDate::full_namesTheWholeDateWithoutSeconds()
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(RelativeDate::full(berlin(2026, 12, 2, 14, 30, 12), uk),
        QStringLiteral("Wednesday, 2 December 2026 14:30"));
}

void TestRelativeDate::invalidDate_isEmpty()
{
    QVERIFY(RelativeDate::compact(QDateTime(), QDateTime::currentDateTimeUtc(), QLocale()).isEmpty());
    QVERIFY(RelativeDate::full(QDateTime(), QLocale()).isEmpty());
}

QTEST_MAIN(TestRelativeDate)
#include "tst_relativedate.moc"
