// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The window against the real sandbox over loopback HTTP: open, type, save, and compare what the
// side panel shows with the sandbox's own copy.
#include "bodyeditor.h"
#include "core/datephrase.h"
#include "datetimefield.h"
#include "messagebanner.h"
#include "taskdetailpanel.h"
#include "taskeditorview.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>

using namespace rte;
using core::TaskField;
using Controller = presentation::TaskEditorController;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rte::presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();

    void openingATask_fillsTheFormAndThePanel();
    void everyFieldHasItsLabelAsAccessibleName();
    void typingAndCtrlS_savesAndThePanelShowsWhatTheServerHas();
    void untouchedBody_goesBackExactlyAsItCame();
    void dueBeforeStart_showsMessageNextToDueAndSendsNothing();
    void serverRefusal_showsNextToTheFormAndKeepsTheEdit();
    void lostConnection_saysWhatToDoAndKeepsTheEdit();
    void switchingToSms_convertsTheBodyAndSaysSo();
    void finishedTask_isReadOnlyAndSaysWhy();
    void sequenceTask_locksTypeAndContact();
    void missingTask_saysSoInPlainWords();
    void everyAltShortcutInTheWindowIsUnique();

private:
    std::unique_ptr<test::WindowFixture> m_f;
    testsupport::TestSandbox *m_sandbox = nullptr;
    core::TaskEditorModel *m_model = nullptr;
    Controller *m_controller = nullptr;
    ui::MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start());
    m_sandbox = m_f->sandbox.get();
    m_model = m_f->model;
    m_controller = m_f->editor;
    m_window = m_f->window;
}

void TestMainWindow::cleanup()
{
    m_f.reset();
}

void TestMainWindow::openingATask_fillsTheFormAndThePanel()
{
    QVERIFY(m_f->openAndWait(5));
    ui::TaskEditorView *view = m_window->editorView();
    const QJsonObject server = *m_sandbox->task(5);
    QCOMPARE(qobject_cast<QComboBox *>(view->fieldWidget(TaskField::TaskType))->currentText(),
        QStringLiteral("Manual email"));
    QCOMPARE(qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::ContactId))->text(),
        QString::number(server.value(QLatin1String("contactId")).toInteger()));
    QCOMPARE(qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::Subject))->text(),
        server.value(QLatin1String("template")).toObject().value(QLatin1String("subject")).toString());
    QVERIFY(!view->fieldWidget(TaskField::LinkedInTaskType)->isEnabled());
    QCOMPARE(m_window->detailPanel()->rowText(QStringLiteral("id")), QStringLiteral("5"));
    QCOMPARE(m_window->detailPanel()->rowText(QStringLiteral("status")), QStringLiteral("Open"));
    // The email address is a link the rep can click.
    const auto *email = m_window->detailPanel()->findChild<QTextEdit *>(QStringLiteral("email"));
    QVERIFY(email->toHtml().contains(QLatin1String("mailto:")));
    // GET asked for the rendered content, and the panel shows it.
    QVERIFY(m_sandbox->requests().last().query.queryItemValue(QStringLiteral("includeContent"))
        == QLatin1String("true"));
    QVERIFY(!m_window->detailPanel()->rowText(QStringLiteral("content.body")).contains(QLatin1String("{{")));
}

void TestMainWindow::everyFieldHasItsLabelAsAccessibleName()
{
    QVERIFY(m_f->openAndWait(1));
    ui::TaskEditorView *view = m_window->editorView();
    const QList<QPair<TaskField, QString>> expected {
        {TaskField::TaskType, QStringLiteral("Task type")},
        {TaskField::LinkedInTaskType, QStringLiteral("LinkedIn action")},
        {TaskField::ContactId, QStringLiteral("Contact ID")},
        {TaskField::StartAt, QStringLiteral("Start")},
        {TaskField::DueTo, QStringLiteral("Due")},
        {TaskField::Subject, QStringLiteral("Subject")},
        {TaskField::Body, QStringLiteral("Body")},
    };
    for (const auto &[field, name] : expected)
        QCOMPARE(view->fieldWidget(field)->accessibleName(), name);
    QCOMPARE(view->saveButton()->accessibleName(), QStringLiteral("Save"));
    // The start and due fields are date fields (with a calendar, presets and the zone beside them).
    QVERIFY(qobject_cast<ui::DateTimeField *>(view->fieldWidget(TaskField::StartAt)->parentWidget()));
    QVERIFY(qobject_cast<ui::DateTimeField *>(view->fieldWidget(TaskField::DueTo)->parentWidget()));
}

