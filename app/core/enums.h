// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QObject>
#include <QString>

namespace rte::core {
Q_NAMESPACE

// The wire names are the current (string) ones; the codec also reads the legacy integers.
// Unknown keeps a value this build does not know instead of failing the whole task.
enum class TaskType
{
    ToDo,
    Call,
    Meeting,
    LinkedIn,
    ManualEmail,
    Sms,
    WhatsApp,
    Unknown
};
Q_ENUM_NS(TaskType)

enum class TaskStatus
{
    New,
    Finished,
    Cancelled,
    Archived,
    SequenceDetached,
    Unknown
};
Q_ENUM_NS(TaskStatus)

// None stands for JSON null: only LinkedIn tasks carry an action.
enum class LinkedInTaskType
{
    None,
    Message,
    Connect,
    InMail,
    ViewProfile,
    Unknown
};
Q_ENUM_NS(LinkedInTaskType)

enum class CreationSource
{
    User,
    Sequence,
    Meeting,
    Unknown
};
Q_ENUM_NS(CreationSource)

// The editable fields of a task, plus Form for problems that concern the whole task.
enum class TaskField
{
    Form,
    TaskType,
    LinkedInTaskType,
    ContactId,
    StartAt,
    DueTo,
    Subject,
    Body
};
Q_ENUM_NS(TaskField)

// Plain-language messages keyed by the field they concern.
using FieldMessages = QMap<TaskField, QString>;

} // namespace rte::core
