#include "core/taskfield.h"

namespace rte::core {

TaskField TaskFields::fromPointer(const QString &pointer)
{
    // The vendor writes "/dueTo" for body members, but some answers name a bare member ("dueTo").
    QString key = pointer.startsWith(QLatin1Char('/')) ? pointer.mid(1) : pointer;
    key = key.toLower();
    if (key == QLatin1String("tasktype"))
        return TaskField::TaskType;
    if (key == QLatin1String("linkedintasktype"))
        return TaskField::LinkedInTaskType;
    if (key == QLatin1String("contactid"))
        return TaskField::ContactId;
    if (key == QLatin1String("startat"))
        return TaskField::StartAt;
    if (key == QLatin1String("dueto"))
        return TaskField::DueTo;
    if (key == QLatin1String("template/subject"))
        return TaskField::Subject;
    if (key == QLatin1String("template/body") || key == QLatin1String("template"))
        return TaskField::Body;
    return TaskField::Form;
}

} // namespace rte::core
