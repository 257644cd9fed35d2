// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/serverproblems.h"

#include "api/apierror.h"
#include "core/labels.h"

namespace rte::presentation {

using api::ApiError;
using core::TaskField;

QString ServerProblems::subjectOf(const QString &pointer)
{
    const QString member = core::TaskFields::normalizedPointer(pointer).section(QLatin1Char('/'), -1);
    if (member == QLatin1String("attachmentidlist"))
        return tr("Attachments");
    if (member == QLatin1String("id"))
        return tr("Task ID");
    if (member == QLatin1String("isscheduled"))
        return tr("Scheduling");
    if (member.isEmpty())
        return QString();
    // A member this app does not know by name: the name Reply used, so support can find it.
    return pointer.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), -1);
}

core::FieldMessages ServerProblems::fieldMessages(const ApiError &error)
{
    core::FieldMessages messages;
    // Only answers about the task itself belong next to the fields; a lost connection does not.
    switch (error.kind()) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Forbidden:
        break;
    default:
        return messages;
    }
    const auto add = [&messages](TaskField field, const QString &text) {
        messages.insert(
            field, messages.contains(field) ? messages.value(field) + QLatin1Char(' ') + text : text);
    };
    for (const api::FieldProblem &problem : error.fieldProblems()) {
        const TaskField field = core::TaskFields::fromPointer(problem.pointer);
        QString text = problem.detail.isEmpty() ? error.message() : problem.detail;
        if (field == TaskField::Form) {
            const QString subject = subjectOf(problem.pointer);
            if (!subject.isEmpty())
                text = tr("%1: %2").arg(subject, text);
        }
        add(field, text);
    }
    if (messages.isEmpty())
        add(TaskField::Form, error.message());
    return messages;
}

} // namespace rte::presentation
