// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// AccountSession against the loopback sandbox: the key's source, the header detection and what is
// remembered, team keys, switching accounts. Runs without a keychain (the key stays in session
// memory) and, as tst_accountsession_keyring, against a private Secret Service.
#include "sessiontestsupport.h"

#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace rte;
using namespace rte::presentation;
using namespace rte::presentation::test;
using State = KeyState::State;
using Teams = QList<QPair<QString, QString>>;
using AuthHeader = store::Account::AuthHeader;

class TestAccountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noAccount_asksForAKey();
    void accountWithoutKey_asksForAKey();
    void savedKey_isUsedAndReportedWithWhereItLives();
    void autoHeader_bearerOnlyServer_isDetectedAndRemembered();
    void newKey_isDetectedAgain();
    void environmentKey_overridesTheStoredKeyAndIsNeverWritten();
    void switchTo_switchesKeyAndBaseUrl();
    void teamRequired_listsTheTeamsToPick_andTheChosenTeamIsSent();
    void actingUserEmail_isSentButNeverWrittenToTheSettingsFile();
    void fileFallback_keepsTheKeyInAnOwnerOnlyFile();
    void wrongKey_failsWithThe401Message();
    void demoAccount_usesTheDemoServerWithoutTheKeychain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionFixture> m_f;
};

void TestAccountSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<KeyState::State>();
}

void TestAccountSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f = std::make_unique<SessionFixture>(m_dir->path());
    QVERIFY(m_f->sandbox.listen());
}

void TestAccountSession::cleanup()
{
    m_f.reset();
    m_dir.reset();
}

void TestAccountSession::noAccount_asksForAKey()
{
    QCOMPARE(m_f->settle([this] { m_f->session->start(); }), QStringLiteral("keyNeeded"));
    QCOMPARE(m_f->keys->state(), State::NoKey);
    QVERIFY(!m_f->client.hasApiKey());
}

void TestAccountSession::accountWithoutKey_asksForAKey()
{
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(id); }), QStringLiteral("keyNeeded"));
    QCOMPARE(m_f->keys->state(), State::NoKey);
    QCOMPARE(m_f->client.baseUrl(), m_f->sandbox.baseUrl());
}

void TestAccountSession::savedKey_isUsedAndReportedWithWhereItLives()
{
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    QCOMPARE(m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); }),
        QStringLiteral("ready"));
    const State expected = hasRealKeychain() ? State::Ready : State::SessionOnlyKey;
    QCOMPARE(m_f->keys->state(), expected);
    QCOMPARE(m_f->keys->keychainMissing(), !hasRealKeychain());

    const QList<QVariant> tested = m_f->testConnection();
    QVERIFY(!tested.isEmpty());
    QVERIFY2(tested.at(0).toBool(), qPrintable(tested.at(2).toString()));
    QVERIFY(tested.at(1).toString().startsWith(QLatin1String("Alex Morgan, team ")));

    // A second run of the app reads the key back (keychain, or session memory of this process).
    AccountSession again(&m_f->client, m_f->accounts.get(), &m_f->credentials);
    again.keys()->setEnvironmentKey(QString());
    m_f->client.setApiKey(QString());
    QSignalSpy ready(&again, &AccountSession::ready);
    again.start();
    QVERIFY(ready.wait(kWaitMs));
    QVERIFY(again.keys()->hasStoredKey());
    QVERIFY(m_f->client.hasApiKey());
}

void TestAccountSession::autoHeader_bearerOnlyServer_isDetectedAndRemembered()
{
    m_f->sandbox.setAcceptedAuthHeaders(sandbox::SandboxServer::Bearer);
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::Auto);
    m_f->settle([&] { m_f->switcher->switchTo(id); });

    QSignalSpy detected(m_f->session->check(), &ConnectionCheck::headerDetected);
    QCOMPARE(m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); }),
        QStringLiteral("ready"));
    QCOMPARE(detected.count(), 1);
    QCOMPARE(detected.constFirst().constFirst().value<AuthHeader>(), AuthHeader::Bearer);
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::Bearer);
    QCOMPARE(m_f->client.authHeader(), api::ReplyClient::AuthHeader::Bearer);
    // Remembered on disk: a fresh store (the next run) reads it back.
    store::AccountStore reread(m_f->settingsFile, m_dir->filePath(QStringLiteral("data")));
    QCOMPARE(reread.account(id)->authHeader, AuthHeader::Bearer);

    // The next test of the connection goes straight to Bearer, without trying X-API-Key first.
    m_f->sandbox.clearRequests();
    QVERIFY(m_f->testConnection().value(0).toBool());
    QCOMPARE(m_f->sandbox.requests().size(), 1);
}

