// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "presentation/accountsettings.h"
#include "presentation/localerror.h"
#include "store/account.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace rte::presentation {

class AccountSession;

// One pass of Settings or Add Account over the session. begin() says what to show; apply() writes
// what the rep entered (making the new account and switching to it first), for "Test connection"
// (test()) or OK (save()); cancel() undoes every apply() of this pass: a new account goes again
// with its secrets and folder and the account that was current is current again; an edited one
// gets back its record, its connection file and its secrets. Failures are failed() with a
// LocalError (also those of the session's pieces while the pass is open); a test's outcome is
// tested(), with an api::ApiError when it failed.
class AccountEditor : public QObject
{
    Q_OBJECT
public:
    explicit AccountEditor(AccountSession *session, QObject *parent = nullptr);
    ~AccountEditor() override;

    // Starts a pass: the values to show (a new account's are empty but for its name).
    AccountSettings begin(bool newAccount);
    bool isOpen() const { return m_open; }
    AccountStatus status() const;

    // Writes and applies the values; false (and failed()) when they could not be used.
    bool apply(const AccountSettings &values);
    // apply(), then the connection test.
    bool test(const AccountSettings &values);
    // apply(), and the pass ends: what it wrote stays.
    bool save(const AccountSettings &values);
    // The pass ends: what it wrote is undone.
    void cancel();

Q_SIGNALS:
    void tested(bool ok, const QString &who, const rte::api::ApiError &error);
    void statusChanged();
    void failed(const rte::presentation::LocalError &error);

private:
    void end();

    QPointer<AccountSession> m_session;
    bool m_open = false;
    bool m_new = false;
    bool m_applied = false;
    QString m_previousId; // current when the pass began
    QString m_createdId; // the account this pass made
    std::optional<store::Account> m_recordBefore;
    ConnectionSettings m_connectionBefore;
    bool m_connectionFileExisted = false;
    QList<QMetaObject::Connection> m_relays;
};

} // namespace rte::presentation
