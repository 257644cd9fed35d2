// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/accountswitcher.h"

#include "presentation/accountlogging.h"
#include "store/accountstore.h"

#include <QDir>

#include <utility>

namespace rte::presentation {

AccountSwitcher::AccountSwitcher(store::AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(accounts, &store::AccountStore::changed, this, &AccountSwitcher::accountsChanged);
}

QList<store::Account> AccountSwitcher::accounts() const
{
    return m_accounts->list();
}

void AccountSwitcher::setDemoServer(std::function<QUrl()> start, const QString &demoKey)
{
    m_demoStart = std::move(start);
    m_demoKey = demoKey;
}

QUrl AccountSwitcher::demoUrl()
{
    if (!m_demoUrl.isValid() && m_demoStart)
        m_demoUrl = m_demoStart();
    if (!m_demoUrl.isValid())
        Q_EMIT failed(LocalError(LocalError::Kind::DemoServer,
            tr("The demo server could not start on this computer's loopback address.")));
    return m_demoUrl;
}

bool AccountSwitcher::openCurrent(bool makeOneWhenNone)
{
    const QList<store::Account> all = m_accounts->list();
    if (!all.isEmpty()) {
        const auto current = m_accounts->current();
        switchTo(current ? current->id : all.constFirst().id);
        return true;
    }
    if (!makeOneWhenNone)
        return false;
    store::Account account;
    account.name = tr("My Reply account");
    const QString id = add(account);
    return !id.isEmpty() && switchTo(id);
}

bool AccountSwitcher::switchTo(const QString &accountId)
{
    const auto account = m_accounts->account(accountId);
    if (!account || !m_accounts->setCurrent(accountId)) {
        Q_EMIT failed(LocalError(LocalError::Kind::AccountList, tr("That account could not be opened.")));
        return false;
    }
    m_currentId = accountId;
    qCDebug(lcAccount) << "switched to account" << accountId;
    Q_EMIT switched(*account);
    return true;
}

QString AccountSwitcher::openDemo()
{
    for (const store::Account &account : m_accounts->list()) {
        if (account.demo)
            return switchTo(account.id) ? account.id : QString();
    }
    store::Account demo;
    demo.name = tr("Demo");
    demo.demo = true;
    const QString id = add(demo);
    return !id.isEmpty() && switchTo(id) ? id : QString();
}

void AccountSwitcher::close()
{
    m_currentId.clear();
    if (!m_accounts->setCurrent(QString()))
        Q_EMIT failed(LocalError(LocalError::Kind::AccountList, m_accounts->lastError()));
    Q_EMIT closed();
}

QString AccountSwitcher::add(const store::Account &account)
{
    const QString id = m_accounts->add(account);
    if (id.isEmpty())
        Q_EMIT failed(LocalError(LocalError::Kind::AccountList, m_accounts->lastError()));
    return id;
}

bool AccountSwitcher::updateCurrent(const store::Account &edited)
{
    store::Account account = edited;
    account.id = m_currentId;
    if (m_accounts->update(account))
        return true;
    Q_EMIT failed(LocalError(LocalError::Kind::AccountList, m_accounts->lastError()));
    return false;
}

void AccountSwitcher::forgetAuthHeader()
{
    auto account = current();
    if (!account || account->authHeader == store::Account::AuthHeader::Auto)
        return;
    account->authHeader = store::Account::AuthHeader::Auto;
    updateCurrent(*account);
}

bool AccountSwitcher::removeNew(const QString &accountId)
{
    const QString folder = m_accounts->dataDirectory(accountId);
    if (!m_accounts->remove(accountId)) {
        Q_EMIT failed(LocalError(LocalError::Kind::AccountList, m_accounts->lastError()));
        return false;
    }
    // Made moments ago by the dialog being cancelled: its folder holds only what that dialog wrote.
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
    if (m_currentId == accountId)
        m_currentId.clear();
    qCDebug(lcAccount) << "removed new account" << accountId;
    return true;
}

std::optional<store::Account> AccountSwitcher::current() const
{
    return m_accounts->account(m_currentId);
}

QString AccountSwitcher::draftsDirectory() const
{
    return m_accounts->draftsDirectory(m_currentId);
}

QString AccountSwitcher::outboxDirectory() const
{
    return m_accounts->outboxDirectory(m_currentId);
}

QString AccountSwitcher::dataDirectory(const QString &accountId) const
{
    return m_accounts->dataDirectory(accountId);
}

} // namespace rte::presentation
