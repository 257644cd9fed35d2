#pragma once

#include "core/teamuser.h"
#include "presentation/taskactions.h"

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

    virtual ~Prompts() = default;
    virtual QMessageBox::StandardButton unsavedChanges(QWidget *parent) = 0;
    virtual std::optional<qint64> taskId(QWidget *parent, qint64 suggestion) = 0;
    virtual std::optional<QString> apiKey(QWidget *parent) = 0;
    virtual std::optional<Completion> completion(QWidget *parent, int count, bool isCall, bool inSequence)
        = 0;
    virtual bool confirmExecute(QWidget *parent, const QString &channel) = 0;
    virtual bool confirmDelete(QWidget *parent, int openCount, int finishedCount) = 0;
    virtual std::optional<qint64> reassignTo(QWidget *parent, const QList<core::TeamUser> &users, int count)
        = 0;
};

// The real dialogs.
class DialogPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)
public:
    QMessageBox::StandardButton unsavedChanges(QWidget *parent) override;
    std::optional<qint64> taskId(QWidget *parent, qint64 suggestion) override;
    std::optional<QString> apiKey(QWidget *parent) override;
    std::optional<Completion> completion(QWidget *parent, int count, bool isCall, bool inSequence) override;
    bool confirmExecute(QWidget *parent, const QString &channel) override;
    bool confirmDelete(QWidget *parent, int openCount, int finishedCount) override;
    std::optional<qint64> reassignTo(QWidget *parent, const QList<core::TeamUser> &users, int count) override;
};

} // namespace rte::ui
