// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskcommandendpoints.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "taskvalidator.h"

namespace rte::sandbox {

TaskCommandEndpoints::TaskCommandEndpoints(TaskStore &store)
    : m_store(store)
{ }

Problem TaskCommandEndpoints::problemFor(TaskStore::Error error, qint64 id)
{
    const QString unknown = QStringLiteral("task.unknown");
    switch (error) {
    case TaskStore::Error::None:
    case TaskStore::Error::NotFound:
        break;
    case TaskStore::Error::NotEditable:
        return Problem::business(400, unknown, QStringLiteral("Only tasks with 'New' status can be edited."));
    case TaskStore::Error::SequenceTypeChanged:
        return Problem::business(
            400, unknown, QStringLiteral("The type of a sequence-created task cannot be changed."));
    case TaskStore::Error::SequenceContactChanged:
        return Problem::business(
            400, unknown, QStringLiteral("The contact of a sequence-created task cannot be changed."));
    case TaskStore::Error::CannotDelete:
        return Problem::business(
            400, unknown, QStringLiteral("Task cannot be deleted in its current state."));
    case TaskStore::Error::CannotComplete:
        return Problem::business(409, QStringLiteral("task.cannotComplete"),
            QStringLiteral("Task is already finished or in an invalid state for completion."));
    case TaskStore::Error::NotExecutable:
        return Problem::validation(QString(), QStringLiteral("Task type does not support execution."));
    }
    return Problem::notFound(QStringLiteral("task.notFound"),
        QStringLiteral("Task with ID %1 not found or insufficient permissions.").arg(id));
}

Problem TaskCommandEndpoints::notOnTeam(qint64 userId)
{
    return Problem::business(403, QStringLiteral("task.forbidden"),
        QStringLiteral("User %1 is not a member of the caller's team.").arg(userId));
}

HttpResponse TaskCommandEndpoints::taskResponse(int status, qint64 id) const
{
    return HttpResponse::json(status, m_store.task(id).value_or(QJsonObject()));
}

HttpResponse TaskCommandEndpoints::replace(const HttpRequest &request, qint64 id)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    QJsonObject input;
    if (auto problem = TaskValidator::task(body, TaskValidator::Mode::Replace, m_store, &input))
        return problem->toResponse();
    const TaskStore::Error error = m_store.replace(id, input);
    if (error != TaskStore::Error::None)
        return problemFor(error, id).toResponse();
    return taskResponse(200, id);
}

HttpResponse TaskCommandEndpoints::create(const HttpRequest &request)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    QJsonObject input;
    if (auto problem = TaskValidator::task(body, TaskValidator::Mode::Create, m_store, &input))
        return problem->toResponse();
    const qint64 id = m_store.create(input);
    HttpResponse response = taskResponse(201, id);
    response.setHeader(QByteArrayLiteral("Location"), "/v3/tasks/" + QByteArray::number(id));
    return response;
}

HttpResponse TaskCommandEndpoints::remove(const HttpRequest &, qint64 id)
{
    const TaskStore::Error error = m_store.remove(id);
    if (error != TaskStore::Error::None)
        return problemFor(error, id).toResponse();
    return HttpResponse::empty(204);
}

HttpResponse TaskCommandEndpoints::assign(const HttpRequest &request, qint64 id)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    qint64 userId = 0;
    if (auto problem
        = TaskValidator::userId(body.value(QLatin1String("userId")), QStringLiteral("/userId"), &userId))
        return problem->toResponse();
    if (!m_store.exists(id))
        return problemFor(TaskStore::Error::NotFound, id).toResponse();
    if (!m_store.isTeamMember(userId))
        return notOnTeam(userId).toResponse();
    m_store.assign(id, userId);
    return taskResponse(200, id);
}

HttpResponse TaskCommandEndpoints::complete(const HttpRequest &request, qint64 id)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    if (auto problem = TaskValidator::complete(body))
        return problem->toResponse();
    // callResolution and finishProspectInSequence only steer sequence branching, which the sandbox
    // does not model; they are validated and otherwise accepted.
    const TaskStore::Error error = m_store.complete(id);
    if (error != TaskStore::Error::None)
        return problemFor(error, id).toResponse();
    return taskResponse(200, id);
}

HttpResponse TaskCommandEndpoints::execute(const HttpRequest &request, qint64 id)
{
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    std::optional<QJsonObject> content;
    if (auto problem = TaskValidator::execute(body, &content))
        return problem->toResponse();
    const TaskStore::Error error = m_store.execute(id, content);
    if (error != TaskStore::Error::None)
        return problemFor(error, id).toResponse();
    return taskResponse(200, id);
}

} // namespace rte::sandbox
