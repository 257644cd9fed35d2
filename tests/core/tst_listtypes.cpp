// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/contact.h"
#include "core/taskfilter.h"
#include "core/tasklistitem.h"
#include "core/templatevariables.h"

#include <QJsonDocument>
#include <QTest>

using namespace rte::core;

class TestListTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listItemReadsBothShapes();
    void overdueIsOpenAndPastDue_data();
    void overdueIsOpenAndPastDue();
    void emptyFilterIsEmptyObject();
    void filterWritesOnlyWhatIsSet();
    void todayCoversTheLocalDay();
    void thisWeekStartsOnTheLocaleFirstDay();
    void dayRangesCoverWholeLocalDays_data();
    void dayRangesCoverWholeLocalDays();
    void variablesAreFound();
    void renderFillsKnownAndKeepsUnknown_data();
    void renderFillsKnownAndKeepsUnknown();
    void renderEscapesValuesForHtml();
};

void TestListTypes::listItemReadsBothShapes()
{
    const QByteArray json = R"({"id": 7, "taskType": 2, "status": "new", "linkedInTaskType": null,
        "assignedUserId": 1001, "contact": {"id": 2005, "fullName": "Amara Okafor"},
        "startAt": "2026-11-30T09:00:00Z", "dueTo": "2026-11-30T10:00:00", "finishedAt": null,
        "isScheduled": false, "sequenceId": 3001, "sequenceStepId": 300102})";
    const TaskListItem item = TaskListItem::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(item.id, 7);
    QCOMPARE(item.taskType, TaskType::Call);
    QCOMPARE(item.contactId, std::optional<qint64>(2005));
    QCOMPARE(item.contactName, QStringLiteral("Amara Okafor"));
    QCOMPARE(item.dueTo, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
    QCOMPARE(item.sequenceStepId, std::optional<qint64>(300102));

    const TaskListItem bare = TaskListItem::fromJson(
        QJsonObject {{QLatin1String("id"), 1}, {QLatin1String("contact"), QJsonValue()}});
    QVERIFY(!bare.contactId);
    QVERIFY(bare.contactName.isEmpty());
}

void TestListTypes::overdueIsOpenAndPastDue_data()
{
    QTest::addColumn<TaskStatus>("status");
    QTest::addColumn<int>("dueInMinutes");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("open, due an hour ago") << TaskStatus::New << -60 << true;
    QTest::newRow("open, due in an hour") << TaskStatus::New << 60 << false;
    QTest::newRow("finished, due an hour ago") << TaskStatus::Finished << -60 << false;
}

void TestListTypes::overdueIsOpenAndPastDue()
{
    QFETCH(TaskStatus, status);
    QFETCH(int, dueInMinutes);
    QFETCH(bool, overdue);
    const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    TaskListItem item;
    item.status = status;
    item.dueTo = now.addSecs(dueInMinutes * 60);
    QCOMPARE(item.isOverdue(now), overdue);
}

void TestListTypes::emptyFilterIsEmptyObject()
{
    QVERIFY(TaskFilter().toJson().isEmpty());
}

