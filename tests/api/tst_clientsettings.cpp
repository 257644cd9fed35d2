// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Client settings over the wire: auth header detection, team and acting-user headers, TEAM_REQUIRED,
// TLS with a company CA (HTTPS sandbox), and manual or system proxies (a loopback proxy in this test).

#include "api/authdetection.h"
#include "api/replyclient.h"
#include "apitestsupport.h"
#include "loopbackproxy.h"
#include "support/testsandbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QtTest>

#include <memory>

using rte::api::ApiError;
using rte::api::AuthDetection;
using rte::api::ReplyClient;
using rte::testsupport::TestSandbox;
using Kind = ApiError::Kind;

using namespace rte::api::test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(RTE_API_TEST_DATA "/") + QLatin1String(name);
}

QByteArray readData(const char *name)
{
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestClientSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void detectAuthHeader_findsTheOneTheServerTakes_data();
    void detectAuthHeader_findsTheOneTheServerTakes();
    void detectAuthHeader_wrongKey_failsAfterBoth();
    void teamAndActingUser_goOnEveryRequest();
    void teamRequired_listsTheTeamsToPickFrom();
    void tls_unknownCa_isRefusedWithHostErrorsAndFingerprint();
    void tls_companyCa_isTrustedByThisClientOnly();
    void tls_unreadableCaFile_isReported();
    void proxy_manual_forwardsTheRequest();
    void proxy_withCredentials_authenticates();
    void proxy_wrongCredentials_failsClearly();
    void proxy_system_neverProxiesLoopback();

private:
    void listenTls();
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ReplyClient> m_client;
};

void TestClientSettings::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    m_client = std::make_unique<ReplyClient>();
    m_client->setApiKey(TestSandbox::demoApiKey());
    m_client->setRetryPolicy(3, 20, 100);
    if (!QTest::currentTestFunction() || !QByteArray(QTest::currentTestFunction()).startsWith("tls_")) {
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
        m_client->setBaseUrl(m_sandbox->baseUrl());
    }
}

void TestClientSettings::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    qunsetenv("http_proxy");
}

void TestClientSettings::listenTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readData("server.pem")));
    tls.setPrivateKey(QSslKey(readData("server.key"), QSsl::Ec));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QVERIFY(m_sandbox->listenTls(tls));
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    m_client->setBaseUrl(m_sandbox->baseUrl());
}

void TestClientSettings::detectAuthHeader_findsTheOneTheServerTakes_data()
{
    QTest::addColumn<int>("serverAccepts");
    QTest::addColumn<ReplyClient::AuthHeader>("expected");
    QTest::addColumn<int>("requests");
    QTest::newRow("only X-API-Key") << int(TestSandbox::XApiKey) << ReplyClient::AuthHeader::XApiKey << 1;
    QTest::newRow("only Bearer") << int(TestSandbox::Bearer) << ReplyClient::AuthHeader::Bearer << 2;
}

void TestClientSettings::detectAuthHeader_findsTheOneTheServerTakes()
{
    QFETCH(int, serverAccepts);
    QFETCH(ReplyClient::AuthHeader, expected);
    QFETCH(int, requests);
    m_sandbox->setAcceptedAuthHeaders(TestSandbox::AuthHeaders(serverAccepts));
    // Start from the other header, so remembering the winner is visible.
    m_client->setAuthHeader(expected == ReplyClient::AuthHeader::Bearer ? ReplyClient::AuthHeader::XApiKey
                                                                        : ReplyClient::AuthHeader::Bearer);
    AuthDetection *detection = m_client->detectAuthHeader();
    QSignalSpy detected(detection, &AuthDetection::detected);
    QSignalSpy failed(detection, &AuthDetection::failed);
    QSignalSpy finished(detection, &AuthDetection::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(detected.count(), 1);
    QCOMPARE(detected.constFirst().at(0).value<ReplyClient::AuthHeader>(), expected);
    QCOMPARE(detected.constFirst().at(1).value<rte::api::WhoAmI>().userId, qint64(1001));
    QCOMPARE(m_client->authHeader(), expected);

    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), requests);
    QVERIFY(hasHeader(recorded.constFirst(), "X-API-Key")); // X-API-Key is tried first
    QVERIFY(!hasHeader(recorded.constFirst(), "Authorization"));
    if (requests == 2) {
        QCOMPARE(header(recorded.at(1), "Authorization"), "Bearer " + TestSandbox::demoApiKey().toUtf8());
        QVERIFY(!hasHeader(recorded.at(1), "X-API-Key"));
    }
    Watch next(m_client->whoAmI()); // the remembered header is used from now on
    QVERIFY(next.wait());
    QCOMPARE(next.succeeded.count(), 1);
}

