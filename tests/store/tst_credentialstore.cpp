// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "filescontaining.h"
#include "store/credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace rte::store;
using Secret = CredentialStore::Secret;

namespace {

// Set by tests/store/with-keyring.sh ("real") or by the ctest entry without a keychain ("none").
QByteArray keychainMode()
{
    return qgetenv("RTE_KEYCHAIN_MODE");
}

QString newSentinel()
{
    return QStringLiteral("rte-sentinel-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int unixMode(const QString &path)
{
    struct stat info
    { };
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

using rte::testsupport::filesContaining;

// One call, one answer: waits for whichever signal comes and returns the failure kind, if any.
struct Outcome
{
    explicit Outcome(CredentialStore *store)
        : read(store, &CredentialStore::keyRead)
        , written(store, &CredentialStore::keyWritten)
        , deleted(store, &CredentialStore::keyDeleted)
        , failed(store, &CredentialStore::failed)
    { }
    int answers() const { return int(read.count() + written.count() + deleted.count() + failed.count()); }
    QString readValue() const { return read.isEmpty() ? QString() : read.first().at(1).toString(); }
    std::optional<CredentialStore::Error> error() const
    {
        if (failed.isEmpty())
            return std::nullopt;
        return failed.first().at(1).value<CredentialStore::Error>();
    }
    QString failure() const { return failed.isEmpty() ? QString() : failed.first().at(2).toString(); }

    QSignalSpy read;
    QSignalSpy written;
    QSignalSpy deleted;
    QSignalSpy failed;
};

constexpr int kKeychainTimeout = 20000;

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fileFallback_isOffUntilTheRepOptsIn();
    void fileFallback_keepsTheKeyReadableByItsOwnerOnly();
    void fileFallback_narrowsAWiderFileBeforeWriting();
    void fileFallback_roundTripsAndDeletesPerAccountAndSecret();

    void keychain_storesReadsAfterRestartAndDeletesWithoutPlaintext();
    void keychain_missing_saysSoAndKeepsTheKeyForTheSession();

private:
    QTemporaryDir m_dir;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<CredentialStore::Error>();
    qRegisterMetaType<CredentialStore::Secret>();
}

void TestCredentialStore::fileFallback_isOffUntilTheRepOptsIn()
{
    CredentialStore store;
    QVERIFY(!store.usesFileFallback());
    store.setFileFallback(m_dir.filePath(QStringLiteral("optin/keys.json")));
    QVERIFY(store.usesFileFallback());
    store.setFileFallback(QString());
    QVERIFY(!store.usesFileFallback());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("optin/keys.json"))));
}

void TestCredentialStore::fileFallback_keepsTheKeyReadableByItsOwnerOnly()
{
    // GIVEN the rep opted in to a key file in a folder that does not exist yet
    const QString path = m_dir.filePath(QStringLiteral("private/keys.json"));
    CredentialStore store;
    store.setFileFallback(path);
    Outcome outcome(&store);

    // WHEN a key is written
    store.writeKey(QStringLiteral("acct"), newSentinel());

    // THEN the file and its folder are the owner's alone
    QTRY_COMPARE(outcome.answers(), 1);
    QCOMPARE(outcome.written.count(), 1);
    QCOMPARE(unixMode(path), 0600);
    QCOMPARE(unixMode(m_dir.filePath(QStringLiteral("private"))), 0700);
}

void TestCredentialStore::fileFallback_narrowsAWiderFileBeforeWriting()
{
    // GIVEN a key file that someone made world-readable
    const QString path = m_dir.filePath(QStringLiteral("wide.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "secrets": {}})");
    }
    QVERIFY(QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(unixMode(path), 0644);
    CredentialStore store;
    store.setFileFallback(path);
    Outcome outcome(&store);

    // WHEN a key is written (QSaveFile would otherwise copy the old permissions)
    store.writeKey(QStringLiteral("acct"), newSentinel());

    // THEN it is 0600 again
    QTRY_COMPARE(outcome.written.count(), 1);
    QCOMPARE(unixMode(path), 0600);
}

void TestCredentialStore::fileFallback_roundTripsAndDeletesPerAccountAndSecret()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    const QString key = newSentinel();
    const QString email = QStringLiteral("rep@example.invalid");
    {
        CredentialStore store;
        store.setFileFallback(path);
        Outcome outcome(&store);
        store.writeKey(QStringLiteral("a"), key);
        store.writeKey(QStringLiteral("a"), email, Secret::ActingUserEmail);
        store.writeKey(QStringLiteral("b"), QStringLiteral("other"));
        QVERIFY(outcome.written.isEmpty()); // answers come from the event loop
        QTRY_COMPARE(outcome.written.count(), 3);
    }

    CredentialStore restarted;
    restarted.setFileFallback(path);
    Outcome read(&restarted);
    restarted.readKey(QStringLiteral("a"));
    QTRY_COMPARE(read.answers(), 1);
    QCOMPARE(read.readValue(), key);
    QCOMPARE(read.read.first().at(0).toString(), QStringLiteral("a"));

    Outcome readEmail(&restarted);
    restarted.readKey(QStringLiteral("a"), Secret::ActingUserEmail);
    QTRY_COMPARE(readEmail.answers(), 1);
    QCOMPARE(readEmail.readValue(), email);
    QCOMPARE(readEmail.read.first().at(2).value<Secret>(), Secret::ActingUserEmail);

    Outcome removed(&restarted);
    restarted.deleteKey(QStringLiteral("a"));
    QTRY_COMPARE(removed.deleted.count(), 1);

    Outcome missing(&restarted);
    restarted.readKey(QStringLiteral("a"));
    QTRY_COMPARE(missing.answers(), 1);
    QCOMPARE(missing.error(), CredentialStore::Error::NotFound);
    QVERIFY(!missing.failure().isEmpty());
    QVERIFY(filesContaining(m_dir.path(), key).isEmpty());

    Outcome other(&restarted);
    restarted.readKey(QStringLiteral("b"));
    QTRY_COMPARE(other.answers(), 1);
    QCOMPARE(other.readValue(), QStringLiteral("other"));
}

