// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskcodec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace rte::core {

namespace {

// One table per enum: the wire string and the legacy integer of each value.
template<typename E>
struct EnumEntry
{
    E value;
    const char *wire;
    int legacy;
};

constexpr std::array<EnumEntry<TaskType>, 7> kTaskTypes {{
    {TaskType::ToDo, "toDo", 0},
    {TaskType::Call, "call", 2},
    {TaskType::Meeting, "meeting", 4},
    {TaskType::LinkedIn, "linkedIn", 5},
    {TaskType::ManualEmail, "manualEmail", 7},
    {TaskType::Sms, "sms", 8},
    {TaskType::WhatsApp, "whatsApp", 9},
}};

constexpr std::array<EnumEntry<TaskStatus>, 5> kStatuses {{
    {TaskStatus::New, "new", 0},
    {TaskStatus::Finished, "finished", 1},
    {TaskStatus::Cancelled, "cancelled", 3},
    {TaskStatus::Archived, "archived", 4},
    {TaskStatus::SequenceDetached, "sequenceDetached", 5},
}};

constexpr std::array<EnumEntry<LinkedInTaskType>, 4> kLinkedInTypes {{
    {LinkedInTaskType::Message, "message", 0},
    {LinkedInTaskType::Connect, "connect", 1},
    {LinkedInTaskType::InMail, "inMail", 2},
    {LinkedInTaskType::ViewProfile, "viewProfile", 3},
}};

constexpr std::array<EnumEntry<CreationSource>, 3> kSources {{
    {CreationSource::User, "user", 0},
    {CreationSource::Sequence, "sequence", 1},
    {CreationSource::Meeting, "meeting", 2},
}};

template<typename E, std::size_t N>
E enumFromJson(const std::array<EnumEntry<E>, N> &table, const QJsonValue &value, E unknown)
{
    if (value.isDouble()) {
        const int legacy = value.toInt(-1);
        for (const auto &entry : table) {
            if (entry.legacy == legacy)
                return entry.value;
        }
        return unknown;
    }
    if (value.isString()) {
        // Older pages spell the values in PascalCase ("ManualEmail"): compare without case.
        const QString text = value.toString();
        for (const auto &entry : table) {
            if (text.compare(QLatin1String(entry.wire), Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        bool isNumber = false;
        const int legacy = text.toInt(&isNumber);
        if (isNumber)
            return enumFromJson(table, QJsonValue(legacy), unknown);
    }
    return unknown;
}

template<typename E, std::size_t N>
QString enumToWire(const std::array<EnumEntry<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.wire);
    }
    return QStringLiteral("unknown");
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(TaskCodec::dateTimeToWire(dateTime))
                              : QJsonValue(QJsonValue::Null);
}

bool boolFromJson(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

} // namespace

TaskType TaskCodec::taskTypeFromJson(const QJsonValue &value)
{
    return enumFromJson(kTaskTypes, value, TaskType::Unknown);
}

TaskStatus TaskCodec::statusFromJson(const QJsonValue &value)
{
    return enumFromJson(kStatuses, value, TaskStatus::Unknown);
}

LinkedInTaskType TaskCodec::linkedInTaskTypeFromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return LinkedInTaskType::None;
    return enumFromJson(kLinkedInTypes, value, LinkedInTaskType::Unknown);
}

CreationSource TaskCodec::creationSourceFromJson(const QJsonValue &value)
{
    return enumFromJson(kSources, value, CreationSource::Unknown);
}

QString TaskCodec::toWire(TaskType type)
{
    return enumToWire(kTaskTypes, type);
}

QString TaskCodec::toWire(TaskStatus status)
{
    return enumToWire(kStatuses, status);
}

QString TaskCodec::toWire(LinkedInTaskType type)
{
    return type == LinkedInTaskType::None ? QString() : enumToWire(kLinkedInTypes, type);
}

QString TaskCodec::toWire(CreationSource source)
{
    return enumToWire(kSources, source);
}

QDateTime TaskCodec::dateTimeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    // .NET writes up to seven fraction digits; Qt reads at most milliseconds reliably.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    static const QRegularExpression zone(
        QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"), QRegularExpression::CaseInsensitiveOption);
    const bool hasZone = zone.match(text).hasMatch();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (!hasZone) // No offset given: the API means UTC, not the machine's zone.
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

QString TaskCodec::dateTimeToWire(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

std::optional<qint64> TaskCodec::idFromJson(const QJsonValue &value)
{
    // A JSON number is a double to most servers and parsers: from 2^53 on it may already have been
    // rounded to a neighbour, and an id that is off by one names another task. The app also writes ids
    // as numbers (taskToJson), so an id in a string from 2^53 on is refused as well: it would not read
    // back as itself. Fractions and numbers beyond 64 bits (converting those is undefined) are no id.
    constexpr double firstInexact = 9007199254740992.0; // 2^53
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!(std::fabs(number) < firstInexact) || std::trunc(number) != number)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && std::fabs(double(id)) < firstInexact)
            return id;
    }
    return std::nullopt;
}

std::optional<QString> TaskCodec::stringFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

std::optional<QList<qint64>> TaskCodec::idListFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &id : array) {
        if (const auto parsed = idFromJson(id))
            ids.append(*parsed);
    }
    return ids;
}

QJsonValue TaskCodec::idListToJson(const std::optional<QList<qint64>> &ids)
{
    if (!ids)
        return QJsonValue(QJsonValue::Null);
    QJsonArray array;
    for (qint64 id : *ids)
        array.append(double(id));
    return array;
}

