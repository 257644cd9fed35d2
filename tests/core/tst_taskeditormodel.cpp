// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/bodyformat.h"
#include "core/taskcodec.h"
#include "core/taskeditormodel.h"
#include "manualclock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rte::core;

namespace {

Task emailTask()
{
    Task task;
    task.id = 5;
    task.contactId = 11;
    task.taskType = TaskType::ManualEmail;
    task.status = TaskStatus::New;
    task.startAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    task.dueTo = task.startAt.addSecs(7200);
    // Deliberately not in our compact form: an untouched body must go back byte for byte.
    task.taskTemplate
        = TaskTemplate {QStringLiteral("<div>Hi {{firstName}},<br/><strong>pricing</strong> attached</div>"),
            QStringLiteral("Pricing for {{company}}"), QList<qint64> {99}};
    return task;
}

// Bold, a list and a link: what plain text can't show.
Task richEmailTask()
{
    Task task = emailTask();
    task.taskTemplate->body
        = QStringLiteral("<p>Hi {{firstName}}, <b>three</b> things:</p><ul><li>pricing</li>"
                         "<li>the <a href=\"https://example.com/demo\">demo</a></li></ul>");
    return task;
}

// What the server answers when it takes `sent` as it is.
Task takenAsSent(Task base, const TaskEdit &sent)
{
    base.taskType = sent.taskType;
    base.linkedInTaskType = sent.linkedInTaskType;
    base.startAt = sent.startAt;
    base.dueTo = sent.dueTo;
    base.taskTemplate->subject = sent.subject;
    base.taskTemplate->body = sent.body;
    return base;
}

} // namespace

class TestTaskEditorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadingATask_fillsEveryField();
    void untouchedTask_buildsFullReplacementWithBodyAsItCame();
    void changingOnlyTheDueDate_sendsEveryOtherFieldBackAsLoaded_data();
    void changingOnlyTheDueDate_sendsEveryOtherFieldBackAsLoaded();
    void editingAField_marksDirtyAndRevertingClearsIt();
    void settersReturnEarlyWhenUnchanged();
    void dueBeforeStart_marksDueField();
    void switchingToSms_convertsBodyToPlainTextAndSaysSo();
    void passingPlainTextTypes_keepsTheRichBodyUntilSaved();
    void editedPlainText_isWhatRemainsWhenSwitchingBack();
    void savingAsPlainText_letsTheRichBodyGo();
    void switchingAwayFromLinkedIn_clearsTheAction();
    void finishedTask_isReadOnlyWithAReason();
    void sequenceTask_locksTypeAndContact();
    void serverMessages_showUntilTheFieldChanges();
    void acceptSaved_keepsTypingThatHappenedDuringTheSave();
    void datesAreKeptInUtc();
    void undoAndRedo_walkTheFormHistoryAcrossFields();
    void typingInOneField_isOneUndoStep();
    void history_survivesASaveButNotOpeningAnotherTask();
    void channelWithoutSubject_sendsNoSubjectButKeepsWhatWasTyped_data();
    void channelWithoutSubject_sendsNoSubjectButKeepsWhatWasTyped();
    void smsPastTheLimit_blocksSavingMeasuredWithTheContact();
};

void TestTaskEditorModel::loadingATask_fillsEveryField()
{
    TaskEditorModel model;
    QSignalSpy loaded(&model, &TaskEditorModel::loaded);
    model.load(emailTask());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.taskType(), TaskType::ManualEmail);
    QCOMPARE(model.contactId(), QStringLiteral("11"));
    QCOMPARE(model.subject(), QStringLiteral("Pricing for {{company}}"));
    QCOMPARE(model.startAt(), emailTask().startAt);
    QVERIFY(!model.isDirty());
    QVERIFY(model.isEditable());
    QVERIFY(model.isValid());
    QVERIFY(!model.isPlainTextBody());
}

