// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/accountsession.h"

#include "api/replyclient.h"
#include "presentation/accountlogging.h"
#include "presentation/accountswitcher.h"
#include "presentation/clientsetup.h"
#include "presentation/connectioncheck.h"
#include "presentation/connectionsettingsfile.h"
#include "presentation/keystate.h"
#include "store/account.h"
#include "store/accountstore.h"

namespace rte::presentation {

AccountSession::AccountSession(api::ReplyClient *client, store::AccountStore *accounts,
    store::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_switcher(new AccountSwitcher(accounts, this))
    , m_keys(new KeyState(client, credentials, this))
    , m_settingsFile(new ConnectionSettingsFile(client, accounts, this))
    , m_check(new ConnectionCheck(client, accounts, this))
{
    connect(m_switcher, &AccountSwitcher::switched, this, &AccountSession::open);
    connect(m_switcher, &AccountSwitcher::closed, this, &AccountSession::closeAccount);
    connect(m_keys, &KeyState::loaded, this, &AccountSession::finishLoading);
    // Another key may want the other header: find out again on the next request.
    connect(m_keys, &KeyState::keyEntered, m_switcher, &AccountSwitcher::forgetAuthHeader);
    connect(m_check, &ConnectionCheck::succeeded, this, &AccountSession::ready);
}

AccountSession::~AccountSession()
{
    m_check->abort();
}

void AccountSession::start()
{
    if (m_switcher->openCurrent(m_keys->usesEnvironmentKey()))
        return;
    m_keys->clear();
    Q_EMIT keyNeeded();
}

void AccountSession::open(const store::Account &account)
{
    m_check->abort(); // the answer about the account being left must not land on this one
    m_keys->reset(account.id);
    qCDebug(lcAccount) << "opening account" << account.id;
    Q_EMIT accountChanged(
        account.id, m_switcher->draftsDirectory(), m_switcher->outboxDirectory(), account.demo);

    if (account.demo) {
        m_settingsFile->clear();
        const QUrl url = m_switcher->demoUrl();
        if (!url.isValid()) {
            m_keys->clear();
            return;
        }
        ClientSetup::applyDemo(m_client, url, m_switcher->demoKey());
        m_keys->useDemoKey();
        Q_EMIT ready();
        return;
    }
    const ConnectionSettings connection = m_settingsFile->load(account.id);
    applyConnection();
    m_keys->load(
        account.actingUserId.isEmpty(), connection.isManualProxy() && !connection.proxyUser.isEmpty());
}

void AccountSession::closeAccount()
{
    m_check->abort();
    m_keys->reset(QString());
    m_keys->clear();
    m_settingsFile->clear();
    qCDebug(lcAccount) << "no account open";
    Q_EMIT accountChanged(QString(), QString(), QString(), false);
}

void AccountSession::applyConnection()
{
    auto account = m_switcher->current();
    if (!account || account->demo)
        return;
    if (account->actingUserId.isEmpty())
        account->actingUserEmail = m_keys->actingUserEmail(); // kept in the keychain, not the record
    ClientSetup::applyAccount(m_client, *account, m_baseUrlOverride);
    m_settingsFile->apply(m_keys->proxyPassword());
}

void AccountSession::finishLoading()
{
    m_settingsFile->applyProxy(m_keys->proxyPassword()); // it may have just been read
    if (!m_keys->hasKey()) {
        Q_EMIT keyNeeded();
        return;
    }
    const auto current = m_switcher->current();
    if (current && current->authHeader == store::Account::AuthHeader::Auto) {
        m_check->run(current->id); // joins a check under way: one ready() for both
        return;
    }
    Q_EMIT ready();
}

} // namespace rte::presentation
