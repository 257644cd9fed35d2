// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The date field on its own, with a pinned "now" and Europe/Berlin: what it shows, what typing,
// the calendar keys and the presets set.

#include "../support/berlintime.h"
#include "datetimefield.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace rte;

namespace {

using test::berlin;

QDateTime wall(int y, int mo, int d, int h, int mi, int s = 0)
{
    return test::berlinTime(y, mo, d, h, mi, s);
}

// Wednesday 2 December 2026, 10:17:42 in Berlin.
const QDateTime kNow = wall(2026, 12, 2, 10, 17, 42);

} // namespace

class TestDateTimeField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theValue_showsWithoutSecondsAndWithoutTheZone();
    void theZone_isNamedOnceBesideTheField();
    void typingTomorrow9amAndEnter_setsTheUtcValue();
    void typingTheShownFormat_setsThatValue();
    void typingNonsense_saysSoAndKeepsTheValue();
    void clearingTheText_unsetsTheValue();
    void calendarKey_opensThePopup_data();
    void calendarKey_opensThePopup();
    void pickingADay_keepsTheTime();
    void preset_setsItsValue_data();
    void preset_setsItsValue();
    void setDateTime_isNotAnEdit();
    void readOnly_opensNoCalendar();

private:
    ui::DateTimeField *m_field = nullptr;
    QWidget *m_window = nullptr;
};

void TestDateTimeField::init()
{
    m_window = new QWidget;
    m_field = new ui::DateTimeField(m_window);
    m_field->setLocale(QLocale(QLocale::German, QLocale::Germany));
    m_field->setTimeZone(berlin());
    m_field->setNowFunction([] { return kNow; });
    m_field->setDateTime(wall(2026, 12, 10, 15, 30, 27).toUTC());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_field->setFocus();
}

void TestDateTimeField::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_field = nullptr;
}

void TestDateTimeField::theValue_showsWithoutSecondsAndWithoutTheZone()
{
    const QString text = m_field->lineEdit()->text();
    QCOMPARE(text, QStringLiteral("10.12.2026 15:30"));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))));
    QVERIFY(!text.contains(QLatin1String("CET")));
    QVERIFY(!text.contains(QLatin1String("Berlin")));
}

void TestDateTimeField::theZone_isNamedOnceBesideTheField()
{
    QCOMPARE(m_field->zoneLabel()->text(), QStringLiteral("Europe/Berlin (CET)"));
    QVERIFY(m_field->zoneLabel()->isVisible());
    int mentions = 0;
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        mentions += label->isVisible() && label->text().contains(QLatin1String("Europe/Berlin")) ? 1 : 0;
    QCOMPARE(mentions, 1);
    // A summer value names summer time.
    m_field->setDateTime(wall(2026, 7, 1, 9, 0).toUTC());
    QCOMPARE(m_field->zoneLabel()->text(), QStringLiteral("Europe/Berlin (CEST)"));
}

void TestDateTimeField::typingTomorrow9amAndEnter_setsTheUtcValue()
{
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    QLineEdit *edit = m_field->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("tomorrow 9am"));
    QCOMPARE(edited.count(), 0); // nothing until Enter
    QTest::keyClick(edit, Qt::Key_Return);
    const QDateTime expected(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toDateTime(), expected);
    QCOMPARE(m_field->dateTime(), expected);
    QCOMPARE(m_field->dateTime().timeSpec(), Qt::UTC);
    QCOMPARE(edit->text(), QStringLiteral("03.12.2026 09:00"));
    QVERIFY(m_field->problem().isEmpty());
}

void TestDateTimeField::typingTheShownFormat_setsThatValue()
{
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    QLineEdit *edit = m_field->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("24.12.2026 18:45"));
    // Leaving the field confirms as Enter does.
    m_field->lineEdit()->clearFocus();
    QTRY_COMPARE(edited.count(), 1);
    QCOMPARE(m_field->dateTime(), wall(2026, 12, 24, 18, 45).toUTC());
}

