// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskqueryendpoints.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "taskstore.h"
#include "wireformat.h"

#include <QJsonArray>

#include <functional>

namespace rte::sandbox {

namespace {

using Predicate = std::function<bool(const QJsonObject &)>;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// An optional array filter ({"sequenceIds": [..]}); an empty array filters nothing.
std::optional<QList<QJsonValue>> arrayFilter(
    const QJsonObject &body, const char *field, bool integers, Problem &problem)
{
    const QJsonValue v = body.value(key(field));
    if (absent(v))
        return std::nullopt;
    const QString pointer = QLatin1Char('/') + key(field);
    if (!v.isArray()) {
        problem.withError(pointer, QStringLiteral("Value has an invalid type."));
        return std::nullopt;
    }
    QList<QJsonValue> values;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (integers ? !WireFormat::integer(item) : !item.isString()) {
            problem.withError(pointer + QLatin1Char('/') + QString::number(i),
                QStringLiteral("Value has an invalid type."));
            continue;
        }
        values.append(integers ? QJsonValue(*WireFormat::integer(item)) : item);
    }
    if (values.isEmpty())
        return std::nullopt;
    return values;
}

bool containsInteger(const QList<QJsonValue> &values, const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    for (const QJsonValue &candidate : values) {
        if (candidate.toInteger() == v.toInteger())
            return true;
    }
    return false;
}

} // namespace

TaskQueryEndpoints::TaskQueryEndpoints(const TaskStore &store)
    : m_store(store)
{ }

// A stored task as the lists show it, made for the page's tasks only.
std::function<QJsonObject(const QJsonObject &)> TaskQueryEndpoints::listItem() const
{
    return [this](const QJsonObject &stored) {
        return m_store.listItem(stored);
    };
}

HttpResponse TaskQueryEndpoints::list(const HttpRequest &request) const
{
    EndpointSupport::Paging paging;
    if (auto problem = EndpointSupport::paging(request.query, QStringLiteral("task"), &paging))
        return problem->toResponse();
    QList<QJsonObject> listed;
    for (const QJsonObject &stored : m_store.storedTasks()) {
        if (TaskStore::isListed(stored))
            listed.append(stored);
    }
    return EndpointSupport::page(listed, paging, listItem());
}

HttpResponse TaskQueryEndpoints::filter(const HttpRequest &request) const
{
    EndpointSupport::Paging paging;
    std::optional<Problem> pagingProblem
        = EndpointSupport::paging(request.query, QStringLiteral("task"), &paging);
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    // Query and body errors come back together, as in the vendor's example.
    Problem problem = pagingProblem.value_or(Problem::validation());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Predicate> predicates;

    QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime to = now.addYears(1);
    bool datesValid = true;
    for (const char *field : {"from", "to"}) {
        const QJsonValue v = body.value(key(field));
        if (absent(v))
            continue;
        const auto dt = WireFormat::parseDateTime(v);
        if (!dt) {
            problem.withError(QLatin1Char('/') + key(field), QStringLiteral("Value has an invalid format."));
            datesValid = false;
            continue;
        }
        (qstrcmp(field, "from") == 0 ? from : to) = *dt;
    }
    if (datesValid && to < from)
        problem.withError(
            QStringLiteral("/to"), QStringLiteral("'to' must be greater than or equal to 'from'."));
    predicates.append([from, to](const QJsonObject &t) {
        const auto start = WireFormat::parseDateTime(t.value(key("startAt")));
        return start && *start >= from && *start <= to;
    });

    // Single-valued enum filters; linkedInTaskType only existed in the older docs but costs nothing.
    using Parser = std::optional<QString> (*)(const QJsonValue &);
    const std::pair<const char *, Parser> enums[] = {{"taskType", &WireFormat::taskType},
        {"status", &WireFormat::status}, {"linkedInTaskType", &WireFormat::linkedInTaskType}};
    bool statusGiven = false;
    for (const auto &[field, parse] : enums) {
        const QJsonValue v = body.value(key(field));
        if (absent(v))
            continue;
        const auto value = parse(v);
        if (!value) {
            problem.withError(QLatin1Char('/') + key(field), QStringLiteral("Value has an invalid format."));
            continue;
        }
        statusGiven = statusGiven || qstrcmp(field, "status") == 0;
        const QString name = key(field);
        predicates.append(
            [name, expected = *value](const QJsonObject &t) { return t.value(name).toString() == expected; });
    }
    // Cancelled and archived tasks have left the lists unless the caller asks for that status by name.
    if (!statusGiven)
        predicates.append([](const QJsonObject &t) { return TaskStore::isListed(t); });

    for (const char *field : {"sequenceIds", "sequenceStepIds"}) {
        if (const auto ids = arrayFilter(body, field, true, problem)) {
            const QString storedField = qstrcmp(field, "sequenceIds") == 0 ? QStringLiteral("sequenceId")
                                                                           : QStringLiteral("sequenceStepId");
            predicates.append([ids = *ids, storedField](const QJsonObject &t) {
                return containsInteger(ids, t.value(storedField));
            });
        }
    }
    if (const auto zones = arrayFilter(body, "timeZoneIds", false, problem)) {
        const TaskStore *store = &m_store;
        predicates.append([zones = *zones, store](const QJsonObject &t) {
            const auto contact = store->contact(t.value(key("contactId")).toInteger(0));
            return contact && zones.contains(contact->value(key("timeZoneId")));
        });
    }
    for (const char *field : {"contactId", "assignedUserId"}) {
        const QJsonValue v = body.value(key(field));
        if (absent(v))
            continue;
        const auto id = WireFormat::integer(v);
        if (!id) {
            problem.withError(QLatin1Char('/') + key(field), QStringLiteral("Value has an invalid type."));
            continue;
        }
        const QString name = key(field);
        predicates.append([name, id = *id](const QJsonObject &t) {
            return t.value(name).isDouble() && t.value(name).toInteger() == id;
        });
    }
    const QJsonValue overdue = body.value(key("overdue"));
    if (overdue.isBool()) {
        predicates.append([now, wanted = overdue.toBool()](
                              const QJsonObject &t) { return TaskStore::isOverdue(t, now) == wanted; });
    } else if (!absent(overdue)) {
        problem.withError(QStringLiteral("/overdue"), QStringLiteral("Value has an invalid type."));
    }

    if (problem.hasErrors())
        return problem.toResponse();

    QList<QJsonObject> matching;
    for (const QJsonObject &stored : m_store.storedTasks()) {
        const bool matches = std::all_of(
            predicates.cbegin(), predicates.cend(), [&stored](const Predicate &p) { return p(stored); });
        if (matches)
            matching.append(stored);
    }
    return EndpointSupport::page(matching, paging, listItem());
}

HttpResponse TaskQueryEndpoints::get(const HttpRequest &request, qint64 id) const
{
    bool includeContent = false;
    if (auto problem
        = EndpointSupport::flag(request.query, QStringLiteral("includeContent"), &includeContent))
        return problem->toResponse();
    const auto task = m_store.task(id, includeContent);
    if (!task) {
        return Problem::notFound(QStringLiteral("task.notFound"),
            QStringLiteral("Task with ID %1 not found or insufficient permissions.").arg(id))
            .toResponse();
    }
    return HttpResponse::json(200, *task);
}

} // namespace rte::sandbox
