// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "wireformat.h"

#include <QJsonValue>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

namespace rte::sandbox {

namespace {

struct EnumEntry
{
    int legacy;
    const char *name;
};

// Integer values are the older docs' enum numbers; gaps (taskType 1, 3, 6) are not valid.
constexpr EnumEntry TaskTypes[] = {{0, "toDo"}, {2, "call"}, {4, "meeting"}, {5, "linkedIn"},
    {7, "manualEmail"}, {8, "sms"}, {9, "whatsApp"}};
constexpr EnumEntry Statuses[]
    = {{0, "new"}, {1, "finished"}, {3, "cancelled"}, {4, "archived"}, {5, "sequenceDetached"}};
constexpr EnumEntry LinkedInTypes[] = {{0, "message"}, {1, "connect"}, {2, "inMail"}, {3, "viewProfile"}};
constexpr EnumEntry CallResolutions[] = {{0, "positive"}, {1, "toCall"}, {2, "negative"}};

template<std::size_t N>
std::optional<QString> lookup(const EnumEntry (&table)[N], const QJsonValue &value)
{
    if (value.isString()) {
        // Case-insensitive, because older pages spell the same values in PascalCase ("ManualEmail").
        const QString text = value.toString().trimmed();
        for (const EnumEntry &e : table) {
            if (text.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(e.name);
        }
        return std::nullopt;
    }
    if (const auto number = WireFormat::integer(value)) {
        for (const EnumEntry &e : table) {
            if (e.legacy == *number)
                return QString::fromLatin1(e.name);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> WireFormat::taskType(const QJsonValue &value)
{
    return lookup(TaskTypes, value);
}

std::optional<QString> WireFormat::status(const QJsonValue &value)
{
    return lookup(Statuses, value);
}

std::optional<QString> WireFormat::linkedInTaskType(const QJsonValue &value)
{
    return lookup(LinkedInTypes, value);
}

std::optional<QString> WireFormat::callResolution(const QJsonValue &value)
{
    return lookup(CallResolutions, value);
}

bool WireFormat::isTaskType(const QString &name)
{
    for (const EnumEntry &e : TaskTypes) {
        if (name == QLatin1String(e.name))
            return true;
    }
    return false;
}

std::optional<qint64> WireFormat::integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

std::optional<QDateTime> WireFormat::parseDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return parseDateTime(value.toString());
}

std::optional<QDateTime> WireFormat::parseDateTime(const QString &input)
{
    QString text = input.trimmed();
    // RFC 3339 allows a space or lower-case "t"/"z"; Qt's ISO parser only knows "T" and "Z".
    if (text.size() > 10 && (text.at(10) == QLatin1Char(' ') || text.at(10) == QLatin1Char('t')))
        text[10] = QLatin1Char('T');
    if (text.endsWith(QLatin1Char('z')))
        text[text.size() - 1] = QLatin1Char('Z');
    // .NET writes up to seven fraction digits; Qt reads milliseconds, so cut the rest off.
    const qsizetype dot = text.indexOf(QLatin1Char('.'), 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    if (text.size() < 19 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    // No offset: the docs' own examples mean UTC, so read it as UTC rather than local time.
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

QString WireFormat::formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace rte::sandbox
