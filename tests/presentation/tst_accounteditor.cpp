// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Settings as the presentation layer runs it, without widgets, against the loopback sandbox and
// without a keychain: Cancel undoes what the pass did (a new account, a typed key, an edited
// record), OK applies the values to the client, and a switch tells the window what it needs.
#include "sessiontestsupport.h"

#include <QDir>
#include <QStandardPaths>

using namespace rte;
using namespace rte::presentation;
using namespace rte::presentation::test;

namespace {

QStringList ids(const QList<store::Account> &accounts)
{
    QStringList result;
    for (const store::Account &account : accounts)
        result.append(account.id);
    return result;
}

} // namespace

class TestAccountEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addingAnAccount_thenCancelling_leavesTheListAndTheCurrentAccount();
    void addingTheFirstAccount_thenCancelling_leavesNoAccount();
    void editingAnAccount_thenCancelling_putsRecordFileAndKeyBack();
    void keyFileChosen_thenCancelling_removesTheFileAndKeepsTheOldKey();
    void saving_appliesTheValuesToTheClient();
    void switchingAccounts_emitsWhatTheWindowNeeds();

private:
    // An account on the fixture's sandbox with its key saved, current and ready.
    QString readyAccount(const QString &name);
    // The stored key of an account, or "" when none is stored.
    QString storedKey(const QString &accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionFixture> m_f;
};

void TestAccountEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f = std::make_unique<SessionFixture>(m_dir->path());
    QVERIFY(m_f->sandbox.listen());
}

void TestAccountEditor::cleanup()
{
    m_f.reset();
    m_dir.reset();
}

QString TestAccountEditor::readyAccount(const QString &name)
{
    const QString id = m_f->addAccount(name, m_f->sandbox);
    m_f->settle([&] { m_f->switcher->switchTo(id); });
    if (m_f->settle([this] { m_f->keys->saveKey(sandbox::SandboxServer::demoApiKey(), false); })
        != QLatin1String("ready"))
        return {};
    return id;
}

QString TestAccountEditor::storedKey(const QString &accountId)
{
    QSignalSpy read(&m_f->credentials, &store::CredentialStore::keyRead);
    QSignalSpy failed(&m_f->credentials, &store::CredentialStore::failed);
    m_f->credentials.readKey(accountId);
    // Answers about other accounts (a switch reads the next one's key) are not this one.
    const auto answered = [&accountId](const QSignalSpy &spy) {
        for (const QList<QVariant> &arguments : spy)
            if (arguments.constFirst().toString() == accountId)
                return true;
        return false;
    };
    if (!QTest::qWaitFor([&] { return answered(read) || answered(failed); }, kWaitMs))
        return QStringLiteral("(no answer)");
    for (const QList<QVariant> &arguments : std::as_const(read))
        if (arguments.constFirst().toString() == accountId)
            return arguments.at(1).toString();
    return QString();
}

void TestAccountEditor::addingAnAccount_thenCancelling_leavesTheListAndTheCurrentAccount()
{
    const QString first = readyAccount(QStringLiteral("Work"));
    QVERIFY(!first.isEmpty());
    const QStringList before = ids(m_f->accounts->list());
    sandbox::SandboxServer other;
    other.setRateLimit(0, 0);
    const QString otherKey = QStringLiteral("second-account-key-81c2");
    other.setApiKey(otherKey);
    QVERIFY(other.listen());

    AccountSettings values = m_f->editor->begin(true);
    values.name = QStringLiteral("Second");
    values.apiKey = otherKey;
    values.baseUrl = other.baseUrl();
    QSignalSpy tested(m_f->editor.get(), &AccountEditor::tested);
    QVERIFY(m_f->editor->test(values));
    QVERIFY(tested.wait(kWaitMs));
    QVERIFY(tested.constFirst().constFirst().toBool());
    const QString created = m_f->switcher->currentId();
    QVERIFY(created != first); // the test ran against the new account
    QCOMPARE(m_f->client.baseUrl(), other.baseUrl());

    QSignalSpy changed(m_f->session.get(), &AccountSession::accountChanged);
    QCOMPARE(m_f->settle([this] { m_f->editor->cancel(); }), QStringLiteral("ready"));
    QCOMPARE(ids(m_f->accounts->list()), before);
    QCOMPARE(m_f->accounts->currentId(), first);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), first);
    // The first account is on the client again, with its own key and server.
    QCOMPARE(m_f->client.baseUrl(), m_f->sandbox.baseUrl());
    QVERIFY(m_f->testConnection().value(0).toBool());
    // Nothing of the cancelled account stays: no key, no folder.
    QCOMPARE(storedKey(created), QString());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("data/accounts/") + created)).exists());
    QCOMPARE(filesContaining(m_dir->path(), otherKey), QStringList());
}

