// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/accountstore.h"

#include "store/storelogging.h"

#include <QDir>
#include <QUuid>

#include <utility>

namespace rte::store {

namespace {

const QLatin1String kFormat("format");
const QLatin1String kOrder("order");
const QLatin1String kCurrent("current");
const QLatin1String kAccounts("accounts");
const QLatin1String kName("name");
const QLatin1String kBaseUrl("baseUrl");
const QLatin1String kAuthHeader("authHeader");
const QLatin1String kTeamId("teamId");
const QLatin1String kActingUserId("actingUserId");
const QLatin1String kDemo("demo");

bool isAccountId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && id == uuid.toString(QUuid::WithoutBraces);
}

QString authHeaderToText(Account::AuthHeader header)
{
    switch (header) {
    case Account::AuthHeader::XApiKey:
        return QStringLiteral("x-api-key");
    case Account::AuthHeader::Bearer:
        return QStringLiteral("bearer");
    case Account::AuthHeader::Auto:
        break;
    }
    return QStringLiteral("auto");
}

Account::AuthHeader authHeaderFromText(const QString &text)
{
    if (text == QLatin1String("x-api-key"))
        return Account::AuthHeader::XApiKey;
    if (text == QLatin1String("bearer"))
        return Account::AuthHeader::Bearer;
    return Account::AuthHeader::Auto;
}

// A password or a token in the URL would end up in the settings file: drop those parts.
QUrl withoutSecrets(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

AccountStore::AccountStore(const QString &settingsFile, const QString &dataRoot, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
    , m_dataRoot(dataRoot)
{
    load();
}

void AccountStore::load()
{
    const int format = m_settings.value(kFormat, kFormatVersion).toInt();
    if (format > kFormatVersion) {
        // Leave a newer file alone rather than rewrite it in an older shape.
        m_lastError = tr("The accounts were saved by a newer version of the app.");
        qCWarning(lcStore) << "accounts file has format" << format << "; not reading it";
        return;
    }
    const QStringList order = m_settings.value(kOrder).toStringList();
    for (const QString &id : order) {
        if (!isAccountId(id) || indexOf(id) >= 0) {
            qCWarning(lcStore) << "skipped an account entry without a valid id";
            continue;
        }
        m_settings.beginGroup(kAccounts + QLatin1Char('/') + id);
        Account account;
        account.id = id;
        account.name = m_settings.value(kName).toString();
        account.baseUrl = QUrl(m_settings.value(kBaseUrl).toString(), QUrl::StrictMode);
        account.authHeader = authHeaderFromText(m_settings.value(kAuthHeader).toString());
        account.teamId = m_settings.value(kTeamId).toString();
        account.actingUserId = m_settings.value(kActingUserId).toString();
        account.demo = m_settings.value(kDemo, false).toBool();
        m_settings.endGroup();
        m_accounts.append(account);
    }
    const QString current = m_settings.value(kCurrent).toString();
    m_currentId = indexOf(current) >= 0 ? current : QString();
}

bool AccountStore::writeAll()
{
    m_settings.clear();
    m_settings.setValue(kFormat, kFormatVersion);
    QStringList order;
    for (const Account &account : std::as_const(m_accounts)) {
        order.append(account.id);
        m_settings.beginGroup(kAccounts + QLatin1Char('/') + account.id);
        m_settings.setValue(kName, account.name);
        m_settings.setValue(kBaseUrl, account.baseUrl.toString(QUrl::FullyEncoded));
        m_settings.setValue(kAuthHeader, authHeaderToText(account.authHeader));
        m_settings.setValue(kTeamId, account.teamId);
        m_settings.setValue(kActingUserId, account.actingUserId);
        m_settings.setValue(kDemo, account.demo);
        // actingUserEmail is personal data: it goes to the keychain, never here.
        m_settings.endGroup();
    }
    m_settings.setValue(kOrder, order);
    m_settings.setValue(kCurrent, m_currentId);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        m_lastError = tr("The accounts could not be saved.");
        qCWarning(lcStore) << "could not write the accounts file:" << m_settings.status();
        return false;
    }
    return true;
}

qsizetype AccountStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(index));
}

QString AccountStore::add(Account account)
{
    if (!isAccountId(account.id) || indexOf(account.id) >= 0)
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.baseUrl = withoutSecrets(account.baseUrl);
    m_accounts.append(account);
    if (!writeAll()) {
        m_accounts.removeLast();
        return {};
    }
    qCDebug(lcStore) << "added account" << account.id;
    Q_EMIT changed();
    return account.id;
}

bool AccountStore::update(const Account &account)
{
    const qsizetype index = indexOf(account.id);
    if (index < 0) {
        m_lastError = tr("The account no longer exists.");
        return false;
    }
    const Account previous = m_accounts.at(index);
    m_accounts[index] = account;
    m_accounts[index].baseUrl = withoutSecrets(account.baseUrl);
    if (!writeAll()) {
        m_accounts[index] = previous;
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool AccountStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return true;
    const Account previous = m_accounts.takeAt(index);
    const QString previousCurrent = m_currentId;
    if (m_currentId == id)
        m_currentId.clear();
    if (!writeAll()) {
        m_accounts.insert(index, previous);
        m_currentId = previousCurrent;
        return false;
    }
    qCDebug(lcStore) << "removed account" << id;
    Q_EMIT changed();
    return true;
}

std::optional<Account> AccountStore::current() const
{
    return account(m_currentId);
}

bool AccountStore::setCurrent(const QString &id)
{
    if (!id.isEmpty() && indexOf(id) < 0) {
        m_lastError = tr("The account no longer exists.");
        return false;
    }
    if (id == m_currentId)
        return true;
    const QString previous = std::exchange(m_currentId, id);
    if (!writeAll()) {
        m_currentId = previous;
        return false;
    }
    Q_EMIT changed();
    return true;
}

QString AccountStore::dataDirectory(const QString &accountId) const
{
    if (indexOf(accountId) < 0)
        return {};
    return QDir(m_dataRoot).filePath(QStringLiteral("accounts/") + accountId);
}

QString AccountStore::draftsDirectory(const QString &accountId) const
{
    const QString root = dataDirectory(accountId);
    return root.isEmpty() ? root : QDir(root).filePath(QStringLiteral("drafts"));
}

QString AccountStore::outboxDirectory(const QString &accountId) const
{
    const QString root = dataDirectory(accountId);
    return root.isEmpty() ? root : QDir(root).filePath(QStringLiteral("outbox"));
}

} // namespace rte::store
