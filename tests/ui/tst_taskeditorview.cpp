// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The form against a bare TaskEditorModel: no window, no network, no sandbox. What the rep does
// with the keyboard must reach the model, and what the model says must reach the right field.

#include "bodyeditor.h"
#include "core/taskeditormodel.h"
#include "fieldmessage.h"
#include "presentation/spellchecker.h"
#include "presentation/translations.h"
#include "taskeditorview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextLayout>

using namespace rte;
using core::TaskField;
using core::TaskType;

namespace {

// Bold, a list and a link: what a plain-text channel can't show.
core::Task richEmailTask()
{
    core::Task task;
    task.id = 5;
    task.contactId = 11;
    task.taskType = TaskType::ManualEmail;
    task.status = core::TaskStatus::New;
    task.startAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    task.dueTo = task.startAt.addSecs(7200);
    task.taskTemplate = core::TaskTemplate {
        QStringLiteral("<p>Hi {{firstName}}, <b>three</b> things:</p><ul><li>pricing</li>"
                       "<li>the <a href=\"https://example.com/demo\">demo</a></li></ul>"),
        QStringLiteral("Pricing for {{company}}"), std::nullopt};
    return task;
}

} // namespace

class TestTaskEditorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();
    void arrowingThroughTheTypeList_keepsTheEmailFormatting();
    void typingInTheSubject_updatesTheModel();
    void clearingTheContactOfATaskWithVariables_showsTheMessageUnderContact();
    void aModelMessage_showsNextToItsFieldOnly();
    void typingAStartAndTab_setsTheModelInUtc_thenPresets_thenDue();
    void smsAndWhatsApp_hideTheSubjectRow();
    void smsCounter_measuresTheMessageWithTheContactsData();
    void goingIntoTheBody_loadsTheDictionaryAndUnderlinesAMisspelling();
    void subjectContextMenu_offersASpellingSuggestion();

private:
    template<typename T>
    T *field(const char *name) const
    {
        auto *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    core::TaskEditorModel *m_model = nullptr;
    ui::TaskEditorView *m_view = nullptr;
};

void TestTaskEditorView::init()
{
    m_model = new core::TaskEditorModel;
    m_model->load(richEmailTask());
    m_view = new ui::TaskEditorView(m_model);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestTaskEditorView::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestTaskEditorView::arrowingThroughTheTypeList_keepsTheEmailFormatting()
{
    auto *type = field<QComboBox>("taskTypeField");
    type->setFocus();
    QTRY_VERIFY(type->hasFocus());
    // The list reads To-do, Call, Meeting, LinkedIn, Manual email, SMS, WhatsApp: down to WhatsApp,
    // up to Meeting, and down again to the email.
    const QList<QPair<Qt::Key, TaskType>> steps {{Qt::Key_Down, TaskType::Sms},
        {Qt::Key_Down, TaskType::WhatsApp}, {Qt::Key_Up, TaskType::Sms}, {Qt::Key_Up, TaskType::ManualEmail},
        {Qt::Key_Up, TaskType::LinkedIn}, {Qt::Key_Up, TaskType::Meeting}, {Qt::Key_Down, TaskType::LinkedIn},
        {Qt::Key_Down, TaskType::ManualEmail}};
    for (const auto &[key, expected] : steps) {
        QTest::keyClick(type, key);
        QCOMPARE(m_model->taskType(), expected);
        // On the way, the plain-text channels show no tag.
        if (m_model->isPlainTextBody())
            QVERIFY2(!m_model->body().contains(QLatin1Char('<')), qPrintable(m_model->body()));
    }
    const QString body = m_model->body();
    QVERIFY2(body.contains(QLatin1String("<b>three</b>")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("<ul><li>pricing</li>")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("<a href=\"https://example.com/demo\">demo</a>")), qPrintable(body));
    QVERIFY(!m_model->isDirty()); // back where it started: nothing to save
    // And the editor shows it rich again.
    const QTextCharFormat bold = [this] {
        QTextCursor cursor(field<QTextEdit>("bodyField")->document());
        cursor.setPosition(
            int(field<QTextEdit>("bodyField")->toPlainText().indexOf(QLatin1String("three"))) + 1);
        return cursor.charFormat();
    }();
    QVERIFY(bold.fontWeight() >= QFont::Bold);
}

void TestTaskEditorView::typingInTheSubject_updatesTheModel()
{
    auto *subject = field<QLineEdit>("subjectField");
    subject->setFocus();
    subject->end(false);
    QTest::keyClicks(subject, QStringLiteral(" today"));
    QCOMPARE(m_model->subject(), QStringLiteral("Pricing for {{company}} today"));
    QVERIFY(m_model->isDirty());
    QVERIFY(m_view->saveButton()->isEnabled());
}

void TestTaskEditorView::clearingTheContactOfATaskWithVariables_showsTheMessageUnderContact()
{
    auto *contact = field<QLineEdit>("contactIdField");
    auto *message = field<ui::FieldMessage>("contactIdMessage");
    QVERIFY(message->isHidden());
    contact->setFocus();
    contact->selectAll();
    QTest::keyClick(contact, Qt::Key_Backspace);
    QCOMPARE(m_model->contactId(), QString());
    // The body says {{firstName}}: without a contact the prospect would read "Hi ,".
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), m_model->message(TaskField::ContactId));
    QVERIFY2(message->text().contains(QLatin1String("{{")), qPrintable(message->text()));
    QCOMPARE(contact->accessibleDescription(), message->text()); // read out with the field
    QVERIFY(field<ui::FieldMessage>("bodyMessage")->isHidden());

    QTest::keyClicks(contact, QStringLiteral("11"));
    QVERIFY(message->isHidden());
}

