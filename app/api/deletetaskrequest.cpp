// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/deletetaskrequest.h"

namespace rte::api {

DeleteTaskRequest::DeleteTaskRequest(qint64 taskId)
    : ApiRequest(Verb::Delete, Effect::Act, QStringLiteral("/v3/tasks/%1").arg(taskId))
    , m_taskId(taskId)
{ }

bool DeleteTaskRequest::handleEmptySuccess()
{
    Q_EMIT succeeded();
    return true;
}

bool DeleteTaskRequest::handleSuccess(const QJsonObject &)
{
    // 204 is documented; a 200 with a body (a proxy, a later API version) means the same.
    Q_EMIT succeeded();
    return true;
}

void DeleteTaskRequest::annotate(ApiError &error) const
{
    error.setTaskId(m_taskId);
}

} // namespace rte::api
