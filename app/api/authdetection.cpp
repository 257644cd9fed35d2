// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/authdetection.h"

#include "api/apilogging.h"

namespace rte::api {

AuthDetection::AuthDetection(ReplyClient *client)
    : QObject(client)
    , m_client(client)
{ }

AuthDetection::~AuthDetection()
{
    if (m_request)
        m_request->disconnect(this);
}

void AuthDetection::abort()
{
    if (m_request)
        m_request->abort(); // fails with Cancelled -> onFailed() -> done()
}

void AuthDetection::tryHeader(ReplyClient::AuthHeader header)
{
    if (!m_client) {
        done();
        return;
    }
    m_request = m_client->whoAmIWith(header);
    connect(m_request, &WhoAmIRequest::succeeded, this, [this, header](const WhoAmI &who) {
        qCInfo(lcApi) << "auth header detected:" << header;
        if (m_client)
            m_client->setAuthHeader(header);
        Q_EMIT detected(header, who);
        done();
    });
    connect(m_request, &WhoAmIRequest::failed, this,
        [this, header](const ApiError &error) { onFailed(header, error); });
}

void AuthDetection::onFailed(ReplyClient::AuthHeader header, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized && header == ReplyClient::AuthHeader::XApiKey) {
        tryHeader(ReplyClient::AuthHeader::Bearer);
        return;
    }
    if (error.kind() == ApiError::Kind::Forbidden && m_client)
        m_client->setAuthHeader(header); // authenticated, refused for another reason (e.g. the team)
    Q_EMIT failed(error);
    done();
}

void AuthDetection::done()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace rte::api