void TestTaskEditorModel::untouchedTask_buildsFullReplacementWithBodyAsItCame()
{
    TaskEditorModel model;
    model.load(emailTask());
    const QJsonObject body = model.toUpdateRequest();
    QCOMPARE(body.keys(),
        (QStringList {QStringLiteral("contactId"), QStringLiteral("dueTo"),
            QStringLiteral("linkedInTaskType"), QStringLiteral("startAt"), QStringLiteral("taskType"),
            QStringLiteral("template")}));
    QCOMPARE(body.value(QLatin1String("taskType")).toString(), QStringLiteral("manualEmail"));
    QCOMPARE(body.value(QLatin1String("startAt")).toString(), QStringLiteral("2026-11-30T09:00:00Z"));
    QCOMPARE(body.value(QLatin1String("dueTo")).toString(), QStringLiteral("2026-11-30T11:00:00Z"));
    QCOMPARE(body.value(QLatin1String("contactId")).toInteger(), 11);
    QVERIFY(body.value(QLatin1String("linkedInTaskType")).isNull());
    const QJsonObject templ = body.value(QLatin1String("template")).toObject();
    QCOMPARE(templ.value(QLatin1String("body")).toString(), emailTask().taskTemplate->body);
    QCOMPARE(templ.value(QLatin1String("subject")).toString(), QStringLiteral("Pricing for {{company}}"));
    // Read-only on the server, but a full replacement sends back everything it was given.
    QCOMPARE(templ.value(QLatin1String("attachmentIdList")).toArray(), (QJsonArray {99}));
}

void TestTaskEditorModel::changingOnlyTheDueDate_sendsEveryOtherFieldBackAsLoaded_data()
{
    QTest::addColumn<Task>("task");
    QTest::newRow("manual email with attachments") << emailTask();
    Task linkedIn = emailTask();
    linkedIn.taskType = TaskType::LinkedIn;
    linkedIn.linkedInTaskType = LinkedInTaskType::InMail;
    linkedIn.taskTemplate = TaskTemplate {QStringLiteral("Hi {{firstName}}, a short note."),
        QStringLiteral("About {{company}}"), QList<qint64> {7, 8}};
    QTest::newRow("LinkedIn InMail with every field set") << linkedIn;
}

