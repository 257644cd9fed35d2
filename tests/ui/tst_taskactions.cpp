// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Every task action from the keyboard against the sandbox: what was asked, what was sent, what
// the sandbox has now, and what the rep is told.
#include "bodyeditor.h"
#include "core/systemclock.h"
#include "messagebanner.h"
#include "previewpanel.h"
#include "taskcommands.h"
#include "taskeditorview.h"
#include "tasklistview.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTextEdit>

using namespace rte;
using core::TaskField;
using presentation::TaskActions;
using presentation::TaskListModel;

class TestTaskActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { presentation::Translations::install(qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup() { m_f.reset(); }

    void completeCall_asksTheResultAndSendsIt();
    void sendNow_asksFirstAndOnlyForEmailAndSms();
    void sendNow_refusesWhileTheFormHasUnsavedChanges();
    void deleteSelection_cancelsOpenTasksAndRemovesRows();
    void batchWithAFailure_reportsEachTaskNotAllDone();
    void selectionOver100_goesOutInCallsOf100();
    void completeSelectionWithOptions_isOneReport();
    void reassign_offersTeammatesAndMovesTheTask();
    void newTask_createsItWith201();
    void contactByEmail_resolvesToItsIdAndName();
    void preview_rendersVariablesWithTheContact();
    void rateLimit_showsACountdownAndNothingFails();
    void rescheduleAllOverdue_movesThemReportsAndUndoes();

private:
    void loadList();
    void selectRows(int count);
    QString banner() const { return m_f->window->editorView()->banner()->text(); }
    QTableView *table() const { return m_f->window->listView()->view(); }
    std::unique_ptr<test::WindowFixture> m_f;
};

void TestTaskActions::init()
{
    m_f = std::make_unique<test::WindowFixture>();
    QVERIFY(m_f->start());
}

void TestTaskActions::loadList()
{
    QSignalSpy page(m_f->list, &TaskListModel::pageLoaded);
    m_f->window->loadList();
    QVERIFY(page.wait(5000));
    QTRY_VERIFY(!m_f->list->isLoading());
}

void TestTaskActions::selectRows(int count)
{
    // Shift+Down from the first row, as a rep extends a selection.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Home);
    for (int i = 1; i < count; ++i)
        QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_f->window->listView()->selectedItems().size(), count);
}

void TestTaskActions::completeCall_asksTheResultAndSendsIt()
{
    QVERIFY(m_f->openAndWait(2)); // a call task
    m_f->prompts->completionAnswer = ui::Prompts::Completion {TaskActions::CallResult::Negative, false};
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    QTest::keyClick(m_f->window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(5000));
    QVERIFY(m_f->prompts->lastCompletionWasCall);
    const auto request = m_f->lastRequest("POST", QStringLiteral("/v3/tasks/2/complete"));
    QCOMPARE(
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("callResolution")).toInt(), 2);
    QCOMPARE(m_f->sandbox->task(2)->value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QVERIFY(banner().contains(QLatin1String("Completed 1 task.")));
    // The form now shows the finished task, read-only.
    QVERIFY(!m_f->model->isEditable());
}

void TestTaskActions::sendNow_asksFirstAndOnlyForEmailAndSms()
{
    QVERIFY(m_f->openAndWait(2)); // call: nothing to send
    QVERIFY(!m_f->window->commands()->executeAction()->isEnabled());
    QVERIFY(m_f->openAndWait(6)); // SMS
    QVERIFY(m_f->window->commands()->executeAction()->isEnabled());
    m_f->prompts->executeAnswer = false;
    QTest::keyClick(m_f->window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_f->prompts->asked, 1);
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/6/execute")), 0); // the rep said no

    m_f->prompts->executeAnswer = true;
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    QTest::keyClick(m_f->window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/6/execute")), 1);
    QCOMPARE(m_f->sandbox->task(6)->value(QLatin1String("status")).toString(), QStringLiteral("finished"));
}

void TestTaskActions::sendNow_refusesWhileTheFormHasUnsavedChanges()
{
    QVERIFY(m_f->openAndWait(5)); // manual email
    m_f->model->setSubject(QStringLiteral("Changed but not saved"));
    m_f->window->commands()->executeAction()->trigger();
    QCOMPARE(m_f->prompts->asked, 0);
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/5/execute")), 0);
    QVERIFY(banner().contains(QLatin1String("Save your changes first")));
}

void TestTaskActions::deleteSelection_cancelsOpenTasksAndRemovesRows()
{
    loadList();
    selectRows(2);
    const auto items = m_f->window->listView()->selectedItems();
    const int before = m_f->list->rowCount();
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_f->prompts->asked, 1);
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/bulk-delete")), 1);
    for (const auto &item : items) {
        QCOMPARE(m_f->sandbox->task(item.id)->value(QLatin1String("status")).toString(),
            QStringLiteral("cancelled"));
        QCOMPARE(m_f->list->rowOf(item.id), -1);
    }
    QCOMPARE(m_f->list->rowCount(), before - 2);
    QVERIFY(banner().contains(QLatin1String("Deleted 2 tasks.")));
}

