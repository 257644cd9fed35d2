// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tst_sandbox.h"

#include <QTest>

using namespace sandboxtest;

void tst_Sandbox::putTask_replacesInFull()
{
    QJsonObject body = validBody();
    body.insert(QStringLiteral("taskType"), 2); // legacy integer for "call"
    body.insert(QStringLiteral("startAt"), QStringLiteral("2030-05-01T11:00:00+02:00"));
    body.insert(QStringLiteral("dueTo"), QStringLiteral("2030-05-01T10:00:00")); // no offset: UTC
    body.insert(QStringLiteral("template"),
        QJsonObject {{QStringLiteral("body"), QStringLiteral("<p>New body</p>")},
            {QStringLiteral("attachmentIdList"), QJsonArray {1, 2}}});
    const auto r = m_client->put(QStringLiteral("/v3/tasks/42"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.object();
    QCOMPARE(t, *m_server->task(42));
    QCOMPARE(t.value(QLatin1String("taskType")).toString(), QStringLiteral("call"));
    QCOMPARE(t.value(QLatin1String("startAt")).toString(), QStringLiteral("2030-05-01T09:00:00Z"));
    QCOMPARE(t.value(QLatin1String("dueTo")).toString(), QStringLiteral("2030-05-01T10:00:00Z"));
    QCOMPARE(t.value(QLatin1String("contactId")).toInteger(), 2010);
    const QJsonObject tmpl = t.value(QLatin1String("template")).toObject();
    QCOMPARE(tmpl.value(QLatin1String("body")).toString(), QStringLiteral("<p>New body</p>"));
    QVERIFY(tmpl.value(QLatin1String("subject")).isNull());
    QVERIFY(tmpl.value(QLatin1String("attachmentIdList")).isNull()); // read-only: input ignored

    // Omitted optional fields are cleared.
    body.remove(QStringLiteral("contactId"));
    QCOMPARE(m_client->put(QStringLiteral("/v3/tasks/42"), body).status, 200);
    QVERIFY(m_server->task(42)->value(QLatin1String("contactId")).isNull());
}

void tst_Sandbox::putTask_rejectsBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    auto with = [](const char *field, const QJsonValue &value) {
        QJsonObject b = validBody();
        if (value.isUndefined())
            b.remove(QLatin1String(field));
        else
            b.insert(QLatin1String(field), value);
        return QJsonDocument(b).toJson(QJsonDocument::Compact);
    };
    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("empty body") << QByteArray(" ") << QString();
    QTest::newRow("invalid JSON") << QByteArray("{\"taskType\": ") << QString();
    QTest::newRow("array body") << QByteArray("[1]") << QString();
    QTest::newRow("taskType missing") << with("taskType", gone) << QStringLiteral("/taskType");
    QTest::newRow("taskType unknown")
        << with("taskType", QStringLiteral("fax")) << QStringLiteral("/taskType");
    QTest::newRow("taskType legacy gap") << with("taskType", 3) << QStringLiteral("/taskType");
    QTest::newRow("startAt missing") << with("startAt", gone) << QStringLiteral("/startAt");
    QTest::newRow("startAt garbage") << with("startAt", QStringLiteral("tomorrow"))
                                     << QStringLiteral("/startAt");
    QTest::newRow("startAt before 2015")
        << with("startAt", QStringLiteral("2014-12-31T23:59:59Z")) << QStringLiteral("/startAt");
    QTest::newRow("dueTo missing") << with("dueTo", gone) << QStringLiteral("/dueTo");
    QTest::newRow("dueTo before startAt")
        << with("dueTo", QStringLiteral("2030-05-01T08:00:00Z")) << QStringLiteral("/dueTo");
    QTest::newRow("dueTo equals startAt")
        << with("dueTo", QStringLiteral("2030-05-01T09:00:00Z")) << QStringLiteral("/dueTo");
    QTest::newRow("template missing") << with("template", gone) << QStringLiteral("/template");
    QTest::newRow("template body blank")
        << with("template", QJsonObject {{QStringLiteral("body"), QStringLiteral("  ")}})
        << QStringLiteral("/template/body");
    QTest::newRow("template body missing")
        << with("template", QJsonObject {}) << QStringLiteral("/template/body");
    QTest::newRow("contactId zero") << with("contactId", 0) << QStringLiteral("/contactId");
    QTest::newRow("contactId text") << with("contactId", QStringLiteral("12"))
                                    << QStringLiteral("/contactId");
    QTest::newRow("contactId unknown") << with("contactId", 999999) << QStringLiteral("/contactId");
    QTest::newRow("linkedInTaskType on a call")
        << with("linkedInTaskType", QStringLiteral("connect")) << QStringLiteral("/linkedInTaskType");
    QTest::newRow("linkedInTaskType unknown")
        << with("linkedInTaskType", QStringLiteral("poke")) << QStringLiteral("/linkedInTaskType");
}

void tst_Sandbox::putTask_rejectsBadBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    const QJsonObject before = *m_server->task(42);
    const auto r = m_client->send("PUT", QStringLiteral("/v3/tasks/42"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(r.object().value(QLatin1String("title")).toString(), QStringLiteral("Validation failed"));
    QCOMPARE(r.object().value(QLatin1String("status")).toInt(), 400);
    QCOMPARE(r.pointers(), QStringList {pointer});
    QVERIFY(!r.object()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("detail"))
                 .toString()
                 .isEmpty());
    QCOMPARE(*m_server->task(42), before);
}

void tst_Sandbox::putTask_reportsSeveralErrorsTogether()
{
    QJsonObject body = validBody();
    body.remove(QStringLiteral("taskType"));
    body.insert(QStringLiteral("dueTo"), QStringLiteral("2020-01-01T00:00:00Z"));
    body.insert(QStringLiteral("template"), QJsonObject {{QStringLiteral("body"), QString()}});
    const auto r = m_client->put(QStringLiteral("/v3/tasks/42"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.pointers(),
        (QStringList {
            QStringLiteral("/taskType"), QStringLiteral("/dueTo"), QStringLiteral("/template/body")}));
    const QJsonObject due = r.object().value(QLatin1String("errors")).toArray().at(1).toObject();
    QCOMPARE(
        due.value(QLatin1String("detail")).toString(), QStringLiteral("'dueTo' must be after 'startAt'."));
}

void tst_Sandbox::putTask_onlyNewTasksCanChange()
{
    QJsonObject body = validBody();
    body.insert(QStringLiteral("taskType"), QStringLiteral("manualEmail"));
    const auto r = m_client->put(QStringLiteral("/v3/tasks/9"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("task.unknown"));
    QCOMPARE(r.object().value(QLatin1String("detail")).toString(),
        QStringLiteral("Only tasks with 'New' status can be edited."));
    QCOMPARE(m_client->put(QStringLiteral("/v3/tasks/10"), body).code(), QStringLiteral("task.unknown"));
}

void tst_Sandbox::putTask_sequenceTaskKeepsTypeAndContact()
{
    const QJsonObject seq = *m_server->task(8);
    QJsonObject body = validBody();
    body.insert(QStringLiteral("taskType"), QStringLiteral("linkedIn"));
    body.insert(QStringLiteral("linkedInTaskType"), QStringLiteral("connect"));
    body.insert(QStringLiteral("contactId"), seq.value(QLatin1String("contactId")));
    QCOMPARE(m_client->put(QStringLiteral("/v3/tasks/8"), body).status, 200);

    QJsonObject otherType = body;
    otherType.insert(QStringLiteral("taskType"), QStringLiteral("call"));
    otherType.remove(QStringLiteral("linkedInTaskType"));
    QCOMPARE(m_client->put(QStringLiteral("/v3/tasks/8"), otherType).code(), QStringLiteral("task.unknown"));
    QJsonObject otherContact = body;
    otherContact.insert(QStringLiteral("contactId"), 2050);
    const auto r = m_client->put(QStringLiteral("/v3/tasks/8"), otherContact);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("task.unknown"));
    QCOMPARE(m_server->task(8)->value(QLatin1String("contactId")), seq.value(QLatin1String("contactId")));
}

void tst_Sandbox::putTask_unknownId_is404()
{
    const auto r = m_client->put(QStringLiteral("/v3/tasks/4242"), validBody());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), QStringLiteral("task.notFound"));
    QCOMPARE(m_client->put(QStringLiteral("/v3/tasks/x"), validBody()).pointers(),
        QStringList {QStringLiteral("id")});
}

void tst_Sandbox::create_returns201()
{
    const auto r = m_client->post(QStringLiteral("/v3/tasks"), validBody());
    QCOMPARE(r.status, 201);
    const QJsonObject t = r.object();
    const qint64 id = t.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 320);
    QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(t.value(QLatin1String("creationSource")).toString(), QStringLiteral("user"));
    QCOMPARE(t.value(QLatin1String("assignedUserId")).toInteger(), 1001);
    QCOMPARE(r.header("Location"), "/v3/tasks/" + QByteArray::number(id));
    QCOMPARE(t, *m_server->task(id));
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/%1").arg(id)).object(), t);

    QJsonObject noContact = validBody();
    noContact.remove(QStringLiteral("contactId"));
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks"), noContact).pointers(),
        QStringList {QStringLiteral("/contactId")});
    noContact.insert(QStringLiteral("taskType"), QStringLiteral("toDo"));
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks"), noContact).status, 201);
}
