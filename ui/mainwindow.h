#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace rte::api {
class ApiError;
}
namespace rte::core {
class TaskEditorModel;
struct Task;
} // namespace rte::core
namespace rte::presentation {
class ContactDirectory;
class DraftKeeper;
class OutboxSender;
class TaskActions;
class TaskEditorController;
class TaskListModel;
class TeamDirectory;
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
// preview) on the right. It is the one place that decides how an outcome is shown to the rep.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Parts
    {
        presentation::TaskEditorController *editor;
        core::TaskEditorModel *model;
        presentation::TaskListModel *list;
        presentation::TaskActions *actions;
        presentation::ContactDirectory *contacts;
        presentation::TeamDirectory *team;
        presentation::DraftKeeper *drafts;
        presentation::OutboxSender *outbox;
    };

    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    // Replaces the dialogs (tests answer without a modal dialog).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    void openTask(qint64 id);
    void newTask();
    // Loads the first page of the list with the filters shown.
    void loadList();
    // Offers the drafts an earlier run left unsent (after a crash, say).
    void offerRecovery();
    // Another account is now current: nothing of the previous one stays in the window.
    void resetForAccount(bool demo);
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
    void save();
    void onLoadFailed(qint64 id, const api::ApiError &error);
    void onSaveFailed(const api::ApiError &error);
    void onSaved(const core::Task &task);
    void updateTitle();
    void showError(const api::ApiError &error, const QString &prefix);
    void showReport(const QString &text, bool ok);
    void showTask(const core::Task &task);

    Parts m_parts;
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
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_saveAction = nullptr;
    qint64 m_pendingOpen = 0;
    bool m_closeAfterSave = false;
    bool m_demo = false;
};

} // namespace rte::ui