void TestDateTimeField::typingNonsense_saysSoAndKeepsTheValue()
{
    const QDateTime before = m_field->dateTime();
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    QSignalSpy problem(m_field, &ui::DateTimeField::problemChanged);
    QLineEdit *edit = m_field->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("soonish"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_field->dateTime(), before);
    QCOMPARE(problem.count(), 1);
    QVERIFY2(m_field->problem().contains(QLatin1String("soonish")), qPrintable(m_field->problem()));
    QCOMPARE(edit->text(), QStringLiteral("soonish")); // the rep's text stays to be corrected
    auto *shown = m_field->findChild<QLabel *>(QStringLiteral("dateProblem"));
    QVERIFY(shown && shown->isVisible());

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("+1h"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_field->problem().isEmpty());
    QVERIFY(!shown->isVisible());
    QCOMPARE(m_field->dateTime(), wall(2026, 12, 2, 11, 17).toUTC());
}

void TestDateTimeField::clearingTheText_unsetsTheValue()
{
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    QLineEdit *edit = m_field->lineEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QVERIFY(!m_field->dateTime().isValid());
    QCOMPARE(edit->placeholderText(), QStringLiteral("Not set"));
}

void TestDateTimeField::calendarKey_opensThePopup_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("F4") << int(Qt::Key_F4) << int(Qt::NoModifier);
    QTest::newRow("Alt+Down") << int(Qt::Key_Down) << int(Qt::AltModifier);
}

void TestDateTimeField::calendarKey_opensThePopup()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(!m_field->calendarPopup() || !m_field->calendarPopup()->isVisible());
    QTest::keyClick(m_field->lineEdit(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(m_field->calendarPopup());
    QTRY_VERIFY(m_field->calendarPopup()->isVisible());
    auto *calendar = m_field->calendarPopup()->findChild<QCalendarWidget *>();
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 10));
}

void TestDateTimeField::pickingADay_keepsTheTime()
{
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    m_field->showCalendar();
    auto *calendar = m_field->calendarPopup()->findChild<QCalendarWidget *>();
    QTRY_VERIFY(m_field->calendarPopup()->isVisible());
    calendar->setSelectedDate(QDate(2026, 12, 17));
    Q_EMIT calendar->activated(QDate(2026, 12, 17)); // what Enter on a day does
    QVERIFY(!m_field->calendarPopup()->isVisible());
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_field->dateTime(), wall(2026, 12, 17, 15, 30).toUTC());
}

void TestDateTimeField::preset_setsItsValue_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QDateTime>("expected");
    // The field holds Thursday 10 December 15:30:27; now is Wednesday 2 December 10:17:42.
    QTest::newRow("today, next full hour") << QStringLiteral("presetToday") << wall(2026, 12, 2, 11, 0);
    QTest::newRow("tomorrow 9:00") << QStringLiteral("presetTomorrow") << wall(2026, 12, 3, 9, 0);
    QTest::newRow("+1 hour on the value") << QStringLiteral("presetHourLater") << wall(2026, 12, 10, 16, 30);
    QTest::newRow("+1 day on the value") << QStringLiteral("presetDayLater") << wall(2026, 12, 11, 15, 30);
    QTest::newRow("next Monday 9:00") << QStringLiteral("presetNextMonday") << wall(2026, 12, 7, 9, 0);
}

void TestDateTimeField::preset_setsItsValue()
{
    QFETCH(QString, action);
    QFETCH(QDateTime, expected);
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    QAction *preset = m_field->presetsMenu()->findChild<QAction *>(action);
    QVERIFY(preset);
    QVERIFY(m_field->presetsMenu()->actions().contains(preset));
    preset->trigger();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_field->dateTime().toString(Qt::ISODate), expected.toUTC().toString(Qt::ISODate));
}

void TestDateTimeField::setDateTime_isNotAnEdit()
{
    QSignalSpy edited(m_field, &ui::DateTimeField::dateTimeEdited);
    m_field->setDateTime(wall(2026, 12, 24, 8, 0).toUTC());
    m_field->setDateTime(QDateTime());
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_field->lineEdit()->text().isEmpty());
}

void TestDateTimeField::readOnly_opensNoCalendar()
{
    m_field->setReadOnly(true);
    QTest::keyClick(m_field->lineEdit(), Qt::Key_F4);
    QVERIFY(!m_field->calendarPopup() || !m_field->calendarPopup()->isVisible());
    QVERIFY(m_field->lineEdit()->isReadOnly());
}

QTEST_MAIN(TestDateTimeField)
#include "tst_datetimefield.moc"
