// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace rte::testsupport {

// The shipped sandbox plus what only tests need: the faults of a network or proxy in front of
// Reply, a record of every request, and a teammate who changes a task behind the client's back.
// It is built on the sandbox's one extension point, received(), and stays among the tests (as Qt
// keeps its HttpTestServer), so the demo server in the app carries none of it.
class TestSandbox : public sandbox::SandboxServer
{
    Q_OBJECT
public:
    explicit TestSandbox(QObject *parent = nullptr);
    ~TestSandbox() override;

    // "The sandbox's copy", JSON exactly as the server would return it.
    std::optional<QJsonObject> task(qint64 id) const;
    // Adds a task as if it had always been there (a seed of the test's own); returns its id.
    qint64 insertTask(const QJsonObject &task);
    // Merges top-level fields (and the fields of "template") into the stored task.
    void changeTaskBehindClientsBack(qint64 id, const QJsonObject &patch);

    // Fault injection: each applies to the next `times` requests whose path starts with pathPrefix
    // (empty = any). A delay combines with one of the others on the same request. Faults come before
    // authentication and the rate limit: they stand for the network or a proxy in front of Reply,
    // which answer whatever the request carries, and they use up no quota.
    // Close the socket, no answer. Note: QNetworkAccessManager resends once on its own.
    void injectDropConnection(int times = 1, const QString &pathPrefix = {});
    // Handle the request now, answer `milliseconds` later.
    void injectDelay(int milliseconds, int times = 1, const QString &pathPrefix = {});
    // problem+json (401: empty body), Retry-After header when retryAfterSeconds >= 0.
    void injectStatus(
        int httpStatus, int times = 1, int retryAfterSeconds = -1, const QString &pathPrefix = {});
    // 200, Content-Type application/json, a truncated body.
    void injectMalformedJson(int times = 1, const QString &pathPrefix = {});
    void clearFaults();

    struct RecordedRequest
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    // In memory only, never logged or written to disk (headers carry the key).
    QList<RecordedRequest> requests() const;
    void clearRequests();
    // How many recorded requests had this method and exactly this path.
    int requestsTo(const QByteArray &method, const QString &path) const;

protected:
    void received(
        sandbox::HttpConnection *connection, quint64 sequence, const sandbox::HttpRequest &request) override;

private:
    // What a proxy or a struggling Reply sends for a status, in Reply's own shapes.
    static sandbox::HttpResponse statusAnswer(int status, int retryAfterSeconds);

    FaultInjector m_faults;
    QList<RecordedRequest> m_requests;
};

} // namespace rte::testsupport
