// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskfield.h"

namespace rte::core {

QString TaskFields::normalizedPointer(const QString &pointer)
{
    // The vendor writes "/dueTo" for body members, but some answers name a bare member ("dueTo"),
    // and .NET validators write JSON paths ("$.template.subject").
    QString key = pointer.trimmed().toLower();
    for (const QLatin1String prefix : {QLatin1String("#/"), QLatin1String("$."), QLatin1String("/")}) {
        if (key.startsWith(prefix)) {
            key = key.mid(prefix.size());
            break;
        }
    }
    key.replace(QLatin1Char('.'), QLatin1Char('/'));
    return key;
}

TaskField TaskFields::fromPointer(const QString &pointer)
{
    const QString key = normalizedPointer(pointer);
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
    if (key == QLatin1String("template/subject") || key == QLatin1String("subject"))
        return TaskField::Subject;
    if (key == QLatin1String("template/body") || key == QLatin1String("template")
        || key == QLatin1String("body"))
        return TaskField::Body;
    return TaskField::Form;
}

} // namespace rte::core
