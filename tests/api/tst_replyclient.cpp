// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// ReplyClient over the wire: the loopback sandbox (rte::testsupport::TestSandbox) on 127.0.0.1, plain HTTP,
// no mocks.

#include "api/replyclient.h"
#include "apitestsupport.h"
#include "core/taskcodec.h"
#include "core/taskedit.h"
#include "failurescenarios.h"
#include "support/testsandbox.h"

#include <QJsonDocument>
#include <QtTest>

#include <memory>

using rte::api::ApiError;
using rte::api::ReplyClient;
using rte::core::Task;
using rte::core::TaskCodec;
using rte::testsupport::TestSandbox;
using Kind = ApiError::Kind;

enum class Call
{
    GetTask,
    UpdateTask,
    WhoAmI
};
Q_DECLARE_METATYPE(Call)

using namespace rte::api::test;

class TestReplyClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getTask_decodesEveryFieldAndRenderedContent_data();
    void getTask_decodesEveryFieldAndRenderedContent();
    void everyRequest_carriesAcceptUserAgentAndKey();
    void start_sendsARequestTheCallerBuilt();
    void baseUrlWithPathPrefix_keepsThePrefix();
    void updateTask_replacesTheServersCopy();
    void authHeader_usesTheChosenHeaderOnly_data();
    void authHeader_usesTheChosenHeaderOnly();
    void failure_mapsToKindAndPlainMessage_data();
    void failure_mapsToKindAndPlainMessage();
    void abort_reportsCancelledNotTimeout();

private:
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ReplyClient> m_client;
};

void TestReplyClient::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(TestSandbox::demoApiKey());
}

void TestReplyClient::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestReplyClient::getTask_decodesEveryFieldAndRenderedContent_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("toDo") << qint64(1);
    QTest::newRow("manualEmail") << qint64(5);
    QTest::newRow("sequence LinkedIn") << qint64(8);
    QTest::newRow("finished manualEmail") << qint64(9);
    QTest::newRow("call") << qint64(42);
}

void TestReplyClient::getTask_decodesEveryFieldAndRenderedContent()
{
    QFETCH(qint64, id);
    Watch watch(m_client->getTask(id));
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    Task task = watch.succeeded.constFirst().constFirst().value<Task>();

    QCOMPARE(task.id, id);
    QVERIFY(task.startAt.isValid());
    QVERIFY(task.dueTo.isValid());
    QVERIFY(task.taskTemplate.has_value());
    QVERIFY(task.content.has_value()); // includeContent=true
    QVERIFY(!task.content->body.isEmpty());
    QVERIFY(!task.content->body.contains(QLatin1String("{{")));

    // Everything the server stores arrives unchanged.
    Task expected = TaskCodec::taskFromJson(m_sandbox->task(id).value());
    task.content.reset();
    task.deliveryInfo.reset();
    expected.content.reset();
    expected.deliveryInfo.reset();
    QVERIFY(task == expected);

    // A finished request goes away by itself, and a late abort() is a no-op.
    if (watch.request)
        watch.request->abort();
    QCOMPARE(watch.failed.count(), 0);
    QTRY_VERIFY(watch.request.isNull());
}

void TestReplyClient::everyRequest_carriesAcceptUserAgentAndKey()
{
    Watch watch(m_client->getTask(1));
    QVERIFY(watch.wait());
    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), 1);
    const auto &request = recorded.constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v3/tasks/1"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("includeContent")), QStringLiteral("true"));
    QCOMPARE(header(request, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(request, "User-Agent"), QByteArray("ReplyTaskEditor/" RTE_VERSION));
    QCOMPARE(header(request, "X-API-Key"), TestSandbox::demoApiKey().toUtf8());
    QVERIFY(!hasHeader(request, "Authorization"));
    QCOMPARE(m_client->timeout(), 30000);
}

void TestReplyClient::start_sendsARequestTheCallerBuilt()
{
    // The request brings its verb, path and query; the client adds the connection and owns it.
    auto *request = new rte::api::GetTaskRequest(1);
    QVERIFY(!request->isStarted());
    Watch watch(m_client->start(request));
    QVERIFY(request->isStarted());
    QCOMPARE(request->parent(), m_client.get());
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.constFirst().method, QByteArray("GET"));
    QCOMPARE(recorded.constFirst().path, QStringLiteral("/v3/tasks/1"));
    QCOMPARE(header(recorded.constFirst(), "X-API-Key"), TestSandbox::demoApiKey().toUtf8());
    QTRY_VERIFY(watch.request.isNull());
}

void TestReplyClient::baseUrlWithPathPrefix_keepsThePrefix()
{
    QUrl base = m_sandbox->baseUrl();
    base.setPath(QStringLiteral("/reply/api/"));
    m_client->setBaseUrl(base);
    Watch watch(m_client->whoAmI());
    QCOMPARE(watch.request->url().path(), QStringLiteral("/reply/api/v3/whoami"));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::NotFound); // the sandbox serves no prefix: its route-not-found 404
    QCOMPARE(m_sandbox->requests().constFirst().path, QStringLiteral("/reply/api/v3/whoami"));
}

