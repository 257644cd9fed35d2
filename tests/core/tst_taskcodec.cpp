// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace rte::core;

class TestTaskCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTaskType_data();
    void readsTaskType();
    void readsStatus_data();
    void readsStatus();
    void readsLinkedInTaskType_data();
    void readsLinkedInTaskType();
    void readsCreationSource_data();
    void readsCreationSource();
    void readsDateTimes_data();
    void readsDateTimes();
    void readsTheDocumentedExample();
    void readsOnlyExactIds_data();
    void readsOnlyExactIds();
    void fuzzFinding_largeStringId_readsBackAsItself();
    void toleratesNullsAndUnknownFields();
    void writesStringEnumsAndUtc();
    void roundTripsEveryField();
};

void TestTaskCodec::readsTaskType_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<TaskType>("expected");
    const QList<std::tuple<const char *, int, TaskType>> rows {
        {"toDo", 0, TaskType::ToDo},
        {"call", 2, TaskType::Call},
        {"meeting", 4, TaskType::Meeting},
        {"linkedIn", 5, TaskType::LinkedIn},
        {"manualEmail", 7, TaskType::ManualEmail},
        {"sms", 8, TaskType::Sms},
        {"whatsApp", 9, TaskType::WhatsApp},
    };
    for (const auto &[wire, legacy, type] : rows) {
        QTest::addRow("string %s", wire) << QJsonValue(QLatin1String(wire)) << type;
        QTest::addRow("integer %d", legacy) << QJsonValue(legacy) << type;
    }
    QTest::newRow("PascalCase") << QJsonValue(QStringLiteral("ManualEmail")) << TaskType::ManualEmail;
    QTest::newRow("integer as string") << QJsonValue(QStringLiteral("8")) << TaskType::Sms;
    QTest::newRow("unknown string") << QJsonValue(QStringLiteral("fax")) << TaskType::Unknown;
    QTest::newRow("unknown integer 1") << QJsonValue(1) << TaskType::Unknown;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << TaskType::Unknown;
}

void TestTaskCodec::readsTaskType()
{
    QFETCH(QJsonValue, value);
    QFETCH(TaskType, expected);
    QCOMPARE(TaskCodec::taskTypeFromJson(value), expected);
}

void TestTaskCodec::readsStatus_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<TaskStatus>("expected");
    const QList<std::tuple<const char *, int, TaskStatus>> rows {
        {"new", 0, TaskStatus::New},
        {"finished", 1, TaskStatus::Finished},
        {"cancelled", 3, TaskStatus::Cancelled},
        {"archived", 4, TaskStatus::Archived},
        {"sequenceDetached", 5, TaskStatus::SequenceDetached},
    };
    for (const auto &[wire, legacy, status] : rows) {
        QTest::addRow("string %s", wire) << QJsonValue(QLatin1String(wire)) << status;
        QTest::addRow("integer %d", legacy) << QJsonValue(legacy) << status;
    }
    QTest::newRow("unknown integer 2") << QJsonValue(2) << TaskStatus::Unknown;
    QTest::newRow("unknown string") << QJsonValue(QStringLiteral("snoozed")) << TaskStatus::Unknown;
}

void TestTaskCodec::readsStatus()
{
    QFETCH(QJsonValue, value);
    QFETCH(TaskStatus, expected);
    QCOMPARE(TaskCodec::statusFromJson(value), expected);
}

void TestTaskCodec::readsLinkedInTaskType_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<LinkedInTaskType>("expected");
    const QList<std::tuple<const char *, int, LinkedInTaskType>> rows {
        {"message", 0, LinkedInTaskType::Message},
        {"connect", 1, LinkedInTaskType::Connect},
        {"inMail", 2, LinkedInTaskType::InMail},
        {"viewProfile", 3, LinkedInTaskType::ViewProfile},
    };
    for (const auto &[wire, legacy, type] : rows) {
        QTest::addRow("string %s", wire) << QJsonValue(QLatin1String(wire)) << type;
        QTest::addRow("integer %d", legacy) << QJsonValue(legacy) << type;
    }
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << LinkedInTaskType::None;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << LinkedInTaskType::None;
    QTest::newRow("unknown") << QJsonValue(QStringLiteral("endorse")) << LinkedInTaskType::Unknown;
}

void TestTaskCodec::readsLinkedInTaskType()
{
    QFETCH(QJsonValue, value);
    QFETCH(LinkedInTaskType, expected);
    QCOMPARE(TaskCodec::linkedInTaskTypeFromJson(value), expected);
}

