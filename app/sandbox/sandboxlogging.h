// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace rte::sandbox {

// Only method, path and status are ever logged: headers carry the API key and bodies carry contact
// e-mails and phone numbers.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace rte::sandbox
