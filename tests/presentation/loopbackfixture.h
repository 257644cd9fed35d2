// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// What the presentation tests without a window share: the test sandbox on loopback, a client that
// talks to it with short waits, and the task as the client reads it.

#include "api/gettaskrequest.h"
#include "api/replyclient.h"
#include "core/taskedit.h"
#include "support/testsandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace rte::presentation::test {

struct LoopbackFixture
{
    std::unique_ptr<testsupport::TestSandbox> sandbox;
    std::unique_ptr<api::ReplyClient> client;

    bool start()
    {
        sandbox = std::make_unique<testsupport::TestSandbox>();
        if (!sandbox->listen())
            return false;
        client = std::make_unique<api::ReplyClient>();
        client->setBaseUrl(sandbox->baseUrl());
        client->setApiKey(sandbox::SandboxServer::demoApiKey());
        client->setTimeout(5000);
        client->setRetryPolicy(3, 20, 100);
        return true;
    }

    void stop()
    {
        client.reset();
        sandbox.reset();
    }

    // The task as the app would have loaded it: the base an edit is made from. The reading is
    // left out of the recorded requests, so a test sees only what the class under test sent.
    std::optional<core::Task> fetchTask(qint64 id)
    {
        std::optional<core::Task> task;
        auto *request = client->getTask(id);
        QObject::connect(request, &api::GetTaskRequest::succeeded, request,
            [&task](const core::Task &loaded) { task = loaded; });
        QSignalSpy finished(request, &api::ApiRequest::finished);
        if (!finished.wait(5000))
            return std::nullopt;
        sandbox->clearRequests();
        return task;
    }

    // Reply's copy of the task with another subject: what the rep typed.
    static core::TaskEdit withSubject(const core::Task &base, const QString &subject)
    {
        core::TaskEdit edit = core::TaskEdit::fromTask(base);
        edit.subject = subject;
        return edit;
    }

    QString subjectOnReply(qint64 id) const
    {
        return sandbox->task(id)
            ->value(QLatin1String("template"))
            .toObject()
            .value(QLatin1String("subject"))
            .toString();
    }

    int requestsTo(const QByteArray &method, const QString &path) const
    {
        return sandbox->requestsTo(method, path);
    }
};

} // namespace rte::presentation::test
