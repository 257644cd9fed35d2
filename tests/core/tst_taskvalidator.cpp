// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/smslength.h"
#include "core/taskrules.h"
#include "core/taskvalidator.h"

#include <QMetaEnum>
#include <QTest>

using namespace rte::core;

namespace {

Task openTask()
{
    Task task;
    task.id = 42;
    task.contactId = 7;
    task.taskType = TaskType::Call;
    task.status = TaskStatus::New;
    task.creationSource = CreationSource::User;
    task.startAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    task.dueTo = task.startAt.addSecs(3600);
    task.taskTemplate
        = TaskTemplate {QStringLiteral("<p>Call {{firstName}}</p>"), QStringLiteral("Intro"), {}};
    return task;
}

Task sequenceTask()
{
    Task task = openTask();
    task.taskType = TaskType::LinkedIn;
    task.linkedInTaskType = LinkedInTaskType::Connect;
    task.creationSource = CreationSource::Sequence;
    task.sequenceId = 3;
    task.taskTemplate = TaskTemplate {QStringLiteral("Hi {{firstName}}"), std::nullopt, {}};
    return task;
}

} // namespace

using EditChange = std::function<void(TaskEdit &)>;
Q_DECLARE_METATYPE(EditChange)

class TestTaskValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void smsLongerThanTheLimit_isRefused_data();
    void smsLongerThanTheLimit_isRefused();
    void nonNewTaskCannotBeEdited_data();
    void nonNewTaskCannotBeEdited();
};

