// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/tasklistitem.h"

#include "core/task.h"
#include "core/taskcodec.h"

namespace rte::core {

TaskListItem TaskListItem::fromJson(const QJsonObject &json)
{
    TaskListItem item;
    item.id = TaskCodec::idFromJson(json.value(QLatin1String("id"))).value_or(0);
    item.taskType = TaskCodec::taskTypeFromJson(json.value(QLatin1String("taskType")));
    item.status = TaskCodec::statusFromJson(json.value(QLatin1String("status")));
    item.linkedInTaskType
        = TaskCodec::linkedInTaskTypeFromJson(json.value(QLatin1String("linkedInTaskType")));
    item.assignedUserId = TaskCodec::idFromJson(json.value(QLatin1String("assignedUserId")));
    const QJsonValue contact = json.value(QLatin1String("contact"));
    if (contact.isObject()) {
        item.contactId = TaskCodec::idFromJson(contact.toObject().value(QLatin1String("id")));
        item.contactName = contact.toObject().value(QLatin1String("fullName")).toString();
    } else {
        item.contactId = TaskCodec::idFromJson(json.value(QLatin1String("contactId")));
    }
    item.startAt = TaskCodec::dateTimeFromJson(json.value(QLatin1String("startAt")));
    item.dueTo = TaskCodec::dateTimeFromJson(json.value(QLatin1String("dueTo")));
    item.finishedAt = TaskCodec::dateTimeFromJson(json.value(QLatin1String("finishedAt")));
    item.isScheduled = json.value(QLatin1String("isScheduled")).toBool();
    item.sequenceId = TaskCodec::idFromJson(json.value(QLatin1String("sequenceId")));
    item.sequenceStepId = TaskCodec::idFromJson(json.value(QLatin1String("sequenceStepId")));
    return item;
}

void TaskListItem::update(const Task &task)
{
    id = task.id;
    taskType = task.taskType;
    status = task.status;
    linkedInTaskType = task.linkedInTaskType;
    assignedUserId = task.assignedUserId;
    if (contactId != task.contactId)
        contactName.clear(); // the name belonged to the old contact
    contactId = task.contactId;
    startAt = task.startAt;
    dueTo = task.dueTo;
    finishedAt = task.finishedAt;
    isScheduled = task.isScheduled;
    sequenceId = task.sequenceId;
    sequenceStepId = task.sequenceStepId;
}

} // namespace rte::core
