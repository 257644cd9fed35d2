// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskvalidator.h"

#include "core/bodyformat.h"
#include "core/labels.h"
#include "core/smslength.h"
#include "core/taskrules.h"
#include "core/templatevariables.h"

#include <algorithm>

namespace rte::core {

QDateTime TaskValidator::earliestStart()
{
    return QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
}

QString TaskValidator::readOnlyReason(const Task &base)
{
    if (base.status == TaskStatus::New)
        return QString();
    return tr("This task is %1, so it can't be changed: Reply only lets you edit open tasks. "
              "Create a new task if there is more to do.")
        .arg(Labels::status(base.status).toLower());
}

FieldMessages TaskValidator::validate(
    const TaskEdit &edit, const Task &base, const std::optional<Contact> &knownContact)
{
    FieldMessages messages;

    if (const QString reason = readOnlyReason(base); !reason.isEmpty())
        messages.insert(TaskField::Form, reason);

    if (edit.taskType == TaskType::Unknown)
        messages.insert(TaskField::TaskType, tr("Choose a task type from the list."));
    else if (base.isSequenceCreated() && edit.taskType != base.taskType)
        messages.insert(TaskField::TaskType,
            tr("A sequence created this task, so its type can't change. Set it back to %1.")
                .arg(Labels::taskType(base.taskType)));

    if (edit.linkedInTaskType != LinkedInTaskType::None && edit.taskType != TaskType::LinkedIn)
        messages.insert(TaskField::LinkedInTaskType,
            tr("Only LinkedIn tasks have a LinkedIn action. Clear the action or make this a "
               "LinkedIn task."));
    else if (edit.linkedInTaskType == LinkedInTaskType::Unknown)
        messages.insert(TaskField::LinkedInTaskType, tr("Choose one of the LinkedIn actions."));

    const QString contact = edit.contactId.trimmed();
    bool isNumber = false;
    const qint64 contactId = contact.toLongLong(&isNumber);
    // An address or a name is looked up (presentation::ContactResolver) and replaced by the id.
    const bool searchable = contact.contains(QLatin1Char('@'))
        || std::count_if(contact.cbegin(), contact.cend(), [](QChar c) { return c.isLetter(); }) >= 2;
    if (!contact.isEmpty() && !isNumber && searchable)
        messages.insert(TaskField::ContactId,
            tr("This is not a contact ID yet: the contact with this email address or name is "
               "looked up when you pause or leave the field. Or type the contact's ID."));
    else if (!contact.isEmpty() && (!isNumber || contactId <= 0))
        messages.insert(TaskField::ContactId,
            tr("A contact ID is a whole number above zero, such as 1234. Fix it or leave the "
               "field empty."));
    else if (base.isSequenceCreated() && base.id != 0
        && (contact.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(contactId)) != base.contactId)
        messages.insert(TaskField::ContactId,
            tr("A sequence created this task, so its contact can't change. Set it back to %1.")
                .arg(base.contactId ? QString::number(*base.contactId) : tr("no contact")));
    else if (contact.isEmpty()) {
        // Reply fills {{variables}} from the contact: without one, "Hi {{firstName}}," goes out as
        // "Hi ,". Any channel can carry them (a call script too), so the rule does not look at the type.
        // A subject the channel does not carry is not sent, so its variables need no contact.
        QList<TemplateVariables::Match> used = TaskRules::carriesSubject(edit.taskType)
            ? TemplateVariables::find(edit.subject)
            : QList<TemplateVariables::Match>();
        used += TemplateVariables::find(edit.body);
        if (!used.isEmpty())
            messages.insert(TaskField::ContactId,
                tr("The subject or body uses %1, which Reply fills in from the contact, so this task "
                   "needs one. Enter the contact's ID, or take the variables out.")
                    .arg(TemplateVariables::placeholder(used.first().name)));
    }

    if (!edit.startAt.isValid())
        messages.insert(TaskField::StartAt, tr("Choose when the task starts."));
    else if (edit.startAt < earliestStart())
        messages.insert(
            TaskField::StartAt, tr("The start can't be before 1 January 2015. Choose a later date."));

    if (!edit.dueTo.isValid())
        messages.insert(TaskField::DueTo, tr("Choose when the task is due."));
    else if (edit.startAt.isValid() && edit.dueTo <= edit.startAt)
        messages.insert(TaskField::DueTo,
            tr("The due time must be after the start. Move it later, or the start earlier."));

    if (BodyFormat::isBlank(edit.body, BodyFormat::isPlainTextChannel(edit.taskType)))
        messages.insert(TaskField::Body, tr("Write what the task is about: the body can't be empty."));
    else if (edit.taskType == TaskType::Sms) {
        const SmsLength length = SmsLength::measure(SmsLength::renderedBody(edit.body, knownContact));
        if (length.parts > SmsLength::kMaxParts)
            messages.insert(TaskField::Body,
                tr("This SMS is too long: it would go out as %1 parts, and this app sends at most %2. "
                   "Shorten it.")
                    .arg(length.parts)
                    .arg(SmsLength::kMaxParts));
    }

    return messages;
}

} // namespace rte::core
