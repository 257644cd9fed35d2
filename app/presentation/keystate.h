// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/localerror.h"
#include "store/credentialstore.h"

#include <QObject>
#include <QString>

#include <optional>

namespace rte::api {
class ReplyClient;
}

namespace rte::presentation {

class SecretKeeper;

// The current account's key and secrets, and where they live. The key comes from REPLY_API_KEY
// when set (never stored anywhere), else from the CredentialStore; it goes onto the client. Also the
// acting user's e-mail (the client gets it too) and the proxy password (proxyPassword()). It says
// where the key is kept (state(), keyWarning()) and, for Cancel in Settings, puts back what was
// stored at checkpoint(). Every secret it touches is registered with core::Redaction before it can
// reach a log. Failures are failed() with a LocalError.
class KeyState : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoKey, // nothing to send yet: ask the rep
        Loading, // reading secrets from the keychain
        Ready, // the key is in the keychain (or REPLY_API_KEY, or the demo key)
        SessionOnlyKey, // no keychain: the key is gone when the app quits; say so
        FileFallback // the rep chose a file readable by them alone; say so
    };
    Q_ENUM(State)
    using Secret = store::CredentialStore::Secret;

    // Reads REPLY_API_KEY.
    KeyState(api::ReplyClient *client, store::CredentialStore *credentials, QObject *parent = nullptr);
    ~KeyState() override;

    // REPLY_API_KEY: used for every account but the demo, never written.
    void setEnvironmentKey(const QString &key);
    bool usesEnvironmentKey() const { return !m_environmentKey.isEmpty(); }
    // Where the opt-in key file lives. If it exists, the rep chose it on an earlier run.
    void setKeyFilePath(const QString &path);
    QString keyFilePath() const { return m_keyFilePath; }

    // Leaves the last account's secrets (and the client's key) behind for this account's.
    void reset(const QString &accountId);
    // Reads this account's key (kept aside, not used, under REPLY_API_KEY) and, when asked, the
    // acting user's e-mail and the proxy password. loaded() when every answer is in.
    void load(bool actingUserEmail, bool proxyPassword);
    // The demo account: its key is the demo server's (set on the client elsewhere); Ready.
    void useDemoKey();
    // No account, or none usable: NoKey.
    void clear();

    State state() const { return m_state; }
    bool hasKey() const;
    // True once the system said it has no keychain.
    bool keychainMissing() const { return m_keychainMissing; }
    // A key for this account sits in the keychain, the file or session memory (not REPLY_API_KEY).
    bool hasStoredKey() const { return m_hasStoredKey; }
    // The warning that must stay visible while the key is not in the keychain; empty otherwise.
    QString keyWarning() const;
    // As read from the keychain (never from a file), for the Settings form and the client.
    QString actingUserEmail() const { return m_actingUserEmail; }
    QString proxyPassword() const { return m_proxyPassword; }

    // Puts the key on the client at once (keyEntered()), then into the keychain; with
    // allowFileFallback (and a key file path) into the owner-only file instead. loaded() follows
    // once it is stored. False and failed() without an account or without a key.
    bool saveKey(const QString &key, bool allowFileFallback);
    // Onto the client and into the keychain; an empty one deletes the stored one.
    void saveActingUserEmail(const QString &email);
    // Into the keychain; an empty one is ignored (the stored one stays).
    void saveProxyPassword(const QString &password);

    // Remembers what is stored for this account now (and whether the key file is in use and
    // exists), so that Cancel in Settings can put it back: restoreCheckpoint() for the same
    // account, forgetAccount() for one made since. dropCheckpoint() keeps what changed (OK).
    void checkpoint();
    void restoreCheckpoint();
    // Deletes every secret the current account has stored, and turns the key file off again when
    // it was turned on since checkpoint() (removing the file when it is new).
    void forgetAccount();
    void dropCheckpoint() { m_checkpoint.reset(); }

Q_SIGNALS:
    void stateChanged(rte::presentation::KeyState::State state);
    // A key the rep typed is on the client: another key may want the other auth header.
    void keyEntered();
    // The reads (or a saved key's write) are answered; hasKey() says whether there is a key.
    void loaded();
    void failed(const rte::presentation::LocalError &error);

private:
    using Error = store::CredentialStore::Error;
    struct Stored
    {
        QString key;
        bool hasKey = false;
        QString actingUserEmail;
        bool hasActingUserEmail = false;
        QString proxyPassword;
        bool hasProxyPassword = false;
        bool fileFallback = false;
        bool keyFileExisted = false;
        State state = State::NoKey;
    };

    void settle();
    void setState(State state);
    State storedKeyState() const;
    void onSecretRead(Secret secret, const QString &value);
    void onSecretFailed(Secret secret, Error error, const QString &message);
    void onKeyWritten(Secret secret);
    void onWriteFailed(Secret secret, Error error, const QString &message);
    void reportFailure(Error error, const QString &message);
    void forgetSecrets();
    // True when it turned off a key file that was turned on since `before`.
    bool undoKeyFileChoice(const Stored &before);

    api::ReplyClient *m_client;
    store::CredentialStore *m_credentials;
    SecretKeeper *m_secrets;
    QString m_environmentKey;
    QString m_keyFilePath;
    QString m_accountId;
    State m_state = State::NoKey;
    bool m_keychainMissing = false;
    bool m_demo = false;
    // What is stored for this account, and whether it is: clearing a field deletes only what
    // exists (a keychain job still running when the app quits is best avoided).
    QString m_key;
    bool m_hasStoredKey = false;
    QString m_actingUserEmail;
    bool m_hasActingUserEmail = false;
    QString m_proxyPassword;
    bool m_hasProxyPassword = false;
    // Set by restoreCheckpoint() until the next saveKey(): the one key-write answer still to come
    // (SecretKeeper reports one per secret) changes nothing the rep waits for.
    bool m_restoringKey = false;
    std::optional<Stored> m_checkpoint;
};

} // namespace rte::presentation
