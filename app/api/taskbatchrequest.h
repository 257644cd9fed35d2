// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "api/batchfailure.h"

#include <QList>
#include <QMap>

namespace rte::api {

// POST /v3/tasks/bulk-delete, /v3/tasks/batch/complete and /v3/tasks/batch/assign: 1 to 100 ids. Not
// atomic: the answer maps the ids that failed to why, and {} means every one succeeded. Never re-sent
// after a lost answer (part of the batch may have been done). An empty list or more than MaxIds fails
// locally with Kind::Validation and sends nothing: splitting bigger selections is the caller's job.
class TaskBatchRequest : public ApiRequest
{
    Q_OBJECT
public:
    enum class Operation
    {
        Delete,
        Complete,
        Assign
    };
    Q_ENUM(Operation)
    static constexpr int MaxIds = 100;

    // userId: the new assignee, for Operation::Assign only.
    TaskBatchRequest(Operation operation, const QList<qint64> &ids, qint64 userId = 0);
    Operation operation() const { return m_operation; }
    QList<qint64> ids() const { return m_ids; }

Q_SIGNALS:
    void succeeded(const QMap<qint64, rte::api::BatchFailure> &failures);

protected:
    bool handleSuccess(const QJsonObject &json) override;
    ApiError problemBeforeSending() const override;

private:
    Operation m_operation;
    QList<qint64> m_ids;
};

} // namespace rte::api