void TestAccountSession::newKey_isDetectedAgain()
{
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); });
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::XApiKey);

    m_f->sandbox.setAcceptedAuthHeaders(sandbox::SandboxServer::Bearer);
    m_f->sandbox.setApiKey(QStringLiteral("second-key-for-bearer"));
    QCOMPARE(m_f->settle([this] { m_f->keys->saveKey(QStringLiteral("second-key-for-bearer"), false); }),
        QStringLiteral("ready"));
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::Bearer);
}

void TestAccountSession::environmentKey_overridesTheStoredKeyAndIsNeverWritten()
{
    const QString envKey = QStringLiteral("env-only-key-5b1d0e");
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    m_f->settle([this] { m_f->keys->saveKey(QStringLiteral("stored-key-which-is-wrong"), false); });

    m_f->sandbox.setApiKey(envKey);
    m_f->keys->setEnvironmentKey(envKey);
    QVERIFY(m_f->keys->usesEnvironmentKey());
    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(id); }), QStringLiteral("ready"));
    QCOMPARE(m_f->keys->state(), State::Ready);
    QVERIFY(m_f->testConnection().value(0).toBool());

    // Nowhere on disk ...
    QCOMPARE(filesContaining(m_dir->path(), envKey), QStringList());
    if (hasRealKeychain())
        QCOMPARE(filesContaining(qEnvironmentVariable("HOME"), envKey), QStringList());
    // ... and not in the keychain: the stored key is still the one the rep saved.
    QSignalSpy read(&m_f->credentials, &store::CredentialStore::keyRead);
    m_f->credentials.readKey(id);
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(read.constFirst().at(1).toString(), QStringLiteral("stored-key-which-is-wrong"));
}

void TestAccountSession::switchTo_switchesKeyAndBaseUrl()
{
    sandbox::SandboxServer other;
    other.setRateLimit(0, 0);
    other.setApiKey(QStringLiteral("other-account-key"));
    QVERIFY(other.listen());
    const QString first = m_f->addAccount(QStringLiteral("First"), m_f->sandbox);
    const QString second = m_f->addAccount(QStringLiteral("Second"), other);

    m_f->settle([&] { m_f->switcher->switchTo(first); });
    m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); });
    m_f->settle([&] { m_f->switcher->switchTo(second); });
    QCOMPARE(m_f->keys->state(), State::NoKey);
    QVERIFY(!m_f->client.hasApiKey()); // the first account's key does not travel to the second server
    m_f->settle([this] { m_f->keys->saveKey(QStringLiteral("other-account-key"), false); });
    QCOMPARE(m_f->client.baseUrl(), other.baseUrl());
    QVERIFY(m_f->testConnection().value(0).toBool());

    QSignalSpy changed(m_f->session.get(), &AccountSession::accountChanged);
    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(first); }), QStringLiteral("ready"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_f->accounts->currentId(), first);
    QCOMPARE(m_f->client.baseUrl(), m_f->sandbox.baseUrl());
    m_f->sandbox.clearRequests();
    QVERIFY(m_f->testConnection().value(0).toBool());
    QCOMPARE(m_f->sandbox.requests().size(), 1);
}