void TestListTypes::filterWritesOnlyWhatIsSet()
{
    TaskFilter filter;
    filter.taskType = TaskType::ManualEmail;
    filter.status = TaskStatus::New;
    filter.overdue = true;
    filter.contactId = 2005;
    const QJsonObject json = filter.toJson();
    QCOMPARE(json.value(QLatin1String("taskType")).toString(), QStringLiteral("manualEmail"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(json.value(QLatin1String("overdue")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("contactId")).toInteger(), 2005);
    QVERIFY(!json.contains(QLatin1String("from")));
}

void TestListTypes::todayCoversTheLocalDay()
{
    // TZ is Europe/Berlin in tests: 23:30 UTC on the 29th is already the 30th there.
    const QDateTime now(QDate(2026, 11, 29), QTime(23, 30), Qt::UTC);
    const TaskFilter filter = TaskFilter::today(now);
    QCOMPARE(filter.from, QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC));
    QCOMPARE(filter.to, QDateTime(QDate(2026, 11, 30), QTime(22, 59, 59), Qt::UTC));
    QCOMPARE(filter.toJson().value(QLatin1String("from")).toString(), QStringLiteral("2026-11-29T23:00:00Z"));
}

void TestListTypes::thisWeekStartsOnTheLocaleFirstDay()
{
    const QDateTime wednesday(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    const TaskFilter monday = TaskFilter::thisWeek(wednesday, Qt::Monday);
    QCOMPARE(monday.from.toLocalTime().date(), QDate(2026, 11, 30));
    QCOMPARE(monday.to.toLocalTime().date(), QDate(2026, 12, 6));
    const TaskFilter sunday = TaskFilter::thisWeek(wednesday, Qt::Sunday);
    QCOMPARE(sunday.from.toLocalTime().date(), QDate(2026, 11, 29));
}

void TestListTypes::dayRangesCoverWholeLocalDays_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    const auto utc = [](int month, int day, int hour, int minute = 0, int second = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
    };
    // Berlin is UTC+1 in winter and UTC+2 in summer; summer time ends on 25 October 2026.
    QTest::newRow("today") << QStringLiteral("today") << utc(12, 2, 11) << utc(12, 1, 23)
                           << utc(12, 2, 22, 59, 59);
    QTest::newRow("tomorrow") << QStringLiteral("tomorrow") << utc(12, 2, 11) << utc(12, 2, 23)
                              << utc(12, 3, 22, 59, 59);
    QTest::newRow("tomorrow, late in the evening UTC")
        << QStringLiteral("tomorrow") << utc(12, 2, 23, 30) << utc(12, 3, 23) << utc(12, 4, 22, 59, 59);
    QTest::newRow("tomorrow, over the change to winter time")
        << QStringLiteral("tomorrow") << utc(10, 24, 12) << utc(10, 24, 22) << utc(10, 25, 22, 59, 59);
    QTest::newRow("next 7 days") << QStringLiteral("next7") << utc(12, 2, 11) << utc(12, 1, 23)
                                 << utc(12, 8, 22, 59, 59);
    QTest::newRow("next 7 days, over the change to winter time")
        << QStringLiteral("next7") << utc(10, 22, 12) << utc(10, 21, 22) << utc(10, 28, 22, 59, 59);
}

void TestListTypes::dayRangesCoverWholeLocalDays()
{
    QFETCH(QString, range);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const TaskFilter filter = range == QLatin1String("today") ? TaskFilter::today(now)
        : range == QLatin1String("tomorrow")                  ? TaskFilter::tomorrow(now)
                                                              : TaskFilter::nextSevenDays(now);
    QCOMPARE(filter.from, from);
    QCOMPARE(filter.to, to);
}

void TestListTypes::variablesAreFound()
{
    const auto matches = TemplateVariables::find(QStringLiteral("Hi {{firstName}}, {{ company }} and {{bad"));
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).name, QStringLiteral("firstName"));
    QCOMPARE(matches.at(0).start, 3);
    QCOMPARE(matches.at(0).length, 13);
    QCOMPARE(matches.at(1).name, QStringLiteral("company"));
}

void TestListTypes::renderFillsKnownAndKeepsUnknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("known") << QStringLiteral("Hi {{firstName}} at {{company}}")
                           << QStringLiteral("Hi Dana at Acme");
    QTest::newRow("case-insensitive") << QStringLiteral("{{FirstName}}") << QStringLiteral("Dana");
    QTest::newRow("custom field") << QStringLiteral("{{plan}}") << QStringLiteral("Gold");
    QTest::newRow("unknown stays") << QStringLiteral("{{shoeSize}}") << QStringLiteral("{{shoeSize}}");
    QTest::newRow("empty value") << QStringLiteral("[{{city}}]") << QStringLiteral("[]");
    QTest::newRow("no variables") << QStringLiteral("plain") << QStringLiteral("plain");
}

void TestListTypes::renderFillsKnownAndKeepsUnknown()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Contact contact;
    contact.firstName = QStringLiteral("Dana");
    contact.company = QStringLiteral("Acme");
    contact.customFields = {{QStringLiteral("plan"), QStringLiteral("Gold")}};
    QCOMPARE(TemplateVariables::render(text, contact), expected);
}

void TestListTypes::renderEscapesValuesForHtml()
{
    Contact contact;
    contact.company = QStringLiteral("A&B <Labs>");
    QCOMPARE(TemplateVariables::render(QStringLiteral("<p>{{company}}</p>"), contact, true),
        QStringLiteral("<p>A&amp;B &lt;Labs&gt;</p>"));
}

QTEST_MAIN(TestListTypes)
#include "tst_listtypes.moc"
