#pragma once

#include "api/apierror.h"
#include "core/task.h"

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

// Opens and saves the task shown in the form. It owns no widget and shows nothing: outcomes
// travel as signals carrying values, and the window decides how to present them.
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
    // Stops the request under way; the form keeps whatever the rep typed.
    void cancel();

    bool isBusy() const { return !m_request.isNull(); }
    qint64 requestedTaskId() const { return m_requestedId; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void loading(qint64 taskId);
    void taskLoaded(const rte::core::Task &task);
    void loadFailed(qint64 taskId, const rte::api::ApiError &error);
    void saving(qint64 taskId);
    void saved(const rte::core::Task &task);
    // A new task now exists on the server (also reported as saved).
    void created(const rte::core::Task &task);
    void saveFailed(const rte::api::ApiError &error);
    // Nothing was sent because the form breaks a rule; the model's messages say which.
    void saveRefused();

private:
    void track(api::ApiRequest *request);
    void applyServerProblems(const api::ApiError &error);

    api::ReplyClient *m_client;
    core::TaskEditorModel *m_model;
    QPointer<api::ApiRequest> m_request;
    qint64 m_requestedId = 0;
};

} // namespace rte::presentation
