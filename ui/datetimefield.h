// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/datephrase.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCalendarWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace rte::ui {

class FieldMessage;

// A date and time as the rep reads and types it: the short date and time of their locale (no seconds),
// the zone named once beside the field, free text read by core::DatePhrase ("tomorrow 9am", "+2d",
// "morgen 9 Uhr") when Enter is pressed or the field is left, a calendar on Alt+Down or F4, and
// presets. The value in and out is UTC; an invalid QDateTime means "not set" (an empty field).
class DateTimeField : public QWidget
{
    Q_OBJECT
public:
    using NowFunction = std::function<QDateTime()>;

    explicit DateTimeField(QWidget *parent = nullptr);

    QDateTime dateTime() const { return m_value; }
    // Shows `utc` without telling anyone: the form syncs from its model through this.
    void setDateTime(const QDateTime &utc);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // The zone the rep's clock is in (the system's unless a test says otherwise).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // Where "now" comes from for "+1h", "tomorrow" and the presets; tests pin it.
    void setNowFunction(NowFunction now);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *zoneLabel() const { return m_zoneLabel; }
    QWidget *calendarPopup() const;
    QMenu *presetsMenu() const { return m_presetsMenu; }
    // Why the typed text was not taken, in plain words; empty when there is nothing to say.
    QString problem() const;
    void showCalendar();

Q_SIGNALS:
    // The rep changed the value: typed and confirmed, picked a day or a preset. Never for setDateTime().
    void dateTimeEdited(const QDateTime &utc);
    void problemChanged(const QString &problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitText();
    void commit(const QDateTime &utc);
    void applyPreset(core::DatePhrase::Preset preset);
    void pickDate(const QDate &date);
    void setProblem(const QString &problem);
    void showValue();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QToolButton *m_presetsButton;
    QMenu *m_presetsMenu;
    QLabel *m_zoneLabel;
    FieldMessage *m_problem;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDateTime m_value;
    QTimeZone m_zone;
    NowFunction m_now;
};

} // namespace rte::ui
