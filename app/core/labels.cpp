// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/labels.h"

namespace rte::core {

QString Labels::taskType(TaskType type)
{
    switch (type) {
    case TaskType::ToDo:
        return tr("To-do");
    case TaskType::Call:
        return tr("Call");
    case TaskType::Meeting:
        return tr("Meeting");
    case TaskType::LinkedIn:
        return tr("LinkedIn");
    case TaskType::ManualEmail:
        return tr("Manual email");
    case TaskType::Sms:
        return tr("SMS");
    case TaskType::WhatsApp:
        return tr("WhatsApp");
    case TaskType::Unknown:
        break;
    }
    return tr("Unknown type");
}

QString Labels::status(TaskStatus status)
{
    switch (status) {
    case TaskStatus::New:
        return tr("Open");
    case TaskStatus::Finished:
        return tr("Finished");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    case TaskStatus::Archived:
        return tr("Archived");
    case TaskStatus::SequenceDetached:
        return tr("Detached from sequence");
    case TaskStatus::Unknown:
        break;
    }
    return tr("Unknown status");
}

QString Labels::linkedInTaskType(LinkedInTaskType type)
{
    switch (type) {
    case LinkedInTaskType::None:
        return tr("None");
    case LinkedInTaskType::Message:
        return tr("Send a message");
    case LinkedInTaskType::Connect:
        return tr("Send a connection request");
    case LinkedInTaskType::InMail:
        return tr("Send an InMail");
    case LinkedInTaskType::ViewProfile:
        return tr("View the profile");
    case LinkedInTaskType::Unknown:
        break;
    }
    return tr("Unknown action");
}

QString Labels::creationSource(CreationSource source)
{
    switch (source) {
    case CreationSource::User:
        return tr("Created by hand");
    case CreationSource::Sequence:
        return tr("Created by a sequence");
    case CreationSource::Meeting:
        return tr("Created from a meeting");
    case CreationSource::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Labels::field(TaskField field)
{
    switch (field) {
    case TaskField::TaskType:
        return tr("Task type");
    case TaskField::LinkedInTaskType:
        return tr("LinkedIn action");
    case TaskField::ContactId:
        return tr("Contact ID");
    case TaskField::StartAt:
        return tr("Start");
    case TaskField::DueTo:
        return tr("Due");
    case TaskField::Subject:
        return tr("Subject");
    case TaskField::Body:
        return tr("Body");
    case TaskField::Form:
        break;
    }
    return tr("Task");
}

} // namespace rte::core
