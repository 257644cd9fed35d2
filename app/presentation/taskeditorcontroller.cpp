// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/taskeditorcontroller.h"

#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "core/taskfield.h"
#include "presentation/checkedupdate.h"
#include "presentation/serverproblems.h"

namespace rte::presentation {

using api::ApiError;
using core::TaskField;

TaskEditorController::TaskEditorController(
    api::ReplyClient *client, core::TaskEditorModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{ }

void TaskEditorController::track(api::ApiRequest *request, bool supersede)
{
    // A newer request supersedes the one under way: its late answer must not land in the form.
    // The PUT that follows a save's check continues that save instead.
    const bool wasBusy = isBusy();
    // Only reads are abandoned: a write may already have acted, and its answer routes itself by task id.
    if (m_request && supersede && m_request->isRead())
        m_request->abort();
    if (m_update && supersede)
        m_update->abort(); // only the check: a PUT under way goes on
    m_request = request;
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request) {
            m_request = nullptr;
            if (!isBusy())
                Q_EMIT busyChanged(false);
        }
    });
    connect(
        request, &api::ApiRequest::retrying, this, [this](int, int seconds) { Q_EMIT retrying(seconds); });
    if (!wasBusy || supersede)
        Q_EMIT busyChanged(true);
}

void TaskEditorController::open(qint64 taskId)
{
    m_requestedId = taskId;
    auto *request = m_client->getTask(taskId);
    track(request);
    Q_EMIT loading(taskId);
    connect(request, &api::GetTaskRequest::succeeded, this, [this](const core::Task &task) {
        m_model->load(task);
        Q_EMIT taskLoaded(task);
    });
    connect(request, &api::ApiRequest::failed, this, [this, taskId](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(taskId, error);
    });
}

void TaskEditorController::reload()
{
    if (m_model->hasTask() && !m_model->isNew())
        open(m_model->taskId());
    else if (m_requestedId > 0)
        open(m_requestedId);
}

bool TaskEditorController::save()
{
    if (!m_model->hasTask() || isBusy())
        return false;
    if (!m_model->isValid()) {
        m_model->revealAllMessages();
        Q_EMIT saveRefused();
        return false;
    }
    const qint64 taskId = m_model->taskId();
    const core::TaskEdit sent = m_model->edit();
    Q_EMIT saving(taskId);
    if (m_model->isNew()) {
        create(sent);
        return true;
    }
    // Read again, compare, then replace: CheckedUpdate is the one place that does it.
    const bool wasBusy = isBusy();
    if (m_request && m_request->isRead())
        m_request->abort();
    auto *update = CheckedUpdate::start(m_client, m_model->base(), sent, this);
    m_update = update;
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    connect(update, &CheckedUpdate::retrying, this, &TaskEditorController::retrying);
    connect(update, &CheckedUpdate::saved, this, [this, taskId, sent](const core::Task &task) {
        // The rep may have opened another task meanwhile; then this answer only goes to the panel.
        if (m_model->taskId() == taskId)
            m_model->acceptSaved(task, sent);
        Q_EMIT delivered(taskId, sent, task);
        Q_EMIT saved(task);
    });
    const core::Task base = m_model->base();
    connect(update, &CheckedUpdate::conflict, this, [this, taskId, base](const core::Task &theirs) {
        if (m_model->taskId() == taskId)
            Q_EMIT conflict(theirs, base, m_model->edit());
    });
    connect(update, &CheckedUpdate::noLongerEditable, this, [this, taskId](const core::Task &theirs) {
        if (m_model->taskId() == taskId)
            Q_EMIT noLongerEditable(theirs);
    });
    connect(update, &CheckedUpdate::failed, this, [this, taskId](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (m_model->taskId() == taskId)
            applyServerProblems(error);
        Q_EMIT saveFailed(error);
    });
    connect(update, &CheckedUpdate::finished, this, [this, update] {
        if (m_update == update) {
            m_update = nullptr;
            if (!isBusy())
                Q_EMIT busyChanged(false);
        }
    });
    return true;
}

void TaskEditorController::create(const core::TaskEdit &sent)
{
    // A task that does not exist yet is created (201); from then on it is edited like any other.
    auto *request = m_client->createTask(sent.toRequestJson());
    track(request);
    connect(request, &api::CreateTaskRequest::succeeded, this, [this, sent](const core::Task &task) {
        if (m_model->isNew()) {
            m_model->acceptSaved(task, sent);
            m_requestedId = task.id;
        }
        Q_EMIT delivered(0, sent, task);
        Q_EMIT created(task);
        Q_EMIT saved(task);
    });
    connect(request, &api::ApiRequest::failed, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (m_model->isNew())
            applyServerProblems(error);
        Q_EMIT saveFailed(error);
    });
}

void TaskEditorController::resolveConflict(const core::Task &theirs, const core::TaskEdit &merged)
{
    m_model->restore(theirs, merged);
    // Usually called while the check that found the conflict is still finishing: save after it.
    QMetaObject::invokeMethod(this, &TaskEditorController::save, Qt::QueuedConnection);
}

void TaskEditorController::cancel()
{
    if (m_request && m_request->isRead())
        m_request->abort();
    if (m_update)
        m_update->abort();
    m_requestedId = 0;
}

bool TaskEditorController::isBusy() const
{
    return !m_request.isNull() || !m_update.isNull();
}

bool TaskEditorController::isSaving() const
{
    return (m_request && !m_request->isRead()) || m_update;
}

void TaskEditorController::applyServerProblems(const ApiError &error)
{
    const core::FieldMessages messages = ServerProblems::fieldMessages(error);
    if (!messages.isEmpty())
        m_model->setServerMessages(messages);
}

} // namespace rte::presentation