void TestClientSettings::detectAuthHeader_wrongKey_failsAfterBoth()
{
    m_client->setApiKey(QStringLiteral("revoked"));
    AuthDetection *detection = m_client->detectAuthHeader();
    QSignalSpy failed(detection, &AuthDetection::failed);
    QSignalSpy detected(detection, &AuthDetection::detected);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(detected.count(), 0);
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind(), Kind::Unauthorized);
    QCOMPARE(m_sandbox->requests().size(), 2);
}

void TestClientSettings::teamAndActingUser_goOnEveryRequest()
{
    m_client->setTeamId(QStringLiteral(" 501\n"));
    m_client->setActingUserEmail(QStringLiteral("priya.natarajan@example.com"));
    Watch get(m_client->getTask(1));
    Watch list(m_client->listTasks(5, 0));
    QVERIFY(get.wait());
    QVERIFY(list.wait());
    m_client->setActingUserId(QStringLiteral("1002")); // replaces the e-mail: one or the other
    Watch who(m_client->whoAmI());
    QVERIFY(who.wait());

    const auto recorded = m_sandbox->requests();
    QCOMPARE(recorded.size(), 3);
    for (const auto &request : recorded)
        QCOMPARE(header(request, "X-TEAM-ID"), QByteArray("501"));
    QCOMPARE(header(recorded.at(0), "X-User-Email"), QByteArray("priya.natarajan@example.com"));
    QCOMPARE(header(recorded.at(1), "X-User-Email"), QByteArray("priya.natarajan@example.com"));
    QVERIFY(!hasHeader(recorded.at(0), "X-User-Id"));
    QCOMPARE(header(recorded.at(2), "X-User-Id"), QByteArray("1002"));
    QVERIFY(!hasHeader(recorded.at(2), "X-User-Email"));
    QVERIFY(m_client->actingUserEmail().isEmpty());
}

void TestClientSettings::teamRequired_listsTheTeamsToPickFrom()
{
    m_sandbox->setRequiredTeam(QStringLiteral("501"));
    Watch missing(m_client->getTask(1));
    QVERIFY(missing.wait());
    const ApiError error = missing.error();
    QCOMPARE(error.kind(), Kind::Forbidden);
    QCOMPARE(error.code(), QStringLiteral("TEAM_REQUIRED"));
    using Team = QPair<QString, QString>;
    QCOMPARE(error.teams(),
        (QList<Team> {{QStringLiteral("501"), QStringLiteral("Northwind Sales")},
            {QStringLiteral("777"), QStringLiteral("Southwind Partners")}}));
    QVERIFY2(error.message().contains(QLatin1String("Northwind Sales, Southwind Partners")),
        qPrintable(error.message()));
    QVERIFY(isPlainWords(error.message()));
    QCOMPARE(error.attempts(), 1);

    m_client->setTeamId(QStringLiteral("777"));
    Watch other(m_client->getTask(1));
    QVERIFY(other.wait());
    QCOMPARE(other.error().code(), QStringLiteral("TEAM_NOT_ACCESSIBLE"));

    m_client->setTeamId(error.teams().constFirst().first);
    Watch chosen(m_client->getTask(1));
    QVERIFY(chosen.wait());
    QCOMPARE(chosen.succeeded.count(), 1);
    QCOMPARE(m_sandbox->requests().size(), 3);
}

void TestClientSettings::tls_unknownCa_isRefusedWithHostErrorsAndFingerprint()
{
    listenTls();
    Watch watch(m_client->getTask(1));
    QVERIFY(watch.wait());
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Tls);
    QCOMPARE(error.attempts(), 1); // never retried: waiting does not make a certificate trustworthy
    QVERIFY(!error.tlsErrors().isEmpty());
    const QString expected = QString::fromLatin1(
        QSslCertificate(readData("server.pem")).digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(error.certificateFingerprint(), expected);
    const QString message = error.message();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port())), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("SHA-256")), qPrintable(message));
    for (const QString &tlsError : error.tlsErrors())
        QVERIFY2(message.contains(tlsError), qPrintable(message));
    QVERIFY(m_sandbox->requests().isEmpty()); // nothing, not even the key, went over the connection
}

