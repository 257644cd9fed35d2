// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "accountsui.h"

#include "accountsmenu.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "presentation/accounteditor.h"
#include "presentation/accountsession.h"
#include "presentation/accountswitcher.h"
#include "presentation/connectioncheck.h"
#include "presentation/connectionsettingsfile.h"
#include "presentation/keystate.h"
#include "settingsdialog.h"
#include "settingslink.h"
#include "taskeditorview.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace rte::ui {

using presentation::AccountSession;
using presentation::LocalError;

AccountsUi::AccountsUi(MainWindow *window, AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_editor(new presentation::AccountEditor(session, this))
    , m_menu(new AccountsMenu(window))
    , m_warning(new QLabel(window))
{
    window->menuBar()->insertMenu(window->menuBar()->actions().value(1), m_menu);
    m_warning->setObjectName(QStringLiteral("keyWarning"));
    m_warning->setWordWrap(false);
    window->statusBar()->addPermanentWidget(m_warning);

    presentation::AccountSwitcher *switcher = session->switcher();
    connect(m_menu, &AccountsMenu::switchRequested, this, [this, switcher](const QString &id) {
        if (id != switcher->currentId() && m_window->settleUnsavedChanges())
            switcher->switchTo(id);
    });
    connect(m_menu, &AccountsMenu::addRequested, this, [this] { openSettings(true); });
    connect(m_menu, &AccountsMenu::settingsRequested, this, [this] { openSettings(false); });
    connect(session->switcher(), &presentation::AccountSwitcher::accountsChanged, this, &AccountsUi::refresh);
    connect(session, &AccountSession::accountChanged, this, &AccountsUi::refresh);
    connect(session->keys(), &presentation::KeyState::stateChanged, this, &AccountsUi::refresh);
    // Asked from the event loop: the session may say it while it is still starting.
    connect(session, &AccountSession::keyNeeded, this, [this] {
        QTimer::singleShot(0, this, [this] { openSettings(m_session->switcher()->accounts().isEmpty()); });
    });
    const auto showLocal = [this](const LocalError &error) {
        showFailure(error.message());
    };
    connect(switcher, &presentation::AccountSwitcher::failed, this, showLocal);
    connect(session->keys(), &presentation::KeyState::failed, this, showLocal);
    connect(session->settingsFile(), &presentation::ConnectionSettingsFile::failed, this, showLocal);
    // The check after a key arrived; the rep's own tests answer in the dialog.
    connect(session->check(), &presentation::ConnectionCheck::failed, this,
        [this](const api::ApiError &error) { showFailure(error.message()); });
    connect(m_window, &MainWindow::credentialsRejected, this, [this] { openSettings(false); });
    refresh();
}

void AccountsUi::openSettings(bool newAccount)
{
    if (m_dialogOpen)
        return;
    // A new account becomes the current one: the edit of the old one must be settled first.
    if (newAccount && m_session->switcher()->current() && !m_window->settleUnsavedChanges())
        return;
    m_dialogOpen = true;
    SettingsDialog dialog(newAccount, m_window);
    new SettingsLink(&dialog, m_editor, newAccount);
    dialog.exec();
    m_dialogOpen = false;
}

void AccountsUi::refresh()
{
    m_menu->setAccounts(m_session->switcher()->accounts(), m_session->switcher()->currentId());
    const QString warning = m_session->keys()->keyWarning();
    m_warning->setText(warning);
    m_warning->setAccessibleName(warning);
    m_warning->setToolTip(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void AccountsUi::showFailure(const QString &message)
{
    m_window->editorView()->banner()->showMessage(MessageBanner::Tone::Warning, message);
}

} // namespace rte::ui
