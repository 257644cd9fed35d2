#include "workspace.h"

#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "mainwindow.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskactions.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "store/draftstore.h"
#include "store/outbox.h"

namespace rte::ui {

Workspace::Workspace(api::ReplyClient *client, const QString &draftsDirectory, const QString &outboxDirectory)
    : m_client(client)
    , m_model(std::make_unique<core::TaskEditorModel>())
    , m_editor(std::make_unique<presentation::TaskEditorController>(client, m_model.get()))
    , m_list(std::make_unique<presentation::TaskListModel>(client))
    , m_actions(std::make_unique<presentation::TaskActions>(client))
    , m_contacts(std::make_unique<presentation::ContactDirectory>(client))
    , m_team(std::make_unique<presentation::TeamDirectory>(client))
    , m_draftStore(std::make_unique<store::DraftStore>(draftsDirectory))
    , m_outbox(std::make_unique<store::Outbox>(outboxDirectory))
    , m_drafts(std::make_unique<presentation::DraftKeeper>(m_model.get(), m_draftStore.get()))
    , m_outboxSender(std::make_unique<presentation::OutboxSender>(client, m_outbox.get(), m_draftStore.get()))
    , m_window(std::make_unique<MainWindow>(MainWindow::Parts {m_editor.get(), m_model.get(), m_list.get(),
          m_actions.get(), m_contacts.get(), m_team.get(), m_drafts.get(), m_outboxSender.get()}))
{
    QObject::connect(
        client, &api::ReplyClient::waitingChanged, m_window.get(), &MainWindow::showRateLimitWait);
}

// The window goes first: it points at everything else.
Workspace::~Workspace()
{
    m_window.reset();
    m_outboxSender.reset();
    m_drafts.reset();
}

void Workspace::switchAccount(const QString &draftsDirectory, const QString &outboxDirectory, bool demo)
{
    m_drafts->flush(); // what was typed for the previous account stays with it
    m_draftStore->setDirectory(draftsDirectory);
    m_outbox->setDirectory(outboxDirectory);
    m_window->resetForAccount(demo);
}

} // namespace rte::ui
