// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "completedialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rte::ui {

using CallResult = presentation::TaskActions::CallResult;

CompleteDialog::CompleteDialog(int count, bool isCall, bool inSequence, const QString &tasks, QWidget *parent)
    : QDialog(parent)
    , m_finish(new QCheckBox(tr("Also &finish the prospect in the sequence"), this))
{
    setWindowTitle(tr("Complete task"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(count == 1
            ? tr("Mark this task as done? Nothing is sent to the contact.")
            : tr("Mark %n task(s) as done? Nothing is sent to the contacts.", nullptr, count),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Which tasks, so the rep never completes the wrong one.
    auto *which = new QLabel(tasks, this);
    which->setObjectName(QStringLiteral("targetTasks"));
    which->setWordWrap(true);
    layout->addWidget(which);
    if (isCall) {
        auto *box = new QGroupBox(tr("How did the call go?"), this);
        auto *column = new QVBoxLayout(box);
        m_results = new QButtonGroup(this);
        const QList<QPair<CallResult, QString>> results {
            {CallResult::Positive, tr("&Positive: they are interested")},
            {CallResult::ToCall, tr("&To call again: no answer or call back later")},
            {CallResult::Negative, tr("&Negative: not interested")},
        };
        for (const auto &[result, label] : results) {
            auto *radio = new QRadioButton(label, box);
            m_results->addButton(radio, int(result));
            column->addWidget(radio);
        }
        m_results->button(int(CallResult::Positive))->setChecked(true);
        layout->addWidget(box);
    }
    m_finish->setVisible(inSequence);
    m_finish->setToolTip(tr("The prospect leaves the sequence and gets no further steps."));
    layout->addWidget(m_finish);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *complete = buttons->addButton(tr("&Complete"), QDialogButtonBox::AcceptRole);
    complete->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<CallResult> CompleteDialog::callResult() const
{
    if (!m_results || m_results->checkedId() < 0)
        return std::nullopt;
    return CallResult(m_results->checkedId());
}

bool CompleteDialog::finishProspectInSequence() const
{
    return m_finish->isVisible() && m_finish->isChecked();
}

} // namespace rte::ui
