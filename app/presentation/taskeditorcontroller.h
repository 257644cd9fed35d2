// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/task.h"
#include "core/taskedit.h"

#include <QObject>
#include <QPointer>

namespace rte::core {
class TaskEditorModel;
}
namespace rte::api {
class ApiRequest;
class ReplyClient;
} // namespace rte::api

namespace rte::presentation {

class CheckedUpdate;

// Opens and saves the task shown in the form. It owns no widget and shows nothing: outcomes
// travel as signals carrying values, and the window decides how to present them.
//
// A PUT replaces the whole task and Reply has no ETag, so every save first reads the task again
// and compares it with the snapshot the edit was made from: a teammate's change is never
// overwritten without the rep seeing it.
class TaskEditorController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    TaskEditorController(api::ReplyClient *client, core::TaskEditorModel *model, QObject *parent = nullptr);

    void open(qint64 taskId);
    void reload();
    // Checks the rules first; sends only a valid edit. Returns whether a request went out.
    bool save();
    // The rep chose, field by field, between their edit and the server's copy: the merge is the
    // new edit on top of the server's copy, and it is saved (after another check).
    void resolveConflict(const core::Task &theirs, const core::TaskEdit &merged);
    // Stops the request under way; the form keeps whatever the rep typed.
    void cancel();

    bool isBusy() const;
    // A PUT or POST is under way (not only a read).
    bool isSaving() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void loading(qint64 taskId);
    void taskLoaded(const rte::core::Task &task);
    void loadFailed(qint64 taskId, const rte::api::ApiError &error);
    void saving(qint64 taskId);
    void saved(const rte::core::Task &task);
    // The server has `sent` (for task `requestedId`, 0 for a new task) and answered `saved`.
    void delivered(qint64 requestedId, const rte::core::TaskEdit &sent, const rte::core::Task &saved);
    // A new task now exists on the server (also reported as saved).
    void created(const rte::core::Task &task);
    void saveFailed(const rte::api::ApiError &error);
    // Nothing was sent because the form breaks a rule; the model's messages say which.
    void saveRefused();
    // Someone changed the task since it was opened; nothing was sent.
    void conflict(
        const rte::core::Task &theirs, const rte::core::Task &base, const rte::core::TaskEdit &mine);
    // The task was completed or cancelled meanwhile and can't be edited any more; nothing was sent.
    void noLongerEditable(const rte::core::Task &theirs);
    // The client waits before trying again; the rep sees it.
    void retrying(int secondsUntilRetry);

private:
    void track(api::ApiRequest *request, bool supersede = true);
    void create(const core::TaskEdit &sent);
    void applyServerProblems(const api::ApiError &error);

    api::ReplyClient *m_client;
    core::TaskEditorModel *m_model;
    QPointer<api::ApiRequest> m_request; // a read, or the POST that creates a task
    QPointer<CheckedUpdate> m_update; // the check and PUT of a save
    qint64 m_requestedId = 0;
};

} // namespace rte::presentation
