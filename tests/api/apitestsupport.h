#pragma once

// Fixtures shared by the API tests: a spy on one request, recorded-header look-ups, and a TLS
// certificate nobody trusts.

#include "api/apierror.h"
#include "core/taskcodec.h"
#include "core/taskedit.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
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

// A self-signed test certificate (CN rte-test.invalid, valid until 2126) and its key, made for this test
// with `openssl req -x509 -newkey ec`. Nothing trusts it, and it does not name 127.0.0.1.
inline const char kSelfSignedCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBjTCCATOgAwIBAgIUKIcz9FUM8zW/mgmzBifGM93DzMswCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQcnRlLXRlc3QuaW52YWxpZDAgFw0yNjExMjkyMzI5NTRaGA8y
MTI2MTEwNTIzMjk1NFowGzEZMBcGA1UEAwwQcnRlLXRlc3QuaW52YWxpZDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABIjrjc1f4O/H6LeBh27l1PsW/Rg8M/q0mXzD
BSMW/PqMg18+ML6JzZ5ASevRWSncoCW4CkDBUqzpQ4AJLIa8rOijUzBRMB0GA1Ud
DgQWBBRNMRADv+KIfiCXrAL+TxbQssUf4DAfBgNVHSMEGDAWgBRNMRADv+KIfiCX
rAL+TxbQssUf4DAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIBtm
coXfIK2b8vEcUpX5x/zM0CpLQViUXxczFBUIby9fAiEAxp1dAXnBTZeFzvvKUyEu
FTePe48NlX04w2D39KLFumc=
-----END CERTIFICATE-----)";
inline const char kSelfSignedKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3Oj/f4KSvSZp+DbN
vfxBGgITXILVyW3+CrDBvgAmXO6hRANCAASI643NX+Dvx+i3gYdu5dT7Fv0YPDP6
tJl8wwUjFvz6jINfPjC+ic2eQEnr0Vkp3KAluApAwVKs6UOACSyGvKzo
-----END PRIVATE KEY-----)";

inline QByteArray header(const rte::sandbox::SandboxServer::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

inline bool hasHeader(const rte::sandbox::SandboxServer::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A sentence for a person: no placeholders, markup, JSON or Qt identifiers.
inline bool isPlainWords(const QString &text)
{
    static const QRegularExpression technical(QStringLiteral("%\\d|%n|[{}<>]|::|QNetwork|Error\\b"));
    return text.size() > 10 && text.contains(QLatin1Char(' ')) && !technical.match(text).hasMatch();
}

inline QJsonObject editableBody(const rte::sandbox::SandboxServer &sandbox, qint64 id)
{
    return rte::core::TaskEdit::fromTask(rte::core::TaskCodec::taskFromJson(sandbox.task(id).value()))
        .toRequestJson();
}

} // namespace rte::api::test
