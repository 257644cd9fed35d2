#pragma once

#include "api/taskresultrequest.h"

namespace rte::api {

// POST /v3/tasks/{id}/execute: really sends the e-mail or SMS, then completes the task. Only manualEmail
// and sms tasks (400 otherwise). Never repeated after a lost answer: the message may have gone out.
class ExecuteTaskRequest : public TaskResultRequest
{
    Q_OBJECT
public:
    ExecuteTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        const QByteArray &body, QObject *parent = nullptr)
        : TaskResultRequest(taskId, manager, request, QByteArrayLiteral("POST"), body, parent)
    { }
};

} // namespace rte::api
