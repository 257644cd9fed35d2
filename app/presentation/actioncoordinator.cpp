// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/actioncoordinator.h"

#include "api/apierror.h"
#include "core/rescheduleplan.h"
#include "core/taskeditormodel.h"
#include "core/taskrules.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"

namespace rte::presentation {

using api::ApiError;
using Action = TaskActions::Action;
using Tone = Notice::Tone;

ActionCoordinator::ActionCoordinator(api::ReplyClient *client, const core::TaskEditorModel *model,
    TaskListModel *list, TeamDirectory *team, CurrentTask current, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_list(list)
    , m_team(team)
    , m_current(std::move(current))
    , m_actions(std::make_unique<TaskActions>(client))
    , m_rescheduler(std::make_unique<Rescheduler>(client))
{
    connect(m_actions.get(), &TaskActions::finished, this, &ActionCoordinator::onActionFinished);
    connect(m_actions.get(), &TaskActions::busyChanged, this, &ActionCoordinator::actionsChanged);
    connect(m_rescheduler.get(), &Rescheduler::taskMoved, this, &ActionCoordinator::onTaskMoved);
    connect(m_rescheduler.get(), &Rescheduler::finished, this, &ActionCoordinator::onRescheduleFinished);
    connect(m_rescheduler.get(), &Rescheduler::progress, this, &ActionCoordinator::actionsChanged);
    // An edit in the form refuses actions on its task; a task loaded into it is what they apply to.
    connect(model, &core::TaskEditorModel::loaded, this, &ActionCoordinator::actionsChanged);
    connect(model, &core::TaskEditorModel::dirtyChanged, this, &ActionCoordinator::actionsChanged);
    connect(m_team, &TeamDirectory::ready, this, [this](const QList<core::TeamUser> &users) {
        if (!m_reassignTargets.isEmpty())
            Q_EMIT teammatesReady(users, std::exchange(m_reassignTargets, {}));
    });
    connect(m_team, &TeamDirectory::failed, this, [this](const ApiError &error) {
        if (std::exchange(m_reassignTargets, {}).isEmpty())
            return;
        tell(Tone::Warning,
            tr("Your teammates couldn't be listed, so nothing was reassigned. %1").arg(error.message()));
    });
}

// A bulk move still under way stops before the actions it reports to.
ActionCoordinator::~ActionCoordinator()
{
    m_rescheduler.reset();
}

void ActionCoordinator::tell(Tone tone, const QString &text)
{
    Q_EMIT notice(Notice(tone, Notice::Place::Form, text));
}

bool ActionCoordinator::isBusy() const
{
    return m_actions->isBusy() || m_rescheduler->isRunning();
}

void ActionCoordinator::onServerCopyChanged()
{
    Q_EMIT actionsChanged();
}

void ActionCoordinator::setSelection(const QList<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    Q_EMIT actionsChanged();
}

QList<ActionTarget> ActionCoordinator::actionTargets() const
{
    QList<ActionTarget> result;
    // Several selected rows mean the rep is working the list; otherwise the current task is meant,
    // as Reply last described it.
    if (m_selection.size() > 1) {
        for (qint64 id : m_selection) {
            const int row = m_list->rowOf(id);
            if (row >= 0)
                result.append(ActionTarget::fromItem(m_list->item(row)));
        }
        return result;
    }
    const qint64 currentId = m_current.id();
    if (currentId > 0 && m_model->hasTask() && m_model->taskId() == currentId) {
        const core::Task &serverCopy = m_current.serverCopy();
        ActionTarget target
            = ActionTarget::fromTask(serverCopy.id == currentId ? serverCopy : m_model->base());
        const int row = m_list->rowOf(currentId);
        if (row >= 0)
            target.contactName = m_list->item(row).contactName;
        result.append(target);
    }
    return result;
}

QString ActionCoordinator::refusal(Action action, const QList<ActionTarget> &targets) const
{
    if (targets.isEmpty())
        return tr("Choose a task first: open it, or select rows in the list.");
    const qint64 open = m_model->taskId();
    const bool edited = m_model->hasTask() && m_model->isDirty()
        && std::any_of(
            targets.cbegin(), targets.cend(), [open](const ActionTarget &t) { return t.id == open; });
    if (edited && action == Action::Execute)
        return tr("Save your changes first, so the contact gets what you see. Nothing was sent.");
    if (edited)
        return tr("Task %1 has unsaved changes. Save them first (or undo them), then try again. Nothing "
                  "was changed.")
            .arg(open);
    return QString();
}

bool ActionCoordinator::canRun(Action action) const
{
    if (isBusy())
        return false;
    const QList<ActionTarget> targets = actionTargets();
    if (targets.isEmpty())
        return false;
    switch (action) {
    case Action::Complete:
        return std::any_of(targets.cbegin(), targets.cend(),
            [](const ActionTarget &t) { return core::TaskRules::canComplete(t.status); });
    case Action::Execute:
        return targets.size() == 1
            && core::TaskRules::canSendNow(targets.first().type, targets.first().status);
    case Action::Delete:
    case Action::Reassign:
        return true;
    }
    return false;
}

void ActionCoordinator::complete(const QList<ActionTarget> &targets,
    std::optional<TaskActions::CallResult> callResult, bool finishProspect)
{
    m_actions->complete(ActionTarget::ids(targets), callResult, finishProspect);
}

void ActionCoordinator::sendNow(const ActionTarget &target)
{
    m_actions->execute(target.id);
}

void ActionCoordinator::remove(const QList<ActionTarget> &targets)
{
    m_actions->remove(ActionTarget::ids(targets));
}

void ActionCoordinator::prepareReassign(const QList<ActionTarget> &targets)
{
    m_reassignTargets = targets;
    m_team->fetch();
}

void ActionCoordinator::reassign(const QList<ActionTarget> &targets, qint64 userId)
{
    m_actions->reassign(ActionTarget::ids(targets), userId);
}

qint64 ActionCoordinator::successorOf(qint64 id) const
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return 0;
    if (row + 1 < m_list->rowCount())
        return m_list->item(row + 1).id;
    return row > 0 ? m_list->item(row - 1).id : 0;
}

void ActionCoordinator::onActionFinished(Action action, const QList<TaskActions::Outcome> &outcomes)
{
    const qint64 currentId = m_current.id();
    bool allOk = true;
    qint64 next = 0;
    bool currentGone = false;
    for (const auto &outcome : outcomes) {
        allOk = allOk && outcome.ok;
        if (!outcome.ok)
            continue;
        const bool isCurrent = outcome.taskId == currentId;
        if (action == Action::Delete) {
            // The row that takes the deleted task's place becomes current, as in a mail client.
            if (isCurrent) {
                currentGone = true;
                next = successorOf(outcome.taskId);
            }
            m_list->removeTask(outcome.taskId);
            continue;
        }
        if (outcome.task) {
            m_list->updateTask(*outcome.task);
            if (isCurrent) {
                Q_EMIT currentTaskUpdated(*outcome.task);
                if (!outcome.task->content)
                    Q_EMIT serverCopyWanted(outcome.taskId);
            }
        } else if (isCurrent && !m_model->isDirty()) {
            Q_EMIT rereadWanted(outcome.taskId); // Reply's answer carried no task: read what it made of it
        }
    }
    if (currentGone) {
        // A successor still deleted in the same selection is skipped by the list's own removal.
        if (next > 0 && m_list->rowOf(next) >= 0)
            Q_EMIT successorChosen(next);
        else
            Q_EMIT rereadWanted(currentId); // nothing left to move to: show it cancelled, read-only
    }
    // Batch answers carry no tasks: the list shows the new state after a refresh.
    if (action != Action::Delete && outcomes.size() > 1)
        m_list->refresh();
    tell(allOk ? Tone::Information : Tone::Warning, TaskActions::summary(action, outcomes));
    Q_EMIT actionsChanged();
}

// A task moved in bulk: its row, and the form and panel when it is the current one, follow.
void ActionCoordinator::onTaskMoved(const core::Task &task)
{
    m_list->updateTask(task);
    if (task.id == m_current.id())
        Q_EMIT currentTaskUpdated(task);
}

void ActionCoordinator::onRescheduleFinished(const QList<Rescheduler::Line> &report)
{
    m_lastReschedule = report;
    QStringList lines;
    for (const Rescheduler::Line &line : report)
        lines.append(Rescheduler::describe(line));
    Q_EMIT rescheduleReported(Rescheduler::summary(report), lines, !Rescheduler::undoOf(report).isEmpty());
    Q_EMIT actionsChanged();
}

QList<core::TaskListItem> ActionCoordinator::overdueRows() const
{
    QList<core::TaskListItem> rows;
    const QDateTime now = m_list->now();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row).isOverdue(now))
            rows.append(m_list->item(row));
    }
    return rows;
}

