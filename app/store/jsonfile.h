// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFileDevice>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rte::store {

// Whole-file JSON reads and writes. A write goes to a temporary file beside the target and is
// renamed over it only when every byte is on disk (QSaveFile), so a reader sees the old file or
// the new one, never a half-written one.
class JsonFile
{
public:
    // Owner read and write only: for anything that holds a secret.
    static constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates the parent directory when missing. With permissions set, they are applied to the
    // temporary file before the first byte is written. Returns false and a plain reason on failure.
    static bool write(const QString &path, const QJsonObject &json, QString *error,
        std::optional<QFileDevice::Permissions> permissions = std::nullopt);

    // nullopt with a plain reason for a missing, unreadable or malformed file.
    static std::optional<QJsonObject> read(const QString &path, QString *error);
};

} // namespace rte::store