void TestTaskActions::batchWithAFailure_reportsEachTaskNotAllDone()
{
    loadList();
    selectRows(3);
    const auto items = m_f->window->listView()->selectedItems();
    // A teammate finished one of them meanwhile.
    m_f->sandbox->changeTaskBehindClientsBack(
        items.at(1).id, QJsonObject {{QLatin1String("status"), QStringLiteral("finished")}});
    m_f->prompts->completionAnswer = ui::Prompts::Completion {};
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    m_f->window->commands()->completeAction()->trigger();
    QVERIFY(finished.wait(5000));
    const auto outcomes = finished.first().at(1).value<QList<TaskActions::Outcome>>();
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(outcomes.at(0).ok);
    QVERIFY(!outcomes.at(1).ok);
    QVERIFY(outcomes.at(2).ok);
    QVERIFY2(banner().contains(QLatin1String("Completed 2 of 3 tasks.")), qPrintable(banner()));
    QVERIFY(banner().contains(QString::number(items.at(1).id)));
    QCOMPARE(m_f->window->editorView()->banner()->tone(), ui::MessageBanner::Tone::Warning);
}

void TestTaskActions::selectionOver100_goesOutInCallsOf100()
{
    loadList();
    while (m_f->list->rowCount() < 150 && m_f->list->hasMore()) {
        const int before = m_f->list->rowCount();
        table()->scrollToBottom();
        QTRY_VERIFY(m_f->list->rowCount() > before);
        QTRY_VERIFY(!m_f->list->isLoading());
    }
    table()->setFocus();
    table()->selectAll();
    const int selected = int(m_f->window->listView()->selectedItems().size());
    QVERIFY(selected > 100);
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    m_f->window->commands()->deleteAction()->trigger();
    QVERIFY(finished.wait(10000));
    QList<int> sizes;
    for (const auto &request : m_f->sandbox->requests()) {
        if (request.path == QLatin1String("/v3/tasks/bulk-delete"))
            sizes.append(int(
                QJsonDocument::fromJson(request.body).object().value(QLatin1String("ids")).toArray().size()));
    }
    QCOMPARE(sizes, (QList<int> {100, selected - 100}));
    QCOMPARE(finished.first().at(1).value<QList<TaskActions::Outcome>>().size(), selected);
}

void TestTaskActions::completeSelectionWithOptions_isOneReport()
{
    loadList();
    selectRows(3);
    const auto items = m_f->window->listView()->selectedItems();
    // "Also finish the prospect" exists only on the single endpoint: three calls, one report.
    m_f->prompts->completionAnswer = ui::Prompts::Completion {std::nullopt, true};
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    m_f->window->commands()->completeAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<QList<TaskActions::Outcome>>().size(), 3);
    for (const auto &item : items) {
        QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/%1/complete").arg(item.id)), 1);
        const auto body = QJsonDocument::fromJson(
            m_f->lastRequest("POST", QStringLiteral("/v3/tasks/%1/complete").arg(item.id)).body);
        QCOMPARE(body.object().value(QLatin1String("finishProspectInSequence")).toBool(), true);
    }
    QCOMPARE(m_f->requestsTo("POST", QStringLiteral("/v3/tasks/batch/complete")), 0);
    QVERIFY(banner().contains(QLatin1String("Completed 3 tasks.")));
}

