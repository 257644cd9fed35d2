// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace rte::api {

// "rte.api": method, path, status and outcome kind only. Never the API key, auth headers,
// bodies, e-mail addresses or phone numbers.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace rte::api
