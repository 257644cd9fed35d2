// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The actions on tasks without a window: what they apply to, whether they may run, and what the
// workspace shows after Reply's answer, over the real sandbox on loopback.
#include "presentation/actioncoordinator.h"
#include "presentation/teamdirectory.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace rte;
using presentation::ActionCoordinator;
using presentation::ActionTarget;
using presentation::TaskActions;
using presentation::Workspace;
using presentation::test::WorkspaceFixture;

class TestActionCoordinator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletingTheCurrentTask_makesTheNextRowCurrent_andActionsActOnIt();
    void completingTheCurrentTask_listAndPanelShowReplysAnswer();
    void sendNow_onlyForOpenEmailAndSms();
    void confirmations_nameTheTasks();
    void anEditedCurrentTask_refusesActions_andRescheduleMovesNothing();
    void withoutAWorkspace_deletingTheCurrentTask_namesTheRowThatTakesItsPlace();

private:
    ActionCoordinator *coordinator() const { return m_f->workspace->coordinator(); }

    std::unique_ptr<WorkspaceFixture> m_f;
};

void TestActionCoordinator::init()
{
    m_f = std::make_unique<WorkspaceFixture>();
    QVERIFY(m_f->start());
}

void TestActionCoordinator::cleanup()
{
    m_f.reset();
}

void TestActionCoordinator::deletingTheCurrentTask_makesTheNextRowCurrent_andActionsActOnIt()
{
    m_f->loadList();
    const qint64 first = m_f->idAt(0);
    const qint64 second = m_f->idAt(1);
    m_f->openAndWait(first);

    QSignalSpy current(m_f->workspace.get(), &Workspace::currentTaskChanged);
    QSignalSpy loaded(m_f->workspace->editor(), &presentation::TaskEditorController::taskLoaded);
    QSignalSpy finished(coordinator()->actions(), &TaskActions::finished);
    const QList<ActionTarget> targets = coordinator()->actionTargets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().id, first);
    coordinator()->remove(targets);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_f->workspace->list()->rowOf(first), -1);
    // The row that took its place is current, and the form shows it.
    QCOMPARE(m_f->workspace->currentTaskId(), second);
    QVERIFY(!current.isEmpty());
    QCOMPARE(current.last().first().toLongLong(), second);
    QTRY_COMPARE(m_f->workspace->model()->taskId(), second);
    QVERIFY(loaded.count() >= 1);

    // What an action applies to now is that task, never the deleted one.
    const QList<ActionTarget> next = coordinator()->actionTargets();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().id, second);
    QSignalSpy reassigned(coordinator()->actions(), &TaskActions::finished);
    const qint64 firstOwner = m_f->sandbox->task(first)->value(QStringLiteral("assignedUserId")).toInteger();
    coordinator()->reassign(next, 1002);
    QVERIFY(reassigned.wait(5000));
    QCOMPARE(m_f->sandbox->task(second)->value(QStringLiteral("assignedUserId")).toInteger(), 1002);
    QCOMPARE(m_f->sandbox->task(first)->value(QStringLiteral("assignedUserId")).toInteger(), firstOwner);
    QVERIFY(m_f->sandbox->task(first)->value(QStringLiteral("status")).toString() != QLatin1String("new"));
}

void TestActionCoordinator::completingTheCurrentTask_listAndPanelShowReplysAnswer()
{
    m_f->loadList();
    const qint64 id = m_f->idAt(0);
    m_f->openAndWait(id);
    QCOMPARE(m_f->workspace->serverTask().status, core::TaskStatus::New);

    QSignalSpy panel(m_f->workspace.get(), &Workspace::serverTaskChanged);
    QSignalSpy finished(coordinator()->actions(), &TaskActions::finished);
    coordinator()->complete(coordinator()->actionTargets(), TaskActions::CallResult::Positive, false);
    QVERIFY(finished.wait(5000));
    // The panel, the form and the list row all say what Reply says now.
    QTRY_COMPARE(m_f->workspace->serverTask().status, core::TaskStatus::Finished);
    QVERIFY(!panel.isEmpty());
    QCOMPARE(panel.last().first().value<core::Task>().status, core::TaskStatus::Finished);
    QTRY_COMPARE(m_f->workspace->model()->base().status, core::TaskStatus::Finished);
    const int row = m_f->workspace->list()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_f->workspace->list()->item(row).status, core::TaskStatus::Finished);
}

