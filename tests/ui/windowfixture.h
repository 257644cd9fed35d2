// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// The whole window over the real sandbox on loopback, with prompts answered by the test.
#include "api/replyclient.h"
#include "core/taskcomparison.h"
#include "core/taskeditormodel.h"
#include "mainwindow.h"
#include "presentation/actioncoordinator.h"
#include "presentation/contactdirectory.h"
#include "presentation/draftkeeper.h"
#include "presentation/outboxsender.h"
#include "presentation/taskactions.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/teamdirectory.h"
#include "presentation/translations.h"
#include "presentation/unsentwork.h"
#include "presentation/workspace.h"
#include "prompts.h"
#include "store/draftstore.h"
#include "store/outbox.h"
#include "support/testsandbox.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rte::test {

// Answers every question the way the test set up, and counts what was asked.
class ScriptedPrompts : public ui::Prompts
{
public:
    QMessageBox::StandardButton unsaved = QMessageBox::Discard;
    std::optional<Completion> completionAnswer = Completion {};
    bool executeAnswer = true;
    bool deleteAnswer = true;
    std::optional<qint64> reassignAnswer;
    int asked = 0;
    QList<core::TeamUser> offeredUsers;
    bool lastCompletionWasCall = false;

    QMessageBox::StandardButton unsavedChanges(QWidget *) override
    {
        ++asked;
        return unsaved;
    }
    std::optional<qint64> taskId(QWidget *, qint64 suggestion) override { return suggestion; }
    QString lastTasks; // what the last confirmation named
    std::optional<Completion> completion(QWidget *, int, bool isCall, bool, const QString &tasks) override
    {
        ++asked;
        lastTasks = tasks;
        lastCompletionWasCall = isCall;
        return completionAnswer;
    }
    bool confirmExecute(QWidget *, const QString &, const QString &tasks) override
    {
        ++asked;
        lastTasks = tasks;
        return executeAnswer;
    }
    bool confirmDelete(QWidget *, int, int, const QString &tasks) override
    {
        ++asked;
        lastTasks = tasks;
        return deleteAnswer;
    }
    std::optional<qint64> reassignTo(
        QWidget *, const QList<core::TeamUser> &users, int, const QString &tasks) override
    {
        ++asked;
        lastTasks = tasks;
        offeredUsers = users;
        return reassignAnswer;
    }
    // Conflicts: keep these fields of mine (the rest is theirs); nullopt answers "keep editing".
    std::optional<QList<core::TaskField>> conflictKeepMine = QList<core::TaskField> {};
    int conflicts = 0;
    std::optional<core::TaskEdit> resolveConflict(
        QWidget *, const core::TaskEdit &theirs, const core::TaskEdit &mine, const QString &) override
    {
        ++conflicts;
        if (!conflictKeepMine)
            return std::nullopt;
        return core::TaskComparison::merge(theirs, mine, *conflictKeepMine);
    }
    QList<RecoveryChoice> recoveryAnswers;
    QList<store::Draft> offeredDrafts;
    std::optional<RecoveryChoice> recoverDraft(QWidget *, const QList<store::Draft> &drafts) override
    {
        offeredDrafts = drafts;
        if (recoveryAnswers.isEmpty())
            return std::nullopt;
        return recoveryAnswers.takeFirst();
    }
    std::optional<presentation::RescheduleRequest> rescheduleAnswer;
    std::optional<presentation::RescheduleRequest> reschedule(QWidget *, int, int, const QDate &) override
    {
        ++asked;
        return rescheduleAnswer;
    }
    QString lastReport;
    QStringList lastReportLines;
    bool undoAnswer = false;
    bool rescheduleReport(QWidget *, const QString &summary, const QStringList &lines, bool) override
    {
        lastReport = summary;
        lastReportLines = lines;
        return undoAnswer;
    }
    QList<OutboxChoice> outboxAnswers;
    std::optional<OutboxChoice> outboxChoice(QWidget *, const QList<store::OutboxItem> &) override
    {
        if (outboxAnswers.isEmpty())
            return std::nullopt;
        return outboxAnswers.takeFirst();
    }
};

