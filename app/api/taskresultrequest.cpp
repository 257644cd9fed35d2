// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/taskresultrequest.h"

#include "api/taskresponse.h"

namespace rte::api {

TaskResultRequest::TaskResultRequest(qint64 taskId, Verb verb, Effect effect, const QString &path)
    : ApiRequest(verb, effect, path)
    , m_taskId(taskId)
{ }

bool TaskResultRequest::handleSuccess(const QJsonObject &json)
{
    const std::optional<core::Task> task = TaskResponse::decode(json, m_taskId);
    if (!task)
        return false;
    Q_EMIT succeeded(*task);
    return true;
}

void TaskResultRequest::annotate(ApiError &error) const
{
    if (m_taskId > 0)
        error.setTaskId(m_taskId);
}

} // namespace rte::api
