// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/workspace.h"

#include "api/apierror.h"
#include "api/replyclient.h"
#include "core/labels.h"
#include "core/taskeditormodel.h"
#include "presentation/actioncoordinator.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "presentation/unsentwork.h"

#include <QLocale>

namespace rte::presentation {

using api::ApiError;
using Tone = Notice::Tone;
using Place = Notice::Place;

namespace {
// m_afterSave: the rep asked for a new task while the old edit was being saved.
constexpr qint64 NewTaskAfterSave = -1;
} // namespace

Workspace::Workspace(
    api::ReplyClient *client, store::DraftStore *drafts, store::Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::make_unique<core::TaskEditorModel>())
    , m_editor(std::make_unique<TaskEditorController>(client, m_model.get()))
    , m_list(std::make_unique<TaskListModel>(client))
    , m_contacts(std::make_unique<ContactDirectory>(client))
    , m_team(std::make_unique<TeamDirectory>(client))
    , m_unsent(std::make_unique<UnsentWork>(
          client, m_model.get(), m_editor.get(), drafts, outbox, [this] { return settleUnsavedChanges(); }))
    , m_coordinator(std::make_unique<ActionCoordinator>(client, m_model.get(), m_list.get(), m_team.get(),
          ActionCoordinator::CurrentTask {[this] { return m_currentId; },
              [this]() -> const core::Task & {
                  return m_serverTask;
              }}))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    TaskEditorController *editor = m_editor.get();
    connect(editor, &TaskEditorController::taskLoaded, this, [this](const core::Task &task) {
        m_failedOpen = 0;
        if (task.sequenceStepId && task.sequenceStepDisplayName)
            m_list->rememberStepName(*task.sequenceStepId, *task.sequenceStepDisplayName);
        m_list->updateTask(task); // the row learns what only the detail carries (subject, body)
        show(task);
        // Reply answers again: whatever waits in the outbox can go now.
        m_unsent->outbox()->sendNow();
    });
    connect(editor, &TaskEditorController::loadFailed, this, &Workspace::onLoadFailed);
    connect(editor, &TaskEditorController::saved, this, &Workspace::onSaved);
    connect(editor, &TaskEditorController::created, this, [this](const core::Task &task) {
        if (m_model->taskId() == task.id)
            m_currentId = task.id;
        m_list->refresh();
        Q_EMIT currentTaskChanged(m_currentId);
    });
    connect(editor, &TaskEditorController::saveFailed, this, &Workspace::onSaveFailed);
    // A save that ends without the task saved does not close the window or move on.
    const auto stopFollowUp = [this] {
        m_closeAfterSave = false;
        m_afterSave.reset();
    };
    connect(editor, &TaskEditorController::conflict, this, [this, stopFollowUp](const core::Task &theirs) {
        stopFollowUp();
        setServerTask(theirs);
    });
    connect(editor, &TaskEditorController::noLongerEditable, this,
        [this, stopFollowUp](const core::Task &theirs) {
            stopFollowUp();
            m_unsent->drafts()->flush();
            setServerTask(theirs);
            tell(Tone::Warning, Place::Form,
                tr("While you were editing, task %1 became %2 in Reply, so it can't be changed any "
                   "more. Your changes stay in the form and are kept as a draft: copy what you need "
                   "into a new task.")
                    .arg(theirs.id)
                    .arg(core::Labels::status(theirs.status).toLower()));
        });
    connect(editor, &TaskEditorController::saveRefused, this, [this, stopFollowUp] {
        stopFollowUp();
        tell(Tone::Error, Place::Form,
            tr("Nothing was sent yet: some fields need a fix first. The messages next to them say "
               "what to change."));
    });
    connect(editor, &TaskEditorController::retrying, this, [this](int seconds) {
        tell(Tone::Information, Place::StatusLine,
            tr("Reply did not answer; retrying in %n second(s)…", nullptr, seconds));
    });

    // A draft the rep takes back is shown as a task opened; what the outbox sent, as a save.
    UnsentWork *unsent = m_unsent.get();
    connect(unsent, &UnsentWork::notice, this, &Workspace::notice);
    connect(unsent, &UnsentWork::draftRestored, this, &Workspace::show);
    connect(unsent, &UnsentWork::sentFromOutbox, this, [this](const core::Task &task) {
        m_list->updateTask(task);
        if (task.id == m_currentId)
            setServerTask(task);
    });
    connect(m_list.get(), &TaskListModel::loadFailed, this, [this](const ApiError &error) {
        tell(Tone::Error, Place::StatusLine, tr("The task list couldn't be loaded. %1").arg(error.message()));
    });
    // What an action or a bulk move did to the current task is shown as any answer of Reply's is.
    ActionCoordinator *actions = m_coordinator.get();
    connect(actions, &ActionCoordinator::notice, this, &Workspace::notice);
    connect(actions, &ActionCoordinator::currentTaskUpdated, this, &Workspace::onCurrentTaskUpdated);
    connect(actions, &ActionCoordinator::serverCopyWanted, this, &Workspace::refreshServerCopy);
    connect(actions, &ActionCoordinator::rereadWanted, editor, &TaskEditorController::open);
    connect(actions, &ActionCoordinator::successorChosen, this, &Workspace::open);
}

