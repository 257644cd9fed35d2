// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "safetynet.h"

#include "messagebanner.h"
#include "presentation/outboxsender.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/unsentwork.h"
#include "presentation/workspace.h"
#include "prompts.h"

#include <QToolButton>

namespace rte::ui {

using presentation::UnsentWork;

SafetyNet::SafetyNet(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_outboxButton(new QToolButton(parts.window))
{
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setToolTip(tr("Saves that could not reach Reply yet; they go out on their own"));
    connect(m_outboxButton, &QToolButton::clicked, this, &SafetyNet::showOutbox);
    presentation::OutboxSender *outbox = parts.workspace->unsent()->outbox();
    connect(outbox, &presentation::OutboxSender::countChanged, this, &SafetyNet::updateBadge);
    connect(parts.workspace->editor(), &presentation::TaskEditorController::conflict, this,
        &SafetyNet::onConflict);
    updateBadge(outbox->count());
}

void SafetyNet::updateBadge(int count)
{
    m_outboxButton->setText(tr("Not sent: %n", nullptr, count));
    m_outboxButton->setAccessibleName(tr("%n save(s) not sent yet", nullptr, count));
    m_outboxButton->setVisible(count > 0);
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
    if (!merged) {
        m_parts.banner->showMessage(MessageBanner::Tone::Warning,
            tr("Nothing was sent: task %1 changed in Reply meanwhile. Your changes stay here "
               "and on this computer; save again to compare.")
                .arg(theirs.id));
        return;
    }
    m_parts.workspace->editor()->resolveConflict(theirs, *merged);
}

void SafetyNet::offerRecovery()
{
    UnsentWork *unsent = m_parts.workspace->unsent();
    for (int round = 0; round < 50; ++round) {
        const QList<store::Draft> drafts = unsent->unsentDrafts();
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
            unsent->discardDraft(choice->key);
            continue;
        case Prompts::RecoveryChoice::Open:
            unsent->restoreDraft(*it);
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
            unsent->restoreDraft(draft);
            return;
        }
        }
    }
}

void SafetyNet::showOutbox()
{
    UnsentWork *unsent = m_parts.workspace->unsent();
    presentation::OutboxSender *outbox = unsent->outbox();
    const auto choice = m_parts.prompts()->outboxChoice(m_parts.window, outbox->items());
    if (!choice)
        return;
    switch (choice->action) {
    case Prompts::OutboxChoice::Drop:
        outbox->drop(choice->id);
        return;
    case Prompts::OutboxChoice::SendNow:
        outbox->retry(choice->id);
        return;
    case Prompts::OutboxChoice::Open:
        unsent->takeBackFromOutbox(choice->id);
        return;
    }
}

} // namespace rte::ui