void TestAccountEditor::addingTheFirstAccount_thenCancelling_leavesNoAccount()
{
    QCOMPARE(m_f->settle([this] { m_f->session->start(); }), QStringLiteral("keyNeeded"));
    AccountSettings values = m_f->editor->begin(true);
    values.apiKey = sandbox::SandboxServer::demoApiKey();
    values.baseUrl = m_f->sandbox.baseUrl();
    QSignalSpy tested(m_f->editor.get(), &AccountEditor::tested);
    QVERIFY(m_f->editor->test(values));
    QVERIFY(tested.wait(kWaitMs));
    QCOMPARE(m_f->accounts->list().size(), 1);

    QSignalSpy changed(m_f->session.get(), &AccountSession::accountChanged);
    m_f->editor->cancel();
    QVERIFY(m_f->accounts->list().isEmpty());
    QCOMPARE(m_f->accounts->currentId(), QString());
    QVERIFY(!m_f->client.hasApiKey());
    QCOMPARE(m_f->keys->state(), KeyState::State::NoKey);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), QString()); // no account's folders any more
}

void TestAccountEditor::editingAnAccount_thenCancelling_putsRecordFileAndKeyBack()
{
    const QString id = readyAccount(QStringLiteral("Work"));
    QVERIFY(!id.isEmpty());
    const store::Account before = *m_f->accounts->account(id);
    const QString iniPath
        = m_dir->filePath(QStringLiteral("data/accounts/") + id + QStringLiteral("/connection.ini"));
    QVERIFY(!QFile::exists(iniPath));

    AccountSettings values = m_f->editor->begin(false);
    QCOMPARE(values.name, QStringLiteral("Work"));
    values.name = QStringLiteral("Renamed");
    values.teamId = QStringLiteral("42");
    values.connection.proxyMode = ConnectionSettings::ProxyMode::None;
    values.apiKey = QStringLiteral("not-the-key-5e7");
    QSignalSpy tested(m_f->editor.get(), &AccountEditor::tested);
    QVERIFY(m_f->editor->test(values));
    QVERIFY(tested.wait(kWaitMs));
    QVERIFY(!tested.constFirst().constFirst().toBool());
    QCOMPARE(m_f->accounts->account(id)->name, QStringLiteral("Renamed")); // the test used the values
    QVERIFY(QFile::exists(iniPath));

    QSignalSpy changed(m_f->session.get(), &AccountSession::accountChanged);
    // Without a keychain the old key goes back to session memory: that write says "no backend".
    QSignalSpy written(&m_f->credentials, &store::CredentialStore::keyWritten);
    QSignalSpy failed(&m_f->credentials, &store::CredentialStore::failed);
    m_f->editor->cancel();
    QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    QCOMPARE(*m_f->accounts->account(id), before);
    QCOMPARE(m_f->accounts->currentId(), id);
    QCOMPARE(changed.count(), 0); // the same account: the window keeps what it shows
    QVERIFY(!QFile::exists(iniPath));
    QCOMPARE(m_f->session->settingsFile()->current(), ConnectionSettings());
    QCOMPARE(m_f->client.teamId(), QString());
    QCOMPARE(storedKey(id), sandbox::SandboxServer::demoApiKey());
    QVERIFY(m_f->testConnection().value(0).toBool()); // the old key is on the client again
    QVERIFY(!m_f->editor->isOpen());
}

