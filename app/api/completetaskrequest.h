#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// POST /v3/tasks/{id}/complete: marks the task done without sending anything. 409 task.cannotComplete
// when it is already finished. Not repeatable: a second try after a lost answer would meet a finished task.
class CompleteTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    CompleteTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        const QByteArray &body, QObject *parent = nullptr)
        : TaskResultRequest(taskId, manager, request, QByteArrayLiteral("POST"), body, parent)
    { }
};

} // namespace rte::api
