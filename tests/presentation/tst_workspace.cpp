// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The workspace without a window: the current task, what follows a save or an action, and what the
// drafts do, over the real sandbox on loopback.
#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "core/taskfilter.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/workspace.h"
#include "store/draftstore.h"
#include "store/outbox.h"
#include "support/testsandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rte;
using presentation::ActionTarget;
using presentation::TaskActions;
using presentation::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletingTheCurrentTask_makesTheNextRowCurrent_andActionsActOnIt();
    void completingTheCurrentTask_listAndPanelShowReplysAnswer();
    void sendNow_onlyForOpenEmailAndSms();
    void delivered_dropsTheDraft();
    void discardWhenSwitching_deletesTheDraft();
    void saveWhenSwitching_savesThenOpensTheChosenTask();
    void cancelWhenSwitching_keepsTheCurrentTask();
    void unreachableReply_putsTheSaveInTheOutbox();
    void switchingAccount_leavesNothingOfThePreviousOne();
    void newTaskQueuedThenSavedFromTheForm_isCreatedOnce();
    void damagedDraft_isKeptAsideAndTheRepIsToldOnce();
    void confirmations_nameTheTasks();

private:
    void loadList();
    QString subjectOnReply(qint64 id) const
    {
        return m_sandbox->task(id)
            ->value(QLatin1String("template"))
            .toObject()
            .value(QLatin1String("subject"))
            .toString();
    }
    void openAndWait(qint64 id);
    void editSubject(const QString &subject);
    qint64 idAt(int row) const { return m_workspace->list()->item(row).id; }

    std::unique_ptr<testsupport::TestSandbox> m_sandbox;
    std::unique_ptr<api::ReplyClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::DraftStore> m_drafts;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<Workspace> m_workspace;
    Workspace::UnsavedChoice m_answer = Workspace::UnsavedChoice::Cancel;
    int m_asked = 0;
};

void TestWorkspace::init()
{
    m_sandbox = std::make_unique<testsupport::TestSandbox>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(sandbox::SandboxServer::demoApiKey());
    m_client->setTimeout(5000);
    m_client->setRetryPolicy(3, 20, 100);
    m_dir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<store::DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_outbox = std::make_unique<store::Outbox>(m_dir->filePath(QStringLiteral("outbox")));
    m_workspace = std::make_unique<Workspace>(m_client.get(), m_drafts.get(), m_outbox.get());
    m_asked = 0;
    m_workspace->setUnsavedChangesHandler([this] {
        ++m_asked;
        return m_answer;
    });
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestWorkspace::loadList()
{
    core::TaskFilter open;
    open.status = core::TaskStatus::New;
    QSignalSpy page(m_workspace->list(), &presentation::TaskListModel::pageLoaded);
    m_workspace->list()->setFilter(open);
    QVERIFY(page.wait(5000));
    QVERIFY(m_workspace->list()->rowCount() > 3);
}

void TestWorkspace::openAndWait(qint64 id)
{
    QSignalSpy loaded(m_workspace->editor(), &presentation::TaskEditorController::taskLoaded);
    QVERIFY(m_workspace->requestTask(id));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_workspace->model()->taskId(), id);
    QCOMPARE(m_workspace->currentTaskId(), id);
}

void TestWorkspace::editSubject(const QString &subject)
{
    m_workspace->model()->setSubject(subject);
    QVERIFY(m_workspace->model()->isDirty());
    QVERIFY(m_workspace->drafts()->flush());
}

void TestWorkspace::deletingTheCurrentTask_makesTheNextRowCurrent_andActionsActOnIt()
{
    loadList();
    const qint64 first = idAt(0);
    const qint64 second = idAt(1);
    openAndWait(first);

    QSignalSpy current(m_workspace.get(), &Workspace::currentTaskChanged);
    QSignalSpy loaded(m_workspace->editor(), &presentation::TaskEditorController::taskLoaded);
    QSignalSpy finished(m_workspace->actions(), &TaskActions::finished);
    const QList<ActionTarget> targets = m_workspace->actionTargets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().id, first);
    m_workspace->remove(targets);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_workspace->list()->rowOf(first), -1);
    // The row that took its place is current, and the form shows it.
    QCOMPARE(m_workspace->currentTaskId(), second);
    QVERIFY(!current.isEmpty());
    QCOMPARE(current.last().first().toLongLong(), second);
    QTRY_COMPARE(m_workspace->model()->taskId(), second);
    QVERIFY(loaded.count() >= 1);

    // What an action applies to now is that task, never the deleted one.
    const QList<ActionTarget> next = m_workspace->actionTargets();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().id, second);
    QSignalSpy reassigned(m_workspace->actions(), &TaskActions::finished);
    const qint64 firstOwner = m_sandbox->task(first)->value(QStringLiteral("assignedUserId")).toInteger();
    m_workspace->reassign(next, 1002);
    QVERIFY(reassigned.wait(5000));
    QCOMPARE(m_sandbox->task(second)->value(QStringLiteral("assignedUserId")).toInteger(), 1002);
    QCOMPARE(m_sandbox->task(first)->value(QStringLiteral("assignedUserId")).toInteger(), firstOwner);
    QVERIFY(m_sandbox->task(first)->value(QStringLiteral("status")).toString() != QLatin1String("new"));
}

