// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The "On the server" panel fed a core::Task directly: everything whole and wrapped, the rendered
// content whenever the task carries it, teammates by name, and read-only text that is no Tab stop.
#include "core/task.h"
#include "presentation/translations.h"
#include "readonlytext.h"
#include "taskdetailpanel.h"

#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QTest>

using rte::core::Task;
using rte::ui::ReadOnlyText;
using rte::ui::TaskDetailPanel;

namespace {

Task emailTask()
{
    Task task;
    task.id = 42;
    task.contactId = 2001;
    task.taskType = rte::core::TaskType::ManualEmail;
    task.assignedUserId = 1002;
    task.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    task.startAt = task.createdAt;
    task.dueTo = task.createdAt.addDays(1);
    task.taskTemplate = rte::core::TaskTemplate {
        QStringLiteral("<p>Hi {{firstName}}</p>"), QStringLiteral("Hello {{firstName}}"), std::nullopt};
    return task;
}

// 300 characters of words, so it can wrap.
QString longSubject()
{
    QString subject;
    for (int i = 0; subject.size() < 300; ++i)
        subject += QStringLiteral("word%1 ").arg(i);
    subject.truncate(299);
    return subject + QLatin1Char('!');
}

} // namespace

class TestTaskDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rte::presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();

    void longSubject_isShownWholeAndWrapped();
    void multiParagraphBody_isShownWhole();
    void veryLongBody_isABoxThatScrollsItself();
    void megabyteBody_showsItsBeginningAndSaysTheRestIsInTheForm();
    void narrowingThePanel_keepsEverythingWhole();
    void unbrokenSubject_staysInsideThePanel();
    void taskShownWhileHidden_isWholeOnceShown();
    void renderedContent_isShownWheneverTheTaskCarriesIt();
    void knownTeammate_isShownByNameWithTheIdInTheTooltip();
    void readOnlyValues_areNoTabStopsButHaveAccessibleNames();

private:
    ReadOnlyText *value(const QString &key) const;
    void verifyWhole(const QString &key);

    TaskDetailPanel *m_panel = nullptr;
};

