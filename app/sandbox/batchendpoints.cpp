// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "batchendpoints.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "taskcommandendpoints.h"
#include "taskstore.h"
#include "taskvalidator.h"

namespace rte::sandbox {

namespace {

QJsonObject failure(const QString &error, const QString &details)
{
    return QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("errorDetails"), details}};
}

} // namespace

BatchEndpoints::BatchEndpoints(TaskStore &store)
    : m_store(store)
{ }

HttpResponse BatchEndpoints::bulkDelete(const HttpRequest &request)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    QList<qint64> ids;
    if (auto problem = TaskValidator::ids(body, &ids))
        return problem->toResponse();
    QJsonObject failed;
    for (const qint64 id : std::as_const(ids)) {
        const TaskStore::Error error = m_store.remove(id);
        // The vendor lists only `notFound` for this endpoint: a task that cannot be deleted any more
        // (already cancelled or archived) is, as far as lists go, not there.
        if (error != TaskStore::Error::None) {
            failed.insert(QString::number(id),
                failure(QStringLiteral("notFound"), TaskCommandEndpoints::problemFor(error, id).detail()));
        }
    }
    return HttpResponse::json(200, failed);
}

HttpResponse BatchEndpoints::complete(const HttpRequest &request)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    QList<qint64> ids;
    if (auto problem = TaskValidator::ids(body, &ids))
        return problem->toResponse();
    QJsonObject failed;
    for (const qint64 id : std::as_const(ids)) {
        const TaskStore::Error error = m_store.complete(id);
        if (error == TaskStore::Error::None)
            continue;
        const QString code = error == TaskStore::Error::NotFound ? QStringLiteral("notFound")
                                                                 : QStringLiteral("cannotComplete");
        failed.insert(
            QString::number(id), failure(code, TaskCommandEndpoints::problemFor(error, id).detail()));
    }
    return HttpResponse::json(200, failed);
}

HttpResponse BatchEndpoints::assign(const HttpRequest &request)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    QList<qint64> ids;
    std::optional<Problem> problem = TaskValidator::ids(body, &ids);
    // Current docs say userId, older ones assignedUserId; both are accepted.
    const bool legacy
        = !body.contains(QLatin1String("userId")) && body.contains(QLatin1String("assignedUserId"));
    const QString field = legacy ? QStringLiteral("assignedUserId") : QStringLiteral("userId");
    qint64 userId = 0;
    if (auto userProblem = TaskValidator::userId(body.value(field), QLatin1Char('/') + field, &userId)) {
        if (!problem)
            problem = userProblem;
        else
            problem->withError(
                QLatin1Char('/') + field, QStringLiteral("'userId' must be a positive integer."));
    }
    if (problem)
        return problem->toResponse();
    // Reassigning to an outsider is refused as a whole: nothing changes.
    if (!m_store.isTeamMember(userId))
        return TaskCommandEndpoints::notOnTeam(userId).toResponse();
    QJsonObject failed;
    for (const qint64 id : std::as_const(ids)) {
        const TaskStore::Error error = m_store.assign(id, userId);
        if (error != TaskStore::Error::None) {
            failed.insert(QString::number(id),
                failure(QStringLiteral("notFound"), TaskCommandEndpoints::problemFor(error, id).detail()));
        }
    }
    return HttpResponse::json(200, failed);
}

} // namespace rte::sandbox
