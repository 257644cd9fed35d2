// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QJsonObject;

namespace rte::store {

// The opt-in fallback for a machine without a keychain: secrets in one JSON file that only its
// owner may read or write (0600, set on the temporary file before the first byte). Not
// encrypted; CredentialStore uses it only after the rep chose it.
class SecretFile
{
public:
    enum class Status
    {
        Ok,
        NotFound,
        AccessDenied,
        Failed
    };

    explicit SecretFile(const QString &path);

    QString path() const { return m_path; }
    Status read(const QString &entry, QString *value, QString *error) const;
    Status write(const QString &entry, const QString &value, QString *error);
    Status remove(const QString &entry, QString *error);

private:
    Status readAll(QJsonObject *secrets, QString *error) const;
    Status writeAll(const QJsonObject &secrets, QString *error);

    QString m_path;
};

} // namespace rte::store
