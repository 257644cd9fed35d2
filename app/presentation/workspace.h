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
#include "store/draft.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace rte::api {
class ApiError;
class ReplyClient;
} // namespace rte::api
namespace rte::core {
class TaskEditorModel;
}
namespace rte::store {
class DraftStore;
class Outbox;
} // namespace rte::store

namespace rte::presentation {

class ContactDirectory;

class DraftKeeper;
class OutboxSender;
class TaskEditorController;
class TaskListModel;
class TeamDirectory;

// Everything one window works with, and the rules that tie its parts together, with no widget.
//
// It holds the one notion of the current task: the task the rep chose (a list row, Open, --task,
// a second start), which the editor shows, the list selects and every action reads. It decides
// what follows a save or an action (the list row, the form and the server panel show Reply's
// answer), what happens to an edit that is replaced (ask, then save, discard or stay), what the
// drafts and the outbox do once Reply has a save, and what the start and an account switch do.
// Widgets present what it holds and pass on what the rep asks.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class UnsavedChoice
    {
        Save,
        Discard,
        Cancel
    };
    enum class CloseVerdict
    {
        Close, // nothing is left to lose
        Wait, // saving first; closeReady() follows once Reply has it
        Stay // the rep chose to keep editing
    };

    Workspace(api::ReplyClient *client, store::DraftStore *drafts, store::Outbox *outbox,
        QObject *parent = nullptr);
    ~Workspace() override;

    // Side effects that belong to the window: asking about an unsaved edit, and the time.
    void setUnsavedChangesHandler(std::function<UnsavedChoice()> ask) { m_askUnsaved = std::move(ask); }
    void setClock(std::function<QDateTime()> now);

    api::ReplyClient *client() const { return m_client; }
    core::TaskEditorModel *model() const { return m_model.get(); }
    TaskEditorController *editor() const { return m_editor.get(); }
    TaskListModel *list() const { return m_list.get(); }
    TaskActions *actions() const { return m_actions.get(); }
    ContactDirectory *contacts() const { return m_contacts.get(); }
    TeamDirectory *team() const { return m_team.get(); }
    DraftKeeper *drafts() const { return m_drafts.get(); }
    OutboxSender *outbox() const { return m_outbox.get(); }
    Rescheduler *rescheduler() const { return m_rescheduler.get(); }

    // The start, once Reply is connected (and again after each account switch): the list, the
    // outbox, and on the first time the drafts an earlier run left and the task asked for.
    void onConnected();
    void setTaskToOpenAtStart(std::optional<qint64> taskId) { m_openAtStart = taskId; }
    // Another account is current: its drafts and outbox, and nothing of the previous one.
    void switchAccount(const QString &draftsDirectory, const QString &outboxDirectory, bool demo);
    // The same, as the account session reports it; no account (an empty id) goes back to the
    // folders the stores were made with.
    void useAccount(
        const QString &accountId, const QString &draftsDirectory, const QString &outboxDirectory, bool demo);
    bool isDemo() const { return m_demo; }

    // The current task: 0 when none is chosen or the form holds a new task.
    qint64 currentTaskId() const { return m_currentId; }
    // The rep chose this task. Returns false when it stays on the current one (still saving, or the
    // rep kept editing); currentTaskChanged() then names the task still current.
    bool requestTask(qint64 id);
    bool startNewTask();
    void reloadTask();
    void save();
    // The banner's "Try Again": the open that failed, else the save.
    void retry();
    // Returns whether the current edit may be replaced (it may ask, save or discard).
    bool settleUnsavedChanges();
    CloseVerdict requestClose();

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
    // Files of unsent changes that could not be read were kept aside: the rep is told once.
    void reportSetAsideFiles();
    // Puts back every task the last bulk move moved, as one step.
    void undoReschedule();

    // Drafts from an earlier run, and the outbox.
    QList<store::Draft> unsentDrafts() const;
    void restoreDraft(const store::Draft &draft);
    void discardDraft(const QString &key);
    void takeBackFromOutbox(const QString &itemId);
    // The rep resolved a conflict field by field: the merge is saved.
    void resolveConflict(const core::Task &theirs, const core::TaskEdit &merged);
    // The server's latest copy of the current task (id 0 when there is none).
    core::Task serverTask() const { return m_serverTask; }

Q_SIGNALS:
    // The task the list selects and the form shows (0: none, or a new task).
    void currentTaskChanged(qint64 taskId);
    // Reply's latest answer about the current task; an empty task (id 0) clears the panel.
    void serverTaskChanged(const rte::core::Task &task);
    // The form shows another task, a draft or a new one: what belongs to the previous one goes.
    void formReplaced();
    void notice(const rte::presentation::Notice &notice);
    void closeReady();
    void demoChanged(bool demo);
    void actionsChanged();
    // A bulk move ended: its summary, a line per task, and whether undo can put tasks back.
    void rescheduleReported(const QString &summary, const QStringList &lines, bool canUndo);
    void teammatesReady(
        const QList<rte::core::TeamUser> &users, const QList<rte::presentation::ActionTarget> &targets);

private:
    void open(qint64 id);
    void show(const core::Task &serverCopy);
    void setServerTask(const core::Task &task);
    // Reply's answers to a PUT or an action carry no rendered content ("as sent"): the panel gets
    // the whole task from a read that follows.
    void refreshServerCopy(qint64 id);
    void tell(Notice::Tone tone, Notice::Place place, const QString &text, bool retryable = false);
    void onSaved(const core::Task &task);
    void onSaveFailed(const api::ApiError &error);
    void onLoadFailed(qint64 id, const api::ApiError &error);
    void onActionFinished(TaskActions::Action action, const QList<TaskActions::Outcome> &outcomes);
    // After the current task was deleted: the row that took its place, if any.
    qint64 successorOf(qint64 id) const;
    void discardCurrentEdit();
    void continueAfterSave();

    api::ReplyClient *m_client;
    store::DraftStore *m_draftStore;
    store::Outbox *m_outboxStore;
    const QString m_defaultDraftsDirectory;
    const QString m_defaultOutboxDirectory;
    std::unique_ptr<core::TaskEditorModel> m_model;
    std::unique_ptr<TaskEditorController> m_editor;
    std::unique_ptr<TaskListModel> m_list;
    std::unique_ptr<TaskActions> m_actions;
    std::unique_ptr<ContactDirectory> m_contacts;
    std::unique_ptr<TeamDirectory> m_team;
    std::unique_ptr<DraftKeeper> m_drafts;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<Rescheduler> m_rescheduler;
    std::function<UnsavedChoice()> m_askUnsaved;
    std::function<QDateTime()> m_now;
    QTimeZone m_zone = QTimeZone::systemTimeZone();

    qint64 m_currentId = 0;
    core::Task m_serverTask;
    QList<qint64> m_selection;
    // What follows the save under way: another task (id), a new task (-1), or closing.
    std::optional<qint64> m_afterSave;
    bool m_closeAfterSave = false;
    qint64 m_failedOpen = 0; // "Try Again" opens this task again
    QList<ActionTarget> m_reassignTargets;
    QList<Rescheduler::Line> m_lastReschedule;
    std::optional<qint64> m_openAtStart;
    bool m_startedOnce = false;
    qsizetype m_reportedSetAside = 0; // damaged files the rep was already told about
    bool m_demo = false;
};

} // namespace rte::presentation
