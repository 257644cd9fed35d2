// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/whoamirequest.h"

#include "core/taskcodec.h"

namespace rte::api {

WhoAmIRequest::WhoAmIRequest()
    : ApiRequest(Verb::Get, Effect::Read, QStringLiteral("/v3/whoami"))
{ }

bool WhoAmIRequest::handleSuccess(const QJsonObject &json)
{
    using core::TaskCodec;
    const std::optional<qint64> userId = TaskCodec::idFromJson(json.value(QLatin1String("userId")));
    if (!userId || *userId <= 0)
        return false;
    WhoAmI who;
    who.userId = *userId;
    who.username = TaskCodec::stringFromJson(json.value(QLatin1String("username"))).value_or(QString());
    who.teamId = TaskCodec::idFromJson(json.value(QLatin1String("teamId"))).value_or(0);
    Q_EMIT succeeded(who);
    return true;
}

} // namespace rte::api
