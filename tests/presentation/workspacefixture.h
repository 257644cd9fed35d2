// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// What the tests of the workspace, its action coordinator and its unsent work share: a workspace
// over the sandbox on loopback, its drafts and outbox in a temporary folder, a scripted answer when
// it asks about unsaved changes, and the steps most of them start with (the open tasks listed, a
// task opened).

#include "core/taskeditormodel.h"
#include "core/taskfilter.h"
#include "loopbackfixture.h"
#include "presentation/draftkeeper.h"
#include "presentation/taskeditorcontroller.h"
#include "presentation/tasklistmodel.h"
#include "presentation/unsentwork.h"
#include "presentation/workspace.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QTemporaryDir>

namespace rte::presentation::test {

struct WorkspaceFixture : LoopbackFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::DraftStore> drafts;
    std::unique_ptr<store::Outbox> outbox;
    std::unique_ptr<Workspace> workspace;
    Workspace::UnsavedChoice answer = Workspace::UnsavedChoice::Cancel;
    int asked = 0;

    bool start()
    {
        if (!LoopbackFixture::start())
            return false;
        drafts = std::make_unique<store::DraftStore>(dir.filePath(QStringLiteral("drafts")));
        outbox = std::make_unique<store::Outbox>(dir.filePath(QStringLiteral("outbox")));
        workspace = std::make_unique<Workspace>(client.get(), drafts.get(), outbox.get());
        workspace->setUnsavedChangesHandler([this] {
            ++asked;
            return answer;
        });
        return true;
    }

    // The workspace writes its drafts as it goes: before the stores and the client it uses.
    ~WorkspaceFixture()
    {
        workspace.reset();
        outbox.reset();
        drafts.reset();
        stop();
    }

    // The open tasks, as the window lists them once Reply is connected.
    void loadList()
    {
        core::TaskFilter open;
        open.status = core::TaskStatus::New;
        QSignalSpy page(workspace->list(), &TaskListModel::pageLoaded);
        workspace->list()->setFilter(open);
        QVERIFY(page.wait(5000));
        QVERIFY(workspace->list()->rowCount() > 3);
    }

    // The rep chose this task, and the form shows it.
    void openAndWait(qint64 id)
    {
        QSignalSpy loaded(workspace->editor(), &TaskEditorController::taskLoaded);
        QVERIFY(workspace->requestTask(id));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(workspace->model()->taskId(), id);
        QCOMPARE(workspace->currentTaskId(), id);
    }

    void editSubject(const QString &subject)
    {
        workspace->model()->setSubject(subject);
        QVERIFY(workspace->model()->isDirty());
        QVERIFY(workspace->unsent()->drafts()->flush());
    }

    qint64 idAt(int row) const { return workspace->list()->item(row).id; }
};

} // namespace rte::presentation::test
