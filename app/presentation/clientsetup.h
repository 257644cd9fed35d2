// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace rte::api {
class ReplyClient;
}
namespace rte::store {
struct Account;
}

namespace rte::presentation {

struct ConnectionSettings;

// Puts an account's settings onto the ReplyClient, all in one place so switching accounts leaves
// nothing of the last one behind (the company CA aside: the client cannot drop one yet).
class ClientSetup
{
public:
    // Base URL (the override, else the account's, else Reply's), auth header (Auto starts with
    // X-API-Key until detection says otherwise), team and acting user. Not the key.
    static void applyAccount(
        api::ReplyClient *client, const store::Account &account, const QUrl &baseUrlOverride);
    // The loopback demo server: its key, no team, no proxy.
    static void applyDemo(api::ReplyClient *client, const QUrl &baseUrl, const QString &key);
    static void applyProxy(
        api::ReplyClient *client, const ConnectionSettings &connection, const QString &password);
};

} // namespace rte::presentation
