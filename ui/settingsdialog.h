// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "presentation/accountsettings.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rte::ui {

// First run and Settings for one account: name, API key, base URL, "Test connection" (who the key
// acts as, or the plain error; a TLS error shows host, errors and fingerprint, and offers to add a
// company CA file, never to ignore it), the detected auth header, team and acting user, proxy. The
// key is never shown back: the field only says where it is kept. A warning stays visible while
// the key is not in the keychain. It only edits values and asks: Test and OK hand what the rep
// entered on as signals (SettingsLink passes them to the presentation's AccountEditor, which
// writes them); it never writes anything itself. The outcome comes back through showTested(),
// showFailure(), showStatus() and applied(). OK closes the dialog only once saved() says the
// values were taken; Cancel just rejects (the editor undoes).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // With newAccount the title says "Add Reply Account".
    explicit SettingsDialog(bool newAccount, QWidget *parent = nullptr);

    // Fills the form (a password is never shown back: only where it is kept).
    void setValues(const presentation::AccountSettings &values);
    // What the rep entered, when the form can be used (else the reason is shown, and nullopt).
    std::optional<presentation::AccountSettings> values();

    void showStatus(const presentation::AccountStatus &status);
    void showTested(bool ok, const QString &who, const api::ApiError &error);
    void showFailure(const QString &message);
    // The values were written: the typed secrets leave the form.
    void applied();
    // The values were saved: the dialog closes as accepted.
    void saved();

    // Replaces the file dialog for the company CA (tests answer without a modal dialog).
    void setFilePicker(std::function<QString(QWidget *)> picker) { m_pickFile = std::move(picker); }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *authHeaderLabel() const { return m_authHeader; }
    QLabel *keyWarningLabel() const { return m_warning; }
    QComboBox *teamBox() const { return m_team; }
    QPushButton *addCaButton() const { return m_addCa; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QComboBox *proxyModeBox() const { return m_proxyMode; }

    // OK: asks saveRequested(); the dialog stays open until saved().
    void accept() override;

Q_SIGNALS:
    void testRequested(const rte::presentation::AccountSettings &values);
    void saveRequested(const rte::presentation::AccountSettings &values);

private:
    QWidget *buildAccountSection();
    QWidget *buildConnectionSection();
    QWidget *buildProxySection();
    void testConnection();
    void pickCaFile();
    void updateProxyFields();
    void showResult(const QString &text, bool ok);

    std::function<QString(QWidget *)> m_pickFile;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QCheckBox *m_keyFile;
    QLabel *m_warning;
    QLineEdit *m_baseUrl;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_authHeader;
    QComboBox *m_team;
    QLineEdit *m_actingUserId;
    QLineEdit *m_actingUserEmail;
    QLineEdit *m_caFile;
    QPushButton *m_addCa;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
};

} // namespace rte::ui
