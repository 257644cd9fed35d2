// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskcommands.h"

#include "presentation/actioncoordinator.h"
#include "presentation/tasklistmodel.h"
#include "presentation/workspace.h"
#include "prompts.h"
#include "tasklistview.h"

#include <QAction>
#include <QIcon>
#include <QTableView>

namespace rte::ui {

using core::TaskType;
using presentation::ActionTarget;

TaskCommands::TaskCommands(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_complete(new QAction(QIcon::fromTheme(QStringLiteral("task-complete")), tr("&Complete…"), this))
    , m_execute(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send No&w…"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this))
    , m_reassign(new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Reassign…"), this))
    , m_reschedule(new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("Resc&hedule…"), this))
{
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_execute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    // Delete stays with text fields; the window-wide shortcut needs Ctrl, and the bare key works in the list.
    m_delete->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Delete)});
    auto *listDelete = new QAction(m_parts.list->view());
    listDelete->setShortcut(QKeySequence::Delete);
    listDelete->setShortcutContext(Qt::WidgetShortcut);
    m_parts.list->view()->addAction(listDelete);
    connect(listDelete, &QAction::triggered, m_delete, &QAction::trigger);
    m_reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_complete->setToolTip(tr("Mark the task done without sending anything (%1)")
                               .arg(m_complete->shortcut().toString(QKeySequence::NativeText)));
    m_execute->setToolTip(tr("Send the email or SMS now and complete the task (%1)")
                              .arg(m_execute->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setToolTip(tr("Cancel an open task or archive a finished one (Delete in the list)"));
    m_reassign->setToolTip(tr("Give the task to a teammate (%1)")
                               .arg(m_reassign->shortcut().toString(QKeySequence::NativeText)));

    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_reschedule->setToolTip(
        tr("Move the selected or all overdue tasks to another day, or spread them out (%1)")
            .arg(m_reschedule->shortcut().toString(QKeySequence::NativeText)));
    presentation::ActionCoordinator *actions = m_parts.workspace->coordinator();
    connect(m_reschedule, &QAction::triggered, this, &TaskCommands::reschedule);
    connect(m_complete, &QAction::triggered, this, &TaskCommands::complete);
    connect(m_execute, &QAction::triggered, this, &TaskCommands::execute);
    connect(m_delete, &QAction::triggered, this, &TaskCommands::remove);
    connect(m_reassign, &QAction::triggered, this, [this] {
        if (const auto targets = targetsFor(Action::Reassign))
            m_parts.workspace->coordinator()->prepareReassign(*targets);
    });
    connect(actions, &presentation::ActionCoordinator::teammatesReady, this, &TaskCommands::onTeammates);
    connect(actions, &presentation::ActionCoordinator::actionsChanged, this, &TaskCommands::updateEnabled);
    const presentation::TaskListModel *list = m_parts.workspace->list();
    connect(list, &presentation::TaskListModel::pageLoaded, this, &TaskCommands::updateEnabled);
    connect(list, &QAbstractItemModel::modelReset, this, &TaskCommands::updateEnabled);
    updateEnabled();
}

void TaskCommands::updateEnabled()
{
    const presentation::ActionCoordinator *actions = m_parts.workspace->coordinator();
    m_complete->setEnabled(actions->canRun(Action::Complete));
    m_execute->setEnabled(actions->canRun(Action::Execute));
    m_delete->setEnabled(actions->canRun(Action::Delete));
    m_reassign->setEnabled(actions->canRun(Action::Reassign));
    // Any open task can move: the selection, the current task, or every overdue one in the list.
    m_reschedule->setEnabled(!actions->isBusy() && m_parts.workspace->list()->rowCount() > 0);
}

void TaskCommands::reschedule()
{
    presentation::ActionCoordinator *actions = m_parts.workspace->coordinator();
    const auto request = m_parts.prompts->reschedule(m_parts.window, int(actions->rowsToReschedule().size()),
        int(actions->overdueRows().size()), m_parts.workspace->list()->now().toLocalTime().date());
    if (request)
        actions->reschedule(*request);
}

std::optional<QList<ActionTarget>> TaskCommands::targetsFor(Action action)
{
    const presentation::ActionCoordinator *actions = m_parts.workspace->coordinator();
    const QList<ActionTarget> targets = actions->actionTargets();
    const QString refusal = actions->refusal(action, targets);
    if (refusal.isEmpty())
        return targets;
    presentation::Notice notice;
    notice.tone = presentation::Notice::Tone::Warning;
    notice.place = presentation::Notice::Place::Form;
    notice.text = refusal;
    Q_EMIT refused(notice);
    return std::nullopt;
}

void TaskCommands::complete()
{
    const auto targets = targetsFor(Action::Complete);
    if (!targets)
        return;
    const bool isCall = targets->size() == 1 && targets->first().type == TaskType::Call;
    const bool inSequence
        = std::any_of(targets->cbegin(), targets->cend(), [](const ActionTarget &t) { return t.inSequence; });
    const auto answer = m_parts.prompts->completion(
        m_parts.window, int(targets->size()), isCall, inSequence, ActionTarget::describe(*targets));
    if (answer)
        m_parts.workspace->coordinator()->complete(
            *targets, answer->callResult, answer->finishProspectInSequence);
}

void TaskCommands::execute()
{
    const auto targets = targetsFor(Action::Execute);
    if (!targets || targets->size() != 1)
        return;
    const ActionTarget target = targets->first();
    const QString channel = target.type == TaskType::Sms ? tr("SMS") : tr("email");
    if (m_parts.prompts->confirmExecute(m_parts.window, channel, target.describe()))
        m_parts.workspace->coordinator()->sendNow(target);
}

void TaskCommands::remove()
{
    const auto targets = targetsFor(Action::Delete);
    if (!targets)
        return;
    const int open = int(std::count_if(targets->cbegin(), targets->cend(),
        [](const ActionTarget &t) { return t.status == core::TaskStatus::New; }));
    if (m_parts.prompts->confirmDelete(
            m_parts.window, open, int(targets->size()) - open, ActionTarget::describe(*targets)))
        m_parts.workspace->coordinator()->remove(*targets);
}

void TaskCommands::onTeammates(const QList<core::TeamUser> &users, const QList<ActionTarget> &targets)
{
    if (const auto userId = m_parts.prompts->reassignTo(
            m_parts.window, users, int(targets.size()), ActionTarget::describe(targets)))
        m_parts.workspace->coordinator()->reassign(targets, *userId);
}

} // namespace rte::ui
