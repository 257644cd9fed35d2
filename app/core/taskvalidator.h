// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/contact.h"
#include "core/taskedit.h"

#include <QCoreApplication>

namespace rte::core {

// The documented rules of PUT /v3/tasks/{id}, checked before anything is sent.
// Each message says what is wrong and what to do, in a rep's words.
class TaskValidator
{
    Q_DECLARE_TR_FUNCTIONS(TaskValidator)
public:
    // `contact` is the task's contact when it is known: an SMS is measured as it will be sent,
    // with the variables filled in.
    static FieldMessages validate(
        const TaskEdit &edit, const Task &base, const std::optional<Contact> &contact = std::nullopt);
    // Why the task cannot be edited at all, or empty when it can.
    static QString readOnlyReason(const Task &base);
    static QDateTime earliestStart(); // 2015-01-01T00:00:00Z
};

} // namespace rte::core
