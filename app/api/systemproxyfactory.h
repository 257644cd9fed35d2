// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxyFactory>

namespace rte::api {

// The operating system's proxy settings (on Linux the http_proxy/https_proxy/no_proxy variables),
// asked per request. Set on the client's own QNetworkAccessManager, so the app's global proxy state
// is left alone. A loopback host never goes through a proxy: a proxy elsewhere cannot reach this
// machine's 127.0.0.1 (the local sandbox).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace rte::api