void TestClientSettings::tls_companyCa_isTrustedByThisClientOnly()
{
    listenTls();
    const ApiError problem = m_client->addCaCertificatesFromFile(dataFile("ca.pem"));
    QVERIFY2(!problem.isError(), qPrintable(problem.message()));
    QCOMPARE(m_client->extraCaCertificates().size(), 1);
    Watch watch(m_client->getTask(1));
    QVERIFY(watch.wait());
    QCOMPARE(watch.order, (QStringList {QStringLiteral("succeeded"), QStringLiteral("finished")}));
    QCOMPARE(m_sandbox->requests().size(), 1);

    // The CA was added to that client's requests, not to the application.
    ReplyClient other;
    other.setBaseUrl(m_sandbox->baseUrl());
    other.setApiKey(TestSandbox::demoApiKey());
    other.setRetryPolicy(1, 0, 0);
    Watch refused(other.getTask(1));
    QVERIFY(refused.wait());
    QCOMPARE(refused.error().kind(), Kind::Tls);
}

void TestClientSettings::tls_unreadableCaFile_isReported()
{
    // The same error shape as a failed request: an ApiError, here of kind Settings.
    const ApiError missing = m_client->addCaCertificatesFromFile(dataFile("missing.pem"));
    QCOMPARE(missing.kind(), Kind::Settings);
    QVERIFY2(missing.message().contains(QLatin1String("missing.pem")), qPrintable(missing.message()));
    const ApiError notPem = m_client->addCaCertificatesFromFile(dataFile("README.md"));
    QCOMPARE(notPem.kind(), Kind::Settings);
    QVERIFY2(notPem.message().contains(QLatin1String("no PEM certificate")), qPrintable(notPem.message()));
    QVERIFY(isPlainWords(notPem.message()));
    QVERIFY(m_client->extraCaCertificates().isEmpty());
}

void TestClientSettings::proxy_manual_forwardsTheRequest()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    m_client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    Watch watch(m_client->whoAmI());
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    const QByteArray line
        = "GET http://127.0.0.1:" + QByteArray::number(m_sandbox->port()) + "/v3/whoami HTTP/1.1";
    QCOMPARE(proxy.forwardedRequestLines(), (QList<QByteArray> {line}));
    QCOMPARE(m_sandbox->requests().size(), 1);
    QCOMPARE(m_sandbox->requests().constFirst().path, QStringLiteral("/v3/whoami"));
}

void TestClientSettings::proxy_withCredentials_authenticates()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setCredentials("rep", "s3cret");
    m_client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port(),
        QStringLiteral("rep"), QStringLiteral("s3cret")));
    Watch watch(m_client->getTask(1));
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    QCOMPARE(proxy.forwardedRequestLines().size(), 1);
    QCOMPARE(m_sandbox->requests().size(), 1);
    QVERIFY(!hasHeader(m_sandbox->requests().constFirst(), "Proxy-Authorization")); // stays with the proxy
}

void TestClientSettings::proxy_wrongCredentials_failsClearly()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setCredentials("rep", "s3cret");
    m_client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port(),
        QStringLiteral("rep"), QStringLiteral("wrong")));
    Watch watch(m_client->getTask(1));
    QVERIFY(watch.wait());
    const ApiError error = watch.error();
    QCOMPARE(error.kind(), Kind::Proxy);
    QVERIFY(!error.isTransient());
    QCOMPARE(error.attempts(), 1);
    QVERIFY2(error.message().contains(QLatin1String("proxy server asked for a user name and password")),
        qPrintable(error.message()));
    QVERIFY(proxy.challenges() >= 1);
    QVERIFY(proxy.forwardedRequestLines().isEmpty());
    QVERIFY(m_sandbox->requests().isEmpty());
}

void TestClientSettings::proxy_system_neverProxiesLoopback()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    ReplyClient client; // the default: the system's proxy settings
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(TestSandbox::demoApiKey());
    Watch watch(client.whoAmI());
    QVERIFY(watch.wait());
    QCOMPARE(watch.succeeded.count(), 1);
    QVERIFY(proxy.forwardedRequestLines().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_clientsettings.moc"
