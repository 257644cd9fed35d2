// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/taskresponse.h"

#include "core/taskcodec.h"

namespace rte::api {

using core::TaskCodec;

std::optional<core::Task> TaskResponse::decode(const QJsonObject &json, qint64 expectedId)
{
    const auto isEnumValue = [](const QJsonValue &value) {
        return value.isString() || value.isDouble();
    };
    const std::optional<qint64> id = TaskCodec::idFromJson(json.value(QLatin1String("id")));
    if (!id || *id <= 0 || (expectedId != 0 && *id != expectedId))
        return std::nullopt;
    if (!isEnumValue(json.value(QLatin1String("taskType")))
        || !isEnumValue(json.value(QLatin1String("status"))))
        return std::nullopt;
    if (!TaskCodec::dateTimeFromJson(json.value(QLatin1String("startAt"))).isValid()
        || !TaskCodec::dateTimeFromJson(json.value(QLatin1String("dueTo"))).isValid())
        return std::nullopt;
    const QJsonValue templateValue = json.value(QLatin1String("template"));
    if (!templateValue.isObject() && !templateValue.isNull() && !templateValue.isUndefined())
        return std::nullopt;
    return TaskCodec::taskFromJson(json);
}

} // namespace rte::api
