// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"

namespace rte::api {

// DELETE /v3/tasks/{id} -> 204. An open task is cancelled, a finished one archived; either way it
// leaves the task lists (and can still be fetched by id). Not re-sent after a lost answer: a second
// DELETE would meet an already cancelled task and report an error for what in fact worked.
class DeleteTaskRequest : public ApiRequest
{
    Q_OBJECT
public:
    explicit DeleteTaskRequest(qint64 taskId);
    qint64 taskId() const { return m_taskId; }

Q_SIGNALS:
    void succeeded();

protected:
    bool handleEmptySuccess() override;
    bool handleSuccess(const QJsonObject &json) override;
    void annotate(ApiError &error) const override;

private:
    qint64 m_taskId;
};

} // namespace rte::api
