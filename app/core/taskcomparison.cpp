// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskcomparison.h"

#include "core/bodyformat.h"
#include "core/labels.h"

#include <QLocale>

namespace rte::core {

namespace {

const QList<TaskField> kEditable {TaskField::TaskType, TaskField::LinkedInTaskType, TaskField::ContactId,
    TaskField::StartAt, TaskField::DueTo, TaskField::Subject, TaskField::Body};

bool same(const TaskEdit &a, const TaskEdit &b, TaskField field)
{
    switch (field) {
    case TaskField::TaskType:
        return a.taskType == b.taskType;
    case TaskField::LinkedInTaskType:
        return a.linkedInTaskType == b.linkedInTaskType;
    case TaskField::ContactId:
        return a.contactId.trimmed() == b.contactId.trimmed();
    case TaskField::StartAt:
        return a.startAt == b.startAt;
    case TaskField::DueTo:
        return a.dueTo == b.dueTo;
    case TaskField::Subject:
        return a.subject == b.subject;
    case TaskField::Body:
        return a.body == b.body;
    case TaskField::Form:
        break;
    }
    return true;
}

} // namespace

QList<TaskField> TaskComparison::differingFields(const TaskEdit &a, const TaskEdit &b)
{
    QList<TaskField> fields;
    for (TaskField field : kEditable) {
        if (!same(a, b, field))
            fields.append(field);
    }
    return fields;
}

bool TaskComparison::changedBehindTheEdit(const Task &base, const Task &server)
{
    return base.status != server.status
        || !differingFields(TaskEdit::fromTask(base), TaskEdit::fromTask(server)).isEmpty();
}

TaskEdit TaskComparison::merge(const TaskEdit &theirs, const TaskEdit &mine, const QList<TaskField> &useMine)
{
    TaskEdit merged = theirs;
    for (TaskField field : useMine) {
        switch (field) {
        case TaskField::TaskType:
            merged.taskType = mine.taskType;
            break;
        case TaskField::LinkedInTaskType:
            merged.linkedInTaskType = mine.linkedInTaskType;
            break;
        case TaskField::ContactId:
            merged.contactId = mine.contactId;
            break;
        case TaskField::StartAt:
            merged.startAt = mine.startAt;
            break;
        case TaskField::DueTo:
            merged.dueTo = mine.dueTo;
            break;
        case TaskField::Subject:
            merged.subject = mine.subject;
            break;
        case TaskField::Body:
            merged.body = mine.body;
            break;
        case TaskField::Form:
            break;
        }
    }
    // Whichever side the type came from, the action has to fit it.
    merged.linkedInTaskType = TaskEdit::linkedInActionFor(merged.taskType, merged.linkedInTaskType);
    return merged;
}

QString TaskComparison::displayValue(const TaskEdit &edit, TaskField field)
{
    const auto when = [](const QDateTime &utc) {
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (field) {
    case TaskField::TaskType:
        return Labels::taskType(edit.taskType);
    case TaskField::LinkedInTaskType:
        return Labels::linkedInTaskType(edit.linkedInTaskType);
    case TaskField::ContactId:
        return edit.contactId;
    case TaskField::StartAt:
        return when(edit.startAt);
    case TaskField::DueTo:
        return when(edit.dueTo);
    case TaskField::Subject:
        return edit.subject;
    case TaskField::Body:
        return BodyFormat::isPlainTextChannel(edit.taskType) ? edit.body
                                                             : BodyFormat::htmlToPlainText(edit.body);
    case TaskField::Form:
        break;
    }
    return QString();
}

} // namespace rte::core
