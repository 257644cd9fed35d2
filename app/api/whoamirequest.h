// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apirequest.h"
#include "api/whoami.h"

namespace rte::api {

// GET /v3/whoami: checks the API key and names its user.
class WhoAmIRequest : public ApiRequest
{
    Q_OBJECT
public:
    WhoAmIRequest();

Q_SIGNALS:
    void succeeded(const rte::api::WhoAmI &who);

protected:
    bool handleSuccess(const QJsonObject &json) override;
};

} // namespace rte::api
