// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace rte::core {

// The body of POST /v3/tasks/filter. Unset members are left out, so {} means "everything visible".
// from/to filter on startAt, as the API does.
struct TaskFilter
{
    std::optional<TaskType> taskType;
    std::optional<TaskStatus> status;
    std::optional<bool> overdue;
    QDateTime from;
    QDateTime to;
    std::optional<qint64> contactId;
    std::optional<qint64> assignedUserId;

    QJsonObject toJson() const;
    bool operator==(const TaskFilter &o) const { return toJson() == o.toJson(); }
    bool operator!=(const TaskFilter &o) const { return !(*this == o); }

    // Today and this week in the rep's own time zone, as [from, to) in UTC.
    static TaskFilter today(const QDateTime &now);
    static TaskFilter tomorrow(const QDateTime &now);
    // Today and the six days after it.
    static TaskFilter nextSevenDays(const QDateTime &now);
    // `count` whole local days, the first `firstDay` days after today's (0 = today).
    static TaskFilter days(const QDateTime &now, int firstDay, int count);
    static TaskFilter thisWeek(const QDateTime &now, Qt::DayOfWeek firstDayOfWeek);
};

} // namespace rte::core
