#pragma once

// Fixtures shared by the account and settings tests: a sandbox, a client, the stores in a
// temporary folder, and a search for a secret in every file under a folder.

#include "../store/filescontaining.h"
#include "api/replyclient.h"
#include "presentation/accountsession.h"
#include "store/accountstore.h"
#include "store/credentialstore.h"
#include "support/testsandbox.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace rte::presentation::test {

constexpr int kWaitMs = 20000;

// "real" under tests/store/with-keyring.sh, "none" where the session bus points nowhere.
inline bool hasRealKeychain()
{
    return qgetenv("RTE_KEYCHAIN_MODE") == "real";
}

using rte::testsupport::filesContaining;

// One app's worth of objects over a temporary folder, talking to a sandbox.
struct SessionFixture
{
    explicit SessionFixture(const QString &root)
        : accounts(std::make_unique<store::AccountStore>(
            root + QStringLiteral("/config/accounts.ini"), root + QStringLiteral("/data")))
        , session(std::make_unique<AccountSession>(&client, accounts.get(), &credentials))
        , settingsFile(root + QStringLiteral("/config/accounts.ini"))
    {
        sandbox.setRateLimit(0, 0);
        session->setEnvironmentKey(QString()); // the developer's own REPLY_API_KEY stays out
        session->setKeyFilePath(root + QStringLiteral("/data/keys.json"));
    }

    QString addAccount(const QString &name, const sandbox::SandboxServer &server)
    {
        store::Account account;
        account.name = name;
        account.baseUrl = server.baseUrl();
        return session->addAccount(account);
    }

    // Runs the action (a switch, a saved key) and waits for the session to settle: ready, a key
    // request or a problem. Returns which: "ready", "keyNeeded", "problem: <text>" or "timeout".
    QString settle(const std::function<void()> &action)
    {
        QSignalSpy readySpy(session.get(), &AccountSession::ready);
        QSignalSpy keySpy(session.get(), &AccountSession::keyNeeded);
        QSignalSpy problemSpy(session.get(), &AccountSession::problem);
        action();
        const bool settled = QTest::qWaitFor(
            [&] { return !readySpy.isEmpty() || !keySpy.isEmpty() || !problemSpy.isEmpty(); }, kWaitMs);
        if (!readySpy.isEmpty())
            return QStringLiteral("ready");
        if (!keySpy.isEmpty())
            return QStringLiteral("keyNeeded");
        if (!problemSpy.isEmpty())
            return QStringLiteral("problem: ") + problemSpy.constFirst().constFirst().toString();
        return settled ? QStringLiteral("?") : QStringLiteral("timeout");
    }

    // Runs testConnection() and returns its (ok, who, message, teams) arguments.
    QList<QVariant> testConnection()
    {
        QSignalSpy tested(session.get(), &AccountSession::connectionTested);
        session->testConnection();
        if (tested.isEmpty() && !tested.wait(kWaitMs))
            return {};
        return tested.constFirst();
    }

    testsupport::TestSandbox sandbox;
    api::ReplyClient client;
    store::CredentialStore credentials;
    std::unique_ptr<store::AccountStore> accounts;
    std::unique_ptr<AccountSession> session;
    QString settingsFile;
};

} // namespace rte::presentation::test
