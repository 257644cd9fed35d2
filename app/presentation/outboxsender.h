// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "store/outboxitem.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace rte::api {
class ApiRequest;
class ReplyClient;
} // namespace rte::api
namespace rte::store {
class DraftStore;
class Outbox;
} // namespace rte::store

namespace rte::presentation {

// Saves that could not reach Reply wait here ("Not sent") and go out on their own once Reply
// answers again: one at a time, each read again first so a teammate's change is never
// overwritten. What needs the rep (a conflict, a refusal) waits for them instead.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(api::ReplyClient *client, store::Outbox *outbox, store::DraftStore *drafts,
        QObject *parent = nullptr);

    // Queues a full replacement for the task (0 = a task to create). Returns the item id.
    QString enqueue(
        const core::Task &base, const core::TaskEdit &edit, const QString &draftKey, const QString &reason);
    // Tries every item that does not wait for the rep, now.
    void sendNow();
    void setRetryInterval(int milliseconds);
    void drop(const QString &id);
    // The rep asks for this item to be tried again now, even if it waited for them.
    void retry(const QString &id);
    // The form took this task over (opened or saved it): its item goes.
    void forgetTask(qint64 taskId);
    // The same by draft key: a task created from the form drops the item of its "new-…" draft.
    void forgetKey(const QString &taskKey);
    int count() const;
    QList<store::OutboxItem> items() const;
    bool needsAttention(const QString &id) const { return m_attention.contains(id); }
    bool isSending() const { return !m_busy.isNull(); }

Q_SIGNALS:
    void countChanged(int count);
    void sent(const rte::core::Task &task, const rte::core::TaskEdit &edit);
    void attentionNeeded(const QString &id, const QString &message);

private:
    void sendNext();
    void finishItem(const store::OutboxItem &item, const QString &problem, bool needsRep);

    api::ReplyClient *m_client;
    store::Outbox *m_outbox;
    store::DraftStore *m_drafts;
    QTimer m_timer;
    QStringList m_queue; // ids still to try in this round
    QSet<QString> m_attention;
    QPointer<QObject> m_busy; // the create request or the checked update of the item being sent
};

} // namespace rte::presentation
