// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskstore.h"

#include "seedcontacts.h"
#include "seedtasks.h"
#include "templaterenderer.h"
#include "wireformat.h"

#include <QHash>

namespace rte::sandbox {

namespace {

struct TeamUser
{
    qint64 id;
    const char *name;
    const char *email;
};

constexpr TeamUser Team[] = {
    {1001, "Alex Morgan", "alex.morgan@example.com"},
    {1002, "Priya Natarajan", "priya.natarajan@example.com"},
    {1003, "Jonas Weber", "jonas.weber@example.com"},
    {1004,
        "Maria Garc\xC3\xAD"
        "a",
        "maria.garcia@example.com"},
};

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

TaskStore::TaskStore()
{
    // Whole minutes, so seeded times read like ones a person picked.
    QDateTime now = nowUtc();
    now = now.addMSecs(-(now.time().second() * 1000 + now.time().msec()));
    QHash<qint64, QJsonObject> byId;
    for (const QJsonObject &c : SeedContacts::build(now)) {
        const qint64 id = c.value(key("id")).toInteger();
        m_contacts.insert(id, c);
        byId.insert(id, c);
    }
    for (const QJsonObject &t : SeedTasks::build(now, byId))
        m_tasks.insert(t.value(key("id")).toInteger(), t);
    m_nextId = m_tasks.isEmpty() ? 1 : m_tasks.lastKey() + 1;
}

std::optional<QJsonObject> TaskStore::task(qint64 id, bool includeContent) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.cend())
        return std::nullopt;
    QJsonObject out = *it;
    out.insert(QStringLiteral("content"), includeContent ? QJsonValue(rendered(*it)) : QJsonValue());
    out.insert(QStringLiteral("deliveryInfo"), deliveryInfo(*it));
    return out;
}

QJsonObject TaskStore::listItem(const QJsonObject &stored) const
{
    QJsonValue contactSummary;
    if (const auto c = contact(stored.value(key("contactId")).toInteger(0))) {
        const QString fullName = (c->value(key("firstName")).toString() + QLatin1Char(' ')
            + c->value(key("lastName")).toString())
                                     .trimmed();
        contactSummary = QJsonObject {
            {QStringLiteral("id"), c->value(key("id"))}, {QStringLiteral("fullName"), fullName}};
    }
    QJsonObject item {{QStringLiteral("contact"), contactSummary}};
    for (const char *field : {"id", "taskType", "status", "linkedInTaskType", "assignedUserId", "startAt",
             "dueTo", "finishedAt", "isScheduled", "sequenceId", "sequenceStepId"})
        item.insert(QLatin1String(field), stored.value(key(field)));
    return item;
}

bool TaskStore::isListed(const QJsonObject &stored)
{
    const QString status = stored.value(key("status")).toString();
    return status != QLatin1String("cancelled") && status != QLatin1String("archived");
}

bool TaskStore::isOverdue(const QJsonObject &stored, const QDateTime &now)
{
    if (stored.value(key("status")).toString() != QLatin1String("new"))
        return false;
    const auto due = WireFormat::parseDateTime(stored.value(key("dueTo")));
    return due && *due < now;
}

std::optional<QJsonObject> TaskStore::contact(qint64 id) const
{
    const auto it = m_contacts.constFind(id);
    if (it == m_contacts.cend())
        return std::nullopt;
    return *it;
}

QJsonObject TaskStore::whoami() const
{
    return QJsonObject {{QStringLiteral("userId"), CurrentUserId},
        {QStringLiteral("username"), QString::fromUtf8(Team[0].name)}, {QStringLiteral("teamId"), TeamId}};
}

QJsonArray TaskStore::teamUsers() const
{
    QJsonArray users;
    for (const TeamUser &u : Team) {
        users.append(QJsonObject {{QStringLiteral("teamId"), TeamId},
            {QStringLiteral("teamName"), QStringLiteral("Northwind Sales")}, {QStringLiteral("userId"), u.id},
            {QStringLiteral("userName"), QString::fromUtf8(u.name)},
            {QStringLiteral("userEmail"), QString::fromLatin1(u.email)}});
    }
    return users;
}

bool TaskStore::isTeamMember(qint64 userId) const
{
    for (const TeamUser &u : Team) {
        if (u.id == userId)
            return true;
    }
    return false;
}

