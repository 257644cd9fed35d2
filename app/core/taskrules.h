// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

namespace rte::core {

// What Reply lets a rep do with a task in a given state. One place for these rules, so the
// window's actions, the presentation layer and the tests all agree.
namespace TaskRules {

// Only open tasks can be completed, edited or sent.
bool isOpen(TaskStatus status);
// "Send now" (POST /v3/tasks/{id}/execute) exists for manual emails and SMS that are still open.
bool canSendNow(TaskType type, TaskStatus status);
// Complete and Send now act on open tasks; Delete cancels an open one or archives a finished one.
bool canComplete(TaskStatus status);
// Whether Reply keeps a subject for this type. The contract (template.subject) has one for email
// and LinkedIn messages and null for the phone channels, so SMS and WhatsApp carry none. To-dos,
// calls and meetings keep theirs: the app shows it as the task's title.
bool carriesSubject(TaskType type);

} // namespace TaskRules

} // namespace rte::core
