// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "taskvalidator.h"

#include "taskstore.h"
#include "wireformat.h"

#include <QJsonArray>

namespace rte::sandbox {

namespace {

const QDateTime &earliestStart()
{
    static const QDateTime earliest(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    return earliest;
}

QString invalidType()
{
    return QStringLiteral("Value has an invalid type.");
}

QString invalidFormat()
{
    return QStringLiteral("Value has an invalid format.");
}

bool absent(const QJsonObject &body, const char *field)
{
    const QJsonValue v = body.value(QLatin1String(field));
    return v.isUndefined() || v.isNull();
}

// Reads one required date-time; returns it when valid, reports on `problem` otherwise.
std::optional<QDateTime> requiredDate(const QJsonObject &body, const char *field, Problem &problem)
{
    const QString pointer = QLatin1Char('/') + QLatin1String(field);
    if (absent(body, field)) {
        problem.withError(pointer, QStringLiteral("'%1' is required.").arg(QLatin1String(field)));
        return std::nullopt;
    }
    const auto dt = WireFormat::parseDateTime(body.value(QLatin1String(field)));
    if (!dt)
        problem.withError(pointer, invalidFormat());
    return dt;
}

} // namespace

std::optional<Problem> TaskValidator::task(
    const QJsonObject &body, Mode mode, const TaskStore &store, QJsonObject *input)
{
    Problem problem = Problem::validation();

    std::optional<QString> type;
    if (absent(body, "taskType")) {
        problem.withError(QStringLiteral("/taskType"), QStringLiteral("'taskType' is required."));
    } else {
        type = WireFormat::taskType(body.value(QLatin1String("taskType")));
        if (!type) {
            problem.withError(QStringLiteral("/taskType"),
                QStringLiteral("'taskType' must be one of: toDo, call, meeting, linkedIn, "
                               "manualEmail, sms, whatsApp."));
        }
    }

    const auto startAt = requiredDate(body, "startAt", problem);
    if (startAt && *startAt < earliestStart())
        problem.withError(
            QStringLiteral("/startAt"), QStringLiteral("'startAt' must be on or after 2015-01-01."));
    const auto dueTo = requiredDate(body, "dueTo", problem);
    if (startAt && dueTo && *dueTo <= *startAt)
        problem.withError(QStringLiteral("/dueTo"), QStringLiteral("'dueTo' must be after 'startAt'."));

    QJsonObject tmpl {{QStringLiteral("body"), QString()}, {QStringLiteral("subject"), QJsonValue()}};
    const QJsonValue templateValue = body.value(QLatin1String("template"));
    if (templateValue.isUndefined() || templateValue.isNull()) {
        problem.withError(QStringLiteral("/template"), QStringLiteral("'template' is required."));
    } else if (!templateValue.isObject()) {
        problem.withError(QStringLiteral("/template"), invalidType());
    } else {
        const QJsonObject given = templateValue.toObject();
        const QJsonValue bodyValue = given.value(QLatin1String("body"));
        if (!bodyValue.isUndefined() && !bodyValue.isNull() && !bodyValue.isString())
            problem.withError(QStringLiteral("/template/body"), invalidType());
        else if (bodyValue.toString().trimmed().isEmpty())
            problem.withError(
                QStringLiteral("/template/body"), QStringLiteral("'template.body' is required."));
        else
            tmpl.insert(QStringLiteral("body"), bodyValue);
        // attachmentIdList is read-only: whatever the client sends there is ignored.
        const QJsonValue subject = given.value(QLatin1String("subject"));
        if (subject.isString())
            tmpl.insert(QStringLiteral("subject"), subject);
        else if (!subject.isUndefined() && !subject.isNull())
            problem.withError(QStringLiteral("/template/subject"), invalidType());
    }

    QJsonValue contactId;
    if (absent(body, "contactId")) {
        // The vendor's operation text: a new task needs a contact unless it is a plain to-do.
        if (mode == Mode::Create && type && *type != QLatin1String("toDo")) {
            problem.withError(
                QStringLiteral("/contactId"), QStringLiteral("'contactId' is required for this task type."));
        }
    } else {
        const auto id = WireFormat::integer(body.value(QLatin1String("contactId")));
        if (!id || *id <= 0) {
            problem.withError(
                QStringLiteral("/contactId"), QStringLiteral("'contactId' must be a positive integer."));
        } else if (!store.contact(*id)) {
            problem.withError(
                QStringLiteral("/contactId"), QStringLiteral("Contact with ID %1 not found.").arg(*id));
        } else {
            contactId = *id;
        }
    }

    QJsonValue linkedIn;
    if (!absent(body, "linkedInTaskType")) {
        const auto kind = WireFormat::linkedInTaskType(body.value(QLatin1String("linkedInTaskType")));
        if (!kind) {
            problem.withError(QStringLiteral("/linkedInTaskType"),
                QStringLiteral("'linkedInTaskType' must be one of: message, connect, inMail, "
                               "viewProfile."));
        } else if (type && *type != QLatin1String("linkedIn")) {
            problem.withError(QStringLiteral("/linkedInTaskType"),
                QStringLiteral("'linkedInTaskType' is only allowed for LinkedIn tasks."));
        } else {
            linkedIn = *kind;
        }
    }

    if (problem.hasErrors())
        return problem;
    *input = QJsonObject {
        {QStringLiteral("taskType"), *type},
        {QStringLiteral("startAt"), WireFormat::formatDateTime(*startAt)},
        {QStringLiteral("dueTo"), WireFormat::formatDateTime(*dueTo)},
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("linkedInTaskType"), linkedIn},
        {QStringLiteral("template"), tmpl},
    };
    return std::nullopt;
}

std::optional<Problem> TaskValidator::complete(const QJsonObject &body)
{
    Problem problem = Problem::validation();
    if (!absent(body, "callResolution")
        && !WireFormat::callResolution(body.value(QLatin1String("callResolution")))) {
        problem.withError(QStringLiteral("/callResolution"),
            QStringLiteral("'callResolution' must be 0 (positive), 1 (toCall) or 2 (negative)."));
    }
    if (!absent(body, "finishProspectInSequence")
        && !body.value(QLatin1String("finishProspectInSequence")).isBool())
        problem.withError(QStringLiteral("/finishProspectInSequence"), invalidType());
    if (problem.hasErrors())
        return problem;
    return std::nullopt;
}

std::optional<Problem> TaskValidator::execute(const QJsonObject &body, std::optional<QJsonObject> *content)
{
    Problem problem = Problem::validation();
    content->reset();
    const QJsonValue given = body.value(QLatin1String("content"));
    if (given.isObject()) {
        const QJsonObject object = given.toObject();
        const QJsonValue text = object.value(QLatin1String("body"));
        const QJsonValue subject = object.value(QLatin1String("subject"));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            problem.withError(QStringLiteral("/content/body"), QStringLiteral("'content.body' is required."));
        if (!subject.isUndefined() && !subject.isNull() && !subject.isString())
            problem.withError(QStringLiteral("/content/subject"), invalidType());
        *content = QJsonObject {{QStringLiteral("body"), text},
            {QStringLiteral("subject"), subject.isString() ? subject : QJsonValue()}};
    } else if (!given.isUndefined() && !given.isNull()) {
        problem.withError(QStringLiteral("/content"), invalidType());
    }
    if (!absent(body, "emailAccountId")) {
        const auto account = WireFormat::integer(body.value(QLatin1String("emailAccountId")));
        if (!account || *account <= 0) {
            problem.withError(QStringLiteral("/emailAccountId"),
                QStringLiteral("'emailAccountId' must be a positive integer."));
        }
    }
    if (problem.hasErrors())
        return problem;
    return std::nullopt;
}

std::optional<Problem> TaskValidator::ids(const QJsonObject &body, QList<qint64> *ids)
{
    const QJsonValue value = body.value(QLatin1String("ids"));
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > 100) {
        return Problem::validation(
            QStringLiteral("/ids"), QStringLiteral("'ids' must contain between 1 and 100 items."));
    }
    Problem problem = Problem::validation();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto id = WireFormat::integer(array.at(i));
        if (!id || *id <= 0) {
            problem.withError(
                QStringLiteral("/ids/%1").arg(i), QStringLiteral("'ids' must contain positive integers."));
        } else if (!ids->contains(*id)) {
            ids->append(*id);
        }
    }
    if (problem.hasErrors())
        return problem;
    return std::nullopt;
}

std::optional<Problem> TaskValidator::userId(const QJsonValue &value, const QString &pointer, qint64 *userId)
{
    const auto id = WireFormat::integer(value);
    if (!id || *id <= 0)
        return Problem::validation(pointer, QStringLiteral("'userId' must be a positive integer."));
    *userId = *id;
    return std::nullopt;
}

} // namespace rte::sandbox