void TestTaskEditorView::aModelMessage_showsNextToItsFieldOnly()
{
    m_model->setDueTo(m_model->startAt().addSecs(-60));
    auto *due = field<ui::FieldMessage>("dueToMessage");
    QVERIFY(due->isVisible());
    QCOMPARE(due->text(), m_model->message(TaskField::DueTo));
    QCOMPARE(m_view->fieldMessage(TaskField::DueTo), due->text());
    for (const char *other :
        {"taskTypeMessage", "contactIdMessage", "startAtMessage", "subjectMessage", "bodyMessage"})
        QVERIFY2(field<ui::FieldMessage>(other)->isHidden(), other);
}

void TestTaskEditorView::typingAStartAndTab_setsTheModelInUtc_thenPresets_thenDue()
{
    auto *start = field<QLineEdit>("startAtField");
    QCOMPARE(start->accessibleName(), QStringLiteral("Start"));
    start->setFocus();
    QTRY_VERIFY(start->hasFocus());
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("2026-12-03 10:00"));
    QTest::keyClick(start, Qt::Key_Tab); // leaving the field confirms the text
    QCOMPARE(m_model->startAt(), QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)); // 10:00 in Berlin
    // Tab goes on to the start's presets, then to Due.
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("presetsButton"));
    QVERIFY(start->parentWidget()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), field<QLineEdit>("dueToField"));
}

void TestTaskEditorView::smsAndWhatsApp_hideTheSubjectRow()
{
    auto *subject = field<QLineEdit>("subjectField");
    auto *message = field<QWidget>("subjectMessage");
    QLabel *caption = nullptr;
    for (QLabel *label : m_view->findChildren<QLabel *>()) {
        if (label->buddy() == subject)
            caption = label;
    }
    QVERIFY(caption);
    m_model->setServerMessages({{TaskField::Subject, QStringLiteral("The subject is too long for Reply.")}});
    for (const TaskType type :
        {TaskType::Sms, TaskType::WhatsApp, TaskType::LinkedIn, TaskType::ManualEmail}) {
        m_model->setTaskType(type);
        const bool shown = type != TaskType::Sms && type != TaskType::WhatsApp;
        QCOMPARE(subject->isVisible(), shown);
        QCOMPARE(caption->isVisible(), shown);
        if (!shown)
            QVERIFY(!message->isVisible());
    }
}

