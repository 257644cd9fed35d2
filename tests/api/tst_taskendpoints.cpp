// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The single-task endpoints of ReplyClient over the wire against the loopback sandbox: one success and
// one documented failure each, paging to the last page, and the filters. Plain HTTP on 127.0.0.1, no
// mocks. (Bulk, batch and people endpoints: tst_bulkandpeople.)

#include "api/replyclient.h"
#include "apitestsupport.h"
#include "core/taskcodec.h"
#include "core/taskfilter.h"
#include "sandbox/seedtasks.h"
#include "support/testsandbox.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <memory>

using rte::api::ApiError;
using rte::api::ReplyClient;
using rte::core::Task;
using rte::core::TaskCodec;
using rte::core::TaskListItem;
using rte::core::TaskStatus;
using rte::core::TaskType;
using rte::testsupport::TestSandbox;
using Kind = ApiError::Kind;

using namespace rte::api::test;

class TestTaskEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listTasks_pagesToTheLastPage();
    void filterTasks_byField_data();
    void filterTasks_byField();
    void filterTasks_toBeforeFrom_isValidation();
    void createTask_returnsTheNewTask();
    void createTask_withoutType_pointsAtTheField();
    void deleteTask_cancelsOpenAndArchivesFinished();
    void deleteTask_twice_isRefused();
    void completeTask_sendsResolutionAndFinishes();
    void completeTask_finishedTask_isConflict();
    void executeTask_sendsTheEmail();
    void executeTask_onACallTask_isRefusedOnce();
    void assignTask_toTeammate();
    void assignTask_toOutsider_isForbidden();

private:
    QList<qint64> listedIds() const;
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ReplyClient> m_client;
};

void TestTaskEndpoints::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(TestSandbox::demoApiKey());
}

void TestTaskEndpoints::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QList<qint64> TestTaskEndpoints::listedIds() const
{
    QList<qint64> ids;
    for (qint64 id = 1; id <= rte::sandbox::SeedTasks::LastId; ++id) {
        const QString status = m_sandbox->task(id).value().value(QLatin1String("status")).toString();
        if (status != QLatin1String("cancelled") && status != QLatin1String("archived"))
            ids.append(id);
    }
    return ids;
}

void TestTaskEndpoints::listTasks_pagesToTheLastPage()
{
    const int top = 100;
    QList<qint64> seen;
    bool hasMore = true;
    int pages = 0;
    while (hasMore) {
        QVERIFY(pages < 10);
        Watch watch(m_client->listTasks(top, pages * top));
        QVERIFY(watch.wait());
        QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
        const auto items = watch.succeeded.constFirst().at(0).value<QList<TaskListItem>>();
        hasMore = watch.succeeded.constFirst().at(1).toBool();
        QVERIFY(items.size() <= top);
        if (hasMore)
            QCOMPARE(items.size(), top);
        for (const TaskListItem &item : items) {
            QVERIFY(item.id > 0);
            QVERIFY(item.taskType != TaskType::Unknown);
            seen.append(item.id);
        }
        ++pages;
    }
    QCOMPARE(pages, 4); // 319 listed tasks: 100 + 100 + 100 + 19
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, listedIds());
    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), pages);
    QCOMPARE(recorded.last().query.queryItemValue(QStringLiteral("skip")), QStringLiteral("300"));
    QCOMPARE(recorded.last().query.queryItemValue(QStringLiteral("top")), QStringLiteral("100"));
}

void TestTaskEndpoints::filterTasks_byField_data()
{
    QTest::addColumn<rte::core::TaskFilter>("filter");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rte::core::TaskFilter calls;
    calls.taskType = TaskType::Call;
    rte::core::TaskFilter finished;
    finished.status = TaskStatus::Finished;
    rte::core::TaskFilter overdue;
    overdue.overdue = true;
    rte::core::TaskFilter nextWeek;
    nextWeek.from = now;
    nextWeek.to = now.addDays(7);
    QTest::newRow("type call") << calls;
    QTest::newRow("status finished") << finished;
    QTest::newRow("overdue") << overdue;
    QTest::newRow("starts within a week") << nextWeek;
}

