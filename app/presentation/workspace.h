// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "presentation/notice.h"

#include <QDateTime>
#include <QObject>

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

class ActionCoordinator;
class ContactDirectory;
class TaskEditorController;
class TaskListModel;
class TeamDirectory;
class UnsentWork;

// Everything one window works with, and the rules that tie its parts together, with no widget.
//
// It holds the one notion of the current task: the task the rep chose (a list row, Open, --task,
// a second start), which the editor shows, the list selects and every action reads. It decides
// what follows a save (the list row, the form and the server panel show Reply's answer), what
// happens to an edit that is replaced (ask, then save, discard or stay), and what the start and an
// account switch do. Two parts do the rest and tell it what they did to the current task: the
// actions on tasks and the bulk reschedule are its ActionCoordinator's (coordinator()); the drafts
// and the outbox, before and after a save, are its UnsentWork's (unsent()).
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
    ContactDirectory *contacts() const { return m_contacts.get(); }
    TeamDirectory *team() const { return m_team.get(); }
    ActionCoordinator *coordinator() const { return m_coordinator.get(); }
    UnsentWork *unsent() const { return m_unsent.get(); }

    // The start, once Reply is connected (and again after each account switch): the list, the
    // outbox, and on the first time the drafts an earlier run left and the task asked for.
    void onConnected();
    void setTaskToOpenAtStart(std::optional<qint64> taskId) { m_openAtStart = taskId; }
    // Another account is current, as the account session reports it: its drafts and outbox, and
    // nothing of the previous one. No account (an empty id) goes back to the folders the stores
    // were made with.
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
    // An action or a bulk move changed the current task: the form follows unless it was edited.
    void onCurrentTaskUpdated(const core::Task &task);
    void discardCurrentEdit();
    void continueAfterSave();

    api::ReplyClient *m_client;
    std::unique_ptr<core::TaskEditorModel> m_model;
    std::unique_ptr<TaskEditorController> m_editor;
    std::unique_ptr<TaskListModel> m_list;
    std::unique_ptr<ContactDirectory> m_contacts;
    std::unique_ptr<TeamDirectory> m_team;
    std::unique_ptr<UnsentWork> m_unsent;
    std::unique_ptr<ActionCoordinator> m_coordinator;
    std::function<UnsavedChoice()> m_askUnsaved;
    std::function<QDateTime()> m_now;

    qint64 m_currentId = 0;
    core::Task m_serverTask;
    // What follows the save under way: another task (id), a new task (-1), or closing.
    std::optional<qint64> m_afterSave;
    bool m_closeAfterSave = false;
    qint64 m_failedOpen = 0; // "Try Again" opens this task again
    std::optional<qint64> m_openAtStart;
    bool m_startedOnce = false;
    bool m_demo = false;
};

} // namespace rte::presentation
