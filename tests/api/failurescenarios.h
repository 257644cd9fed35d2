// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// The arrange steps of tst_replyclient's failure table: each prepares the sandbox, the client or the
// PUT body so that the next call fails in one particular way.

#include "api/replyclient.h"
#include "core/taskcodec.h"
#include "support/testsandbox.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <functional>

namespace rte::api::test {

using core::TaskCodec;
using testsupport::TestSandbox;

using Arrange = std::function<void(TestSandbox &, ReplyClient &, QJsonObject &body)>;

inline void nothing(TestSandbox &, ReplyClient &, QJsonObject &)
{ }

inline void dueBeforeStart(TestSandbox &, ReplyClient &, QJsonObject &body)
{
    const QDateTime startAt = TaskCodec::dateTimeFromJson(body.value(QLatin1String("startAt")));
    body.insert(QLatin1String("dueTo"), TaskCodec::dateTimeToWire(startAt.addSecs(-3600)));
}

inline void wrongKey(TestSandbox &, ReplyClient &client, QJsonObject &)
{
    client.setApiKey(QStringLiteral("not-the-key"));
}

inline void rateLimited(TestSandbox &sandbox, ReplyClient &, QJsonObject &)
{
    sandbox.injectStatus(429, 1, 7);
}

inline void unavailable(TestSandbox &sandbox, ReplyClient &, QJsonObject &)
{
    sandbox.injectStatus(503);
}

inline void slowServer(TestSandbox &sandbox, ReplyClient &client, QJsonObject &)
{
    client.setTimeout(300);
    sandbox.injectDelay(3000);
}

inline void droppedConnection(TestSandbox &sandbox, ReplyClient &, QJsonObject &)
{
    // Twice: Qt's HTTP channel re-sends once by itself when a connection closes before the answer.
    sandbox.injectDropConnection(2);
}

inline void nothingListening(TestSandbox &, ReplyClient &client, QJsonObject &)
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(probe.serverPort());
    probe.close(); // nothing listens there any more
    client.setBaseUrl(url);
}

inline void malformedJson(TestSandbox &sandbox, ReplyClient &, QJsonObject &)
{
    sandbox.injectMalformedJson();
}

} // namespace rte::api::test

Q_DECLARE_METATYPE(rte::api::test::Arrange)
