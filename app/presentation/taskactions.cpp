// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/taskactions.h"

#include "api/replyclient.h"

#include <QMap>

#include <memory>

namespace rte::presentation {

using api::ApiError;

// One action over a selection: the ids in the order asked, split in calls of at most BatchSize,
// sent one after the other so a big selection never bursts past the rate limit.
struct TaskActions::Run
{
    Action action = Action::Complete;
    QList<qint64> ids;
    qint64 userId = 0;
    QList<QList<qint64>> chunks;
    QMap<qint64, Outcome> outcomes;
    // Completing with a call result or "finish in sequence" has no batch endpoint: one call per task,
    // still reported once for the whole selection.
    bool oneByOne = false;
    std::optional<int> callResolution;
    bool finishProspect = false;
};

namespace {

// Which single calls answer with the task (complete, execute, assign) and which with nothing (delete).
template<typename C>
constexpr bool answersWithTask(void (C::*)(const core::Task &))
{
    return true;
}
template<typename C>
constexpr bool answersWithTask(void (C::*)())
{
    return false;
}

QString batchFailureText(qint64 id, const QString &error, const QString &details)
{
    if (error.compare(QLatin1String("notFound"), Qt::CaseInsensitive) == 0)
        return TaskActions::tr("Task %1 no longer exists, or you can't see it.").arg(id);
    if (error.compare(QLatin1String("cannotComplete"), Qt::CaseInsensitive) == 0)
        return TaskActions::tr("Task %1 is already finished, or can't be completed in its state.").arg(id);
    if (!details.isEmpty())
        return TaskActions::tr("Task %1: %2").arg(id).arg(details);
    return TaskActions::tr("Task %1 was not changed (%2).").arg(id).arg(error);
}

} // namespace

TaskActions::TaskActions(api::ReplyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void TaskActions::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void TaskActions::end()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void TaskActions::complete(
    const QList<qint64> &ids, std::optional<CallResult> callResult, bool finishProspectInSequence)
{
    std::optional<int> resolution;
    if (callResult)
        resolution = int(*callResult);
    if (ids.size() == 1) {
        single(Action::Complete, ids.first(),
            m_client->completeTask(ids.first(), resolution, finishProspectInSequence));
        return;
    }
    // A call result only exists on the single endpoint; batches complete without one.
    if (callResult || finishProspectInSequence) {
        auto run = std::make_shared<Run>();
        run->action = Action::Complete;
        run->ids = ids;
        run->oneByOne = true;
        run->callResolution = resolution;
        run->finishProspect = finishProspectInSequence;
        for (qint64 id : ids)
            run->chunks.append(QList<qint64> {id});
        begin();
        sendNextChunk(run);
        return;
    }
    batches(Action::Complete, ids, 0);
}

void TaskActions::execute(qint64 id)
{
    single(Action::Execute, id, m_client->executeTask(id));
}

void TaskActions::remove(const QList<qint64> &ids)
{
    if (ids.size() == 1)
        single(Action::Delete, ids.first(), m_client->deleteTask(ids.first()));
    else
        batches(Action::Delete, ids, 0);
}

void TaskActions::reassign(const QList<qint64> &ids, qint64 userId)
{
    if (ids.size() == 1)
        single(Action::Reassign, ids.first(), m_client->assignTask(ids.first(), userId));
    else
        batches(Action::Reassign, ids, userId);
}

template<typename Request>
void TaskActions::single(Action action, qint64 id, Request *request)
{
    begin();
    auto outcome = std::make_shared<Outcome>();
    outcome->taskId = id;
    // Each single call answers with the task, except delete, which answers 204 with nothing.
    if constexpr (answersWithTask(&Request::succeeded)) {
        connect(request, &Request::succeeded, this, [outcome](const core::Task &task) {
            outcome->ok = true;
            outcome->task = task;
        });
    } else {
        connect(request, &Request::succeeded, this, [outcome] { outcome->ok = true; });
    }
    connect(request, &api::ApiRequest::failed, this, [outcome](const ApiError &error) {
        outcome->ok = false;
        outcome->message = error.message();
    });
    connect(request, &api::ApiRequest::finished, this, [this, action, outcome] {
        Q_EMIT finished(action, {*outcome});
        end();
    });
}

void TaskActions::batches(Action action, const QList<qint64> &ids, qint64 userId)
{
    auto run = std::make_shared<Run>();
    run->action = action;
    run->ids = ids;
    run->userId = userId;
    for (int i = 0; i < ids.size(); i += BatchSize)
        run->chunks.append(ids.mid(i, BatchSize));
    begin();
    sendNextChunk(run);
}

void TaskActions::sendNextChunk(const std::shared_ptr<Run> &run)
{
    if (run->chunks.isEmpty()) {
        QList<Outcome> outcomes;
        for (qint64 id : std::as_const(run->ids))
            outcomes.append(run->outcomes.value(id));
        Q_EMIT finished(run->action, outcomes);
        end();
        return;
    }
    const QList<qint64> chunk = run->chunks.takeFirst();
    api::ApiRequest *request = nullptr;
    if (run->oneByOne) {
        const qint64 id = chunk.first();
        auto *single = m_client->completeTask(id, run->callResolution, run->finishProspect);
        connect(single, &api::CompleteTaskRequest::succeeded, this, [run, id](const core::Task &task) {
            run->outcomes.insert(id, Outcome {id, true, QString(), task});
        });
        connect(single, &api::ApiRequest::failed, this, [run, id](const ApiError &error) {
            run->outcomes.insert(id, Outcome {id, false, error.message(), std::nullopt});
        });
        connect(single, &api::ApiRequest::finished, this, [this, run] { sendNextChunk(run); });
        return;
    }
    const auto onResult = [this, run, chunk](const QMap<qint64, api::BatchFailure> &failures) {
        // The answer lists only what failed; everything else in the call succeeded.
        for (qint64 id : chunk) {
            Outcome outcome;
            outcome.taskId = id;
            const auto failure = failures.constFind(id);
            outcome.ok = failure == failures.cend();
            if (!outcome.ok)
                outcome.message = batchFailureText(id, failure->error, failure->details);
            run->outcomes.insert(id, outcome);
        }
    };
    switch (run->action) {
    case Action::Complete: {
        auto *r = m_client->batchCompleteTasks(chunk);
        connect(r, &std::remove_pointer_t<decltype(r)>::succeeded, this, onResult);
        request = r;
        break;
    }
    case Action::Delete: {
        auto *r = m_client->bulkDeleteTasks(chunk);
        connect(r, &std::remove_pointer_t<decltype(r)>::succeeded, this, onResult);
        request = r;
        break;
    }
    case Action::Reassign: {
        auto *r = m_client->batchAssignTasks(chunk, run->userId);
        connect(r, &std::remove_pointer_t<decltype(r)>::succeeded, this, onResult);
        request = r;
        break;
    }
    case Action::Execute:
        Q_UNREACHABLE(); // one task at a time: it really sends
    }
    connect(request, &api::ApiRequest::failed, this, [run, chunk](const ApiError &error) {
        // The whole call failed: none of its tasks changed.
        for (qint64 id : chunk)
            run->outcomes.insert(id, Outcome {id, false, error.message(), std::nullopt});
    });
    connect(request, &api::ApiRequest::finished, this, [this, run] { sendNextChunk(run); });
}

QString TaskActions::summary(Action action, const QList<Outcome> &outcomes)
{
    const int total = int(outcomes.size());
    const int done
        = int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) { return o.ok; }));
    const int failed = total - done;
    QString verb;
    switch (action) {
    case Action::Complete:
        verb = failed == 0 ? tr("Completed %n task(s).", nullptr, total)
                           : tr("Completed %1 of %n task(s).", nullptr, total).arg(done);
        break;
    case Action::Execute:
        verb = failed == 0 ? tr("Sent and completed the task.") : tr("The task was not sent.");
        break;
    case Action::Delete:
        verb = failed == 0 ? tr("Deleted %n task(s).", nullptr, total)
                           : tr("Deleted %1 of %n task(s).", nullptr, total).arg(done);
        break;
    case Action::Reassign:
        verb = failed == 0 ? tr("Reassigned %n task(s).", nullptr, total)
                           : tr("Reassigned %1 of %n task(s).", nullptr, total).arg(done);
        break;
    }
    if (failed == 0)
        return verb;
    QStringList reasons;
    for (const Outcome &outcome : outcomes) {
        if (!outcome.ok)
            reasons.append(outcome.message);
    }
    // A long list would drown the point; the first few reasons tell the rep what happened.
    if (reasons.size() > 3) {
        const int more = int(reasons.size()) - 3;
        reasons = reasons.mid(0, 3);
        reasons.append(tr("%n more could not be changed.", nullptr, more));
    }
    return verb + QLatin1Char(' ') + reasons.join(QLatin1Char(' '));
}

} // namespace rte::presentation
