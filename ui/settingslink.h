// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace rte::presentation {
class AccountEditor;
}

namespace rte::ui {

class SettingsDialog;

// Connects one SettingsDialog to an AccountEditor for one pass: fills the form from begin(),
// hands Test and OK to the editor, shows what comes back, and cancels the pass when the dialog is
// rejected (Cancel, Escape, the window's close button).
class SettingsLink : public QObject
{
    Q_OBJECT
public:
    SettingsLink(SettingsDialog *dialog, presentation::AccountEditor *editor, bool newAccount);
};

} // namespace rte::ui
