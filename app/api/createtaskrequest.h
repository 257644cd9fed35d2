#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// POST /v3/tasks -> 201 and the new task, which lands with the caller (there is no assignee field).
// Never repeated after a lost answer: that could create the task twice.
class CreateTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    CreateTaskRequest(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &body,
        QObject *parent = nullptr)
        : TaskResultRequest(0, manager, request, QByteArrayLiteral("POST"), body, parent)
    { }
};

} // namespace rte::api
