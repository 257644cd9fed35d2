// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/checkedupdate.h"

#include "api/replyclient.h"
#include "core/taskcomparison.h"

namespace rte::presentation {

using api::ApiError;

CheckedUpdate *CheckedUpdate::start(
    api::ReplyClient *client, const core::Task &base, const core::TaskEdit &edit, QObject *parent)
{
    // The form's edit: made from `base`, sent as it is when Reply still has `base`.
    Intent intent {[base](const core::Task &server) {
                       return !core::TaskComparison::changedBehindTheEdit(base, server);
                   },
        [edit](const core::Task &) {
            return edit;
        }};
    auto *update = start(client, base.id, std::move(intent), parent);
    update->m_edit = edit;
    return update;
}

CheckedUpdate *CheckedUpdate::start(api::ReplyClient *client, qint64 taskId, Intent intent, QObject *parent)
{
    auto *update = new CheckedUpdate(client, taskId, std::move(intent), parent);
    update->check();
    return update;
}

CheckedUpdate::CheckedUpdate(api::ReplyClient *client, qint64 taskId, Intent intent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_taskId(taskId)
    , m_intent(std::move(intent))
{ }

void CheckedUpdate::watch(api::ApiRequest *request)
{
    m_request = request;
    connect(
        request, &api::ApiRequest::retrying, this, [this](int, int seconds) { Q_EMIT retrying(seconds); });
    connect(request, &api::ApiRequest::failed, this, [this](const ApiError &error) {
        Q_EMIT failed(error);
        finish();
    });
}

void CheckedUpdate::check()
{
    auto *request = m_client->getTask(m_taskId);
    watch(request);
    connect(request, &api::GetTaskRequest::succeeded, this, [this](const core::Task &server) {
        if (server.status != core::TaskStatus::New) {
            Q_EMIT noLongerEditable(server);
            finish();
        } else if (!m_intent.unchangedSinceSeen(server)) {
            Q_EMIT conflict(server);
            finish();
        } else {
            m_edit = m_intent.edit(server);
            put();
        }
    });
}

void CheckedUpdate::put()
{
    m_writing = true;
    auto *request = m_client->updateTask(m_taskId, m_edit.toRequestJson());
    watch(request);
    connect(request, &api::UpdateTaskRequest::succeeded, this, [this](const core::Task &task) {
        Q_EMIT saved(task);
        finish();
    });
}

void CheckedUpdate::abort()
{
    if (!m_writing && m_request)
        m_request->abort();
}

void CheckedUpdate::finish()
{
    if (std::exchange(m_done, true))
        return;
    Q_EMIT finished();
    deleteLater();
}

} // namespace rte::presentation
