// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskedit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rte::store {

// A save that did not reach the server ("Not sent"). The edit is a full replacement, so only
// the newest one per task matters.
struct OutboxItem
{
    QString id; // a uuid; Outbox::enqueue() assigns one
    qint64 taskId = 0; // 0 for a task that is not on the server yet
    QString draftKey; // empty: Draft::keyForTask(taskId); "new-<uuid>" for a new task
    core::Task base;
    core::TaskEdit edit;
    QDateTime queuedAt;
    int attempts = 0;
    QString lastError; // plain words for the rep; never a key, an address or a body

    // draftKey, or the key derived from taskId; this is what identifies "the same task".
    QString taskKey() const;

    QJsonObject toJson() const;
    // nullopt, with a plain reason, for an object that is not a complete item.
    static std::optional<OutboxItem> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const OutboxItem &o) const
    {
        return id == o.id && taskId == o.taskId && taskKey() == o.taskKey() && base == o.base
            && edit == o.edit && queuedAt == o.queuedAt && attempts == o.attempts && lastError == o.lastError;
    }
    bool operator!=(const OutboxItem &o) const { return !(*this == o); }
};

} // namespace rte::store
