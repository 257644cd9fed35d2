// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/tasklistitem.h"
#include "core/teamuser.h"
#include "presentation/actiontarget.h"
#include "presentation/notice.h"
#include "presentation/rescheduler.h"
#include "presentation/taskactions.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace rte::api {
class ReplyClient;
}
namespace rte::core {
class TaskEditorModel;
}

namespace rte::presentation {

class TaskListModel;
class TeamDirectory;

// The actions on tasks, with no widget: what they apply to (the rows the rep selected, else the
// current task), whether they may run, running them, and what the list and the current task show
// after Reply's answer; and the bulk reschedule with its report and its undo.
//
// The current task is the workspace's: the coordinator reads it through CurrentTask and the form's
// model (unsaved edits refuse an action), and asks the workspace, by the signals below, to show what
// an action did to it. It never loads a task into the form itself.
class ActionCoordinator : public QObject
{
    Q_OBJECT
public:
    // What the coordinator reads of the workspace's current task.
    struct CurrentTask
    {
        std::function<qint64()> id; // 0: none chosen, or a new task
        std::function<const core::Task &()> serverCopy; // Reply's latest copy (id 0: none)
    };

    ActionCoordinator(api::ReplyClient *client, const core::TaskEditorModel *model, TaskListModel *list,
        TeamDirectory *team, CurrentTask current, QObject *parent = nullptr);
    ~ActionCoordinator() override;

    TaskActions *actions() const { return m_actions.get(); }
    Rescheduler *rescheduler() const { return m_rescheduler.get(); }
    // An action or a bulk move is under way: no other may start.
    bool isBusy() const;

    // The rows the rep selected in the list, in list order.
    void setSelection(const QList<qint64> &ids);
    // What an action applies to: several selected rows, else the current task.
    QList<ActionTarget> actionTargets() const;
    // Why an action must not run on these targets now (empty when it may).
    QString refusal(TaskActions::Action action, const QList<ActionTarget> &targets) const;
    bool canRun(TaskActions::Action action) const;
    void complete(const QList<ActionTarget> &targets, std::optional<TaskActions::CallResult> callResult,
        bool finishProspectInSequence);
    void sendNow(const ActionTarget &target);
    void remove(const QList<ActionTarget> &targets);
    // Asks the team list first; the rep picks from teammatesReady().
    void prepareReassign(const QList<ActionTarget> &targets);
    void reassign(const QList<ActionTarget> &targets, qint64 userId);

    // Bulk reschedule: the loaded rows that are overdue now, and the rows an action would take
    // (several selected, else the current task's row), as the rep sees them in the list.
    QList<core::TaskListItem> overdueRows() const;
    QList<core::TaskListItem> rowsToReschedule() const;
    // Moves the tasks asked for (nothing else), in the rep's time zone; false when there are none
    // or one of them has unsaved changes in the form (the rep is told).
    bool reschedule(const RescheduleRequest &request);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Puts back every task the last bulk move moved, as one step.
    void undoReschedule();

    // Reply's copy of the current task changed: what the actions may do is asked again.
    void onServerCopyChanged();

Q_SIGNALS:
    // Whether an action may run, or what it applies to, may have changed.
    void actionsChanged();
    // A bulk move ended: its summary, a line per task, and whether undo can put tasks back.
    void rescheduleReported(const QString &summary, const QStringList &lines, bool canUndo);
    void teammatesReady(
        const QList<rte::core::TeamUser> &users, const QList<rte::presentation::ActionTarget> &targets);
    void notice(const rte::presentation::Notice &notice);

    // For the workspace, about its current task:
    // an action or a bulk move changed it, and this is Reply's copy (the form follows unless it
    // holds unsaved edits, the panel shows it);
    void currentTaskUpdated(const rte::core::Task &task);
    // Reply's answer carried no rendered content: the panel wants the whole task from a read;
    void serverCopyWanted(qint64 taskId);
    // Reply's answer said nothing of the task: the form reads it again;
    void rereadWanted(qint64 taskId);
    // it was deleted and this row took its place: that task becomes current.
    void successorChosen(qint64 taskId);

private:
    void onActionFinished(TaskActions::Action action, const QList<TaskActions::Outcome> &outcomes);
    void onTaskMoved(const core::Task &task);
    void onRescheduleFinished(const QList<Rescheduler::Line> &report);
    // After the current task was deleted: the row that took its place, if any.
    qint64 successorOf(qint64 id) const;
    void tell(Notice::Tone tone, const QString &text);

    const core::TaskEditorModel *m_model;
    TaskListModel *m_list;
    TeamDirectory *m_team;
    CurrentTask m_current;
    std::unique_ptr<TaskActions> m_actions;
    std::unique_ptr<Rescheduler> m_rescheduler;
    QTimeZone m_zone = QTimeZone::systemTimeZone();

    QList<qint64> m_selection;
    QList<ActionTarget> m_reassignTargets;
    QList<Rescheduler::Line> m_lastReschedule;
};

} // namespace rte::presentation
