// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "rescheduledialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rte::ui {

using presentation::RescheduleRequest;

RescheduleDialog::RescheduleDialog(int chosenCount, int overdueCount, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_chosen(new QRadioButton(tr("The &selected tasks (%n)", nullptr, chosenCount), this))
    , m_overdue(new QRadioButton(tr("&All overdue tasks in the list (%n)", nullptr, overdueCount), this))
    , m_toDay(new QRadioButton(tr("Move to &one day, each at its own time"), this))
    , m_spread(new QRadioButton(tr("S&pread over working days"), this))
    , m_day(new QDateEdit(today.addDays(1), this))
    , m_days(new QSpinBox(this))
    , m_from(new QTimeEdit(QTime(9, 0), this))
    , m_to(new QTimeEdit(QTime(17, 0), this))
{
    setWindowTitle(tr("Reschedule tasks"));
    m_chosen->setEnabled(chosenCount > 0);
    m_overdue->setEnabled(overdueCount > 0);
    m_day->setCalendarPopup(true);
    m_day->setMinimumDate(today);
    m_days->setRange(1, 20);
    m_days->setValue(3);
    // Hours and minutes, as the rep thinks of a working day (some locales' short format has seconds).
    for (QTimeEdit *time : {m_from, m_to})
        time->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));

    auto *which = new QGroupBox(tr("Which tasks"), this);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_chosen);
    whichLayout->addWidget(m_overdue);

    auto *how = new QGroupBox(tr("Where to"), this);
    auto *howLayout = new QFormLayout(how);
    howLayout->addRow(m_toDay);
    howLayout->addRow(m_spread);
    // Checked once each pair has its own group box: radio buttons are exclusive per parent.
    (chosenCount > 0 ? m_chosen : m_overdue)->setChecked(true);
    m_toDay->setChecked(true);
    const auto addRow = [this, howLayout](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        howLayout->addRow(caption, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    };
    addRow(tr("&Day (the first day when spreading)"), m_day);
    addRow(tr("&Working days"), m_days);
    addRow(tr("&From"), m_from);
    addRow(tr("&Until"), m_to);
    const auto updateSpread = [this] {
        for (QWidget *w :
            {static_cast<QWidget *>(m_days), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
            w->setEnabled(m_spread->isChecked());
    };
    connect(m_spread, &QRadioButton::toggled, this, updateSpread);
    updateSpread();

    auto *intro
        = new QLabel(tr("Each task keeps its length. Every task is read again first: one that changed "
                        "in Reply since your list was loaded is skipped, and the report says so."),
            this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reschedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(which);
    layout->addWidget(how);
    layout->addWidget(buttons);
}

RescheduleRequest RescheduleDialog::request() const
{
    RescheduleRequest request;
    request.which
        = m_overdue->isChecked() ? RescheduleRequest::Which::AllOverdue : RescheduleRequest::Which::Chosen;
    request.how = m_spread->isChecked() ? RescheduleRequest::How::Spread : RescheduleRequest::How::ToDay;
    request.day = m_day->date();
    request.workingDays = m_days->value();
    request.from = m_from->time();
    request.to = m_to->time();
    return request;
}

} // namespace rte::ui
