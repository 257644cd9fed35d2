// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// PUT /v3/tasks/{id}/assigned-user {userId}: reassigns one task. 403 task.forbidden when the user is
// not on the caller's team. Assigning to the same user twice is assigning once.
class AssignTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    AssignTaskRequest(qint64 taskId, qint64 userId)
        : TaskResultRequest(
            taskId, Verb::Put, Effect::Replace, QStringLiteral("/v3/tasks/%1/assigned-user").arg(taskId))
    {
        setBody(QJsonObject {{QStringLiteral("userId"), userId}});
    }
};

} // namespace rte::api
