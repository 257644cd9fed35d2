// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "templaterenderer.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace rte::sandbox {

namespace {

// The variable names Reply documents for contacts, matched case-insensitively.
constexpr const char *ContactFields[] = {"firstName", "lastName", "email", "phone", "title", "company",
    "city", "state", "country", "industry", "linkedInUrl", "timeZoneId", "domain"};

std::optional<QString> valueFor(const QString &name, const QJsonObject &contact)
{
    if (name.compare(QLatin1String("fullName"), Qt::CaseInsensitive) == 0) {
        return QStringList {contact.value(QLatin1String("firstName")).toString(),
            contact.value(QLatin1String("lastName")).toString()}
            .join(QLatin1Char(' '))
            .trimmed();
    }
    for (const char *field : ContactFields) {
        if (name.compare(QLatin1String(field), Qt::CaseInsensitive) == 0)
            return contact.value(QLatin1String(field)).toString();
    }
    return std::nullopt;
}

} // namespace

QString TemplateRenderer::render(const QString &text, const QJsonObject &contact)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = valueFor(match.captured(1), contact);
        out += value ? *value : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace rte::sandbox
