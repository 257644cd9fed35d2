// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// RetryPolicy and BatchFailure on their own: which failures are retried for which requests, how long
// the back-off is, and how the batch failure codes are normalised. No network.

#include "api/apierror.h"
#include "api/batchfailure.h"
#include "api/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using rte::api::ApiError;
using rte::api::BatchFailure;
using rte::api::RetryPolicy;
using Kind = ApiError::Kind;
using Verdict = RetryPolicy::Verdict;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void verdict_stopsAtMaxAttempts();
    void delay_growsExponentiallyWithJitterAndCap();
    void delay_neverShorterThanRetryAfter();
    void batchFailure_normalisesCodes_data();
    void batchFailure_normalisesCodes();
};

namespace {

ApiError transport(Kind kind)
{
    return ApiError::fromTransport(kind, QNetworkReply::UnknownNetworkError, {});
}

} // namespace

void TestRetryPolicy::verdict_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("repeatable");
    QTest::addColumn<Verdict>("verdict");
    const ApiError tooMany = ApiError::fromHttpStatus(429, {}, "5");
    const ApiError tooManyForLong = ApiError::fromHttpStatus(429, {}, "3600");
    for (const bool repeatable : {true, false}) {
        const QByteArray verb = repeatable ? "GET" : "POST";
        const Verdict lost = repeatable ? Verdict::Retry : Verdict::OutcomeUnknown;
        QTest::addRow("%s refused", verb.constData())
            << transport(Kind::ConnectionRefused) << repeatable << Verdict::Retry;
        QTest::addRow("%s host not found", verb.constData())
            << transport(Kind::HostNotFound) << repeatable << Verdict::Retry;
        QTest::addRow("%s 429", verb.constData()) << tooMany << repeatable << Verdict::Retry;
        QTest::addRow("%s 429 for an hour", verb.constData())
            << tooManyForLong << repeatable << Verdict::GiveUp;
        QTest::addRow("%s 503", verb.constData())
            << ApiError::fromHttpStatus(503, {}) << repeatable << Verdict::Retry;
        QTest::addRow("%s 502", verb.constData()) << ApiError::fromHttpStatus(502, {}) << repeatable << lost;
        QTest::addRow("%s 504", verb.constData()) << ApiError::fromHttpStatus(504, {}) << repeatable << lost;
        QTest::addRow("%s dropped", verb.constData()) << transport(Kind::Network) << repeatable << lost;
        QTest::addRow("%s time-out", verb.constData()) << transport(Kind::Timeout) << repeatable << lost;
        for (const int status : {400, 401, 403, 404, 409, 500})
            QTest::addRow("%s %d", verb.constData(), status)
                << ApiError::fromHttpStatus(status, {}) << repeatable << Verdict::GiveUp;
        QTest::addRow("%s tls", verb.constData()) << ApiError::tls({}) << repeatable << Verdict::GiveUp;
        QTest::addRow("%s proxy", verb.constData())
            << transport(Kind::Proxy) << repeatable << Verdict::GiveUp;
        QTest::addRow("%s cancelled", verb.constData())
            << ApiError::cancelled() << repeatable << Verdict::GiveUp;
        QTest::addRow("%s bad answer", verb.constData())
            << ApiError::invalidResponse(QStringLiteral("x")) << repeatable << Verdict::GiveUp;
    }
}

void TestRetryPolicy::verdict()
{
    QFETCH(ApiError, error);
    QFETCH(bool, repeatable);
    QFETCH(Verdict, verdict);
    QCOMPARE(RetryPolicy().verdict(error, repeatable, 1), verdict);
}

void TestRetryPolicy::verdict_stopsAtMaxAttempts()
{
    const RetryPolicy policy;
    const ApiError unavailable = ApiError::fromHttpStatus(503, {});
    QCOMPARE(policy.verdict(unavailable, true, 2), Verdict::Retry);
    QCOMPARE(policy.verdict(unavailable, true, 3), Verdict::GiveUp);
    // Out of attempts or not, a lost answer to a POST is still reported as unknown.
    QCOMPARE(policy.verdict(transport(Kind::Network), false, 3), Verdict::OutcomeUnknown);
    const RetryPolicy once {1, 0, 0};
    QCOMPARE(once.verdict(unavailable, true, 1), Verdict::GiveUp);
}

void TestRetryPolicy::delay_growsExponentiallyWithJitterAndCap()
{
    const RetryPolicy policy {5, 1000, 6000};
    QCOMPARE(policy.delayMs(1, -1, 0.0), qint64(500)); // the lower half of 1 s
    QCOMPARE(policy.delayMs(1, -1, 1.0), qint64(1000));
    QCOMPARE(policy.delayMs(2, -1, 0.0), qint64(1000)); // 2 s
    QCOMPARE(policy.delayMs(2, -1, 1.0), qint64(2000));
    QCOMPARE(policy.delayMs(3, -1, 0.5), qint64(3000)); // 4 s
    QCOMPARE(policy.delayMs(4, -1, 1.0), qint64(6000)); // 8 s, capped at 6 s
    QCOMPARE(policy.delayMs(40, -1, 1.0), qint64(6000)); // no overflow
}

void TestRetryPolicy::delay_neverShorterThanRetryAfter()
{
    const RetryPolicy policy {3, 100, 400};
    QCOMPARE(policy.delayMs(1, 7, 1.0), qint64(7000)); // above the cap too: it is the server's minimum
    QCOMPARE(policy.delayMs(1, 0, 1.0), qint64(100));
}

void TestRetryPolicy::batchFailure_normalisesCodes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("details");
    QTest::newRow("string") << QByteArray(R"({"error":"notFound","errorDetails":"Task 7 not found."})")
                            << QStringLiteral("notFound") << QStringLiteral("Task 7 not found.");
    QTest::newRow("1") << QByteArray(R"({"error":1,"errorDetails":null})") << QStringLiteral("notFound")
                       << QString();
    QTest::newRow("7") << QByteArray(R"({"error":7,"errorDetails":"Already finished."})")
                       << QStringLiteral("cannotComplete") << QStringLiteral("Already finished.");
    QTest::newRow("other number") << QByteArray(R"({"error":3})") << QStringLiteral("3") << QString();
    QTest::newRow("missing") << QByteArray(R"({"details":"?"})") << QStringLiteral("unknown")
                             << QStringLiteral("?");
}

void TestRetryPolicy::batchFailure_normalisesCodes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QString, details);
    const auto failure = BatchFailure::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(failure.has_value());
    QCOMPARE(failure->error, error);
    QCOMPARE(failure->details, details);
    QVERIFY(!BatchFailure::fromJson(QJsonValue(QStringLiteral("notFound"))).has_value());
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
