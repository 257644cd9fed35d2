// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/accountstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rte::store;

namespace {

Account sampleAccount()
{
    Account account;
    account.name = QStringLiteral("Acme EU");
    account.baseUrl = QUrl(QStringLiteral("https://api.reply.io/v3/"));
    account.authHeader = Account::AuthHeader::Bearer;
    account.teamId = QStringLiteral("team-17");
    account.actingUserId = QStringLiteral("321");
    account.demo = true;
    return account;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void accounts_roundTripThroughTheSettingsFile_data();
    void accounts_roundTripThroughTheSettingsFile();
    void settingsFile_holdsNoSecretOrPersonalData();
    void update_andRemove_areKeptAndSignalled();
    void current_isRememberedAndClearedWithItsAccount();
    void eachAccount_hasItsOwnDataDirectory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(QStringLiteral("config/accounts.ini"));
}

void TestAccountStore::accounts_roundTripThroughTheSettingsFile_data()
{
    QTest::addColumn<int>("authHeader");
    QTest::addColumn<bool>("demo");
    QTest::newRow("auto") << int(Account::AuthHeader::Auto) << false;
    QTest::newRow("x-api-key") << int(Account::AuthHeader::XApiKey) << true;
    QTest::newRow("bearer") << int(Account::AuthHeader::Bearer) << false;
}

void TestAccountStore::accounts_roundTripThroughTheSettingsFile()
{
    QFETCH(int, authHeader);
    QFETCH(bool, demo);

    Account first = sampleAccount();
    first.authHeader = Account::AuthHeader(authHeader);
    first.demo = demo;
    Account second = sampleAccount();
    second.name = QStringLiteral("Zeta sandbox");
    second.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123/"));
    {
        AccountStore store(m_settingsFile, m_dir->filePath(QStringLiteral("data")));
        QSignalSpy changed(&store, &AccountStore::changed);
        first.id = store.add(first);
        second.id = store.add(second);
        QVERIFY(!QUuid::fromString(first.id).isNull());
        QVERIFY(first.id != second.id);
        QCOMPARE(changed.count(), 2);
    }

    const AccountStore restarted(m_settingsFile, m_dir->filePath(QStringLiteral("data")));
    QCOMPARE(restarted.list().size(), 2);
    QVERIFY(restarted.list().at(0) == first); // in the order they were added
    QVERIFY(restarted.list().at(1) == second);
}

void TestAccountStore::settingsFile_holdsNoSecretOrPersonalData()
{
    // GIVEN an account with an address and a URL that carries credentials
    const QString email = QStringLiteral("sentinel.person@example.invalid");
    Account account = sampleAccount();
    account.actingUserEmail = email;
    account.baseUrl
        = QUrl(QStringLiteral("https://user:SENTINELPASS@api.reply.io/v3/?apiKey=SENTINELKEY#frag"));
    QString id;
    {
        AccountStore store(m_settingsFile, m_dir->filePath(QStringLiteral("data")));
        id = store.add(account);
        QVERIFY(!id.isEmpty());
        // The address is there for this session...
        QCOMPARE(store.account(id)->actingUserEmail, email);
        QCOMPARE(store.account(id)->baseUrl, QUrl(QStringLiteral("https://api.reply.io/v3/")));
    }

    // THEN the file holds none of it
    const QByteArray bytes = fileBytes(m_settingsFile);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("sentinel.person"));
    QVERIFY(!bytes.contains("example.invalid"));
    QVERIFY(!bytes.contains("SENTINELPASS"));
    QVERIFY(!bytes.contains("SENTINELKEY"));
    QVERIFY(bytes.contains("api.reply.io"));
    // ...and a new session has to read it from the keychain.
    QVERIFY(AccountStore(m_settingsFile, m_dir->path()).account(id)->actingUserEmail.isEmpty());
}

void TestAccountStore::update_andRemove_areKeptAndSignalled()
{
    AccountStore store(m_settingsFile, m_dir->filePath(QStringLiteral("data")));
    Account account = sampleAccount();
    account.id = store.add(account);
    const QString otherId = store.add(sampleAccount());
    QSignalSpy changed(&store, &AccountStore::changed);

    account.name = QStringLiteral("Renamed");
    QVERIFY(store.update(account));
    QVERIFY(store.remove(otherId));
    Account unknown = sampleAccount();
    unknown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!store.update(unknown));

    QCOMPARE(changed.count(), 2);
    const AccountStore restarted(m_settingsFile, m_dir->path());
    QCOMPARE(restarted.list().size(), 1);
    QCOMPARE(restarted.list().first().name, QStringLiteral("Renamed"));
}

void TestAccountStore::current_isRememberedAndClearedWithItsAccount()
{
    QString id;
    {
        AccountStore store(m_settingsFile, m_dir->path());
        QVERIFY(!store.current());
        id = store.add(sampleAccount());
        QVERIFY(store.setCurrent(id));
        QVERIFY(!store.setCurrent(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QCOMPARE(store.currentId(), id);
    }
    AccountStore store(m_settingsFile, m_dir->path());
    QCOMPARE(store.current()->id, id);
    QVERIFY(store.remove(id));
    QVERIFY(!store.current());
    QVERIFY(AccountStore(m_settingsFile, m_dir->path()).currentId().isEmpty());
}

void TestAccountStore::eachAccount_hasItsOwnDataDirectory()
{
    const QString root = m_dir->filePath(QStringLiteral("data"));
    AccountStore store(m_settingsFile, root);
    const QString a = store.add(sampleAccount());
    const QString b = store.add(sampleAccount());

    QCOMPARE(store.dataDirectory(a), root + QStringLiteral("/accounts/") + a);
    QVERIFY(store.dataDirectory(a) != store.dataDirectory(b));
    QVERIFY(store.draftsDirectory(a).startsWith(store.dataDirectory(a) + QLatin1Char('/')));
    QVERIFY(store.outboxDirectory(a) != store.draftsDirectory(a));
    QVERIFY(store.dataDirectory(QStringLiteral("../../etc")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