QList<core::TaskListItem> ActionCoordinator::rowsToReschedule() const
{
    QList<core::TaskListItem> rows;
    const QList<ActionTarget> targets = actionTargets();
    for (const ActionTarget &target : targets) {
        const int row = m_list->rowOf(target.id);
        if (row >= 0)
            rows.append(m_list->item(row));
    }
    return rows;
}

bool ActionCoordinator::reschedule(const RescheduleRequest &request)
{
    const QList<core::TaskListItem> rows
        = request.which == RescheduleRequest::Which::AllOverdue ? overdueRows() : rowsToReschedule();
    QList<ActionTarget> targets;
    for (const core::TaskListItem &row : rows)
        targets.append(ActionTarget::fromItem(row));
    if (const QString refused = refusal(Action::Reassign, targets); !refused.isEmpty()) {
        tell(Tone::Warning, refused);
        return false;
    }
    QList<core::ReschedulePlan::Times> times;
    for (const core::TaskListItem &row : rows)
        times.append({row.startAt, row.dueTo});
    const QList<core::ReschedulePlan::Times> plan = request.how == RescheduleRequest::How::Spread
        ? core::ReschedulePlan::spread(
            times, request.day, request.workingDays, request.from, request.to, m_zone)
        : core::ReschedulePlan::toDay(times, request.day, m_zone);
    if (plan.size() != rows.size()) {
        tell(Tone::Warning,
            tr("Nothing was moved: the day ends before it starts. Choose a start time before the end time."));
        return false;
    }
    QList<Rescheduler::Move> moves;
    for (int i = 0; i < rows.size(); ++i)
        moves.append({rows.at(i), plan.at(i).startAt, plan.at(i).dueTo});
    m_rescheduler->start(moves);
    return true;
}

void ActionCoordinator::undoReschedule()
{
    const QList<Rescheduler::Move> moves = Rescheduler::undoOf(std::exchange(m_lastReschedule, {}));
    if (!moves.isEmpty())
        m_rescheduler->start(moves);
}

} // namespace rte::presentation
