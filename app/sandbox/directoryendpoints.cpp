// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "directoryendpoints.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "taskstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace rte::sandbox {

namespace {

// LinkedIn profile URLs arrive with or without scheme, "www." or a trailing slash.
QString canonicalProfile(const QString &url)
{
    QString s = url.trimmed().toLower();
    for (const QLatin1String prefix :
        {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("www.")}) {
        if (s.startsWith(prefix))
            s.remove(0, prefix.size());
    }
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

// The text a free-text search looks through: the name both ways round, the address and the company.
QString searchableText(const QJsonObject &c)
{
    const QString first = c.value(QLatin1String("firstName")).toString();
    const QString last = c.value(QLatin1String("lastName")).toString();
    return QStringList {
        first, last, c.value(QLatin1String("email")).toString(), c.value(QLatin1String("company")).toString()}
        .join(QLatin1Char(' '));
}

// Every word of the term somewhere in the contact, ignoring case: "hannah schm" finds Hannah Schmidt.
bool matchesTerm(const QJsonObject &c, const QStringList &words)
{
    const QString text = searchableText(c);
    for (const QString &word : words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

struct Rule
{
    QString property;
    QString condition;
    QString value;
};

bool matchesRule(const QJsonObject &c, const Rule &rule)
{
    const QString actual = c.value(rule.property).toVariant().toString();
    if (rule.condition.compare(QLatin1String("equals"), Qt::CaseInsensitive) == 0)
        return actual.compare(rule.value, Qt::CaseInsensitive) == 0;
    return actual.contains(rule.value, Qt::CaseInsensitive); // "contains", checked before
}

} // namespace

DirectoryEndpoints::DirectoryEndpoints(const TaskStore &store)
    : m_store(store)
{ }

HttpResponse DirectoryEndpoints::whoami(const HttpRequest &) const
{
    return HttpResponse::json(200, m_store.whoami());
}

HttpResponse DirectoryEndpoints::teamUsers(const HttpRequest &) const
{
    return HttpResponse::json(200, m_store.teamUsers());
}

HttpResponse DirectoryEndpoints::contacts(const HttpRequest &request) const
{
    EndpointSupport::Paging paging;
    if (auto problem = EndpointSupport::paging(request.query, QStringLiteral("contact"), &paging))
        return problem->toResponse();
    const bool byEmail = request.query.hasQueryItem(QStringLiteral("email"));
    const bool byProfile = request.query.hasQueryItem(QStringLiteral("linkedIn"));
    const QString email = request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    const QString profile
        = canonicalProfile(request.query.queryItemValue(QStringLiteral("linkedIn"), QUrl::FullyDecoded));
    QList<QJsonObject> items;
    for (const QJsonObject &c : m_store.contacts()) {
        // Exact match, ignoring case: the look-up is for a picker, not a search.
        if (byEmail && c.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (byProfile && canonicalProfile(c.value(QLatin1String("linkedInUrl")).toString()) != profile)
            continue;
        items.append(c);
    }
    return EndpointSupport::page(items, paging);
}

HttpResponse DirectoryEndpoints::filterContacts(const HttpRequest &request) const
{
    EndpointSupport::Paging paging;
    const std::optional<Problem> pagingProblem
        = EndpointSupport::paging(request.query, QStringLiteral("contact"), &paging);
    QJsonObject body;
    if (auto problem = EndpointSupport::jsonObjectBody(request, &body))
        return problem->toResponse();
    // Query and body errors come back together, as in the vendor's example.
    Problem problem = pagingProblem.value_or(Problem::validation());

    const QJsonValue term = body.value(QLatin1String("searchTerm"));
    if (!term.isUndefined() && !term.isNull() && !term.isString())
        problem.withError(QStringLiteral("/searchTerm"), QStringLiteral("Value has an invalid type."));
    const QStringList words = term.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QList<Rule> rules;
    const QJsonValue rulesValue = body.value(QLatin1String("rules"));
    if (rulesValue.isArray()) {
        const QJsonArray array = rulesValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject r = array.at(i).toObject();
            const QString pointer = QStringLiteral("/rules/%1/").arg(i);
            const Rule rule {r.value(QLatin1String("property")).toString(),
                r.value(QLatin1String("condition")).toString(), r.value(QLatin1String("value")).toString()};
            if (rule.property.isEmpty())
                problem.withError(
                    pointer + QStringLiteral("property"), QStringLiteral("'property' must not be empty."));
            if (rule.condition.compare(QLatin1String("equals"), Qt::CaseInsensitive) != 0
                && rule.condition.compare(QLatin1String("contains"), Qt::CaseInsensitive) != 0)
                problem.withError(pointer + QStringLiteral("condition"),
                    QStringLiteral("'condition' must be one of: equals, contains."));
            rules.append(rule);
        }
    } else if (!rulesValue.isUndefined() && !rulesValue.isNull()) {
        problem.withError(QStringLiteral("/rules"), QStringLiteral("Value has an invalid type."));
    }
    if (problem.hasErrors() || pagingProblem)
        return problem.toResponse();

    QList<QJsonObject> items;
    for (const QJsonObject &c : m_store.contacts()) {
        const bool rulesMatch = std::all_of(
            rules.cbegin(), rules.cend(), [&c](const Rule &rule) { return matchesRule(c, rule); });
        if (rulesMatch && matchesTerm(c, words))
            items.append(c);
    }
    HttpResponse response = EndpointSupport::page(items, paging);
    // The filter also says how many match in all.
    QJsonObject envelope = QJsonDocument::fromJson(response.body).object();
    envelope.insert(QStringLiteral("totalCount"), qint64(items.size()));
    return HttpResponse::json(200, envelope);
}

HttpResponse DirectoryEndpoints::contact(const HttpRequest &, qint64 id) const
{
    const auto c = m_store.contact(id);
    if (!c) {
        return Problem::notFound(QStringLiteral("contact.notFound"),
            QStringLiteral("Contact with ID %1 not found or insufficient permissions.").arg(id))
            .toResponse();
    }
    return HttpResponse::json(200, *c);
}

} // namespace rte::sandbox
