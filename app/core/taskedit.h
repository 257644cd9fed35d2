// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QJsonObject>

namespace rte::core {

// The editable part of a task, as the rep has it right now. The contact id stays text so that
// what the rep typed survives until it is valid; the body is HTML for rich channels and plain
// text for SMS, WhatsApp and LinkedIn.
struct TaskEdit
{
    TaskType taskType = TaskType::ToDo;
    LinkedInTaskType linkedInTaskType = LinkedInTaskType::None;
    QString contactId;
    QDateTime startAt;
    QDateTime dueTo;
    QString subject;
    QString body;
    // Not on the form: template.attachmentIdList is read-only for the API, but PUT is a full
    // replacement, so it travels with the edit and goes back exactly as it was loaded.
    std::optional<QList<qint64>> attachmentIdList;

    static TaskEdit fromTask(const Task &task);
    // The LinkedIn action a task of `type` carries: none unless it is a LinkedIn task, and a message
    // for a LinkedIn task that has none yet.
    static LinkedInTaskType linkedInActionFor(TaskType type, LinkedInTaskType current);
    // The PUT/POST body: a full replacement with every editable field, changed or not.
    QJsonObject toRequestJson() const;
    // A lossless form for drafts on disk.
    QJsonObject toJson() const;
    static TaskEdit fromJson(const QJsonObject &json);

    bool operator==(const TaskEdit &o) const
    {
        // A contact id with stray spaces is the same contact, as the comparison and the request see it.
        return taskType == o.taskType && linkedInTaskType == o.linkedInTaskType
            && contactId.trimmed() == o.contactId.trimmed() && startAt == o.startAt && dueTo == o.dueTo
            && subject == o.subject && body == o.body && attachmentIdList == o.attachmentIdList;
    }
    bool operator!=(const TaskEdit &o) const { return !(*this == o); }
};

} // namespace rte::core
