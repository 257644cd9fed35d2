// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// SENTINEL: a distinctive API key and a contact's e-mail (deliveryInfo) go through every flow with
// all logging on and LogSink writing to a file under the throw-away HOME; afterwards neither may be
// found, as plain bytes, in any file under HOME (the log included). Runs only under
// tests/store/with-keyring.sh, which makes HOME and a real Secret Service; the keyring's own file
// is searched too: it must not hold the key in plain text.
#include "core/redaction.h"
#include "core/taskcodec.h"
#include "core/taskedit.h"
#include "presentation/logsink.h"
#include "sessiontestsupport.h"
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace rte;
using namespace rte::presentation;
using namespace rte::presentation::test;

namespace {
Q_LOGGING_CATEGORY(lcSentinel, "rte.sentinel")
const QString kKey = QStringLiteral("sentinel-KEY-7f3a9c");
} // namespace

class TestSentinel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFlow_leavesNoKeyAndNoDeliveryEmailInAnyFileOrLog();

private:
    bool run(api::ApiRequest *request, bool expectSuccess);
    QString m_home;
};

void TestSentinel::initTestCase()
{
    if (!hasRealKeychain())
        QSKIP("needs tests/store/with-keyring.sh (a private Secret Service and HOME)");
    m_home = qEnvironmentVariable("HOME");
    QVERIFY(m_home.startsWith(QDir::tempPath()));
}

bool TestSentinel::run(api::ApiRequest *request, bool expectSuccess)
{
    QSignalSpy finished(request, &api::ApiRequest::finished);
    QSignalSpy failed(request, &api::ApiRequest::failed);
    if (!finished.wait(kWaitMs))
        return false;
    return expectSuccess == failed.isEmpty();
}

void TestSentinel::everyFlow_leavesNoKeyAndNoDeliveryEmailInAnyFileOrLog()
{
    const QString log = m_home + QStringLiteral("/.local/state/reply-task-editor/rte.log");
    QVERIFY(QDir().mkpath(QFileInfo(log).absolutePath()));
    QVERIFY(LogSink::install(true, log));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));

    const QString root = m_home + QStringLiteral("/.local/share/reply-task-editor");
    SessionFixture f(root);
    f.sandbox.setApiKey(kKey);
    f.sandbox.setAcceptedAuthHeaders(sandbox::SandboxServer::Bearer); // detection must go through a 401
    QVERIFY(f.sandbox.listen());

    // A task whose contact's e-mail travels in deliveryInfo.
    qint64 taskId = 0;
    QString email;
    for (qint64 id = 1; id < 200 && email.isEmpty(); ++id) {
        const auto task = f.sandbox.task(id);
        if (!task)
            continue;
        email
            = task->value(QLatin1String("deliveryInfo")).toObject().value(QLatin1String("email")).toString();
        taskId = id;
    }
    QVERIFY(!email.isEmpty());

    // Store the key in the keychain, detect the header, test the connection.
    const QString id = f.addAccount(QStringLiteral("Sentinel"), f.sandbox);
    QCOMPARE(f.settle([&] { f.switcher->switchTo(id); }), QStringLiteral("keyNeeded"));
    QCOMPARE(f.settle([&] { f.keys->saveKey(kKey, false); }), QStringLiteral("ready"));
    QCOMPARE(f.keys->state(), KeyState::State::Ready);
    QCOMPARE(f.accounts->account(id)->authHeader, store::Account::AuthHeader::Bearer);
    QVERIFY(f.testConnection().value(0).toBool());

    // Open, save and complete the task; a request that fails, and a 401.
    api::GetTaskRequest *open = f.client.getTask(taskId);
    core::Task task;
    connect(open, &api::TaskResultRequest::succeeded, this, [&task](const core::Task &t) { task = t; });
    QVERIFY(run(open, true));
    QVERIFY(task.deliveryInfo.has_value());
    core::TaskEdit edit = core::TaskEdit::fromTask(task);
    QVERIFY(run(f.client.updateTask(taskId, edit.toRequestJson()), true));
    QVERIFY(run(f.client.completeTask(taskId), true));
    QVERIFY(run(f.client.getTask(987654321), false));
    f.sandbox.injectStatus(401);
    QVERIFY(run(f.client.getTask(taskId), false));

    // The draft and the outbox keep the task as it came, on disk.
    store::DraftStore drafts(f.accounts->draftsDirectory(id));
    store::Draft draft;
    draft.taskId = taskId;
    draft.base = task;
    draft.edit = edit;
    QVERIFY2(drafts.save(draft), qPrintable(drafts.lastError()));
    store::Outbox outbox(f.accounts->outboxDirectory(id));
    store::OutboxItem item;
    item.taskId = taskId;
    item.base = task;
    item.edit = edit;
    QVERIFY(!outbox.enqueue(item).isEmpty());

    // Careless log lines, as a future change might write them: the sink must still mask them.
    qCDebug(lcSentinel).noquote() << "task" << QJsonDocument(core::TaskCodec::taskToJson(task)).toJson();
    qCWarning(lcSentinel) << "key was" << kKey << "Authorization: Bearer" << kKey;
    qWarning() << "deliveryInfo email" << email;

    // Leave the account and come back: the key is read from the keychain again.
    const QString other = f.addAccount(QStringLiteral("Other"), f.sandbox);
    f.settle([&] { f.switcher->switchTo(other); });
    QCOMPARE(f.settle([&] { f.switcher->switchTo(id); }), QStringLiteral("ready"));
    QVERIFY(f.testConnection().value(0).toBool());
    LogSink::uninstall();

    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray logged = logFile.readAll();
    QVERIFY2(logged.count('\n') > 20, "all logging was on: the log must not be empty");
    QVERIFY(logged.contains(core::Redaction::mask().toUtf8()));
    QCOMPARE(filesContaining(m_home, kKey), QStringList());
    QStringList withEmail = filesContaining(m_home, email);
    QCOMPARE(withEmail.filter(QStringLiteral("rte.log")), QStringList());
    withEmail.removeIf([](const QString &path) {
        return path.contains(QLatin1String("/drafts/")) || path.contains(QLatin1String("/outbox/"));
    });
    QCOMPARE(withEmail, QStringList());
    // Drafts and outbox items keep the task's base snapshot through TaskCodec::taskToJson, which
    // writes deliveryInfo. The store must drop it before writing; until then this is known.
    QCOMPARE(filesContaining(m_home, email), QStringList());
}

QTEST_GUILESS_MAIN(TestSentinel)
#include "tst_sentinel.moc"
