// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The team list as names by user id, over the loopback sandbox.
#include "api/replyclient.h"
#include "presentation/teamdirectory.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using rte::presentation::TeamDirectory;
using rte::sandbox::SandboxServer;

class TestTeamDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userNames_areEmptyUntilTheTeamIsKnownThenNameEveryTeammate();
};

void TestTeamDirectory::userNames_areEmptyUntilTheTeamIsKnownThenNameEveryTeammate()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    rte::api::ReplyClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(SandboxServer::demoApiKey());
    TeamDirectory team(&client);
    QVERIFY(team.userNames().isEmpty());

    QSignalSpy ready(&team, &TeamDirectory::ready);
    team.fetch();
    QVERIFY(ready.wait());
    const QHash<qint64, QString> names = team.userNames();
    QVERIFY(!names.isEmpty());
    for (const rte::core::TeamUser &user : team.users())
        QCOMPARE(names.value(user.userId), user.userName);

    team.reset(); // another account
    QVERIFY(team.userNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamDirectory)
#include "tst_teamdirectory.moc"
