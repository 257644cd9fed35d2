// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QTabWidget;

namespace rte::core {
struct Task;
}
namespace rte::presentation {
class Workspace;
struct Notice;
} // namespace rte::presentation

namespace rte::ui {

class ContactLookup;
class PreviewPanel;
class Prompts;
class SafetyNet;
class TaskCommands;
class TaskDetailPanel;
class TaskEditorView;
class TaskListView;
class WelcomePage;

// The top window: the queue on the left, the form in the middle, what the server has (and a
// preview) on the right. It presents what the workspace holds, passes on what the rep asks, and is
// the one place that decides how an outcome looks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(presentation::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Keeps the window's size and place, and the list's columns, sort and filters, between runs
    // (group "taskList"): read now, written when the window closes.
    void useSettings(QSettings *settings);
    // Replaces the dialogs (tests answer without a modal dialog).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    void openTask(qint64 id);
    void newTask();
    // Loads the first page of the list with the filters shown.
    void loadList();
    // Offers the drafts an earlier run left unsent (after a crash, say).
    void offerRecovery();
    // Reply is connected (at start and after an account switch): the list with the filter shown,
    // the drafts an earlier run left (the first time only), then what the workspace does.
    void onConnected();
    // Returns true when it is fine to replace or drop the current edit (it may ask the rep).
    bool settleUnsavedChanges();
    // The client is holding requests back for the rate limit: a visible countdown, 0 to clear it.
    void showRateLimitWait(int secondsLeft);

    TaskEditorView *editorView() const { return m_editor; }
    TaskDetailPanel *detailPanel() const { return m_detail; }
    PreviewPanel *previewPanel() const { return m_preview; }
    TaskListView *listView() const { return m_list; }
    TaskCommands *commands() const { return m_commands; }
    SafetyNet *safetyNet() const { return m_safetyNet; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *refreshAction() const { return m_refreshAction; }

Q_SIGNALS:
    // Reply refused the key: the rep needs the account settings.
    void credentialsRejected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectEditor();
    void promptOpenTask();
    void setDemoMode(bool demo);
    void updateTitle();
    void showNotice(const presentation::Notice &notice);
    void onFormReplaced();

    presentation::Workspace *m_workspace;
    std::unique_ptr<Prompts> m_prompts;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    TaskListView *m_list;
    TaskEditorView *m_editor;
    QTabWidget *m_side;
    TaskDetailPanel *m_detail;
    PreviewPanel *m_preview;
    TaskCommands *m_commands;
    SafetyNet *m_safetyNet = nullptr;
    ContactLookup *m_contactLookup = nullptr;
    QLabel *m_modeLabel;
    QLabel *m_waitLabel;
    QSettings *m_settings = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_saveAction = nullptr;
    bool m_demo = false;
    bool m_recoveryOffered = false;
};

} // namespace rte::ui
