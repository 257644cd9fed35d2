// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tst_sandbox.h"

#include <QTest>

#include <algorithm>

using namespace sandboxtest;

void tst_Sandbox::list_pagesToTheEnd()
{
    const auto all = m_client->get(QStringLiteral("/v3/tasks?top=1000"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.object().value(QLatin1String("hasMore")).toBool(), false);
    const qsizetype total = all.items().size();
    QVERIFY(total > 250);
    for (const QJsonValue &v : all.items()) {
        const QString status = v.toObject().value(QLatin1String("status")).toString();
        QVERIFY(status != QLatin1String("cancelled") && status != QLatin1String("archived"));
    }
    const QJsonObject first = all.items().at(0).toObject();
    for (const char *field : {"id", "taskType", "status", "linkedInTaskType", "assignedUserId", "contact",
             "startAt", "dueTo", "finishedAt", "isScheduled", "sequenceId", "sequenceStepId"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QVERIFY(first.value(QLatin1String("contact")).toObject().value(QLatin1String("fullName")).isString());

    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks")).items().size(), 25); // default page
    qsizetype seen = 0;
    bool hasMore = true;
    int pages = 0;
    while (hasMore) {
        const auto page = m_client->get(QStringLiteral("/v3/tasks?top=100&skip=%1").arg(seen));
        QCOMPARE(page.status, 200);
        seen += page.items().size();
        hasMore = page.object().value(QLatin1String("hasMore")).toBool();
        QVERIFY(++pages <= 10);
    }
    QCOMPARE(seen, total);
    const auto beyond = m_client->get(QStringLiteral("/v3/tasks?top=10&skip=%1").arg(total));
    QVERIFY(beyond.items().isEmpty());
    QCOMPARE(beyond.object().value(QLatin1String("hasMore")).toBool(), false);
}

void tst_Sandbox::list_rejectsBadPaging()
{
    const auto top = m_client->get(QStringLiteral("/v3/tasks?top=0"));
    QCOMPARE(top.status, 400);
    QCOMPARE(top.code(), QStringLiteral("task.invalidPagination"));
    QCOMPARE(top.pointers(), QStringList {QStringLiteral("top")});
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/tasks?top=1001")).pointers(), QStringList {QStringLiteral("top")});
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/tasks?skip=-1")).pointers(), QStringList {QStringLiteral("skip")});
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks/filter?top=abc"), {}).pointers(),
        QStringList {QStringLiteral("top")});
}

void tst_Sandbox::filter_byTypeStatusOverdueAndDates()
{
    const QString filter = QStringLiteral("/v3/tasks/filter?top=1000");
    const auto calls = m_client->post(filter, {{QStringLiteral("taskType"), QStringLiteral("call")}});
    QCOMPARE(calls.status, 200);
    QVERIFY(!calls.items().isEmpty());
    for (const QJsonValue &v : calls.items())
        QCOMPARE(v.toObject().value(QLatin1String("taskType")).toString(), QStringLiteral("call"));
    // Legacy integers filter the same.
    QCOMPARE(m_client->post(filter, {{QStringLiteral("taskType"), 2}}).items(), calls.items());

    const auto finished = m_client->post(filter, {{QStringLiteral("status"), QStringLiteral("finished")}});
    QVERIFY(!finished.items().isEmpty());
    for (const QJsonValue &v : finished.items())
        QVERIFY(v.toObject().value(QLatin1String("finishedAt")).isString());

    const auto overdue = m_client->post(filter, {{QStringLiteral("overdue"), true}});
    const QDateTime now = QDateTime::currentDateTimeUtc(); // read after the server's own "now"
    QVERIFY(!overdue.items().isEmpty());
    for (const QJsonValue &v : overdue.items()) {
        QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QVERIFY(utc(v.toObject().value(QLatin1String("dueTo"))) < now);
    }
    const auto everything = m_client->post(filter, QJsonObject {});
    const auto notOverdue = m_client->post(filter, {{QStringLiteral("overdue"), false}});
    QCOMPARE(overdue.items().size() + notOverdue.items().size(), everything.items().size());

    const QString from = now.addDays(-1).toString(Qt::ISODate);
    const QString to = now.addDays(2).toString(Qt::ISODate);
    const auto window = m_client->post(filter, {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    QVERIFY(!window.items().isEmpty());
    QVERIFY(window.items().size() < everything.items().size());
    for (const QJsonValue &v : window.items()) {
        const QDateTime start = utc(v.toObject().value(QLatin1String("startAt")));
        QVERIFY(start >= now.addDays(-1).addSecs(-1) && start <= now.addDays(2));
    }
    const auto backwards
        = m_client->post(filter, {{QStringLiteral("from"), to}, {QStringLiteral("to"), from}});
    QCOMPARE(backwards.status, 400);
    QCOMPARE(backwards.pointers(), QStringList {QStringLiteral("/to")});
    QCOMPARE(m_client->post(filter, {{QStringLiteral("status"), QStringLiteral("done")}}).pointers(),
        QStringList {QStringLiteral("/status")});
    QCOMPARE(m_client->send("POST", filter).pointers(), QStringList {QString()});

    const auto mine = m_client->post(filter, {{QStringLiteral("assignedUserId"), 1002}});
    for (const QJsonValue &v : mine.items())
        QCOMPARE(v.toObject().value(QLatin1String("assignedUserId")).toInteger(), 1002);
    const auto cancelled = m_client->post(filter, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    // Cancelled tasks have left the plain lists but can still be asked for by status.
    const auto hasTen = [](const QJsonArray &items) {
        return std::any_of(items.begin(), items.end(),
            [](const QJsonValue &v) { return v.toObject().value(QLatin1String("id")).toInteger() == 10; });
    };
    QVERIFY(hasTen(cancelled.items()));
    QVERIFY(!hasTen(everything.items()));
}

void tst_Sandbox::delete_cancelsOrArchives()
{
    const auto gone = m_client->send("DELETE", QStringLiteral("/v3/tasks/1"));
    QCOMPARE(gone.status, 204);
    QVERIFY(gone.body.isEmpty());
    QCOMPARE(gone.header("Content-Length"), QByteArray("0"));
    QCOMPARE(m_server->task(1)->value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    const QJsonArray listed = m_client->get(QStringLiteral("/v3/tasks?top=5")).items();
    QVERIFY(listed.at(0).toObject().value(QLatin1String("id")).toInteger() != 1);

    const auto again = m_client->send("DELETE", QStringLiteral("/v3/tasks/1"));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), QStringLiteral("task.unknown"));
    QCOMPARE(again.object().value(QLatin1String("detail")).toString(),
        QStringLiteral("Task cannot be deleted in its current state."));

    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v3/tasks/9")).status, 204);
    QCOMPARE(m_server->task(9)->value(QLatin1String("status")).toString(), QStringLiteral("archived"));
    QCOMPARE(
        m_client->send("DELETE", QStringLiteral("/v3/tasks/77777")).code(), QStringLiteral("task.notFound"));
}

void tst_Sandbox::complete_andExecute()
{
    const auto done
        = m_client->post(QStringLiteral("/v3/tasks/2/complete"), {{QStringLiteral("callResolution"), 0}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.object().value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QVERIFY(
        qAbs(utc(done.object().value(QLatin1String("finishedAt"))).secsTo(QDateTime::currentDateTimeUtc()))
        < 60);
    const auto twice = m_client->post(QStringLiteral("/v3/tasks/2/complete"), {});
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.code(), QStringLiteral("task.cannotComplete"));
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks/3/complete"), {{QStringLiteral("callResolution"), 7}})
                 .pointers(),
        QStringList {QStringLiteral("/callResolution")});

    const auto sent = m_client->post(QStringLiteral("/v3/tasks/6/execute"), {});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.object().value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    // A finished task keeps only its final, rendered text.
    QVERIFY(!sent.object()
                 .value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString()
                 .contains(QLatin1String("{{")));
    const auto custom = m_client->post(QStringLiteral("/v3/tasks/5/execute"),
        {{QStringLiteral("content"),
            QJsonObject {{QStringLiteral("body"), QStringLiteral("<p>Sent</p>")},
                {QStringLiteral("subject"), QStringLiteral("Hi")}}}});
    QCOMPARE(
        custom.object().value(QLatin1String("template")).toObject().value(QLatin1String("body")).toString(),
        QStringLiteral("<p>Sent</p>"));

    const auto todo = m_client->post(QStringLiteral("/v3/tasks/1/execute"), {});
    QCOMPARE(todo.status, 400);
    QCOMPARE(todo.pointers(), QStringList {QString()});
    QCOMPARE(todo.object()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("detail"))
                 .toString(),
        QStringLiteral("Task type does not support execution."));
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks/9/execute"), {}).status, 409);
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks/99999/complete"), {}).status, 404);
}

void tst_Sandbox::batch_reportsOnlyFailures()
{
    const auto deleted = m_client->post(
        QStringLiteral("/v3/tasks/bulk-delete"), {{QStringLiteral("ids"), QJsonArray {1, 99999}}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().keys(), QStringList {QStringLiteral("99999")});
    QCOMPARE(
        deleted.object().value(QLatin1String("99999")).toObject().value(QLatin1String("error")).toString(),
        QStringLiteral("notFound"));
    QCOMPARE(m_server->task(1)->value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));

    const auto completed = m_client->post(
        QStringLiteral("/v3/tasks/batch/complete"), {{QStringLiteral("ids"), QJsonArray {2, 9, 88888}}});
    QCOMPARE(completed.status, 200);
    const QJsonObject failures = completed.object();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.value(QLatin1String("9")).toObject().value(QLatin1String("error")).toString(),
        QStringLiteral("cannotComplete"));
    QCOMPARE(failures.value(QLatin1String("88888")).toObject().value(QLatin1String("error")).toString(),
        QStringLiteral("notFound"));
    QVERIFY(failures.value(QLatin1String("9")).toObject().value(QLatin1String("errorDetails")).isString());
    QCOMPARE(m_server->task(2)->value(QLatin1String("status")).toString(), QStringLiteral("finished"));

    QJsonArray tooMany;
    for (int i = 1; i <= 101; ++i)
        tooMany.append(i);
    for (const QJsonArray &ids : {tooMany, QJsonArray {}}) {
        for (const char *path :
            {"/v3/tasks/bulk-delete", "/v3/tasks/batch/complete", "/v3/tasks/batch/assign"}) {
            const auto r = m_client->post(
                QLatin1String(path), {{QStringLiteral("ids"), ids}, {QStringLiteral("userId"), 1002}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.pointers(), QStringList {QStringLiteral("/ids")});
            QCOMPARE(r.object()
                         .value(QLatin1String("errors"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("detail"))
                         .toString(),
                QStringLiteral("'ids' must contain between 1 and 100 items."));
        }
    }
    QCOMPARE(m_server->task(7)->value(QLatin1String("status")).toString(),
        QStringLiteral("new")); // nothing happened

    const auto outsider = m_client->post(QStringLiteral("/v3/tasks/batch/assign"),
        {{QStringLiteral("ids"), QJsonArray {3, 4}}, {QStringLiteral("userId"), 7}});
    QCOMPARE(outsider.status, 403);
    QCOMPARE(outsider.code(), QStringLiteral("task.forbidden"));
    QCOMPARE(m_server->task(3)->value(QLatin1String("assignedUserId")).toInteger(), 1001);

    const auto legacy = m_client->post(QStringLiteral("/v3/tasks/batch/assign"),
        {{QStringLiteral("ids"), QJsonArray {3, 4, 55555}}, {QStringLiteral("assignedUserId"), 1003}});
    QCOMPARE(legacy.status, 200);
    QCOMPARE(legacy.object().keys(), QStringList {QStringLiteral("55555")});
    QCOMPARE(m_server->task(4)->value(QLatin1String("assignedUserId")).toInteger(), 1003);
}

void tst_Sandbox::assign_singleTask()
{
    const auto r
        = m_client->put(QStringLiteral("/v3/tasks/42/assigned-user"), {{QStringLiteral("userId"), 1004}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("assignedUserId")).toInteger(), 1004);
    const auto outsider
        = m_client->put(QStringLiteral("/v3/tasks/42/assigned-user"), {{QStringLiteral("userId"), 7}});
    QCOMPARE(outsider.status, 403);
    QCOMPARE(outsider.code(), QStringLiteral("task.forbidden"));
    QCOMPARE(m_client
                 ->put(QStringLiteral("/v3/tasks/42/assigned-user"),
                     {{QStringLiteral("userId"), QStringLiteral("x")}})
                 .pointers(),
        QStringList {QStringLiteral("/userId")});
    QCOMPARE(m_server->task(42)->value(QLatin1String("assignedUserId")).toInteger(), 1004);
}