void TestTaskEndpoints::filterTasks_byField()
{
    QFETCH(rte::core::TaskFilter, filter);
    Watch watch(m_client->filterTasks(filter, 1000, 0));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    const auto items = watch.succeeded.constFirst().at(0).value<QList<TaskListItem>>();
    QVERIFY(!items.isEmpty());
    QVERIFY(!watch.succeeded.constFirst().at(1).toBool());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TaskListItem &item : items) {
        if (filter.taskType)
            QCOMPARE(item.taskType, *filter.taskType);
        if (filter.status)
            QCOMPARE(item.status, *filter.status);
        if (filter.overdue)
            QVERIFY(item.isOverdue(now));
        if (filter.from.isValid())
            QVERIFY(item.startAt >= filter.from && item.startAt <= filter.to);
    }
    const auto sent = m_sandbox->requests().constFirst(); // a copy: requests() returns a temporary list
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QStringLiteral("/v3/tasks/filter"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), filter.toJson());
}

void TestTaskEndpoints::filterTasks_toBeforeFrom_isValidation()
{
    rte::core::TaskFilter filter;
    filter.from = QDateTime::currentDateTimeUtc();
    filter.to = filter.from.addDays(-1);
    Watch watch(m_client->filterTasks(filter, 25, 0));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::Validation);
    QCOMPARE(watch.error().fieldProblems().constFirst().pointer, QStringLiteral("/to"));
    QCOMPARE(m_sandbox->requests().size(), 1); // a 400 is never retried
}

void TestTaskEndpoints::createTask_returnsTheNewTask()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    const QJsonObject body {{QStringLiteral("taskType"), QStringLiteral("toDo")},
        {QStringLiteral("startAt"), TaskCodec::dateTimeToWire(start)},
        {QStringLiteral("dueTo"), TaskCodec::dateTimeToWire(start.addSecs(3600))},
        {QStringLiteral("template"),
            QJsonObject {{QStringLiteral("body"), QStringLiteral("Prepare the demo.")}}}};
    Watch watch(m_client->createTask(body));
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    const Task task = watch.succeeded.constFirst().constFirst().value<Task>();
    QVERIFY(task.id > rte::sandbox::SeedTasks::LastId);
    QCOMPARE(task.taskType, TaskType::ToDo);
    QCOMPARE(task.taskTemplate->body, QStringLiteral("Prepare the demo."));
    QVERIFY(m_sandbox->task(task.id).has_value());
    QCOMPARE(QJsonDocument::fromJson(m_sandbox->requests().constFirst().body).object(), body);
}

void TestTaskEndpoints::createTask_withoutType_pointsAtTheField()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    Watch watch(
        m_client->createTask(QJsonObject {{QStringLiteral("startAt"), TaskCodec::dateTimeToWire(start)},
            {QStringLiteral("dueTo"), TaskCodec::dateTimeToWire(start.addSecs(60))},
            {QStringLiteral("template"), QJsonObject {{QStringLiteral("body"), QStringLiteral("x")}}}}));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::Validation);
    bool pointsAtType = false;
    for (const auto &problem : watch.error().fieldProblems())
        pointsAtType = pointsAtType || problem.pointer == QLatin1String("/taskType");
    QVERIFY(pointsAtType);
    QCOMPARE(watch.error().attempts(), 1);
}

void TestTaskEndpoints::deleteTask_cancelsOpenAndArchivesFinished()
{
    for (const auto &[id, status] : {std::pair {qint64(1), "cancelled"}, std::pair {qint64(9), "archived"}}) {
        Watch watch(m_client->deleteTask(id));
        QVERIFY(watch.wait());
        QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
        QCOMPARE(m_sandbox->task(id)->value(QLatin1String("status")).toString(), QLatin1String(status));
    }
    QCOMPARE(m_sandbox->requests().constFirst().method, QByteArray("DELETE"));
    QVERIFY(!listedIds().contains(1));
}

