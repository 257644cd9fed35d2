// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace rte::store {

// One Reply account the rep works with. Nothing secret: the API key lives in the keychain
// (CredentialStore::Secret::ApiKey), and so does the X-User-Email address, which is personal
// data (CredentialStore::Secret::ActingUserEmail).
struct Account
{
    enum class AuthHeader
    {
        Auto, // try X-Api-Key, fall back to Bearer
        XApiKey,
        Bearer
    };

    QString id; // a uuid; AccountStore::add() assigns one
    QString name;
    QUrl baseUrl; // stored without user info, query or fragment
    AuthHeader authHeader = AuthHeader::Auto;
    QString teamId;
    QString actingUserId;
    // Held in memory for this session only: AccountStore never writes it to the settings file.
    // Persist it with CredentialStore::writeKey(id, email, Secret::ActingUserEmail).
    QString actingUserEmail;
    bool demo = false;

    bool operator==(const Account &o) const
    {
        return id == o.id && name == o.name && baseUrl == o.baseUrl && authHeader == o.authHeader
            && teamId == o.teamId && actingUserId == o.actingUserId && actingUserEmail == o.actingUserEmail
            && demo == o.demo;
    }
    bool operator!=(const Account &o) const { return !(*this == o); }
};

} // namespace rte::store
