// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QCoreApplication>

namespace rte::core {

// The words a rep reads for each enum value, in one place for the form, the list and the panel.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString taskType(TaskType type);
    static QString status(TaskStatus status);
    static QString linkedInTaskType(LinkedInTaskType type);
    static QString creationSource(CreationSource source);
    static QString field(TaskField field);
};

} // namespace rte::core
