// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/keystate.h"

#include "api/replyclient.h"
#include "core/redaction.h"
#include "presentation/accountlogging.h"
#include "presentation/secretkeeper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace rte::presentation {

KeyState::KeyState(api::ReplyClient *client, store::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_secrets(new SecretKeeper(credentials, this))
{
    setEnvironmentKey(qEnvironmentVariable("REPLY_API_KEY"));
    connect(m_secrets, &SecretKeeper::secretRead, this, &KeyState::onSecretRead);
    connect(m_secrets, &SecretKeeper::secretFailed, this, &KeyState::onSecretFailed);
    connect(m_secrets, &SecretKeeper::finished, this, &KeyState::settle);
    connect(m_secrets, &SecretKeeper::secretWritten, this, &KeyState::onKeyWritten);
    connect(m_secrets, &SecretKeeper::writeFailed, this, &KeyState::onWriteFailed);
}

KeyState::~KeyState() = default;

void KeyState::setEnvironmentKey(const QString &key)
{
    m_environmentKey = key.trimmed();
    core::Redaction::registerSecret(m_environmentKey);
}

void KeyState::setKeyFilePath(const QString &path)
{
    m_keyFilePath = path;
    // The file exists only because the rep opted in on an earlier run: keep honouring that choice.
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_credentials->setFileFallback(path);
}

void KeyState::reset(const QString &accountId)
{
    m_accountId = accountId;
    m_secrets->reset(accountId);
    m_demo = false;
    m_key.clear();
    m_hasStoredKey = false;
    m_actingUserEmail.clear();
    m_hasActingUserEmail = false;
    m_proxyPassword.clear();
    m_hasProxyPassword = false;
    m_restoringKey = false;
    m_client->setApiKey(QString()); // the last account's key must not reach this one's server
}

void KeyState::load(bool actingUserEmail, bool proxyPassword)
{
    // The stored key is read under REPLY_API_KEY too: not to use it, but so that Cancel in Settings
    // can put it back after the rep typed another one.
    QSet<Secret> reads {Secret::ApiKey};
    if (actingUserEmail)
        reads.insert(Secret::ActingUserEmail);
    if (proxyPassword)
        reads.insert(Secret::ProxyPassword);
    if (usesEnvironmentKey())
        m_client->setApiKey(m_environmentKey);
    setState(State::Loading);
    m_secrets->read(reads);
}

void KeyState::useDemoKey()
{
    m_demo = true;
    setState(State::Ready);
}

void KeyState::clear()
{
    setState(State::NoKey);
}

bool KeyState::hasKey() const
{
    return m_client->hasApiKey();
}

KeyState::State KeyState::storedKeyState() const
{
    if (usesEnvironmentKey())
        return State::Ready;
    if (m_credentials->usesFileFallback())
        return State::FileFallback;
    if (m_credentials->isSessionOnly(m_accountId))
        return State::SessionOnlyKey;
    return State::Ready;
}

void KeyState::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcAccount) << "key state" << state;
    Q_EMIT stateChanged(state);
}

void KeyState::settle()
{
    setState(hasKey() ? storedKeyState() : State::NoKey);
    Q_EMIT loaded();
}

QString KeyState::keyWarning() const
{
    if (m_state == State::SessionOnlyKey)
        return tr("No keychain is available on this computer. Your API key is kept only until you quit "
                  "the app.");
    if (m_state == State::FileFallback)
        return tr("Your API key is kept in a file on this computer that only you can read, not in the "
                  "keychain: %1")
            .arg(QDir::toNativeSeparators(m_keyFilePath));
    return QString();
}

bool KeyState::saveKey(const QString &key, bool allowFileFallback)
{
    const QString trimmed = key.trimmed();
    if (m_accountId.isEmpty() || m_demo) {
        Q_EMIT failed(LocalError(
            LocalError::Kind::MissingInput, tr("Choose or add an account before you enter a key.")));
        return false;
    }
    if (trimmed.isEmpty()) {
        Q_EMIT failed(LocalError(LocalError::Kind::MissingInput, tr("Enter your Reply API key.")));
        return false;
    }
    core::Redaction::registerSecret(trimmed);
    if (allowFileFallback && !m_keyFilePath.isEmpty())
        m_credentials->setFileFallback(m_keyFilePath);
    if (!usesEnvironmentKey())
        m_client->setApiKey(trimmed);
    Q_EMIT keyEntered();
    m_key = trimmed;
    m_restoringKey = false;
    bool stored = false; // set by onKeyWritten(), once it is
    m_secrets->write(Secret::ApiKey, trimmed, &stored); // also drops a stored key still on its way
    return true;
}

void KeyState::saveActingUserEmail(const QString &email)
{
    if (m_accountId.isEmpty())
        return;
    m_actingUserEmail = email;
    m_secrets->write(Secret::ActingUserEmail, email, &m_hasActingUserEmail);
}

void KeyState::saveProxyPassword(const QString &password)
{
    if (m_accountId.isEmpty() || password.isEmpty())
        return;
    m_proxyPassword = password;
    m_secrets->write(Secret::ProxyPassword, password, &m_hasProxyPassword);
}

void KeyState::checkpoint()
{
    Stored now;
    now.key = m_key;
    now.hasKey = m_hasStoredKey;
    now.actingUserEmail = m_actingUserEmail;
    now.hasActingUserEmail = m_hasActingUserEmail;
    now.proxyPassword = m_proxyPassword;
    now.hasProxyPassword = m_hasProxyPassword;
    now.fileFallback = m_credentials->usesFileFallback();
    now.keyFileExisted = !m_keyFilePath.isEmpty() && QFileInfo::exists(m_keyFilePath);
    now.state = m_state;
    m_checkpoint = now;
}

