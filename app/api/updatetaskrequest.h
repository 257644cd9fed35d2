#pragma once

#include "api/apirequest.h"
#include "core/task.h"

namespace rte::api {

// PUT /v3/tasks/{id}: a full replacement; the answer is the task as the server now has it.
class UpdateTaskRequest : public ApiRequest
{
    Q_OBJECT
public:
    UpdateTaskRequest(qint64 taskId, QNetworkAccessManager *manager, const QNetworkRequest &request,
        const QByteArray &body, QObject *parent = nullptr);
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