// The draft keeper writes what is pending on destruction: it goes before the model it reads.
Workspace::~Workspace()
{
    m_coordinator.reset();
    m_unsent.reset();
}

void Workspace::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_list->setClock(std::move(now));
}

void Workspace::tell(Tone tone, Place place, const QString &text, bool retryable)
{
    Q_EMIT notice(Notice(tone, place, text, retryable));
}

void Workspace::onConnected()
{
    // The list is loaded by the window, with the filter its widgets show. The team list names the
    // people the panel would otherwise show as user IDs.
    m_unsent->onConnected();
    m_team->fetch();
    if (std::exchange(m_startedOnce, true))
        return;
    // The first time only: what an earlier run left is offered by the window (unsent()'s
    // unsentDrafts()), then the task asked for on the command line opens.
    if (m_openAtStart)
        requestTask(*std::exchange(m_openAtStart, std::nullopt));
}

void Workspace::useAccount(
    const QString &accountId, const QString &draftsDirectory, const QString &outboxDirectory, bool demo)
{
    m_unsent->useAccount(accountId, draftsDirectory, outboxDirectory);
    m_editor->cancel();
    m_model->clear();
    m_list->clear();
    m_team->reset();
    m_contacts->reset();
    m_currentId = 0;
    m_afterSave.reset();
    m_closeAfterSave = false;
    m_failedOpen = 0;
    m_coordinator->setSelection({});
    m_serverTask = {};
    m_demo = demo;
    Q_EMIT formReplaced();
    Q_EMIT currentTaskChanged(0);
    Q_EMIT serverTaskChanged(m_serverTask);
    Q_EMIT demoChanged(demo);
}

bool Workspace::requestTask(qint64 id)
{
    if (id <= 0)
        return false;
    if (m_model->hasTask() && !m_model->isNew() && m_model->taskId() == id) {
        Q_EMIT currentTaskChanged(id);
        return true;
    }
    if (m_editor->isSaving() && m_afterSave) {
        m_afterSave = id; // the rep chose another task while the earlier edit is being saved
        Q_EMIT currentTaskChanged(m_currentId);
        tell(Tone::Information, Place::StatusLine,
            tr("Task %1 opens as soon as task %2 is saved.").arg(id).arg(m_model->taskId()));
        return false;
    }
    if (!settleUnsavedChanges()) {
        if (m_afterSave)
            m_afterSave = id; // saving first: the task chosen opens once Reply has the save
        Q_EMIT currentTaskChanged(m_currentId); // the list goes back to the task still open
        return false;
    }
    open(id);
    return true;
}

void Workspace::open(qint64 id)
{
    m_currentId = id;
    m_failedOpen = 0;
    Q_EMIT currentTaskChanged(id);
    m_editor->open(id);
}

bool Workspace::startNewTask()
{
    if (!settleUnsavedChanges()) {
        if (m_afterSave)
            m_afterSave = NewTaskAfterSave;
        return false;
    }
    m_editor->cancel();
    m_model->startNew(m_now());
    m_currentId = 0;
    m_serverTask = {};
    Q_EMIT formReplaced();
    Q_EMIT currentTaskChanged(0);
    Q_EMIT serverTaskChanged(m_serverTask);
    return true;
}

void Workspace::reloadTask()
{
    if (m_model->hasTask() && !m_model->isNew() && settleUnsavedChanges())
        m_editor->reload();
}

void Workspace::save()
{
    m_failedOpen = 0;
    if (!m_model->hasTask())
        return;
    if (!m_model->isDirty() && !m_model->isNew()) {
        tell(Tone::Information, Place::StatusLine, tr("Nothing to save: the task is as Reply has it."));
        return;
    }
    m_editor->save();
}

void Workspace::retry()
{
    if (m_failedOpen > 0)
        open(m_failedOpen);
    else
        save();
}

