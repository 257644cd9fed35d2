// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLabel;

namespace rte::presentation {
class AccountEditor;
class AccountSession;
} // namespace rte::presentation
namespace rte::ui {

class AccountsMenu;
class MainWindow;

// Accounts as the rep meets them: the Accounts menu (switch, add, settings), the settings dialog
// when a key is needed or refused, and a warning in the status bar that stays while the key is
// kept for this session only or in a file. Failures of the account pieces show in the window's
// banner. The dialog edits through an AccountEditor: Cancel undoes what it did.
class AccountsUi : public QObject
{
    Q_OBJECT
public:
    AccountsUi(MainWindow *window, presentation::AccountSession *session, QObject *parent = nullptr);
    void openSettings(bool newAccount);
    AccountsMenu *menu() const { return m_menu; }

private:
    void refresh();
    void showFailure(const QString &message);

    MainWindow *m_window;
    presentation::AccountSession *m_session;
    presentation::AccountEditor *m_editor;
    AccountsMenu *m_menu;
    QLabel *m_warning;
    bool m_dialogOpen = false;
};

} // namespace rte::ui
