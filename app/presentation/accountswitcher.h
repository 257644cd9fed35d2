// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/localerror.h"
#include "store/account.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace rte::store {
class AccountStore;
}

namespace rte::presentation {

// Which account the rep works in: the one current at start (or the first), a switch, a new one,
// the demo account (and its practice server, started on first use), and the account record itself.
// It only chooses: switched() tells the session to put the account on the client. Failures are
// failed() with a LocalError.
class AccountSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit AccountSwitcher(store::AccountStore *accounts, QObject *parent = nullptr);

    // The demo account's server, started on first use (an invalid URL when it cannot start).
    void setDemoServer(std::function<QUrl()> start, const QString &demoKey);
    // The running demo server's address, starting it when needed; failed() when it cannot start.
    QUrl demoUrl();
    QString demoKey() const { return m_demoKey; }

    // Switches to the current account, else the first one. With none, makes one when asked
    // (REPLY_API_KEY needs an account to belong to, without any secret in it). False when there is
    // no account to open; a switch that fails says so through failed() and counts as opened.
    bool openCurrent(bool makeOneWhenNone = false);
    bool switchTo(const QString &accountId);
    // Finds or makes the demo account and switches to it; its id (empty on failure).
    QString openDemo();
    // Leaves the current account: none is current afterwards (closed()).
    void close();

    // Stores a new account and returns its id (empty and failed() on failure); does not switch.
    QString add(const store::Account &account);
    // Writes the current account's record (its id is the current one, whatever the argument says).
    bool updateCurrent(const store::Account &account);
    // A new key may want the other header: the next request finds out again.
    void forgetAuthHeader();
    // Forgets an account and its data folder: only for one this run has just made (Cancel of Add
    // Account). The current account is not changed; switch first.
    bool removeNew(const QString &accountId);

    QString currentId() const { return m_currentId; }
    // Every account, for the Accounts menu; accountsChanged() when one is added, renamed or removed.
    QList<store::Account> accounts() const;
    std::optional<store::Account> current() const;
    // Where the window keeps the current account's drafts and its outbox.
    QString draftsDirectory() const;
    QString outboxDirectory() const;
    QString dataDirectory(const QString &accountId) const;

Q_SIGNALS:
    // This account is now the current one (also when it already was): put it on the client.
    void switched(const rte::store::Account &account);
    // No account is current any more.
    void closed();
    void failed(const rte::presentation::LocalError &error);
    void accountsChanged();

private:
    store::AccountStore *m_accounts;
    QString m_currentId;
    std::function<QUrl()> m_demoStart;
    QString m_demoKey;
    QUrl m_demoUrl;
};

} // namespace rte::presentation
