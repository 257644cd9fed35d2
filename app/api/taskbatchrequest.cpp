// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/taskbatchrequest.h"

#include <QJsonArray>

namespace rte::api {

namespace {

QString pathFor(TaskBatchRequest::Operation operation)
{
    switch (operation) {
    case TaskBatchRequest::Operation::Delete:
        return QStringLiteral("/v3/tasks/bulk-delete");
    case TaskBatchRequest::Operation::Complete:
        return QStringLiteral("/v3/tasks/batch/complete");
    case TaskBatchRequest::Operation::Assign:
        return QStringLiteral("/v3/tasks/batch/assign");
    }
    return {};
}

} // namespace

TaskBatchRequest::TaskBatchRequest(Operation operation, const QList<qint64> &ids, qint64 userId)
    : ApiRequest(Verb::Post, Effect::Act, pathFor(operation))
    , m_operation(operation)
    , m_ids(ids)
{
    QJsonArray idArray;
    for (const qint64 id : ids)
        idArray.append(id);
    QJsonObject body {{QStringLiteral("ids"), idArray}};
    if (operation == Operation::Assign)
        body.insert(QLatin1String("userId"), userId);
    setBody(body);
}

ApiError TaskBatchRequest::problemBeforeSending() const
{
    // Reply would answer 400 too; refusing here costs no request from the budget.
    if (m_ids.isEmpty())
        return ApiError::localValidation(
            QStringLiteral("/ids"), tr("No tasks were chosen. Choose at least one task."));
    if (m_ids.size() > MaxIds)
        return ApiError::localValidation(QStringLiteral("/ids"),
            tr("%1 tasks were chosen, but Reply takes at most %2 at a time. Choose fewer tasks.")
                .arg(QString::number(m_ids.size()), QString::number(MaxIds)));
    return {};
}

bool TaskBatchRequest::handleSuccess(const QJsonObject &json)
{
    QMap<qint64, BatchFailure> failures;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool isNumber = false;
        const qint64 id = it.key().toLongLong(&isNumber);
        const std::optional<BatchFailure> failure = BatchFailure::fromJson(it.value());
        // Keys other than ids, or entries without an object, mean this is not a failure map.
        if (!isNumber || id <= 0 || !failure)
            return false;
        failures.insert(id, *failure);
    }
    Q_EMIT succeeded(failures);
    return true;
}

} // namespace rte::api
