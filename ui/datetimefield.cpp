// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "datetimefield.h"

#include "core/zonedtime.h"
#include "fieldmessage.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace rte::ui {

using core::DatePhrase;
using core::ZonedTime;

DateTimeField::DateTimeField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_presetsButton(new QToolButton(this))
    , m_presetsMenu(new QMenu(m_presetsButton))
    , m_zoneLabel(new QLabel(this))
    , m_problem(new FieldMessage(nullptr, this))
    , m_zone(QTimeZone::systemTimeZone())
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_edit->setPlaceholderText(tr("Not set"));
    m_edit->setToolTip(tr("Type a date and time, or words such as \"tomorrow 9am\", \"fri 14:00\", \"+2d\" "
                          "or \"in 3 hours\", and press Enter. Alt+Down or F4 opens the calendar."));
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    // The calendar opens from the keyboard (Alt+Down, F4); the button is for the mouse only, so Tab
    // goes from the text straight to the presets.
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setArrowType(Qt::DownArrow);
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_calendarButton->setToolTip(tr("Pick a day from the calendar (Alt+Down or F4)"));
    m_calendarButton->setAccessibleName(tr("Calendar"));
    connect(m_calendarButton, &QToolButton::clicked, this, &DateTimeField::showCalendar);

    const QString nine = locale().toString(QTime(9, 0), QLocale::ShortFormat);
    const struct
    {
        DatePhrase::Preset preset;
        const char *name;
        QString text;
        QString tip;
    } presets[] = {
        {DatePhrase::Preset::Today, "presetToday", tr("Today"), tr("Today at the next full hour")},
        {DatePhrase::Preset::Tomorrow, "presetTomorrow", tr("Tomorrow %1").arg(nine), QString()},
        {DatePhrase::Preset::HourLater, "presetHourLater", tr("+1 hour"),
            tr("One hour later than the time shown")},
        {DatePhrase::Preset::DayLater, "presetDayLater", tr("+1 day"),
            tr("One day later than the time shown, at the same time of day")},
        {DatePhrase::Preset::NextMonday, "presetNextMonday", tr("Next Monday %1").arg(nine), QString()},
    };
    for (const auto &entry : presets) {
        QAction *action = m_presetsMenu->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        action->setToolTip(entry.tip);
        const DatePhrase::Preset preset = entry.preset;
        connect(action, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
    }
    m_presetsMenu->setToolTipsVisible(true);
    m_presetsButton->setObjectName(QStringLiteral("presetsButton"));
    m_presetsButton->setText(tr("Presets"));
    m_presetsButton->setToolTip(tr("Today, tomorrow, an hour or a day later, or next Monday"));
    m_presetsButton->setMenu(m_presetsMenu);
    m_presetsButton->setPopupMode(QToolButton::InstantPopup);
    m_presetsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_presetsButton->setFocusPolicy(Qt::TabFocus);

    // The zone once, beside the field, instead of inside every value.
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_problem->setObjectName(QStringLiteral("dateProblem"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_calendarButton);
    row->addWidget(m_presetsButton);
    row->addWidget(m_zoneLabel);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_problem);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateTimeField::commitText);
    showValue();
}

void DateTimeField::setDateTime(const QDateTime &utc)
{
    m_value = utc.isValid() ? utc.toUTC() : QDateTime();
    setProblem(QString());
    showValue();
}

void DateTimeField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_calendarButton->setEnabled(!readOnly);
    m_presetsButton->setEnabled(!readOnly);
}

bool DateTimeField::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void DateTimeField::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    showValue();
}

void DateTimeField::setNowFunction(NowFunction now)
{
    m_now = std::move(now);
    showValue();
}

QWidget *DateTimeField::calendarPopup() const
{
    return m_popup;
}

QString DateTimeField::problem() const
{
    return m_problem->message();
}

bool DateTimeField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool altDown = key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier);
        if (key->key() == Qt::Key_F4 || altDown) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateTimeField::showCalendar()
{
    if (isReadOnly())
        return;
    if (!m_popup) {
        // Built on first use: most forms are saved without anyone opening it.
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setAccessibleName(tr("Calendar"));
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateTimeField::pickDate);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateTimeField::pickDate);
    }
    const QDateTime shown = m_value.isValid() ? m_value : m_now();
    m_calendar->setSelectedDate(ZonedTime::wallClock(shown, m_zone).date());
    m_popup->adjustSize();
    m_popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateTimeField::pickDate(const QDate &date)
{
    // A day from the calendar keeps the time already there; a new value starts at 9:00.
    const QTime time = m_value.isValid()
        ? ZonedTime::wallClock(ZonedTime::wholeMinute(m_value), m_zone).time()
        : QTime(9, 0);
    m_popup->hide();
    m_edit->setFocus(Qt::PopupFocusReason);
    commit(ZonedTime::toUtc(date, time, m_zone));
}

void DateTimeField::applyPreset(DatePhrase::Preset preset)
{
    commit(DatePhrase::preset(preset, m_now(), m_value, m_zone));
}

void DateTimeField::commitText()
{
    const QString text = m_edit->text().simplified();
    if (text == DatePhrase::format(m_value, locale(), m_zone)) {
        setProblem(QString());
        return;
    }
    if (text.isEmpty()) {
        commit(QDateTime());
        return;
    }
    // Plain date-times in the rep's format and words alike: DatePhrase reads both.
    const std::optional<QDateTime> parsed = DatePhrase::parse(text, m_now(), locale(), m_zone);
    if (!parsed) {
        setProblem(tr("\"%1\" is not a date we can read. Type it like %2, or as words such as "
                      "\"tomorrow 9am\" or \"+2d\".")
                       .arg(text, DatePhrase::format(ZonedTime::wholeMinute(m_now()), locale(), m_zone)));
        return;
    }
    commit(*parsed);
}

void DateTimeField::commit(const QDateTime &utc)
{
    setProblem(QString());
    const bool changed = utc != m_value || utc.isValid() != m_value.isValid();
    m_value = utc;
    showValue();
    if (changed)
        Q_EMIT dateTimeEdited(m_value);
}

void DateTimeField::setProblem(const QString &problem)
{
    if (problem == m_problem->message())
        return;
    m_problem->setMessage(problem);
    Q_EMIT problemChanged(problem);
}

void DateTimeField::showValue()
{
    m_edit->setText(DatePhrase::format(m_value, locale(), m_zone));
    m_edit->setCursorPosition(0);
    // The abbreviation of the value's own season: a June date reads CEST even when it's winter now.
    const QDateTime at = m_value.isValid() ? m_value : m_now();
    const QString id = QString::fromLatin1(m_zone.id());
    const QString abbreviation = m_zone.abbreviation(at);
    m_zoneLabel->setText(
        abbreviation.isEmpty() || abbreviation == id ? id : QStringLiteral("%1 (%2)").arg(id, abbreviation));
}

} // namespace rte::ui
