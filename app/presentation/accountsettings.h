// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/connectionsettings.h"
#include "presentation/keystate.h"
#include "store/account.h"

#include <QString>
#include <QUrl>

namespace rte::presentation {

// What the rep edits in Settings (or Add Account), as values: the dialog shows them and gives
// them back; the AccountEditor applies them.
struct AccountSettings
{
    QString name;
    QString apiKey; // empty: keep the stored key
    bool keyInFile = false; // the rep opted in to the owner-only key file
    QUrl baseUrl; // empty: Reply's own address
    QString teamId;
    QString actingUserId;
    QString actingUserEmail; // used only without actingUserId
    ConnectionSettings connection;
    QString proxyPassword; // empty: keep the stored one
};

// What the form shows but the rep does not type: where the key is kept, the warning that must
// stay visible, whether the key file may be offered, and the auth header found so far.
struct AccountStatus
{
    KeyState::State keyState = KeyState::State::NoKey;
    bool environmentKey = false; // REPLY_API_KEY is used instead of a stored key
    bool storedKey = false;
    bool offerKeyFile = false; // no keychain here, and a key file path is known
    QString keyWarning;
    store::Account::AuthHeader authHeader = store::Account::AuthHeader::Auto;
};

} // namespace rte::presentation
