// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "presentation/notice.h"
#include "store/draft.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rte::api {
class ApiError;
class ReplyClient;
} // namespace rte::api
namespace rte::core {
class TaskEditorModel;
}
namespace rte::store {
class DraftStore;
class Outbox;
} // namespace rte::store

namespace rte::presentation {

class DraftKeeper;
class OutboxSender;
class TaskEditorController;

// The rep's unsent work, with no widget: every edit kept on disk as a draft (drafts()) and every
// save that could not reach Reply waiting in the outbox (outbox()), until Reply has it. It decides
// what happens to them around a save, offers them back (restore, discard, take back from the
// outbox), keeps them per account, and tells the rep once of files it could not read.
//
// The form and the current task are the workspace's: this class reads the form's model, asks the
// workspace whether the form's edit may be replaced, and tells it by the signals below when the
// form holds a draft or the outbox delivered a task.
class UnsentWork : public QObject
{
    Q_OBJECT
public:
    // The workspace's question before the form takes another edit (it may ask, save or discard).
    using MayReplaceForm = std::function<bool()>;

    UnsentWork(api::ReplyClient *client, core::TaskEditorModel *model, const TaskEditorController *editor,
        store::DraftStore *drafts, store::Outbox *outbox, MayReplaceForm mayReplaceForm,
        QObject *parent = nullptr);
    ~UnsentWork() override;

    DraftKeeper *drafts() const { return m_drafts.get(); }
    OutboxSender *outbox() const { return m_outbox.get(); }

    // A save failed. Reply only out of reach: the edit waits in the outbox, the rep is told, and
    // this returns true; otherwise nothing is queued and the failure is the caller's to report.
    bool queueFailedSave(const api::ApiError &error);

    // Drafts from an earlier run, and the outbox.
    QList<store::Draft> unsentDrafts() const;
    void restoreDraft(const store::Draft &draft);
    void discardDraft(const QString &key);
    void takeBackFromOutbox(const QString &itemId);

    // Reply is connected: what waits in the outbox goes now, and the rep hears once of files of
    // unsent changes that could not be read and were kept aside.
    void onConnected();

    // Another account is current: what was typed stays with the previous one, and the drafts and
    // the outbox are this account's. No account (an empty id): the folders the stores were made with.
    void useAccount(const QString &accountId, const QString &draftsDirectory, const QString &outboxDirectory);

Q_SIGNALS:
    // The form now holds a draft of this task (id 0: a new task), as it was when it was edited.
    void draftRestored(const rte::core::Task &base);
    // A save from the outbox reached Reply, and this is Reply's copy.
    void sentFromOutbox(const rte::core::Task &task);
    void notice(const rte::presentation::Notice &notice);

private:
    void onDelivered(qint64 requestedId, const core::TaskEdit &sent, const core::Task &saved);
    void onSent(const core::Task &task, const core::TaskEdit &edit);
    void reportSetAsideFiles();
    void tell(Notice::Tone tone, Notice::Place place, const QString &text, bool retryable = false);

    core::TaskEditorModel *m_model;
    store::DraftStore *m_draftStore;
    store::Outbox *m_outboxStore;
    const QString m_defaultDraftsDirectory;
    const QString m_defaultOutboxDirectory;
    MayReplaceForm m_mayReplaceForm;
    std::unique_ptr<DraftKeeper> m_drafts;
    std::unique_ptr<OutboxSender> m_outbox;
    qsizetype m_reportedSetAside = 0; // damaged files the rep was already told about
};

} // namespace rte::presentation