void TestTaskEndpoints::deleteTask_twice_isRefused()
{
    Watch first(m_client->deleteTask(1));
    QVERIFY(first.wait());
    Watch again(m_client->deleteTask(1));
    QVERIFY(again.wait());
    QCOMPARE(again.error().kind(), Kind::Validation); // Reply reports cannotDelete as 400 task.unknown
    QCOMPARE(again.error().code(), QStringLiteral("task.unknown"));
    Watch missing(m_client->deleteTask(987654));
    QVERIFY(missing.wait());
    QCOMPARE(missing.error().kind(), Kind::NotFound);
    QCOMPARE(missing.error().taskId(), qint64(987654));
}

void TestTaskEndpoints::completeTask_sendsResolutionAndFinishes()
{
    Watch watch(m_client->completeTask(42, 0, true));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    QCOMPARE(watch.succeeded.constFirst().constFirst().value<Task>().status, TaskStatus::Finished);
    const QJsonObject sent = QJsonDocument::fromJson(m_sandbox->requests().constFirst().body).object();
    QCOMPARE(sent.value(QLatin1String("callResolution")).toInt(-1), 0);
    QCOMPARE(sent.value(QLatin1String("finishProspectInSequence")).toBool(), true);

    Watch plain(m_client->completeTask(1));
    QVERIFY(plain.wait());
    QCOMPARE(plain.succeeded.count(), 1);
    QCOMPARE(m_sandbox->requests().last().body, QByteArray("{}"));
}

void TestTaskEndpoints::completeTask_finishedTask_isConflict()
{
    Watch watch(m_client->completeTask(9));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::Conflict);
    QCOMPARE(watch.error().httpStatus(), 409);
    QCOMPARE(watch.error().code(), QStringLiteral("task.cannotComplete"));
    QCOMPARE(watch.error().taskId(), qint64(9));
    QVERIFY(!watch.error().isTransient());
    QCOMPARE(m_sandbox->requests().size(), 1);
}

void TestTaskEndpoints::executeTask_sendsTheEmail()
{
    Watch watch(m_client->executeTask(5));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    const Task task = watch.succeeded.constFirst().constFirst().value<Task>();
    QCOMPARE(task.id, qint64(5));
    QCOMPARE(task.status, TaskStatus::Finished);
    QCOMPARE(m_sandbox->requests().constFirst().body, QByteArray("{}"));
    QCOMPARE(m_sandbox->requests().constFirst().path, QStringLiteral("/v3/tasks/5/execute"));
}

void TestTaskEndpoints::executeTask_onACallTask_isRefusedOnce()
{
    Watch watch(m_client->executeTask(42));
    QVERIFY(watch.wait());
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Validation);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.fieldProblems().constFirst().pointer, QString());
    QVERIFY2(
        error.message().contains(QLatin1String("does not support execution")), qPrintable(error.message()));
    QCOMPARE(m_sandbox->requests().size(), 1);
    QCOMPARE(m_sandbox->task(42)->value(QLatin1String("status")).toString(), QStringLiteral("new"));
}

void TestTaskEndpoints::assignTask_toTeammate()
{
    Watch watch(m_client->assignTask(1, 1002));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.constFirst().constFirst().value<Task>().assignedUserId, qint64(1002));
    QCOMPARE(m_sandbox->task(1)->value(QLatin1String("assignedUserId")).toInteger(), qint64(1002));
    QCOMPARE(m_sandbox->requests().constFirst().method, QByteArray("PUT"));
    QCOMPARE(QJsonDocument::fromJson(m_sandbox->requests().constFirst().body).object(),
        (QJsonObject {{QStringLiteral("userId"), 1002}}));
}

void TestTaskEndpoints::assignTask_toOutsider_isForbidden()
{
    Watch watch(m_client->assignTask(1, 7));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::Forbidden);
    QCOMPARE(watch.error().code(), QStringLiteral("task.forbidden"));
    QVERIFY(watch.error().message().contains(QLatin1String("not a member")));
    QCOMPARE(m_sandbox->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestTaskEndpoints)
#include "tst_taskendpoints.moc"