void TestTaskCodec::readsCreationSource_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<CreationSource>("expected");
    QTest::newRow("user") << QJsonValue(QStringLiteral("user")) << CreationSource::User;
    QTest::newRow("0") << QJsonValue(0) << CreationSource::User;
    QTest::newRow("sequence") << QJsonValue(QStringLiteral("sequence")) << CreationSource::Sequence;
    QTest::newRow("1") << QJsonValue(1) << CreationSource::Sequence;
    QTest::newRow("meeting") << QJsonValue(QStringLiteral("meeting")) << CreationSource::Meeting;
    QTest::newRow("2") << QJsonValue(2) << CreationSource::Meeting;
    QTest::newRow("unknown") << QJsonValue(QStringLiteral("import")) << CreationSource::Unknown;
}

void TestTaskCodec::readsCreationSource()
{
    QFETCH(QJsonValue, value);
    QFETCH(CreationSource, expected);
    QCOMPARE(TaskCodec::creationSourceFromJson(value), expected);
}

void TestTaskCodec::readsDateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
    QTest::newRow("Z") << QStringLiteral("2023-11-07T05:31:56Z") << utc;
    QTest::newRow("lower-case z") << QStringLiteral("2023-11-07T05:31:56z") << utc;
    QTest::newRow("+00:00") << QStringLiteral("2023-11-07T05:31:56+00:00") << utc;
    QTest::newRow("+02:00") << QStringLiteral("2023-11-07T07:31:56+02:00") << utc;
    QTest::newRow("-05:00") << QStringLiteral("2023-11-07T00:31:56-05:00") << utc;
    QTest::newRow("no offset is UTC") << QStringLiteral("2023-11-07T05:31:56") << utc;
    QTest::newRow("milliseconds") << QStringLiteral("2023-11-07T05:31:56.250Z") << utc.addMSecs(250);
    QTest::newRow("seven fraction digits")
        << QStringLiteral("2023-11-07T05:31:56.2500000") << utc.addMSecs(250);
    QTest::newRow("garbage") << QStringLiteral("next Tuesday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestTaskCodec::readsDateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = TaskCodec::dateTimeFromJson(QJsonValue(text));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestTaskCodec::readsTheDocumentedExample()
{
    const QByteArray json = R"({
      "id": 123, "contactId": 456, "taskType": "linkedIn", "status": "new",
      "linkedInTaskType": "connect", "sequenceId": 7, "sequenceStepId": 8,
      "sequenceStepDisplayName": "Step 2 - LinkedIn", "assignedUserId": 9,
      "creationSource": "sequence", "createdAt": "2023-11-07T05:31:56Z",
      "startAt": "2023-11-07T05:31:56Z", "dueTo": "2023-11-08T05:31:56Z",
      "finishedAt": null, "isFailed": false, "isScheduled": true,
      "template": {"body": "Hi {{firstName}}", "subject": "Hello", "attachmentIdList": [1, 2]},
      "content": {"body": "Hi Dana", "subject": "Hello"},
      "deliveryInfo": {"email": null, "phoneNumber": null, "linkedInUrl": "https://linkedin.com/in/dana"}
    })";
    const Task task = TaskCodec::taskFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(task.id, 123);
    QCOMPARE(task.contactId, std::optional<qint64>(456));
    QCOMPARE(task.taskType, TaskType::LinkedIn);
    QCOMPARE(task.linkedInTaskType, LinkedInTaskType::Connect);
    QCOMPARE(task.creationSource, CreationSource::Sequence);
    QCOMPARE(task.sequenceStepDisplayName, std::optional<QString>(QStringLiteral("Step 2 - LinkedIn")));
    QCOMPARE(task.dueTo, QDateTime(QDate(2023, 11, 8), QTime(5, 31, 56), Qt::UTC));
    QVERIFY(!task.finishedAt.isValid());
    QVERIFY(task.isScheduled);
    QVERIFY(task.taskTemplate);
    QCOMPARE(task.taskTemplate->body, QStringLiteral("Hi {{firstName}}"));
    QCOMPARE(task.taskTemplate->attachmentIdList, std::optional<QList<qint64>>(QList<qint64> {1, 2}));
    QVERIFY(task.content);
    QCOMPARE(task.content->body, QStringLiteral("Hi Dana"));
    QVERIFY(task.deliveryInfo);
    QVERIFY(!task.deliveryInfo->email);
    QCOMPARE(task.deliveryInfo->linkedInUrl,
        std::optional<QString>(QStringLiteral("https://linkedin.com/in/dana")));
    QVERIFY(task.isSequenceCreated());
}

