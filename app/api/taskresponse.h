// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QJsonObject>

#include <optional>

namespace rte::api {

// Checks that a 2xx body really is the task that was asked for before decoding it, so a proxy's
// "{}" or another object never turns into a default-constructed task.
class TaskResponse
{
public:
    // expectedId 0: any positive id (a task just created).
    static std::optional<core::Task> decode(const QJsonObject &json, qint64 expectedId);
};

} // namespace rte::api
