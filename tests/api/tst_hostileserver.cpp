// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The real ReplyClient against a server that misbehaves on purpose: floods, endless and trickling
// answers, unreadable bodies, ids and dates no task has, redirects elsewhere and absurd Retry-After
// values. Every case must end in one plain-words ApiError within its time-out, read a bounded number
// of bytes, and never hand the API key to another origin.

#include "api/replyclient.h"
#include "api/retryafter.h"
#include "apitestsupport.h"
#include "support/hostileserver.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

using rte::api::ApiError;
using rte::api::ApiRequest;
using rte::api::GetTaskRequest;
using rte::api::ReplyClient;
using rte::api::RetryAfter;
using rte::testsupport::HostileServer;
using Kind = ApiError::Kind;

using namespace rte::api::test;

namespace {

const QString kKey = QStringLiteral("hostile-test-key-0123456789");

// A task as Reply sends it, with the given id and dates spliced in as raw JSON.
QByteArray taskJson(const QByteArray &id, const QByteArray &startAt = "\"2026-11-29T09:00:00Z\"",
    const QByteArray &dueTo = "\"2026-11-30T09:00:00Z\"")
{
    return "{\"id\":" + id + ",\"taskType\":\"ManualEmail\",\"status\":\"ToDo\",\"startAt\":" + startAt
        + ",\"dueTo\":" + dueTo + ",\"template\":{\"subject\":\"Hi\",\"body\":\"<p>Hello</p>\"}}";
}

QByteArray okHead(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hundredMegabyteBody_isAbandonedAtTheSizeCap();
    void endlessChunkedAnswer_isAbandonedAtTheSizeCap();
    void jsonNestedHundredThousandDeep_failsAsUnreadable_data();
    void jsonNestedHundredThousandDeep_failsAsUnreadable();
    void wrongContentType_failsAsUnreadable();
    void invalidUtf8_failsAsUnreadable();
    void idAboveTwoToThe53_isNotTakenForAnotherTask();
    void oddDateFormats_areReadOrRefused_data();
    void oddDateFormats_areReadOrRefused();
    void redirectToAnotherOrigin_isNotFollowedAndNeverCarriesTheKey_data();
    void redirectToAnotherOrigin_isNotFollowedAndNeverCarriesTheKey();
    void rateLimitedForTenYears_isCappedAndToldInMinutes();
    void serverSendingOneByteASecond_endsAtTheTimeout();

private:
    // Starts GET /v3/tasks/42 against m_server and waits for its end; checks what every case shares.
    ApiError failedGet(int waitMs = kWaitMs);

    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<ReplyClient> m_client;
};

void TestHostileServer::init()
{
    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ReplyClient>();
    m_client->setBaseUrl(m_server->url());
    m_client->setApiKey(kKey);
    m_client->setTimeout(3000);
    m_client->setRetryPolicy(1, 0, 0);
}

void TestHostileServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

ApiError TestHostileServer::failedGet(int waitMs)
{
    Watch<GetTaskRequest> watch(m_client->getTask(42));
    if (!watch.finished.wait(waitMs)) {
        qWarning("the request did not end within %d ms", waitMs);
        return {};
    }
    if (watch.failed.size() != 1 || !watch.succeeded.isEmpty()) {
        qWarning("expected exactly one failure, got %d failure(s) and %d success(es)",
            int(watch.failed.size()), int(watch.succeeded.size()));
        return {};
    }
    const ApiError error = watch.error();
    if (!isPlainWords(error.message()) || error.message().size() > 400)
        qWarning() << "not a short plain-words message:" << error.message();
    return error;
}

void TestHostileServer::hundredMegabyteBody_isAbandonedAtTheSizeCap()
{
    constexpr qint64 hundredMegabytes = 100LL * 1000 * 1000;
    m_server->setScript(m_server->streamedBody(hundredMegabytes));
    const ApiError error = failedGet();
    QCOMPARE(error.kind(), Kind::InvalidResponse);
    QVERIFY(isPlainWords(error.message()));
    QVERIFY(error.detail().contains(QLatin1String("16 MB")));
    // The client stopped reading near the cap instead of taking all 100 MB in.
    QVERIFY2(m_server->bytesSent() < 3 * ApiRequest::DefaultMaxResponseBytes,
        qPrintable(QString::number(m_server->bytesSent())));
}

void TestHostileServer::endlessChunkedAnswer_isAbandonedAtTheSizeCap()
{
    m_server->setScript(m_server->endlessChunks());
    const ApiError error = failedGet();
    QCOMPARE(error.kind(), Kind::InvalidResponse);
    QVERIFY(isPlainWords(error.message()));
    QVERIFY2(m_server->bytesSent() < 3 * ApiRequest::DefaultMaxResponseBytes,
        qPrintable(QString::number(m_server->bytesSent())));
}

void TestHostileServer::jsonNestedHundredThousandDeep_failsAsUnreadable_data()
{
    QTest::addColumn<QByteArray>("body");
    constexpr int depth = 100000;
    QTest::newRow("arrays") << QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(depth, '}');
    QTest::newRow("objects") << objects;
}

void TestHostileServer::jsonNestedHundredThousandDeep_failsAsUnreadable()
{
    QFETCH(QByteArray, body);
    m_server->setScript(HostileServer::answer(200, "application/json", body));
    QCOMPARE(failedGet().kind(), Kind::InvalidResponse);
}

void TestHostileServer::wrongContentType_failsAsUnreadable()
{
    // A captive portal or a proxy's error page where the API should be.
    m_server->setScript(HostileServer::answer(
        200, "text/html", "<html><body><h1>Sign in to the hotel Wi-Fi</h1></body></html>"));
    const ApiError error = failedGet();
    QCOMPARE(error.kind(), Kind::InvalidResponse);
    QVERIFY(!error.message().contains(QLatin1String("<h1>")));
}

void TestHostileServer::invalidUtf8_failsAsUnreadable()
{
    QByteArray body = taskJson("42");
    body.replace("Hello", "Hel\xff\xfe\xc3(lo");
    m_server->setScript(HostileServer::answer(200, "application/json; charset=utf-8", body));
    QCOMPARE(failedGet().kind(), Kind::InvalidResponse);
}

void TestHostileServer::idAboveTwoToThe53_isNotTakenForAnotherTask()
{
    // 2^53 + 1 reads back as 2^53 through a double: the app must not edit "task 9007199254740992".
    m_server->setScript(HostileServer::answer(200, "application/json", taskJson("9007199254740993")));
    QCOMPARE(failedGet().kind(), Kind::InvalidResponse);
    // Asked for that very id, an inexact number is no answer either.
    m_server->setScript(HostileServer::answer(200, "application/json", taskJson("9007199254740993")));
    Watch<GetTaskRequest> huge(m_client->getTask(9007199254740993LL));
    QVERIFY(huge.wait());
    QCOMPARE(huge.error().kind(), Kind::InvalidResponse);
    // So is a number far beyond 64 bits (converting it would be undefined behaviour).
    m_server->setScript(HostileServer::answer(200, "application/json", taskJson("1e300")));
    QCOMPARE(failedGet().kind(), Kind::InvalidResponse);
}

void TestHostileServer::oddDateFormats_areReadOrRefused_data()
{
    QTest::addColumn<QByteArray>("startAt");
    QTest::addColumn<QDateTime>("expected"); // invalid: the answer must be refused
    const QDateTime nine(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    QTest::newRow("Z") << QByteArray("\"2026-11-29T09:00:00Z\"") << nine;
    QTest::newRow("no offset means UTC") << QByteArray("\"2026-11-29T09:00:00\"") << nine;
    QTest::newRow("offset without colon") << QByteArray("\"2026-11-29T10:00:00+0100\"") << nine;
    QTest::newRow("seven fraction digits") << QByteArray("\"2026-11-29T09:00:00.0000000Z\"") << nine;
    QTest::newRow("German") << QByteArray("\"29.11.2026 10:00\"") << QDateTime();
    QTest::newRow("US") << QByteArray("\"11/29/2026 9:00 AM\"") << QDateTime();
    QTest::newRow("30 February") << QByteArray("\"2026-02-30T09:00:00Z\"") << QDateTime();
    QTest::newRow("hour 25") << QByteArray("\"2026-11-29T25:00:00Z\"") << QDateTime();
    QTest::newRow("Unix seconds") << QByteArray("1764406800") << QDateTime();
    QTest::newRow("year 99999") << QByteArray("\"99999-11-29T09:00:00Z\"") << QDateTime();
    QTest::newRow("words") << QByteArray("\"tomorrow\"") << QDateTime();
    QTest::newRow("empty") << QByteArray("\"\"") << QDateTime();
}

void TestHostileServer::oddDateFormats_areReadOrRefused()
{
    QFETCH(QByteArray, startAt);
    QFETCH(QDateTime, expected);
    m_server->setScript(HostileServer::answer(200, "application/json", taskJson("42", startAt)));
    Watch<GetTaskRequest> watch(m_client->getTask(42));
    QVERIFY(watch.wait());
    if (expected.isValid()) {
        QCOMPARE(watch.succeeded.size(), 1);
        QCOMPARE(watch.succeeded.constFirst().constFirst().value<rte::core::Task>().startAt, expected);
    } else {
        // A start time the app cannot read would be sent back empty on the next save: refused instead.
        QCOMPARE(watch.error().kind(), Kind::InvalidResponse);
        QVERIFY(isPlainWords(watch.error().message()));
    }
}

void TestHostileServer::redirectToAnotherOrigin_isNotFollowedAndNeverCarriesTheKey_data()
{
    QTest::addColumn<QString>("target"); // "port": another listener; "host": localhost for 127.0.0.1
    QTest::addColumn<int>("status");
    QTest::newRow("302 to another port") << QStringLiteral("port") << 302;
    QTest::newRow("307 to another port") << QStringLiteral("port") << 307;
    QTest::newRow("308 to another port") << QStringLiteral("port") << 308;
    QTest::newRow("301 to another host name") << QStringLiteral("host") << 301;
}

void TestHostileServer::redirectToAnotherOrigin_isNotFollowedAndNeverCarriesTheKey()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    HostileServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setScript(HostileServer::answer(200, "application/json", taskJson("42")));
    const QUrl location = target == QLatin1String("port")
        ? elsewhere.url().resolved(QUrl(QStringLiteral("/v3/tasks/42")))
        : m_server->url(QStringLiteral("localhost")).resolved(QUrl(QStringLiteral("/v3/tasks/42")));
    m_server->setScript(
        HostileServer::answer(status, "text/plain", "moved", "Location: " + location.toEncoded() + "\r\n"));

    const ApiError error = failedGet();
    QVERIFY(error.isError());
    QVERIFY(isPlainWords(error.message()));
    QVERIFY(m_server->requestHeads().constFirst().contains(kKey.toLatin1()));
    // Not followed at all: neither the other listener nor the other host name saw a request, so the
    // key went nowhere else.
    QCOMPARE(m_server->requestHeads().size(), 1);
    QVERIFY(elsewhere.requestHeads().isEmpty());
    for (const QByteArray &head : elsewhere.requestHeads())
        QVERIFY(!head.contains(kKey.toLatin1()));
}

void TestHostileServer::rateLimitedForTenYears_isCappedAndToldInMinutes()
{
    m_client->setRetryPolicy(3, 10, 50);
    QList<int> waits;
    connect(
        m_client.get(), &ReplyClient::waitingChanged, this, [&waits](int seconds) { waits.append(seconds); });
    m_server->setScript(HostileServer::answer(429, "application/problem+json",
        R"({"title":"Too Many Requests","status":429})", "Retry-After: 315360000\r\n"));

    const ApiError error = failedGet();
    QCOMPARE(error.kind(), Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds(), RetryAfter::MaxSeconds);
    QVERIFY2(error.message().contains(QLatin1String("about 60 minutes")), qPrintable(error.message()));
    QCOMPARE(m_server->requestHeads().size(), 1); // longer than the retry policy waits: not retried
    for (int seconds : std::as_const(waits))
        QVERIFY(seconds <= RetryAfter::MaxSeconds);
}

void TestHostileServer::serverSendingOneByteASecond_endsAtTheTimeout()
{
    // Qt's transfer time-out only counts silence; a body coming a byte a second keeps it from firing.
    m_client->setTimeout(1500);
    const QByteArray body = taskJson("42");
    m_server->setScript(HostileServer::trickle(okHead(body), body, 1000));
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiError error = failedGet(8000);
    QCOMPARE(error.kind(), Kind::Timeout);
    QVERIFY(isPlainWords(error.message()));
    QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QString::number(elapsed.elapsed())));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
