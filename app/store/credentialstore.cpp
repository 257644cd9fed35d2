// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/credentialstore.h"

#include "store/secretfile.h"
#include "store/storelogging.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace rte::store {

namespace {

CredentialStore::Error errorKind(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return CredentialStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Error::NoBackend;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 reports a missing Secret Service (no session bus, nothing that owns
    // org.freedesktop.secrets) as OtherError with the D-Bus text; that is "no keychain" too.
    static const QLatin1String noService[]
        = {QLatin1String("org.freedesktop.secrets"), QLatin1String("ServiceUnknown"), QLatin1String("D-Bus"),
            QLatin1String("DBus"), QLatin1String("Could not connect"), QLatin1String("autolaunch")};
    for (const QLatin1String &marker : noService) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return CredentialStore::Error::NoBackend;
    }
    return CredentialStore::Error::Other;
}

CredentialStore::Error fileErrorKind(SecretFile::Status status)
{
    switch (status) {
    case SecretFile::Status::NotFound:
        return CredentialStore::Error::NotFound;
    case SecretFile::Status::AccessDenied:
        return CredentialStore::Error::AccessDenied;
    case SecretFile::Status::Ok:
    case SecretFile::Status::Failed:
        break;
    }
    return CredentialStore::Error::Other;
}

QString plainMessage(CredentialStore::Error error)
{
    switch (error) {
    case CredentialStore::Error::NoBackend:
        return CredentialStore::tr("No keychain is available on this computer. The key is kept only "
                                   "until you quit the app.");
    case CredentialStore::Error::AccessDenied:
        return CredentialStore::tr("The keychain refused access. Unlock it and try again.");
    case CredentialStore::Error::NotFound:
        return CredentialStore::tr("No key is stored for this account.");
    case CredentialStore::Error::Other:
        break;
    }
    return CredentialStore::tr("The keychain could not be used.");
}

} // namespace

QString CredentialStore::serviceName()
{
    return QStringLiteral("io.github.replytaskeditor.TaskEditor");
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::entryName(const QString &account, Secret secret)
{
    switch (secret) {
    case Secret::ApiKey:
        return account + QLatin1String("/api-key");
    case Secret::ActingUserEmail:
        return account + QLatin1String("/acting-user-email");
    case Secret::ProxyPassword:
        return account + QLatin1String("/proxy-password");
    }
    return account;
}

void CredentialStore::setFileFallback(const QString &path)
{
    if (path.isEmpty()) {
        m_file.reset();
        return;
    }
    m_file = std::make_unique<SecretFile>(path);
    qCInfo(lcStore) << "the rep chose to keep keys in a private file instead of the keychain";
}

bool CredentialStore::usesFileFallback() const
{
    return m_file != nullptr;
}

bool CredentialStore::isSessionOnly(const QString &account, Secret secret) const
{
    return m_session.contains(entryName(account, secret));
}

void CredentialStore::fail(const QString &account, Secret secret, Error error)
{
    qCDebug(lcStore) << "keychain operation failed for account" << account << secret << error;
    Q_EMIT failed(account, error, plainMessage(error), secret);
}

void CredentialStore::readKey(const QString &account, Secret secret)
{
    if (m_file)
        return runOnFile(Operation::Read, account, secret, {});
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryName(account, secret));
    connect(job, &QKeychain::Job::finished, this, [this, account, secret](QKeychain::Job *done) {
        jobFinished(done, Operation::Read, account, secret, {});
    });
    job->start();
}

void CredentialStore::writeKey(const QString &account, const QString &key, Secret secret)
{
    if (m_file)
        return runOnFile(Operation::Write, account, secret, key);
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryName(account, secret));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account, secret, key](QKeychain::Job *done) {
        jobFinished(done, Operation::Write, account, secret, key);
    });
    job->start();
}

void CredentialStore::deleteKey(const QString &account, Secret secret)
{
    if (m_file)
        return runOnFile(Operation::Delete, account, secret, {});
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryName(account, secret));
    connect(job, &QKeychain::Job::finished, this, [this, account, secret](QKeychain::Job *done) {
        jobFinished(done, Operation::Delete, account, secret, {});
    });
    job->start();
}

void CredentialStore::jobFinished(
    QKeychain::Job *job, Operation operation, const QString &account, Secret secret, const QString &value)
{
    // Jobs delete themselves after finished() (autoDelete is on by default).
    const QString entry = entryName(account, secret);
    const Error kind = errorKind(job->error(), job->errorString());
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok) {
        // errorString() is QtKeychain's or D-Bus's own text; it never holds the secret.
        qCDebug(lcStore) << "keychain said:" << job->error() << job->errorString();
    }

    switch (operation) {
    case Operation::Read:
        if (ok) {
            m_session.remove(entry);
            Q_EMIT keyRead(account, qobject_cast<QKeychain::ReadPasswordJob *>(job)->textData(), secret);
        } else if (kind == Error::NoBackend && m_session.contains(entry)) {
            Q_EMIT keyRead(account, m_session.value(entry), secret);
        } else {
            fail(account, secret, kind);
        }
        return;
    case Operation::Write:
        if (ok) {
            m_session.remove(entry);
            Q_EMIT keyWritten(account, secret);
            return;
        }
        if (kind == Error::NoBackend)
            m_session.insert(entry, value);
        fail(account, secret, kind);
        return;
    case Operation::Delete:
        m_session.remove(entry);
        // Deleting what is not there leaves the wanted state: nothing stored.
        if (ok || kind == Error::NotFound || kind == Error::NoBackend)
            Q_EMIT keyDeleted(account, secret);
        else
            fail(account, secret, kind);
        return;
    }
}

void CredentialStore::runOnFile(
    Operation operation, const QString &account, Secret secret, const QString &value)
{
    SecretFile *file = m_file.get();
    const QString entry = entryName(account, secret);
    QString result;
    QString error;
    SecretFile::Status status = SecretFile::Status::Failed;
    switch (operation) {
    case Operation::Read:
        status = file->read(entry, &result, &error);
        break;
    case Operation::Write:
        status = file->write(entry, value, &error);
        break;
    case Operation::Delete:
        status = file->remove(entry, &error);
        break;
    }
    // Answer from the event loop, as the keychain does, so callers see one behaviour.
    QMetaObject::invokeMethod(
        this,
        [this, operation, account, secret, status, result, error] {
            if (status != SecretFile::Status::Ok) {
                qCDebug(lcStore) << "key file operation failed for account" << account << secret;
                Q_EMIT failed(account, fileErrorKind(status), error, secret);
                return;
            }
            switch (operation) {
            case Operation::Read:
                Q_EMIT keyRead(account, result, secret);
                return;
            case Operation::Write:
                Q_EMIT keyWritten(account, secret);
                return;
            case Operation::Delete:
                Q_EMIT keyDeleted(account, secret);
                return;
            }
        },
        Qt::QueuedConnection);
}

} // namespace rte::store
