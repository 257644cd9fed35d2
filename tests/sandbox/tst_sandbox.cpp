// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tst_sandbox.h"

#include <QTest>

using namespace sandboxtest;

void tst_Sandbox::init()
{
    m_server = std::make_unique<TestSandbox>();
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void tst_Sandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_Sandbox::seed_hasTheDocumentedFixtures()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList types = {QStringLiteral("toDo"), QStringLiteral("call"), QStringLiteral("meeting"),
        QStringLiteral("linkedIn"), QStringLiteral("manualEmail"), QStringLiteral("sms"),
        QStringLiteral("whatsApp")};
    for (int id = 1; id <= 7; ++id) {
        const QJsonObject t = *m_server->task(id);
        QCOMPARE(t.value(QLatin1String("taskType")).toString(), types.at(id - 1));
        QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QCOMPARE(t.value(QLatin1String("creationSource")).toString(), QStringLiteral("user"));
        QVERIFY(utc(t.value(QLatin1String("dueTo"))) > now.addSecs(-60));
        QVERIFY(t.value(QLatin1String("dueTo")).toString().endsWith(QLatin1Char('Z')));
        // "Due later today" in the user's day, unless the day is nearly over.
        const QDateTime endOfDay(now.toLocalTime().date(), QTime(23, 50));
        if (now.toLocalTime() < endOfDay)
            QCOMPARE(utc(t.value(QLatin1String("dueTo"))).toLocalTime().date(), now.toLocalTime().date());
    }
    QCOMPARE(
        m_server->task(4)->value(QLatin1String("linkedInTaskType")).toString(), QStringLiteral("message"));
    QVERIFY(m_server->task(5)
                ->value(QLatin1String("template"))
                .toObject()
                .value(QLatin1String("body"))
                .toString()
                .contains(QLatin1String("<ul><li>")));
    const QJsonObject seq = *m_server->task(8);
    QCOMPARE(seq.value(QLatin1String("creationSource")).toString(), QStringLiteral("sequence"));
    QCOMPARE(seq.value(QLatin1String("linkedInTaskType")).toString(), QStringLiteral("connect"));
    QCOMPARE(
        seq.value(QLatin1String("sequenceStepDisplayName")).toString(), QStringLiteral("Step 2 - LinkedIn"));
    QCOMPARE(m_server->task(9)->value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QVERIFY(m_server->task(9)->value(QLatin1String("finishedAt")).isString());
    QCOMPARE(m_server->task(10)->value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    const QJsonObject t42 = *m_server->task(42);
    QCOMPARE(t42.value(QLatin1String("taskType")).toString(), QStringLiteral("call"));
    QCOMPARE(t42.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(t42.value(QLatin1String("creationSource")).toString(), QStringLiteral("user"));
    QVERIFY(m_server->task(320));
    QVERIFY(!m_server->task(321));

    // Deterministic: a second sandbox has the same generated tasks (apart from clock-relative dates).
    TestSandbox other;
    for (qint64 id : {11, 77, 150, 320}) {
        QCOMPARE(other.task(id)->value(QLatin1String("taskType")),
            m_server->task(id)->value(QLatin1String("taskType")));
        QCOMPARE(other.task(id)->value(QLatin1String("contactId")),
            m_server->task(id)->value(QLatin1String("contactId")));
    }
}

void tst_Sandbox::auth_acceptsEitherHeader()
{
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::XApiKey).status, 200);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::Bearer).status, 200);
}

void tst_Sandbox::auth_missingOrWrongKey_is401WithEmptyBody()
{
    for (const auto &r : {m_client->send("GET", QStringLiteral("/v3/tasks/1"), {}, Auth::None),
             m_client->send("GET", QStringLiteral("/v3/tasks/1"), {}, Auth::Bearer, QStringLiteral("nope")),
             m_client->send(
                 "GET", QStringLiteral("/v3/tasks/1"), {}, Auth::XApiKey, QStringLiteral("nope"))}) {
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("Content-Length"), QByteArray("0"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    }
    m_server->setApiKey(QStringLiteral("other-key"));
    QCOMPARE(
        m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::Bearer, QStringLiteral("other-key"))
            .status,
        200);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami")).status, 401);
}

void tst_Sandbox::auth_disabledHeaderIsRejected()
{
    m_server->setAcceptedAuthHeaders(TestSandbox::Bearer);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::XApiKey).status, 401);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::Bearer).status, 200);
    m_server->setAcceptedAuthHeaders(TestSandbox::XApiKey);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::Bearer).status, 401);
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::XApiKey).status, 200);
}