void TestTaskEditorModel::changingOnlyTheDueDate_sendsEveryOtherFieldBackAsLoaded()
{
    QFETCH(Task, task);
    // Every member of the PUT /v3/tasks/{id} body (task-update.request), as the task was loaded.
    const QJsonObject loaded = TaskCodec::taskToJson(task);
    QJsonObject expected;
    for (const char *key : {"taskType", "startAt", "dueTo", "contactId", "linkedInTaskType", "template"})
        expected.insert(QLatin1String(key), loaded.value(QLatin1String(key)));
    QCOMPARE(expected.value(QLatin1String("template")).toObject().keys(),
        (QStringList {
            QStringLiteral("attachmentIdList"), QStringLiteral("body"), QStringLiteral("subject")}));

    TaskEditorModel model;
    model.load(task);
    const QDateTime due = task.dueTo.addDays(2);
    model.setDueTo(due);
    expected.insert(QLatin1String("dueTo"), TaskCodec::dateTimeToWire(due));
    const QJsonObject sent = model.toUpdateRequest();
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QVERIFY2(sent.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(sent, expected);
}

void TestTaskEditorModel::editingAField_marksDirtyAndRevertingClearsIt()
{
    TaskEditorModel model;
    model.load(emailTask());
    QSignalSpy dirty(&model, &TaskEditorModel::dirtyChanged);
    model.setSubject(QStringLiteral("New subject"));
    QCOMPARE(dirty.count(), 1);
    QVERIFY(model.isDirty());
    model.setSubject(QStringLiteral("Pricing for {{company}}"));
    QCOMPARE(dirty.count(), 2);
    QVERIFY(!model.isDirty());
}

void TestTaskEditorModel::settersReturnEarlyWhenUnchanged()
{
    TaskEditorModel model;
    model.load(emailTask());
    QSignalSpy subject(&model, &TaskEditorModel::subjectChanged);
    QSignalSpy messages(&model, &TaskEditorModel::messagesChanged);
    model.setSubject(model.subject());
    model.setStartAt(model.startAt());
    QCOMPARE(subject.count(), 0);
    QCOMPARE(messages.count(), 0);
}

void TestTaskEditorModel::dueBeforeStart_marksDueField()
{
    TaskEditorModel model;
    model.load(emailTask());
    QSignalSpy messages(&model, &TaskEditorModel::messagesChanged);
    model.setDueTo(model.startAt().addSecs(-3600));
    QCOMPARE(messages.count(), 1);
    QVERIFY(!model.message(TaskField::DueTo).isEmpty());
    QVERIFY(model.message(TaskField::StartAt).isEmpty());
    QVERIFY(!model.isValid());
}

void TestTaskEditorModel::switchingToSms_convertsBodyToPlainTextAndSaysSo()
{
    TaskEditorModel model;
    model.load(emailTask());
    QSignalSpy converted(&model, &TaskEditorModel::bodyConverted);
    model.setTaskType(TaskType::Sms);
    QCOMPARE(converted.count(), 1);
    QVERIFY(converted.at(0).at(0).toString().contains(QLatin1String("SMS")));
    QVERIFY(model.isPlainTextBody());
    QVERIFY(!model.body().contains(QLatin1Char('<')));
    QVERIFY(model.body().contains(QLatin1String("Hi {{firstName}},")));
    QVERIFY(model.body().contains(QLatin1String("pricing attached")));

    model.setBody(model.body() + QStringLiteral(" Thanks")); // an edit: the plain text is what remains
    model.setTaskType(TaskType::ToDo);
    QCOMPARE(converted.count(), 2);
    QVERIFY(model.body().startsWith(QLatin1String("<p>")));
    QVERIFY(model.body().contains(QLatin1String("Thanks")));
}

void TestTaskEditorModel::passingPlainTextTypes_keepsTheRichBodyUntilSaved()
{
    Task task = richEmailTask();
    TaskEditorModel model;
    model.load(task);
    QSignalSpy converted(&model, &TaskEditorModel::bodyConverted);
    // The order of the type list, as a rep arrowing through it passes it.
    for (TaskType type : {TaskType::Sms, TaskType::WhatsApp, TaskType::Sms, TaskType::ManualEmail,
             TaskType::LinkedIn, TaskType::Meeting, TaskType::LinkedIn, TaskType::ManualEmail}) {
        model.setTaskType(type);
        QCOMPARE(model.isPlainTextBody(), !model.body().contains(QLatin1Char('<')));
    }
    QCOMPARE(model.body(), task.taskTemplate->body);
    QVERIFY(!model.isDirty());
    QCOMPARE(converted.count(), 6); // each step between rich and plain says so
    QVERIFY(converted.last().at(0).toString().contains(QLatin1String("formatting back")));
}

void TestTaskEditorModel::editedPlainText_isWhatRemainsWhenSwitchingBack()
{
    TaskEditorModel model;
    model.load(richEmailTask());
    model.setTaskType(TaskType::Sms);
    model.setBody(model.body() + QStringLiteral("\nThanks, Alex"));
    model.setTaskType(TaskType::ManualEmail);
    // The rep's plain text wins over the formatting it came from: nothing they typed is lost.
    QVERIFY(model.body().contains(QLatin1String("Thanks, Alex")));
    QVERIFY(!model.body().contains(QLatin1String("<ul>")));
    QVERIFY(model.body().startsWith(QLatin1String("<p>")));
}

void TestTaskEditorModel::savingAsPlainText_letsTheRichBodyGo()
{
    TaskEditorModel model;
    model.load(richEmailTask());
    model.setTaskType(TaskType::Sms);
    const TaskEdit sent = model.edit();
    model.acceptSaved(takenAsSent(model.base(), sent), sent);
    model.setTaskType(TaskType::ManualEmail);
    QCOMPARE(model.body(), BodyFormat::plainTextToHtml(sent.body));
}

void TestTaskEditorModel::switchingAwayFromLinkedIn_clearsTheAction()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setTaskType(TaskType::LinkedIn);
    QCOMPARE(model.linkedInTaskType(), LinkedInTaskType::Message);
    model.setLinkedInTaskType(LinkedInTaskType::InMail);
    QVERIFY(model.isValid());
    model.setTaskType(TaskType::Call);
    QCOMPARE(model.linkedInTaskType(), LinkedInTaskType::None);
    QVERIFY(model.isValid());
}

