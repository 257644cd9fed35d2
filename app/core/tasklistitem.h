// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace rte::core {

struct Task;

// One row of GET /v3/tasks and POST /v3/tasks/filter: no template, no body.
struct TaskListItem
{
    qint64 id = 0;
    TaskType taskType = TaskType::Unknown;
    TaskStatus status = TaskStatus::Unknown;
    LinkedInTaskType linkedInTaskType = LinkedInTaskType::None;
    std::optional<qint64> assignedUserId;
    std::optional<qint64> contactId;
    QString contactName;
    QDateTime startAt;
    QDateTime dueTo;
    QDateTime finishedAt;
    bool isScheduled = false;
    std::optional<qint64> sequenceId;
    std::optional<qint64> sequenceStepId;

    // Open and past its due time, as of `now`.
    bool isOverdue(const QDateTime &now) const
    {
        return status == TaskStatus::New && dueTo.isValid() && dueTo < now;
    }

    static TaskListItem fromJson(const QJsonObject &json);
    // Takes what a task's detail says about the fields a row shows (a row keeps its contact name
    // only while the contact stays the same).
    void update(const Task &task);
    bool operator==(const TaskListItem &o) const
    {
        return id == o.id && taskType == o.taskType && status == o.status
            && linkedInTaskType == o.linkedInTaskType && assignedUserId == o.assignedUserId
            && contactId == o.contactId && contactName == o.contactName && startAt == o.startAt
            && dueTo == o.dueTo && finishedAt == o.finishedAt && isScheduled == o.isScheduled
            && sequenceId == o.sequenceId && sequenceStepId == o.sequenceStepId;
    }
};

} // namespace rte::core

Q_DECLARE_METATYPE(rte::core::TaskListItem)
