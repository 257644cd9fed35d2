#pragma once

#include <QString>

#include <memory>

namespace rte::api {
class ReplyClient;
}
namespace rte::core {
class TaskEditorModel;
}
namespace rte::presentation {
class ContactDirectory;
class DraftKeeper;
class OutboxSender;
class TaskActions;
class TaskEditorController;
class TaskListModel;
class TeamDirectory;
} // namespace rte::presentation
namespace rte::store {
class DraftStore;
class Outbox;
} // namespace rte::store

namespace rte::ui {

class MainWindow;

// Everything one window works with, built and connected in one place, so that the app and the
// widget tests run the same wiring: the model and its controller, the list, the actions, the
// directories, the drafts and the outbox of the current account, and the window itself.
class Workspace
{
public:
    Workspace(api::ReplyClient *client, const QString &draftsDirectory, const QString &outboxDirectory);
    ~Workspace();

    // Another account is current: its drafts and outbox, and nothing of the previous one on screen.
    void switchAccount(const QString &draftsDirectory, const QString &outboxDirectory, bool demo);

    api::ReplyClient *client() const { return m_client; }
    core::TaskEditorModel *model() const { return m_model.get(); }
    presentation::TaskEditorController *editor() const { return m_editor.get(); }
    presentation::TaskListModel *list() const { return m_list.get(); }
    presentation::TaskActions *actions() const { return m_actions.get(); }
    presentation::ContactDirectory *contacts() const { return m_contacts.get(); }
    presentation::TeamDirectory *team() const { return m_team.get(); }
    store::DraftStore *draftStore() const { return m_draftStore.get(); }
    store::Outbox *outbox() const { return m_outbox.get(); }
    presentation::DraftKeeper *drafts() const { return m_drafts.get(); }
    presentation::OutboxSender *outboxSender() const { return m_outboxSender.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    api::ReplyClient *m_client;
    std::unique_ptr<core::TaskEditorModel> m_model;
    std::unique_ptr<presentation::TaskEditorController> m_editor;
    std::unique_ptr<presentation::TaskListModel> m_list;
    std::unique_ptr<presentation::TaskActions> m_actions;
    std::unique_ptr<presentation::ContactDirectory> m_contacts;
    std::unique_ptr<presentation::TeamDirectory> m_team;
    std::unique_ptr<store::DraftStore> m_draftStore;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<presentation::DraftKeeper> m_drafts;
    std::unique_ptr<presentation::OutboxSender> m_outboxSender;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rte::ui
