// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/credentialstore.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace rte::presentation {

// The secrets of the current account, over the CredentialStore. Reads a few at once and says when
// every answer is in, so the account is applied once, whole; answers for another account, or for a
// secret the rep has typed in the meantime (skip()), are dropped. Writes and deletes what the rep
// types. Every value it sees is registered with core::Redaction first.
class SecretKeeper : public QObject
{
    Q_OBJECT
public:
    using Secret = store::CredentialStore::Secret;
    using Error = store::CredentialStore::Error;

    explicit SecretKeeper(store::CredentialStore *store, QObject *parent = nullptr);

    // Starts these reads; finished() comes at once when there are none.
    void read(const QSet<Secret> &secrets);
    // The rep typed this one: its answer is no longer waited for.
    void skip(Secret secret);
    // Forgets the reads and writes under way (their answers are dropped) and switches account.
    void reset(const QString &account);
    bool isReading() const { return !m_pending.isEmpty(); }

    // Stores the value for the account last read (an empty one deletes it, when *stored says it
    // exists: a keychain job still running at quit is best avoided). Skips its read.
    void write(Secret secret, const QString &value, bool *stored);

Q_SIGNALS:
    void secretRead(rte::store::CredentialStore::Secret secret, const QString &value);
    void secretFailed(rte::store::CredentialStore::Secret secret, rte::store::CredentialStore::Error error,
        const QString &message);
    void finished();
    void secretWritten(rte::store::CredentialStore::Secret secret);
    void writeFailed(rte::store::CredentialStore::Secret secret, rte::store::CredentialStore::Error error,
        const QString &message);

private:
    void settle(Secret secret);

    store::CredentialStore *m_store;
    QString m_account;
    QSet<Secret> m_pending;
    QSet<Secret> m_writing;
};

} // namespace rte::presentation