void TestAccountSession::teamRequired_listsTheTeamsToPick_andTheChosenTeamIsSent()
{
    m_f->sandbox.setRequiredTeam(QStringLiteral("42"));
    const QString id = m_f->addAccount(QStringLiteral("Agency"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); });

    const QList<QVariant> tested = m_f->testConnection();
    QVERIFY(!tested.value(0).toBool());
    const auto teams = tested.value(3).value<Teams>();
    QCOMPARE(teams.size(), 2);
    QCOMPARE(teams.constFirst().first, QStringLiteral("42"));
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::XApiKey); // the key itself was accepted

    AccountSettings values = m_f->editor->begin(false);
    values.teamId = teams.constFirst().first;
    QVERIFY(m_f->editor->save(values));
    QCOMPARE(m_f->client.teamId(), QStringLiteral("42"));
    QVERIFY(m_f->testConnection().value(0).toBool());
}

void TestAccountSession::actingUserEmail_isSentButNeverWrittenToTheSettingsFile()
{
    const QString email = QStringLiteral("acting.boss-3e9@example.org");
    const QString id = m_f->addAccount(QStringLiteral("Org"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); });
    AccountSettings values = m_f->editor->begin(false);
    values.actingUserEmail = email;
    QSignalSpy written(&m_f->credentials, &store::CredentialStore::keyWritten);
    QSignalSpy failed(&m_f->credentials, &store::CredentialStore::failed);
    QVERIFY(m_f->editor->save(values));
    QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    QCOMPARE(m_f->client.actingUserEmail(), email);
    QVERIFY(m_f->testConnection().value(0).toBool());
    QCOMPARE(filesContaining(m_dir->path(), email), QStringList());

    // Read back from the keychain when the account is opened again.
    m_f->client.setActingUserEmail(QString());
    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(id); }), QStringLiteral("ready"));
    QCOMPARE(m_f->client.actingUserEmail(), email);
}

void TestAccountSession::fileFallback_keepsTheKeyInAnOwnerOnlyFile()
{
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    QCOMPARE(m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), true); }),
        QStringLiteral("ready"));
    QCOMPARE(m_f->keys->state(), State::FileFallback);
    const QString path = m_f->keys->keyFilePath();
    QVERIFY(QFile::exists(path));
    struct stat info
    { };
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), 0600);

    // The next run finds the file and keeps using it without being asked again.
    store::CredentialStore credentials;
    AccountSession again(&m_f->client, m_f->accounts.get(), &credentials);
    again.keys()->setEnvironmentKey(QString());
    again.keys()->setKeyFilePath(path);
    QVERIFY(credentials.usesFileFallback());
    QSignalSpy ready(&again, &AccountSession::ready);
    again.start();
    QVERIFY(ready.wait(kWaitMs));
    QCOMPARE(again.keys()->state(), State::FileFallback);
}

void TestAccountSession::wrongKey_failsWithThe401Message()
{
    const QString id = m_f->addAccount(QStringLiteral("Work"), m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    const QString outcome = m_f->settle([this] { m_f->keys->saveKey(QStringLiteral("not-the-key"), false); });
    QVERIFY2(outcome.startsWith(QLatin1String("problem")), qPrintable(outcome));
    const QList<QVariant> tested = m_f->testConnection();
    QVERIFY(!tested.value(0).toBool());
    QCOMPARE(m_f->session->check()->lastTestError().kind(), api::ApiError::Kind::Unauthorized);
    QCOMPARE(tested.value(2).toString(), m_f->session->check()->lastTestError().message());
    QCOMPARE(m_f->accounts->account(id)->authHeader, AuthHeader::Auto);
}

void TestAccountSession::demoAccount_usesTheDemoServerWithoutTheKeychain()
{
    QSignalSpy reads(&m_f->credentials, &store::CredentialStore::keyRead);
    QSignalSpy failures(&m_f->credentials, &store::CredentialStore::failed);
    m_f->switcher->setDemoServer(
        [this] { return m_f->sandbox.baseUrl(); }, sandbox::SandboxServer::demoApiKey());
    QString id;
    QCOMPARE(m_f->settle([&] { id = m_f->switcher->openDemo(); }), QStringLiteral("ready"));
    QVERIFY(m_f->accounts->account(id)->demo);
    QCOMPARE(m_f->client.baseUrl(), m_f->sandbox.baseUrl());
    QVERIFY(m_f->testConnection().value(0).toBool());
    QCOMPARE(reads.count() + failures.count(), 0);
    QCOMPARE(m_f->switcher->openDemo(), id); // one demo account, found again
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
