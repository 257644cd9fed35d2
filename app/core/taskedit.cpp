// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskedit.h"

#include "core/taskcodec.h"
#include "core/taskrules.h"

namespace rte::core {

TaskEdit TaskEdit::fromTask(const Task &task)
{
    TaskEdit edit;
    edit.taskType = task.taskType;
    edit.linkedInTaskType = task.linkedInTaskType;
    edit.contactId = task.contactId ? QString::number(*task.contactId) : QString();
    edit.startAt = task.startAt;
    edit.dueTo = task.dueTo;
    if (task.taskTemplate) {
        edit.subject = task.taskTemplate->subject.value_or(QString());
        edit.body = task.taskTemplate->body;
        edit.attachmentIdList = task.taskTemplate->attachmentIdList;
    }
    return edit;
}

LinkedInTaskType TaskEdit::linkedInActionFor(TaskType type, LinkedInTaskType current)
{
    if (type != TaskType::LinkedIn)
        return LinkedInTaskType::None;
    return current == LinkedInTaskType::None ? LinkedInTaskType::Message : current;
}

QJsonObject TaskEdit::toRequestJson() const
{
    QJsonObject templateJson {{QLatin1String("body"), body}};
    // SMS and WhatsApp have no subject in Reply: null, as the server itself reports it. What the rep
    // typed stays in the edit (and the draft), so switching back to email brings it back.
    const bool sendSubject = TaskRules::carriesSubject(taskType) && !subject.isEmpty();
    templateJson.insert(
        QLatin1String("subject"), sendSubject ? QJsonValue(subject) : QJsonValue(QJsonValue::Null));
    // A task that had none (a new one, say) sends none, rather than an explicit null.
    if (attachmentIdList)
        templateJson.insert(QLatin1String("attachmentIdList"), TaskCodec::idListToJson(attachmentIdList));

    QJsonObject json;
    json.insert(QLatin1String("taskType"), TaskCodec::toWire(taskType));
    json.insert(QLatin1String("startAt"), TaskCodec::dateTimeToWire(startAt));
    json.insert(QLatin1String("dueTo"), TaskCodec::dateTimeToWire(dueTo));
    json.insert(QLatin1String("template"), templateJson);
    bool isNumber = false;
    const qint64 contact = contactId.trimmed().toLongLong(&isNumber);
    json.insert(
        QLatin1String("contactId"), isNumber ? QJsonValue(double(contact)) : QJsonValue(QJsonValue::Null));
    json.insert(QLatin1String("linkedInTaskType"),
        linkedInTaskType == LinkedInTaskType::None ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(TaskCodec::toWire(linkedInTaskType)));
    return json;
}

QJsonObject TaskEdit::toJson() const
{
    QJsonObject json = toRequestJson();
    // Keep what the rep typed, even where it is not valid yet.
    json.insert(QLatin1String("contactIdText"), contactId);
    json.insert(QLatin1String("subjectText"), subject);
    json.insert(QLatin1String("startAt"), startAt.isValid() ? TaskCodec::dateTimeToWire(startAt) : QString());
    json.insert(QLatin1String("dueTo"), dueTo.isValid() ? TaskCodec::dateTimeToWire(dueTo) : QString());
    return json;
}

TaskEdit TaskEdit::fromJson(const QJsonObject &json)
{
    TaskEdit edit;
    edit.taskType = TaskCodec::taskTypeFromJson(json.value(QLatin1String("taskType")));
    edit.linkedInTaskType
        = TaskCodec::linkedInTaskTypeFromJson(json.value(QLatin1String("linkedInTaskType")));
    edit.contactId = json.value(QLatin1String("contactIdText")).toString();
    edit.startAt = TaskCodec::dateTimeFromJson(json.value(QLatin1String("startAt")));
    edit.dueTo = TaskCodec::dateTimeFromJson(json.value(QLatin1String("dueTo")));
    edit.subject = json.value(QLatin1String("subjectText")).toString();
    const QJsonObject templateJson = json.value(QLatin1String("template")).toObject();
    edit.body = templateJson.value(QLatin1String("body")).toString();
    edit.attachmentIdList = TaskCodec::idListFromJson(templateJson.value(QLatin1String("attachmentIdList")));
    return edit;
}

} // namespace rte::core
