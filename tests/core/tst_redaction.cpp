// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/redaction.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using namespace rte::core;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();

    void redact_masksSecretsAndLookalikes_data();
    void redact_masksSecretsAndLookalikes();
    void redact_leavesOrdinaryTextAlone_data();
    void redact_leavesOrdinaryTextAlone();
    void registeredSecret_isMaskedEverywhereUntilForgotten();
    void secretInsideAnother_isMaskedWhole();
    void blankSecret_isIgnored();
    void redact_isSafeFromManyThreads();
    void fuzzFinding_loneSurrogate_stillRedacts();
};

namespace {
const QString kKey = QStringLiteral("sentinel-KEY-7f3a9c");
const QString kProxyPassword = QStringLiteral("pr0xy-Pa55");
} // namespace

void TestRedaction::init()
{
    Redaction::clearSecrets();
    Redaction::registerSecret(kKey);
    Redaction::registerSecret(kProxyPassword);
}

void TestRedaction::cleanupTestCase()
{
    Redaction::clearSecrets();
}

void TestRedaction::redact_masksSecretsAndLookalikes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustNotContain");

    QTest::newRow("registered key") << QStringLiteral("key is sentinel-KEY-7f3a9c, really")
                                    << QStringList {kKey};
    QTest::newRow("registered proxy password")
        << QStringLiteral("proxy rep:pr0xy-Pa55@127.0.0.1") << QStringList {kProxyPassword};
    QTest::newRow("authorization header")
        << QStringLiteral("Authorization: Bearer abc.def-123") << QStringList {QStringLiteral("abc.def-123")};
    QTest::newRow("x-api-key header any case") << QStringLiteral("x-api-key: unregistered-key-1")
                                               << QStringList {QStringLiteral("unregistered-key-1")};
    QTest::newRow("qdebug header pair") << QStringLiteral("(\"X-API-Key\", \"unregistered-key-2\")")
                                        << QStringList {QStringLiteral("unregistered-key-2")};
    QTest::newRow("json header") << QStringLiteral("{\"Authorization\":\"Bearer tok-3\",\"x\":1}")
                                 << QStringList {QStringLiteral("tok-3")};
    QTest::newRow("x-user-email header") << QStringLiteral("X-User-Email: boss@corp.example")
                                         << QStringList {QStringLiteral("boss@corp.example")};
    QTest::newRow("proxy-authorization") << QStringLiteral("Proxy-Authorization: Basic cmVwOnMzY3JldA==")
                                         << QStringList {QStringLiteral("cmVwOnMzY3JldA==")};
    QTest::newRow("bare bearer token")
        << QStringLiteral("sent Bearer eyJhbGciOi.x.y now") << QStringList {QStringLiteral("eyJhbGciOi")};
    QTest::newRow("email address") << QStringLiteral("contact jane.doe+sales@example.co.uk opened")
                                   << QStringList {
                                          QStringLiteral("jane.doe"), QStringLiteral("example.co.uk")};
    QTest::newRow("percent-encoded email") << QStringLiteral("GET /v3/contacts?email=jane%40example.com")
                                           << QStringList {QStringLiteral("jane%40example.com")};
    QTest::newRow("phone number") << QStringLiteral("call +49 30 1234-5678 today")
                                  << QStringList {QStringLiteral("1234-5678"), QStringLiteral("+49 30")};
    QTest::newRow("phone number compact")
        << QStringLiteral("sms to +14155550123") << QStringList {QStringLiteral("4155550123")};
    QTest::newRow("deliveryInfo object")
        << QStringLiteral("{\"id\":5,\"deliveryInfo\":{\"email\":null,\"phoneNumber\":\"0301234\","
                          "\"linkedInUrl\":\"https://linkedin.com/in/jd\"},\"x\":2}")
        << QStringList {QStringLiteral("0301234"), QStringLiteral("linkedin.com/in/jd")};
    QTest::newRow("deliveryInfo escaped in a string")
        << QStringLiteral("\"{\\\"deliveryInfo\\\":{\\\"phoneNumber\\\":\\\"0301234\\\"}}\"")
        << QStringList {QStringLiteral("0301234")};
    QTest::newRow("deliveryInfo cut off")
        << QStringLiteral("{\"deliveryInfo\": {\"linkedInUrl\": \"https://li/x")
        << QStringList {QStringLiteral("https://li/x")};
    QTest::newRow("multi-line dump") << QStringLiteral("GET /v3/whoami\nX-API-Key: abc-999\nAccept: json")
                                     << QStringList {QStringLiteral("abc-999")};
}

