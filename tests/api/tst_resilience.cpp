// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The rate budget, 429 handling and the retry policy over the wire against the loopback sandbox.
// Where a minute's window is involved, the client's clock runs 60x and the sandbox's windows are
// shortened to match, so "a minute" passes in a second while the sandbox still enforces its own limit.

#include "api/replyclient.h"
#include "apitestsupport.h"
#include "core/systemclock.h"
#include "core/taskfilter.h"
#include "failurescenarios.h"
#include "support/testsandbox.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>
#include <vector>

using rte::api::ApiError;
using rte::api::ReplyClient;
using rte::core::SystemClock;
using rte::testsupport::TestSandbox;
using Kind = ApiError::Kind;

using namespace rte::api::test;

class TestResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void budget_throttlesTheRequestOverTheLimitInsteadOfFailing();
    void rateLimited_waitsAtLeastRetryAfterAndHoldsEveryone();
    void unavailableTwice_thenSucceedsOnTheThirdAttempt();
    void unavailableThreeTimes_failsAfterThreeAttempts();
    void clientErrors_areNeverRetried_data();
    void clientErrors_areNeverRetried();
    void droppedGet_isRetried();
    void droppedFilter_isRetriedBecauseItOnlyReads();
    void droppedExecute_isNotRetriedAndSaysOutcomeUnknown();
    void timedOutCreate_isNotRetriedAndSaysOutcomeUnknown();
    void unavailableExecute_isRetried();
    void refusedCreate_isRetried();
    void abortWhileWaitingToRetry_cancels();

private:
    QList<int> m_statuses; // every status the sandbox answered, in order
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ReplyClient> m_client;
};

void TestResilience::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    m_statuses.clear();
    connect(m_sandbox.get(), &TestSandbox::requestHandled, this,
        [this](const QByteArray &, const QString &, int status) { m_statuses.append(status); });
    m_client = std::make_unique<ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(TestSandbox::demoApiKey());
    m_client->setRetryPolicy(3, 20, 200); // fast back-off; the shape is what is tested
}

void TestResilience::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestResilience::budget_throttlesTheRequestOverTheLimitInsteadOfFailing()
{
    const int limit = 3;
    m_sandbox->setRateLimit(limit, 1000);
    m_sandbox->setRateLimitWindows(1000, 60000);
    m_client->setClock(std::make_shared<SystemClock>(60));
    m_client->setRateLimits(limit, 0);
    QSignalSpy waiting(m_client.get(), &ReplyClient::waitingChanged);

    std::vector<std::unique_ptr<Watch<rte::api::GetTaskRequest>>> watches;
    for (int i = 0; i < limit + 1; ++i)
        watches.push_back(std::make_unique<Watch<rte::api::GetTaskRequest>>(m_client->getTask(i + 1)));
    QCOMPARE(m_client->queuedRequestCount(), 1);
    for (const auto &watch : watches)
        QVERIFY(watch->wait());

    for (const auto &watch : watches)
        QCOMPARE(watch->order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    QCOMPARE(m_statuses, (QList<int> {200, 200, 200, 200})); // never a 429
    QCOMPARE(m_client->queuedRequestCount(), 0);

    QList<int> countdown;
    for (const auto &args : std::as_const(waiting))
        countdown.append(args.constFirst().toInt());
    QVERIFY2(countdown.size() >= 10, qPrintable(QString::number(countdown.size())));
    QVERIFY(countdown.constFirst() <= 60 && countdown.constFirst() >= 50);
    QCOMPARE(countdown.constLast(), 0);
    for (qsizetype i = 1; i < countdown.size(); ++i)
        QVERIFY(countdown.at(i) < countdown.at(i - 1)); // counts down, never up
}

void TestResilience::rateLimited_waitsAtLeastRetryAfterAndHoldsEveryone()
{
    m_sandbox->injectStatus(429, 1, 1);
    QSignalSpy waiting(m_client.get(), &ReplyClient::waitingChanged);
    QElapsedTimer clock;
    clock.start();
    qint64 secondSentAt = -1;
    connect(m_sandbox.get(), &TestSandbox::requestHandled, this,
        [&](const QByteArray &, const QString &path, int) {
            if (path == QLatin1String("/v3/whoami"))
                secondSentAt = clock.elapsed();
        });

    Watch first(m_client->getTask(1));
    QSignalSpy retrying(first.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(retrying.wait(kWaitMs));
    QCOMPARE(retrying.constFirst().at(0).toInt(), 2); // the second attempt
    QCOMPARE(retrying.constFirst().at(1).toInt(), 1); // Retry-After: 1
    Watch second(m_client->whoAmI()); // asked during the pause: waits too
    QCOMPARE(m_client->queuedRequestCount(), 1);

    QVERIFY(first.wait());
    QVERIFY(second.wait());
    QCOMPARE(first.succeeded.count(), 1);
    QCOMPARE(second.succeeded.count(), 1);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(secondSentAt >= 1000, qPrintable(QString::number(secondSentAt)));
    QCOMPARE(m_statuses, (QList<int> {429, 200, 200}));
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.constFirst().constFirst().toInt(), 1);
    QCOMPARE(waiting.constLast().constFirst().toInt(), 0);
}

void TestResilience::unavailableTwice_thenSucceedsOnTheThirdAttempt()
{
    m_sandbox->injectStatus(503, 2);
    Watch watch(m_client->updateTask(1, editableBody(*m_sandbox, 1)));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    QCOMPARE(retrying.count(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(1).at(0).toInt(), 3);
    QCOMPARE(m_statuses, (QList<int> {503, 503, 200}));
}

void TestResilience::unavailableThreeTimes_failsAfterThreeAttempts()
{
    m_sandbox->injectStatus(503, 5);
    Watch watch(m_client->getTask(1));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Server);
    QCOMPARE(error.httpStatus(), 503);
    QCOMPARE(error.attempts(), 3);
    QVERIFY(!error.isOutcomeUnknown());
    QCOMPARE(retrying.count(), 2);
    QCOMPARE(m_statuses, (QList<int> {503, 503, 503}));
}

void TestResilience::clientErrors_areNeverRetried_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {400, 401, 403, 404, 409})
        QTest::addRow("%d", status) << status;
}

