#pragma once

#include "core/enums.h"

namespace rte::core {

// Maps the JSON Pointers of problem+json errors[] onto form fields, and back.
class TaskFields
{
public:
    static TaskField fromPointer(const QString &pointer);
    static QString pointer(TaskField field);
};

} // namespace rte::core
