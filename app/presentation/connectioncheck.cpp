// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/connectioncheck.h"

#include "api/authdetection.h"
#include "api/replyclient.h"
#include "presentation/accountlogging.h"
#include "store/accountstore.h"

#include <utility>

namespace rte::presentation {

namespace {

store::Account::AuthHeader accountHeader(api::ReplyClient::AuthHeader header)
{
    return header == api::ReplyClient::AuthHeader::Bearer ? store::Account::AuthHeader::Bearer
                                                          : store::Account::AuthHeader::XApiKey;
}

} // namespace

ConnectionCheck::ConnectionCheck(api::ReplyClient *client, store::AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accounts(accounts)
{ }

ConnectionCheck::~ConnectionCheck()
{
    abort();
}

void ConnectionCheck::abort()
{
    // Disconnect first: the answer about the account being left must not land on the next one.
    if (m_detection) {
        m_detection->disconnect(this);
        m_detection->abort();
    }
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    m_detection = nullptr;
    m_request = nullptr;
    m_running = false;
    m_runWanted = false;
    m_testWanted = false;
}

void ConnectionCheck::run(const QString &accountId)
{
    start(accountId);
    m_runWanted = true;
}

void ConnectionCheck::test(const QString &accountId)
{
    if (!m_client->hasApiKey()) {
        // Refused before sending: nothing went to Reply.
        m_lastTestError = api::ApiError::localValidation(QString(), tr("Enter your Reply API key first."));
        Q_EMIT tested(false, QString(), m_lastTestError);
        return;
    }
    start(accountId);
    m_testWanted = true;
}

void ConnectionCheck::start(const QString &accountId)
{
    if (m_running && accountId == m_accountId)
        return;
    abort();
    m_accountId = accountId;
    m_running = true;
    const auto account = m_accounts->account(accountId);
    if (account && !account->demo && account->authHeader == store::Account::AuthHeader::Auto) {
        m_detection = m_client->detectAuthHeader();
        connect(m_detection, &api::AuthDetection::detected, this,
            [this](api::ReplyClient::AuthHeader header, const api::WhoAmI &who) {
                remember(accountHeader(header));
                finish(true, who, api::ApiError());
            });
        connect(m_detection, &api::AuthDetection::failed, this, [this](const api::ApiError &error) {
            if (error.kind() == api::ApiError::Kind::Forbidden)
                remember(accountHeader(m_client->authHeader()));
            finish(false, api::WhoAmI(), error);
        });
        return;
    }
    m_request = m_client->whoAmI();
    connect(m_request, &api::WhoAmIRequest::succeeded, this,
        [this](const api::WhoAmI &who) { finish(true, who, api::ApiError()); });
    connect(m_request, &api::WhoAmIRequest::failed, this,
        [this](const api::ApiError &error) { finish(false, api::WhoAmI(), error); });
}

void ConnectionCheck::remember(store::Account::AuthHeader header)
{
    auto account = m_accounts->account(m_accountId);
    if (!account)
        return;
    account->authHeader = header;
    if (!m_accounts->update(*account))
        qCWarning(lcAccount) << "could not remember the detected header for account" << m_accountId;
    Q_EMIT headerDetected(header);
}

void ConnectionCheck::finish(bool ok, const api::WhoAmI &who, const api::ApiError &error)
{
    // The request and the detection delete themselves later; a new run() must not see them.
    m_detection = nullptr;
    m_request = nullptr;
    m_running = false;
    const bool runWanted = std::exchange(m_runWanted, false);
    const bool testWanted = std::exchange(m_testWanted, false);
    qCDebug(lcAccount) << "connection check" << (ok ? "succeeded" : "failed") << error.kind();
    if (testWanted) {
        m_lastTestError = error;
        Q_EMIT tested(ok, ok ? describe(who) : QString(), error);
    }
    if (!runWanted)
        return;
    if (ok)
        Q_EMIT succeeded(who);
    else
        Q_EMIT failed(error);
}

QString ConnectionCheck::describe(const api::WhoAmI &who)
{
    const QString name = who.username.isEmpty() ? tr("user %1").arg(who.userId) : who.username;
    return who.teamId != 0 ? tr("%1, team %2").arg(name).arg(who.teamId) : name;
}

} // namespace rte::presentation
