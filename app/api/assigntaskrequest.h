#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// PUT /v3/tasks/{id}/assigned-user {userId}: reassigns one task. 403 task.forbidden when the user is
// not on the caller's team.
class AssignTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    AssignTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        const QByteArray &body, QObject *parent = nullptr)
        : TaskResultRequest(taskId, manager, request, QByteArrayLiteral("PUT"), body, parent)
    { }
};

} // namespace rte::api
