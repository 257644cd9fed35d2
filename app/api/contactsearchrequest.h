#pragma once

#include "api/apirequest.h"
#include "core/contact.h"

#include <QList>

namespace rte::api {

// GET /v3/contacts?email=<exact>: the contacts with that e-mail address (usually one), for the
// contact picker. The address travels in the query and is never logged.
class ContactSearchRequest : public ApiRequest
{
    Q_OBJECT
public:
    explicit ContactSearchRequest(const QString &email);

Q_SIGNALS:
    void succeeded(const QList<rte::core::Contact> &contacts);

protected:
    bool handleSuccess(const QJsonObject &json) override;
};

} // namespace rte::api
