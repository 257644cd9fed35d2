#include "api/gettaskrequest.h"

#include "api/taskresponse.h"

namespace rte::api {

GetTaskRequest::GetTaskRequest(
    qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request, QObject *parent)
    : ApiRequest(manager, request, QByteArrayLiteral("GET"), {}, parent)
    , m_taskId(taskId)
{ }

bool GetTaskRequest::handleSuccess(const QJsonObject &json)
{
    const std::optional<core::Task> task = TaskResponse::decode(json, m_taskId);
    if (!task)
        return false;
    Q_EMIT succeeded(*task);
    return true;
}

void GetTaskRequest::annotate(ApiError &error) const
{
    error.setTaskId(m_taskId);
}

} // namespace rte::api
