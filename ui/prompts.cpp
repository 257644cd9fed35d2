#include "prompts.h"

#include "completedialog.h"
#include "reassigndialog.h"

#include <QInputDialog>
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

std::optional<QString> DialogPrompts::apiKey(QWidget *parent)
{
    bool ok = false;
    const QString key = QInputDialog::getText(parent, tr("Reply API key"),
        tr("Paste your Reply API key. You find it in Reply under Settings → "
           "API Key. It is kept in memory only until you quit."),
        QLineEdit::Password, QString(), &ok)
                            .trimmed();
    return ok && !key.isEmpty() ? std::optional<QString>(key) : std::nullopt;
}

std::optional<Prompts::Completion> DialogPrompts::completion(
    QWidget *parent, int count, bool isCall, bool inSequence)
{
    CompleteDialog dialog(count, isCall, inSequence, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Completion {dialog.callResult(), dialog.finishProspectInSequence()};
}

bool DialogPrompts::confirmExecute(QWidget *parent, const QString &channel)
{
    QMessageBox box(QMessageBox::Warning, tr("Send now?"),
        tr("This really sends the %1 to the contact now, and completes the task. It can't be undone.")
            .arg(channel),
        QMessageBox::Cancel, parent);
    QPushButton *send = box.addButton(tr("&Send Now"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

bool DialogPrompts::confirmDelete(QWidget *parent, int openCount, int finishedCount)
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
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

std::optional<qint64> DialogPrompts::reassignTo(
    QWidget *parent, const QList<core::TeamUser> &users, int count)
{
    ReassignDialog dialog(users, count, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.userId();
}

} // namespace rte::ui