void TestTaskCodec::toleratesNullsAndUnknownFields()
{
    const QByteArray json = R"({
      "id": 5, "contactId": null, "taskType": 8, "status": 0, "linkedInTaskType": null,
      "sequenceId": null, "assignedUserId": null, "creationSource": null, "createdAt": null,
      "startAt": "2026-01-02T03:04:05", "dueTo": null, "isFailed": null, "isScheduled": null,
      "template": null, "content": null, "deliveryInfo": null, "priority": "high", "extensions": {}
    })";
    const Task task = TaskCodec::taskFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(task.id, 5);
    QVERIFY(!task.contactId);
    QCOMPARE(task.taskType, TaskType::Sms);
    QCOMPARE(task.status, TaskStatus::New);
    QCOMPARE(task.linkedInTaskType, LinkedInTaskType::None);
    QCOMPARE(task.creationSource, CreationSource::Unknown);
    QVERIFY(!task.assignedUserId);
    QCOMPARE(task.startAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(!task.dueTo.isValid());
    QVERIFY(!task.taskTemplate);
    QVERIFY(!task.content);
    QVERIFY(!task.deliveryInfo);
}

void TestTaskCodec::writesStringEnumsAndUtc()
{
    Task task;
    task.id = 1;
    task.taskType = TaskType::ManualEmail;
    task.startAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone(3600));
    const QJsonObject json = TaskCodec::taskToJson(task);
    QCOMPARE(json.value(QLatin1String("taskType")).toString(), QStringLiteral("manualEmail"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(json.value(QLatin1String("startAt")).toString(), QStringLiteral("2026-03-01T09:00:00Z"));
    QVERIFY(json.value(QLatin1String("linkedInTaskType")).isNull());
    QVERIFY(json.value(QLatin1String("dueTo")).isNull());
}

void TestTaskCodec::roundTripsEveryField()
{
    Task task;
    task.id = 77;
    task.contactId = 12;
    task.taskType = TaskType::LinkedIn;
    task.status = TaskStatus::Finished;
    task.linkedInTaskType = LinkedInTaskType::InMail;
    task.sequenceId = 3;
    task.sequenceStepId = 4;
    task.sequenceStepDisplayName = QStringLiteral("Step 4");
    task.assignedUserId = 1001;
    task.creationSource = CreationSource::Meeting;
    task.createdAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    task.startAt = task.createdAt.addDays(1);
    task.dueTo = task.createdAt.addDays(2);
    task.finishedAt = task.createdAt.addDays(3);
    task.isFailed = true;
    task.isScheduled = true;
    task.taskTemplate = TaskTemplate {QStringLiteral("<p>x</p>"), QStringLiteral("s"), QList<qint64> {9}};
    task.content = TaskContent {QStringLiteral("y"), std::nullopt};
    task.deliveryInfo
        = DeliveryInfo {QStringLiteral("a@example.com"), QStringLiteral("+15550100"), std::nullopt};
    QCOMPARE(TaskCodec::taskFromJson(TaskCodec::taskToJson(task)), task);
}

void TestTaskCodec::readsOnlyExactIds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("id"); // 0: no id
    QTest::newRow("number") << QByteArray("42") << qint64(42);
    QTest::newRow("string") << QByteArray("\"42\"") << qint64(42);
    QTest::newRow("largest exact") << QByteArray("9007199254740991") << qint64(9007199254740991LL);
    QTest::newRow("2^53 may be a rounded neighbour") << QByteArray("9007199254740992") << qint64(0);
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << qint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray("1e300") << qint64(0);
    QTest::newRow("fraction") << QByteArray("42.5") << qint64(0);
    QTest::newRow("largest exact string") << QByteArray("\"9007199254740991\"") << qint64(9007199254740991LL);
    // Found by fuzz_taskcodec: read exactly from a string, it was written back as a rounded number.
    QTest::newRow("string from 2^53 on") << QByteArray("\"111111111111111143\"") << qint64(0);
}

void TestTaskCodec::readsOnlyExactIds()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, id);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().first();
    QCOMPARE(TaskCodec::idFromJson(value).value_or(0), id);
}

void TestTaskCodec::fuzzFinding_largeStringId_readsBackAsItself()
{
    // fuzz_taskcodec reproducer (crash-ff74ae3d...): an id as a string above 2^53 did not survive
    // taskToJson -> taskFromJson (a draft's base would have named another task).
    const QByteArray reproducer = QByteArray::fromBase64("W3siaWQiOiIxMTExMTExMTExMTExMTExNDMiLCJ0YXNrVHlwZSI"
                                                         "6OCwic3RhdHVzIjoxLCIAAGVudCI6eyJib2R5IjoieCJ9fV0=");
    const QJsonObject json = QJsonDocument::fromJson(reproducer).array().first().toObject();
    const Task task = TaskCodec::taskFromJson(json);
    QCOMPARE(TaskCodec::taskFromJson(TaskCodec::taskToJson(task)).id, task.id);
}

QTEST_MAIN(TestTaskCodec)
#include "tst_taskcodec.moc"
