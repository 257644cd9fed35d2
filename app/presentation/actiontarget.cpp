// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/actiontarget.h"

#include "core/labels.h"
#include "core/task.h"
#include "core/tasklistitem.h"

#include <QLocale>

namespace rte::presentation {

namespace {

// A confirmation lists this many tasks by name; more would not fit a dialog a rep reads.
constexpr int ListedInFull = 5;

} // namespace

ActionTarget ActionTarget::fromItem(const core::TaskListItem &item)
{
    return {item.id, item.taskType, item.status, item.sequenceId.has_value(), item.contactId,
        item.contactName, item.dueTo};
}

ActionTarget ActionTarget::fromTask(const core::Task &task)
{
    return {task.id, task.taskType, task.status, task.sequenceId.has_value(), task.contactId, QString(),
        task.dueTo};
}

QString ActionTarget::describe() const
{
    QString who = contactName;
    if (who.isEmpty() && contactId)
        who = tr("contact %1").arg(*contactId);
    const QString what = core::Labels::taskType(type);
    QString text = who.isEmpty() ? what : tr("%1 with %2").arg(what, who);
    if (dueTo.isValid())
        text = tr("%1, due %2").arg(text, QLocale().toString(dueTo.toLocalTime(), QLocale::ShortFormat));
    return tr("%1 (task %2)").arg(text).arg(id);
}

QString ActionTarget::describe(const QList<ActionTarget> &targets)
{
    QStringList lines;
    for (const ActionTarget &target : targets) {
        if (lines.size() == ListedInFull)
            break;
        lines.append(target.describe());
    }
    const int rest = int(targets.size()) - int(lines.size());
    if (rest > 0)
        lines.append(tr("and %n more task(s)", nullptr, rest));
    return lines.join(QLatin1Char('\n'));
}

QList<qint64> ActionTarget::ids(const QList<ActionTarget> &targets)
{
    QList<qint64> result;
    result.reserve(targets.size());
    for (const ActionTarget &target : targets)
        result.append(target.id);
    return result;
}

} // namespace rte::presentation
