#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// GET /v3/tasks/{id}?includeContent=true
class GetTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    GetTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        QObject *parent = nullptr)
        : TaskResultRequest(taskId, manager, request, QByteArrayLiteral("GET"), {}, parent)
    { }
};

} // namespace rte::api