void TestMainWindow::typingAndCtrlS_savesAndThePanelShowsWhatTheServerHas()
{
    QVERIFY(m_f->openAndWait(2));
    ui::TaskEditorView *view = m_window->editorView();
    auto *subject = qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::Subject));
    subject->setFocus();
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Call about the renewal"));
    auto *contact = qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::ContactId));
    contact->setFocus();
    contact->selectAll();
    QTest::keyClicks(contact, QStringLiteral("2010"));
    auto *body = view->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Ask about Q3."));
    QVERIFY(m_model->isDirty());
    QVERIFY(view->saveButton()->isEnabled());
    QVERIFY(m_window->isWindowModified());

    QSignalSpy saved(m_controller, &Controller::saved);
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(5000));

    const QJsonObject server = *m_sandbox->task(2);
    const QJsonObject templ = server.value(QLatin1String("template")).toObject();
    QCOMPARE(templ.value(QLatin1String("subject")).toString(), QStringLiteral("Call about the renewal"));
    QCOMPARE(server.value(QLatin1String("contactId")).toInteger(), 2010);
    QVERIFY(templ.value(QLatin1String("body")).toString().contains(QLatin1String("Ask about Q3.")));
    QVERIFY(!templ.value(QLatin1String("body")).toString().contains(QLatin1String("qrichtext")));

    QCOMPARE(m_window->detailPanel()->rowText(QStringLiteral("template.subject")),
        QStringLiteral("Call about the renewal"));
    QCOMPARE(m_window->detailPanel()->rowText(QStringLiteral("contactId")), QStringLiteral("2010"));
    QVERIFY(!m_model->isDirty());
    QVERIFY(!m_window->isWindowModified());

    // The PUT was a full replacement: every editable field went out.
    const auto put = m_f->lastRequest("PUT", QStringLiteral("/v3/tasks/2"));
    QCOMPARE(put.method, QByteArray("PUT"));
    const QJsonObject sent = QJsonDocument::fromJson(put.body).object();
    for (const char *key : {"taskType", "startAt", "dueTo", "template", "contactId", "linkedInTaskType"})
        QVERIFY2(sent.contains(QLatin1String(key)), key);
    QVERIFY(sent.value(QLatin1String("startAt")).toString().endsWith(QLatin1Char('Z')));
}

void TestMainWindow::untouchedBody_goesBackExactlyAsItCame()
{
    const QString original = QStringLiteral("<div>Hi {{firstName}},<br/>see <strong>this</strong></div>");
    m_sandbox->changeTaskBehindClientsBack(1,
        QJsonObject {{QLatin1String("template"),
            QJsonObject {
                {QLatin1String("body"), original}, {QLatin1String("subject"), QStringLiteral("S")}}}});
    QVERIFY(m_f->openAndWait(1));
    auto *subject = qobject_cast<QLineEdit *>(m_window->editorView()->fieldWidget(TaskField::Subject));
    subject->setFocus();
    QTest::keyClicks(subject, QStringLiteral("!"));
    QSignalSpy saved(m_controller, &Controller::saved);
    m_window->editorView()->saveButton()->click();
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_sandbox->task(1)
                 ->value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
        original);
}