TaskStore::Error TaskStore::replace(qint64 id, const QJsonObject &input)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Error::NotFound;
    if (it->value(key("status")).toString() != QLatin1String("new"))
        return Error::NotEditable;
    if (it->value(key("creationSource")).toString() == QLatin1String("sequence")) {
        if (input.value(key("taskType")) != it->value(key("taskType")))
            return Error::SequenceTypeChanged;
        const QJsonValue before = it->value(key("contactId"));
        const QJsonValue after = input.value(key("contactId"));
        if (before.isNull() != after.isNull() || before.toInteger() != after.toInteger())
            return Error::SequenceContactChanged;
    }
    // Full replacement: every editable field comes from the input, so an omitted optional field is
    // cleared. The attachments are read-only and survive whatever the client sent.
    QJsonObject tmpl = input.value(key("template")).toObject();
    tmpl.insert(QStringLiteral("attachmentIdList"),
        it->value(key("template")).toObject().value(key("attachmentIdList")));
    for (const char *field : {"taskType", "startAt", "dueTo", "contactId", "linkedInTaskType"})
        it->insert(QLatin1String(field), input.value(key(field)));
    it->insert(QStringLiteral("template"), tmpl);
    return Error::None;
}

qint64 TaskStore::create(const QJsonObject &input)
{
    QJsonObject task = input;
    QJsonObject tmpl = input.value(key("template")).toObject();
    tmpl.insert(QStringLiteral("attachmentIdList"), QJsonValue());
    task.insert(QStringLiteral("template"), tmpl);
    // POST /v3/tasks has no assignee: the task lands with the caller.
    task.insert(QStringLiteral("assignedUserId"), CurrentUserId);
    task.insert(QStringLiteral("createdAt"), WireFormat::formatDateTime(nowUtc()));
    return insert(task);
}

TaskStore::Error TaskStore::remove(qint64 id)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Error::NotFound;
    const QString status = it->value(key("status")).toString();
    if (status == QLatin1String("new"))
        it->insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    else if (status == QLatin1String("finished"))
        it->insert(QStringLiteral("status"), QStringLiteral("archived"));
    else
        return Error::CannotDelete;
    return Error::None;
}

TaskStore::Error TaskStore::assign(qint64 id, qint64 userId)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Error::NotFound;
    it->insert(QStringLiteral("assignedUserId"), userId);
    return Error::None;
}

TaskStore::Error TaskStore::complete(qint64 id)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Error::NotFound;
    if (it->value(key("status")).toString() != QLatin1String("new"))
        return Error::CannotComplete;
    finish(*it, std::nullopt);
    return Error::None;
}

TaskStore::Error TaskStore::execute(qint64 id, const std::optional<QJsonObject> &content)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Error::NotFound;
    const QString type = it->value(key("taskType")).toString();
    if (type != QLatin1String("manualEmail") && type != QLatin1String("sms"))
        return Error::NotExecutable;
    if (it->value(key("status")).toString() != QLatin1String("new"))
        return Error::CannotComplete;
    finish(*it, content);
    return Error::None;
}

void TaskStore::finish(QJsonObject &stored, const std::optional<QJsonObject> &finalContent) const
{
    // Once finished, Reply keeps only the final text; the raw template with placeholders is gone.
    const QJsonObject text = finalContent ? *finalContent : rendered(stored);
    QJsonObject tmpl = stored.value(key("template")).toObject();
    tmpl.insert(QStringLiteral("body"), text.value(key("body")));
    if (text.contains(key("subject")))
        tmpl.insert(QStringLiteral("subject"), text.value(key("subject")));
    stored.insert(QStringLiteral("template"), tmpl);
    stored.insert(QStringLiteral("status"), QStringLiteral("finished"));
    stored.insert(QStringLiteral("finishedAt"), WireFormat::formatDateTime(nowUtc()));
}

void TaskStore::merge(qint64 id, const QJsonObject &patch)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return;
    QJsonObject merged = *it;
    for (auto p = patch.begin(); p != patch.end(); ++p) {
        if (p.key() == QLatin1String("template") && p.value().isObject()) {
            QJsonObject tmpl = merged.value(key("template")).toObject();
            const QJsonObject change = p.value().toObject();
            for (auto c = change.begin(); c != change.end(); ++c)
                tmpl.insert(c.key(), c.value());
            merged.insert(p.key(), tmpl);
        } else if (p.key() != QLatin1String("id")) {
            merged.insert(p.key(), p.value());
        }
    }
    *it = normalised(merged);
}