void TestRedaction::redact_masksSecretsAndLookalikes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustNotContain);
    const QString redacted = Redaction::redact(text);
    for (const QString &secret : std::as_const(mustNotContain))
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(Redaction::mask()), qPrintable(redacted));
}

void TestRedaction::redact_leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("request line") << QStringLiteral("PUT /v3/tasks/42 status 200");
    QTest::newRow("date with offset") << QStringLiteral("due 2024-05-01T10:00:00+02:00");
    QTest::newRow("auth kind enum") << QStringLiteral(
        "auth header detected: ReplyClient::AuthHeader::Bearer");
    QTest::newRow("empty") << QString();
}

void TestRedaction::redact_leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    QCOMPARE(Redaction::redact(text), text);
}

void TestRedaction::registeredSecret_isMaskedEverywhereUntilForgotten()
{
    const QString secret = QStringLiteral("plain words secret");
    QCOMPARE(Redaction::redact(secret), secret);
    Redaction::registerSecret(QStringLiteral("  plain words secret "));
    QCOMPARE(Redaction::redact(QStringLiteral("a plain words secret b")),
        QStringLiteral("a ") + Redaction::mask() + QStringLiteral(" b"));
    QCOMPARE(Redaction::redact(QStringLiteral("q=plain%20words%20secret")),
        QStringLiteral("q=") + Redaction::mask());
    Redaction::forgetSecret(secret);
    QCOMPARE(Redaction::redact(secret), secret);
}

void TestRedaction::secretInsideAnother_isMaskedWhole()
{
    Redaction::registerSecret(QStringLiteral("abcd"));
    Redaction::registerSecret(QStringLiteral("xxabcdxx"));
    QCOMPARE(Redaction::redact(QStringLiteral("1 xxabcdxx 2 abcd")),
        QStringLiteral("1 %1 2 %1").arg(Redaction::mask()));
}

void TestRedaction::blankSecret_isIgnored()
{
    Redaction::registerSecret(QStringLiteral("   "));
    QCOMPARE(Redaction::redact(QStringLiteral("a b c")), QStringLiteral("a b c"));
}

void TestRedaction::redact_isSafeFromManyThreads()
{
    std::atomic<int> leaks {0};
    std::vector<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(QThread::create([t, &leaks] {
            for (int i = 0; i < 50; ++i) {
                const QString own = QStringLiteral("thread-secret-%1-%2").arg(t).arg(i);
                Redaction::registerSecret(own);
                const QString out = Redaction::redact(QStringLiteral("k=%1 and %2").arg(own, kKey));
                if (out.contains(own) || out.contains(kKey))
                    ++leaks;
            }
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(leaks.load(), 0);
}

void TestRedaction::fuzzFinding_loneSurrogate_stillRedacts()
{
    // fuzz_redaction reproducer (crash-c4f024d6...): "5t" then U+F3CF3 (a surrogate pair) five times;
    // the fuzzer put an X-API-Key header line at index 0x35 % (size + 1), between the two halves of a
    // pair. A string that is not valid UTF-16 made every pattern match nothing: the key went through.
    const QByteArray reproducer = QByteArray::fromBase64("NXR087Ozs7Ozs7Ozs7Ozs7Ozs7M=");
    const QString text = QString::fromUtf8(reproducer.mid(2));
    const qsizetype at = quint8(reproducer.at(0)) % (text.size() + 1);
    const QString headerKey = QStringLiteral("Zq8Xk2Lm9Np4Rt7Vw3Yb");
    const QString line
        = text.left(at) + QStringLiteral("\nX-API-Key: ") + headerKey + QLatin1Char('\n') + text.mid(at);
    QVERIFY(!QStringView(line).isValidUtf16());
    QVERIFY2(!Redaction::redact(line).contains(headerKey), qPrintable(Redaction::redact(line)));

    // The same with a registered key and an e-mail address beside a lone high surrogate.
    const QString lone
        = QString(QChar(0xD83D)) + QStringLiteral(" key ") + kKey + QStringLiteral(" jane@example.com");
    const QString redacted = Redaction::redact(lone);
    QVERIFY(!redacted.contains(kKey));
    QVERIFY(!redacted.contains(QLatin1String("jane@example.com")));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
