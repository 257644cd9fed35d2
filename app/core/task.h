// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rte::core {

// template: the raw text, which may hold {{variables}} while the task is open.
struct TaskTemplate
{
    QString body;
    std::optional<QString> subject;
    std::optional<QList<qint64>> attachmentIdList; // read-only on the server side
    bool operator==(const TaskTemplate &o) const
    {
        return body == o.body && subject == o.subject && attachmentIdList == o.attachmentIdList;
    }
};

// content: the rendered text, only sent with includeContent=true.
struct TaskContent
{
    QString body;
    std::optional<QString> subject;
    bool operator==(const TaskContent &o) const { return body == o.body && subject == o.subject; }
};

struct DeliveryInfo
{
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    std::optional<QString> linkedInUrl;
    bool operator==(const DeliveryInfo &o) const
    {
        return email == o.email && phoneNumber == o.phoneNumber && linkedInUrl == o.linkedInUrl;
    }
};

// Every field of the task detail that GET, create and update return.
// Date-times are UTC; an invalid QDateTime stands for null or absent.
struct Task
{
    qint64 id = 0;
    std::optional<qint64> contactId;
    TaskType taskType = TaskType::ToDo;
    TaskStatus status = TaskStatus::New;
    LinkedInTaskType linkedInTaskType = LinkedInTaskType::None;
    std::optional<qint64> sequenceId;
    std::optional<qint64> sequenceStepId;
    std::optional<QString> sequenceStepDisplayName;
    std::optional<qint64> assignedUserId;
    CreationSource creationSource = CreationSource::User;
    QDateTime createdAt;
    QDateTime startAt;
    QDateTime dueTo;
    QDateTime finishedAt;
    bool isFailed = false;
    bool isScheduled = false;
    std::optional<TaskTemplate> taskTemplate; // "template" on the wire
    std::optional<TaskContent> content;
    std::optional<DeliveryInfo> deliveryInfo;

    bool isSequenceCreated() const { return creationSource == CreationSource::Sequence; }
    bool operator==(const Task &o) const
    {
        return id == o.id && contactId == o.contactId && taskType == o.taskType && status == o.status
            && linkedInTaskType == o.linkedInTaskType && sequenceId == o.sequenceId
            && sequenceStepId == o.sequenceStepId && sequenceStepDisplayName == o.sequenceStepDisplayName
            && assignedUserId == o.assignedUserId && creationSource == o.creationSource
            && createdAt == o.createdAt && startAt == o.startAt && dueTo == o.dueTo
            && finishedAt == o.finishedAt && isFailed == o.isFailed && isScheduled == o.isScheduled
            && taskTemplate == o.taskTemplate && content == o.content && deliveryInfo == o.deliveryInfo;
    }
    bool operator!=(const Task &o) const { return !(*this == o); }
};

} // namespace rte::core

Q_DECLARE_METATYPE(rte::core::Task)
