// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "api/replyclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rte::ui {

namespace {

using Mode = presentation::ConnectionSettings::ProxyMode;

// A row whose label carries the mnemonic and whose field is named after it for screen readers.
void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *caption = new QLabel(label);
    caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(caption, field);
}

QLabel *statusLabel(const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(bool newAccount, QWidget *parent)
    : QDialog(parent)
    , m_pickFile([](QWidget *owner) {
        return QFileDialog::getOpenFileName(owner, tr("Company CA certificate"), QString(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    })
{
    setWindowTitle(newAccount ? tr("Add Reply Account") : tr("Settings"));
    setMinimumWidth(560); // room for a pasted key, an address and the test result
    auto *layout = new QVBoxLayout(this);
    m_warning = statusLabel(tr("Key storage warning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2c00; padding: 6px; }"));
    layout->addWidget(m_warning);
    layout->addWidget(buildAccountSection());
    layout->addWidget(buildConnectionSection());
    layout->addWidget(buildProxySection());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    showStatus(presentation::AccountStatus());
    updateProxyFields();
}

QWidget *SettingsDialog::buildAccountSection()
{
    auto *box = new QGroupBox(tr("Account"));
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit;
    addRow(form, tr("&Name:"), m_name);
    m_key = new QLineEdit;
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    addRow(form, tr("API &key:"), m_key);
    m_keyFile = new QCheckBox(tr("&Keep the key in a file only I can read (no keychain here)"));
    form->addRow(m_keyFile);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setPlaceholderText(api::ReplyClient::defaultBaseUrl().toString());
    addRow(form, tr("&Base URL:"), m_baseUrl);
    m_test = new QPushButton(tr("&Test Connection"));
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    form->addRow(m_test);
    m_result = statusLabel(tr("Connection test result"));
    form->addRow(m_result);
    m_authHeader = statusLabel(tr("Auth header"));
    // A read-only status, not a field: its caption gets no buddy and no mnemonic.
    form->addRow(new QLabel(tr("Auth header:")), m_authHeader);
    return box;
}

QWidget *SettingsDialog::buildConnectionSection()
{
    auto *box = new QGroupBox(tr("Team and security"));
    auto *form = new QFormLayout(box);
    m_team = new QComboBox;
    m_team->setEditable(true); // a team id can be typed, or picked after a "choose a team" answer
    addRow(form, tr("T&eam ID:"), m_team);
    m_actingUserId = new QLineEdit;
    addRow(form, tr("Act as user &ID:"), m_actingUserId);
    m_actingUserEmail = new QLineEdit;
    addRow(form, tr("Act as user e-&mail:"), m_actingUserEmail);
    m_caFile = new QLineEdit;
    addRow(form, tr("Company &CA file:"), m_caFile);
    m_addCa = new QPushButton(tr("&Add Company CA File…"));
    connect(m_addCa, &QPushButton::clicked, this, &SettingsDialog::pickCaFile);
    form->addRow(m_addCa);
    return box;
}

QWidget *SettingsDialog::buildProxySection()
{
    auto *box = new QGroupBox(tr("Proxy"));
    auto *form = new QFormLayout(box);
    m_proxyMode = new QComboBox;
    m_proxyMode->addItem(tr("System settings"), int(Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(Mode::None));
    m_proxyMode->addItem(tr("Manual HTTP proxy"), int(Mode::Http));
    m_proxyMode->addItem(tr("Manual SOCKS5 proxy"), int(Mode::Socks5));
    addRow(form, tr("&Proxy:"), m_proxyMode);
    m_proxyHost = new QLineEdit;
    addRow(form, tr("&Host:"), m_proxyHost);
    m_proxyPort = new QSpinBox;
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(8080);
    addRow(form, tr("P&ort:"), m_proxyPort);
    m_proxyUser = new QLineEdit;
    addRow(form, tr("&User:"), m_proxyUser);
    m_proxyPassword = new QLineEdit;
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    addRow(form, tr("Pass&word:"), m_proxyPassword);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    return box;
}

void SettingsDialog::setValues(const presentation::AccountSettings &values)
{
    m_name->setText(values.name);
    m_baseUrl->setText(values.baseUrl.isValid() && values.baseUrl != api::ReplyClient::defaultBaseUrl()
            ? values.baseUrl.toString()
            : QString());
    m_team->setEditText(values.teamId);
    m_actingUserId->setText(values.actingUserId);
    m_actingUserEmail->setText(values.actingUserEmail);
    const presentation::ConnectionSettings &connection = values.connection;
    m_caFile->setText(connection.caFile);
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(connection.proxyMode)));
    m_proxyHost->setText(connection.proxyHost);
    if (connection.proxyPort > 0)
        m_proxyPort->setValue(connection.proxyPort);
    m_proxyUser->setText(connection.proxyUser);
    m_proxyPassword->setPlaceholderText(
        connection.proxyUser.isEmpty() ? QString() : tr("Stored in the keychain"));
    updateProxyFields();
}

void SettingsDialog::showStatus(const presentation::AccountStatus &status)
{
    using State = presentation::KeyState::State;
    QString where;
    if (status.environmentKey)
        where = tr("REPLY_API_KEY is set and used instead of a stored key");
    else if (status.keyState == State::FileFallback)
        where = tr("Stored in a file only you can read");
    else if (status.keyState == State::SessionOnlyKey)
        where = tr("Kept until you quit");
    else if (status.storedKey)
        where = tr("Stored in the keychain");
    m_key->setPlaceholderText(where.isEmpty() ? tr("Paste your key from Reply → Settings → API Key") : where);
    m_keyFile->setVisible(status.offerKeyFile);
    m_warning->setText(status.keyWarning);
    m_warning->setVisible(!status.keyWarning.isEmpty());

    QString header = tr("Not detected yet: press Test Connection");
    if (status.authHeader == store::Account::AuthHeader::XApiKey)
        header = tr("X-API-Key");
    else if (status.authHeader == store::Account::AuthHeader::Bearer)
        header = tr("Authorization: Bearer");
    m_authHeader->setText(header);
}

void SettingsDialog::updateProxyFields()
{
    const auto mode = Mode(m_proxyMode->currentData().toInt());
    const bool manual = mode == Mode::Http || mode == Mode::Socks5;
    for (QWidget *field : {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
             static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        field->setEnabled(manual);
}

void SettingsDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setAccessibleDescription(text);
    m_result->setStyleSheet(
        ok ? QStringLiteral("QLabel { color: #0b6a0b; }") : QStringLiteral("QLabel { color: #a4262c; }"));
}

std::optional<presentation::AccountSettings> SettingsDialog::values()
{
    const QString baseText = m_baseUrl->text().trimmed();
    const QUrl baseUrl(baseText, QUrl::StrictMode);
    if (!baseText.isEmpty()
        && (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))) {
        showResult(tr("The base URL must look like https://api.reply.io."), false);
        m_baseUrl->setFocus();
        return std::nullopt;
    }
    presentation::AccountSettings values;
    values.name = m_name->text().trimmed();
    values.apiKey = m_key->text().trimmed();
    values.keyInFile = m_keyFile->isVisible() && m_keyFile->isChecked();
    values.baseUrl = baseText.isEmpty() ? QUrl() : baseUrl;
    // A team picked from the list carries its id; a typed one is the text itself.
    const int teamIndex = m_team->findText(m_team->currentText());
    values.teamId = teamIndex >= 0 && m_team->itemData(teamIndex).isValid()
        ? m_team->itemData(teamIndex).toString()
        : m_team->currentText().trimmed();
    values.actingUserId = m_actingUserId->text().trimmed();
    values.actingUserEmail = m_actingUserEmail->text().trimmed();
    values.connection.caFile = m_caFile->text().trimmed();
    values.connection.proxyMode = Mode(m_proxyMode->currentData().toInt());
    values.connection.proxyHost = m_proxyHost->text().trimmed();
    values.connection.proxyPort = m_proxyPort->value();
    values.connection.proxyUser = m_proxyUser->text().trimmed();
    values.proxyPassword = m_proxyPassword->text();
    return values;
}

void SettingsDialog::applied()
{
    // Never kept in the form once they were handed on.
    m_key->clear();
    if (!m_proxyPassword->text().isEmpty()) {
        m_proxyPassword->clear();
        m_proxyPassword->setPlaceholderText(tr("Stored in the keychain"));
    }
}

void SettingsDialog::saved()
{
    QDialog::accept();
}

void SettingsDialog::showFailure(const QString &message)
{
    showResult(message, false);
}

void SettingsDialog::testConnection()
{
    if (const auto entered = values()) {
        showResult(tr("Testing the connection…"), true);
        Q_EMIT testRequested(*entered);
    }
}

void SettingsDialog::showTested(bool ok, const QString &who, const api::ApiError &error)
{
    if (ok) {
        showResult(tr("Connected as %1.").arg(who), true);
        return;
    }
    const QString message = error.message();
    showResult(message, false);
    if (error.kind() == api::ApiError::Kind::Tls) {
        m_addCa->setFocus(); // the one way forward the app offers: trust the company's CA
        return;
    }
    const QList<QPair<QString, QString>> teams = error.teams();
    if (!teams.isEmpty()) {
        m_team->clear();
        for (const auto &team : teams)
            m_team->addItem(tr("%1 (%2)").arg(team.second, team.first), team.first);
        m_team->setCurrentIndex(0);
        showResult(message + QLatin1Char(' ') + tr("Pick a team and test again."), false);
        m_team->setFocus();
    }
}

void SettingsDialog::pickCaFile()
{
    const QString path = m_pickFile ? m_pickFile(this) : QString();
    if (path.isEmpty())
        return;
    m_caFile->setText(path);
    showResult(tr("The company CA will be trusted for this account. Test the connection again."), true);
}

void SettingsDialog::accept()
{
    if (const auto entered = values())
        Q_EMIT saveRequested(*entered);
}

} // namespace rte::ui