void TestTaskEditorModel::finishedTask_isReadOnlyWithAReason()
{
    Task task = emailTask();
    task.status = TaskStatus::Finished;
    TaskEditorModel model;
    model.load(task);
    QVERIFY(!model.isEditable());
    QVERIFY(model.readOnlyReason().contains(QLatin1String("finished")));
    QVERIFY(!model.message(TaskField::Form).isEmpty());
}

void TestTaskEditorModel::sequenceTask_locksTypeAndContact()
{
    Task task = emailTask();
    task.creationSource = CreationSource::Sequence;
    TaskEditorModel model;
    model.load(task);
    QVERIFY(model.isEditable());
    QVERIFY(!model.canChangeTypeAndContact());
    model.setContactId(QStringLiteral("12"));
    QVERIFY(!model.message(TaskField::ContactId).isEmpty());
}

void TestTaskEditorModel::serverMessages_showUntilTheFieldChanges()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setServerMessages({{TaskField::DueTo, QStringLiteral("The server says no.")}});
    QCOMPARE(model.message(TaskField::DueTo), QStringLiteral("The server says no."));
    model.setSubject(QStringLiteral("Other"));
    QCOMPARE(model.message(TaskField::DueTo), QStringLiteral("The server says no."));
    model.setDueTo(model.dueTo().addDays(1));
    QVERIFY(model.message(TaskField::DueTo).isEmpty());
}

void TestTaskEditorModel::acceptSaved_keepsTypingThatHappenedDuringTheSave()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setSubject(QStringLiteral("Sent subject"));
    const TaskEdit sent = model.edit();
    model.setSubject(QStringLiteral("Typed while saving"));

    Task saved = emailTask();
    saved.taskTemplate->subject = QStringLiteral("Sent subject");
    model.acceptSaved(saved, sent);
    QCOMPARE(model.base().taskTemplate->subject, std::optional<QString>(QStringLiteral("Sent subject")));
    QCOMPARE(model.subject(), QStringLiteral("Typed while saving"));
    QVERIFY(model.isDirty());

    model.setSubject(QStringLiteral("Sent subject"));
    QVERIFY(!model.isDirty());
}

void TestTaskEditorModel::datesAreKeptInUtc()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setStartAt(
        QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin"))));
    QCOMPARE(model.startAt().timeSpec(), Qt::UTC);
    QCOMPARE(model.toUpdateRequest().value(QLatin1String("startAt")).toString(),
        QStringLiteral("2026-12-01T09:00:00Z"));
}

void TestTaskEditorModel::undoAndRedo_walkTheFormHistoryAcrossFields()
{
    TaskEditorModel model;
    model.load(emailTask());
    QVERIFY(!model.canUndo());
    model.setTaskType(TaskType::Call);
    model.setDueTo(model.dueTo().addDays(1));
    QVERIFY(model.canUndo());
    model.undo();
    QCOMPARE(model.dueTo(), emailTask().dueTo);
    QCOMPARE(model.taskType(), TaskType::Call);
    model.undo();
    QCOMPARE(model.taskType(), TaskType::ManualEmail);
    QVERIFY(!model.isDirty());
    QVERIFY(model.canRedo());
    model.redo();
    QCOMPARE(model.taskType(), TaskType::Call);
    // A new change after an undo drops what could be redone.
    model.setSubject(QStringLiteral("Other"));
    QVERIFY(!model.canRedo());
}

void TestTaskEditorModel::typingInOneField_isOneUndoStep()
{
    TaskEditorModel model;
    const auto clock = std::make_shared<test::ManualClock>();
    model.setClock(clock);
    model.load(emailTask());
    for (const QString &text : {QStringLiteral("H"), QStringLiteral("He"), QStringLiteral("Hey")}) {
        model.setSubject(text);
        clock->advance(1000); // a slow typist, but still typing
    }
    clock->advance(600); // a pause: what comes next is a step of its own
    model.setSubject(QStringLiteral("Hey you"));
    model.undo();
    QCOMPARE(model.subject(), QStringLiteral("Hey"));
    model.undo();
    QCOMPARE(model.subject(), emailTask().taskTemplate->subject.value());
    QVERIFY(!model.canUndo());
}

