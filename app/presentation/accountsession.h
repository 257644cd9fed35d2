// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace rte::api {
class ReplyClient;
}
namespace rte::store {
class AccountStore;
class CredentialStore;
struct Account;
} // namespace rte::store

namespace rte::presentation {

class AccountSwitcher;
class ConnectionCheck;
class ConnectionSettingsFile;
class KeyState;

// Wires the account pieces in the order an account is opened, and does none of their jobs:
// the AccountSwitcher chooses the account, its record and connection settings go onto the client
// (ClientSetup, ConnectionSettingsFile), the KeyState reads its secrets, the ConnectionCheck finds
// the auth header when it is not known yet, and then the window hears ready(). Failures come from
// the pieces themselves, each as failed() with a LocalError, or an api::ApiError from the check.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(api::ReplyClient *client, store::AccountStore *accounts,
        store::CredentialStore *credentials, QObject *parent = nullptr);
    ~AccountSession() override;

    AccountSwitcher *switcher() const { return m_switcher; }
    KeyState *keys() const { return m_keys; }
    ConnectionSettingsFile *settingsFile() const { return m_settingsFile; }
    ConnectionCheck *check() const { return m_check; }

    // --api-base: for this run only, never written.
    void setBaseUrlOverride(const QUrl &url) { m_baseUrlOverride = url; }

    // Opens the current account (or the first one). With none: keyNeeded(), unless REPLY_API_KEY
    // is set, which gets an account of its own without any secret in it.
    void start();
    // Puts the current account's record, connection settings and acting user on the client again,
    // after Settings changed or restored them. Not the key.
    void applyConnection();

Q_SIGNALS:
    // The window follows the account: its drafts and outbox folders, and whether it is the demo.
    // accountId is empty when no account is open any more (a cancelled first account).
    void accountChanged(
        const QString &accountId, const QString &draftsDirectory, const QString &outboxDirectory, bool demo);
    void keyNeeded();
    // The account has a key, and its header is known: load.
    void ready();

private:
    void open(const store::Account &account);
    void closeAccount();
    void finishLoading();

    api::ReplyClient *m_client;
    AccountSwitcher *m_switcher;
    KeyState *m_keys;
    ConnectionSettingsFile *m_settingsFile;
    // One check serves both: the header detection after the key arrives and "Test connection".
    ConnectionCheck *m_check;
    QUrl m_baseUrlOverride;
};

} // namespace rte::presentation
