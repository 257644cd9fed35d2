// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Bulk rescheduling arithmetic: a day, or a spread over working days, on the rep's wall clock.
#include "core/rescheduleplan.h"

#include <QTest>

using rte::core::ReschedulePlan;
using Times = ReschedulePlan::Times;

namespace {

const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), berlin).toUTC();
}

} // namespace

class TestReschedulePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toDay_keepsTimeOfDayAndLength_data();
    void toDay_keepsTimeOfDayAndLength();
    void spread_overWorkingDays_data();
    void spread_overWorkingDays();
    void spread_refusesAnEmptyWindow();
    void workingDays_skipWeekends();
};

void TestReschedulePlan::toDay_keepsTimeOfDayAndLength_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("newStart");
    QTest::addColumn<QDateTime>("newDue");

    QTest::newRow("an hour's call, to a Monday")
        << local(2026, 12, 1, 14, 30) << local(2026, 12, 1, 15, 30) << QDate(2026, 12, 7)
        << local(2026, 12, 7, 14, 30) << local(2026, 12, 7, 15, 30);
    QTest::newRow("due over night stays over night")
        << local(2026, 12, 1, 22) << local(2026, 12, 2, 9) << QDate(2026, 12, 10) << local(2026, 12, 10, 22)
        << local(2026, 12, 11, 9);
    QTest::newRow("winter to summer keeps the wall time")
        << local(2026, 3, 20, 9) << local(2026, 3, 20, 10) << QDate(2026, 3, 30) << local(2026, 3, 30, 9)
        << local(2026, 3, 30, 10);
    // 02:30 does not exist that night in Berlin: the first time that does is 03:00 CEST (01:00 UTC).
    QTest::newRow("onto the spring-forward day")
        << local(2026, 3, 27, 2, 30) << local(2026, 3, 27, 3, 30) << QDate(2026, 3, 29)
        << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)
        << QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC);
    QTest::newRow("no due time") << local(2026, 12, 1, 8) << QDateTime() << QDate(2026, 12, 4)
                                 << local(2026, 12, 4, 8) << QDateTime();
    QTest::newRow("month end") << local(2026, 1, 31, 11) << local(2026, 1, 31, 11, 15) << QDate(2026, 2, 28)
                               << local(2026, 2, 28, 11) << local(2026, 2, 28, 11, 15);
}

void TestReschedulePlan::toDay_keepsTimeOfDayAndLength()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, due);
    QFETCH(QDate, day);
    QFETCH(QDateTime, newStart);
    QFETCH(QDateTime, newDue);
    const QList<Times> result = ReschedulePlan::toDay({{start, due}}, day, berlin);
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.first().startAt, newStart);
    QCOMPARE(result.first().dueTo, newDue);
}

void TestReschedulePlan::spread_overWorkingDays_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<QDateTime>>("starts"); // the first, the second and the last start

    // 9:00–17:00 is 480 minutes a day.
    QTest::newRow("3 tasks over 3 days: one each morning")
        << 3 << QDate(2026, 12, 7) << 3
        << QList<QDateTime> {local(2026, 12, 7, 9), local(2026, 12, 8, 9), local(2026, 12, 9, 9)};
    QTest::newRow("6 tasks over 3 days: morning and 13:00")
        << 6 << QDate(2026, 12, 7) << 3
        << QList<QDateTime> {local(2026, 12, 7, 9), local(2026, 12, 7, 13), local(2026, 12, 9, 13)};
    QTest::newRow("from a Friday, the weekend is skipped")
        << 3 << QDate(2026, 12, 11) << 3
        << QList<QDateTime> {local(2026, 12, 11, 9), local(2026, 12, 14, 9), local(2026, 12, 15, 9)};
    QTest::newRow("from a Saturday, Monday is the first day")
        << 2 << QDate(2026, 12, 12) << 1
        << QList<QDateTime> {local(2026, 12, 14, 9), local(2026, 12, 14, 13), local(2026, 12, 14, 13)};
    QTest::newRow("250 tasks over 3 days, whole minutes, never past 17:00")
        << 250 << QDate(2026, 12, 7) << 3
        << QList<QDateTime> {local(2026, 12, 7, 9), local(2026, 12, 7, 9, 5), local(2026, 12, 9, 16, 54)};
}

void TestReschedulePlan::spread_overWorkingDays()
{
    QFETCH(int, tasks);
    QFETCH(QDate, firstDay);
    QFETCH(int, days);
    QFETCH(QList<QDateTime>, starts);
    QList<Times> input;
    for (int i = 0; i < tasks; ++i)
        input.append({local(2026, 11, 20, 10), local(2026, 11, 20, 10, 30)});
    const QList<Times> result
        = ReschedulePlan::spread(input, firstDay, days, QTime(9, 0), QTime(17, 0), berlin);
    QCOMPARE(result.size(), tasks);
    QCOMPARE(result.at(0).startAt, starts.at(0));
    QCOMPARE(result.at(1).startAt, starts.at(1));
    QCOMPARE(result.last().startAt, starts.at(2));
    for (const Times &t : result) {
        QCOMPARE(t.startAt.secsTo(t.dueTo), 30 * 60); // the length is kept
        const QTime wall = t.startAt.toTimeZone(berlin).time();
        QVERIFY(wall >= QTime(9, 0) && wall < QTime(17, 0));
        QVERIFY(t.startAt.toTimeZone(berlin).date().dayOfWeek() <= 5);
    }
}

void TestReschedulePlan::spread_refusesAnEmptyWindow()
{
    const QList<Times> one {{local(2026, 12, 1, 9), local(2026, 12, 1, 10)}};
    QVERIFY(ReschedulePlan::spread(one, QDate(2026, 12, 7), 3, QTime(17, 0), QTime(9, 0), berlin).isEmpty());
    QVERIFY(ReschedulePlan::spread(one, QDate(2026, 12, 7), 0, QTime(9, 0), QTime(17, 0), berlin).isEmpty());
    QVERIFY(ReschedulePlan::spread({}, QDate(2026, 12, 7), 3, QTime(9, 0), QTime(17, 0), berlin).isEmpty());
}

void TestReschedulePlan::workingDays_skipWeekends()
{
    const QList<QDate> days = ReschedulePlan::workingDays(QDate(2026, 12, 10), 4); // a Thursday
    QCOMPARE(days,
        (QList<QDate> {QDate(2026, 12, 10), QDate(2026, 12, 11), QDate(2026, 12, 14), QDate(2026, 12, 15)}));
}

QTEST_GUILESS_MAIN(TestReschedulePlan)
#include "tst_rescheduleplan.moc"
