#include "presentation/taskeditorcontroller.h"

#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "core/taskfield.h"

namespace rte::presentation {

using api::ApiError;
using core::TaskField;

TaskEditorController::TaskEditorController(
    api::ReplyClient *client, core::TaskEditorModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{ }

void TaskEditorController::track(api::ApiRequest *request)
{
    // A newer request supersedes the one under way: its late answer must not land in the form.
    if (m_request)
        m_request->abort();
    m_request = request;
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request) {
            m_request = nullptr;
            Q_EMIT busyChanged(false);
        }
    });
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
    if (m_model->hasTask())
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
    const QJsonObject body = sent.toRequestJson();
    Q_EMIT saving(taskId);
    if (m_model->isNew()) {
        // A task that does not exist yet is created (201); from then on it is edited like any other.
        auto *request = m_client->createTask(body);
        track(request);
        connect(request, &std::remove_pointer_t<decltype(request)>::succeeded, this,
            [this, sent](const core::Task &task) {
                if (m_model->isNew()) {
                    m_model->acceptSaved(task, sent);
                    m_requestedId = task.id;
                }
                Q_EMIT created(task);
                Q_EMIT saved(task);
            });
        connect(request, &api::ApiRequest::failed, this, [this](const ApiError &error) {
            if (m_model->isNew())
                applyServerProblems(error);
            Q_EMIT saveFailed(error);
        });
        return true;
    }
    auto *request = m_client->updateTask(taskId, body);
    track(request);
    connect(request, &api::UpdateTaskRequest::succeeded, this, [this, taskId, sent](const core::Task &task) {
        // The rep may have opened another task meanwhile; then this answer only goes to the panel.
        if (m_model->taskId() == taskId)
            m_model->acceptSaved(task, sent);
        Q_EMIT saved(task);
    });
    connect(request, &api::ApiRequest::failed, this, [this, taskId](const ApiError &error) {
        if (m_model->taskId() == taskId)
            applyServerProblems(error);
        Q_EMIT saveFailed(error);
    });
    return true;
}

void TaskEditorController::cancel()
{
    if (m_request)
        m_request->abort();
}

void TaskEditorController::applyServerProblems(const ApiError &error)
{
    // Only answers about the task itself belong next to the fields; a lost connection does not.
    core::FieldMessages messages;
    switch (error.kind()) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Forbidden:
        break;
    default:
        return;
    }
    for (const api::FieldProblem &problem : error.fieldProblems()) {
        const TaskField field = core::TaskFields::fromPointer(problem.pointer);
        const QString text = problem.detail.isEmpty() ? error.message() : problem.detail;
        messages.insert(
            field, messages.contains(field) ? messages.value(field) + QLatin1Char(' ') + text : text);
    }
    if (messages.isEmpty())
        messages.insert(TaskField::Form, error.message());
    m_model->setServerMessages(messages);
}

} // namespace rte::presentation
