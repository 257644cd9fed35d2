// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/teamuser.h"

#include <QList>

namespace rte::api {

// GET /v3/whoami/team-users: a bare array of {teamId, teamName, userId, userName, userEmail}, for the
// reassign picker.
class TeamUsersRequest : public ApiRequest
{
    Q_OBJECT
public:
    TeamUsersRequest();

Q_SIGNALS:
    void succeeded(const QList<rte::core::TeamUser> &users);

protected:
    bool handleSuccessArray(const QJsonArray &json) override;
};

} // namespace rte::api
