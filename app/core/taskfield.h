// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/enums.h"

#include <QString>

namespace rte::core {

// Maps the JSON Pointers of problem+json errors[] onto form fields.
class TaskFields
{
public:
    static TaskField fromPointer(const QString &pointer);
    // A pointer as one spelling: "/dueTo", "dueTo", "$.dueTo", "#/template/subject" and
    // "Template.Subject" all become "dueto" or "template/subject".
    static QString normalizedPointer(const QString &pointer);
};

} // namespace rte::core
