// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The bulk and batch task endpoints and the people endpoints (team users, contacts) of ReplyClient over
// the wire against the loopback sandbox: the failure map, local refusal of 0 or 101 ids, look-ups.

#include "api/replyclient.h"
#include "apitestsupport.h"
#include "support/testsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>
#include <memory>

using rte::api::ApiError;
using rte::api::BatchFailure;
using rte::api::ReplyClient;
using rte::core::Contact;
using rte::testsupport::TestSandbox;
using Kind = ApiError::Kind;
using Failures = QMap<qint64, BatchFailure>;

using namespace rte::api::test;

class TestBulkAndPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void batch_reportsOnlyTheFailures();
    void batch_refusesZeroOrTooManyIdsWithoutSending_data();
    void batch_refusesZeroOrTooManyIdsWithoutSending();
    void teamUsers_listsTheTeam();
    void contact_byIdAndByEmail();
    void contact_unknown_isNotFound();

private:
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ReplyClient> m_client;
};

void TestBulkAndPeople::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(TestSandbox::demoApiKey());
}

void TestBulkAndPeople::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestBulkAndPeople::batch_reportsOnlyTheFailures()
{
    const qint64 missing = 987654;
    Watch deleted(m_client->bulkDeleteTasks({1, missing}));
    QVERIFY(deleted.wait());
    auto failures = deleted.succeeded.constFirst().constFirst().value<Failures>();
    QCOMPARE(failures.keys(), (QList<qint64> {missing}));
    QCOMPARE(failures.value(missing).error, QStringLiteral("notFound"));
    QVERIFY(failures.value(missing).details.contains(QString::number(missing)));

    Watch completed(m_client->batchCompleteTasks({2, 9}));
    QVERIFY(completed.wait());
    failures = completed.succeeded.constFirst().constFirst().value<Failures>();
    QCOMPARE(failures.keys(), (QList<qint64> {9}));
    QCOMPARE(failures.value(9).error, QStringLiteral("cannotComplete"));
    QCOMPARE(m_sandbox->task(2)->value(QLatin1String("status")).toString(), QStringLiteral("finished"));

    Watch assigned(m_client->batchAssignTasks({3, 4}, 1003));
    QVERIFY(assigned.wait());
    QVERIFY(assigned.succeeded.constFirst().constFirst().value<Failures>().isEmpty()); // {}: all done
    QCOMPARE(QJsonDocument::fromJson(m_sandbox->requests().last().body).object(),
        (QJsonObject {{QStringLiteral("ids"), QJsonArray {3, 4}}, {QStringLiteral("userId"), 1003}}));
    QCOMPARE(m_sandbox->task(4)->value(QLatin1String("assignedUserId")).toInteger(), qint64(1003));

    Watch outsider(m_client->batchAssignTasks({3, 4}, 7));
    QVERIFY(outsider.wait());
    QCOMPARE(outsider.error().kind(), Kind::Forbidden); // nothing is reassigned
}

void TestBulkAndPeople::batch_refusesZeroOrTooManyIdsWithoutSending_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("none") << 0 << QStringLiteral("at least one");
    QTest::newRow("101") << 101 << QStringLiteral("at most 100");
}

void TestBulkAndPeople::batch_refusesZeroOrTooManyIdsWithoutSending()
{
    QFETCH(int, count);
    QFETCH(QString, mentions);
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(i);
    using Call = std::function<rte::api::TaskBatchRequest *()>;
    const Call calls[]
        = {[&] { return m_client->bulkDeleteTasks(ids); }, [&] { return m_client->batchCompleteTasks(ids); },
            [&] {
                return m_client->batchAssignTasks(ids, 1002);
            }};
    for (const Call &call : calls) {
        Watch watch(call());
        QVERIFY(watch.failed.isEmpty()); // reported from the event loop, after the caller connected
        QVERIFY(watch.wait());
        QCOMPARE(watch.order, (QStringList {QStringLiteral("failed"), QStringLiteral("finished")}));
        const ApiError error = watch.error();
        QCOMPARE(error.kind(), Kind::Validation);
        QCOMPARE(error.httpStatus(), 0);
        QCOMPARE(error.attempts(), 0);
        QCOMPARE(error.fieldProblems().constFirst().pointer, QStringLiteral("/ids"));
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QVERIFY(isPlainWords(error.message()));
    }
    QVERIFY(m_sandbox->requests().isEmpty());
}

void TestBulkAndPeople::teamUsers_listsTheTeam()
{
    Watch watch(m_client->teamUsers());
    QVERIFY(watch.wait());
    const auto users = watch.succeeded.constFirst().constFirst().value<QList<rte::core::TeamUser>>();
    QCOMPARE(users.size(), 4);
    QCOMPARE(users.at(1).userId, qint64(1002));
    QCOMPARE(users.at(1).userName, QStringLiteral("Priya Natarajan"));
    QCOMPARE(users.at(1).teamId, qint64(501));
    QVERIFY(!users.at(1).userEmail.isEmpty());
}

void TestBulkAndPeople::contact_byIdAndByEmail()
{
    Watch byId(m_client->contact(2001));
    QVERIFY(byId.wait());
    const Contact contact = byId.succeeded.constFirst().constFirst().value<Contact>();
    QCOMPARE(contact.id, qint64(2001));
    QVERIFY(contact.email.contains(QLatin1Char('@')));

    Watch byEmail(m_client->findContactsByEmail(contact.email.toUpper()));
    QVERIFY(byEmail.wait());
    const auto found = byEmail.succeeded.constFirst().constFirst().value<QList<Contact>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().id, qint64(2001));

    // A '+' must reach the server as a plus, not as a space.
    Watch plus(m_client->findContactsByEmail(QStringLiteral("sales+eu@example.com")));
    QVERIFY(plus.wait());
    QVERIFY(plus.succeeded.constFirst().constFirst().value<QList<Contact>>().isEmpty());
    QCOMPARE(m_sandbox->requests().last().query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded),
        QStringLiteral("sales+eu@example.com"));
}

void TestBulkAndPeople::contact_unknown_isNotFound()
{
    Watch watch(m_client->contact(99999));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::NotFound);
    QCOMPARE(watch.error().code(), QStringLiteral("contact.notFound"));
    QCOMPARE(m_sandbox->requests().size(), 1); // a 404 is never retried
}

QTEST_GUILESS_MAIN(TestBulkAndPeople)
#include "tst_bulkandpeople.moc"