void TestTaskActions::reassign_offersTeammatesAndMovesTheTask()
{
    QVERIFY(m_f->openAndWait(3));
    m_f->prompts->reassignAnswer = 1002;
    QSignalSpy finished(m_f->actions, &TaskActions::finished);
    QTest::keyClick(m_f->window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(5000));
    QVERIFY(m_f->prompts->offeredUsers.size() >= 2);
    QCOMPARE(m_f->sandbox->task(3)->value(QLatin1String("assignedUserId")).toInteger(), 1002);
    QCOMPARE(m_f->model->base().assignedUserId, std::optional<qint64>(1002));
}

void TestTaskActions::newTask_createsItWith201()
{
    QTest::keyClick(m_f->window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_f->model->isNew());
    ui::TaskEditorView *view = m_f->window->editorView();
    // A fresh form does not scold before the rep has typed anything.
    QVERIFY(view->fieldMessage(TaskField::Body).isEmpty());
    auto *contact = qobject_cast<QLineEdit *>(view->fieldWidget(TaskField::ContactId));
    contact->setFocus();
    QTest::keyClicks(contact, QStringLiteral("2003"));
    auto *body = view->bodyEditor()->textEdit();
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Prepare the renewal quote"));
    QSignalSpy created(m_f->editor, &presentation::TaskEditorController::created);
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(created.wait(5000));
    const qint64 id = created.first().at(0).value<core::Task>().id;
    QVERIFY(id > 0);
    QCOMPARE(m_f->model->taskId(), id);
    QVERIFY(!m_f->model->isNew());
    QCOMPARE(m_f->sandbox->task(id)->value(QLatin1String("contactId")).toInteger(), 2003);
    QCOMPARE(m_f->lastRequest("POST", QStringLiteral("/v3/tasks")).path, QStringLiteral("/v3/tasks"));
}

void TestTaskActions::contactByEmail_resolvesToItsIdAndName()
{
    QVERIFY(m_f->openAndWait(1));
    const QJsonObject contact = [this] {
        const qint64 id = m_f->sandbox->task(5)->value(QLatin1String("contactId")).toInteger();
        return QJsonObject {{QLatin1String("id"), id},
            {QLatin1String("email"),
                m_f->sandbox->task(5)
                    ->value(QLatin1String("deliveryInfo"))
                    .toObject()
                    .value(QLatin1String("email"))}};
    }();
    auto *field = qobject_cast<QLineEdit *>(m_f->window->editorView()->fieldWidget(TaskField::ContactId));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, contact.value(QLatin1String("email")).toString());
    QVERIFY(!m_f->window->editorView()
                 ->fieldMessage(TaskField::ContactId)
                 .isEmpty()); // "looked up when you pause or leave the field…"
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_f->model->contactId(), QString::number(contact.value(QLatin1String("id")).toInteger()));
    QCOMPARE(field->text(), m_f->model->contactId());
    QVERIFY(m_f->window->editorView()->fieldMessage(TaskField::ContactId).isEmpty());
    QVERIFY(!m_f->window->editorView()->contactInfo().isEmpty());
    QVERIFY(
        m_f->lastRequest("GET", QStringLiteral("/v3/contacts")).query.hasQueryItem(QStringLiteral("email")));

    // An unknown address says so next to the field.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("nobody@nowhere.example"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(
        m_f->window->editorView()->fieldMessage(TaskField::ContactId).contains(QLatin1String("No contact")));
}

void TestTaskActions::preview_rendersVariablesWithTheContact()
{
    QVERIFY(m_f->openAndWait(2));
    QTRY_VERIFY(!m_f->window->editorView()->contactInfo().isEmpty());
    const QString firstName = m_f->window->editorView()->contactInfo().section(QLatin1Char(' '), 0, 0);
    QVERIFY(m_f->window->previewPanel()->renderedBody().contains(firstName));
    QVERIFY(!m_f->window->previewPanel()->renderedBody().contains(QLatin1String("{{firstName}}")));
    // Typing a variable shows up filled in the preview at once.
    m_f->window->editorView()->fieldWidget(TaskField::Subject)->setFocus();
    m_f->window->editorView()->insertVariable(QStringLiteral("firstName"));
    QCOMPARE(m_f->model->subject(), QStringLiteral("{{firstName}}"));
    QCOMPARE(m_f->window->previewPanel()->renderedSubject(), firstName);
}

