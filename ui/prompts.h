// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskedit.h"
#include "core/teamuser.h"
#include "presentation/rescheduler.h"
#include "presentation/taskactions.h"
#include "store/draft.h"
#include "store/outboxitem.h"

#include <QMessageBox>

#include <optional>

class QWidget;

namespace rte::ui {

// Every question the window asks the rep, behind one interface, so tests answer without a modal
// dialog and the window's logic stays the same.
class Prompts
{
public:
    struct Completion
    {
        std::optional<presentation::TaskActions::CallResult> callResult;
        bool finishProspectInSequence = false;
    };

    struct RecoveryChoice
    {
        enum Action
        {
            Open,
            Compare,
            Discard
        };
        QString key;
        Action action = Open;
    };
    struct OutboxChoice
    {
        enum Action
        {
            Open,
            Drop,
            SendNow
        };
        QString id;
        Action action = Open;
    };

    virtual ~Prompts() = default;
    virtual QMessageBox::StandardButton unsavedChanges(QWidget *parent) = 0;
    virtual std::optional<qint64> taskId(QWidget *parent, qint64 suggestion) = 0;
    // Every confirmation names the tasks it will change: `tasks` lists them (type, contact, due).
    virtual std::optional<Completion> completion(
        QWidget *parent, int count, bool isCall, bool inSequence, const QString &tasks)
        = 0;
    virtual bool confirmExecute(QWidget *parent, const QString &channel, const QString &tasks) = 0;
    virtual bool confirmDelete(QWidget *parent, int openCount, int finishedCount, const QString &tasks) = 0;
    virtual std::optional<qint64> reassignTo(
        QWidget *parent, const QList<core::TeamUser> &users, int count, const QString &tasks)
        = 0;
    // Theirs against mine, field by field: the merged edit, or nothing when the rep keeps editing.
    virtual std::optional<core::TaskEdit> resolveConflict(
        QWidget *parent, const core::TaskEdit &theirs, const core::TaskEdit &mine, const QString &intro)
        = 0;
    // Unsent drafts from an earlier run: what to do with one of them, or nothing for "later".
    virtual std::optional<RecoveryChoice> recoverDraft(QWidget *parent, const QList<store::Draft> &drafts)
        = 0;
    virtual std::optional<OutboxChoice> outboxChoice(QWidget *parent, const QList<store::OutboxItem> &items)
        = 0;
    // Which tasks to move and where; nothing when the rep cancels.
    virtual std::optional<presentation::RescheduleRequest> reschedule(
        QWidget *parent, int chosenCount, int overdueCount, const QDate &today)
        = 0;
    // The per-task report of a bulk move; true when the rep asks to undo it.
    virtual bool rescheduleReport(
        QWidget *parent, const QString &summary, const QStringList &lines, bool canUndo)
        = 0;
};

// The real dialogs.
class DialogPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)
public:
    QMessageBox::StandardButton unsavedChanges(QWidget *parent) override;
    std::optional<qint64> taskId(QWidget *parent, qint64 suggestion) override;
    std::optional<Completion> completion(
        QWidget *parent, int count, bool isCall, bool inSequence, const QString &tasks) override;
    bool confirmExecute(QWidget *parent, const QString &channel, const QString &tasks) override;
    bool confirmDelete(QWidget *parent, int openCount, int finishedCount, const QString &tasks) override;
    std::optional<qint64> reassignTo(
        QWidget *parent, const QList<core::TeamUser> &users, int count, const QString &tasks) override;
    std::optional<core::TaskEdit> resolveConflict(QWidget *parent, const core::TaskEdit &theirs,
        const core::TaskEdit &mine, const QString &intro) override;
    std::optional<RecoveryChoice> recoverDraft(QWidget *parent, const QList<store::Draft> &drafts) override;
    std::optional<OutboxChoice> outboxChoice(QWidget *parent, const QList<store::OutboxItem> &items) override;
    std::optional<presentation::RescheduleRequest> reschedule(
        QWidget *parent, int chosenCount, int overdueCount, const QDate &today) override;
    bool rescheduleReport(
        QWidget *parent, const QString &summary, const QStringList &lines, bool canUndo) override;
};

} // namespace rte::ui
