// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/taskresultrequest.h"

#include <optional>

namespace rte::api {

// POST /v3/tasks/{id}/complete: marks the task done without sending anything. 409 task.cannotComplete
// when it is already finished. Not repeatable: a second try after a lost answer would meet a finished task.
class CompleteTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    // callResolution (call tasks): 0 positive, 1 to call, 2 negative. With neither, the body is {}:
    // "just mark it done".
    explicit CompleteTaskRequest(qint64 taskId, std::optional<int> callResolution = std::nullopt,
        bool finishProspectInSequence = false);
};

} // namespace rte::api
