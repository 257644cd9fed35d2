#pragma once

#include "api/apirequest.h"
#include "core/task.h"

namespace rte::api {

// GET /v3/tasks/{id}?includeContent=true
class GetTaskRequest : public ApiRequest
{
    Q_OBJECT
public:
    GetTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        QObject *parent = nullptr);
    qint64 taskId() const { return m_taskId; }

Q_SIGNALS:
    void succeeded(const rte::core::Task &task);

protected:
    bool handleSuccess(const QJsonObject &json) override;
    void annotate(ApiError &error) const override;

private:
    qint64 m_taskId;
};

} // namespace rte::api
