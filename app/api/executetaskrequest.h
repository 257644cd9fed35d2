// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// POST /v3/tasks/{id}/execute {}: really sends the e-mail or SMS, then completes the task. The empty
// body lets the server render the template itself and use the default e-mail account. Only manualEmail
// and sms tasks (400 otherwise). Never repeated after a lost answer: the message may have gone out.
class ExecuteTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    explicit ExecuteTaskRequest(qint64 taskId)
        : TaskResultRequest(
            taskId, Verb::Post, Effect::Act, QStringLiteral("/v3/tasks/%1/execute").arg(taskId))
    {
        setBody(QJsonObject());
    }
};

} // namespace rte::api
