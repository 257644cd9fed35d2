// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/clientsetup.h"

#include "api/replyclient.h"
#include "core/redaction.h"
#include "presentation/connectionsettings.h"
#include "store/account.h"

#include <QNetworkProxy>

namespace rte::presentation {

void ClientSetup::applyAccount(
    api::ReplyClient *client, const store::Account &account, const QUrl &baseUrlOverride)
{
    QUrl base = baseUrlOverride.isValid() ? baseUrlOverride : account.baseUrl;
    if (!base.isValid() || base.isEmpty())
        base = api::ReplyClient::defaultBaseUrl();
    client->setBaseUrl(base);
    client->setAuthHeader(account.authHeader == store::Account::AuthHeader::Bearer
            ? api::ReplyClient::AuthHeader::Bearer
            : api::ReplyClient::AuthHeader::XApiKey);
    client->setTeamId(account.teamId);
    if (!account.actingUserId.isEmpty()) {
        client->setActingUserId(account.actingUserId);
    } else {
        core::Redaction::registerSecret(account.actingUserEmail);
        client->setActingUserEmail(account.actingUserEmail); // empty clears both headers
    }
}

void ClientSetup::applyDemo(api::ReplyClient *client, const QUrl &baseUrl, const QString &key)
{
    client->setBaseUrl(baseUrl);
    client->setApiKey(key);
    client->setAuthHeader(api::ReplyClient::AuthHeader::XApiKey);
    client->setTeamId(QString());
    client->setActingUserId(QString());
    client->useSystemProxy(); // loopback always goes direct
}

void ClientSetup::applyProxy(
    api::ReplyClient *client, const ConnectionSettings &connection, const QString &password)
{
    switch (connection.proxyMode) {
    case ConnectionSettings::ProxyMode::System:
        client->useSystemProxy();
        return;
    case ConnectionSettings::ProxyMode::None:
        client->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ConnectionSettings::ProxyMode::Http:
    case ConnectionSettings::ProxyMode::Socks5:
        break;
    }
    core::Redaction::registerSecret(password);
    const auto type = connection.proxyMode == ConnectionSettings::ProxyMode::Http
        ? QNetworkProxy::HttpProxy
        : QNetworkProxy::Socks5Proxy;
    client->setProxy(QNetworkProxy(
        type, connection.proxyHost, quint16(connection.proxyPort), connection.proxyUser, password));
}

} // namespace rte::presentation
