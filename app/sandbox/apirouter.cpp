// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "apirouter.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "problem.h"

namespace rte::sandbox {

namespace {

const QString IdSegment = QStringLiteral("{id}");

} // namespace

ApiRouter::ApiRouter(TaskStore &store)
    : m_queries(store)
    , m_commands(store)
    , m_batches(store)
    , m_directory(store)
{
    add("GET", "/v3/whoami", [this](const HttpRequest &r, qint64) { return m_directory.whoami(r); });
    add("GET", "/v3/whoami/team-users",
        [this](const HttpRequest &r, qint64) { return m_directory.teamUsers(r); });
    add("GET", "/v3/contacts", [this](const HttpRequest &r, qint64) { return m_directory.contacts(r); });
    add("POST", "/v3/contacts/filter",
        [this](const HttpRequest &r, qint64) { return m_directory.filterContacts(r); });
    add("GET", "/v3/contacts/{id}",
        [this](const HttpRequest &r, qint64 id) { return m_directory.contact(r, id); });

    add("GET", "/v3/tasks", [this](const HttpRequest &r, qint64) { return m_queries.list(r); });
    add("POST", "/v3/tasks", [this](const HttpRequest &r, qint64) { return m_commands.create(r); });
    add("POST", "/v3/tasks/filter", [this](const HttpRequest &r, qint64) { return m_queries.filter(r); });
    add("POST", "/v3/tasks/bulk-delete",
        [this](const HttpRequest &r, qint64) { return m_batches.bulkDelete(r); });
    add("POST", "/v3/tasks/batch/complete",
        [this](const HttpRequest &r, qint64) { return m_batches.complete(r); });
    add("POST", "/v3/tasks/batch/assign",
        [this](const HttpRequest &r, qint64) { return m_batches.assign(r); });
    add("GET", "/v3/tasks/{id}", [this](const HttpRequest &r, qint64 id) { return m_queries.get(r, id); });
    add("PUT", "/v3/tasks/{id}",
        [this](const HttpRequest &r, qint64 id) { return m_commands.replace(r, id); });
    add("DELETE", "/v3/tasks/{id}",
        [this](const HttpRequest &r, qint64 id) { return m_commands.remove(r, id); });
    add("PUT", "/v3/tasks/{id}/assigned-user",
        [this](const HttpRequest &r, qint64 id) { return m_commands.assign(r, id); });
    add("POST", "/v3/tasks/{id}/complete",
        [this](const HttpRequest &r, qint64 id) { return m_commands.complete(r, id); });
    add("POST", "/v3/tasks/{id}/execute",
        [this](const HttpRequest &r, qint64 id) { return m_commands.execute(r, id); });
}

void ApiRouter::add(const char *method, const char *path, Handler handler)
{
    m_routes.append(Route {QByteArray(method),
        QString::fromLatin1(path).split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

HttpResponse ApiRouter::handle(const HttpRequest &request)
{
    // A trailing or doubled slash does not make a different resource.
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    // Keep only the most specific path matches (most literal segments), then look at the method.
    QList<const Route *> matches;
    QList<QString> idSegments;
    int bestLiterals = -1;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.pattern.size() != segments.size())
            continue;
        int literals = 0;
        QString idSegment;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.pattern.at(i) == IdSegment)
                idSegment = segments.at(i);
            else if (route.pattern.at(i) == segments.at(i))
                ++literals;
            else
                ok = false;
        }
        if (!ok || literals < bestLiterals)
            continue;
        if (literals > bestLiterals) {
            matches.clear();
            idSegments.clear();
            bestLiterals = literals;
        }
        matches.append(&route);
        idSegments.append(idSegment);
    }
    if (matches.isEmpty())
        return Problem::routeNotFound().toResponse();

    for (qsizetype i = 0; i < matches.size(); ++i) {
        const Route *route = matches.at(i);
        if (route->method != request.method)
            continue;
        qint64 id = 0;
        if (route->pattern.contains(IdSegment)) {
            const auto parsed = EndpointSupport::parseId(idSegments.at(i));
            if (!parsed)
                return EndpointSupport::invalidId().toResponse();
            id = *parsed;
        }
        return route->handler(request, id);
    }

    QByteArrayList allowed;
    for (const Route *route : std::as_const(matches))
        allowed.append(route->method);
    HttpResponse response = Problem::methodNotAllowed().toResponse();
    response.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    return response;
}

} // namespace rte::sandbox