void TestReplyClient::updateTask_replacesTheServersCopy()
{
    QJsonObject body = editableBody(*m_sandbox, 1);
    const QString newBody = QStringLiteral("<p>Call back after the board meeting.</p>");
    const QDateTime newDue = TaskCodec::dateTimeFromJson(body.value(QLatin1String("dueTo"))).addDays(2);
    QJsonObject templateJson = body.value(QLatin1String("template")).toObject();
    templateJson.insert(QLatin1String("body"), newBody);
    body.insert(QLatin1String("template"), templateJson);
    body.insert(QLatin1String("dueTo"), TaskCodec::dateTimeToWire(newDue));

    Watch watch(m_client->updateTask(1, body));
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    const Task answered = watch.succeeded.constFirst().constFirst().value<Task>();
    QCOMPARE(answered.id, qint64(1));
    QCOMPARE(answered.taskTemplate->body, newBody);
    QCOMPARE(answered.dueTo, newDue);

    const Task stored = TaskCodec::taskFromJson(m_sandbox->task(1).value());
    QCOMPARE(stored.taskTemplate->body, newBody);
    QCOMPARE(stored.dueTo, newDue);

    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.constFirst().method, QByteArray("PUT"));
    QCOMPARE(recorded.constFirst().path, QStringLiteral("/v3/tasks/1"));
    QVERIFY(header(recorded.constFirst(), "Content-Type").startsWith("application/json"));
    const QJsonObject sent = QJsonDocument::fromJson(recorded.constFirst().body).object();
    for (const char *field : {"taskType", "startAt", "dueTo", "template", "contactId", "linkedInTaskType"})
        QVERIFY2(sent.contains(QLatin1String(field)), field);
    QVERIFY(sent.value(QLatin1String("template")).toObject().contains(QLatin1String("body")));
    QVERIFY(sent.value(QLatin1String("template")).toObject().contains(QLatin1String("subject")));
    QCOMPARE(sent, body);
}

void TestReplyClient::authHeader_usesTheChosenHeaderOnly_data()
{
    QTest::addColumn<ReplyClient::AuthHeader>("clientHeader");
    QTest::addColumn<int>("serverAccepts");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("X-API-Key to X-API-Key")
        << ReplyClient::AuthHeader::XApiKey << int(TestSandbox::XApiKey) << true;
    QTest::newRow("Bearer to Bearer") << ReplyClient::AuthHeader::Bearer << int(TestSandbox::Bearer) << true;
    QTest::newRow("X-API-Key to Bearer")
        << ReplyClient::AuthHeader::XApiKey << int(TestSandbox::Bearer) << false;
    QTest::newRow("Bearer to X-API-Key")
        << ReplyClient::AuthHeader::Bearer << int(TestSandbox::XApiKey) << false;
}

void TestReplyClient::authHeader_usesTheChosenHeaderOnly()
{
    QFETCH(ReplyClient::AuthHeader, clientHeader);
    QFETCH(int, serverAccepts);
    QFETCH(bool, accepted);
    m_sandbox->setAcceptedAuthHeaders(TestSandbox::AuthHeaders(serverAccepts));
    m_client->setAuthHeader(clientHeader);

    Watch watch(m_client->whoAmI());
    QVERIFY(watch.wait());
    const bool bearer = clientHeader == ReplyClient::AuthHeader::Bearer;
    const auto request = m_sandbox->requests().constFirst(); // a copy: requests() returns a temporary list
    QCOMPARE(hasHeader(request, "X-API-Key"), !bearer);
    if (bearer)
        QCOMPARE(header(request, "Authorization"), "Bearer " + TestSandbox::demoApiKey().toUtf8());
    else
        QVERIFY(!hasHeader(request, "Authorization"));

    if (accepted) {
        QCOMPARE(watch.succeeded.count(), 1);
        const auto who = watch.succeeded.constFirst().constFirst().value<rte::api::WhoAmI>();
        QVERIFY(who.userId > 0);
        QVERIFY(!who.username.isEmpty());
        QVERIFY(who.teamId > 0);
    } else {
        QCOMPARE(watch.error().kind(), Kind::Unauthorized);
        QCOMPARE(watch.error().httpStatus(), 401);
    }
}

