// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/connectionsettingsfile.h"

#include "api/replyclient.h"
#include "presentation/clientsetup.h"
#include "store/accountstore.h"

#include <QDir>
#include <QFile>

namespace rte::presentation {

ConnectionSettingsFile::ConnectionSettingsFile(
    api::ReplyClient *client, store::AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accounts(accounts)
{ }

QString ConnectionSettingsFile::path(const QString &accountId) const
{
    const QString folder = m_accounts->dataDirectory(accountId);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("connection.ini"));
}

ConnectionSettings ConnectionSettingsFile::load(const QString &accountId)
{
    m_current = ConnectionSettings::load(path(accountId));
    return m_current;
}

bool ConnectionSettingsFile::save(const QString &accountId, const ConnectionSettings &settings)
{
    if (!settings.save(path(accountId))) {
        Q_EMIT failed(
            LocalError(LocalError::Kind::SettingsFile, tr("The connection settings could not be saved.")));
        return false;
    }
    m_current = settings;
    return true;
}

bool ConnectionSettingsFile::exists(const QString &accountId) const
{
    const QString file = path(accountId);
    return !file.isEmpty() && QFile::exists(file);
}

bool ConnectionSettingsFile::remove(const QString &accountId)
{
    const QString file = path(accountId);
    if (!file.isEmpty() && QFile::exists(file) && !QFile::remove(file)) {
        Q_EMIT failed(
            LocalError(LocalError::Kind::SettingsFile, tr("The connection settings could not be saved.")));
        return false;
    }
    m_current = ConnectionSettings();
    return true;
}

void ConnectionSettingsFile::apply(const QString &proxyPassword)
{
    m_client->clearCaCertificates();
    if (!m_current.caFile.isEmpty()) {
        if (const api::ApiError error = m_client->addCaCertificatesFromFile(m_current.caFile);
            error.isError())
            Q_EMIT failed(LocalError(LocalError::Kind::Certificate, error.message()));
    }
    applyProxy(proxyPassword);
}

void ConnectionSettingsFile::applyProxy(const QString &proxyPassword)
{
    ClientSetup::applyProxy(m_client, m_current, proxyPassword);
}

} // namespace rte::presentation
