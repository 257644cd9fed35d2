#include "directoryendpoints.h"

#include "endpointsupport.h"
#include "httprequest.h"
#include "taskstore.h"

#include <QUrl>

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
