// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rte::core {

// Reads and writes the Reply v3 task JSON. Tolerant on input: enums as strings or as the
// legacy integers, date-times with Z, an offset or none (read as UTC), unknown fields
// ignored, any field may be null. Strict on output: string enums and UTC with Z.
class TaskCodec
{
public:
    static Task taskFromJson(const QJsonObject &json);
    static QJsonObject taskToJson(const Task &task);
    // For what is kept on disk (drafts, the outbox): the task without the delivery address and the
    // rendered content, which carry the prospect's email and phone and are not needed to compare.
    static QJsonObject snapshotToJson(const Task &task);

    static TaskType taskTypeFromJson(const QJsonValue &value);
    static TaskStatus statusFromJson(const QJsonValue &value);
    static LinkedInTaskType linkedInTaskTypeFromJson(const QJsonValue &value);
    static CreationSource creationSourceFromJson(const QJsonValue &value);

    static QString toWire(TaskType type);
    static QString toWire(TaskStatus status);
    static QString toWire(LinkedInTaskType type); // empty for None
    static QString toWire(CreationSource source);

    static QDateTime dateTimeFromJson(const QJsonValue &value); // invalid for null or garbage
    static QString dateTimeToWire(const QDateTime &dateTime); // UTC, e.g. 2026-11-29T09:30:00Z
    static std::optional<qint64> idFromJson(const QJsonValue &value);
    static std::optional<QString> stringFromJson(const QJsonValue &value);
    // template.attachmentIdList: empty for null or absent, an array otherwise.
    static std::optional<QList<qint64>> idListFromJson(const QJsonValue &value);
    static QJsonValue idListToJson(const std::optional<QList<qint64>> &ids); // null for none
};

} // namespace rte::core
