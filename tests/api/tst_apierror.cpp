// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// ApiError and RetryAfter on their own: problem bodies, Retry-After forms, messages. No network.

#include "api/apierror.h"
#include "api/retryafter.h"
#include "plainwords.h"

#include <QMetaEnum>
#include <QtTest>

using rte::api::ApiError;
using rte::api::FieldProblem;
using rte::api::RetryAfter;
using Kind = ApiError::Kind;

namespace {

// One error of each kind, as the layer builds it, carrying technical words that must stay in detail().
ApiError typicalError(Kind kind)
{
    const QString qtWords = QStringLiteral("Qt says something");
    const QString host = QStringLiteral("api.reply.io");
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return ApiError::fromTransport(kind, QNetworkReply::ConnectionRefusedError, qtWords).setHost(host);
    case Kind::HostNotFound:
        return ApiError::fromTransport(kind, QNetworkReply::HostNotFoundError, qtWords).setHost(host);
    case Kind::Timeout:
        return ApiError::fromTransport(kind, QNetworkReply::OperationCanceledError, qtWords).setHost(host);
    case Kind::Network:
        return ApiError::fromTransport(kind, QNetworkReply::RemoteHostClosedError, qtWords).setHost(host);
    case Kind::Proxy:
        return ApiError::fromTransport(kind, QNetworkReply::ProxyConnectionRefusedError, qtWords)
            .setHost(host);
    case Kind::Tls:
        return ApiError::tls({QStringLiteral("The certificate has expired")}).setHost(host);
    case Kind::InvalidResponse:
        return ApiError::invalidResponse(qtWords).setHost(host);
    case Kind::Cancelled:
        return ApiError::cancelled().setHost(host);
    case Kind::Unauthorized:
        return ApiError::fromHttpStatus(401, {}).setHost(host);
    case Kind::Forbidden:
        return ApiError::fromHttpStatus(403, {}).setHost(host);
    case Kind::NotFound:
        return ApiError::fromHttpStatus(404, {}).setHost(host);
    case Kind::Validation:
        return ApiError::fromHttpStatus(400, {}).setHost(host);
    case Kind::Conflict:
        return ApiError::fromHttpStatus(409, {}).setHost(host);
    case Kind::RateLimited:
        return ApiError::fromHttpStatus(429, {}).setHost(host);
    case Kind::Server:
        return ApiError::fromHttpStatus(503, {}).setHost(host);
    case Kind::Http:
        return ApiError::fromHttpStatus(418, {}).setHost(host);
    case Kind::Settings:
        return ApiError::unusableSetting(QStringLiteral("The file ca.pem holds no PEM certificate."));
    }
    return {};
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_mapsToKind_data();
    void status_mapsToKind();
    void problemJson_readsReplysMembersAndToleratesOthers();
    void plainJsonProblem_isReadToo();
    void aspNetStyleErrorsMap_becomesFieldProblems();
    void nonJsonBody_keepsTheStatusOnly();
    void retryAfter_readsSecondsAndHttpDates_data();
    void retryAfter_readsSecondsAndHttpDates();
    void message_isPlainForEveryKind_data();
    void message_isPlainForEveryKind();
    void noError_hasNoMessage();
    void message_givesTheReasonAndNeverSpeaksOfTheForm_data();
    void message_givesTheReasonAndNeverSpeaksOfTheForm();
    void messageWith_putsTheCallersSentenceAfterTheReason();
    void teamRequired_readsTheTeamsWhateverTheIdType();
    void outcomeUnknown_isNotTransientAndSaysCheckFirst_data();
    void outcomeUnknown_isNotTransientAndSaysCheckFirst();
    void localValidation_isTheWholeMessage();
};

void TestApiError::status_mapsToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("400") << 400 << Kind::Validation << false;
    QTest::newRow("401") << 401 << Kind::Unauthorized << false;
    QTest::newRow("403") << 403 << Kind::Forbidden << false;
    QTest::newRow("404") << 404 << Kind::NotFound << false;
    QTest::newRow("405") << 405 << Kind::Http << false;
    QTest::newRow("407") << 407 << Kind::Proxy << false;
    QTest::newRow("409") << 409 << Kind::Conflict << false;
    QTest::newRow("429") << 429 << Kind::RateLimited << true;
    QTest::newRow("500") << 500 << Kind::Server << false;
    QTest::newRow("502") << 502 << Kind::Server << true;
    QTest::newRow("503") << 503 << Kind::Server << true;
    QTest::newRow("504") << 504 << Kind::Server << true;
}

