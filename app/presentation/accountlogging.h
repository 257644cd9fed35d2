// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace rte::presentation {

// "rte.account": account ids, which secret was read or written, key state, outcome kinds. Never a
// key, a password, an e-mail address or a base URL's user info.
Q_DECLARE_LOGGING_CATEGORY(lcAccount)

} // namespace rte::presentation
