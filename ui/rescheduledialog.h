// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/rescheduler.h"

#include <QDialog>

class QDateEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace rte::ui {

// Which tasks to move and where: to one day, or spread over working days. It only asks; the
// workspace's action coordinator decides which rows that means and sends the moves.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    RescheduleDialog(int chosenCount, int overdueCount, const QDate &today, QWidget *parent = nullptr);
    presentation::RescheduleRequest request() const;

private:
    QRadioButton *m_chosen;
    QRadioButton *m_overdue;
    QRadioButton *m_toDay;
    QRadioButton *m_spread;
    QDateEdit *m_day;
    QSpinBox *m_days;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
};

} // namespace rte::ui
