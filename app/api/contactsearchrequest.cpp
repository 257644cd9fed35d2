#include "api/contactsearchrequest.h"

#include <QJsonArray>

namespace rte::api {

ContactSearchRequest::ContactSearchRequest(
    QNetworkAccessManager *manager, const QNetworkRequest &request, QObject *parent)
    : ApiRequest(manager, request, QByteArrayLiteral("GET"), {}, parent)
{ }

bool ContactSearchRequest::handleSuccess(const QJsonObject &json)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return false;
    QList<core::Contact> contacts;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &value : array) {
        const core::Contact contact = core::Contact::fromJson(value.toObject());
        if (contact.id <= 0)
            return false;
        contacts.append(contact);
    }
    Q_EMIT succeeded(contacts);
    return true;
}

} // namespace rte::api
