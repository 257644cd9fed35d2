// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// GET /v3/tasks/{id}?includeContent=true: the task with its subject and body.
class GetTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    explicit GetTaskRequest(qint64 taskId)
        : TaskResultRequest(taskId, Verb::Get, Effect::Read, QStringLiteral("/v3/tasks/%1").arg(taskId))
    {
        setQuery(QUrlQuery {{QStringLiteral("includeContent"), QStringLiteral("true")}});
    }
};

} // namespace rte::api