void tst_Sandbox::whoami_andTeamUsers()
{
    const auto me = m_client->get(QStringLiteral("/v3/whoami"));
    QCOMPARE(me.object().value(QLatin1String("userId")).toInteger(), 1001);
    QCOMPARE(me.object().value(QLatin1String("username")).toString(), QStringLiteral("Alex Morgan"));
    QCOMPARE(me.object().value(QLatin1String("teamId")).toInteger(), 501);
    const auto team = m_client->get(QStringLiteral("/v3/whoami/team-users"));
    QCOMPARE(team.status, 200);
    QCOMPARE(team.array().size(), 4);
    QCOMPARE(team.array().at(3).toObject().value(QLatin1String("userName")).toString(), str("Maria García"));
}

void tst_Sandbox::getTask_withAndWithoutContent()
{
    const auto plain = m_client->get(QStringLiteral("/v3/tasks/5"));
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.header("Content-Type").startsWith("application/json"));
    QVERIFY(plain.object().value(QLatin1String("content")).isNull());
    QVERIFY(plain.object()
                .value(QLatin1String("template"))
                .toObject()
                .value(QLatin1String("body"))
                .toString()
                .contains(QLatin1String("{{firstName}}")));
    QCOMPARE(plain.object(), *m_server->task(5));

    const auto rendered = m_client->get(QStringLiteral("/v3/tasks/5?includeContent=true"));
    const QJsonObject content = rendered.object().value(QLatin1String("content")).toObject();
    const qint64 contactId = rendered.object().value(QLatin1String("contactId")).toInteger();
    const auto contact = m_client->get(QStringLiteral("/v3/contacts/%1").arg(contactId)).object();
    QVERIFY(!content.value(QLatin1String("body")).toString().contains(QLatin1String("{{")));
    QVERIFY(content.value(QLatin1String("body"))
                .toString()
                .contains(contact.value(QLatin1String("firstName")).toString()));
    QVERIFY(content.value(QLatin1String("subject"))
                .toString()
                .contains(contact.value(QLatin1String("company")).toString()));
    // Delivery info follows the type: e-mail for manualEmail, phone for call, nothing for a to-do.
    QCOMPARE(rendered.object().value(QLatin1String("deliveryInfo")).toObject().value(QLatin1String("email")),
        contact.value(QLatin1String("email")));
    QVERIFY(m_server->task(2)
                ->value(QLatin1String("deliveryInfo"))
                .toObject()
                .value(QLatin1String("phoneNumber"))
                .isString());
    QVERIFY(m_server->task(1)->value(QLatin1String("deliveryInfo")).isNull());
}

void tst_Sandbox::getTask_unknownOrInvalidId()
{
    const auto missing = m_client->get(QStringLiteral("/v3/tasks/99999"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(missing.code(), QStringLiteral("task.notFound"));
    QCOMPARE(missing.object().value(QLatin1String("detail")).toString(),
        QStringLiteral("Task with ID 99999 not found or insufficient permissions."));
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3")}) {
        const auto r = m_client->get(QStringLiteral("/v3/tasks/") + bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.pointers(), QStringList {QStringLiteral("id")});
    }
}

void tst_Sandbox::contacts_lookUp()
{
    const QJsonObject known = m_client->get(QStringLiteral("/v3/contacts/2001")).object();
    QCOMPARE(known.value(QLatin1String("id")).toInteger(), 2001);
    for (const char *field : {"email", "firstName", "lastName", "phone", "title", "company", "city",
             "country", "timeZoneId", "linkedInUrl"})
        QVERIFY2(known.contains(QLatin1String(field)), field);
    const QString email = known.value(QLatin1String("email")).toString();
    const auto found = m_client->get(QStringLiteral("/v3/contacts?email=") + email.toUpper());
    QCOMPARE(found.items().size(), 1);
    QCOMPARE(found.items().at(0).toObject(), known);
    QVERIFY(m_client->get(QStringLiteral("/v3/contacts?email=nobody@example.com")).items().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v3/contacts?top=1000")).items().size(), 60);
    const auto missing = m_client->get(QStringLiteral("/v3/contacts/1"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("contact.notFound"));
}

void tst_Sandbox::routes_unknownAnd405()
{
    const auto unknown = m_client->get(QStringLiteral("/v3/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(QLatin1String("detail")).toString(), QStringLiteral("Route not found"));
    QVERIFY(unknown.code().isEmpty());
    const auto wrongMethod = m_client->send("PATCH", QStringLiteral("/v3/tasks/42"), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/filter")).status, 405);
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/")).status, 200); // trailing slash
}

QTEST_GUILESS_MAIN(tst_Sandbox)