void TestWorkspace::completingTheCurrentTask_listAndPanelShowReplysAnswer()
{
    loadList();
    const qint64 id = idAt(0);
    openAndWait(id);
    QCOMPARE(m_workspace->serverTask().status, core::TaskStatus::New);

    QSignalSpy panel(m_workspace.get(), &Workspace::serverTaskChanged);
    QSignalSpy finished(m_workspace->actions(), &TaskActions::finished);
    m_workspace->complete(m_workspace->actionTargets(), TaskActions::CallResult::Positive, false);
    QVERIFY(finished.wait(5000));
    // The panel, the form and the list row all say what Reply says now.
    QTRY_COMPARE(m_workspace->serverTask().status, core::TaskStatus::Finished);
    QVERIFY(!panel.isEmpty());
    QCOMPARE(panel.last().first().value<core::Task>().status, core::TaskStatus::Finished);
    QTRY_COMPARE(m_workspace->model()->base().status, core::TaskStatus::Finished);
    const int row = m_workspace->list()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_workspace->list()->item(row).status, core::TaskStatus::Finished);
}

void TestWorkspace::sendNow_onlyForOpenEmailAndSms()
{
    loadList();
    std::optional<qint64> email;
    std::optional<qint64> call;
    for (int row = 0; row < m_workspace->list()->rowCount(); ++row) {
        const core::TaskListItem item = m_workspace->list()->item(row);
        if (!email && item.taskType == core::TaskType::ManualEmail)
            email = item.id;
        if (!call && item.taskType == core::TaskType::Call)
            call = item.id;
    }
    QVERIFY(email && call);
    openAndWait(*email);
    QVERIFY(m_workspace->canRun(TaskActions::Action::Execute));
    openAndWait(*call);
    QVERIFY(!m_workspace->canRun(TaskActions::Action::Execute));
    QVERIFY(m_workspace->canRun(TaskActions::Action::Complete));
}

void TestWorkspace::delivered_dropsTheDraft()
{
    openAndWait(5);
    editSubject(QStringLiteral("Agenda for Tuesday"));
    QVERIFY(m_drafts->load(5).has_value());
    QSignalSpy saved(m_workspace->editor(), &presentation::TaskEditorController::saved);
    m_workspace->save();
    QVERIFY(saved.wait(5000));
    QVERIFY(!m_drafts->load(5).has_value());
    QCOMPARE(subjectOnReply(5), QStringLiteral("Agenda for Tuesday"));
    // What was sent (Reply's rendered content) stays in the panel after the save.
    QTRY_VERIFY(m_workspace->serverTask().content.has_value());
    QCOMPARE(
        m_workspace->serverTask().taskTemplate.value_or(core::TaskTemplate {}).subject.value_or(QString()),
        QStringLiteral("Agenda for Tuesday"));
}

void TestWorkspace::discardWhenSwitching_deletesTheDraft()
{
    openAndWait(5);
    editSubject(QStringLiteral("Thrown away"));
    QVERIFY(m_drafts->load(5).has_value());
    m_answer = Workspace::UnsavedChoice::Discard;
    openAndWait(6);
    QCOMPARE(m_asked, 1);
    QVERIFY(!m_drafts->load(5).has_value());
    QVERIFY(m_drafts->all().isEmpty());
    QVERIFY(m_workspace->unsentDrafts().isEmpty());
}

void TestWorkspace::saveWhenSwitching_savesThenOpensTheChosenTask()
{
    openAndWait(5);
    editSubject(QStringLiteral("Saved on the way"));
    m_answer = Workspace::UnsavedChoice::Save;
    QSignalSpy loaded(m_workspace->editor(), &presentation::TaskEditorController::taskLoaded);
    QVERIFY(!m_workspace->requestTask(6)); // saving first
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_workspace->model()->taskId(), 6);
    QCOMPARE(m_workspace->currentTaskId(), 6);
    QCOMPARE(subjectOnReply(5), QStringLiteral("Saved on the way"));
    QVERIFY(!m_drafts->load(5).has_value());
}

void TestWorkspace::cancelWhenSwitching_keepsTheCurrentTask()
{
    openAndWait(5);
    editSubject(QStringLiteral("Still mine"));
    m_answer = Workspace::UnsavedChoice::Cancel;
    QSignalSpy current(m_workspace.get(), &Workspace::currentTaskChanged);
    QVERIFY(!m_workspace->requestTask(6));
    // The list is told to go back to the task still open.
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toLongLong(), 5);
    QCOMPARE(m_workspace->currentTaskId(), 5);
    QCOMPARE(m_workspace->model()->subject(), QStringLiteral("Still mine"));
    QVERIFY(m_drafts->load(5).has_value());
}

