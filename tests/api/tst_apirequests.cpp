// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// What each request declares about itself, before anything is sent: verb, path, query, body and its
// effect at Reply (which the retry policy and the callers read). No network: ReplyClient adds only
// the connection, and the over-the-wire tests (tst_taskendpoints, tst_bulkandpeople) check the rest.

#include "api/assigntaskrequest.h"
#include "api/completetaskrequest.h"
#include "api/contactrequest.h"
#include "api/contactsearchrequest.h"
#include "api/createtaskrequest.h"
#include "api/deletetaskrequest.h"
#include "api/executetaskrequest.h"
#include "api/gettaskrequest.h"
#include "api/taskbatchrequest.h"
#include "api/taskpagerequest.h"
#include "api/teamusersrequest.h"
#include "api/updatetaskrequest.h"
#include "api/whoamirequest.h"
#include "core/taskfilter.h"

#include <QJsonDocument>
#include <QtTest>

#include <functional>
#include <memory>

using rte::api::ApiRequest;
using Verb = ApiRequest::Verb;
using Effect = ApiRequest::Effect;
using MakeRequest = std::function<ApiRequest *()>;

Q_DECLARE_METATYPE(MakeRequest)

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request_declaresVerbPathBodyAndEffect_data();
    void request_declaresVerbPathBodyAndEffect();
};

