#pragma once

#include "presentation/taskactions.h"

#include <QObject>

class QAction;
class QWidget;

namespace rte::core {
class TaskEditorModel;
}
namespace rte::presentation {
class TaskEditorController;
class TaskListModel;
class TeamDirectory;
} // namespace rte::presentation

namespace rte::ui {

class Prompts;
class TaskListView;

// The task actions as the rep reaches them: a QAction each (toolbar, menu, shortcut), what they
// apply to (the selected rows, else the open task), the questions to ask first, and a plain
// report of what happened to each task.
class TaskCommands : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window;
        Prompts *prompts;
        TaskListView *list;
        presentation::TaskListModel *listModel;
        core::TaskEditorModel *model;
        presentation::TaskEditorController *editor;
        presentation::TaskActions *actions;
        presentation::TeamDirectory *team;
    };
    explicit TaskCommands(const Parts &parts, QObject *parent = nullptr);

    QAction *completeAction() const { return m_complete; }
    QAction *executeAction() const { return m_execute; }
    QAction *deleteAction() const { return m_delete; }
    QAction *reassignAction() const { return m_reassign; }
    QList<QAction *> actions() const { return {m_complete, m_execute, m_delete, m_reassign}; }
    void updateEnabled();
    void setPrompts(Prompts *prompts) { m_parts.prompts = prompts; }

Q_SIGNALS:
    // What happened, in plain words; ok is false when any task was not changed.
    void report(const QString &text, bool ok);

private:
    struct Target
    {
        qint64 id;
        core::TaskType type;
        core::TaskStatus status;
        bool inSequence;
    };
    QList<Target> targets() const;
    // The open task is among the targets and has unsaved changes: say so and do nothing.
    bool refuseWhileEdited(const QList<Target> &targets);
    static QList<qint64> ids(const QList<Target> &targets);
    void complete();
    void execute();
    void remove();
    void reassign();
    void onFinished(
        presentation::TaskActions::Action action, const QList<presentation::TaskActions::Outcome> &outcomes);

    Parts m_parts;
    QAction *m_complete;
    QAction *m_execute;
    QAction *m_delete;
    QAction *m_reassign;
    QList<qint64> m_pendingReassign;
};

} // namespace rte::ui
