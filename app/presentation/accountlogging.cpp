// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/accountlogging.h"

namespace rte::presentation {

Q_LOGGING_CATEGORY(lcAccount, "rte.account")

} // namespace rte::presentation
