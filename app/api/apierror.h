// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rte::api {

// One entry of a validation problem's errors[]: a JSON Pointer into the request body ("/dueTo"),
// "" for the whole body, or a bare parameter name ("id").
struct FieldProblem
{
    QString pointer;
    QString detail;
    bool operator==(const FieldProblem &o) const { return pointer == o.pointer && detail == o.detail; }
};

// Why a call to Reply failed (or could not be made), as data: what the transport or the server said,
// and a message for the rep. The api layer's one error shape: requests emit it through failed(), and
// the client's synchronous setup calls return it (Kind::None when all went well).
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind
    {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Tls,
        Network,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation, // 400
        Conflict, // 409
        RateLimited, // 429
        Server, // 5xx
        InvalidResponse, // not JSON / not the expected shape
        Cancelled, // user abort
        Http, // any other status
        Proxy, // the proxy refused, failed or wanted credentials (407)
        Settings // a connection setting cannot be used, e.g. the company CA file; nothing was sent
    };
    Q_ENUM(Kind)

    ApiError() = default;

    // An HTTP error answer: the kind follows the status; the body is read as problem+json when it is
    // JSON (whatever the Content-Type says) and otherwise ignored. retryAfter is the raw header.
    static ApiError fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    // A parsed problem object (RFC 9457 members plus Reply's code and errors[]; others are ignored).
    static ApiError fromProblem(int status, const QJsonObject &problem);
    // No usable HTTP answer: refused, unknown host, time-out, broken connection ...
    static ApiError fromTransport(Kind kind, QNetworkReply::NetworkError error, const QString &detail);
    // errors: one sentence each; fingerprint: the server certificate's SHA-256, "AB:CD:..." (may be empty).
    static ApiError tls(const QStringList &errors, const QString &certificateFingerprint = {});
    static ApiError invalidResponse(const QString &detail);
    static ApiError cancelled();
    // Refused before sending, e.g. a batch of 101 ids: kind Validation, no HTTP status, and `detail`
    // is the whole message.
    static ApiError localValidation(const QString &pointer, const QString &detail);
    // A connection setting this client cannot use: kind Settings, and `detail` is the whole message.
    static ApiError unusableSetting(const QString &detail);
    static Kind kindForStatus(int status);

    // Context the request adds: the server's host[:port] and the task the call was about.
    ApiError &setHost(const QString &host);
    ApiError &setTaskId(qint64 taskId);
    // Set by the request when it gives up: how many times it was sent (0: refused before sending).
    ApiError &setAttempts(int attempts);
    // The request may have been carried out (its answer was lost) and is not safe to send again.
    ApiError &markOutcomeUnknown();

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer arrived
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString code() const { return m_code; } // e.g. "task.notFound"; empty when the server gave none
    QList<FieldProblem> fieldProblems() const { return m_fieldProblems; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; } // -1 if none
    QString host() const { return m_host; }
    QStringList tlsErrors() const { return m_tlsErrors; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    qint64 taskId() const { return m_taskId; } // 0 when the call was not about one task
    int attempts() const { return m_attempts; }
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    // 403 TEAM_REQUIRED lists the teams the key can reach: (teamId, teamName), for a picker.
    QList<QPair<QString, QString>> teams() const { return m_teams; }
    QString certificateFingerprint() const { return m_certificateFingerprint; } // SHA-256, TLS only

    // What happened to the request and what to do about the connection, the account or the request,
    // in a sales rep's words. Empty for Kind::None. It is the reason only: it never speaks of a form,
    // an edit or a save, because the same error reaches a list, a look-up and a save alike. The caller
    // adds what it means for it, e.g. messageWith(tr("Your changes are still in the form.")).
    QString message() const;
    // message(), then the caller's own sentence (what this means where it happened); empty for
    // Kind::None.
    QString messageWith(const QString &callerSentence) const;
    // Worth trying again later without changing anything: network trouble, time-outs, 429, 502/503/504,
    // but not when the outcome is unknown: then the rep has to look first.
    bool isTransient() const;

private:
    explicit ApiError(Kind kind)
        : m_kind(kind)
    { }
    QString hostOrServer() const;
    QString validationMessage() const;
    QString forbiddenMessage() const;
    QString proxyMessage() const;
    QString outcomeUnknownMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_title;
    QString m_detail;
    QString m_code;
    QList<FieldProblem> m_fieldProblems;
    int m_retryAfterSeconds = -1;
    QString m_host;
    QStringList m_tlsErrors;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    qint64 m_taskId = 0;
    int m_attempts = 0;
    bool m_outcomeUnknown = false;
    QList<QPair<QString, QString>> m_teams;
    QString m_certificateFingerprint;
};

} // namespace rte::api

Q_DECLARE_METATYPE(rte::api::ApiError)
