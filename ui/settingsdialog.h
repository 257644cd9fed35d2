#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rte::presentation {
class AccountSession;
}

namespace rte::ui {

// First run and Settings for one account: name, API key, base URL, "Test connection" (who the key
// acts as, or the plain error; a TLS error shows host, errors and fingerprint, and offers to add a
// company CA file, never to ignore it), the detected auth header, team and acting user, proxy. The
// key is never shown back: the field only says where it is kept. A warning stays visible while
// the key is not in the keychain. Everything is saved through the AccountSession.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // With newAccount the form starts empty and the account is made on the first Test or OK.
    SettingsDialog(presentation::AccountSession *session, bool newAccount, QWidget *parent = nullptr);

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

    void accept() override;

private:
    QWidget *buildAccountSection();
    QWidget *buildConnectionSection();
    QWidget *buildProxySection();
    void load();
    // Writes the form through the session (making the account first when it is new). False, with
    // the reason shown, when something the rep typed cannot be used.
    bool apply();
    void testConnection();
    void onTested(
        bool ok, const QString &who, const QString &message, const QList<QPair<QString, QString>> &teams);
    void pickCaFile();
    void updateKeyState();
    void updateProxyFields();
    void showResult(const QString &text, bool ok);

    presentation::AccountSession *m_session;
    bool m_new;
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
