// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "settingslink.h"

#include "presentation/accounteditor.h"
#include "settingsdialog.h"

namespace rte::ui {

using presentation::AccountEditor;

SettingsLink::SettingsLink(SettingsDialog *dialog, AccountEditor *editor, bool newAccount)
    : QObject(dialog)
{
    dialog->setValues(editor->begin(newAccount));
    dialog->showStatus(editor->status());
    connect(dialog, &SettingsDialog::testRequested, editor,
        [dialog, editor](const presentation::AccountSettings &values) {
            if (editor->test(values))
                dialog->applied();
        });
    connect(dialog, &SettingsDialog::saveRequested, editor,
        [dialog, editor](const presentation::AccountSettings &values) {
            if (editor->save(values)) {
                dialog->applied();
                dialog->saved();
            }
        });
    connect(dialog, &QDialog::rejected, editor, &AccountEditor::cancel);
    connect(editor, &AccountEditor::statusChanged, dialog,
        [dialog, editor] { dialog->showStatus(editor->status()); });
    connect(editor, &AccountEditor::tested, dialog,
        [dialog, editor](bool ok, const QString &who, const api::ApiError &error) {
            dialog->showStatus(editor->status());
            dialog->showTested(ok, who, error);
        });
    connect(editor, &AccountEditor::failed, dialog,
        [dialog](const presentation::LocalError &error) { dialog->showFailure(error.message()); });
}

} // namespace rte::ui
