// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/storelogging.h"

namespace rte::store {

Q_LOGGING_CATEGORY(lcStore, "rte.store")

} // namespace rte::store
