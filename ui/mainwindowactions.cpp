// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The window's menus and toolbar: kept apart from the window's behaviour so each file stays one thing.
#include "core/taskeditormodel.h"
#include "mainwindow.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/workspace.h"
#include "taskcommands.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace rte::ui {

void MainWindow::createActions()
{
    QMenu *taskMenu = menuBar()->addMenu(tr("&Task"));
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const auto add = [this, taskMenu](QAction *&slot, const char *icon, const QString &text,
                         const QKeySequence &key, auto &&slotFunction) {
        if (!slot) {
            slot = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
            slot->setShortcut(key);
            connect(slot, &QAction::triggered, this, slotFunction);
            slot->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                    key.toString(QKeySequence::NativeText)));
        }
        taskMenu->addAction(slot);
    };
    add(m_newAction, "document-new", tr("&New Task"), QKeySequence::New, [this] { newTask(); });
    add(m_openAction, "document-open", tr("&Open Task…"), QKeySequence::Open, [this] { promptOpenTask(); });
    add(m_saveAction, "document-save", tr("&Save"), QKeySequence::Save, [this] { m_workspace->save(); });
    add(m_reloadAction, "view-refresh", tr("Re&load Task From Reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
        [this] { m_workspace->reloadTask(); });
    add(m_refreshAction, "view-refresh", tr("Refresh Lis&t"), QKeySequence::Refresh,
        [this] { m_workspace->list()->refresh(); });
    taskMenu->addSeparator();
    for (QAction *action : m_commands->actions())
        taskMenu->addAction(action);
    taskMenu->addSeparator();
    QAction *quit = taskMenu->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The form's history (type, dates and every field); text fields keep their own Ctrl+Z as well.
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"),
        m_workspace->model(), &core::TaskEditorModel::undo);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"),
        m_workspace->model(), &core::TaskEditorModel::redo);
    redo->setShortcuts(QKeySequence::Redo);
    const auto updateHistory = [this, undo, redo] {
        undo->setEnabled(m_workspace->model()->canUndo());
        redo->setEnabled(m_workspace->model()->canRedo());
    };
    connect(m_workspace->model(), &core::TaskEditorModel::historyChanged, this, updateHistory);
    updateHistory();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Reply Task Editor"), this, [this] {
        QMessageBox::about(this, tr("About Reply Task Editor"),
            tr("<p><b>Reply Task Editor</b> %1</p><p>Open, edit and save your Reply.io tasks, and "
               "see at once what the server made of them.</p>")
                .arg(QApplication::applicationVersion()));
    });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    toolBar->addActions({m_newAction, m_openAction, m_saveAction, m_refreshAction});
    toolBar->addSeparator();
    toolBar->addActions(m_commands->actions());
    updateTitle();
}

} // namespace rte::ui