void TestApiRequests::request_declaresVerbPathBodyAndEffect_data()
{
    using namespace rte::api;
    QTest::addColumn<MakeRequest>("make");
    QTest::addColumn<Verb>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body"); // compact JSON; empty: no body at all
    QTest::addColumn<Effect>("effect");
    QTest::addColumn<bool>("read");
    QTest::addColumn<bool>("repeatable");

    const QJsonObject edit {{QStringLiteral("subject"), QStringLiteral("Hi")}};
    rte::core::TaskFilter overdue;
    overdue.overdue = true;
    const QString page = QStringLiteral("top=25&skip=50");

    QTest::newRow("get") << MakeRequest([] { return new GetTaskRequest(42); }) << Verb::Get
                         << QStringLiteral("/v3/tasks/42") << QStringLiteral("includeContent=true")
                         << QByteArray() << Effect::Read << true << true;
    QTest::newRow("list") << MakeRequest([] { return new TaskPageRequest(25, 50); }) << Verb::Get
                          << QStringLiteral("/v3/tasks") << page << QByteArray() << Effect::Read << true
                          << true;
    // A POST that only reads: read and repeatable whatever its verb.
    QTest::newRow("filter") << MakeRequest([overdue] { return new TaskPageRequest(overdue, 25, 50); })
                            << Verb::Post << QStringLiteral("/v3/tasks/filter") << page
                            << QByteArray(R"({"overdue":true})") << Effect::Read << true << true;
    QTest::newRow("update") << MakeRequest([edit] { return new UpdateTaskRequest(42, edit); }) << Verb::Put
                            << QStringLiteral("/v3/tasks/42") << QString()
                            << QByteArray(R"({"subject":"Hi"})") << Effect::Replace << false << true;
    QTest::newRow("assign") << MakeRequest([] { return new AssignTaskRequest(42, 7); }) << Verb::Put
                            << QStringLiteral("/v3/tasks/42/assigned-user") << QString()
                            << QByteArray(R"({"userId":7})") << Effect::Replace << false << true;
    QTest::newRow("create") << MakeRequest([edit] { return new CreateTaskRequest(edit); }) << Verb::Post
                            << QStringLiteral("/v3/tasks") << QString() << QByteArray(R"({"subject":"Hi"})")
                            << Effect::Act << false << false;
    QTest::newRow("complete") << MakeRequest([] { return new CompleteTaskRequest(42); }) << Verb::Post
                              << QStringLiteral("/v3/tasks/42/complete") << QString() << QByteArray("{}")
                              << Effect::Act << false << false;
    QTest::newRow("complete a call") << MakeRequest([] { return new CompleteTaskRequest(42, 2, true); })
                                     << Verb::Post << QStringLiteral("/v3/tasks/42/complete") << QString()
                                     << QByteArray(R"({"callResolution":2,"finishProspectInSequence":true})")
                                     << Effect::Act << false << false;
    QTest::newRow("execute") << MakeRequest([] { return new ExecuteTaskRequest(42); }) << Verb::Post
                             << QStringLiteral("/v3/tasks/42/execute") << QString() << QByteArray("{}")
                             << Effect::Act << false << false;
    QTest::newRow("delete") << MakeRequest([] { return new DeleteTaskRequest(42); }) << Verb::Delete
                            << QStringLiteral("/v3/tasks/42") << QString() << QByteArray() << Effect::Act
                            << false << false;
    QTest::newRow("bulk delete") << MakeRequest([] {
        return new TaskBatchRequest(TaskBatchRequest::Operation::Delete, {1, 2});
    }) << Verb::Post << QStringLiteral("/v3/tasks/bulk-delete")
                                 << QString() << QByteArray(R"({"ids":[1,2]})") << Effect::Act << false
                                 << false;
    QTest::newRow("batch complete") << MakeRequest(
        [] { return new TaskBatchRequest(TaskBatchRequest::Operation::Complete, {3}); })
                                    << Verb::Post << QStringLiteral("/v3/tasks/batch/complete") << QString()
                                    << QByteArray(R"({"ids":[3]})") << Effect::Act << false << false;
    QTest::newRow("batch assign") << MakeRequest(
        [] { return new TaskBatchRequest(TaskBatchRequest::Operation::Assign, {3}, 7); })
                                  << Verb::Post << QStringLiteral("/v3/tasks/batch/assign") << QString()
                                  << QByteArray(R"({"ids":[3],"userId":7})") << Effect::Act << false << false;
    QTest::newRow("whoami") << MakeRequest([] { return new WhoAmIRequest; }) << Verb::Get
                            << QStringLiteral("/v3/whoami") << QString() << QByteArray() << Effect::Read
                            << true << true;
    QTest::newRow("team users") << MakeRequest([] { return new TeamUsersRequest; }) << Verb::Get
                                << QStringLiteral("/v3/whoami/team-users") << QString() << QByteArray()
                                << Effect::Read << true << true;
    QTest::newRow("contact") << MakeRequest([] { return new ContactRequest(9); }) << Verb::Get
                             << QStringLiteral("/v3/contacts/9") << QString() << QByteArray() << Effect::Read
                             << true << true;
    // A '+' is percent-encoded, so the server cannot read it as a space.
    QTest::newRow("contact search") << MakeRequest([] {
        return new ContactSearchRequest(QStringLiteral(" ann+work@example.com "));
    }) << Verb::Get << QStringLiteral("/v3/contacts")
                                    << QStringLiteral("email=ann%2Bwork%40example.com") << QByteArray()
                                    << Effect::Read << true << true;
}

void TestApiRequests::request_declaresVerbPathBodyAndEffect()
{
    QFETCH(MakeRequest, make);
    QFETCH(Verb, verb);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(Effect, effect);
    QFETCH(bool, read);
    QFETCH(bool, repeatable);

    const std::unique_ptr<ApiRequest> request(make()); // never started: nothing is sent
    QCOMPARE(request->verb(), verb);
    QCOMPARE(request->path(), path);
    QCOMPARE(request->query().toString(QUrl::FullyEncoded), query);
    QCOMPARE(request->body().has_value(), !body.isEmpty());
    if (request->body())
        QCOMPARE(QJsonDocument(*request->body()).toJson(QJsonDocument::Compact), body);
    QCOMPARE(request->effect(), effect);
    QCOMPARE(request->isRead(), read);
    QCOMPARE(request->isRepeatable(), repeatable);
    QVERIFY(!request->isStarted());
    QVERIFY(request->url().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
