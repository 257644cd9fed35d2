// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "prompts.h"

#include "choicelistdialog.h"
#include "comparedialog.h"
#include "completedialog.h"
#include "core/bodyformat.h"
#include "core/bodypreview.h"
#include "core/labels.h"
#include "reassigndialog.h"
#include "rescheduledialog.h"

#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace rte::ui {

QMessageBox::StandardButton DialogPrompts::unsavedChanges(QWidget *parent)
{
    return QMessageBox::question(parent, tr("Unsaved changes"),
        tr("This task has changes that are not saved on Reply yet. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

std::optional<qint64> DialogPrompts::taskId(QWidget *parent, qint64 suggestion)
{
    bool ok = false;
    const int id = QInputDialog::getInt(
        parent, tr("Open task"), tr("Task ID:"), int(suggestion), 1, 2147483647, 1, &ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<Prompts::Completion> DialogPrompts::completion(
    QWidget *parent, int count, bool isCall, bool inSequence, const QString &tasks)
{
    CompleteDialog dialog(count, isCall, inSequence, tasks, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Completion {dialog.callResult(), dialog.finishProspectInSequence()};
}

bool DialogPrompts::confirmExecute(QWidget *parent, const QString &channel, const QString &tasks)
{
    QMessageBox box(QMessageBox::Warning, tr("Send now?"),
        tr("This really sends the %1 to the contact now, and completes the task. It can't be undone.")
            .arg(channel),
        QMessageBox::Cancel, parent);
    box.setInformativeText(tasks);
    QPushButton *send = box.addButton(tr("&Send Now"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

bool DialogPrompts::confirmDelete(QWidget *parent, int openCount, int finishedCount, const QString &tasks)
{
    QStringList what;
    if (openCount > 0)
        what.append(tr("%n open task(s) will be cancelled.", nullptr, openCount));
    if (finishedCount > 0)
        what.append(tr("%n finished task(s) will be archived.", nullptr, finishedCount));
    QMessageBox box(QMessageBox::Warning, tr("Delete tasks?"),
        what.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + tr("Either way they disappear from your task list, and Reply can't bring them back."),
        QMessageBox::Cancel, parent);
    box.setInformativeText(tasks);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

std::optional<qint64> DialogPrompts::reassignTo(
    QWidget *parent, const QList<core::TeamUser> &users, int count, const QString &tasks)
{
    ReassignDialog dialog(users, count, tasks, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.userId();
}

std::optional<core::TaskEdit> DialogPrompts::resolveConflict(
    QWidget *parent, const core::TaskEdit &theirs, const core::TaskEdit &mine, const QString &intro)
{
    CompareDialog dialog(theirs, mine, intro, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.merged();
}

namespace {

QString describe(qint64 taskId, const core::TaskEdit &edit, const QDateTime &when)
{
    const QString what
        = taskId > 0 ? DialogPrompts::tr("Task %1").arg(taskId) : DialogPrompts::tr("New task");
    constexpr int PreviewLength = 60;
    const QString words = core::BodyFormat::isPlainTextChannel(edit.taskType)
        ? edit.body.simplified().left(PreviewLength)
        : core::BodyPreview::fromHtml(edit.body, PreviewLength);
    return DialogPrompts::tr("%1 · %2 · %3\n%4")
        .arg(what, core::Labels::taskType(edit.taskType),
            QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), words);
}

} // namespace

std::optional<Prompts::RecoveryChoice> DialogPrompts::recoverDraft(
    QWidget *parent, const QList<store::Draft> &drafts)
{
    QStringList rows;
    for (const store::Draft &draft : drafts)
        rows.append(describe(draft.taskId, draft.edit, draft.savedAt));
    ChoiceListDialog dialog(tr("Unsent changes"),
        tr("These changes were not sent to Reply when the app last closed. Open one to go on "
           "with it, compare it with what Reply has now, or discard it."),
        rows, {tr("&Open"), tr("&Compare…"), tr("&Discard")}, tr("&Later"), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.row() < 0)
        return std::nullopt;
    return RecoveryChoice {drafts.at(dialog.row()).effectiveKey(), RecoveryChoice::Action(dialog.choice())};
}

std::optional<Prompts::OutboxChoice> DialogPrompts::outboxChoice(
    QWidget *parent, const QList<store::OutboxItem> &items)
{
    QStringList rows;
    for (const store::OutboxItem &item : items)
        rows.append(describe(item.taskId, item.edit, item.queuedAt) + QLatin1Char('\n') + item.lastError);
    ChoiceListDialog dialog(tr("Not sent"),
        tr("These saves could not reach Reply. They go out on their own when Reply answers "
           "again; you can also open, drop or send one now."),
        rows, {tr("&Open"), tr("&Drop"), tr("&Send Now")}, tr("&Close"), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.row() < 0)
        return std::nullopt;
    return OutboxChoice {items.at(dialog.row()).id, OutboxChoice::Action(dialog.choice())};
}

std::optional<presentation::RescheduleRequest> DialogPrompts::reschedule(
    QWidget *parent, int chosenCount, int overdueCount, const QDate &today)
{
    RescheduleDialog dialog(chosenCount, overdueCount, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

bool DialogPrompts::rescheduleReport(
    QWidget *parent, const QString &summary, const QStringList &lines, bool canUndo)
{
    QMessageBox box(QMessageBox::Information, tr("Reschedule report"), summary, QMessageBox::Close, parent);
    // Task by task, as a rep (or support) can copy it.
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    // The first few at once; the rest behind "Show Details…".
    constexpr int shown = 5;
    QStringList first = lines.mid(0, shown);
    if (lines.size() > shown)
        first.append(tr("…and %n more under Show Details.", nullptr, int(lines.size()) - shown));
    box.setInformativeText(first.join(QLatin1Char('\n')));
    QPushButton *undo = canUndo ? box.addButton(tr("&Undo the Move"), QMessageBox::ResetRole) : nullptr;
    box.exec();
    return undo && box.clickedButton() == undo;
}

} // namespace rte::ui
