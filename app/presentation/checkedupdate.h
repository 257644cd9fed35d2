// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "core/task.h"
#include "core/taskedit.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace rte::api {
class ApiRequest;
class ReplyClient;
} // namespace rte::api

namespace rte::presentation {

// The one place a full replacement (PUT) is sent. Reply has no ETag and no updatedAt, so the task
// is read again first and compared with the snapshot the edit was made from: a teammate's change
// or a task finished meanwhile stops the write, and the caller decides what the rep sees.
// Used by the form's save and by the outbox alike. It deletes itself after finished().
class CheckedUpdate : public QObject
{
    Q_OBJECT
public:
    static CheckedUpdate *start(api::ReplyClient *client, const core::Task &base, const core::TaskEdit &edit,
        QObject *parent = nullptr);
    // For a change made from the list, where no full snapshot was loaded (bulk reschedule): the copy
    // just read is compared with what the rep saw, and the edit is made from that copy, so every
    // field the rep did not choose goes back exactly as Reply has it.
    struct Intent
    {
        std::function<bool(const core::Task &server)> unchangedSinceSeen;
        std::function<core::TaskEdit(const core::Task &server)> edit;
    };
    static CheckedUpdate *start(
        api::ReplyClient *client, qint64 taskId, Intent intent, QObject *parent = nullptr);

    qint64 taskId() const { return m_taskId; }
    const core::TaskEdit &edit() const { return m_edit; }
    // The PUT is under way: it may already have acted, so it is never abandoned.
    bool isWriting() const { return m_writing; }
    // Stops the check; a write under way goes on and reports as usual.
    void abort();

Q_SIGNALS:
    void saved(const rte::core::Task &task);
    void conflict(const rte::core::Task &theirs);
    void noLongerEditable(const rte::core::Task &theirs);
    void failed(const rte::api::ApiError &error);
    void retrying(int secondsUntilRetry);
    void finished();

private:
    CheckedUpdate(api::ReplyClient *client, qint64 taskId, Intent intent, QObject *parent);
    void check();
    void put();
    void watch(api::ApiRequest *request);
    void finish();

    api::ReplyClient *m_client;
    qint64 m_taskId;
    Intent m_intent;
    core::TaskEdit m_edit;
    QPointer<api::ApiRequest> m_request;
    bool m_writing = false;
    bool m_done = false;
};

} // namespace rte::presentation
