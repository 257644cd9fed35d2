#include "api/updatetaskrequest.h"

#include "api/taskresponse.h"

namespace rte::api {

UpdateTaskRequest::UpdateTaskRequest(qint64 taskId, QNetworkAccessManager *manager,
    const QNetworkRequest &request, const QByteArray &body, QObject *parent)
    : ApiRequest(manager, request, QByteArrayLiteral("PUT"), body, parent)
    , m_taskId(taskId)
{ }

bool UpdateTaskRequest::handleSuccess(const QJsonObject &json)
{
    const std::optional<core::Task> task = TaskResponse::decode(json, m_taskId);
    if (!task)
        return false;
    Q_EMIT succeeded(*task);
    return true;
}

void UpdateTaskRequest::annotate(ApiError &error) const
{
    error.setTaskId(m_taskId);
}

} // namespace rte::api