void TestTaskEditorView::smsCounter_measuresTheMessageWithTheContactsData()
{
    m_model->setTaskType(TaskType::Sms);
    m_model->setBody(QStringLiteral("Hi {{firstName}}"));
    auto *count = m_view->bodyEditor()->findChild<QLabel *>(QStringLiteral("characterCount"));
    QVERIFY(count->isVisible());
    // As typed, each brace is a GSM-7 extension character and counts two: 16 characters, 20 counted.
    QVERIFY2(
        count->text().startsWith(QStringLiteral("20 characters · 1 SMS part")), qPrintable(count->text()));
    QVERIFY2(count->text().contains(QLatin1String("estimate")), qPrintable(count->text()));

    core::Contact zoe;
    zoe.id = 11;
    zoe.firstName = QString::fromUtf8("Zo\xC3\xAB");
    m_model->setContact(zoe);
    // "Hi Zoë": six characters, and the ë makes it UCS-2.
    QVERIFY2(
        count->text().startsWith(QStringLiteral("6 characters · 1 SMS part")), qPrintable(count->text()));
    QVERIFY(!count->text().contains(QLatin1String("estimate")));
    QVERIFY2(count->text().contains(QLatin1String("70 characters")), qPrintable(count->text()));

    auto *body = field<QTextEdit>("bodyField");
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QString(150, QLatin1Char('a')));
    QVERIFY2(count->text().contains(QLatin1String("This SMS goes out as 3 parts; each is charged.")),
        qPrintable(count->text()));
    QVERIFY(m_view->fieldMessage(TaskField::Body).isEmpty());

    // Past ten parts the model refuses, next to the body.
    m_model->setBody(QStringLiteral("Hi {{firstName}}") + QString(700, QLatin1Char('a')));
    QVERIFY2(m_view->fieldMessage(TaskField::Body).contains(QLatin1String("too long")),
        qPrintable(m_view->fieldMessage(TaskField::Body)));
    QVERIFY(!m_model->isValid());
}

void TestTaskEditorView::goingIntoTheBody_loadsTheDictionaryAndUnderlinesAMisspelling()
{
    if (!presentation::SpellChecker(QLocale()).isAvailable())
        QSKIP("No Hunspell dictionary installed");
    // The dictionary is not read at start; the first visit to a text field reads it in the background.
    auto *body = m_view->findChild<QTextEdit *>();
    QVERIFY(body);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" We recieve"));
    const auto underlined = [body] {
        for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    return block.text().mid(range.start, range.length);
            }
        }
        return QString();
    };
    QTRY_COMPARE(underlined(), QStringLiteral("recieve"));
}

void TestTaskEditorView::subjectContextMenu_offersASpellingSuggestion()
{
    if (!presentation::SpellChecker::shared(QLocale())->isAvailable())
        QSKIP("No Hunspell dictionary installed");
    auto *subject = field<QLineEdit>("subjectField");
    subject->setFocus();
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Pricng for {{company}}"));
    // A point inside "Pricng", a few letters in from the left edge.
    const QPoint onWord(
        subject->fontMetrics().horizontalAdvance(QStringLiteral("Pri")) + 6, subject->height() / 2);
    QVERIFY(subject->cursorPositionAt(onWord) > 0 && subject->cursorPositionAt(onWord) < 6);
    std::unique_ptr<QMenu> menu(m_view->createSubjectContextMenu(onWord));
    QAction *pricing = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Pricing"))
            pricing = action;
    }
    QVERIFY(pricing);
    pricing->trigger();
    QCOMPARE(m_model->subject(), QStringLiteral("Pricing for {{company}}"));
}

QTEST_MAIN(TestTaskEditorView)
#include "tst_taskeditorview.moc"
