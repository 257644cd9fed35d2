// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

// A plain QNetworkAccessManager client for the sandbox tests: deliberately not the app's ReplyClient,
// so these tests pin the server's behaviour on its own.
class SandboxTestClient
{
public:
    enum class Auth
    {
        XApiKey,
        Bearer,
        None
    };

    struct Result
    {
        int status = -1; // -1: no answer within the timeout
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        QJsonArray items() const { return object().value(QLatin1String("items")).toArray(); }
        // The pointers of a validation problem, in order.
        QStringList pointers() const
        {
            QStringList out;
            const QJsonArray errors = object().value(QLatin1String("errors")).toArray();
            for (const QJsonValue &e : errors)
                out.append(e.toObject().value(QLatin1String("pointer")).toString());
            return out;
        }
        QString code() const { return object().value(QLatin1String("code")).toString(); }
    };

    explicit SandboxTestClient(const QUrl &baseUrl)
        : m_baseUrl(baseUrl)
    { }

    Result send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
        Auth auth = Auth::XApiKey, const QString &key = QStringLiteral("demo-sandbox-key"))
    {
        QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (auth == Auth::XApiKey)
            request.setRawHeader(QByteArrayLiteral("X-API-Key"), key.toUtf8());
        else if (auth == Auth::Bearer)
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + key.toUtf8());
        std::unique_ptr<QNetworkReply, QScopedPointerDeleteLater> reply(
            m_nam.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Result result;
        if (!reply->isFinished() && !finished.wait(m_timeoutMs))
            return result;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    Result get(const QString &path) { return send(QByteArrayLiteral("GET"), path); }
    Result post(const QString &path, const QJsonObject &body)
    {
        return send(QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Result put(const QString &path, const QJsonObject &body)
    {
        return send(QByteArrayLiteral("PUT"), path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
    int m_timeoutMs = 10000;
};
