// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/completetaskrequest.h"

namespace rte::api {

CompleteTaskRequest::CompleteTaskRequest(
    qint64 taskId, std::optional<int> callResolution, bool finishProspectInSequence)
    : TaskResultRequest(taskId, Verb::Post, Effect::Act, QStringLiteral("/v3/tasks/%1/complete").arg(taskId))
{
    QJsonObject body;
    if (callResolution)
        body.insert(QLatin1String("callResolution"), *callResolution);
    if (finishProspectInSequence)
        body.insert(QLatin1String("finishProspectInSequence"), true);
    setBody(body);
}

} // namespace rte::api