void KeyState::forgetAccount()
{
    forgetSecrets();
    if (m_checkpoint)
        undoKeyFileChoice(*std::exchange(m_checkpoint, std::nullopt));
}

bool KeyState::undoKeyFileChoice(const Stored &before)
{
    if (before.fileFallback || !m_credentials->usesFileFallback())
        return false;
    m_credentials->setFileFallback(QString());
    if (!before.keyFileExisted)
        QFile::remove(m_keyFilePath);
    return true;
}

void KeyState::forgetSecrets()
{
    // A key typed moments ago may still be on its way to the keychain: delete it all the same
    // (the keychain takes one job after the other).
    bool keyMayExist = m_hasStoredKey || !m_key.isEmpty();
    m_secrets->write(Secret::ApiKey, QString(), &keyMayExist);
    m_hasStoredKey = false;
    m_secrets->write(Secret::ActingUserEmail, QString(), &m_hasActingUserEmail);
    m_secrets->write(Secret::ProxyPassword, QString(), &m_hasProxyPassword);
    m_key.clear();
    m_actingUserEmail.clear();
    m_proxyPassword.clear();
}

void KeyState::restoreCheckpoint()
{
    if (!m_checkpoint)
        return;
    const Stored before = *std::exchange(m_checkpoint, std::nullopt);
    // The answer to a key write still on its way (the typed key's, or this restore's own) must not
    // make the key count as stored nor say loaded(): the key is what it was before.
    m_restoringKey = true;
    if (!before.fileFallback && m_credentials->usesFileFallback()) {
        // The rep ticked "keep the key in a file" and cancelled: what went into the file leaves it
        // (the file answers at once), the file too when it is new, and the keychain (untouched
        // since) holds what it held.
        forgetSecrets();
        undoKeyFileChoice(before);
        m_hasStoredKey = before.hasKey;
        m_hasActingUserEmail = before.hasActingUserEmail;
        m_hasProxyPassword = before.hasProxyPassword;
    } else {
        if (before.hasKey && (m_key != before.key || !m_hasStoredKey)) {
            bool stored = false;
            m_secrets->write(Secret::ApiKey, before.key, &stored);
            m_hasStoredKey = true;
        } else if (!before.hasKey) {
            bool keyMayExist = m_hasStoredKey || !m_key.isEmpty(); // see forgetSecrets()
            m_secrets->write(Secret::ApiKey, QString(), &keyMayExist);
            m_hasStoredKey = false;
        }
        if (m_actingUserEmail != before.actingUserEmail || m_hasActingUserEmail != before.hasActingUserEmail)
            m_secrets->write(Secret::ActingUserEmail, before.actingUserEmail, &m_hasActingUserEmail);
        if (m_proxyPassword != before.proxyPassword || m_hasProxyPassword != before.hasProxyPassword)
            m_secrets->write(Secret::ProxyPassword, before.proxyPassword, &m_hasProxyPassword);
    }
    m_key = before.key;
    m_actingUserEmail = before.actingUserEmail;
    m_proxyPassword = before.proxyPassword;
    if (!usesEnvironmentKey() && !m_demo)
        m_client->setApiKey(before.key);
    const bool settled = before.state != State::Loading;
    setState(!hasKey() ? State::NoKey : settled ? before.state : storedKeyState());
    qCDebug(lcAccount) << "restored the secrets of account" << m_accountId;
}

void KeyState::onSecretRead(Secret secret, const QString &value)
{
    switch (secret) {
    case Secret::ApiKey:
        m_hasStoredKey = true;
        m_key = value;
        if (!usesEnvironmentKey())
            m_client->setApiKey(value);
        return;
    case Secret::ActingUserEmail:
        m_hasActingUserEmail = true;
        m_actingUserEmail = value;
        m_client->setActingUserEmail(value);
        return;
    case Secret::ProxyPassword:
        m_hasProxyPassword = true;
        m_proxyPassword = value;
        return;
    }
}

void KeyState::reportFailure(Error error, const QString &message)
{
    m_keychainMissing = m_keychainMissing || error == Error::NoBackend;
    // Nothing stored is the normal first-run case, and no keychain is no surprise worth a message:
    // the state says it, and the window shows it for as long as it lasts.
    if (error != Error::NotFound && error != Error::NoBackend)
        Q_EMIT failed(LocalError(LocalError::Kind::Keychain, message));
}

void KeyState::onSecretFailed(Secret, Error error, const QString &message)
{
    reportFailure(error, message);
}

void KeyState::onKeyWritten(Secret secret)
{
    if (secret != Secret::ApiKey || std::exchange(m_restoringKey, false))
        return;
    m_hasStoredKey = true;
    setState(storedKeyState());
    if (!m_secrets->isReading())
        settle();
}

void KeyState::onWriteFailed(Secret secret, Error error, const QString &message)
{
    reportFailure(error, message);
    // The key stays on the client for this session either way.
    if (secret != Secret::ApiKey || std::exchange(m_restoringKey, false))
        return;
    m_hasStoredKey = error == Error::NoBackend;
    setState(State::SessionOnlyKey);
    if (!m_secrets->isReading())
        settle();
}

} // namespace rte::presentation
