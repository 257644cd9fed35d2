// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/outboxsender.h"

#include "api/replyclient.h"
#include "presentation/checkedupdate.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QUuid>

namespace rte::presentation {

using api::ApiError;
using store::OutboxItem;

OutboxSender::OutboxSender(
    api::ReplyClient *client, store::Outbox *outbox, store::DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_drafts(drafts)
{
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::sendNow);
    connect(m_outbox, &store::Outbox::countChanged, this, [this](int count) {
        if (count > 0)
            m_timer.start();
        else
            m_timer.stop();
        Q_EMIT countChanged(count);
    });
    if (m_outbox->count() > 0)
        m_timer.start();
}

void OutboxSender::setRetryInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

int OutboxSender::count() const
{
    return m_outbox->count();
}

QList<OutboxItem> OutboxSender::items() const
{
    return m_outbox->items();
}

QString OutboxSender::enqueue(
    const core::Task &base, const core::TaskEdit &edit, const QString &draftKey, const QString &reason)
{
    OutboxItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.taskId = base.id;
    item.draftKey = draftKey;
    item.base = base;
    item.edit = edit;
    item.queuedAt = QDateTime::currentDateTimeUtc();
    item.lastError = reason;
    const QString id = m_outbox->enqueue(item);
    // The same task again replaces its item, which also clears any earlier conflict mark.
    if (const auto stored = m_outbox->itemForTask(item.taskKey()))
        m_attention.remove(stored->id);
    return id;
}

void OutboxSender::drop(const QString &id)
{
    m_attention.remove(id);
    m_queue.removeAll(id);
    m_outbox->remove(id);
}

void OutboxSender::retry(const QString &id)
{
    m_attention.remove(id);
    sendNow();
}

void OutboxSender::forgetTask(qint64 taskId)
{
    if (taskId > 0)
        forgetKey(store::Draft::keyForTask(taskId));
}

void OutboxSender::forgetKey(const QString &taskKey)
{
    if (const auto item = m_outbox->itemForTask(taskKey))
        drop(item->id);
}

void OutboxSender::sendNow()
{
    if (isSending() || !m_queue.isEmpty())
        return;
    for (const OutboxItem &item : m_outbox->items()) {
        if (!m_attention.contains(item.id))
            m_queue.append(item.id);
    }
    sendNext();
}

void OutboxSender::sendNext()
{
    if (m_queue.isEmpty())
        return;
    const std::optional<OutboxItem> found = m_outbox->item(m_queue.takeFirst());
    if (!found) {
        sendNext();
        return;
    }
    const OutboxItem item = *found;
    if (item.taskId == 0) {
        // A task to create: a lost answer may mean it exists already, so this one never goes twice.
        auto *request = m_client->createTask(item.edit.toRequestJson());
        m_busy = request;
        connect(request, &api::CreateTaskRequest::succeeded, this, [this, item](const core::Task &task) {
            m_outbox->remove(item.id);
            m_drafts->removeIfMatches(item.taskKey(), item.edit);
            Q_EMIT sent(task, item.edit);
            QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
        });
        connect(request, &api::ApiRequest::failed, this, [this, item](const ApiError &error) {
            finishItem(item, error.message(), !error.isTransient() || error.isOutcomeUnknown());
        });
        return;
    }
    // Read again, compare, then replace: the same CheckedUpdate the form's save uses.
    auto *update = CheckedUpdate::start(m_client, item.base, item.edit, this);
    m_busy = update;
    connect(update, &CheckedUpdate::saved, this, [this, item](const core::Task &task) {
        m_outbox->remove(item.id);
        m_drafts->removeIfMatches(item.taskKey(), item.edit);
        Q_EMIT sent(task, item.edit);
        QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
    });
    connect(update, &CheckedUpdate::noLongerEditable, this, [this, item] {
        finishItem(item,
            tr("Task %1 was completed or cancelled in Reply meanwhile, so these changes can't be "
               "saved. Open it to copy what you need.")
                .arg(item.taskId),
            true);
    });
    connect(update, &CheckedUpdate::conflict, this, [this, item] {
        finishItem(item,
            tr("Someone changed task %1 in Reply since you edited it. Open it to compare and "
               "choose what to keep.")
                .arg(item.taskId),
            true);
    });
    connect(update, &CheckedUpdate::failed, this,
        [this, item](const ApiError &error) { finishItem(item, error.message(), !error.isTransient()); });
}

void OutboxSender::finishItem(const OutboxItem &item, const QString &problem, bool needsRep)
{
    OutboxItem updated = item;
    updated.attempts += 1;
    updated.lastError = problem;
    m_outbox->update(updated);
    if (needsRep) {
        m_attention.insert(item.id);
        Q_EMIT attentionNeeded(item.id, problem);
        QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
    } else {
        // Reply is still out of reach: the rest would fail the same way. The timer tries again.
        m_queue.clear();
    }
}

} // namespace rte::presentation
