// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/secretkeeper.h"

#include "core/redaction.h"
#include "presentation/accountlogging.h"

#include <utility>

namespace rte::presentation {

SecretKeeper::SecretKeeper(store::CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &store::CredentialStore::keyRead, this,
        [this](const QString &account, const QString &value, Secret secret) {
            if (account != m_account || !m_pending.contains(secret))
                return;
            // Registered before anybody else sees it, so no log line can carry it.
            core::Redaction::registerSecret(value);
            qCDebug(lcAccount) << "read" << secret << "for account" << account;
            Q_EMIT secretRead(secret, value);
            settle(secret);
        });
    connect(
        m_store, &store::CredentialStore::keyWritten, this, [this](const QString &account, Secret secret) {
            if (account == m_account && m_writing.remove(secret))
                Q_EMIT secretWritten(secret);
        });
    connect(m_store, &store::CredentialStore::failed, this,
        [this](const QString &account, Error error, const QString &message, Secret secret) {
            if (account != m_account)
                return;
            if (m_writing.remove(secret)) {
                qCDebug(lcAccount) << "storing" << secret << "for account" << account << "failed:" << error;
                Q_EMIT writeFailed(secret, error, message);
                return;
            }
            if (!m_pending.contains(secret))
                return;
            qCDebug(lcAccount) << "reading" << secret << "for account" << account << "failed:" << error;
            Q_EMIT secretFailed(secret, error, message);
            settle(secret);
        });
}

void SecretKeeper::reset(const QString &account)
{
    m_account = account;
    m_pending.clear();
    m_writing.clear();
}

void SecretKeeper::read(const QSet<Secret> &secrets)
{
    m_pending = secrets;
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (Secret secret : secrets)
        m_store->readKey(m_account, secret);
}

void SecretKeeper::write(Secret secret, const QString &value, bool *stored)
{
    core::Redaction::registerSecret(value);
    skip(secret);
    if (value.isEmpty()) {
        if (std::exchange(*stored, false))
            m_store->deleteKey(m_account, secret);
        return;
    }
    *stored = true;
    m_writing.insert(secret);
    m_store->writeKey(m_account, value, secret);
}

void SecretKeeper::skip(Secret secret)
{
    if (m_pending.contains(secret))
        settle(secret);
}

void SecretKeeper::settle(Secret secret)
{
    if (m_pending.remove(secret) && m_pending.isEmpty())
        Q_EMIT finished();
}

} // namespace rte::presentation