void TestResilience::clientErrors_areNeverRetried()
{
    QFETCH(int, status);
    m_sandbox->injectStatus(status, 3);
    Watch watch(m_client->getTask(1));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().httpStatus(), status);
    QCOMPARE(watch.error().attempts(), 1);
    QVERIFY(retrying.isEmpty());
    QCOMPARE(m_sandbox->requests().size(), 1);
}

void TestResilience::droppedGet_isRetried()
{
    m_sandbox->injectDropConnection(2); // both of Qt's sends of the first attempt
    Watch watch(m_client->getTask(1));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(m_statuses, (QList<int> {0, 0, 200}));
}

void TestResilience::droppedFilter_isRetriedBecauseItOnlyReads()
{
    // A POST, but its own declaration says it only reads: the verb decides nothing.
    m_sandbox->injectDropConnection(2, QStringLiteral("/v3/tasks/filter"));
    Watch watch(m_client->filterTasks({}, 10, 0));
    QVERIFY(watch.request->isRead());
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    QCOMPARE(m_statuses, (QList<int> {0, 0, 200}));
}

void TestResilience::droppedExecute_isNotRetriedAndSaysOutcomeUnknown()
{
    m_sandbox->injectDropConnection(2);
    Watch watch(m_client->executeTask(5));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Network);
    QVERIFY(error.isOutcomeUnknown());
    QVERIFY(!error.isTransient());
    QCOMPARE(error.attempts(), 1);
    QCOMPARE(error.taskId(), qint64(5));
    QVERIFY(retrying.isEmpty());
    const QString message = error.message();
    QVERIFY2(message.contains(QLatin1String("not known whether Reply carried out")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Check the task")), qPrintable(message));
    QVERIFY(isPlainWords(message));
    // Two on the wire: Qt 6.4 re-sends once by itself when the connection drops before the answer.
    QCOMPARE(m_sandbox->requests().size(), 2);
}

void TestResilience::timedOutCreate_isNotRetriedAndSaysOutcomeUnknown()
{
    m_client->setTimeout(300);
    m_sandbox->injectDelay(2000); // the task is created at once; only the answer is late
    const QJsonObject body = editableBody(*m_sandbox, 1);
    Watch watch(m_client->createTask(body));
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::Timeout);
    QVERIFY(watch.error().isOutcomeUnknown());
    QVERIFY(watch.error().message().contains(QLatin1String("did not answer in time")));
    QCOMPARE(m_sandbox->requests().size(), 1);
}

void TestResilience::unavailableExecute_isRetried()
{
    m_sandbox->injectStatus(503, 1);
    Watch watch(m_client->executeTask(5));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1); // a 503 means it was not processed: safe even for execute
    QCOMPARE(m_statuses, (QList<int> {503, 200}));
}

void TestResilience::refusedCreate_isRetried()
{
    QJsonObject body;
    nothingListening(*m_sandbox, *m_client, body);
    Watch watch(m_client->createTask(editableBody(*m_sandbox, 1)));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(watch.wait());
    QCOMPARE(watch.error().kind(), Kind::ConnectionRefused);
    QCOMPARE(watch.error().attempts(), 3);
    QVERIFY(!watch.error().isOutcomeUnknown());
    QCOMPARE(retrying.count(), 2);
}

void TestResilience::abortWhileWaitingToRetry_cancels()
{
    m_client->setRetryPolicy(3, 5000, 5000);
    m_sandbox->injectStatus(503, 1);
    Watch watch(m_client->getTask(1));
    QSignalSpy retrying(watch.request.data(), &rte::api::ApiRequest::retrying);
    QVERIFY(retrying.wait(kWaitMs));
    watch.request->abort();
    QCOMPARE(watch.order, (QStringList {QStringLiteral("failed"), QStringLiteral("finished")}));
    QCOMPARE(watch.error().kind(), Kind::Cancelled);
    QTRY_VERIFY(watch.request.isNull());
    QCOMPARE(m_sandbox->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
