// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The workspace without a window: the current task, what follows a save, what replaces an edit, and
// an account switch, over the real sandbox on loopback. What the drafts and the outbox do is
// tst_unsentwork's.
#include "presentation/actioncoordinator.h"
#include "workspacefixture.h"

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

    void save_panelShowsWhatReplyMadeOfIt();
    void discardWhenSwitching_deletesTheDraft();
    void saveWhenSwitching_savesThenOpensTheChosenTask();
    void cancelWhenSwitching_keepsTheCurrentTask();
    void switchingAccount_leavesNothingOfThePreviousOne();

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

void TestWorkspace::save_panelShowsWhatReplyMadeOfIt()
{
    m_f->openAndWait(5);
    m_f->editSubject(QStringLiteral("Agenda for Tuesday"));
    QSignalSpy saved(m_f->workspace->editor(), &presentation::TaskEditorController::saved);
    m_f->workspace->save();
    QVERIFY(saved.wait(5000));
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
    QVERIFY(m_f->workspace->unsent()->unsentDrafts().isEmpty());
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

void TestWorkspace::switchingAccount_leavesNothingOfThePreviousOne()
{
    m_f->loadList();
    m_f->openAndWait(m_f->idAt(0));
    QSignalSpy panel(m_f->workspace.get(), &Workspace::serverTaskChanged);
    QTemporaryDir other;
    m_f->workspace->useAccount(QStringLiteral("other"), other.filePath(QStringLiteral("drafts")),
        other.filePath(QStringLiteral("outbox")), true);
    QCOMPARE(m_f->workspace->currentTaskId(), 0);
    QVERIFY(!m_f->workspace->model()->hasTask());
    QCOMPARE(m_f->workspace->list()->rowCount(), 0);
    QVERIFY(m_f->workspace->coordinator()->actionTargets().isEmpty());
    QCOMPARE(panel.count(), 1);
    QCOMPARE(panel.first().first().value<core::Task>().id, 0);
    QVERIFY(m_f->workspace->isDemo());
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
