// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/connectionsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rte::presentation {

namespace {

const QLatin1String kCaFile("caFile");
const QLatin1String kProxyMode("proxy/mode");
const QLatin1String kProxyHost("proxy/host");
const QLatin1String kProxyPort("proxy/port");
const QLatin1String kProxyUser("proxy/user");

QString modeToText(ConnectionSettings::ProxyMode mode)
{
    switch (mode) {
    case ConnectionSettings::ProxyMode::None:
        return QStringLiteral("none");
    case ConnectionSettings::ProxyMode::Http:
        return QStringLiteral("http");
    case ConnectionSettings::ProxyMode::Socks5:
        return QStringLiteral("socks5");
    case ConnectionSettings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ConnectionSettings::ProxyMode modeFromText(const QString &text)
{
    if (text == QLatin1String("none"))
        return ConnectionSettings::ProxyMode::None;
    if (text == QLatin1String("http"))
        return ConnectionSettings::ProxyMode::Http;
    if (text == QLatin1String("socks5"))
        return ConnectionSettings::ProxyMode::Socks5;
    return ConnectionSettings::ProxyMode::System;
}

} // namespace

ConnectionSettings ConnectionSettings::load(const QString &iniPath)
{
    ConnectionSettings result;
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return result;
    const QSettings ini(iniPath, QSettings::IniFormat);
    result.caFile = ini.value(kCaFile).toString();
    result.proxyMode = modeFromText(ini.value(kProxyMode).toString());
    result.proxyHost = ini.value(kProxyHost).toString();
    result.proxyPort = ini.value(kProxyPort, 0).toInt();
    result.proxyUser = ini.value(kProxyUser).toString();
    return result;
}

bool ConnectionSettings::save(const QString &iniPath) const
{
    if (iniPath.isEmpty() || !QDir().mkpath(QFileInfo(iniPath).absolutePath()))
        return false;
    QSettings ini(iniPath, QSettings::IniFormat);
    ini.clear();
    ini.setValue(kCaFile, caFile);
    ini.setValue(kProxyMode, modeToText(proxyMode));
    ini.setValue(kProxyHost, proxyHost);
    ini.setValue(kProxyPort, proxyPort);
    ini.setValue(kProxyUser, proxyUser);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

} // namespace rte::presentation
