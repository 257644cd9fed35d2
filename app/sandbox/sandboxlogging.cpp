// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "sandboxlogging.h"

namespace rte::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "rte.sandbox")

} // namespace rte::sandbox
