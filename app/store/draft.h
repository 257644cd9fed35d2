// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskedit.h"

#include <QDateTime>
#include <QString>

namespace rte::store {

// What the rep has typed for one task, with the snapshot it was edited from. A task that is on
// the server is keyed "task-<id>"; a task not created yet has no id and is keyed "new-<uuid>".
struct Draft
{
    QString key; // empty: keyForTask(taskId)
    qint64 taskId = 0; // 0 while the task is not on the server
    core::Task base;
    core::TaskEdit edit;
    QDateTime savedAt; // set by DraftStore::save() when invalid

    // key, or keyForTask(taskId) when key is empty; empty when neither names a task.
    QString effectiveKey() const;

    static QString keyForTask(qint64 taskId);
    static QString newTaskKey(); // "new-<uuid>", a fresh one on each call
    // Only keys of these two shapes are accepted, so a key is always a safe file name.
    static bool isValidKey(const QString &key);

    bool operator==(const Draft &o) const
    {
        return effectiveKey() == o.effectiveKey() && taskId == o.taskId && base == o.base && edit == o.edit
            && savedAt == o.savedAt;
    }
    bool operator!=(const Draft &o) const { return !(*this == o); }
};

} // namespace rte::store
