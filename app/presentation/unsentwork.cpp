// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/unsentwork.h"

#include "api/apierror.h"
#include "core/taskeditormodel.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskeditorcontroller.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QDir>

#include <algorithm>

namespace rte::presentation {

using Tone = Notice::Tone;
using Place = Notice::Place;

UnsentWork::UnsentWork(api::ReplyClient *client, core::TaskEditorModel *model,
    const TaskEditorController *editor, store::DraftStore *drafts, store::Outbox *outbox,
    MayReplaceForm mayReplaceForm, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_draftStore(drafts)
    , m_outboxStore(outbox)
    , m_defaultDraftsDirectory(drafts->directory())
    , m_defaultOutboxDirectory(outbox->directory())
    , m_mayReplaceForm(std::move(mayReplaceForm))
    , m_drafts(std::make_unique<DraftKeeper>(model, drafts))
    , m_outbox(std::make_unique<OutboxSender>(client, outbox, drafts))
{
    connect(editor, &TaskEditorController::delivered, this, &UnsentWork::onDelivered);
    connect(m_outbox.get(), &OutboxSender::sent, this, &UnsentWork::onSent);
    connect(m_outbox.get(), &OutboxSender::attentionNeeded, this,
        [this](const QString &, const QString &message) { tell(Tone::Warning, Place::StatusLine, message); });
    connect(m_drafts.get(), &DraftKeeper::writeFailed, this,
        [this](const QString &message) { tell(Tone::Warning, Place::Form, message); });
}

// The draft keeper writes what is pending on destruction; the outbox goes first, as before it.
UnsentWork::~UnsentWork()
{
    m_outbox.reset();
    m_drafts.reset();
}

void UnsentWork::tell(Tone tone, Place place, const QString &text, bool retryable)
{
    Q_EMIT notice(Notice(tone, place, text, retryable));
}

void UnsentWork::onDelivered(qint64 requestedId, const core::TaskEdit &sent, const core::Task &saved)
{
    // Once Reply has the save: its draft goes, its outbox item goes (a created task's item is filed
    // under its "new-…" draft), and the rest is sent.
    const QString newKey = requestedId == 0 ? m_drafts->newTaskKey() : QString();
    m_drafts->onDelivered(requestedId, sent, saved);
    m_outbox->forgetTask(saved.id);
    if (!newKey.isEmpty())
        m_outbox->forgetKey(newKey);
    m_outbox->sendNow();
}

void UnsentWork::onSent(const core::Task &task, const core::TaskEdit &edit)
{
    // The form usually still shows that edit: it is now what Reply has.
    if (m_model->hasTask() && m_model->taskId() == task.id)
        m_model->acceptSaved(task, edit);
    Q_EMIT sentFromOutbox(task);
    tell(Tone::Information, Place::StatusLine, tr("Task %1 was sent from the outbox.").arg(task.id));
}

bool UnsentWork::queueFailedSave(const api::ApiError &error)
{
    // Reply is only out of reach: the edit waits in the outbox and goes out on its own later.
    if (!error.isTransient() || error.isOutcomeUnknown() || !m_model->hasTask())
        return false;
    m_drafts->flush();
    m_outbox->enqueue(m_model->base(), m_model->edit(), m_drafts->currentKey(), error.message());
    tell(Tone::Warning, Place::Form,
        tr("%1 Your changes are still in the form, and they wait in “Not sent” on this computer: "
           "they go out on their own as soon as Reply answers again.")
            .arg(error.message()),
        true);
    return true;
}

void UnsentWork::onConnected()
{
    m_outbox->sendNow();
    reportSetAsideFiles();
}

void UnsentWork::reportSetAsideFiles()
{
    const QList<store::DamagedFile> files = m_draftStore->setAsideFiles() + m_outboxStore->setAsideFiles();
    if (files.size() <= m_reportedSetAside)
        return;
    const qsizetype fresh = files.size() - m_reportedSetAside;
    m_reportedSetAside = files.size();
    const QString where = files.last().keptAt.isEmpty() ? m_draftStore->directory() : files.last().keptAt;
    tell(Tone::Warning, Place::Form,
        tr("%n file(s) of unsent changes could not be read (damaged, or written by a newer version of "
           "this app). Nothing was deleted: they are kept in %1. The rest of your drafts are fine.",
            nullptr, int(fresh))
            .arg(QDir::toNativeSeparators(where)));
}

QList<store::Draft> UnsentWork::unsentDrafts() const
{
    return m_drafts->drafts();
}

void UnsentWork::restoreDraft(const store::Draft &draft)
{
    m_drafts->restore(draft);
    Q_EMIT draftRestored(draft.base);
}

void UnsentWork::discardDraft(const QString &key)
{
    m_drafts->discard(key);
}

void UnsentWork::takeBackFromOutbox(const QString &itemId)
{
    const QList<store::OutboxItem> items = m_outbox->items();
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [&](const store::OutboxItem &item) { return item.id == itemId; });
    if (it == items.cend() || !m_mayReplaceForm())
        return;
    // The rep takes the edit back into the form; it leaves the outbox only once it is saved.
    store::Draft draft;
    draft.key = it->taskKey();
    draft.taskId = it->taskId;
    draft.base = it->base;
    draft.edit = it->edit;
    restoreDraft(draft);
}

void UnsentWork::useAccount(
    const QString &accountId, const QString &draftsDirectory, const QString &outboxDirectory)
{
    m_drafts->flush(); // what was typed for the previous account stays with it
    const bool none = accountId.isEmpty();
    m_draftStore->setDirectory(none ? m_defaultDraftsDirectory : draftsDirectory);
    m_outboxStore->setDirectory(none ? m_defaultOutboxDirectory : outboxDirectory);
}

} // namespace rte::presentation
