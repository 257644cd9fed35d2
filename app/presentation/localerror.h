// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace rte::presentation {

// A failure on this computer while keeping accounts: the keychain, the account list, a connection
// settings file, a company CA file, the demo server, or a value the rep has not given yet. Shaped
// like api::ApiError (a kind and a message in plain words) and sent the same way, as the one
// argument of a failed() signal, so the window shows both alike. Reply's own answers stay
// api::ApiError.
class LocalError
{
    Q_GADGET
public:
    enum class Kind
    {
        None,
        Keychain, // the keychain (or the key file) refused a read or a write
        AccountList, // the list of accounts could not be written, or the account is gone
        SettingsFile, // an account's connection.ini could not be written
        Certificate, // the company CA file could not be read
        DemoServer, // the practice server could not start on the loopback address
        MissingInput // something the rep has to give first (a key, an account)
    };
    Q_ENUM(Kind)

    LocalError() = default;
    LocalError(Kind kind, const QString &message)
        : m_kind(kind)
        , m_message(message)
    { }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // What happened and what to do next, for the rep.
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace rte::presentation

Q_DECLARE_METATYPE(rte::presentation::LocalError)
