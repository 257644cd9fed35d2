// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rte::sandbox {

// Builds application/problem+json answers (RFC 9457) in the three shapes Reply uses: bare
// {title, status, detail}, business (+ code) and validation (+ errors[] of {pointer, detail}).
class Problem
{
public:
    Problem(int status, const QString &title, const QString &detail);

    static Problem validation(); // "Validation failed", errors to be added
    static Problem validation(const QString &pointer, const QString &detail);
    static Problem business(int status, const QString &code, const QString &detail);
    static Problem notFound(const QString &code, const QString &detail);
    static Problem routeNotFound();
    static Problem methodNotAllowed();

    Problem &withCode(const QString &code);
    Problem &withError(const QString &pointer, const QString &detail);
    // An extension member (RFC 9457 §3.2), e.g. the "teams" list of TEAM_REQUIRED.
    Problem &withMember(const QString &name, const QJsonValue &value);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    int status() const { return m_status; }
    QString detail() const { return m_detail; }
    QString code() const { return m_code; }

    HttpResponse toResponse() const;

    static QString titleFor(int status);

private:
    struct FieldError
    {
        QString pointer;
        QString detail;
    };

    int m_status;
    QString m_title;
    QString m_detail;
    QString m_code;
    QList<FieldError> m_errors;
    QJsonObject m_members;
};

} // namespace rte::sandbox
