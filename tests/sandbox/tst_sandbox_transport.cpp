// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tst_sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace sandboxtest;

void tst_Sandbox::rateLimit_answers429WithRetryAfter()
{
    m_server->setRateLimit(3, 0);
    // Failed authentication does not count against the quota.
    QCOMPARE(m_client->send("GET", QStringLiteral("/v3/whoami"), {}, Auth::None).status, 401);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200);
    const auto limited = m_client->get(QStringLiteral("/v3/whoami"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Content-Type"), QByteArray("application/problem+json"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    QCOMPARE(limited.object().value(QLatin1String("detail")).toString(),
        QStringLiteral("Rate limit exceeded. Retry after %1 seconds.").arg(retryAfter));
    m_server->setRateLimit(0, 0);
    QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200);
}

void tst_Sandbox::fault_dropConnection()
{
    // QNetworkAccessManager silently resends a request once when its connection closes before any
    // byte of an answer (POST and PUT included), so it takes two drops for the client to see one.
    m_server->injectDropConnection(2, QStringLiteral("/v3/whoami"));
    QSignalSpy handled(m_server.get(), &TestSandbox::requestHandled);
    const auto dropped = m_client->get(QStringLiteral("/v3/whoami"));
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200);

    // One drop: the transparent resend gets through, and the dropped attempt changed nothing.
    m_server->injectDropConnection(1);
    QCOMPARE(m_client->post(QStringLiteral("/v3/tasks/3/complete"), {}).status, 200);
    QCOMPARE(m_server->requests().size(), 5);
    QCOMPARE(m_server->requests().at(3).path, QStringLiteral("/v3/tasks/3/complete"));
    QCOMPARE(m_server->requests().at(4).path, QStringLiteral("/v3/tasks/3/complete"));
}

void tst_Sandbox::fault_delay()
{
    m_server->injectDelay(400, 1, QStringLiteral("/v3/tasks"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200); // prefix does not match
    QVERIFY(timer.elapsed() < 400);
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/42")).status, 200);
    QVERIFY(timer.elapsed() >= 390);
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/42")).status, 200);
    QVERIFY(timer.elapsed() < 400);

    // A client that gives up early sees a timeout while the server still does the work.
    m_server->injectDelay(3000);
    m_client->setTimeout(200);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v3/tasks/3")).status, -1);
    QCOMPARE(m_server->task(3)->value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
}

void tst_Sandbox::fault_statusNTimes()
{
    m_server->injectStatus(503, 2, 7);
    for (int i = 0; i < 2; ++i) {
        const auto r = m_client->get(QStringLiteral("/v3/tasks/42"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.object().value(QLatin1String("status")).toInt(), 503);
    }
    QCOMPARE(m_client->get(QStringLiteral("/v3/tasks/42")).status, 200);

    m_server->injectStatus(502, 1, -1, QStringLiteral("/v3/contacts"));
    QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200);
    const auto bad = m_client->get(QStringLiteral("/v3/contacts/2001"));
    QCOMPARE(bad.status, 502);
    QVERIFY(!bad.hasHeader("Retry-After"));

    m_server->injectStatus(429, 1, 30);
    const auto limited = m_client->get(QStringLiteral("/v3/whoami"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("30"));

    m_server->injectStatus(504, 5);
    m_server->clearFaults();
    QCOMPARE(m_client->get(QStringLiteral("/v3/whoami")).status, 200);
}

void tst_Sandbox::fault_malformedJson()
{
    m_server->injectMalformedJson();
    const auto r = m_client->get(QStringLiteral("/v3/tasks"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/tasks")).object().value(QLatin1String("items")).toArray().size(),
        25);
}

void tst_Sandbox::http_pipelinedFragmentedAndClose()
{
    QTcpSocket socket;
    socket.connectToHost(m_server->baseUrl().host(), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "{\"ids\":[99999]}";
    const QByteArray requests
        = "GET /v3/whoami HTTP/1.1\r\nHost: x\r\nX-API-Key: demo-sandbox-key\r\n\r\n"
          "POST /v3/tasks/bulk-delete HTTP/1.1\r\nHost: x\r\nX-API-Key: demo-sandbox-key\r\n"
          "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body
        + "GET /v3/whoami/team-users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-sandbox-key\r\n"
          "Connection: close\r\n\r\n";
    // The first two arrive pipelined in one write with the first head split across writes; the
    // third is fed byte by byte.
    const qsizetype third = requests.indexOf("GET /v3/whoami/team-users");
    auto feed = [&socket](const QByteArray &bytes) {
        socket.write(bytes);
        socket.flush();
        QCoreApplication::processEvents(); // let the server read what has arrived so far
    };
    feed(requests.left(20));
    feed(requests.mid(20, third - 20));
    for (qsizetype i = third; i < requests.size(); ++i)
        feed(requests.mid(i, 1));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    received += socket.readAll();
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 3);
    const qsizetype who = received.indexOf("\"username\"");
    const qsizetype bulk = received.indexOf("\"99999\"");
    const qsizetype team = received.indexOf("\"teamName\"");
    QVERIFY(who > 0 && bulk > who && team > bulk);
    QVERIFY(received.contains("Connection: close"));
}

void tst_Sandbox::http_badFramingIsAnsweredThenClosed()
{
    const QList<QPair<QByteArray, QByteArray>> cases = {
        {"NONSENSE\r\n\r\n", "HTTP/1.1 400 "},
        {"POST /v3/tasks HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.1 501 "},
        {"GET /v3/whoami HTTP/1.1\r\nContent-Length: -4\r\n\r\n", "HTTP/1.1 400 "},
    };
    for (const auto &[request, statusLine] : cases) {
        QTcpSocket socket;
        socket.connectToHost(m_server->baseUrl().host(), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
        received += socket.readAll();
        QVERIFY2(received.startsWith(statusLine), received.constData());
        QVERIFY(received.contains("application/problem+json"));
    }
}

void tst_Sandbox::requests_areRecordedAndSignalled()
{
    QSignalSpy handled(m_server.get(), &TestSandbox::requestHandled);
    m_client->put(QStringLiteral("/v3/tasks/42?dryRun=1"), validBody());
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toByteArray(), QByteArray("PUT"));
    QCOMPARE(handled.at(0).at(1).toString(), QStringLiteral("/v3/tasks/42"));
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
    const auto recorded = m_server->requests();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).method, QByteArray("PUT"));
    QCOMPARE(recorded.at(0).path, QStringLiteral("/v3/tasks/42"));
    QCOMPARE(recorded.at(0).query.queryItemValue(QStringLiteral("dryRun")), QStringLiteral("1"));
    QCOMPARE(QJsonDocument::fromJson(recorded.at(0).body).object(), validBody());
    const bool sentKey
        = std::any_of(recorded.at(0).headers.cbegin(), recorded.at(0).headers.cend(), [](const auto &h) {
              return h.first.compare("X-API-Key", Qt::CaseInsensitive) == 0 && h.second == "demo-sandbox-key";
          });
    QVERIFY(sentKey);
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}
