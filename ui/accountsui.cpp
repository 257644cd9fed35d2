#include "accountsui.h"

#include "accountsmenu.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "presentation/accountsession.h"
#include "settingsdialog.h"
#include "store/accountstore.h"
#include "taskeditorview.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace rte::ui {

using presentation::AccountSession;

AccountsUi::AccountsUi(
    MainWindow *window, AccountSession *session, store::AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_accounts(accounts)
    , m_menu(new AccountsMenu(window))
    , m_warning(new QLabel(window))
{
    window->menuBar()->insertMenu(window->menuBar()->actions().value(1), m_menu);
    m_warning->setObjectName(QStringLiteral("keyWarning"));
    m_warning->setWordWrap(false);
    window->statusBar()->addPermanentWidget(m_warning);

    connect(m_menu, &AccountsMenu::switchRequested, this, [this](const QString &id) {
        if (id != m_session->accountId() && m_window->settleUnsavedChanges())
            m_session->switchTo(id);
    });
    connect(m_menu, &AccountsMenu::addRequested, this, [this] { openSettings(true); });
    connect(m_menu, &AccountsMenu::settingsRequested, this, [this] { openSettings(false); });
    connect(m_accounts, &store::AccountStore::changed, this, &AccountsUi::refresh);
    connect(m_session, &AccountSession::accountChanged, this, &AccountsUi::refresh);
    connect(m_session, &AccountSession::stateChanged, this, &AccountsUi::refresh);
    // Asked from the event loop: the session may say it while it is still starting.
    connect(m_session, &AccountSession::keyNeeded, this,
        [this] { QTimer::singleShot(0, this, [this] { openSettings(m_accounts->list().isEmpty()); }); });
    connect(m_session, &AccountSession::problem, this, [this](const QString &message) {
        m_window->editorView()->banner()->showMessage(MessageBanner::Tone::Warning, message);
    });
    connect(m_window, &MainWindow::credentialsRejected, this, [this] { openSettings(false); });
    refresh();
}

void AccountsUi::openSettings(bool newAccount)
{
    if (m_dialogOpen)
        return;
    // A new account becomes the current one: the edit of the old one must be settled first.
    if (newAccount && m_session->account() && !m_window->settleUnsavedChanges())
        return;
    m_dialogOpen = true;
    SettingsDialog dialog(m_session, newAccount, m_window);
    dialog.exec();
    m_dialogOpen = false;
}

void AccountsUi::refresh()
{
    m_menu->setAccounts(m_accounts->list(), m_accounts->currentId());
    const QString warning = m_session->keyWarning();
    m_warning->setText(warning);
    m_warning->setAccessibleName(warning);
    m_warning->setToolTip(warning);
    m_warning->setVisible(!warning.isEmpty());
}

} // namespace rte::ui
