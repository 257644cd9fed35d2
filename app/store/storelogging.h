// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace rte::store {

// "rte.store": file names, task ids, account ids, counts and outcome kinds only. Never a key,
// a password, an e-mail address, a phone number or a task body.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace rte::store
