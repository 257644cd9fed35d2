// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/taskactions.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;

namespace rte::ui {

// Asks how a task went before it is marked done: the call result for call tasks, and whether the
// prospect should also leave the sequence.
class CompleteDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteDialog(int count, bool isCall, bool inSequence, const QString &tasks, QWidget *parent = nullptr);
    std::optional<presentation::TaskActions::CallResult> callResult() const;
    bool finishProspectInSequence() const;

private:
    QButtonGroup *m_results = nullptr;
    QCheckBox *m_finish;
};

} // namespace rte::ui
