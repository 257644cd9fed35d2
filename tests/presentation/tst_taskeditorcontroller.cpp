// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The editor controller without a window: open, save, and where Reply's refusals land in the form,
// over the real sandbox on loopback; and the mapping of every errors[] entry, as a table.
#include "api/apierror.h"
#include "api/replyclient.h"
#include "core/taskeditormodel.h"
#include "presentation/serverproblems.h"
#include "presentation/taskeditorcontroller.h"
#include "support/testsandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace rte;
using core::TaskField;
using presentation::ServerProblems;
using presentation::TaskEditorController;

class TestTaskEditorController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyErrorsEntry_landsOnItsFieldOrNamesIt_data();
    void everyErrorsEntry_landsOnItsFieldOrNamesIt();
    void transportFailure_marksNoField();
    void newTaskWithAnUnknownContact_marksTheContactField();
    void save_readsAgainThenReplaces_andTheModelTakesReplysAnswer();
    void saveOfAnInvalidForm_sendsNothing();

private:
    void openAndWait(qint64 id);

    std::unique_ptr<testsupport::TestSandbox> m_sandbox;
    std::unique_ptr<api::ReplyClient> m_client;
    std::unique_ptr<core::TaskEditorModel> m_model;
    std::unique_ptr<TaskEditorController> m_controller;
};

void TestTaskEditorController::init()
{
    m_sandbox = std::make_unique<testsupport::TestSandbox>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<api::ReplyClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(sandbox::SandboxServer::demoApiKey());
    m_client->setTimeout(5000);
    m_client->setRetryPolicy(3, 20, 100);
    m_model = std::make_unique<core::TaskEditorModel>();
    m_controller = std::make_unique<TaskEditorController>(m_client.get(), m_model.get());
}

void TestTaskEditorController::cleanup()
{
    m_controller.reset();
    m_model.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestTaskEditorController::openAndWait(qint64 id)
{
    QSignalSpy loaded(m_controller.get(), &TaskEditorController::taskLoaded);
    m_controller->open(id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->taskId(), id);
}

void TestTaskEditorController::everyErrorsEntry_landsOnItsFieldOrNamesIt_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QString>("shownWith"); // what the message must carry besides the detail

    QTest::newRow("JSON pointer") << QStringLiteral("/dueTo") << TaskField::DueTo << QString();
    QTest::newRow("bare member") << QStringLiteral("dueTo") << TaskField::DueTo << QString();
    QTest::newRow("JSON path") << QStringLiteral("$.dueTo") << TaskField::DueTo << QString();
    QTest::newRow("nested pointer") << QStringLiteral("/template/subject") << TaskField::Subject << QString();
    QTest::newRow("nested path, other case")
        << QStringLiteral("$.Template.Body") << TaskField::Body << QString();
    QTest::newRow("fragment pointer") << QStringLiteral("#/contactId") << TaskField::ContactId << QString();
    QTest::newRow("start") << QStringLiteral("/startAt") << TaskField::StartAt << QString();
    QTest::newRow("type") << QStringLiteral("/TaskType") << TaskField::TaskType << QString();
    QTest::newRow("linkedin action") << QStringLiteral("/linkedInTaskType") << TaskField::LinkedInTaskType
                                     << QString();
    QTest::newRow("attachments, not a form field")
        << QStringLiteral("/template/attachmentIdList") << TaskField::Form << QStringLiteral("Attachments");
    QTest::newRow("path parameter") << QStringLiteral("id") << TaskField::Form << QStringLiteral("Task ID");
    QTest::newRow("a member the app does not know")
        << QStringLiteral("/priorityLevel") << TaskField::Form << QStringLiteral("priorityLevel");
}

void TestTaskEditorController::everyErrorsEntry_landsOnItsFieldOrNamesIt()
{
    QFETCH(QString, pointer);
    QFETCH(TaskField, field);
    QFETCH(QString, shownWith);
    const QString detail = QStringLiteral("Detail from Reply.");
    const QJsonObject problem {
        {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("errors"),
            QJsonArray {
                QJsonObject {{QStringLiteral("pointer"), pointer}, {QStringLiteral("detail"), detail}}}}};
    const core::FieldMessages messages
        = ServerProblems::fieldMessages(api::ApiError::fromProblem(400, problem));
    QCOMPARE(messages.keys(), QList<TaskField> {field});
    QVERIFY(messages.value(field).contains(detail));
    if (!shownWith.isEmpty())
        QVERIFY2(messages.value(field).contains(shownWith), qPrintable(messages.value(field)));
}

void TestTaskEditorController::transportFailure_marksNoField()
{
    const api::ApiError lost = api::ApiError::fromTransport(
        api::ApiError::Kind::ConnectionRefused, QNetworkReply::ConnectionRefusedError, {});
    QVERIFY(ServerProblems::fieldMessages(lost).isEmpty());
}

void TestTaskEditorController::newTaskWithAnUnknownContact_marksTheContactField()
{
    m_model->startNew(QDateTime::currentDateTimeUtc());
    m_model->setTaskType(core::TaskType::Call);
    m_model->setContactId(QStringLiteral("987654"));
    m_model->setBody(QStringLiteral("Ask about the pilot."));
    m_model->revealAllMessages();
    QVERIFY2(m_model->isValid(), qPrintable(m_model->messages().values().join(QLatin1Char(' '))));
    QSignalSpy failed(m_controller.get(), &TaskEditorController::saveFailed);
    QVERIFY(m_controller->save());
    QVERIFY(failed.wait(5000));
    QVERIFY(!m_model->message(TaskField::ContactId).isEmpty());
    QVERIFY(m_model->message(TaskField::ContactId).contains(QLatin1String("987654")));
    QVERIFY(m_model->isNew()); // the edit stays
}

void TestTaskEditorController::save_readsAgainThenReplaces_andTheModelTakesReplysAnswer()
{
    openAndWait(5);
    m_model->setSubject(QStringLiteral("Checked, then sent"));
    QSignalSpy delivered(m_controller.get(), &TaskEditorController::delivered);
    m_sandbox->clearRequests();
    QVERIFY(m_controller->save());
    QVERIFY(delivered.wait(5000));
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).method, QByteArray("PUT"));
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->subject(), QStringLiteral("Checked, then sent"));
}

void TestTaskEditorController::saveOfAnInvalidForm_sendsNothing()
{
    openAndWait(5);
    m_model->setDueTo(m_model->startAt().addDays(-1));
    QSignalSpy refused(m_controller.get(), &TaskEditorController::saveRefused);
    m_sandbox->clearRequests();
    QVERIFY(!m_controller->save());
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_sandbox->requests().isEmpty());
    QVERIFY(!m_model->message(TaskField::DueTo).isEmpty());
}

QTEST_MAIN(TestTaskEditorController)
#include "tst_taskeditorcontroller.moc"
