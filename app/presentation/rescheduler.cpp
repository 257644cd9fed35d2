// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/rescheduler.h"

#include "api/apierror.h"
#include "core/labels.h"
#include "core/task.h"
#include "core/taskedit.h"
#include "presentation/actiontarget.h"
#include "presentation/checkedupdate.h"

#include <QLocale>

namespace rte::presentation {

Rescheduler::Rescheduler(api::ReplyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void Rescheduler::start(const QList<Move> &moves)
{
    if (m_running || moves.isEmpty())
        return;
    m_moves = moves;
    m_report.clear();
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0, int(m_moves.size()));
    next();
}

void Rescheduler::cancel()
{
    m_cancelled = true;
    if (m_update && !m_update->isWriting())
        m_update->abort(); // only the read: a write under way finishes and is reported
}

void Rescheduler::next()
{
    const int done = int(m_report.size());
    if (done == m_moves.size()) {
        end();
        return;
    }
    if (m_cancelled) {
        for (int i = done; i < m_moves.size(); ++i)
            m_report.append({m_moves.at(i).seen.id, Result::NotTried, tr("Not tried: you stopped the move."),
                m_moves.at(i), {}});
        end();
        return;
    }
    const Move move = m_moves.at(done);
    const core::TaskListItem seen = move.seen;
    CheckedUpdate::Intent intent;
    // What the rep saw in the list still holds: the same times, type, contact and owner.
    intent.unchangedSinceSeen = [seen](const core::Task &server) {
        return server.startAt == seen.startAt && server.dueTo == seen.dueTo
            && server.taskType == seen.taskType && server.contactId == seen.contactId
            && server.assignedUserId == seen.assignedUserId;
    };
    intent.edit = [move](const core::Task &server) {
        core::TaskEdit edit = core::TaskEdit::fromTask(server);
        edit.startAt = move.startAt;
        edit.dueTo = move.dueTo;
        return edit;
    };
    auto *update = CheckedUpdate::start(m_client, seen.id, std::move(intent), this);
    m_update = update;
    connect(update, &CheckedUpdate::saved, this, [this, seen](const core::Task &task) {
        Q_EMIT taskMoved(task);
        core::TaskListItem after = seen;
        after.update(task);
        record(Result::Moved, QString(), after);
    });
    connect(update, &CheckedUpdate::conflict, this, [this](const core::Task &) {
        record(Result::Skipped,
            tr("Skipped: it changed in Reply since your list was loaded (a teammate, or another app)."));
    });
    connect(update, &CheckedUpdate::noLongerEditable, this, [this](const core::Task &theirs) {
        record(Result::Skipped,
            tr("Skipped: it is %1 in Reply now, so it can't be moved.")
                .arg(core::Labels::status(theirs.status).toLower()));
    });
    connect(update, &CheckedUpdate::failed, this, [this](const api::ApiError &error) {
        if (error.kind() == api::ApiError::Kind::Cancelled)
            record(Result::NotTried, tr("Not tried: you stopped the move."));
        else
            record(Result::Failed, tr("Not moved: %1").arg(error.message()));
    });
}

void Rescheduler::record(Result result, const QString &message, const core::TaskListItem &after)
{
    const Move move = m_moves.at(m_report.size());
    m_report.append({move.seen.id, result, message, move, after});
    Q_EMIT progress(int(m_report.size()), int(m_moves.size()));
    // From the event loop: the update that reported is still finishing.
    QMetaObject::invokeMethod(this, &Rescheduler::next, Qt::QueuedConnection);
}

void Rescheduler::end()
{
    m_running = false;
    m_update = nullptr;
    Q_EMIT finished(m_report);
}

QList<Rescheduler::Move> Rescheduler::undoOf(const QList<Line> &report)
{
    QList<Move> moves;
    for (const Line &line : report) {
        if (line.result == Result::Moved)
            moves.append({line.after, line.move.seen.startAt, line.move.seen.dueTo});
    }
    return moves;
}

QString Rescheduler::describe(const Line &line)
{
    const QString task = ActionTarget::fromItem(line.move.seen).describe();
    if (line.result == Result::Moved)
        return tr("%1: moved to %2.")
            .arg(task, QLocale().toString(line.move.startAt.toLocalTime(), QLocale::ShortFormat));
    return tr("%1: %2").arg(task, line.message);
}

QString Rescheduler::summary(const QList<Line> &report)
{
    int moved = 0;
    int skipped = 0;
    int failed = 0;
    int notTried = 0;
    for (const Line &line : report) {
        moved += line.result == Result::Moved;
        skipped += line.result == Result::Skipped;
        failed += line.result == Result::Failed;
        notTried += line.result == Result::NotTried;
    }
    QStringList parts {tr("Moved %n task(s).", nullptr, moved)};
    if (skipped)
        parts.append(tr("%n skipped because they changed in Reply meanwhile.", nullptr, skipped));
    if (failed)
        parts.append(tr("%n could not be moved; the report says why.", nullptr, failed));
    if (notTried)
        parts.append(tr("%n not tried because you stopped.", nullptr, notTried));
    return parts.join(QLatin1Char(' '));
}

} // namespace rte::presentation
