// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The workspace without a window: the current task, what follows a save, what replaces an edit, what
// the drafts and the outbox do, and an account switch, over the real sandbox on loopback.
#include "presentation/actioncoordinator.h"
#include "presentation/outboxsender.h"
#include "workspacefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rte;
using presentation::Workspace;
using presentation::test::WorkspaceFixture;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void delivered_dropsTheDraft();
    void discardWhenSwitching_deletesTheDraft();
    void saveWhenSwitching_savesThenOpensTheChosenTask();
    void cancelWhenSwitching_keepsTheCurrentTask();
    void unreachableReply_putsTheSaveInTheOutbox();
    void switchingAccount_leavesNothingOfThePreviousOne();
    void newTaskQueuedThenSavedFromTheForm_isCreatedOnce();
    void damagedDraft_isKeptAsideAndTheRepIsToldOnce();

private:
    std::unique_ptr<WorkspaceFixture> m_f;
};

void TestWorkspace::init()
{
    m_f = std::make_unique<WorkspaceFixture>();
    QVERIFY(m_f->start());
}

void TestWorkspace::cleanup()
{
    m_f.reset();
}

void TestWorkspace::delivered_dropsTheDraft()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Agenda for Tuesday"));
    QVERIFY(m_f->drafts->load(5).has_value());
    QSignalSpy saved(m_f->workspace->editor(), &presentation::TaskEditorController::saved);
    m_f->workspace->save();
    QVERIFY(saved.wait(5000));
    QVERIFY(!m_f->drafts->load(5).has_value());
    QCOMPARE(m_f->subjectOnReply(5), QStringLiteral("Agenda for Tuesday"));
    // What was sent (Reply's rendered content) stays in the panel after the save.
    QTRY_VERIFY(m_f->workspace->serverTask().content.has_value());
    QCOMPARE(
        m_f->workspace->serverTask().taskTemplate.value_or(core::TaskTemplate {}).subject.value_or(QString()),
        QStringLiteral("Agenda for Tuesday"));
}

void TestWorkspace::discardWhenSwitching_deletesTheDraft()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Thrown away"));
    QVERIFY(m_f->drafts->load(5).has_value());
    m_f->answer = Workspace::UnsavedChoice::Discard;
    m_f->openAndWait(6);
    QCOMPARE(m_f->asked, 1);
    QVERIFY(!m_f->drafts->load(5).has_value());
    QVERIFY(m_f->drafts->all().isEmpty());
    QVERIFY(m_f->workspace->unsentDrafts().isEmpty());
}

void TestWorkspace::saveWhenSwitching_savesThenOpensTheChosenTask()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Saved on the way"));
    m_f->answer = Workspace::UnsavedChoice::Save;
    QSignalSpy loaded(m_f->workspace->editor(), &presentation::TaskEditorController::taskLoaded);
    QVERIFY(!m_f->workspace->requestTask(6)); // saving first
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_f->workspace->model()->taskId(), 6);
    QCOMPARE(m_f->workspace->currentTaskId(), 6);
    QCOMPARE(m_f->subjectOnReply(5), QStringLiteral("Saved on the way"));
    QVERIFY(!m_f->drafts->load(5).has_value());
}

void TestWorkspace::cancelWhenSwitching_keepsTheCurrentTask()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Still mine"));
    m_f->answer = Workspace::UnsavedChoice::Cancel;
    QSignalSpy current(m_f->workspace.get(), &Workspace::currentTaskChanged);
    QVERIFY(!m_f->workspace->requestTask(6));
    // The list is told to go back to the task still open.
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toLongLong(), 5);
    QCOMPARE(m_f->workspace->currentTaskId(), 5);
    QCOMPARE(m_f->workspace->model()->subject(), QStringLiteral("Still mine"));
    QVERIFY(m_f->drafts->load(5).has_value());
}