void TestWorkspace::unreachableReply_putsTheSaveInTheOutbox()
{
    openAndWait(5);
    editSubject(QStringLiteral("Offline edit"));
    m_sandbox.reset(); // Reply is out of reach
    QSignalSpy notices(m_workspace.get(), &Workspace::notice);
    QSignalSpy failed(m_workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_workspace->save();
    QVERIFY(failed.wait(15000));
    QCOMPARE(m_outbox->count(), 1);
    QVERIFY(!notices.isEmpty());
    const auto notice = notices.last().first().value<presentation::Notice>();
    QCOMPARE(notice.tone, presentation::Notice::Tone::Warning);
    QVERIFY(notice.text.contains(QLatin1String("Not sent")));
    // The edit stays in the form and on disk.
    QCOMPARE(m_workspace->model()->subject(), QStringLiteral("Offline edit"));
    QVERIFY(m_drafts->load(5).has_value());
}

void TestWorkspace::switchingAccount_leavesNothingOfThePreviousOne()
{
    loadList();
    openAndWait(idAt(0));
    QSignalSpy panel(m_workspace.get(), &Workspace::serverTaskChanged);
    QTemporaryDir other;
    m_workspace->switchAccount(
        other.filePath(QStringLiteral("drafts")), other.filePath(QStringLiteral("outbox")), true);
    QCOMPARE(m_workspace->currentTaskId(), 0);
    QVERIFY(!m_workspace->model()->hasTask());
    QCOMPARE(m_workspace->list()->rowCount(), 0);
    QVERIFY(m_workspace->actionTargets().isEmpty());
    QCOMPARE(panel.count(), 1);
    QCOMPARE(panel.first().first().value<core::Task>().id, 0);
    QVERIFY(m_workspace->isDemo());
}

void TestWorkspace::confirmations_nameTheTasks()
{
    loadList();
    const core::TaskListItem item = m_workspace->list()->item(0);
    openAndWait(item.id);
    const QString text = ActionTarget::describe(m_workspace->actionTargets());
    QVERIFY2(text.contains(QString::number(item.id)), qPrintable(text));
    if (!item.contactName.isEmpty())
        QVERIFY2(text.contains(item.contactName), qPrintable(text));
    // Many targets: the first few by name, then a count.
    QList<ActionTarget> many;
    for (int row = 0; row < 8; ++row)
        many.append(ActionTarget::fromItem(m_workspace->list()->item(row)));
    const QString listed = ActionTarget::describe(many);
    QVERIFY2(listed.contains(QLatin1String("and 3 more")), qPrintable(listed));
}

void TestWorkspace::newTaskQueuedThenSavedFromTheForm_isCreatedOnce()
{
    QVERIFY(m_workspace->startNewTask());
    core::TaskEditorModel *model = m_workspace->model();
    model->setTaskType(core::TaskType::Call);
    model->setContactId(QStringLiteral("2001"));
    model->setBody(QStringLiteral("Ask about the pilot."));
    // Reply is busy: the create waits in the outbox (a 503 says nothing was created).
    m_sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks"));
    QSignalSpy failed(m_workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_workspace->save();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_outbox->count(), 1);

    // Reply answers again and the rep saves from the form: one task, and the queued create goes.
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();
    QSignalSpy created(m_workspace->editor(), &presentation::TaskEditorController::created);
    m_workspace->save();
    QVERIFY(created.wait(5000));
    QTRY_COMPARE(m_outbox->count(), 0); // the queued create is gone: nothing can post it again
    QCOMPARE(m_sandbox->requestsTo("POST", QStringLiteral("/v3/tasks")), 1);
}

void TestWorkspace::damagedDraft_isKeptAsideAndTheRepIsToldOnce()
{
    QDir().mkpath(m_drafts->directory());
    QFile broken(m_drafts->directory() + QStringLiteral("/task-5.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"taskId\": 5, \"ba"); // cut off mid-write
    broken.close();
    QVERIFY(m_workspace->unsentDrafts().isEmpty()); // the app starts: nothing to offer, nothing lost
    QSignalSpy notices(m_workspace.get(), &Workspace::notice);
    m_workspace->onConnected();
    QCOMPARE(notices.count(), 1);
    const auto notice = notices.first().first().value<presentation::Notice>();
    QVERIFY2(notice.text.contains(QLatin1String("kept in")), qPrintable(notice.text));
    QVERIFY(!QFile::exists(broken.fileName()));
    QVERIFY(!QDir(m_drafts->directory() + QStringLiteral("/damaged")).entryList(QDir::Files).isEmpty());
    m_workspace->onConnected();
    QCOMPARE(notices.count(), 1); // told once
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
