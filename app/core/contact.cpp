// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/contact.h"

#include <QJsonArray>

#include <optional>

namespace rte::core {

QString Contact::fullName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

QStringList Contact::variableNames()
{
    return {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("title"), QStringLiteral("company"), QStringLiteral("city"),
        QStringLiteral("state"), QStringLiteral("country")};
}

std::optional<QString> Contact::variable(const QString &name) const
{
    const QString key = name.trimmed();
    const QList<QPair<QString, const QString *>> fields {
        {QStringLiteral("firstName"), &firstName},
        {QStringLiteral("lastName"), &lastName},
        {QStringLiteral("email"), &email},
        {QStringLiteral("phone"), &phone},
        {QStringLiteral("title"), &title},
        {QStringLiteral("company"), &company},
        {QStringLiteral("city"), &city},
        {QStringLiteral("state"), &state},
        {QStringLiteral("country"), &country},
    };
    for (const auto &[fieldName, value] : fields) {
        if (key.compare(fieldName, Qt::CaseInsensitive) == 0)
            return *value;
    }
    for (const auto &[fieldName, value] : customFields) {
        if (key.compare(fieldName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

Contact Contact::fromJson(const QJsonObject &json)
{
    Contact contact;
    contact.id = json.value(QLatin1String("id")).toInteger();
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    contact.email = text("email");
    contact.firstName = text("firstName");
    contact.lastName = text("lastName");
    contact.phone = text("phone");
    contact.title = text("title");
    contact.company = text("company");
    contact.city = text("city");
    contact.state = text("state");
    contact.country = text("country");
    contact.timeZoneId = text("timeZoneId");
    contact.linkedInUrl = text("linkedInUrl");
    const QJsonArray custom = json.value(QLatin1String("customFields")).toArray();
    for (const QJsonValue &field : custom) {
        const QJsonObject object = field.toObject();
        contact.customFields.append({object.value(QLatin1String("key")).toString(),
            object.value(QLatin1String("value")).toVariant().toString()});
    }
    return contact;
}

} // namespace rte::core
