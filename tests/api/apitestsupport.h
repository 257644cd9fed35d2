// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// Fixtures shared by the API tests: a spy on one request and recorded-header look-ups. (The TLS
// material is in data/.)

#include "api/apierror.h"
#include "core/taskcodec.h"
#include "core/taskedit.h"
#include "plainwords.h"
#include "support/testsandbox.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStringList>

namespace rte::api::test {

constexpr int kWaitMs = 10000;

// Spies on one request: both outcomes, finished(), and the order they came in.
template<typename Request>
struct Watch
{
    explicit Watch(Request *r)
        : request(r)
        , succeeded(r, &Request::succeeded)
        , failed(r, &Request::failed)
        , finished(r, &Request::finished)
    {
        QObject::connect(r, &Request::succeeded, r, [this] { order.append(QStringLiteral("succeeded")); });
        QObject::connect(r, &Request::failed, r, [this] { order.append(QStringLiteral("failed")); });
        QObject::connect(r, &Request::finished, r, [this] { order.append(QStringLiteral("finished")); });
    }
    bool wait() { return !finished.isEmpty() || finished.wait(kWaitMs); }
    rte::api::ApiError error() const
    {
        return failed.isEmpty() ? rte::api::ApiError()
                                : failed.constFirst().constFirst().value<rte::api::ApiError>();
    }

    QPointer<Request> request;
    QSignalSpy succeeded;
    QSignalSpy failed;
    QSignalSpy finished;
    QStringList order;
};

inline QByteArray header(
    const rte::testsupport::TestSandbox::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

inline bool hasHeader(const rte::testsupport::TestSandbox::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

inline QJsonObject editableBody(const rte::testsupport::TestSandbox &sandbox, qint64 id)
{
    return rte::core::TaskEdit::fromTask(rte::core::TaskCodec::taskFromJson(sandbox.task(id).value()))
        .toRequestJson();
}

} // namespace rte::api::test
