#pragma once

#include "core/task.h"
#include "core/taskedit.h"

#include <QObject>

#include <functional>

class QStatusBar;
class QToolButton;
class QWidget;

namespace rte::api {
class ApiError;
}
namespace rte::core {
class TaskEditorModel;
}
namespace rte::presentation {
class DraftKeeper;
class OutboxSender;
class TaskEditorController;
} // namespace rte::presentation

namespace rte::ui {

class MessageBanner;
class Prompts;

// Everything that keeps an edit from being lost, as the rep sees it: drafts offered back after a
// crash, saves that could not reach Reply kept in the outbox ("Not sent", with a count), the
// compare view when someone else changed the task, and what the client is waiting for.
class SafetyNet : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window;
        std::function<Prompts *()> prompts;
        MessageBanner *banner;
        QStatusBar *statusBar;
        core::TaskEditorModel *model;
        presentation::TaskEditorController *editor;
        presentation::DraftKeeper *drafts;
        presentation::OutboxSender *outbox;
        // Asks about the form's unsaved edit before something else replaces it.
        std::function<bool()> settle;
    };
    explicit SafetyNet(const Parts &parts, QObject *parent = nullptr);

    // At start: unsent drafts from an earlier run, one question at a time.
    void offerRecovery();
    // A save failed: when Reply is only out of reach, the edit goes to the outbox and the rep is told.
    // Returns whether it took care of the failure.
    bool takeOver(const api::ApiError &error);
    void showOutbox();
    QToolButton *outboxButton() const { return m_outboxButton; }

Q_SIGNALS:
    void taskShown(const rte::core::Task &task);

private:
    void onConflict(const core::Task &theirs, const core::Task &base, const core::TaskEdit &mine);
    void onNoLongerEditable(const core::Task &theirs);
    void updateBadge(int count);

    Parts m_parts;
    QToolButton *m_outboxButton;
};

} // namespace rte::ui
