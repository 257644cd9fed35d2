// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/whoami.h"
#include "store/account.h"

#include <QObject>
#include <QPointer>

namespace rte::api {
class AuthDetection;
class ReplyClient;
class WhoAmIRequest;
} // namespace rte::api
namespace rte::store {
class AccountStore;
}

namespace rte::presentation {

// The connection test: one GET /v3/whoami for an account with what the client holds now. When the
// account's header is Auto it detects the header instead, and remembers the winner in the
// AccountStore (also the header a 403 accepted: the key was fine, only the team is missing).
// run() (the check after a key arrives) emits exactly one of succeeded() or failed(); test() (the
// rep's "Test connection") emits tested(). Both share one request: a call while one is under way
// joins it.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    ConnectionCheck(api::ReplyClient *client, store::AccountStore *accounts, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void run(const QString &accountId);
    // As run(), for the rep: tested() with the outcome, at once when there is no key to test.
    void test(const QString &accountId);
    bool isRunning() const { return m_running; }
    // The last test()'s failure (Kind::None after a success).
    api::ApiError lastTestError() const { return m_lastTestError; }
    // Forgets the run under way without a signal (the account is being left).
    void abort();

    // "Jane Doe, team 42": who a key acts as, for the rep.
    static QString describe(const api::WhoAmI &who);

Q_SIGNALS:
    void headerDetected(rte::store::Account::AuthHeader header);
    void succeeded(const rte::api::WhoAmI &who);
    void failed(const rte::api::ApiError &error);
    // ok: who is "Jane Doe, team 42"; else error says why (its teams() to pick from on a 403).
    void tested(bool ok, const QString &who, const rte::api::ApiError &error);

private:
    void start(const QString &accountId);
    void remember(store::Account::AuthHeader header);
    void finish(bool ok, const api::WhoAmI &who, const api::ApiError &error);

    api::ReplyClient *m_client;
    store::AccountStore *m_accounts;
    QString m_accountId;
    QPointer<api::AuthDetection> m_detection;
    QPointer<api::WhoAmIRequest> m_request;
    bool m_running = false;
    bool m_runWanted = false;
    bool m_testWanted = false;
    api::ApiError m_lastTestError;
};

} // namespace rte::presentation