void TestTaskEditorModel::history_survivesASaveButNotOpeningAnotherTask()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setTaskType(TaskType::Call);
    const TaskEdit sent = model.edit();
    model.acceptSaved(takenAsSent(model.base(), sent), sent);
    QVERIFY(!model.isDirty());
    QVERIFY(model.canUndo());
    model.undo();
    QCOMPARE(model.taskType(), TaskType::ManualEmail);
    QVERIFY(model.isDirty()); // undoing a saved change is an edit to save
    model.load(emailTask());
    QVERIFY(!model.canUndo());
    QVERIFY(!model.canRedo());
}

void TestTaskEditorModel::channelWithoutSubject_sendsNoSubjectButKeepsWhatWasTyped_data()
{
    QTest::addColumn<TaskType>("type");
    QTest::addColumn<bool>("sendsSubject");
    QTest::newRow("manual email") << TaskType::ManualEmail << true;
    QTest::newRow("LinkedIn message") << TaskType::LinkedIn << true;
    QTest::newRow("to-do") << TaskType::ToDo << true;
    QTest::newRow("call") << TaskType::Call << true;
    QTest::newRow("meeting") << TaskType::Meeting << true;
    QTest::newRow("SMS") << TaskType::Sms << false;
    QTest::newRow("WhatsApp") << TaskType::WhatsApp << false;
}

void TestTaskEditorModel::channelWithoutSubject_sendsNoSubjectButKeepsWhatWasTyped()
{
    QFETCH(TaskType, type);
    QFETCH(bool, sendsSubject);
    const QString subject = QStringLiteral("Pricing for {{company}}");
    TaskEditorModel model;
    model.load(emailTask());
    model.setTaskType(type);
    const QJsonValue sent
        = model.toUpdateRequest().value(QLatin1String("template"))[QLatin1String("subject")];
    // The contract: template.subject is null for the types that have none; PUT still carries the key.
    QVERIFY(model.toUpdateRequest()
                .value(QLatin1String("template"))
                .toObject()
                .contains(QLatin1String("subject")));
    QCOMPARE(sent, sendsSubject ? QJsonValue(subject) : QJsonValue(QJsonValue::Null));
    // The form keeps it (and the draft), so going back to email brings it back.
    QCOMPARE(model.subject(), subject);
    QCOMPARE(model.edit().toJson().value(QLatin1String("subjectText")).toString(), subject);
    model.setTaskType(TaskType::ManualEmail);
    QCOMPARE(model.toUpdateRequest().value(QLatin1String("template"))[QLatin1String("subject")],
        QJsonValue(subject));
}

void TestTaskEditorModel::smsPastTheLimit_blocksSavingMeasuredWithTheContact()
{
    TaskEditorModel model;
    model.load(emailTask());
    model.setTaskType(TaskType::Sms);
    // 13 characters as typed plus 1520: eleven parts; "Dana" instead makes it 1524, ten parts.
    model.setBody(QStringLiteral("{{firstName}}") + QString(1520, QLatin1Char('a')));
    QVERIFY(!model.isValid());
    QVERIFY(model.allMessages().value(TaskField::Body).contains(QLatin1String("parts")));

    QSignalSpy messages(&model, &TaskEditorModel::messagesChanged);
    QSignalSpy contactChanged(&model, &TaskEditorModel::contactChanged);
    Contact dana;
    dana.id = 11;
    dana.firstName = QStringLiteral("Dana");
    model.setContact(dana);
    QCOMPARE(contactChanged.count(), 1);
    QVERIFY(messages.count() >= 1);
    QVERIFY2(model.isValid(), qPrintable(model.allMessages().value(TaskField::Body)));

    model.setContact(std::nullopt);
    QVERIFY(!model.isValid());
}

QTEST_MAIN(TestTaskEditorModel)
#include "tst_taskeditormodel.moc"
