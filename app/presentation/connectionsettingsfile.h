// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/connectionsettings.h"
#include "presentation/localerror.h"

#include <QObject>
#include <QString>

namespace rte::api {
class ReplyClient;
}
namespace rte::store {
class AccountStore;
}

namespace rte::presentation {

// The current account's connection settings (company CA, proxy): read from and written to
// "<account data folder>/connection.ini", and put on the client. Failures are failed() with a
// LocalError.
class ConnectionSettingsFile : public QObject
{
    Q_OBJECT
public:
    ConnectionSettingsFile(
        api::ReplyClient *client, store::AccountStore *accounts, QObject *parent = nullptr);

    // Reads the account's file (defaults when it is missing) and keeps it as current().
    ConnectionSettings load(const QString &accountId);
    // Writes the account's file and keeps the settings as current(); false and failed() when not.
    bool save(const QString &accountId, const ConnectionSettings &settings);
    bool exists(const QString &accountId) const;
    // Deletes the account's file (defaults from now on); false and failed() when it stays.
    bool remove(const QString &accountId);
    // Defaults, nothing read: the demo account, or no account.
    void clear() { m_current = ConnectionSettings(); }
    ConnectionSettings current() const { return m_current; }

    // Puts current() on the client: only its company CA is trusted (another account's goes), and
    // its proxy with this password. failed() when the CA file cannot be read.
    void apply(const QString &proxyPassword);
    void applyProxy(const QString &proxyPassword);

Q_SIGNALS:
    void failed(const rte::presentation::LocalError &error);

private:
    QString path(const QString &accountId) const;

    api::ReplyClient *m_client;
    store::AccountStore *m_accounts;
    ConnectionSettings m_current;
};

} // namespace rte::presentation