void TestReplyClient::failure_mapsToKindAndPlainMessage_data()
{
    QTest::addColumn<Arrange>("arrange");
    QTest::addColumn<Call>("call");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("messageMentions");

    const QString none;
    QTest::newRow("400 dueTo before startAt")
        << Arrange(dueBeforeStart) << Call::UpdateTask << qint64(1) << Kind::Validation << 400 << none
        << false << QStringLiteral("dueTo");
    QTest::newRow("400 task.unknown on a finished task")
        << Arrange(nothing) << Call::UpdateTask << qint64(9) << Kind::Validation << 400
        << QStringLiteral("task.unknown") << false
        << QStringLiteral("Only tasks with 'New' status can be edited.");
    QTest::newRow("401 wrong key, empty body")
        << Arrange(wrongKey) << Call::GetTask << qint64(1) << Kind::Unauthorized << 401 << none << false
        << QStringLiteral("Settings");
    QTest::newRow("404 task.notFound")
        << Arrange(nothing) << Call::GetTask << qint64(987654) << Kind::NotFound << 404
        << QStringLiteral("task.notFound") << false << QStringLiteral("987654");
    QTest::newRow("429 with Retry-After")
        << Arrange(rateLimited) << Call::GetTask << qint64(1) << Kind::RateLimited << 429 << none << true
        << QStringLiteral("7 seconds");
    QTest::newRow("503") << Arrange(unavailable) << Call::UpdateTask << qint64(1) << Kind::Server << 503
                         << none << true << QStringLiteral("Try again in a few minutes");
    QTest::newRow("time-out") << Arrange(slowServer) << Call::GetTask << qint64(1) << Kind::Timeout << 0
                              << none << true << QStringLiteral("127.0.0.1");
    QTest::newRow("dropped connection") << Arrange(droppedConnection) << Call::UpdateTask << qint64(1)
                                        << Kind::Network << 0 << none << true << QStringLiteral("127.0.0.1");
    QTest::newRow("connection refused")
        << Arrange(nothingListening) << Call::WhoAmI << qint64(0) << Kind::ConnectionRefused << 0 << none
        << true << QStringLiteral("127.0.0.1");
    QTest::newRow("malformed JSON") << Arrange(malformedJson) << Call::GetTask << qint64(1)
                                    << Kind::InvalidResponse << 0 << none << false
                                    << QStringLiteral("cannot read");
}

void TestReplyClient::failure_mapsToKindAndPlainMessage()
{
    QFETCH(Arrange, arrange);
    QFETCH(Call, call);
    QFETCH(qint64, id);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, transient);
    QFETCH(QString, messageMentions);

    QJsonObject body = id > 0 && m_sandbox->task(id) ? editableBody(*m_sandbox, id) : QJsonObject();
    // How one attempt's outcome is mapped; retries have their own tests (tst_resilience).
    m_client->setRetryPolicy(1, 0, 0);
    arrange(*m_sandbox, *m_client, body);
    if (QTest::currentTestFailed())
        return;

    ApiError error;
    QStringList order;
    auto check = [&](auto *request) {
        Watch watch(request);
        QVERIFY(watch.wait());
        order = watch.order;
        QCOMPARE(watch.succeeded.count(), 0);
        error = watch.error();
        QTRY_VERIFY(watch.request.isNull());
    };
    switch (call) {
    case Call::GetTask:
        check(m_client->getTask(id));
        break;
    case Call::UpdateTask:
        check(m_client->updateTask(id, body));
        break;
    case Call::WhoAmI:
        check(m_client->whoAmI());
        break;
    }
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(order, (QStringList {QStringLiteral("failed"), QStringLiteral("finished")}));
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.isTransient(), transient);
    QVERIFY2(isPlainWords(error.message()), qPrintable(error.message()));
    QVERIFY2(error.message().contains(messageMentions), qPrintable(error.message()));
    QVERIFY(!error.message().contains(TestSandbox::demoApiKey()));
    QVERIFY(error.host().startsWith(QLatin1String("127.0.0.1:")));
    // The reason and what to do about the request; what it means for a form is the caller's to add.
    // (The server's own detail may say "edited": those are Reply's words, passed on.)
    QVERIFY2(
        !speaksOfTheEditor(QString(error.message()).remove(error.detail())), qPrintable(error.message()));
    if (transient)
        QVERIFY2(error.message().contains(QLatin1String("try again"), Qt::CaseInsensitive),
            qPrintable(error.message()));

    if (kind == Kind::Validation && code.isEmpty()) {
        bool pointsAtDue = false;
        for (const auto &problem : error.fieldProblems())
            pointsAtDue
                = pointsAtDue || (problem.pointer == QLatin1String("/dueTo") && !problem.detail.isEmpty());
        QVERIFY(pointsAtDue);
    }
    if (kind == Kind::RateLimited)
        QCOMPARE(error.retryAfterSeconds(), 7);
    if (kind == Kind::Network)
        QCOMPARE(error.networkError(), QNetworkReply::RemoteHostClosedError);
    // One attempt from ReplyClient; only a dropped connection sees Qt's own single re-send.
    if (kind == Kind::Network)
        QCOMPARE(m_sandbox->requests().size(), 2);
    else if (kind != Kind::ConnectionRefused)
        QCOMPARE(m_sandbox->requests().size(), 1);
    if (kind == Kind::NotFound)
        QCOMPARE(error.taskId(), id);
}

void TestReplyClient::abort_reportsCancelledNotTimeout()
{
    m_sandbox->injectDelay(3000);
    Watch watch(m_client->getTask(1));
    QTRY_COMPARE(m_sandbox->requests().size(), 1); // on the wire, waiting for the late answer
    QVERIFY(!watch.request->isFinished());
    watch.request->abort();
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("failed"), QStringLiteral("finished")}));
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Cancelled);
    QVERIFY(!error.isTransient());
    QVERIFY(isPlainWords(error.message()));
    QTRY_VERIFY(watch.request.isNull());
}

QTEST_GUILESS_MAIN(TestReplyClient)
#include "tst_replyclient.moc"
