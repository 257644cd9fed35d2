// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/replyclient.h"
#include "api/whoami.h"

#include <QObject>
#include <QPointer>

namespace rte::api {

// Finds out which header this key wants: GET /v3/whoami with X-API-Key (what the update-a-task page
// shows), and on a 401 again with Authorization: Bearer (what the current pages show). Emits exactly one
// of detected() or failed(), then finished(), and deletes itself later. The client remembers the
// header that worked. Anything but a 401 on the first try (no network, TLS, a 403) ends the search:
// trying the other header would not change it. A 403 still means the key was accepted, so the client
// keeps that header.
class AuthDetection : public QObject
{
    Q_OBJECT
public:
    ~AuthDetection() override;
    void abort();

Q_SIGNALS:
    void detected(rte::api::ReplyClient::AuthHeader header, const rte::api::WhoAmI &who);
    void failed(const rte::api::ApiError &error);
    void finished();

private:
    friend class ReplyClient;
    explicit AuthDetection(ReplyClient *client);

    void tryHeader(ReplyClient::AuthHeader header);
    void onFailed(ReplyClient::AuthHeader header, const ApiError &error);
    void done();

    QPointer<ReplyClient> m_client;
    QPointer<WhoAmIRequest> m_request;
    bool m_finished = false;
};

} // namespace rte::api
