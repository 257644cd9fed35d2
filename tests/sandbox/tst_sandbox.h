// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxtestclient.h"
#include "support/testsandbox.h"

#include <QDateTime>
#include <QObject>

#include <memory>

// One test class over real HTTP, its slots spread over several files by theme:
// tst_sandbox.cpp (seed, auth, reads, routes), tst_sandbox_edit.cpp (PUT and POST rules),
// tst_sandbox_workflow.cpp (lists, filter, delete, complete, batches), tst_sandbox_transport.cpp
// (rate limit, faults, HTTP framing, recording).

using rte::testsupport::TestSandbox;
using Auth = SandboxTestClient::Auth;

namespace sandboxtest {

inline QJsonObject validBody()
{
    return QJsonObject {
        {QStringLiteral("taskType"), QStringLiteral("call")},
        {QStringLiteral("startAt"), QStringLiteral("2030-05-01T09:00:00Z")},
        {QStringLiteral("dueTo"), QStringLiteral("2030-05-01T10:00:00Z")},
        {QStringLiteral("contactId"), 2010},
        {QStringLiteral("template"),
            QJsonObject {{QStringLiteral("body"), QStringLiteral("<p>Call {{firstName}}</p>")}}},
    };
}

inline QDateTime utc(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

inline QString str(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace sandboxtest

class tst_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seed_hasTheDocumentedFixtures();
    void auth_acceptsEitherHeader();
    void auth_missingOrWrongKey_is401WithEmptyBody();
    void auth_disabledHeaderIsRejected();
    void whoami_andTeamUsers();
    void getTask_withAndWithoutContent();
    void getTask_unknownOrInvalidId();
    void putTask_replacesInFull();
    void putTask_rejectsBadBody_data();
    void putTask_rejectsBadBody();
    void putTask_reportsSeveralErrorsTogether();
    void putTask_onlyNewTasksCanChange();
    void putTask_sequenceTaskKeepsTypeAndContact();
    void putTask_unknownId_is404();
    void list_pagesToTheEnd();
    void list_rejectsBadPaging();
    void filter_byTypeStatusOverdueAndDates();
    void create_returns201();
    void delete_cancelsOrArchives();
    void complete_andExecute();
    void batch_reportsOnlyFailures();
    void assign_singleTask();
    void contacts_lookUp();
    void rateLimit_answers429WithRetryAfter();
    void routes_unknownAnd405();
    void fault_dropConnection();
    void fault_delay();
    void fault_statusNTimes();
    void fault_malformedJson();
    void http_pipelinedFragmentedAndClose();
    void http_badFramingIsAnsweredThenClosed();
    void requests_areRecordedAndSignalled();

private:
    std::unique_ptr<TestSandbox> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};
