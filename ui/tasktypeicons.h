// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QIcon>

namespace rte::ui {

// An icon per task type: the desktop theme's when it has one, else a drawn badge, so the list
// never shows a blank where a type should be.
class TaskTypeIcons
{
public:
    static QIcon icon(core::TaskType type);
};

} // namespace rte::ui