void TestApiError::status_mapsToKind()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    const ApiError error = ApiError::fromHttpStatus(status, {});
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.isTransient(), transient);
}

void TestApiError::problemJson_readsReplysMembersAndToleratesOthers()
{
    const QByteArray body = R"({"errors":[{"pointer":"/dueTo","detail":"'dueTo' must be after 'startAt'."},
        {"pointer":"id","detail":"'id' must be a positive integer."},{"detail":"no pointer, skipped"}],
        "title":"Validation failed","status":400,"detail":"The request body contains validation errors.",
        "code":"task.invalid","extensions":{"traceId":"abc"},"type":"about:blank","instance":"/v3/tasks/1"})";
    const ApiError error = ApiError::fromHttpStatus(400, body);
    QCOMPARE(error.kind(), Kind::Validation);
    QCOMPARE(error.title(), QStringLiteral("Validation failed"));
    QCOMPARE(error.detail(), QStringLiteral("The request body contains validation errors."));
    QCOMPARE(error.code(), QStringLiteral("task.invalid"));
    const QList<FieldProblem> expected {
        {QStringLiteral("/dueTo"), QStringLiteral("'dueTo' must be after 'startAt'.")},
        {QStringLiteral("id"), QStringLiteral("'id' must be a positive integer.")}};
    QCOMPARE(error.fieldProblems(), expected);
    QVERIFY(error.message().contains(QLatin1String("'dueTo' must be after 'startAt'.")));
}

void TestApiError::plainJsonProblem_isReadToo()
{
    const ApiError error = ApiError::fromHttpStatus(401,
        R"({"title":"Unauthorized","status":401,"detail":"Authentication credentials are missing or invalid."})");
    QCOMPARE(error.kind(), Kind::Unauthorized);
    QCOMPARE(error.detail(), QStringLiteral("Authentication credentials are missing or invalid."));
    QVERIFY(error.message().contains(QLatin1String("API key in Settings")));
}

void TestApiError::aspNetStyleErrorsMap_becomesFieldProblems()
{
    const ApiError error = ApiError::fromHttpStatus(400, R"({"errors":{"/dueTo":["Too early","Wrong"]}})");
    QCOMPARE(error.fieldProblems().size(), 2);
    QCOMPARE(error.fieldProblems().constFirst().pointer, QStringLiteral("/dueTo"));
}

void TestApiError::nonJsonBody_keepsTheStatusOnly()
{
    const ApiError error = ApiError::fromHttpStatus(502, "<html><body>Bad gateway</body></html>", "abc");
    QCOMPARE(error.kind(), Kind::Server);
    QVERIFY(error.detail().isEmpty());
    QCOMPARE(error.retryAfterSeconds(), -1);
    QVERIFY(!error.message().contains(QLatin1String("<html>")));
}

void TestApiError::retryAfter_readsSecondsAndHttpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("seconds with blanks") << QByteArray(" 120 ") << 120;
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 29 Nov 2026 10:01:30 GMT") << 90;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 29-Nov-26 10:02:00 GMT") << 120;
    QTest::newRow("asctime") << QByteArray("Sun Nov 29 10:00:10 2026") << 10;
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 09:00:00 GMT") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("ten years, capped") << QByteArray("315360000") << RetryAfter::MaxSeconds;
    QTest::newRow("beyond 64 bits, capped")
        << QByteArray("99999999999999999999999") << RetryAfter::MaxSeconds;
    QTest::newRow("date in ten years, capped")
        << QByteArray("Sun, 29 Nov 2036 10:00:00 GMT") << RetryAfter::MaxSeconds;
}

void TestApiError::retryAfter_readsSecondsAndHttpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    QCOMPARE(RetryAfter::secondsFrom(value, now), seconds);
}