void TestAccountEditor::keyFileChosen_thenCancelling_removesTheFileAndKeepsTheOldKey()
{
    const QString id = readyAccount(QStringLiteral("Work"));
    QVERIFY(!id.isEmpty());
    const QString keyFile = m_f->keys->keyFilePath();
    QVERIFY(!QFile::exists(keyFile));

    AccountSettings values = m_f->editor->begin(false);
    values.apiKey = QStringLiteral("key-for-the-file-9d1");
    values.keyInFile = true;
    QVERIFY(m_f->editor->apply(values));
    QVERIFY(m_f->credentials.usesFileFallback());
    QVERIFY(QFile::exists(keyFile));

    m_f->editor->cancel();
    QVERIFY(!m_f->credentials.usesFileFallback());
    QVERIFY(!QFile::exists(keyFile));
    QCOMPARE(filesContaining(m_dir->path(), values.apiKey), QStringList());
    QCOMPARE(storedKey(id), sandbox::SandboxServer::demoApiKey());
    QVERIFY(m_f->testConnection().value(0).toBool());
}

void TestAccountEditor::saving_appliesTheValuesToTheClient()
{
    const QString id = readyAccount(QStringLiteral("Work"));
    QVERIFY(!id.isEmpty());
    AccountSettings values = m_f->editor->begin(false);
    values.name = QStringLiteral("Renamed");
    values.teamId = QStringLiteral("42");
    values.actingUserId = QStringLiteral("7");
    values.connection.proxyMode = ConnectionSettings::ProxyMode::None;
    QVERIFY(m_f->editor->save(values));
    QVERIFY(!m_f->editor->isOpen());

    QCOMPARE(m_f->client.teamId(), QStringLiteral("42"));
    QCOMPARE(m_f->client.actingUserId(), QStringLiteral("7"));
    QCOMPARE(m_f->accounts->account(id)->name, QStringLiteral("Renamed"));
    QCOMPARE(m_f->session->settingsFile()->current().proxyMode, ConnectionSettings::ProxyMode::None);
    // A Cancel after OK has nothing left to undo.
    m_f->editor->cancel();
    QCOMPARE(m_f->accounts->account(id)->teamId, QStringLiteral("42"));
    // And the next run finds them.
    store::AccountStore reread(m_f->settingsFile, m_dir->filePath(QStringLiteral("data")));
    QCOMPARE(reread.account(id)->teamId, QStringLiteral("42"));
}

void TestAccountEditor::switchingAccounts_emitsWhatTheWindowNeeds()
{
    const QString first = readyAccount(QStringLiteral("First"));
    QVERIFY(!first.isEmpty());
    const QString second = m_f->addAccount(QStringLiteral("Second"), m_f->sandbox);
    QSignalSpy changed(m_f->session.get(), &AccountSession::accountChanged);

    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(second); }), QStringLiteral("keyNeeded"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), second);
    QCOMPARE(changed.at(0).at(1).toString(), m_f->accounts->draftsDirectory(second));
    QCOMPARE(changed.at(0).at(2).toString(), m_f->accounts->outboxDirectory(second));
    QCOMPARE(changed.at(0).at(3).toBool(), false);

    QCOMPARE(m_f->settle([&] { m_f->switcher->switchTo(first); }), QStringLiteral("ready"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), first);

    m_f->switcher->setDemoServer(
        [this] { return m_f->sandbox.baseUrl(); }, sandbox::SandboxServer::demoApiKey());
    QString demo;
    QCOMPARE(m_f->settle([&] { demo = m_f->switcher->openDemo(); }), QStringLiteral("ready"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(0).toString(), demo);
    QCOMPARE(changed.at(2).at(1).toString(), m_f->accounts->draftsDirectory(demo));
    QCOMPARE(changed.at(2).at(3).toBool(), true);
}

QTEST_GUILESS_MAIN(TestAccountEditor)
#include "tst_accounteditor.moc"
