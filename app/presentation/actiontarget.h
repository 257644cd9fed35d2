// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rte::core {
struct Task;
struct TaskListItem;
} // namespace rte::core

namespace rte::presentation {

// One task an action will change, with what the rep needs to recognise it in a confirmation.
struct ActionTarget
{
    Q_DECLARE_TR_FUNCTIONS(ActionTarget)

public:
    qint64 id = 0;
    core::TaskType type = core::TaskType::Unknown;
    core::TaskStatus status = core::TaskStatus::Unknown;
    bool inSequence = false;
    std::optional<qint64> contactId;
    QString contactName;
    QDateTime dueTo;

    static ActionTarget fromItem(const core::TaskListItem &item);
    static ActionTarget fromTask(const core::Task &task);

    // "Call with Anna Smith, due 3 Dec 2026 14:00 (task 42)", in the rep's locale and time zone.
    QString describe() const;
    // The targets in a few lines: each one while there are few, else the first ones and a count.
    static QString describe(const QList<ActionTarget> &targets);
    static QList<qint64> ids(const QList<ActionTarget> &targets);
};

} // namespace rte::presentation
