// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskedit.h"

#include <QDir>
#include <QStringList>

namespace rte::store::testdata {

// A task with every field set to something other than its default.
inline core::Task fullTask(qint64 id = 4242)
{
    core::Task task;
    task.id = id;
    task.contactId = 9001;
    task.taskType = core::TaskType::LinkedIn;
    task.status = core::TaskStatus::SequenceDetached;
    task.linkedInTaskType = core::LinkedInTaskType::InMail;
    task.sequenceId = 77;
    task.sequenceStepId = 78;
    task.sequenceStepDisplayName = QStringLiteral("Step 3: nudge");
    task.assignedUserId = 31;
    task.creationSource = core::CreationSource::Sequence;
    task.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 15, 30), Qt::UTC);
    task.startAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0, 0, 250), Qt::UTC);
    task.dueTo = QDateTime(QDate(2026, 12, 1), QTime(17, 45), Qt::UTC);
    task.finishedAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    task.isFailed = true;
    task.isScheduled = true;
    task.taskTemplate
        = core::TaskTemplate {QStringLiteral("Hi {{firstName}}, <b>ünïcödé</b> \"quotes\"\nline 2"),
            QStringLiteral("Subject {{company}}"), QList<qint64> {5, 6}};
    task.content = core::TaskContent {QStringLiteral("Hi Ada"), QStringLiteral("Subject Acme")};
    task.deliveryInfo = core::DeliveryInfo {QStringLiteral("person@example.invalid"),
        QStringLiteral("+10000000000"), QStringLiteral("https://www.linkedin.com/in/example")};
    return task;
}

// What the store keeps of a task: no delivery address and no rendered content (personal data).
inline core::Task withoutPersonalData(core::Task task)
{
    task.deliveryInfo.reset();
    task.content.reset();
    return task;
}

inline core::TaskEdit editOf(const core::Task &task, const QString &body)
{
    core::TaskEdit edit = core::TaskEdit::fromTask(task);
    edit.body = body;
    return edit;
}

// Everything in a folder, hidden files included: what a crash would leave behind.
inline QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace rte::store::testdata
