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

TaskFilter TaskFilter::today(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    TaskFilter filter;
    filter.from = QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toUTC();
    // The API's "to" is inclusive; the last second of the day keeps tomorrow out.
    filter.to = QDateTime(local.date().addDays(1), QTime(0, 0), Qt::LocalTime).toUTC().addSecs(-1);
    return filter;
}

TaskFilter TaskFilter::thisWeek(const QDateTime &now, Qt::DayOfWeek firstDayOfWeek)
{
    const QDate today = now.toLocalTime().date();
    const int back = (today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    const QDate first = today.addDays(-back);
    TaskFilter filter;
    filter.from = QDateTime(first, QTime(0, 0), Qt::LocalTime).toUTC();
    filter.to = QDateTime(first.addDays(7), QTime(0, 0), Qt::LocalTime).toUTC().addSecs(-1);
    return filter;
}

} // namespace rte::core