bool Workspace::settleUnsavedChanges()
{
    if (m_editor->isSaving()) {
        tell(Tone::Information, Place::StatusLine,
            tr("Still saving task %1: wait a moment, then try again.").arg(m_model->taskId()));
        return false;
    }
    if (!m_model->isDirty())
        return true;
    const UnsavedChoice choice = m_askUnsaved ? m_askUnsaved() : UnsavedChoice::Cancel;
    switch (choice) {
    case UnsavedChoice::Save:
        // Saving is asynchronous: the form stays on this task until Reply has it, then moves on.
        m_afterSave = 0;
        save();
        if (!m_editor->isSaving())
            m_afterSave.reset(); // refused (a field needs a fix): the rep stays here
        return false;
    case UnsavedChoice::Discard:
        discardCurrentEdit();
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

void Workspace::discardCurrentEdit()
{
    // Discarded means gone: the draft on disk goes too, or the next start would offer it back.
    const QString key = m_unsent->drafts()->currentKey();
    if (m_model->isNew())
        m_model->clear();
    else
        m_model->load(m_model->base());
    if (!key.isEmpty())
        m_unsent->discardDraft(key);
}

Workspace::CloseVerdict Workspace::requestClose()
{
    // Whatever the answer below, the edit is on disk first: the draft outlives the question.
    m_unsent->drafts()->flush();
    if (!m_model->isDirty())
        return CloseVerdict::Close;
    if (m_closeAfterSave)
        return CloseVerdict::Wait; // still saving: closes once Reply has the changes
    const UnsavedChoice choice = m_askUnsaved ? m_askUnsaved() : UnsavedChoice::Cancel;
    switch (choice) {
    case UnsavedChoice::Save:
        m_closeAfterSave = m_editor->save();
        return m_closeAfterSave ? CloseVerdict::Wait : CloseVerdict::Stay;
    case UnsavedChoice::Discard:
        // Quitting keeps the draft: a rep who quits by mistake finds the edit at the next start.
        return CloseVerdict::Close;
    case UnsavedChoice::Cancel:
        break;
    }
    return CloseVerdict::Stay;
}

void Workspace::show(const core::Task &serverCopy)
{
    m_currentId = serverCopy.id;
    Q_EMIT formReplaced();
    Q_EMIT currentTaskChanged(m_currentId);
    setServerTask(serverCopy);
}

void Workspace::setServerTask(const core::Task &task)
{
    m_serverTask = task;
    Q_EMIT serverTaskChanged(task);
    m_coordinator->onServerCopyChanged();
}

void Workspace::onCurrentTaskUpdated(const core::Task &task)
{
    if (!m_model->isDirty())
        m_model->load(task);
    setServerTask(task);
}

void Workspace::refreshServerCopy(qint64 id)
{
    auto *request = m_client->getTask(id);
    connect(request, &api::GetTaskRequest::succeeded, this, [this](const core::Task &task) {
        m_list->updateTask(task);
        if (task.id == m_currentId)
            setServerTask(task);
    });
}

void Workspace::onSaved(const core::Task &task)
{
    m_list->updateTask(task);
    if (task.id == m_currentId || (m_model->hasTask() && m_model->taskId() == task.id)) {
        setServerTask(task);
        if (!task.content)
            refreshServerCopy(task.id);
    }
    tell(Tone::Information, Place::StatusLine,
        tr("Saved task %1 at %2.")
            .arg(task.id)
            .arg(QLocale().toString(m_now().toLocalTime().time(), QLocale::ShortFormat)));
    // From the event loop: the save reports success before its request has finished.
    QMetaObject::invokeMethod(this, &Workspace::continueAfterSave, Qt::QueuedConnection);
}

void Workspace::continueAfterSave()
{
    // Close or move on only once nothing is left to lose (the rep may have typed while it saved).
    if (m_model->isDirty()) {
        m_closeAfterSave = false;
        m_afterSave.reset();
        return;
    }
    if (std::exchange(m_closeAfterSave, false)) {
        Q_EMIT closeReady();
        return;
    }
    const std::optional<qint64> next = std::exchange(m_afterSave, std::nullopt);
    if (!next || *next == 0)
        return;
    if (*next == NewTaskAfterSave)
        startNewTask();
    else
        requestTask(*next);
}

void Workspace::onSaveFailed(const ApiError &error)
{
    m_closeAfterSave = false;
    m_afterSave.reset();
    if (m_unsent->queueFailedSave(error))
        return; // Reply is only out of reach: the edit waits in the outbox
    Q_EMIT notice(Notice::failure(tr("Your changes were not saved. %1 Your changes are still in the form "
                                     "and kept on this computer.")
                                      .arg(error.message()),
        error));
}

void Workspace::onLoadFailed(qint64 id, const ApiError &error)
{
    m_failedOpen = error.isTransient() ? id : 0;
    Q_EMIT notice(Notice::failure(tr("Task %1 couldn't be opened. %2").arg(id).arg(error.message()), error));
}

} // namespace rte::presentation
