// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "testsandbox.h"

#include "sandbox/httpconnection.h"
#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/problem.h"
#include "sandbox/taskstore.h"

#include <QTimer>

namespace rte::testsupport {

using sandbox::HttpConnection;
using sandbox::HttpRequest;
using sandbox::HttpResponse;
using sandbox::Problem;

namespace {

HttpResponse malformedJson()
{
    HttpResponse r;
    r.status = 200;
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    // Cut off mid-object, the way a proxy that gave up halfway would leave it.
    r.body = QByteArrayLiteral(
        "{\"items\":[{\"id\":1,\"taskType\":\"toDo\",\"status\":\"new\"},{\"id\":2,\"taskType\":");
    return r;
}

} // namespace

TestSandbox::TestSandbox(QObject *parent)
    : SandboxServer(parent)
{ }

TestSandbox::~TestSandbox() = default;

std::optional<QJsonObject> TestSandbox::task(qint64 id) const
{
    return store().task(id);
}

void TestSandbox::changeTaskBehindClientsBack(qint64 id, const QJsonObject &patch)
{
    store().merge(id, patch);
}

void TestSandbox::injectDropConnection(int times, const QString &pathPrefix)
{
    m_faults.add(FaultInjector::Kind::Drop, times, pathPrefix);
}

void TestSandbox::injectDelay(int milliseconds, int times, const QString &pathPrefix)
{
    m_faults.add(FaultInjector::Kind::Delay, times, pathPrefix, milliseconds);
}

void TestSandbox::injectStatus(int httpStatus, int times, int retryAfterSeconds, const QString &pathPrefix)
{
    m_faults.add(FaultInjector::Kind::Status, times, pathPrefix, httpStatus, retryAfterSeconds);
}

void TestSandbox::injectMalformedJson(int times, const QString &pathPrefix)
{
    m_faults.add(FaultInjector::Kind::Malformed, times, pathPrefix);
}

void TestSandbox::clearFaults()
{
    m_faults.clear();
}

// What a proxy or a struggling Reply sends for a status, in Reply's own shapes.
HttpResponse TestSandbox::statusAnswer(int status, int retryAfterSeconds)
{
    HttpResponse r;
    if (status == 401) {
        r = unauthorized();
    } else if (status == 429) {
        r = tooManyRequests(retryAfterSeconds);
    } else if (status >= 400) {
        QString detail;
        switch (status) {
        case 500:
            detail = QStringLiteral("An unexpected error occurred.");
            break;
        case 502:
            detail = QStringLiteral("The upstream service returned an invalid response.");
            break;
        case 503:
            detail = QStringLiteral("The service is temporarily unavailable. Please retry later.");
            break;
        case 504:
            detail = QStringLiteral("The upstream service did not respond in time.");
            break;
        default:
            detail = Problem::titleFor(status);
            break;
        }
        r = Problem(status, Problem::titleFor(status), detail).toResponse();
    } else {
        r = HttpResponse::empty(status);
    }
    if (retryAfterSeconds >= 0)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return r;
}

QList<TestSandbox::RecordedRequest> TestSandbox::requests() const
{
    return m_requests;
}

qint64 TestSandbox::insertTask(const QJsonObject &task)
{
    return store().insert(task);
}

int TestSandbox::requestsTo(const QByteArray &method, const QString &path) const
{
    const QList<RecordedRequest> all = requests();
    return int(std::count_if(all.cbegin(), all.cend(),
        [&](const RecordedRequest &request) { return request.method == method && request.path == path; }));
}

void TestSandbox::clearRequests()
{
    m_requests.clear();
}

void TestSandbox::received(HttpConnection *connection, quint64 sequence, const HttpRequest &request)
{
    m_requests.append(
        RecordedRequest {request.method, request.path, request.query, request.headers, request.body});

    const FaultInjector::Decision fault = m_faults.take(request.path);
    if (fault.drop) {
        if (fault.delayMs > 0)
            QTimer::singleShot(
                fault.delayMs, connection, [this, connection, request] { hangUp(connection, request); });
        else
            hangUp(connection, request);
        return;
    }

    HttpResponse response;
    if (fault.status > 0)
        response = statusAnswer(fault.status, fault.retryAfterSeconds);
    else if (fault.malformed)
        response = malformedJson();
    else
        response = answer(request);

    // The work is done now and only the answer is late, as when a client times out on a slow server
    // whose write has already landed.
    if (fault.delayMs > 0) {
        QTimer::singleShot(fault.delayMs, connection, [this, connection, sequence, request, response] {
            respond(connection, sequence, request, response);
        });
    } else {
        respond(connection, sequence, request, response);
    }
}

} // namespace rte::testsupport
