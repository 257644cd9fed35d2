// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/task.h"

#include <QList>
#include <QObject>

#include <optional>

namespace rte::api {
class ReplyClient;
}

namespace rte::presentation {

// Complete, send, delete and reassign, for one task or many. Selections over 100 ids go out in
// calls of 100; each task's own result comes back, so partial success is never reported as done.
class TaskActions : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Complete,
        Execute,
        Delete,
        Reassign
    };
    Q_ENUM(Action)
    enum class CallResult
    {
        Positive = 0,
        ToCall = 1,
        Negative = 2
    };
    Q_ENUM(CallResult)
    static constexpr int BatchSize = 100;

    struct Outcome
    {
        qint64 taskId = 0;
        bool ok = false;
        QString message; // plain words; empty when ok
        std::optional<core::Task> task; // the server's copy, when a single call returned it
    };

    explicit TaskActions(api::ReplyClient *client, QObject *parent = nullptr);

    void complete(const QList<qint64> &ids, std::optional<CallResult> callResult = std::nullopt,
        bool finishProspectInSequence = false);
    void execute(qint64 id);
    void remove(const QList<qint64> &ids);
    void reassign(const QList<qint64> &ids, qint64 userId);

    bool isBusy() const { return m_pending > 0; }
    static QString summary(Action action, const QList<Outcome> &outcomes);

Q_SIGNALS:
    void busyChanged(bool busy);
    // Every id asked for appears once in outcomes, in the order asked.
    void finished(rte::presentation::TaskActions::Action action,
        const QList<rte::presentation::TaskActions::Outcome> &outcomes);

private:
    struct Run;
    template<typename Request>
    void single(Action action, qint64 id, Request *request);
    void batches(Action action, const QList<qint64> &ids, qint64 userId);
    void sendNextChunk(const std::shared_ptr<Run> &run);
    void begin();
    void end();

    api::ReplyClient *m_client;
    int m_pending = 0;
};

} // namespace rte::presentation

Q_DECLARE_METATYPE(rte::presentation::TaskActions::Outcome)