struct WindowFixture
{
    std::unique_ptr<testsupport::TestSandbox> sandbox = std::make_unique<testsupport::TestSandbox>();
    std::unique_ptr<api::ReplyClient> client = std::make_unique<api::ReplyClient>();
    QTemporaryDir dataDir;
    QString dataPath; // where drafts and the outbox live; the temporary folder unless set before start()
    // The same objects and wiring the app builds (presentation::Workspace and the window), over the sandbox.
    std::unique_ptr<store::DraftStore> draftStoreOwned;
    std::unique_ptr<store::Outbox> outboxOwned;
    std::unique_ptr<presentation::Workspace> workspace;
    std::unique_ptr<ui::MainWindow> windowOwned;
    core::TaskEditorModel *model = nullptr;
    presentation::TaskEditorController *editor = nullptr;
    presentation::TaskListModel *list = nullptr;
    presentation::TaskActions *actions = nullptr;
    presentation::ContactDirectory *contacts = nullptr;
    presentation::TeamDirectory *team = nullptr;
    store::DraftStore *draftStore = nullptr;
    store::Outbox *outbox = nullptr;
    presentation::DraftKeeper *drafts = nullptr;
    presentation::OutboxSender *outboxSender = nullptr;
    ui::MainWindow *window = nullptr;
    ScriptedPrompts *prompts = nullptr;

    bool start()
    {
        if (!sandbox->listen())
            return false;
        client->setBaseUrl(sandbox->baseUrl());
        client->setApiKey(sandbox::SandboxServer::demoApiKey());
        client->setTimeout(5000);
        client->setRetryPolicy(3, 20, 100); // the same policy, with waits short enough for a test
        if (dataPath.isEmpty())
            dataPath = dataDir.path();
        draftStoreOwned = std::make_unique<store::DraftStore>(dataPath + QStringLiteral("/drafts"));
        outboxOwned = std::make_unique<store::Outbox>(dataPath + QStringLiteral("/outbox"));
        workspace = std::make_unique<presentation::Workspace>(
            client.get(), draftStoreOwned.get(), outboxOwned.get());
        windowOwned = std::make_unique<ui::MainWindow>(workspace.get());
        QObject::connect(client.get(), &api::ReplyClient::waitingChanged, windowOwned.get(),
            &ui::MainWindow::showRateLimitWait);
        model = workspace->model();
        editor = workspace->editor();
        list = workspace->list();
        actions = workspace->coordinator()->actions();
        contacts = workspace->contacts();
        team = workspace->team();
        draftStore = draftStoreOwned.get();
        outbox = outboxOwned.get();
        drafts = workspace->unsent()->drafts();
        outboxSender = workspace->unsent()->outbox();
        window = windowOwned.get();
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        window->setPrompts(std::move(scripted));
        window->resize(1400, 900);
        window->show();
        return QTest::qWaitForWindowExposed(window);
    }

    // Opens a task as the rep would (Open, a list row, --task) and waits until the form shows it.
    bool openAndWait(qint64 id)
    {
        QSignalSpy loaded(editor, &presentation::TaskEditorController::taskLoaded);
        window->openTask(id);
        return loaded.wait(5000) && model->taskId() == id;
    }

    // Loads the list's first page, as the window does once Reply is connected, and waits for it.
    bool loadListAndWait()
    {
        QSignalSpy page(list, &presentation::TaskListModel::pageLoaded);
        window->loadList();
        if (!page.wait(5000))
            return false;
        return QTest::qWaitFor([this] { return !list->isLoading(); }, 5000);
    }

    ~WindowFixture()
    {
        windowOwned.reset(); // the window points at the workspace, which points at the stores
        workspace.reset();
        client.reset();
        sandbox.reset();
    }

    // The newest request with this method whose path starts with pathPrefix.
    testsupport::TestSandbox::RecordedRequest lastRequest(
        const QByteArray &method, const QString &pathPrefix) const
    {
        const auto requests = sandbox->requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == method && it->path.startsWith(pathPrefix))
                return *it;
        }
        return {};
    }

    int requestsTo(const QByteArray &method, const QString &path) const
    {
        return sandbox->requestsTo(method, path);
    }
};

} // namespace rte::test