void TestWorkspace::unreachableReply_putsTheSaveInTheOutbox()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Offline edit"));
    m_f->sandbox.reset(); // Reply is out of reach
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    QSignalSpy failed(m_f->workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_f->workspace->save();
    QVERIFY(failed.wait(15000));
    QCOMPARE(m_f->outbox->count(), 1);
    QVERIFY(!notices.isEmpty());
    const auto notice = notices.last().first().value<presentation::Notice>();
    QCOMPARE(notice.tone, presentation::Notice::Tone::Warning);
    QVERIFY(notice.text.contains(QLatin1String("Not sent")));
    // The edit stays in the form and on disk.
    QCOMPARE(m_f->workspace->model()->subject(), QStringLiteral("Offline edit"));
    QVERIFY(m_f->drafts->load(5).has_value());
}

void TestWorkspace::switchingAccount_leavesNothingOfThePreviousOne()
{
    m_f->loadList();
    m_f->openAndWait(m_f->idAt(0));
    QSignalSpy panel(m_f->workspace.get(), &Workspace::serverTaskChanged);
    QTemporaryDir other;
    m_f->workspace->switchAccount(
        other.filePath(QStringLiteral("drafts")), other.filePath(QStringLiteral("outbox")), true);
    QCOMPARE(m_f->workspace->currentTaskId(), 0);
    QVERIFY(!m_f->workspace->model()->hasTask());
    QCOMPARE(m_f->workspace->list()->rowCount(), 0);
    QVERIFY(m_f->workspace->coordinator()->actionTargets().isEmpty());
    QCOMPARE(panel.count(), 1);
    QCOMPARE(panel.first().first().value<core::Task>().id, 0);
    QVERIFY(m_f->workspace->isDemo());
}

void TestWorkspace::newTaskQueuedThenSavedFromTheForm_isCreatedOnce()
{
    QVERIFY(m_f->workspace->startNewTask());
    core::TaskEditorModel *model = m_f->workspace->model();
    model->setTaskType(core::TaskType::Call);
    model->setContactId(QStringLiteral("2001"));
    model->setBody(QStringLiteral("Ask about the pilot."));
    // Reply is busy: the create waits in the outbox (a 503 says nothing was created).
    m_f->sandbox->injectStatus(503, 3, -1, QStringLiteral("/v3/tasks"));
    QSignalSpy failed(m_f->workspace->editor(), &presentation::TaskEditorController::saveFailed);
    m_f->workspace->save();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_f->outbox->count(), 1);

    // Reply answers again and the rep saves from the form: one task, and the queued create goes.
    m_f->sandbox->clearFaults();
    m_f->sandbox->clearRequests();
    QSignalSpy created(m_f->workspace->editor(), &presentation::TaskEditorController::created);
    m_f->workspace->save();
    QVERIFY(created.wait(5000));
    QTRY_COMPARE(m_f->outbox->count(), 0); // the queued create is gone: nothing can post it again
    QCOMPARE(m_f->sandbox->requestsTo("POST", QStringLiteral("/v3/tasks")), 1);
}

void TestWorkspace::damagedDraft_isKeptAsideAndTheRepIsToldOnce()
{
    QDir().mkpath(m_f->drafts->directory());
    QFile broken(m_f->drafts->directory() + QStringLiteral("/task-5.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"taskId\": 5, \"ba"); // cut off mid-write
    broken.close();
    QVERIFY(m_f->workspace->unsentDrafts().isEmpty()); // the app starts: nothing to offer, nothing lost
    QSignalSpy notices(m_f->workspace.get(), &Workspace::notice);
    m_f->workspace->onConnected();
    QCOMPARE(notices.count(), 1);
    const auto notice = notices.first().first().value<presentation::Notice>();
    QVERIFY2(notice.text.contains(QLatin1String("kept in")), qPrintable(notice.text));
    QVERIFY(!QFile::exists(broken.fileName()));
    QVERIFY(!QDir(m_f->drafts->directory() + QStringLiteral("/damaged")).entryList(QDir::Files).isEmpty());
    m_f->workspace->onConnected();
    QCOMPARE(notices.count(), 1); // told once
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