void TestTaskActions::rateLimit_showsACountdownAndNothingFails()
{
    // Two requests a minute, and a clock that lets a minute pass in a second.
    m_f->client->setClock(std::make_shared<core::SystemClock>(60));
    m_f->client->setRateLimits(2, 1000);
    auto *wait = m_f->window->findChild<QLabel *>(QStringLiteral("rateLimitWait"));
    QVERIFY(wait);
    QSignalSpy waiting(m_f->client.get(), &api::ReplyClient::waitingChanged);
    QSignalSpy loadFailed(m_f->editor, &presentation::TaskEditorController::loadFailed);
    QSignalSpy answers(m_f->sandbox.get(), &testsupport::TestSandbox::requestHandled);
    QVERIFY(m_f->openAndWait(1)); // GET task + GET contact: the budget is spent
    QSignalSpy loaded(m_f->editor, &presentation::TaskEditorController::taskLoaded);
    m_f->window->openTask(2);
    QTRY_VERIFY(wait->isVisible());
    QVERIFY2(wait->text().contains(QLatin1String("continuing in")), qPrintable(wait->text()));
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY(!wait->isVisible());
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.last().at(0).toInt(), 0);
    QCOMPARE(loadFailed.count(), 0);
    for (const QList<QVariant> &handled : std::as_const(answers))
        QVERIFY(handled.at(2).toInt() != 429); // the budget held the request back; Reply never had to refuse
}

void TestTaskActions::rescheduleAllOverdue_movesThemReportsAndUndoes()
{
    loadList();
    const QList<core::TaskListItem> overdue = m_f->workspace->coordinator()->overdueRows();
    QVERIFY(!overdue.isEmpty());
    presentation::RescheduleRequest request;
    request.which = presentation::RescheduleRequest::Which::AllOverdue;
    request.how = presentation::RescheduleRequest::How::Spread;
    request.day = QDate::currentDate().addDays(1);
    request.workingDays = 2;
    m_f->prompts->rescheduleAnswer = request;
    m_f->prompts->undoAnswer = false;
    QSignalSpy reported(m_f->workspace->coordinator(), &presentation::ActionCoordinator::rescheduleReported);
    QTest::keyClick(m_f->window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reported.wait(15000));
    QCOMPARE(m_f->prompts->lastReportLines.size(), overdue.size());
    QVERIFY2(m_f->prompts->lastReport.startsWith(QStringLiteral("Moved %1 task").arg(overdue.size())),
        qPrintable(m_f->prompts->lastReport));
    for (const core::TaskListItem &item : overdue) {
        const QDateTime due = QDateTime::fromString(
            m_f->sandbox->task(item.id)->value(QLatin1String("dueTo")).toString(), Qt::ISODate);
        QVERIFY(due > QDateTime::currentDateTimeUtc());
        // The list row shows where the task went: it is no longer overdue.
        QVERIFY(!m_f->list->item(m_f->list->rowOf(item.id)).isOverdue(QDateTime::currentDateTimeUtc()));
    }
    QVERIFY(m_f->workspace->coordinator()->overdueRows().isEmpty());

    // Undo, as one step, puts every one back where it was.
    QSignalSpy undone(m_f->workspace->coordinator(), &presentation::ActionCoordinator::rescheduleReported);
    m_f->workspace->coordinator()->undoReschedule();
    QVERIFY(undone.wait(15000));
    for (const core::TaskListItem &item : overdue) {
        const QDateTime due = QDateTime::fromString(
            m_f->sandbox->task(item.id)->value(QLatin1String("dueTo")).toString(), Qt::ISODate);
        QCOMPARE(due, item.dueTo);
    }
    QCOMPARE(m_f->workspace->coordinator()->overdueRows().size(), overdue.size());
}

QTEST_MAIN(TestTaskActions)
#include "tst_taskactions.moc"