qint64 TaskStore::insert(const QJsonObject &task)
{
    QJsonObject stored = normalised(task);
    const qint64 id = m_nextId++;
    stored.insert(QStringLiteral("id"), id);
    m_tasks.insert(id, stored);
    return id;
}

QJsonObject TaskStore::normalised(const QJsonObject &task) const
{
    const QDateTime now = nowUtc();
    QJsonObject out {
        {QStringLiteral("id"), task.value(key("id"))},
        {QStringLiteral("contactId"), QJsonValue()},
        {QStringLiteral("taskType"), QStringLiteral("toDo")},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("linkedInTaskType"), QJsonValue()},
        {QStringLiteral("sequenceId"), QJsonValue()},
        {QStringLiteral("sequenceStepId"), QJsonValue()},
        {QStringLiteral("sequenceStepDisplayName"), QJsonValue()},
        {QStringLiteral("assignedUserId"), CurrentUserId},
        {QStringLiteral("creationSource"), QStringLiteral("user")},
        {QStringLiteral("createdAt"), WireFormat::formatDateTime(now)},
        {QStringLiteral("startAt"), WireFormat::formatDateTime(now)},
        {QStringLiteral("dueTo"), WireFormat::formatDateTime(now.addSecs(3600))},
        {QStringLiteral("finishedAt"), QJsonValue()},
        {QStringLiteral("isFailed"), false},
        {QStringLiteral("isScheduled"), false},
    };
    QJsonObject tmpl {{QStringLiteral("body"), QString()}, {QStringLiteral("subject"), QJsonValue()},
        {QStringLiteral("attachmentIdList"), QJsonValue()}};
    const QJsonObject given = task.value(key("template")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        tmpl.insert(it.key(), it.value());
    for (auto it = task.begin(); it != task.end(); ++it) {
        if (it.key() != QLatin1String("template") && it.key() != QLatin1String("content")
            && it.key() != QLatin1String("deliveryInfo"))
            out.insert(it.key(), it.value());
    }
    out.insert(QStringLiteral("template"), tmpl);
    // Tests may hand in legacy integers or offset date-times; store what the server would send.
    if (const auto v = WireFormat::taskType(out.value(key("taskType"))))
        out.insert(QStringLiteral("taskType"), *v);
    if (const auto v = WireFormat::status(out.value(key("status"))))
        out.insert(QStringLiteral("status"), *v);
    if (const auto v = WireFormat::linkedInTaskType(out.value(key("linkedInTaskType"))))
        out.insert(QStringLiteral("linkedInTaskType"), *v);
    for (const char *field : {"createdAt", "startAt", "dueTo", "finishedAt"}) {
        if (const auto dt = WireFormat::parseDateTime(out.value(key(field))))
            out.insert(QLatin1String(field), WireFormat::formatDateTime(*dt));
    }
    return out;
}

QJsonValue TaskStore::deliveryInfo(const QJsonObject &stored) const
{
    const auto c = contact(stored.value(key("contactId")).toInteger(0));
    const QString type = stored.value(key("taskType")).toString();
    const char *field = type == QLatin1String("manualEmail")              ? "email"
        : (type == QLatin1String("call") || type == QLatin1String("sms")) ? "phone"
        : type == QLatin1String("linkedIn")                               ? "linkedInUrl"
                                                                          : nullptr;
    if (!c || !field)
        return QJsonValue();
    QJsonObject info {{QStringLiteral("email"), QJsonValue()}, {QStringLiteral("phoneNumber"), QJsonValue()},
        {QStringLiteral("linkedInUrl"), QJsonValue()}};
    const QJsonValue value = c->value(key(field));
    const QString name = QLatin1String(field) == QLatin1String("phone") ? QStringLiteral("phoneNumber")
                                                                        : QString::fromLatin1(field);
    info.insert(name, value.isString() ? value : QJsonValue());
    return info;
}

QJsonObject TaskStore::rendered(const QJsonObject &stored) const
{
    const QJsonObject c = contact(stored.value(key("contactId")).toInteger(0)).value_or(QJsonObject());
    const QJsonObject tmpl = stored.value(key("template")).toObject();
    const QJsonValue subject = tmpl.value(key("subject"));
    return QJsonObject {
        {QStringLiteral("body"), TemplateRenderer::render(tmpl.value(key("body")).toString(), c)},
        {QStringLiteral("subject"),
            subject.isString() ? QJsonValue(TemplateRenderer::render(subject.toString(), c)) : QJsonValue()},
    };
}

} // namespace rte::sandbox