void TestMainWindow::dueBeforeStart_showsMessageNextToDueAndSendsNothing()
{
    QVERIFY(m_f->openAndWait(3));
    ui::TaskEditorView *view = m_window->editorView();
    QWidget *due = view->fieldWidget(TaskField::DueTo);
    auto *dueField = qobject_cast<ui::DateTimeField *>(due->parentWidget());
    auto *startField
        = qobject_cast<ui::DateTimeField *>(view->fieldWidget(TaskField::StartAt)->parentWidget());
    due->setFocus();
    // Typed as the rep would: the start's own display text, an hour earlier.
    QTest::keyClick(due, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(due,
        core::DatePhrase::format(
            startField->dateTime().addSecs(-3600), dueField->locale(), dueField->timeZone()));
    QTest::keyClick(due, Qt::Key_Return);
    QVERIFY(!view->fieldMessage(TaskField::DueTo).isEmpty());
    QVERIFY(view->fieldMessage(TaskField::StartAt).isEmpty());
    QCOMPARE(due->accessibleDescription(), view->fieldMessage(TaskField::DueTo));

    const int before = int(m_sandbox->requests().size());
    QSignalSpy refused(m_controller, &Controller::saveRefused);
    m_window->saveAction()->trigger();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(int(m_sandbox->requests().size()), before);
    QVERIFY(!view->banner()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), due);
}

void TestMainWindow::serverRefusal_showsNextToTheFormAndKeepsTheEdit()
{
    QVERIFY(m_f->openAndWait(4));
    // Valid here, refused there: Reply knows no contact 999999. Its answer lands next to the field.
    auto *contact = qobject_cast<QLineEdit *>(m_window->editorView()->fieldWidget(TaskField::ContactId));
    contact->setFocus();
    contact->selectAll();
    QTest::keyClicks(contact, QStringLiteral("999999"));
    QVERIFY(m_window->editorView()->fieldMessage(TaskField::ContactId).isEmpty());
    QSignalSpy failed(m_controller, &Controller::saveFailed);
    m_window->saveAction()->trigger();
    QVERIFY(failed.wait(5000));
    QVERIFY2(m_window->editorView()->fieldMessage(TaskField::ContactId).contains(QLatin1String("999999")),
        qPrintable(m_window->editorView()->fieldMessage(TaskField::ContactId)));
    QCOMPARE(contact->accessibleDescription(), m_window->editorView()->fieldMessage(TaskField::ContactId));
    QCOMPARE(contact->text(), QStringLiteral("999999"));
    QVERIFY(m_model->isDirty());
    QCOMPARE(m_sandbox->task(4)->value(QLatin1String("contactId")).toInteger() == 999999, false);
}

void TestMainWindow::lostConnection_saysWhatToDoAndKeepsTheEdit()
{
    QVERIFY(m_f->openAndWait(7));
    auto *body = m_window->editorView()->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Still here?"));
    // QNetworkAccessManager silently re-sends once when a kept-alive connection drops, and the client
    // tries three times: six drops before the rep is told.
    m_sandbox->injectDropConnection(6, QStringLiteral("/v3/tasks/7"));
    QSignalSpy failed(m_controller, &Controller::saveFailed);
    m_window->saveAction()->trigger();
    QVERIFY(failed.wait(5000));
    const QString banner = m_window->editorView()->banner()->text();
    QVERIFY2(banner.contains(QLatin1String("still in the form")), qPrintable(banner));
    QVERIFY(m_model->body().endsWith(QLatin1String(" Still here?")));
    // The banner offers to try again, and trying again works once the server answers.
    auto *tryAgain = m_window->editorView()->banner()->findChild<QPushButton *>();
    QVERIFY(tryAgain && tryAgain->isVisible());
    QSignalSpy saved(m_controller, &Controller::saved);
    tryAgain->click();
    QVERIFY(saved.wait(5000));
    QVERIFY(m_sandbox->task(7)
                ->value(QLatin1String("template"))
                .toObject()
                .value(QLatin1String("body"))
                .toString()
                .endsWith(QLatin1String(" Still here?")));
}

