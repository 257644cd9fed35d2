// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/teamusersrequest.h"

namespace rte::api {

TeamUsersRequest::TeamUsersRequest()
    : ApiRequest(Verb::Get, Effect::Read, QStringLiteral("/v3/whoami/team-users"))
{ }

bool TeamUsersRequest::handleSuccessArray(const QJsonArray &json)
{
    QList<core::TeamUser> users;
    users.reserve(json.size());
    for (const QJsonValue &value : json) {
        if (!value.isObject())
            return false;
        const core::TeamUser user = core::TeamUser::fromJson(value.toObject());
        if (user.userId <= 0)
            return false;
        users.append(user);
    }
    Q_EMIT succeeded(users);
    return true;
}

} // namespace rte::api
