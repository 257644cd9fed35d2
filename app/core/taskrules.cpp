// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskrules.h"

namespace rte::core::TaskRules {

bool isOpen(TaskStatus status)
{
    return status == TaskStatus::New;
}

bool canSendNow(TaskType type, TaskStatus status)
{
    return isOpen(status) && (type == TaskType::ManualEmail || type == TaskType::Sms);
}

bool canComplete(TaskStatus status)
{
    return isOpen(status);
}

bool carriesSubject(TaskType type)
{
    return type != TaskType::Sms && type != TaskType::WhatsApp;
}

} // namespace rte::core::TaskRules