void TestActionCoordinator::sendNow_onlyForOpenEmailAndSms()
{
    m_f->loadList();
    std::optional<qint64> email;
    std::optional<qint64> call;
    for (int row = 0; row < m_f->workspace->list()->rowCount(); ++row) {
        const core::TaskListItem item = m_f->workspace->list()->item(row);
        if (!email && item.taskType == core::TaskType::ManualEmail)
            email = item.id;
        if (!call && item.taskType == core::TaskType::Call)
            call = item.id;
    }
    QVERIFY(email && call);
    m_f->openAndWait(*email);
    QVERIFY(coordinator()->canRun(TaskActions::Action::Execute));
    m_f->openAndWait(*call);
    QVERIFY(!coordinator()->canRun(TaskActions::Action::Execute));
    QVERIFY(coordinator()->canRun(TaskActions::Action::Complete));
}

void TestActionCoordinator::confirmations_nameTheTasks()
{
    m_f->loadList();
    const core::TaskListItem item = m_f->workspace->list()->item(0);
    m_f->openAndWait(item.id);
    const QString text = ActionTarget::describe(coordinator()->actionTargets());
    QVERIFY2(text.contains(QString::number(item.id)), qPrintable(text));
    if (!item.contactName.isEmpty())
        QVERIFY2(text.contains(item.contactName), qPrintable(text));
    // Many targets: the first few by name, then a count.
    QList<ActionTarget> many;
    for (int row = 0; row < 8; ++row)
        many.append(ActionTarget::fromItem(m_f->workspace->list()->item(row)));
    const QString listed = ActionTarget::describe(many);
    QVERIFY2(listed.contains(QLatin1String("and 3 more")), qPrintable(listed));
}

void TestActionCoordinator::anEditedCurrentTask_refusesActions_andRescheduleMovesNothing()
{
    m_f->loadList();
    m_f->openAndWait(m_f->idAt(0));
    m_f->editSubject(QStringLiteral("Not saved yet"));
    const QList<ActionTarget> targets = coordinator()->actionTargets();
    QCOMPARE(targets.size(), 1);
    const QString completeRefused = coordinator()->refusal(TaskActions::Action::Complete, targets);
    QVERIFY2(completeRefused.contains(QLatin1String("unsaved changes")), qPrintable(completeRefused));
    const QString sendRefused = coordinator()->refusal(TaskActions::Action::Execute, targets);
    QVERIFY2(sendRefused.contains(QLatin1String("Nothing was sent")), qPrintable(sendRefused));

    // The rep is told through the workspace, as of any other notice, and nothing goes to Reply.
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    m_f->sandbox->clearRequests();
    presentation::RescheduleRequest request;
    request.day = QDate::currentDate().addDays(1);
    QVERIFY(!coordinator()->reschedule(request));
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().first().value<presentation::Notice>().text, completeRefused);
    QVERIFY(!coordinator()->rescheduler()->isRunning());
    QVERIFY(m_f->sandbox->requests().isEmpty());
}

// The coordinator needs no workspace: the form's model, the list, the team and two questions about
// the current task. What follows an action on that task it asks for, by a signal.
void TestActionCoordinator::withoutAWorkspace_deletingTheCurrentTask_namesTheRowThatTakesItsPlace()
{
    core::TaskEditorModel model;
    presentation::TaskListModel list(m_f->client.get());
    presentation::TeamDirectory team(m_f->client.get());
    qint64 currentId = 0;
    core::Task serverCopy;
    const auto current = [&currentId] {
        return currentId;
    };
    const auto server = [&serverCopy]() -> const core::Task & {
        return serverCopy;
    };
    ActionCoordinator actions(m_f->client.get(), &model, &list, &team, {current, server});

    core::TaskFilter open;
    open.status = core::TaskStatus::New;
    QSignalSpy page(&list, &presentation::TaskListModel::pageLoaded);
    list.setFilter(open);
    QVERIFY(page.wait(5000));
    QVERIFY(list.rowCount() > 1);
    const qint64 first = list.item(0).id;
    const qint64 second = list.item(1).id;
    const std::optional<core::Task> task = m_f->fetchTask(first);
    QVERIFY(task);
    model.load(*task);
    currentId = first;
    serverCopy = *task;

    QSignalSpy successor(&actions, &ActionCoordinator::successorChosen);
    QSignalSpy reread(&actions, &ActionCoordinator::rereadWanted);
    actions.remove(actions.actionTargets());
    QVERIFY(successor.wait(5000));
    QCOMPARE(successor.first().first().toLongLong(), second);
    QCOMPARE(reread.count(), 0);
    QCOMPARE(list.rowOf(first), -1);
}

QTEST_MAIN(TestActionCoordinator)
#include "tst_actioncoordinator.moc"
