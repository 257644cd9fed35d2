// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// PUT /v3/tasks/{id}: a full replacement; the answer is the task as the server now has it. Sending the
// same replacement twice leaves the task as once does, so it may go again after a lost answer.
class UpdateTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    UpdateTaskRequest(qint64 taskId, const QJsonObject &body)
        : TaskResultRequest(taskId, Verb::Put, Effect::Replace, QStringLiteral("/v3/tasks/%1").arg(taskId))
    {
        setBody(body);
    }
};

} // namespace rte::api
