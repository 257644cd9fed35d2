// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace QKeychain {
class Job;
}

namespace rte::store {

class SecretFile;

// Secrets of an account (the API key, the X-User-Email address, later a proxy password) in the
// system keychain through QtKeychain (Secret Service / KWallet), never in a settings file.
// Every call answers asynchronously with exactly one signal: keyRead/keyWritten/keyDeleted or
// failed. When the system has no keychain, writeKey() fails with NoBackend and keeps the value
// in memory for this session only; readKey() then answers from memory. The app must tell the rep.
// setFileFallback() is an explicit opt-in: secrets then go to a 0600 file instead.
// Neither keys nor their values are ever logged.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        NoBackend, // no keychain service on this system
        AccessDenied, // locked, or the rep said no
        NotFound, // nothing stored for this account
        Other
    };
    Q_ENUM(Error)

    enum class Secret
    {
        ApiKey,
        ActingUserEmail,
        ProxyPassword
    };
    Q_ENUM(Secret)

    static QString serviceName(); // "io.github.replytaskeditor.TaskEditor"

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // A non-empty path turns the file fallback on, an empty one turns it off again.
    void setFileFallback(const QString &path);
    bool usesFileFallback() const;
    // True when the secret exists only in memory because no keychain was available.
    bool isSessionOnly(const QString &account, Secret secret = Secret::ApiKey) const;

    void readKey(const QString &account, Secret secret = Secret::ApiKey);
    void writeKey(const QString &account, const QString &key, Secret secret = Secret::ApiKey);
    void deleteKey(const QString &account, Secret secret = Secret::ApiKey);

    // The name of the keychain entry: "<account>/api-key", "<account>/acting-user-email", ...
    static QString entryName(const QString &account, Secret secret);

Q_SIGNALS:
    void keyRead(const QString &account, const QString &key, rte::store::CredentialStore::Secret secret);
    void keyWritten(const QString &account, rte::store::CredentialStore::Secret secret);
    void keyDeleted(const QString &account, rte::store::CredentialStore::Secret secret);
    void failed(const QString &account, rte::store::CredentialStore::Error error, const QString &message,
        rte::store::CredentialStore::Secret secret);

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    void runOnFile(Operation operation, const QString &account, Secret secret, const QString &value);
    void jobFinished(QKeychain::Job *job, Operation operation, const QString &account, Secret secret,
        const QString &value);
    void fail(const QString &account, Secret secret, Error error);

    std::unique_ptr<SecretFile> m_file;
    QHash<QString, QString> m_session; // entry name -> value, when there is no keychain
};

} // namespace rte::store
