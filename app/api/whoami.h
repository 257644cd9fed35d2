// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace rte::api {

// GET /v3/whoami: who the API key acts as. Only userId is guaranteed; older pages omit the rest.
struct WhoAmI
{
    qint64 userId = 0;
    QString username;
    qint64 teamId = 0;
    bool operator==(const WhoAmI &o) const
    {
        return userId == o.userId && username == o.username && teamId == o.teamId;
    }
};

} // namespace rte::api

Q_DECLARE_METATYPE(rte::api::WhoAmI)
