// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/batchfailure.h"

#include <QJsonObject>

namespace rte::api {

std::optional<BatchFailure> BatchFailure::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue error = object.value(QLatin1String("error"));
    BatchFailure failure;
    if (error.isString()) {
        failure.error = error.toString().trimmed();
    } else if (error.isDouble()) {
        // The numeric codes of the older pages; any other number is kept as it came.
        switch (error.toInt(-1)) {
        case 1:
            failure.error = QStringLiteral("notFound");
            break;
        case 7:
            failure.error = QStringLiteral("cannotComplete");
            break;
        default:
            failure.error = QString::number(error.toDouble());
            break;
        }
    }
    if (failure.error.isEmpty())
        failure.error = QStringLiteral("unknown");
    // errorDetails per the SPEC; "details" is accepted too.
    QJsonValue details = object.value(QLatin1String("errorDetails"));
    if (!details.isString())
        details = object.value(QLatin1String("details"));
    failure.details = details.toString();
    return failure;
}

} // namespace rte::api
