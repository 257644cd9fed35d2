// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/accounteditor.h"

#include "presentation/accountlogging.h"
#include "presentation/accountsession.h"
#include "presentation/accountswitcher.h"
#include "presentation/connectioncheck.h"
#include "presentation/connectionsettingsfile.h"
#include "presentation/keystate.h"

namespace rte::presentation {

AccountEditor::AccountEditor(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

AccountEditor::~AccountEditor()
{
    // A pass nobody finished (its dialog went away) counts as cancelled.
    if (m_open && m_session)
        cancel();
}

AccountSettings AccountEditor::begin(bool newAccount)
{
    if (m_open)
        cancel();
    m_open = true;
    m_new = newAccount;
    m_applied = false;
    m_createdId.clear();
    AccountSwitcher *switcher = m_session->switcher();
    KeyState *keys = m_session->keys();
    ConnectionSettingsFile *file = m_session->settingsFile();
    m_previousId = switcher->currentId();
    m_recordBefore = newAccount ? std::nullopt : switcher->current();
    m_connectionBefore = file->current();
    m_connectionFileExisted = m_recordBefore && file->exists(m_recordBefore->id);
    keys->checkpoint();

    // While the pass is open, what goes wrong in the pieces is the dialog's business too.
    m_relays = {
        connect(keys, &KeyState::failed, this, &AccountEditor::failed),
        connect(switcher, &AccountSwitcher::failed, this, &AccountEditor::failed),
        connect(file, &ConnectionSettingsFile::failed, this, &AccountEditor::failed),
        connect(keys, &KeyState::stateChanged, this, &AccountEditor::statusChanged),
        connect(switcher, &AccountSwitcher::switched, this, &AccountEditor::statusChanged),
        connect(m_session->check(), &ConnectionCheck::headerDetected, this, &AccountEditor::statusChanged),
        connect(m_session->check(), &ConnectionCheck::tested, this, &AccountEditor::tested),
    };

    AccountSettings values;
    if (!m_recordBefore) {
        values.name = tr("My Reply account");
        return values;
    }
    values.name = m_recordBefore->name;
    values.baseUrl = m_recordBefore->baseUrl;
    values.teamId = m_recordBefore->teamId;
    values.actingUserId = m_recordBefore->actingUserId;
    values.actingUserEmail = keys->actingUserEmail();
    values.connection = m_connectionBefore;
    return values;
}

AccountStatus AccountEditor::status() const
{
    AccountStatus status;
    const KeyState *keys = m_session->keys();
    status.environmentKey = keys->usesEnvironmentKey();
    status.offerKeyFile = keys->keychainMissing() && !keys->keyFilePath().isEmpty();
    // A new account has nothing to show until it exists.
    const auto account
        = m_open && m_new && m_createdId.isEmpty() ? std::nullopt : m_session->switcher()->current();
    if (!account)
        return status;
    status.keyState = keys->state();
    status.storedKey = keys->hasStoredKey();
    status.keyWarning = keys->keyWarning();
    status.authHeader = account->authHeader;
    return status;
}

bool AccountEditor::apply(const AccountSettings &values)
{
    if (!m_open)
        return false;
    AccountSwitcher *switcher = m_session->switcher();
    if (m_new && m_createdId.isEmpty()) {
        store::Account fresh;
        fresh.name = values.name.trimmed();
        m_createdId = switcher->add(fresh);
        if (m_createdId.isEmpty())
            return false;
        m_applied = true;
        qCDebug(lcAccount) << "made account" << m_createdId << "for a Settings pass";
        if (!switcher->switchTo(m_createdId))
            return false;
    }
    auto account = switcher->current();
    if (!account) {
        Q_EMIT failed(LocalError(LocalError::Kind::AccountList, tr("Choose or add an account first.")));
        return false;
    }
    m_applied = true;
    account->name = values.name.trimmed();
    account->baseUrl = values.baseUrl;
    account->teamId = values.teamId.trimmed();
    account->actingUserId = values.actingUserId.trimmed();
    // The e-mail is personal data: keychain only, never the settings file.
    account->actingUserEmail = account->actingUserId.isEmpty() ? values.actingUserEmail.trimmed() : QString();
    if (!switcher->updateCurrent(*account)
        || !m_session->settingsFile()->save(account->id, values.connection))
        return false;
    KeyState *keys = m_session->keys();
    keys->saveActingUserEmail(account->actingUserEmail);
    keys->saveProxyPassword(values.proxyPassword);
    m_session->applyConnection();
    if (!values.apiKey.trimmed().isEmpty() && !keys->saveKey(values.apiKey, values.keyInFile))
        return false;
    Q_EMIT statusChanged();
    return true;
}

bool AccountEditor::test(const AccountSettings &values)
{
    if (!apply(values))
        return false;
    m_session->check()->test(m_session->switcher()->currentId());
    return true;
}

bool AccountEditor::save(const AccountSettings &values)
{
    if (!apply(values))
        return false;
    m_session->keys()->dropCheckpoint();
    end();
    return true;
}

void AccountEditor::cancel()
{
    if (!m_open)
        return;
    const bool applied = m_applied;
    end(); // what the undo says is not the dialog's any more
    if (!applied) {
        m_session->keys()->dropCheckpoint();
        return;
    }
    // A test still under way must not remember a header for what is being undone.
    m_session->check()->abort();
    AccountSwitcher *switcher = m_session->switcher();
    KeyState *keys = m_session->keys();
    if (m_new) {
        if (!m_createdId.isEmpty() && switcher->currentId() == m_createdId)
            keys->forgetAccount();
        else
            keys->dropCheckpoint();
        if (!m_createdId.isEmpty())
            switcher->removeNew(m_createdId);
        if (m_previousId.isEmpty())
            switcher->close();
        else
            switcher->switchTo(m_previousId);
        qCDebug(lcAccount) << "cancelled new account" << m_createdId;
        return;
    }
    keys->restoreCheckpoint();
    if (m_recordBefore) {
        switcher->updateCurrent(*m_recordBefore);
        ConnectionSettingsFile *file = m_session->settingsFile();
        if (m_connectionFileExisted)
            file->save(m_recordBefore->id, m_connectionBefore);
        else
            file->remove(m_recordBefore->id);
    }
    m_session->applyConnection();
    qCDebug(lcAccount) << "cancelled the changes to account" << switcher->currentId();
}

void AccountEditor::end()
{
    for (const QMetaObject::Connection &relay : std::as_const(m_relays))
        disconnect(relay);
    m_relays.clear();
    m_open = false;
}

} // namespace rte::presentation
