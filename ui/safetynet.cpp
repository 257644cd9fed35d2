#include "safetynet.h"

#include "api/apierror.h"
#include "core/labels.h"
#include "core/taskeditormodel.h"
#include "messagebanner.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskeditorcontroller.h"
#include "prompts.h"

#include <QStatusBar>
#include <QToolButton>

namespace rte::ui {

using Controller = presentation::TaskEditorController;

SafetyNet::SafetyNet(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_outboxButton(new QToolButton(parts.window))
{
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setToolTip(tr("Saves that could not reach Reply yet; they go out on their own"));
    connect(m_outboxButton, &QToolButton::clicked, this, &SafetyNet::showOutbox);
    connect(parts.outbox, &presentation::OutboxSender::countChanged, this, &SafetyNet::updateBadge);
    connect(parts.outbox, &presentation::OutboxSender::sent, this,
        [this](const core::Task &task, const core::TaskEdit &edit) {
            m_parts.statusBar->showMessage(tr("Task %1 was sent from the outbox.").arg(task.id), 8000);
            // The form usually still shows that edit: it is now what Reply has.
            if (m_parts.model->taskId() == task.id)
                m_parts.model->acceptSaved(task, edit);
            Q_EMIT taskShown(task);
        });
    connect(parts.outbox, &presentation::OutboxSender::attentionNeeded, this,
        [this](const QString &, const QString &message) { m_parts.statusBar->showMessage(message, 15000); });
    connect(parts.editor, &Controller::conflict, this, &SafetyNet::onConflict);
    connect(parts.editor, &Controller::noLongerEditable, this, &SafetyNet::onNoLongerEditable);
    connect(parts.editor, &Controller::delivered, this,
        [this](qint64 requestedId, const core::TaskEdit &sent, const core::Task &saved) {
            m_parts.drafts->onDelivered(requestedId, sent, saved);
            m_parts.outbox->forgetTask(saved.id);
            // Reply answers again: whatever waits in the outbox can go now.
            m_parts.outbox->sendNow();
        });
    connect(parts.editor, &Controller::taskLoaded, this, [this] { m_parts.outbox->sendNow(); });
    connect(parts.editor, &Controller::retrying, this, [this](int seconds) {
        m_parts.statusBar->showMessage(
            tr("Reply did not answer; retrying in %n second(s)…", nullptr, seconds), (seconds + 1) * 1000);
    });
    connect(parts.drafts, &presentation::DraftKeeper::writeFailed, this, [this](const QString &message) {
        m_parts.banner->showMessage(MessageBanner::Tone::Warning, message);
    });
    updateBadge(parts.outbox->count());
}

void SafetyNet::updateBadge(int count)
{
    m_outboxButton->setText(tr("Not sent: %n", nullptr, count));
    m_outboxButton->setAccessibleName(tr("%n save(s) not sent yet", nullptr, count));
    m_outboxButton->setVisible(count > 0);
}

bool SafetyNet::takeOver(const api::ApiError &error)
{
    if (!error.isTransient() || error.isOutcomeUnknown() || !m_parts.model->hasTask())
        return false;
    m_parts.drafts->flush();
    m_parts.outbox->enqueue(
        m_parts.model->base(), m_parts.model->edit(), m_parts.drafts->currentKey(), error.message());
    m_parts.banner->showMessage(MessageBanner::Tone::Warning,
        tr("Reply can't be reached right now, so your changes wait in “Not sent” on this "
           "computer. They go out on their own as soon as Reply answers again. %1")
            .arg(error.message()),
        tr("Try Again"));
    return true;
}

void SafetyNet::onConflict(const core::Task &theirs, const core::Task &base, const core::TaskEdit &mine)
{
    Q_UNUSED(base);
    const QString intro
        = tr("Someone changed task %1 in Reply while you were editing it, so nothing was sent. "
             "Choose, field by field, what to keep; then it is saved.")
              .arg(theirs.id);
    const auto merged
        = m_parts.prompts()->resolveConflict(m_parts.window, core::TaskEdit::fromTask(theirs), mine, intro);
    Q_EMIT taskShown(theirs);
    if (!merged) {
        m_parts.banner->showMessage(MessageBanner::Tone::Warning,
            tr("Nothing was sent: task %1 changed in Reply meanwhile. Your changes stay here "
               "and on this computer; save again to compare.")
                .arg(theirs.id));
        return;
    }
    m_parts.editor->resolveConflict(theirs, *merged);
}

void SafetyNet::onNoLongerEditable(const core::Task &theirs)
{
    m_parts.drafts->flush();
    Q_EMIT taskShown(theirs);
    m_parts.banner->showMessage(MessageBanner::Tone::Warning,
        tr("While you were editing, task %1 became %2 in Reply, so it can't be changed any "
           "more. Your changes stay in the form and are kept as a draft: copy what you need "
           "into a new task.")
            .arg(theirs.id)
            .arg(core::Labels::status(theirs.status).toLower()));
}

void SafetyNet::offerRecovery()
{
    for (int round = 0; round < 50; ++round) {
        const QList<store::Draft> drafts = m_parts.drafts->drafts();
        if (drafts.isEmpty())
            return;
        const auto choice = m_parts.prompts()->recoverDraft(m_parts.window, drafts);
        if (!choice)
            return;
        const auto it = std::find_if(drafts.cbegin(), drafts.cend(),
            [&](const store::Draft &d) { return d.effectiveKey() == choice->key; });
        if (it == drafts.cend())
            return;
        switch (choice->action) {
        case Prompts::RecoveryChoice::Discard:
            m_parts.drafts->discard(choice->key);
            continue;
        case Prompts::RecoveryChoice::Open:
            m_parts.drafts->restore(*it);
            Q_EMIT taskShown(it->base);
            return;
        case Prompts::RecoveryChoice::Compare: {
            // Against the snapshot it was made from; saving it checks Reply's current copy as usual.
            const auto merged = m_parts.prompts()->resolveConflict(m_parts.window,
                core::TaskEdit::fromTask(it->base), it->edit,
                tr("Your unsent changes next to the task as it was when you opened it. Keep what you want, "
                   "then save."));
            if (!merged)
                continue;
            store::Draft draft = *it;
            draft.edit = *merged;
            m_parts.drafts->restore(draft);
            Q_EMIT taskShown(it->base);
            return;
        }
        }
    }
}

void SafetyNet::showOutbox()
{
    const auto choice = m_parts.prompts()->outboxChoice(m_parts.window, m_parts.outbox->items());
    if (!choice)
        return;
    const auto items = m_parts.outbox->items();
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [&](const store::OutboxItem &item) { return item.id == choice->id; });
    if (it == items.cend())
        return;
    switch (choice->action) {
    case Prompts::OutboxChoice::Drop:
        m_parts.outbox->drop(it->id);
        return;
    case Prompts::OutboxChoice::SendNow:
        m_parts.outbox->retry(it->id);
        return;
    case Prompts::OutboxChoice::Open: {
        if (m_parts.settle && !m_parts.settle())
            return;
        // The rep takes the edit back into the form; it leaves the outbox only once it is saved.
        store::Draft draft;
        draft.key = it->taskKey();
        draft.taskId = it->taskId;
        draft.base = it->base;
        draft.edit = it->edit;
        m_parts.drafts->restore(draft);
        Q_EMIT taskShown(it->base);
        return;
    }
    }
}

} // namespace rte::ui
