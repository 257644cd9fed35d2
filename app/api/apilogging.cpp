// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/apilogging.h"

namespace rte::api {

Q_LOGGING_CATEGORY(lcApi, "rte.api")

} // namespace rte::api