void TestApiError::message_isPlainForEveryKind_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("mentions");
    const auto transport = [](Kind kind, QNetworkReply::NetworkError code) {
        return ApiError::fromTransport(kind, code, QStringLiteral("Qt says something"))
            .setHost(QStringLiteral("api.reply.io"));
    };
    QTest::newRow("refused") << transport(Kind::ConnectionRefused, QNetworkReply::ConnectionRefusedError)
                             << QStringLiteral("api.reply.io");
    QTest::newRow("host not found") << transport(Kind::HostNotFound, QNetworkReply::HostNotFoundError)
                                    << QStringLiteral("api.reply.io");
    QTest::newRow("timeout") << transport(Kind::Timeout, QNetworkReply::OperationCanceledError)
                             << QStringLiteral("api.reply.io");
    QTest::newRow("network") << transport(Kind::Network, QNetworkReply::RemoteHostClosedError)
                             << QStringLiteral("api.reply.io");
    QTest::newRow("tls") << ApiError::tls(
        {QStringLiteral("The certificate has expired"),
            QStringLiteral("The host name did not match any of the valid hosts for this certificate")})
                                .setHost(QStringLiteral("api.reply.io"))
                         << QStringLiteral("The certificate has expired; The host name did not match");
    QTest::newRow("forbidden") << ApiError::fromHttpStatus(
        403, R"({"detail":"Feature scopes [ManageTask] are denied."})")
                               << QStringLiteral("Feature scopes");
    QTest::newRow("not found, no task")
        << ApiError::fromHttpStatus(404, {}) << QStringLiteral("could not find");
    QTest::newRow("conflict") << ApiError::fromHttpStatus(409, {}) << QStringLiteral("Reload");
    QTest::newRow("rate limited without Retry-After")
        << ApiError::fromHttpStatus(429, {}) << QStringLiteral("a minute");
    QTest::newRow("rate limited 1 s")
        << ApiError::fromHttpStatus(429, {}, "1") << QStringLiteral("1 second ");
    QTest::newRow("validation without details")
        << ApiError::fromHttpStatus(400, {}) << QStringLiteral("did not accept");
    QTest::newRow("invalid response")
        << ApiError::invalidResponse(QStringLiteral("x")) << QStringLiteral("cannot read");
    QTest::newRow("cancelled") << ApiError::cancelled() << QStringLiteral("cancelled");
    QTest::newRow("other status") << ApiError::fromHttpStatus(418, {}) << QStringLiteral("418");
    QTest::newRow("tls with fingerprint")
        << ApiError::tls(
               {QStringLiteral("The certificate is self-signed, and untrusted")}, QStringLiteral("AB:CD:EF"))
               .setHost(QStringLiteral("api.reply.io"))
        << QStringLiteral("untrusted. The server's certificate has the SHA-256 fingerprint AB:CD:EF.");
    QTest::newRow("proxy 407") << ApiError::fromHttpStatus(407, {})
                               << QStringLiteral("user name and password");
    QTest::newRow("proxy refused") << transport(Kind::Proxy, QNetworkReply::ProxyConnectionRefusedError)
                                   << QStringLiteral("proxy settings");
    QTest::newRow("team not accessible") << ApiError::fromHttpStatus(403, R"({"code":"TEAM_NOT_ACCESSIBLE"})")
                                         << QStringLiteral("Choose another team");
    QTest::newRow("user required") << ApiError::fromHttpStatus(403, R"({"code":"USER_REQUIRED"})")
                                   << QStringLiteral("act for a user");
}

void TestApiError::message_isPlainForEveryKind()
{
    QFETCH(ApiError, error);
    QFETCH(QString, mentions);
    const QString message = error.message();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('%')), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Qt says")),
        qPrintable(message)); // technical detail stays in detail()
}

void TestApiError::noError_hasNoMessage()
{
    const ApiError error;
    QCOMPARE(error.kind(), Kind::None);
    QVERIFY(!error.isError());
    QVERIFY(error.message().isEmpty());
    QVERIFY(!error.isTransient());
}

void TestApiError::message_givesTheReasonAndNeverSpeaksOfTheForm_data()
{
    QTest::addColumn<ApiError>("error");
    // Every kind, so a kind added later is held to the same rule.
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = Kind(kinds.value(i));
        if (kind != Kind::None)
            QTest::newRow(kinds.key(i)) << typicalError(kind);
    }
    // The variants that have sentences of their own.
    const auto outcomeUnknown = [](Kind kind) {
        return typicalError(kind).markOutcomeUnknown();
    };
    QTest::newRow("Network, outcome unknown") << outcomeUnknown(Kind::Network);
    QTest::newRow("Timeout, outcome unknown") << outcomeUnknown(Kind::Timeout);
    QTest::newRow("502, outcome unknown") << ApiError::fromHttpStatus(502, {}).markOutcomeUnknown();
    QTest::newRow("Validation with field problems") << ApiError::fromHttpStatus(
        400, R"({"errors":[{"pointer":"/dueTo","detail":"'dueTo' must be after 'startAt'"}]})");
    QTest::newRow("Validation, task.unknown") << ApiError::fromHttpStatus(
        400, R"({"code":"task.unknown","detail":"Only new tasks are accepted."})");
    QTest::newRow("Validation with a detail only")
        << ApiError::fromHttpStatus(400, R"({"detail":"The body is not valid."})");
    QTest::newRow("Conflict with a detail") << ApiError::fromHttpStatus(
        409, R"({"code":"task.cannotComplete","detail":"The task is finished."})");
    QTest::newRow("RateLimited, 1 s") << ApiError::fromHttpStatus(429, {}, "1");
    QTest::newRow("RateLimited, 7 s") << ApiError::fromHttpStatus(429, {}, "7");
    QTest::newRow("Server 500") << ApiError::fromHttpStatus(500, {});
    QTest::newRow("Proxy 407") << ApiError::fromHttpStatus(407, {});
    QTest::newRow("NotFound, task 42") << ApiError::fromHttpStatus(404, {}).setTaskId(42);
    QTest::newRow("Forbidden, TEAM_REQUIRED") << ApiError::fromHttpStatus(403, R"({"code":"TEAM_REQUIRED"})");
    QTest::newRow("Tls with fingerprint")
        << ApiError::tls({QStringLiteral("The certificate is self-signed")}, QStringLiteral("AB:CD"));
}

