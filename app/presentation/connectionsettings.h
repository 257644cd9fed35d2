// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rte::presentation {

// How one account reaches Reply, besides its key and base URL: a company CA file and the proxy.
// Kept in "<account data folder>/connection.ini". Never a password: the proxy password lives in
// the keychain (CredentialStore::Secret::ProxyPassword).
struct ConnectionSettings
{
    enum class ProxyMode
    {
        System, // the default: whatever the desktop says (loopback always direct)
        None,
        Http,
        Socks5
    };

    QString caFile; // PEM, added to the system's CAs for this account's requests
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;
    QString proxyUser;

    bool isManualProxy() const { return proxyMode == ProxyMode::Http || proxyMode == ProxyMode::Socks5; }

    // Defaults when the file is missing or unreadable.
    static ConnectionSettings load(const QString &iniPath);
    bool save(const QString &iniPath) const;

    bool operator==(const ConnectionSettings &o) const
    {
        return caFile == o.caFile && proxyMode == o.proxyMode && proxyHost == o.proxyHost
            && proxyPort == o.proxyPort && proxyUser == o.proxyUser;
    }
    bool operator!=(const ConnectionSettings &o) const { return !(*this == o); }
};

} // namespace rte::presentation