void TestCredentialStore::keychain_storesReadsAfterRestartAndDeletesWithoutPlaintext()
{
    if (keychainMode() != "real")
        QSKIP("no private Secret Service: run through tests/store/with-keyring.sh");
    const QString home = QDir::homePath();
    // Never search a real home folder: only the throw-away one that with-keyring.sh made.
    QVERIFY2(home.contains(QLatin1String("rte-keyring-home")), qPrintable(home));

    const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = newSentinel();
    const QString email = QStringLiteral("sentinel-") + QUuid::createUuid().toString(QUuid::Id128)
        + QStringLiteral("@example.invalid");

    // GIVEN a key and an address stored in the keychain
    {
        CredentialStore store;
        Outcome outcome(&store);
        store.writeKey(account, key);
        store.writeKey(account, email, Secret::ActingUserEmail);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.answers() == 2, kKeychainTimeout);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.failure()));
        QCOMPARE(outcome.written.count(), 2);
        QVERIFY(!store.isSessionOnly(account));
    }
    QVERIFY2(filesContaining(home, key).isEmpty(), "the key was written somewhere in plain text");
    QVERIFY2(filesContaining(home, email).isEmpty(), "the address was written somewhere in plain text");

    // WHEN a new store (the app restarted) reads them
    CredentialStore restarted;
    Outcome read(&restarted);
    restarted.readKey(account);
    QTRY_VERIFY_WITH_TIMEOUT(read.answers() == 1, kKeychainTimeout);
    QVERIFY2(read.failed.isEmpty(), qPrintable(read.failure()));
    QCOMPARE(read.readValue(), key);
    Outcome readEmail(&restarted);
    restarted.readKey(account, Secret::ActingUserEmail);
    QTRY_VERIFY_WITH_TIMEOUT(readEmail.answers() == 1, kKeychainTimeout);
    QCOMPARE(readEmail.readValue(), email);

    // THEN deleting them leaves nothing to read and nothing in plain text on disk
    Outcome removed(&restarted);
    restarted.deleteKey(account);
    restarted.deleteKey(account, Secret::ActingUserEmail);
    QTRY_VERIFY_WITH_TIMEOUT(removed.answers() == 2, kKeychainTimeout);
    QCOMPARE(removed.deleted.count(), 2);
    Outcome missing(&restarted);
    restarted.readKey(account);
    QTRY_VERIFY_WITH_TIMEOUT(missing.answers() == 1, kKeychainTimeout);
    QCOMPARE(missing.error(), CredentialStore::Error::NotFound);
    QVERIFY(filesContaining(home, key).isEmpty());
    QVERIFY(filesContaining(home, email).isEmpty());
    qInfo("exercised the Secret Service; HOME held %d files",
        int(QDir(home).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size()));
}

void TestCredentialStore::keychain_missing_saysSoAndKeepsTheKeyForTheSession()
{
    if (keychainMode() != "none")
        QSKIP("runs only in the ctest entry without a session bus");
    const QString account = QStringLiteral("session-only");
    const QString key = newSentinel();
    CredentialStore store;

    // WHEN there is no keychain at all
    Outcome write(&store);
    store.writeKey(account, key);
    QTRY_VERIFY_WITH_TIMEOUT(write.answers() == 1, kKeychainTimeout);

    // THEN the app is told so in plain words, and the key lives on in memory only
    QCOMPARE(write.error(), CredentialStore::Error::NoBackend);
    QVERIFY(!write.failure().isEmpty());
    QVERIFY(store.isSessionOnly(account));
    Outcome read(&store);
    store.readKey(account);
    QTRY_VERIFY_WITH_TIMEOUT(read.answers() == 1, kKeychainTimeout);
    QCOMPARE(read.readValue(), key);

    CredentialStore restarted;
    Outcome gone(&restarted);
    restarted.readKey(account);
    QTRY_VERIFY_WITH_TIMEOUT(gone.answers() == 1, kKeychainTimeout);
    QCOMPARE(gone.error(), CredentialStore::Error::NoBackend);
    QVERIFY(filesContaining(m_dir.path(), key).isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