void TestTaskValidator::rules_data()
{
    QTest::addColumn<Task>("base");
    QTest::addColumn<EditChange>("change");
    QTest::addColumn<QList<TaskField>>("expectedFields");

    const Task open = openTask();
    const Task sequence = sequenceTask();
    const QList<TaskField> none;

    QTest::newRow("unchanged open task is valid") << open << EditChange([](TaskEdit &) {}) << none;
    QTest::newRow("taskType is required")
        << open << EditChange([](TaskEdit &e) { e.taskType = TaskType::Unknown; })
        << QList<TaskField> {TaskField::TaskType};
    QTest::newRow("startAt is required") << open << EditChange([](TaskEdit &e) { e.startAt = QDateTime(); })
                                         << QList<TaskField> {TaskField::StartAt};
    QTest::newRow("startAt before 2015 is refused") << open << EditChange([](TaskEdit &e) {
        e.startAt = QDateTime(QDate(2014, 12, 31), QTime(23, 59, 59), Qt::UTC);
    }) << QList<TaskField> {TaskField::StartAt};
    QTest::newRow("startAt on 2015-01-01T00:00:00Z is allowed") << open << EditChange([](TaskEdit &e) {
        e.startAt = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    }) << none;
    QTest::newRow("dueTo is required") << open << EditChange([](TaskEdit &e) { e.dueTo = QDateTime(); })
                                       << QList<TaskField> {TaskField::DueTo};
    QTest::newRow("dueTo equal to startAt is refused")
        << open << EditChange([](TaskEdit &e) { e.dueTo = e.startAt; })
        << QList<TaskField> {TaskField::DueTo};
    QTest::newRow("dueTo before startAt is refused")
        << open << EditChange([](TaskEdit &e) { e.dueTo = e.startAt.addSecs(-60); })
        << QList<TaskField> {TaskField::DueTo};
    QTest::newRow("dueTo one second after startAt is allowed")
        << open << EditChange([](TaskEdit &e) { e.dueTo = e.startAt.addSecs(1); }) << none;
    QTest::newRow("body is required")
        << open << EditChange([](TaskEdit &e) { e.body.clear(); }) << QList<TaskField> {TaskField::Body};
    QTest::newRow("blank html body is refused")
        << open << EditChange([](TaskEdit &e) { e.body = QStringLiteral("<p>&nbsp;</p><p><br></p>"); })
        << QList<TaskField> {TaskField::Body};
    QTest::newRow("blank plain body is refused") << open << EditChange([](TaskEdit &e) {
        e.taskType = TaskType::Sms;
        e.body = QStringLiteral("  \n\t ");
    }) << QList<TaskField> {TaskField::Body};
    QTest::newRow("linkedInTaskType on a call is refused")
        << open << EditChange([](TaskEdit &e) { e.linkedInTaskType = LinkedInTaskType::Message; })
        << QList<TaskField> {TaskField::LinkedInTaskType};
    QTest::newRow("linkedInTaskType on a LinkedIn task is allowed") << open << EditChange([](TaskEdit &e) {
        e.taskType = TaskType::LinkedIn;
        e.linkedInTaskType = LinkedInTaskType::InMail;
    }) << none;
    QTest::newRow("contactId may be empty when nothing uses a variable")
        << open << EditChange([](TaskEdit &e) {
               e.contactId.clear();
               e.body = QStringLiteral("<p>Call the front desk</p>");
           })
        << none;
    // Reply fills {{variables}} from the contact: without one the prospect reads "Hi ,".
    for (const TaskType type : {TaskType::ToDo, TaskType::Call, TaskType::Meeting, TaskType::LinkedIn,
             TaskType::ManualEmail, TaskType::Sms, TaskType::WhatsApp}) {
        const QByteArray name = QMetaEnum::fromType<TaskType>().valueToKey(int(type));
        const auto retype = [type](TaskEdit &e) {
            e.taskType = type;
            e.linkedInTaskType = TaskEdit::linkedInActionFor(type, LinkedInTaskType::None);
            e.contactId.clear();
        };
        QTest::newRow((name + ": variable in the body without a contact is refused").constData())
            << open << EditChange([retype](TaskEdit &e) {
                   retype(e);
                   e.body = QStringLiteral("Hi {{firstName}}, see you soon");
               })
            << QList<TaskField> {TaskField::ContactId};
        // SMS and WhatsApp send no subject, so what is left in it needs no contact.
        const bool carriesSubject = TaskRules::carriesSubject(type);
        QTest::newRow((name
            + (carriesSubject ? ": variable in the subject without a contact is refused"
                              : ": variable in an unsent subject needs no contact"))
                          .constData())
            << open << EditChange([retype](TaskEdit &e) {
                   retype(e);
                   e.subject = QStringLiteral("Pricing for {{ company }}");
                   e.body = QStringLiteral("See you soon");
               })
            << (carriesSubject ? QList<TaskField> {TaskField::ContactId} : none);
        QTest::newRow((name + ": no variables and no contact is allowed").constData())
            << open << EditChange([retype](TaskEdit &e) {
                   retype(e);
                   e.subject = QStringLiteral("Pricing");
                   e.body = QStringLiteral("Hi there, {not a variable}");
               })
            << none;
        QTest::newRow((name + ": variables with a contact are allowed").constData())
            << open << EditChange([retype](TaskEdit &e) {
                   retype(e);
                   e.contactId = QStringLiteral("7");
                   e.body = QStringLiteral("Hi {{firstName}}");
               })
            << none;
    }
    QTest::newRow("contactId may be a positive integer")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral(" 1234 "); }) << none;
    QTest::newRow("contactId zero is refused")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("0"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("contactId negative is refused")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("-5"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("contactId with letters is refused")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("12a"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("contactId as an unresolved email asks to look it up")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("dana@example.com"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("contactId as decimal is refused")
        << open << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("1.5"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("sequence task type cannot change") << sequence << EditChange([](TaskEdit &e) {
        e.taskType = TaskType::Call;
        e.linkedInTaskType = LinkedInTaskType::None;
    }) << QList<TaskField> {TaskField::TaskType};
    QTest::newRow("sequence task contact cannot change")
        << sequence << EditChange([](TaskEdit &e) { e.contactId = QStringLiteral("8"); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("sequence task contact cannot be cleared")
        << sequence << EditChange([](TaskEdit &e) { e.contactId.clear(); })
        << QList<TaskField> {TaskField::ContactId};
    QTest::newRow("sequence task dates and body can change") << sequence << EditChange([](TaskEdit &e) {
        e.dueTo = e.dueTo.addDays(1);
        e.body = QStringLiteral("Hello again");
        e.linkedInTaskType = LinkedInTaskType::Message;
    }) << none;
    QTest::newRow("several problems at once") << open << EditChange([](TaskEdit &e) {
        e.dueTo = e.startAt;
        e.body.clear();
        e.contactId = QStringLiteral("x");
    }) << QList<TaskField> {TaskField::ContactId, TaskField::DueTo, TaskField::Body};
}

void TestTaskValidator::rules()
{
    QFETCH(Task, base);
    QFETCH(EditChange, change);
    QFETCH(QList<TaskField>, expectedFields);

    TaskEdit edit = TaskEdit::fromTask(base);
    change(edit);
    const FieldMessages messages = TaskValidator::validate(edit, base);
    QList<TaskField> fields = messages.keys();
    std::sort(expectedFields.begin(), expectedFields.end());
    QCOMPARE(fields, expectedFields);
    // The missing-contact message names the variable and says what to do about it.
    if (QByteArray(QTest::currentDataTag()).contains("without a contact is refused")) {
        const QString message = messages.value(TaskField::ContactId);
        QVERIFY2(message.contains(QLatin1String("{{")) && message.contains(QLatin1String("contact's ID")),
            qPrintable(message));
    }
    for (const QString &message : messages) {
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message)); // a sentence, not a code
        QVERIFY2(message.size() > 20, qPrintable(message));
    }
}

void TestTaskValidator::smsLongerThanTheLimit_isRefused_data()
{
    QTest::addColumn<TaskType>("type");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("firstName"); // empty: the contact is not known
    QTest::addColumn<bool>("refused");

    const QString a = QStringLiteral("a");
    const QString zoe = QString::fromUtf8("Zo\xC3\xAB");
    const QString hi = QStringLiteral("{{firstName}}");
    static_assert(SmsLength::kMaxParts == 10, "the rows below measure ten parts");
    QTest::newRow("10 GSM parts are sent") << TaskType::Sms << a.repeated(1530) << QString() << false;
    QTest::newRow("11 GSM parts are refused") << TaskType::Sms << a.repeated(1531) << QString() << true;
    QTest::newRow("10 UCS-2 parts are sent") << TaskType::Sms << zoe + a.repeated(667) << QString() << false;
    QTest::newRow("11 UCS-2 parts are refused")
        << TaskType::Sms << zoe + a.repeated(668) << QString() << true;
    QTest::newRow("extension characters count two toward the limit")
        << TaskType::Sms << a.repeated(1528) + QStringLiteral("{}") << QString() << true;
    QTest::newRow("without the contact the variable counts as typed")
        << TaskType::Sms << hi + a.repeated(1520) << QString() << true;
    QTest::newRow("with the contact the variable counts as filled in")
        << TaskType::Sms << hi + a.repeated(1520) << QStringLiteral("Dana") << false;
    QTest::newRow("a contact named Zoë turns the message into UCS-2")
        << TaskType::Sms << hi + a.repeated(700) << zoe << true;
    QTest::newRow("the same message for Dana stays GSM-7")
        << TaskType::Sms << hi + a.repeated(700) << QStringLiteral("Dana") << false;
    QTest::newRow("WhatsApp has no parts") << TaskType::WhatsApp << a.repeated(3000) << QString() << false;
    QTest::newRow("LinkedIn has no parts") << TaskType::LinkedIn << a.repeated(3000) << QString() << false;
}

void TestTaskValidator::smsLongerThanTheLimit_isRefused()
{
    QFETCH(TaskType, type);
    QFETCH(QString, body);
    QFETCH(QString, firstName);
    QFETCH(bool, refused);

    const Task base = openTask();
    TaskEdit edit = TaskEdit::fromTask(base);
    edit.taskType = type;
    edit.linkedInTaskType = TaskEdit::linkedInActionFor(type, LinkedInTaskType::None);
    edit.body = body;
    std::optional<Contact> contact;
    if (!firstName.isEmpty()) {
        contact = Contact {};
        contact->id = 7;
        contact->firstName = firstName;
    }
    const FieldMessages messages = TaskValidator::validate(edit, base, contact);
    QCOMPARE(messages.contains(TaskField::Body), refused);
    if (refused) {
        const QString message = messages.value(TaskField::Body);
        QVERIFY2(message.contains(QLatin1String("parts")) && message.contains(QLatin1String("Shorten")),
            qPrintable(message));
    }
}

void TestTaskValidator::nonNewTaskCannotBeEdited_data()
{
    QTest::addColumn<TaskStatus>("status");
    QTest::addColumn<bool>("editable");
    QTest::newRow("new") << TaskStatus::New << true;
    QTest::newRow("finished") << TaskStatus::Finished << false;
    QTest::newRow("cancelled") << TaskStatus::Cancelled << false;
    QTest::newRow("archived") << TaskStatus::Archived << false;
    QTest::newRow("sequenceDetached") << TaskStatus::SequenceDetached << false;
    QTest::newRow("unknown") << TaskStatus::Unknown << false;
}

void TestTaskValidator::nonNewTaskCannotBeEdited()
{
    QFETCH(TaskStatus, status);
    QFETCH(bool, editable);
    Task base = openTask();
    base.status = status;
    const QString reason = TaskValidator::readOnlyReason(base);
    QCOMPARE(reason.isEmpty(), editable);
    const FieldMessages messages = TaskValidator::validate(TaskEdit::fromTask(base), base);
    QCOMPARE(messages.contains(TaskField::Form), !editable);
    if (!editable)
        QVERIFY2(reason.contains(QLatin1String("open tasks")), qPrintable(reason));
}

QTEST_MAIN(TestTaskValidator)
#include "tst_taskvalidator.moc"
