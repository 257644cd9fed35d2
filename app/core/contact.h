// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace rte::core {

// A prospect, as GET /v3/contacts/{id} returns it. Email and phone are personal data: they are
// shown, never logged or written to a file.
struct Contact
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString title;
    QString company;
    QString city;
    QString state;
    QString country;
    QString timeZoneId;
    QString linkedInUrl;
    QList<QPair<QString, QString>> customFields;

    QString fullName() const;
    // The value of a {{variable}} for this contact, or an empty optional when it has no such field.
    std::optional<QString> variable(const QString &name) const;
    static QStringList variableNames();
    static Contact fromJson(const QJsonObject &json);
};

} // namespace rte::core

Q_DECLARE_METATYPE(rte::core::Contact)
