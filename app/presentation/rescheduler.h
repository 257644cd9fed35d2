// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/tasklistitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rte::api {
class ReplyClient;
}
namespace rte::core {
struct Task;
}

namespace rte::presentation {

class CheckedUpdate;

// What the rep asked for in the reschedule dialog.
struct RescheduleRequest
{
    enum class Which
    {
        Chosen, // the selected rows, else the current task
        AllOverdue // every loaded row that is overdue now
    };
    enum class How
    {
        ToDay, // to `day`, each at its own time of day
        Spread // over `workingDays` working days from `day`, between `from` and `to`
    };
    Which which = Which::Chosen;
    How how = How::ToDay;
    QDate day;
    int workingDays = 3;
    QTime from {9, 0};
    QTime to {17, 0};
};

// Moves many tasks to new times, one full replacement each, and reports on every task: moved,
// skipped because it changed since the rep saw it (a teammate, or it was finished), or failed and
// why. Each task is read again first (CheckedUpdate), so nothing the rep did not choose is touched.
// One task at a time, through the client's one rate budget: a 429 pauses the run, it never fails
// it. Cancel stops before the next task; a write already sent finishes and is reported.
class Rescheduler : public QObject
{
    Q_OBJECT
public:
    struct Move
    {
        core::TaskListItem seen; // the task as the rep saw it in the list
        QDateTime startAt; // UTC
        QDateTime dueTo; // UTC, invalid: none
    };
    enum class Result
    {
        Moved,
        Skipped,
        Failed,
        NotTried // cancelled before its turn
    };
    struct Line
    {
        qint64 taskId = 0;
        Result result = Result::NotTried;
        QString message; // plain words; empty when moved
        Move move; // what was asked
        core::TaskListItem after; // as Reply has it now, when moved
    };

    explicit Rescheduler(api::ReplyClient *client, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    void start(const QList<Move> &moves);
    void cancel();
    // The moves that put every task this report moved back where it was, as one step. A task
    // changed since is skipped then, like any other.
    static QList<Move> undoOf(const QList<Line> &report);
    // "Moved 12 tasks. 2 were skipped …": the summary line for a report.
    static QString summary(const QList<Line> &report);
    // One line of the report: which task (type, contact, due) and what happened to it.
    static QString describe(const Line &line);

Q_SIGNALS:
    void progress(int done, int total);
    void taskMoved(const rte::core::Task &task);
    void finished(const QList<rte::presentation::Rescheduler::Line> &report);

private:
    void next();
    void record(Result result, const QString &message, const core::TaskListItem &after = {});
    void end();

    api::ReplyClient *m_client;
    QList<Move> m_moves;
    QList<Line> m_report;
    QPointer<CheckedUpdate> m_update;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace rte::presentation

Q_DECLARE_METATYPE(rte::presentation::Rescheduler::Line)
