// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "core/task.h"

namespace rte::api {

// The shared half of every call whose answer is one full task (get, update, create, complete,
// execute, reassign): checks that the answer really is that task, and puts the id on errors.
class TaskResultRequest : public ApiRequest
{
    Q_OBJECT
public:
    qint64 taskId() const { return m_taskId; } // 0 for a task still to be created

Q_SIGNALS:
    void succeeded(const rte::core::Task &task);

protected:
    TaskResultRequest(qint64 taskId, Verb verb, Effect effect, const QString &path);

    bool handleSuccess(const QJsonObject &json) override;
    void annotate(ApiError &error) const override;

private:
    qint64 m_taskId;
};

} // namespace rte::api
