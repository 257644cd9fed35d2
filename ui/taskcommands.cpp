#include "taskcommands.h"

#include "core/labels.h"
#include "core/taskeditormodel.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "prompts.h"
#include "tasklistview.h"

#include <QAction>
#include <QIcon>
#include <QTableView>

namespace rte::ui {

using Action = presentation::TaskActions::Action;
using core::TaskStatus;
using core::TaskType;

TaskCommands::TaskCommands(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_complete(new QAction(QIcon::fromTheme(QStringLiteral("task-complete")), tr("&Complete…"), this))
    , m_execute(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send &Now…"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this))
    , m_reassign(new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Reassign…"), this))
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

    connect(m_complete, &QAction::triggered, this, &TaskCommands::complete);
    connect(m_execute, &QAction::triggered, this, &TaskCommands::execute);
    connect(m_delete, &QAction::triggered, this, &TaskCommands::remove);
    connect(m_reassign, &QAction::triggered, this, &TaskCommands::reassign);
    connect(m_parts.actions, &presentation::TaskActions::finished, this, &TaskCommands::onFinished);
    connect(m_parts.actions, &presentation::TaskActions::busyChanged, this, &TaskCommands::updateEnabled);
    connect(m_parts.list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TaskCommands::updateEnabled);
    connect(m_parts.model, &core::TaskEditorModel::loaded, this, &TaskCommands::updateEnabled);
    connect(m_parts.model, &core::TaskEditorModel::taskTypeChanged, this, &TaskCommands::updateEnabled);
    connect(
        m_parts.team, &presentation::TeamDirectory::ready, this, [this](const QList<core::TeamUser> &users) {
            if (m_pendingReassign.isEmpty())
                return;
            const QList<qint64> pending = std::exchange(m_pendingReassign, {});
            if (const auto userId = m_parts.prompts->reassignTo(m_parts.window, users, int(pending.size())))
                m_parts.actions->reassign(pending, *userId);
        });
    connect(m_parts.team, &presentation::TeamDirectory::failed, this, [this](const api::ApiError &error) {
        m_pendingReassign.clear();
        Q_EMIT report(
            tr("Your teammates couldn't be listed, so nothing was reassigned. %1").arg(error.message()),
            false);
    });
    updateEnabled();
}

QList<TaskCommands::Target> TaskCommands::targets() const
{
    QList<Target> result;
    const QList<core::TaskListItem> selected = m_parts.list->selectedItems();
    // Several selected rows mean the rep is working the list; otherwise the open task is meant.
    if (selected.size() > 1 || (!m_parts.model->hasTask() && selected.size() == 1)) {
        for (const core::TaskListItem &item : selected)
            result.append({item.id, item.taskType, item.status, item.sequenceId.has_value()});
        return result;
    }
    if (m_parts.model->hasTask() && !m_parts.model->isNew()) {
        const core::Task &base = m_parts.model->base();
        result.append({base.id, base.taskType, base.status, base.sequenceId.has_value()});
    }
    return result;
}

QList<qint64> TaskCommands::ids(const QList<Target> &targets)
{
    QList<qint64> result;
    for (const Target &target : targets)
        result.append(target.id);
    return result;
}

void TaskCommands::updateEnabled()
{
    const QList<Target> current = targets();
    const bool idle = !m_parts.actions->isBusy();
    const bool any = !current.isEmpty() && idle;
    const bool anyOpen = std::any_of(
        current.cbegin(), current.cend(), [](const Target &t) { return t.status == TaskStatus::New; });
    m_complete->setEnabled(any && anyOpen);
    m_delete->setEnabled(any);
    m_reassign->setEnabled(any);
    const bool sendable = current.size() == 1 && current.first().status == TaskStatus::New
        && (current.first().type == TaskType::ManualEmail || current.first().type == TaskType::Sms);
    m_execute->setEnabled(idle && sendable);
}

bool TaskCommands::refuseWhileEdited(const QList<Target> &current)
{
    const qint64 open = m_parts.model->taskId();
    const bool edited = m_parts.model->isDirty()
        && std::any_of(current.cbegin(), current.cend(), [open](const Target &t) { return t.id == open; });
    if (edited)
        Q_EMIT report(
            tr("Task %1 has unsaved changes. Save them first (or undo them), then try again. Nothing "
               "was changed.")
                .arg(open),
            false);
    return edited;
}

void TaskCommands::complete()
{
    const QList<Target> current = targets();
    if (current.isEmpty() || refuseWhileEdited(current))
        return;
    const bool single = current.size() == 1;
    const bool isCall = single && current.first().type == TaskType::Call;
    const bool inSequence
        = std::any_of(current.cbegin(), current.cend(), [](const Target &t) { return t.inSequence; });
    const auto answer = m_parts.prompts->completion(m_parts.window, int(current.size()), isCall, inSequence);
    if (!answer)
        return;
    m_parts.actions->complete(ids(current), answer->callResult, answer->finishProspectInSequence);
}

void TaskCommands::execute()
{
    const QList<Target> current = targets();
    if (current.size() != 1)
        return;
    const Target target = current.first();
    if (m_parts.model->taskId() == target.id && m_parts.model->isDirty()) {
        Q_EMIT report(
            tr("Save your changes first, so the contact gets what you see. Nothing was sent."), false);
        return;
    }
    const QString channel = target.type == TaskType::Sms ? tr("SMS") : tr("email");
    if (m_parts.prompts->confirmExecute(m_parts.window, channel))
        m_parts.actions->execute(target.id);
}

void TaskCommands::remove()
{
    const QList<Target> current = targets();
    if (current.isEmpty() || refuseWhileEdited(current))
        return;
    const int open = int(std::count_if(
        current.cbegin(), current.cend(), [](const Target &t) { return t.status == TaskStatus::New; }));
    if (m_parts.prompts->confirmDelete(m_parts.window, open, int(current.size()) - open))
        m_parts.actions->remove(ids(current));
}

void TaskCommands::reassign()
{
    const QList<Target> current = targets();
    if (current.isEmpty() || refuseWhileEdited(current))
        return;
    m_pendingReassign = ids(current);
    m_parts.team->fetch();
}

void TaskCommands::onFinished(Action action, const QList<presentation::TaskActions::Outcome> &outcomes)
{
    bool allOk = true;
    for (const auto &outcome : outcomes) {
        allOk = allOk && outcome.ok;
        if (!outcome.ok)
            continue;
        if (action == Action::Delete) {
            m_parts.listModel->removeTask(outcome.taskId);
            if (m_parts.model->taskId() == outcome.taskId)
                m_parts.editor->open(outcome.taskId); // shows it cancelled or archived, read-only
            continue;
        }
        if (outcome.task) {
            m_parts.listModel->updateTask(*outcome.task);
            if (m_parts.model->taskId() == outcome.taskId && !m_parts.model->isDirty())
                m_parts.model->load(*outcome.task);
        } else if (m_parts.model->taskId() == outcome.taskId && !m_parts.model->isDirty()) {
            m_parts.editor->open(outcome.taskId);
        }
    }
    // Batch answers carry no tasks: the list shows the new state after a refresh.
    if (action != Action::Delete && outcomes.size() > 1)
        m_parts.listModel->refresh();
    Q_EMIT report(presentation::TaskActions::summary(action, outcomes), allOk);
    updateEnabled();
}

} // namespace rte::ui