void TestApiError::message_givesTheReasonAndNeverSpeaksOfTheForm()
{
    QFETCH(ApiError, error);
    const QString message = error.message();
    QVERIFY2(rte::api::test::isPlainWords(message), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Qt says")), qPrintable(message));
    QVERIFY2(!rte::api::test::speaksOfTheEditor(message), qPrintable(message));
}

void TestApiError::messageWith_putsTheCallersSentenceAfterTheReason()
{
    const QString context = QStringLiteral("Your changes are still in the form.");
    const ApiError error = typicalError(Kind::Timeout);
    QCOMPARE(error.messageWith(context), error.message() + QLatin1Char(' ') + context);
    QVERIFY(ApiError().messageWith(context).isEmpty());
}

void TestApiError::teamRequired_readsTheTeamsWhateverTheIdType()
{
    const ApiError error = ApiError::fromHttpStatus(403,
        R"({"title":"Forbidden","status":403,"code":"TEAM_REQUIRED","detail":"Pick a team.",
            "teams":[{"teamId":501,"teamName":"Northwind"},{"teamId":"t-9","teamName":"EMEA"},{"teamName":"no id"}]})");
    QCOMPARE(error.kind(), Kind::Forbidden);
    QCOMPARE(error.teams(),
        (QList<QPair<QString, QString>> {{QStringLiteral("501"), QStringLiteral("Northwind")},
            {QStringLiteral("t-9"), QStringLiteral("EMEA")}}));
    QVERIFY2(error.message().contains(QLatin1String("(Northwind, EMEA)")), qPrintable(error.message()));
    QVERIFY(ApiError::fromHttpStatus(403, R"({"code":"task.forbidden"})").teams().isEmpty());
}

void TestApiError::outcomeUnknown_isNotTransientAndSaysCheckFirst_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dropped") << ApiError::fromTransport(
        Kind::Network, QNetworkReply::RemoteHostClosedError, {})
                                    .setHost(QStringLiteral("api.reply.io"))
                             << QStringLiteral("The connection to api.reply.io broke");
    QTest::newRow("time-out") << ApiError::fromTransport(
        Kind::Timeout, QNetworkReply::OperationCanceledError, {})
                                     .setHost(QStringLiteral("api.reply.io"))
                              << QStringLiteral("did not answer in time");
    QTest::newRow("504") << ApiError::fromHttpStatus(504, {}) << QStringLiteral("error 504");
}

void TestApiError::outcomeUnknown_isNotTransientAndSaysCheckFirst()
{
    QFETCH(ApiError, error);
    QFETCH(QString, mentions);
    QVERIFY(error.isTransient());
    error.markOutcomeUnknown().setAttempts(1);
    QVERIFY(error.isOutcomeUnknown());
    QVERIFY(!error.isTransient());
    QCOMPARE(error.attempts(), 1);
    const QString message = error.message();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(
        message.contains(QLatin1String("Check the task in Reply before you try again")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('%')));
}

void TestApiError::localValidation_isTheWholeMessage()
{
    const ApiError error
        = ApiError::localValidation(QStringLiteral("/ids"), QStringLiteral("Choose fewer tasks."));
    QCOMPARE(error.kind(), Kind::Validation);
    QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.attempts(), 0);
    QCOMPARE(error.message(), QStringLiteral("Choose fewer tasks."));
    QCOMPARE(error.fieldProblems(),
        (QList<FieldProblem> {{QStringLiteral("/ids"), QStringLiteral("Choose fewer tasks.")}}));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
