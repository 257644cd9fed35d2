#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// PUT /v3/tasks/{id}: a full replacement; the answer is the task as the server now has it.
class UpdateTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    UpdateTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        const QByteArray &body, QObject *parent = nullptr)
        : TaskResultRequest(taskId, manager, request, QByteArrayLiteral("PUT"), body, parent)
    { }
};

} // namespace rte::api
