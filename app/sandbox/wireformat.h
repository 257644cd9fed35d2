// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QJsonValue;

namespace rte::sandbox {

// The sandbox's own reading of the wire format: enums as camelCase strings on output, strings or the
// legacy integers on input; date-times as UTC RFC 3339 with "Z" on output, Z / offset / no offset
// (taken as UTC) on input. Deliberately independent of the app's codec.
class WireFormat
{
public:
    static std::optional<QString> taskType(const QJsonValue &value);
    static std::optional<QString> status(const QJsonValue &value);
    static std::optional<QString> linkedInTaskType(const QJsonValue &value);
    static std::optional<QString> callResolution(const QJsonValue &value);

    static std::optional<QDateTime> parseDateTime(const QJsonValue &value);
    static std::optional<QDateTime> parseDateTime(const QString &text);
    static QString formatDateTime(const QDateTime &dateTime);

    // Integral JSON numbers only: 3 and 3.0 are ids, 3.5 and "3" are not.
    static std::optional<qint64> integer(const QJsonValue &value);

    static bool isTaskType(const QString &name);
};

} // namespace rte::sandbox
