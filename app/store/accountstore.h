// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/account.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <optional>

namespace rte::store {

// The rep's accounts in an INI settings file whose path comes from outside, and one data folder
// per account (drafts, outbox) under a data root that comes from outside too. The file never
// holds a secret or personal data; see Account.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFormatVersion = 1;

    AccountStore(const QString &settingsFile, const QString &dataRoot, QObject *parent = nullptr);

    QList<Account> list() const { return m_accounts; } // in the order they were added
    std::optional<Account> account(const QString &id) const;

    // Stores a new account and returns its id (a fresh uuid unless account.id is an unused
    // uuid), or an empty string and lastError().
    QString add(Account account);
    bool update(const Account &account);
    // Forgets the account. Its data folder and its keychain entries stay; the caller decides.
    bool remove(const QString &id);

    std::optional<Account> current() const;
    QString currentId() const { return m_currentId; }
    bool setCurrent(const QString &id);

    // "<dataRoot>/accounts/<id>", or empty for an id that is not a known account.
    QString dataDirectory(const QString &accountId) const;
    QString draftsDirectory(const QString &accountId) const;
    QString outboxDirectory(const QString &accountId) const;

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();

private:
    void load();
    bool writeAll();
    qsizetype indexOf(const QString &id) const;

    QSettings m_settings;
    QString m_dataRoot;
    QList<Account> m_accounts;
    QString m_currentId;
    QString m_lastError;
};

} // namespace rte::store
