// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace rte::core {

// A teammate from GET /v3/whoami/team-users, for the reassign picker.
struct TeamUser
{
    qint64 teamId = 0;
    QString teamName;
    qint64 userId = 0;
    QString userName;
    QString userEmail;

    static TeamUser fromJson(const QJsonObject &json)
    {
        return {json.value(QLatin1String("teamId")).toInteger(),
            json.value(QLatin1String("teamName")).toString(), json.value(QLatin1String("userId")).toInteger(),
            json.value(QLatin1String("userName")).toString(),
            json.value(QLatin1String("userEmail")).toString()};
    }
};

} // namespace rte::core

Q_DECLARE_METATYPE(rte::core::TeamUser)
