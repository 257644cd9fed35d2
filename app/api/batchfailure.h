// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rte::api {

// One task a bulk or batch call did not process: the answer {"<id>": {error, errorDetails}} lists only
// those. `error` is normalised to the camelCase name ("notFound", "cannotComplete"): the vendor's pages
// show numbers (1, 7) as well as names.
struct BatchFailure
{
    QString error;
    QString details;

    static std::optional<BatchFailure> fromJson(const QJsonValue &value);
    bool operator==(const BatchFailure &o) const { return error == o.error && details == o.details; }
};

} // namespace rte::api

Q_DECLARE_METATYPE(rte::api::BatchFailure)
