// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/teamuser.h"
#include "presentation/actiontarget.h"
#include "presentation/notice.h"
#include "presentation/taskactions.h"

#include <QObject>

class QAction;
class QWidget;

namespace rte::presentation {
class Workspace;
}

namespace rte::ui {

class Prompts;
class TaskListView;

// The task actions as the rep reaches them: a QAction each (toolbar, menu, shortcut), and the
// questions to ask first. What they apply to, whether they may run and what follows them are the
// workspace's action coordinator's to decide.
class TaskCommands : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window;
        Prompts *prompts;
        TaskListView *list;
        presentation::Workspace *workspace;
    };
    explicit TaskCommands(const Parts &parts, QObject *parent = nullptr);

    QAction *completeAction() const { return m_complete; }
    QAction *executeAction() const { return m_execute; }
    QAction *deleteAction() const { return m_delete; }
    QAction *reassignAction() const { return m_reassign; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QList<QAction *> actions() const { return {m_complete, m_execute, m_delete, m_reassign, m_reschedule}; }
    void updateEnabled();
    void setPrompts(Prompts *prompts) { m_parts.prompts = prompts; }

Q_SIGNALS:
    // An action was refused before anything was sent.
    void refused(const rte::presentation::Notice &notice);

private:
    using Action = presentation::TaskActions::Action;
    // The targets of `action`, or nothing when the coordinator refuses (the rep is told why).
    std::optional<QList<presentation::ActionTarget>> targetsFor(Action action);
    void complete();
    void execute();
    void remove();
    void reschedule();
    void onTeammates(const QList<core::TeamUser> &users, const QList<presentation::ActionTarget> &targets);

    Parts m_parts;
    QAction *m_complete;
    QAction *m_execute;
    QAction *m_delete;
    QAction *m_reassign;
    QAction *m_reschedule;
};

} // namespace rte::ui
