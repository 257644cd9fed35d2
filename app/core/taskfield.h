#pragma once

#include "core/enums.h"

namespace rte::core {

// Maps the JSON Pointers of problem+json errors[] onto form fields.
class TaskFields
{
public:
    static TaskField fromPointer(const QString &pointer);
};

} // namespace rte::core
