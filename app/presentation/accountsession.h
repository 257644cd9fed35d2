#pragma once

#include "api/apierror.h"
#include "api/whoami.h"
#include "presentation/connectionsettings.h"
#include "store/account.h"
#include "store/credentialstore.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

namespace rte::api {
class ReplyClient;
}
namespace rte::store {
class AccountStore;
}

namespace rte::presentation {

class ConnectionCheck;
class SecretKeeper;

// Puts the current account onto the ReplyClient: base URL, auth header (detected once and
// remembered in the AccountStore), team and acting-user headers, company CA and proxy, and the key.
// The key comes from REPLY_API_KEY when set (never stored anywhere), else from the CredentialStore.
// Every secret it touches is registered with core::Redaction before it can reach a log.
// It shows nothing: outcomes are signals with plain sentences, and the window decides.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoKey, // nothing to send yet: ask the rep (keyNeeded())
        Loading, // reading secrets from the keychain
        Ready, // the key is in the keychain (or REPLY_API_KEY, or the demo key)
        SessionOnlyKey, // no keychain: the key is gone when the app quits; say so
        FileFallback // the rep chose a file readable by them alone; say so
    };
    Q_ENUM(State)
    using Teams = QList<QPair<QString, QString>>; // (teamId, team name)

    AccountSession(api::ReplyClient *client, store::AccountStore *accounts,
        store::CredentialStore *credentials, QObject *parent = nullptr);
    ~AccountSession() override;

    // REPLY_API_KEY (read by the constructor): used for every account but the demo, never written.
    void setEnvironmentKey(const QString &key);
    bool usesEnvironmentKey() const { return !m_environmentKey.isEmpty(); }
    // --api-base: for this run only, never written.
    void setBaseUrlOverride(const QUrl &url) { m_baseUrlOverride = url; }
    // Where the opt-in key file lives. If it exists, the rep chose it on an earlier run.
    void setKeyFilePath(const QString &path);
    QString keyFilePath() const { return m_keyFilePath; }
    // The demo account's server, started on first use (an invalid URL when it cannot start).
    void setDemoServer(std::function<QUrl()> start, const QString &demoKey);

    // Applies the current account (or the first one). With none: keyNeeded(), unless REPLY_API_KEY
    // is set, which gets an account of its own without any secret in it.
    void start();
    bool switchTo(const QString &accountId);
    // Stores a new account and returns its id (empty on failure); does not switch to it.
    QString addAccount(const store::Account &account);
    // Finds or makes the demo account and switches to it; its id.
    QString openDemo();

    std::optional<store::Account> account() const;
    QString accountId() const { return m_accountId; }
    ConnectionSettings connectionSettings() const { return m_connection; }
    State state() const { return m_state; }
    // True once the system said it has no keychain.
    bool keychainMissing() const { return m_keychainMissing; }
    // A key for this account sits in the keychain, the file or session memory (not REPLY_API_KEY).
    bool hasStoredKey() const { return m_hasStoredKey; }
    // The warning that must stay visible while the key is not in the keychain; empty otherwise.
    QString keyWarning() const;
    // As read from the keychain (never from a file), for the Settings form.
    QString actingUserEmail() const;

    // Puts the key on the client at once, then into the keychain; with allowFileFallback (and a
    // key file path) into the owner-only file instead. A new key is detected anew (Auto header).
    void saveKey(const QString &key, bool allowFileFallback);
    // Writes the account (the acting user's e-mail to the keychain) and its connection settings,
    // and applies them. False and problem() when they could not be written.
    bool saveSettings(const store::Account &account, const ConnectionSettings &connection);
    void saveProxyPassword(const QString &password);

    // GET /v3/whoami with what is applied now (detecting the header when it is Auto).
    void testConnection();
    api::ApiError lastTestError() const { return m_lastTestError; }

Q_SIGNALS:
    void keyNeeded();
    void ready();
    void problem(const QString &plainMessage);
    void accountChanged();
    void stateChanged(rte::presentation::AccountSession::State state);
    void authHeaderDetected(rte::store::Account::AuthHeader header);
    void connectionTested(bool ok, const QString &who, const QString &plainMessage,
        const QList<QPair<QString, QString>> &teamsToPick);

private:
    using Secret = store::CredentialStore::Secret;

    void apply(const store::Account &account);
    void applyConnection(const store::Account &account);
    void applyProxy();
    void finishLoading();
    void setState(State state);
    State storedKeyState() const;
    void onCheckSucceeded(const api::WhoAmI &who);
    void onCheckFailed(const api::ApiError &error);
    void onSecretRead(Secret secret, const QString &value);
    void onSecretFailed(Secret secret, store::CredentialStore::Error error, const QString &message);
    void onKeyWritten(Secret secret);
    void onWriteFailed(Secret secret, store::CredentialStore::Error error, const QString &message);
    void stopRequests();
    QString connectionFile(const QString &accountId) const;

    api::ReplyClient *m_client;
    store::AccountStore *m_accounts;
    store::CredentialStore *m_credentials;
    QString m_environmentKey;
    QUrl m_baseUrlOverride;
    QString m_keyFilePath;
    std::function<QUrl()> m_demoStart;
    QString m_demoKey;
    QUrl m_demoUrl;

    QString m_accountId;
    ConnectionSettings m_connection;
    QString m_proxyPassword;
    State m_state = State::NoKey;
    bool m_keychainMissing = false;
    bool m_hasStoredKey = false;
    // Whether these are stored, so clearing a field deletes only what exists: a keychain job still
    // running when the app quits is best avoided.
    bool m_hasActingUserEmail = false;
    bool m_hasProxyPassword = false;
    SecretKeeper *m_secrets;
    // One check serves both: the header detection after the key arrives and "Test connection".
    ConnectionCheck *m_check;
    bool m_readyAfterCheck = false;
    bool m_testAfterCheck = false;
    api::ApiError m_lastTestError;
};

} // namespace rte::presentation
