// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace rte::store {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool JsonFile::write(const QString &path, const QJsonObject &json, QString *error,
    std::optional<QFileDevice::Permissions> permissions)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        setError(error, QStringLiteral("Could not create the folder %1.").arg(directory));
        return false;
    }

    QSaveFile file(path);
    // Never fall back to writing the target in place: that is the half-written file we avoid.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QStringLiteral("Could not open %1 for writing: %2").arg(path, file.errorString()));
        return false;
    }
    if (permissions && !file.setPermissions(*permissions)) {
        file.cancelWriting();
        setError(error, QStringLiteral("Could not restrict the permissions of %1.").arg(path));
        return false;
    }
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        setError(error, QStringLiteral("Could not write %1: %2").arg(path, reason));
        return false;
    }
    if (!file.commit()) {
        setError(error, QStringLiteral("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<QJsonObject> JsonFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("Could not open %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error,
            QStringLiteral("%1 is not valid JSON (%2 at byte %3).")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        setError(error, QStringLiteral("%1 does not hold a JSON object.").arg(path));
        return std::nullopt;
    }
    return document.object();
}

} // namespace rte::store
