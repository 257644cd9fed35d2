// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/secretfile.h"

#include "store/jsonfile.h"
#include "store/storelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rte::store {

namespace {

const QLatin1String kFormat("format");
const QLatin1String kSecrets("secrets");
constexpr int kFormatVersion = 1;
constexpr QFileDevice::Permissions kGroupAndOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kPrivateFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("rte::store::SecretFile", text);
}

} // namespace

SecretFile::SecretFile(const QString &path)
    : m_path(path)
{ }

SecretFile::Status SecretFile::readAll(QJsonObject *secrets, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *secrets = {};
        return Status::NotFound;
    }
    if ((file.permissions() & kGroupAndOthers) != 0) {
        // Someone widened it; narrow it again before anything is read from it.
        qCWarning(lcStore) << "the key file was readable by others; restricting it to its owner";
        file.setPermissions(JsonFile::kPrivate);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The key file cannot be read.");
        return file.error() == QFileDevice::PermissionsError ? Status::AccessDenied : Status::Failed;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const int format = document.object().value(kFormat).toInt(0);
    if (!document.isObject() || format < 1 || format > kFormatVersion
        || !document.object().value(kSecrets).isObject()) {
        *error = tr("The key file is damaged.");
        return Status::Failed;
    }
    *secrets = document.object().value(kSecrets).toObject();
    return Status::Ok;
}

SecretFile::Status SecretFile::writeAll(const QJsonObject &secrets, QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = tr("The folder for the key file cannot be created.");
            return Status::Failed;
        }
        QFile::setPermissions(folder, kPrivateFolder);
    }
    QString reason;
    if (!JsonFile::write(
            m_path, {{kFormat, kFormatVersion}, {kSecrets, secrets}}, &reason, JsonFile::kPrivate)) {
        qCWarning(lcStore) << "could not write the key file";
        *error = tr("The key file cannot be written.");
        return Status::Failed;
    }
    return Status::Ok;
}

SecretFile::Status SecretFile::read(const QString &entry, QString *value, QString *error) const
{
    QJsonObject secrets;
    const Status status = readAll(&secrets, error);
    if (status != Status::Ok && status != Status::NotFound)
        return status;
    if (!secrets.value(entry).isString()) {
        *error = tr("No key is stored for this account.");
        return Status::NotFound;
    }
    *value = secrets.value(entry).toString();
    return Status::Ok;
}

SecretFile::Status SecretFile::write(const QString &entry, const QString &value, QString *error)
{
    QJsonObject secrets;
    const Status status = readAll(&secrets, error);
    // A damaged file is not overwritten: it may hold the keys of other accounts.
    if (status != Status::Ok && status != Status::NotFound)
        return status;
    secrets.insert(entry, value);
    return writeAll(secrets, error);
}

SecretFile::Status SecretFile::remove(const QString &entry, QString *error)
{
    QJsonObject secrets;
    const Status status = readAll(&secrets, error);
    if (status == Status::NotFound || (status == Status::Ok && !secrets.contains(entry)))
        return Status::Ok;
    if (status != Status::Ok)
        return status;
    secrets.remove(entry);
    return writeAll(secrets, error);
}

} // namespace rte::store
