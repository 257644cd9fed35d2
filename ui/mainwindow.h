#pragma once

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;

namespace rte::api {
class ApiError;
}
namespace rte::core {
class TaskEditorModel;
struct Task;
} // namespace rte::core
namespace rte::presentation {
class TaskEditorController;
}

namespace rte::ui {

class TaskDetailPanel;
class TaskEditorView;

// The top window: the form on the left, what the server has on the right. It is the one place
// that decides how an outcome is shown to the rep.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks Save / Discard / Cancel about unsaved changes; injectable so tests need no modal dialog.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(QWidget *parent)>;

    MainWindow(presentation::TaskEditorController *controller, core::TaskEditorModel *model,
        QWidget *parent = nullptr);

    void setDemoMode(bool demo);
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }
    void openTask(qint64 id);
    // Asks for the API key and emits apiKeyEntered; returns false if the rep cancelled.
    bool askForApiKey();

    TaskEditorView *editorView() const { return m_editor; }
    TaskDetailPanel *detailPanel() const { return m_detail; }
    QAction *saveAction() const { return m_saveAction; }

Q_SIGNALS:
    void apiKeyEntered(const QString &key);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void promptOpenTask();
    // Returns true when it is fine to replace or drop the current edit.
    bool settleUnsavedChanges();
    void save();
    void onLoadFailed(qint64 id, const api::ApiError &error);
    void onSaveFailed(const api::ApiError &error);
    void onSaved(const core::Task &task);
    void updateTitle();
    void showError(const api::ApiError &error, const QString &prefix);

    presentation::TaskEditorController *m_controller;
    core::TaskEditorModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    TaskEditorView *m_editor;
    TaskDetailPanel *m_detail;
    QLabel *m_modeLabel;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_saveAction = nullptr;
    UnsavedChangesPrompt m_prompt;
    qint64 m_pendingOpen = 0;
    bool m_closeAfterSave = false;
    bool m_demo = false;
};

} // namespace rte::ui