void TestTaskDetailPanel::init()
{
    m_panel = new TaskDetailPanel;
    m_panel->resize(360, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestTaskDetailPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

ReadOnlyText *TestTaskDetailPanel::value(const QString &key) const
{
    return m_panel->findChild<ReadOnlyText *>(key);
}

// Whole: no character left out, nothing wider than the panel, as tall as its wrapped text needs.
void TestTaskDetailPanel::verifyWhole(const QString &key)
{
    ReadOnlyText *label = value(key);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->lineWrapMode(), QTextEdit::WidgetWidth);
    QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
        qPrintable(QStringLiteral("%1: %2 high, needs %3 at width %4")
                       .arg(key)
                       .arg(label->height())
                       .arg(label->heightForWidth(label->width()))
                       .arg(label->width())));
    const QPoint right = label->mapTo(m_panel->viewport(), QPoint(label->width(), 0));
    QVERIFY2(right.x() <= m_panel->viewport()->width(),
        qPrintable(QStringLiteral("%1 ends at %2, the panel at %3")
                       .arg(key)
                       .arg(right.x())
                       .arg(m_panel->viewport()->width())));
    QCOMPARE(m_panel->horizontalScrollBar()->maximum(), 0);
    // Nothing of the text lies outside the value itself, across or down.
    QCOMPARE(label->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(label->verticalScrollBar()->maximum(), 0);
}

void TestTaskDetailPanel::longSubject_isShownWholeAndWrapped()
{
    Task task = emailTask();
    task.taskTemplate->subject = longSubject();
    task.content = rte::core::TaskContent {QStringLiteral("<p>Hi Olivia</p>"), longSubject()};
    m_panel->showTask(task);
    QCOMPARE(m_panel->rowText(QStringLiteral("template.subject")), longSubject());
    QCOMPARE(m_panel->rowText(QStringLiteral("content.subject")), longSubject());
    verifyWhole(QStringLiteral("template.subject"));
    verifyWhole(QStringLiteral("content.subject"));
    if (qEnvironmentVariableIsSet("RTE_GRAB"))
        m_panel->grab().save(qEnvironmentVariable("RTE_GRAB"));
}

void TestTaskDetailPanel::multiParagraphBody_isShownWhole()
{
    QStringList paragraphs;
    for (int i = 1; i <= 8; ++i)
        paragraphs.append(
            QStringLiteral("Paragraph %1 says something worth reading in full, and then some more words.")
                .arg(i));
    Task task = emailTask();
    task.taskTemplate->body
        = QStringLiteral("<p>") + paragraphs.join(QLatin1String("</p><p>")) + QStringLiteral("</p>");
    m_panel->showTask(task);
    const QString shown = m_panel->rowText(QStringLiteral("template.body"));
    for (const QString &paragraph : paragraphs)
        QVERIFY2(shown.contains(paragraph), qPrintable(shown));
    verifyWhole(QStringLiteral("template.body"));
    // Longer than the panel: it scrolls rather than cuts.
    QVERIFY(m_panel->verticalScrollBar()->maximum() > 0);

    // A plain-text channel keeps its line breaks.
    task.taskType = rte::core::TaskType::Sms;
    task.taskTemplate->body = paragraphs.join(QLatin1String("\n\n"));
    m_panel->showTask(task);
    QCOMPARE(m_panel->rowText(QStringLiteral("template.body")), task.taskTemplate->body);
    verifyWhole(QStringLiteral("template.body"));
}

// A very long body is not laid out whole to know its height (that took half a second per change):
// it is a box of a few lines in the panel, with a scroll bar of its own.
void TestTaskDetailPanel::veryLongBody_isABoxThatScrollsItself()
{
    QString body;
    for (int i = 0, characters = 0; characters <= ReadOnlyText::kShownText; ++i) {
        const QString paragraph
            = QStringLiteral("Paragraph %1 of a very long email, with words enough to wrap.").arg(i);
        body += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
        characters += int(paragraph.size()) + 1;
    }
    Task task = emailTask();
    task.taskTemplate->body = body;
    m_panel->showTask(task);
    ReadOnlyText *value = this->value(QStringLiteral("template.body"));
    QVERIFY(value);
    const int box = value->fontMetrics().lineSpacing() * ReadOnlyText::kLongTextLines;
    QTRY_COMPARE(value->height(), box);
    QTRY_VERIFY(value->verticalScrollBar()->maximum() > 0);
    QVERIFY(value->toPlainText().contains(QLatin1String("Paragraph 0 ")));
    QVERIFY(value->toPlainText().endsWith(QLatin1String("The form has the whole text.")));

    // A short body afterwards is whole again.
    m_panel->showTask(emailTask());
    verifyWhole(QStringLiteral("template.body"));
}

// A megabyte is not parsed for the panel: its beginning is shown, and a line says what is left out
// and where the whole text is.
void TestTaskDetailPanel::megabyteBody_showsItsBeginningAndSaysTheRestIsInTheForm()
{
    QString body;
    for (int i = 0; body.size() < 1024 * 1024; ++i)
        body += QStringLiteral("<p>Paragraph %1 of a very long email, with <b>words</b> enough to wrap.</p>")
                    .arg(i);
    Task task = emailTask();
    task.taskTemplate->body = body;
    m_panel->showTask(task);
    ReadOnlyText *value = this->value(QStringLiteral("template.body"));
    QVERIFY(value);
    const QString shown = value->toPlainText();
    QVERIFY(shown.startsWith(QLatin1String("Paragraph 0 of a very long email")));
    QVERIFY(shown.size() < ReadOnlyText::kShownText);
    QVERIFY2(shown.endsWith(QLatin1String("not shown here. The form has the whole text.")),
        qPrintable(shown.right(120)));
    QVERIFY(!shown.contains(QLatin1String("<p>"))); // no tag cut in half shows as text
}

Task taskWithLongText()
{
    Task task = emailTask();
    task.taskTemplate->subject = longSubject();
    task.taskTemplate->body = QStringLiteral("<p>") + longSubject() + QStringLiteral("</p><p>")
        + longSubject() + QStringLiteral("</p>");
    task.content = rte::core::TaskContent {task.taskTemplate->body, longSubject()};
    return task;
}

void TestTaskDetailPanel::narrowingThePanel_keepsEverythingWhole()
{
    m_panel->resize(900, 700);
    m_panel->showTask(taskWithLongText());
    QTRY_COMPARE(m_panel->width(), 900);
    m_panel->resize(280, 700);
    QTRY_COMPARE(m_panel->width(), 280);
    for (const char *key : {"template.subject", "template.body", "content.subject", "content.body"})
        verifyWhole(QLatin1String(key));
}

void TestTaskDetailPanel::unbrokenSubject_staysInsideThePanel()
{
    // A link or a run of characters without a space must wrap too, not push the panel wide.
    const QString unbroken = QStringLiteral("https://example.com/") + QString(280, QLatin1Char('x'));
    Task task = emailTask();
    task.taskTemplate->subject = unbroken;
    task.content
        = rte::core::TaskContent {QStringLiteral("<p>") + unbroken + QStringLiteral("</p>"), unbroken};
    m_panel->showTask(task);
    QCOMPARE(m_panel->rowText(QStringLiteral("template.subject")), unbroken);
    for (const char *key : {"template.subject", "content.subject", "content.body"})
        verifyWhole(QLatin1String(key));
}

void TestTaskDetailPanel::taskShownWhileHidden_isWholeOnceShown()
{
    m_panel->hide();
    m_panel->showTask(taskWithLongText());
    m_panel->resize(300, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    for (const char *key : {"template.subject", "template.body", "content.subject", "content.body"})
        verifyWhole(QLatin1String(key));
}

void TestTaskDetailPanel::renderedContent_isShownWheneverTheTaskCarriesIt()
{
    Task task = emailTask();
    task.content
        = rte::core::TaskContent {QStringLiteral("<p>Hi Olivia</p>"), QStringLiteral("Hello Olivia")};
    m_panel->showTask(task);
    QVERIFY(value(QStringLiteral("content.subject"))->isVisible());
    QVERIFY(value(QStringLiteral("content.body"))->isVisible());
    QCOMPARE(m_panel->rowText(QStringLiteral("content.subject")), QStringLiteral("Hello Olivia"));
    QCOMPARE(m_panel->rowText(QStringLiteral("content.body")), QStringLiteral("Hi Olivia"));

    // An answer without it (a save's) hides the rows rather than show a blank or the old text ...
    Task saved = task;
    saved.content.reset();
    m_panel->showTask(saved);
    QVERIFY(!value(QStringLiteral("content.subject"))->isVisible());
    QVERIFY(!value(QStringLiteral("content.body"))->isVisible());
    // ... and the next task that carries it shows it again, also after clear().
    m_panel->clear();
    m_panel->showTask(task);
    QVERIFY(value(QStringLiteral("content.subject"))->isVisible());
    QVERIFY(value(QStringLiteral("content.body"))->isVisible());
    QCOMPARE(m_panel->rowText(QStringLiteral("content.body")), QStringLiteral("Hi Olivia"));
}

void TestTaskDetailPanel::knownTeammate_isShownByNameWithTheIdInTheTooltip()
{
    m_panel->showTask(emailTask());
    QCOMPARE(m_panel->rowText(QStringLiteral("assignedUserId")), QStringLiteral("1002"));

    m_panel->setUserNames({{1001, QStringLiteral("Dana Whitfield")}, {1002, QStringLiteral("Priya Raman")}});
    QCOMPARE(m_panel->rowText(QStringLiteral("assignedUserId")), QStringLiteral("Priya Raman"));
    ReadOnlyText *assigned = value(QStringLiteral("assignedUserId"));
    QCOMPARE(assigned->toPlainText(), QStringLiteral("Priya Raman"));
    QVERIFY(assigned->toolTip().contains(QLatin1String("1002")));
    QVERIFY(assigned->accessibleName().contains(QLatin1String("Priya Raman")));
    QVERIFY(assigned->accessibleName().contains(QLatin1String("1002")));

    // An id the list does not know stays an id.
    Task other = emailTask();
    other.assignedUserId = 4711;
    m_panel->showTask(other);
    QCOMPARE(assigned->toPlainText(), QStringLiteral("4711"));
}

void TestTaskDetailPanel::readOnlyValues_areNoTabStopsButHaveAccessibleNames()
{
    Task task = emailTask();
    task.content
        = rte::core::TaskContent {QStringLiteral("<p>Hi Olivia</p>"), QStringLiteral("Hello Olivia")};
    task.deliveryInfo
        = rte::core::DeliveryInfo {QStringLiteral("olivia@example.com"), std::nullopt, std::nullopt};
    m_panel->showTask(task);
    for (QLabel *caption : m_panel->widget()->findChildren<QLabel *>())
        QVERIFY2(!(caption->focusPolicy() & Qt::TabFocus), qPrintable(caption->text()));
    const QList<ReadOnlyText *> values = m_panel->widget()->findChildren<ReadOnlyText *>();
    QCOMPARE(values.size(), 24);
    for (ReadOnlyText *text : values) {
        QVERIFY2(!(text->focusPolicy() & Qt::TabFocus), qPrintable(text->objectName()));
        QVERIFY2(!text->accessibleName().isEmpty(), qPrintable(text->objectName()));
        QVERIFY(text->isReadOnly());
    }
    // A link row is read out as the address, not as markup.
    QCOMPARE(value(QStringLiteral("email"))->accessibleName(), QStringLiteral("olivia@example.com"));
}

QTEST_MAIN(TestTaskDetailPanel)
#include "tst_taskdetailpanel.moc"
