// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// POST /v3/tasks -> 201 and the new task, which lands with the caller (there is no assignee field).
// Never repeated after a lost answer: that could create the task twice.
class CreateTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    explicit CreateTaskRequest(const QJsonObject &body)
        : TaskResultRequest(0, Verb::Post, Effect::Act, QStringLiteral("/v3/tasks"))
    {
        setBody(body);
    }
};

} // namespace rte::api
