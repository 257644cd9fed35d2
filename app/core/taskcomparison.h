// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskedit.h"

#include <QList>

namespace rte::core {

// What differs between two versions of a task's editable fields. The API has no ETag and no
// updatedAt, so this comparison is the only way to notice that someone else changed a task.
class TaskComparison
{
public:
    static QList<TaskField> differingFields(const TaskEdit &a, const TaskEdit &b);
    // The server's copy no longer matches the snapshot the edit was made from.
    static bool changedBehindTheEdit(const Task &base, const Task &server);
    // Mine where `useMine` has the field, theirs everywhere else.
    static TaskEdit merge(const TaskEdit &theirs, const TaskEdit &mine, const QList<TaskField> &useMine);
    static QString displayValue(const TaskEdit &edit, TaskField field);
};

} // namespace rte::core