Task TaskCodec::taskFromJson(const QJsonObject &json)
{
    Task task;
    task.id = idFromJson(json.value(QLatin1String("id"))).value_or(0);
    task.contactId = idFromJson(json.value(QLatin1String("contactId")));
    task.taskType = taskTypeFromJson(json.value(QLatin1String("taskType")));
    task.status = statusFromJson(json.value(QLatin1String("status")));
    task.linkedInTaskType = linkedInTaskTypeFromJson(json.value(QLatin1String("linkedInTaskType")));
    task.sequenceId = idFromJson(json.value(QLatin1String("sequenceId")));
    task.sequenceStepId = idFromJson(json.value(QLatin1String("sequenceStepId")));
    task.sequenceStepDisplayName = stringFromJson(json.value(QLatin1String("sequenceStepDisplayName")));
    task.assignedUserId = idFromJson(json.value(QLatin1String("assignedUserId")));
    task.creationSource = creationSourceFromJson(json.value(QLatin1String("creationSource")));
    task.createdAt = dateTimeFromJson(json.value(QLatin1String("createdAt")));
    task.startAt = dateTimeFromJson(json.value(QLatin1String("startAt")));
    task.dueTo = dateTimeFromJson(json.value(QLatin1String("dueTo")));
    task.finishedAt = dateTimeFromJson(json.value(QLatin1String("finishedAt")));
    task.isFailed = boolFromJson(json.value(QLatin1String("isFailed")));
    task.isScheduled = boolFromJson(json.value(QLatin1String("isScheduled")));

    const QJsonValue templateValue = json.value(QLatin1String("template"));
    if (templateValue.isObject()) {
        const QJsonObject object = templateValue.toObject();
        TaskTemplate taskTemplate;
        taskTemplate.body = object.value(QLatin1String("body")).toString();
        taskTemplate.subject = stringFromJson(object.value(QLatin1String("subject")));
        taskTemplate.attachmentIdList = idListFromJson(object.value(QLatin1String("attachmentIdList")));
        task.taskTemplate = taskTemplate;
    }

    const QJsonValue contentValue = json.value(QLatin1String("content"));
    if (contentValue.isObject()) {
        const QJsonObject object = contentValue.toObject();
        task.content = TaskContent {object.value(QLatin1String("body")).toString(),
            stringFromJson(object.value(QLatin1String("subject")))};
    }

    const QJsonValue deliveryValue = json.value(QLatin1String("deliveryInfo"));
    if (deliveryValue.isObject()) {
        const QJsonObject object = deliveryValue.toObject();
        task.deliveryInfo = DeliveryInfo {stringFromJson(object.value(QLatin1String("email"))),
            stringFromJson(object.value(QLatin1String("phoneNumber"))),
            stringFromJson(object.value(QLatin1String("linkedInUrl")))};
    }
    return task;
}

QJsonObject TaskCodec::snapshotToJson(const Task &task)
{
    Task snapshot = task;
    snapshot.deliveryInfo.reset();
    snapshot.content.reset();
    return taskToJson(snapshot);
}

QJsonObject TaskCodec::taskToJson(const Task &task)
{
    QJsonObject json;
    json.insert(QLatin1String("id"), double(task.id));
    json.insert(QLatin1String("contactId"), optionalId(task.contactId));
    json.insert(QLatin1String("taskType"), toWire(task.taskType));
    json.insert(QLatin1String("status"), toWire(task.status));
    json.insert(QLatin1String("linkedInTaskType"),
        task.linkedInTaskType == LinkedInTaskType::None ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(toWire(task.linkedInTaskType)));
    json.insert(QLatin1String("sequenceId"), optionalId(task.sequenceId));
    json.insert(QLatin1String("sequenceStepId"), optionalId(task.sequenceStepId));
    json.insert(QLatin1String("sequenceStepDisplayName"), optionalString(task.sequenceStepDisplayName));
    json.insert(QLatin1String("assignedUserId"), optionalId(task.assignedUserId));
    json.insert(QLatin1String("creationSource"), toWire(task.creationSource));
    json.insert(QLatin1String("createdAt"), optionalDateTime(task.createdAt));
    json.insert(QLatin1String("startAt"), optionalDateTime(task.startAt));
    json.insert(QLatin1String("dueTo"), optionalDateTime(task.dueTo));
    json.insert(QLatin1String("finishedAt"), optionalDateTime(task.finishedAt));
    json.insert(QLatin1String("isFailed"), task.isFailed);
    json.insert(QLatin1String("isScheduled"), task.isScheduled);
    if (task.taskTemplate) {
        QJsonObject object {{QLatin1String("body"), task.taskTemplate->body},
            {QLatin1String("subject"), optionalString(task.taskTemplate->subject)}};
        object.insert(QLatin1String("attachmentIdList"), idListToJson(task.taskTemplate->attachmentIdList));
        json.insert(QLatin1String("template"), object);
    } else {
        json.insert(QLatin1String("template"), QJsonValue(QJsonValue::Null));
    }
    if (task.content) {
        json.insert(QLatin1String("content"),
            QJsonObject {{QLatin1String("body"), task.content->body},
                {QLatin1String("subject"), optionalString(task.content->subject)}});
    } else {
        json.insert(QLatin1String("content"), QJsonValue(QJsonValue::Null));
    }
    if (task.deliveryInfo) {
        json.insert(QLatin1String("deliveryInfo"),
            QJsonObject {{QLatin1String("email"), optionalString(task.deliveryInfo->email)},
                {QLatin1String("phoneNumber"), optionalString(task.deliveryInfo->phoneNumber)},
                {QLatin1String("linkedInUrl"), optionalString(task.deliveryInfo->linkedInUrl)}});
    } else {
        json.insert(QLatin1String("deliveryInfo"), QJsonValue(QJsonValue::Null));
    }
    return json;
}

} // namespace rte::core
