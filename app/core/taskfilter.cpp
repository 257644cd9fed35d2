// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskfilter.h"

#include "core/taskcodec.h"

namespace rte::core {

QJsonObject TaskFilter::toJson() const
{
    QJsonObject json;
    if (taskType)
        json.insert(QLatin1String("taskType"), TaskCodec::toWire(*taskType));
    if (status)
        json.insert(QLatin1String("status"), TaskCodec::toWire(*status));
    if (overdue)
        json.insert(QLatin1String("overdue"), *overdue);
    if (from.isValid())
        json.insert(QLatin1String("from"), TaskCodec::dateTimeToWire(from));
    if (to.isValid())
        json.insert(QLatin1String("to"), TaskCodec::dateTimeToWire(to));
    if (contactId)
        json.insert(QLatin1String("contactId"), double(*contactId));
    if (assignedUserId)
        json.insert(QLatin1String("assignedUserId"), double(*assignedUserId));
    return json;
}

TaskFilter TaskFilter::days(const QDateTime &now, int firstDay, int count)
{
    const QDate first = now.toLocalTime().date().addDays(firstDay);
    TaskFilter filter;
    // Each end is a local midnight of its own (a daylight-saving change may lie between them).
    filter.from = QDateTime(first, QTime(0, 0), Qt::LocalTime).toUTC();
    // The API's "to" is inclusive; the last second of the last day keeps the next day out.
    filter.to = QDateTime(first.addDays(count), QTime(0, 0), Qt::LocalTime).toUTC().addSecs(-1);
    return filter;
}

TaskFilter TaskFilter::today(const QDateTime &now)
{
    return days(now, 0, 1);
}

TaskFilter TaskFilter::tomorrow(const QDateTime &now)
{
    return days(now, 1, 1);
}

TaskFilter TaskFilter::nextSevenDays(const QDateTime &now)
{
    return days(now, 0, 7);
}

TaskFilter TaskFilter::thisWeek(const QDateTime &now, Qt::DayOfWeek firstDayOfWeek)
{
    const QDate today = now.toLocalTime().date();
    const int back = (today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return days(now, -back, 7);
}

} // namespace rte::core
