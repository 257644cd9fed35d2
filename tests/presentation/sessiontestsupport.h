// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// Fixtures shared by the account and settings tests: a sandbox, a client, the stores in a
// temporary folder, and a search for a secret in every file under a folder.

#include "../store/filescontaining.h"
#include "api/replyclient.h"
#include "presentation/accounteditor.h"
#include "presentation/accountsession.h"
#include "presentation/accountswitcher.h"
#include "presentation/connectioncheck.h"
#include "presentation/connectionsettingsfile.h"
#include "presentation/keystate.h"
#include "store/accountstore.h"
#include "store/credentialstore.h"
#include "support/testsandbox.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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
        , keys(session->keys())
        , switcher(session->switcher())
        , editor(std::make_unique<AccountEditor>(session.get()))
        , settingsFile(root + QStringLiteral("/config/accounts.ini"))
    {
        qRegisterMetaType<LocalError>();
        qRegisterMetaType<api::ApiError>();
        sandbox.setRateLimit(0, 0);
        keys->setEnvironmentKey(QString()); // the developer's own REPLY_API_KEY stays out
        keys->setKeyFilePath(root + QStringLiteral("/data/keys.json"));
    }
    ~SessionFixture()
    {
        editor.reset(); // its pass (if open) is undone while the session is there
        // The keychain runs one job after the other: once this last read is answered, none is left
        // running for a store about to go (libsecret would call back into a deleted job).
        const QString last = QStringLiteral("last-job-before-teardown");
        QSignalSpy read(&credentials, &store::CredentialStore::keyRead);
        QSignalSpy failed(&credentials, &store::CredentialStore::failed);
        credentials.readKey(last);
        const auto answered = [&last](const QSignalSpy &spy) {
            return std::any_of(spy.cbegin(), spy.cend(),
                [&last](const QList<QVariant> &arguments) { return arguments.constFirst() == last; });
        };
        (void)QTest::qWaitFor([&] { return answered(read) || answered(failed); }, kWaitMs);
    }

    QString addAccount(const QString &name, const sandbox::SandboxServer &server)
    {
        store::Account account;
        account.name = name;
        account.baseUrl = server.baseUrl();
        return switcher->add(account);
    }

    // Runs the action (a switch, a saved key) and waits for the session to settle: ready, a key
    // request or a problem (failed() of any piece). Returns which: "ready", "keyNeeded",
    // "problem: <text>" or "timeout".
    QString settle(const std::function<void()> &action)
    {
        QSignalSpy readySpy(session.get(), &AccountSession::ready);
        QSignalSpy keySpy(session.get(), &AccountSession::keyNeeded);
        QSignalSpy keyProblems(keys, &KeyState::failed);
        QSignalSpy accountProblems(switcher, &AccountSwitcher::failed);
        QSignalSpy fileProblems(session->settingsFile(), &ConnectionSettingsFile::failed);
        QSignalSpy checkProblems(session->check(), &ConnectionCheck::failed);
        action();
        const auto problem = [&]() -> QString {
            for (const QSignalSpy *spy : {&keyProblems, &accountProblems, &fileProblems})
                if (!spy->isEmpty())
                    return spy->constFirst().constFirst().value<LocalError>().message();
            if (!checkProblems.isEmpty())
                return checkProblems.constFirst().constFirst().value<api::ApiError>().message();
            return QString();
        };
        const bool settled = QTest::qWaitFor(
            [&] { return !readySpy.isEmpty() || !keySpy.isEmpty() || !problem().isNull(); }, kWaitMs);
        if (!readySpy.isEmpty())
            return QStringLiteral("ready");
        if (!keySpy.isEmpty())
            return QStringLiteral("keyNeeded");
        if (!problem().isNull())
            return QStringLiteral("problem: ") + problem();
        return settled ? QStringLiteral("?") : QStringLiteral("timeout");
    }

    // Tests the connection of the current account and returns (ok, who, message, teams).
    QList<QVariant> testConnection()
    {
        QSignalSpy tested(session->check(), &ConnectionCheck::tested);
        session->check()->test(switcher->currentId());
        if (tested.isEmpty() && !tested.wait(kWaitMs))
            return {};
        const auto error = tested.constFirst().at(2).value<api::ApiError>();
        return {tested.constFirst().at(0), tested.constFirst().at(1), error.message(),
            QVariant::fromValue(error.teams())};
    }

    testsupport::TestSandbox sandbox;
    api::ReplyClient client;
    store::CredentialStore credentials;
    std::unique_ptr<store::AccountStore> accounts;
    std::unique_ptr<AccountSession> session;
    KeyState *keys;
    AccountSwitcher *switcher;
    std::unique_ptr<AccountEditor> editor;
    QString settingsFile;
};

} // namespace rte::presentation::test