void TestMainWindow::switchingToSms_convertsTheBodyAndSaysSo()
{
    QVERIFY(m_f->openAndWait(5));
    ui::TaskEditorView *view = m_window->editorView();
    auto *type = qobject_cast<QComboBox *>(view->fieldWidget(TaskField::TaskType));
    type->setFocus();
    // Choose "SMS" from the keyboard, as a rep would.
    while (type->currentText() != QLatin1String("SMS")) {
        const int before = type->currentIndex();
        QTest::keyClick(type, Qt::Key_Down);
        QVERIFY(type->currentIndex() != before);
    }
    QCOMPARE(m_model->taskType(), core::TaskType::Sms);
    QVERIFY(view->banner()->text().contains(QLatin1String("plain text")));
    QVERIFY(!m_model->body().contains(QLatin1Char('<')));
    QVERIFY(view->bodyEditor()->isPlainTextMode());
    const auto *count = view->bodyEditor()->findChild<QLabel *>(QStringLiteral("characterCount"));
    QVERIFY(count->isVisible());
    QVERIFY(count->text().contains(QLatin1String("SMS part")));

    QSignalSpy saved(m_controller, &Controller::saved);
    m_window->saveAction()->trigger();
    QVERIFY(saved.wait(5000));
    const QJsonObject server = *m_sandbox->task(5);
    QCOMPARE(server.value(QLatin1String("taskType")).toString(), QStringLiteral("sms"));
    QVERIFY(!server.value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString()
                 .contains(QLatin1Char('<')));
}

void TestMainWindow::finishedTask_isReadOnlyAndSaysWhy()
{
    QVERIFY(m_f->openAndWait(9));
    ui::TaskEditorView *view = m_window->editorView();
    QVERIFY(view->banner()->text().contains(QLatin1String("finished")));
    QVERIFY(!view->saveButton()->isEnabled());
    QVERIFY(!view->fieldWidget(TaskField::TaskType)->isEnabled());
    QVERIFY(qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::Subject))->isReadOnly());
    QVERIFY(view->bodyEditor()->textEdit()->isReadOnly());
}

void TestMainWindow::sequenceTask_locksTypeAndContact()
{
    QVERIFY(m_f->openAndWait(8));
    ui::TaskEditorView *view = m_window->editorView();
    QVERIFY(!view->fieldWidget(TaskField::TaskType)->isEnabled());
    QVERIFY(qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::ContactId))->isReadOnly());
    QVERIFY(view->fieldWidget(TaskField::LinkedInTaskType)->isEnabled());
    QVERIFY(!qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::Subject))->isReadOnly());
}

void TestMainWindow::missingTask_saysSoInPlainWords()
{
    QSignalSpy failed(m_controller, &Controller::loadFailed);
    m_window->openTask(999999);
    QVERIFY(failed.wait(5000));
    const QString banner = m_window->editorView()->banner()->text();
    QVERIFY2(banner.contains(QLatin1String("999999")), qPrintable(banner));
}

void TestMainWindow::everyAltShortcutInTheWindowIsUnique()
{
    QVERIFY(m_f->openAndWait(5));
    // Alt+letter must reach exactly one place: the menu bar, the list's filters and the form share a window.
    QMap<QChar, QStringList> owners;
    const auto collect = [&owners](const QString &text, const QString &what) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&')) {
                owners[text.at(i + 1).toLower()].append(what + QLatin1String(": ") + text);
                return;
            }
        }
    };
    const auto menus = m_window->menuBar()->actions();
    for (const QAction *menu : menus)
        collect(menu->text(), QStringLiteral("menu"));
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && label->isVisibleTo(m_window))
            collect(label->text(), QStringLiteral("label"));
    }
    const auto buttons = m_window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(m_window))
            collect(button->text(), QStringLiteral("button"));
    }
    QVERIFY(owners.size() > 15);
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QLatin1String(" | "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
