// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "seedtasks.h"

#include "seedcontacts.h"
#include "templaterenderer.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace rte::sandbox {

namespace {

struct Body
{
    const char *type;
    const char *subject; // nullptr: no subject
    const char *body;
};

// The first body of each type is the one tasks 1-7 use; the others add variety to the generated ones.
constexpr Body Bodies[] = {
    {"toDo", nullptr,
        "<p>Prepare the quarterly review for <b>{{company}}</b>:</p><ul><li>Pull last quarter's usage "
        "numbers</li>"
        "<li>Check open support tickets</li><li>Draft two renewal options</li></ul>"
        "<p>Notes live in the <a href=\"https://wiki.example.com/accounts\">account wiki</a>.</p>"},
    {"toDo", nullptr, "<p>Update the CRM notes for {{firstName}} after yesterday's demo.</p>"},
    {"call", nullptr,
        "<p>Call <b>{{firstName}}</b> about the pilot at {{company}}.</p><ul><li>Confirm the decision "
        "timeline</li>"
        "<li>Ask who else joins the evaluation</li></ul>"
        "<p>Script: <a href=\"https://wiki.example.com/call-script\">discovery call script</a></p>"},
    {"call", nullptr,
        "<p>Follow-up call with {{firstName}}: pricing questions from {{company}}'s finance team.</p>"},
    {"meeting", nullptr,
        "<p>Demo meeting with {{firstName}} ({{company}}).</p><ul><li>Agenda: integrations and reporting</li>"
        "<li>Bring the <b>ROI calculator</b></li></ul>"
        "<p>Join link: <a href=\"https://meet.example.com/demo-4821\">meet.example.com/demo-4821</a></p>"},
    {"linkedIn", nullptr,
        "Hi {{firstName}}, thanks for connecting! I noticed {{company}} is growing its sales team. Would a "
        "short chat "
        "about how similar teams organise their follow-ups be useful?"},
    {"linkedIn", nullptr,
        "Hi {{firstName}}, I enjoyed your post about {{company}}'s expansion. Happy to connect!"},
    {"manualEmail", "Quick question about {{company}}",
        "<p>Hi {{firstName}},</p><p>I came across <b>{{company}}</b> and wanted to share how teams like "
        "yours cut "
        "follow-up time in half:</p><ul><li>Shared task queues</li><li>Automatic reminders</li></ul>"
        "<p>Worth a 15-minute call next week? Here is my <a "
        "href=\"https://calendar.example.com/alex\">calendar</a>."
        "</p><p>Best,<br>Alex</p>"},
    {"manualEmail", "Following up, {{firstName}}",
        "<p>Hi {{firstName}},</p><p>Just bumping this up in your inbox. Does the proposal for {{company}} "
        "still fit "
        "your timeline?</p><p>Thanks,<br>Alex</p>"},
    {"sms", nullptr,
        "Hi {{firstName}}, it's Alex from Northwind. Is tomorrow still good for a quick call about "
        "{{company}}?"},
    {"whatsApp", nullptr,
        "Hi {{firstName}} \xF0\x9F\x91\x8B Alex here. I just sent over the proposal for {{company}}, let me "
        "know if "
        "anything is unclear!"},
};

constexpr const char *Types[] = {"toDo", "call", "meeting", "linkedIn", "manualEmail", "sms", "whatsApp"};
constexpr int TypeWeights[] = {15, 25, 8, 17, 20, 10, 5};
constexpr const char *LinkedInKinds[] = {"message", "connect", "inMail", "viewProfile"};

QString stepLabel(const QString &type)
{
    if (type == QLatin1String("manualEmail"))
        return QStringLiteral("Email");
    if (type == QLatin1String("linkedIn"))
        return QStringLiteral("LinkedIn");
    if (type == QLatin1String("sms"))
        return QStringLiteral("SMS");
    if (type == QLatin1String("whatsApp"))
        return QStringLiteral("WhatsApp");
    if (type == QLatin1String("toDo"))
        return QStringLiteral("Task");
    return type.at(0).toUpper() + type.mid(1);
}

QList<const Body *> bodiesFor(const QString &type)
{
    QList<const Body *> out;
    for (const Body &b : Bodies) {
        if (type == QLatin1String(b.type))
            out.append(&b);
    }
    return out;
}

QJsonValue text(const char *utf8)
{
    return utf8 ? QJsonValue(QString::fromUtf8(utf8)) : QJsonValue();
}

QJsonObject makeTask(qint64 id, const QString &type, const Body &body, qint64 contactId,
    const QDateTime &startAt, const QDateTime &dueTo, const QDateTime &createdAt)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("contactId"), contactId > 0 ? QJsonValue(contactId) : QJsonValue()},
        {QStringLiteral("taskType"), type},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("linkedInTaskType"),
            type == QLatin1String("linkedIn") ? QJsonValue(QStringLiteral("message")) : QJsonValue()},
        {QStringLiteral("sequenceId"), QJsonValue()},
        {QStringLiteral("sequenceStepId"), QJsonValue()},
        {QStringLiteral("sequenceStepDisplayName"), QJsonValue()},
        {QStringLiteral("assignedUserId"), 1001},
        {QStringLiteral("creationSource"), QStringLiteral("user")},
        {QStringLiteral("createdAt"), WireFormat::formatDateTime(createdAt)},
        {QStringLiteral("startAt"), WireFormat::formatDateTime(startAt)},
        {QStringLiteral("dueTo"), WireFormat::formatDateTime(dueTo)},
        {QStringLiteral("finishedAt"), QJsonValue()},
        {QStringLiteral("isFailed"), false},
        {QStringLiteral("isScheduled"), false},
        {QStringLiteral("template"),
            QJsonObject {{QStringLiteral("body"), text(body.body)},
                {QStringLiteral("subject"), text(body.subject)},
                {QStringLiteral("attachmentIdList"), QJsonValue()}}},
    };
}

void setSequence(QJsonObject &task, qint64 sequenceId, int step)
{
    task.insert(QStringLiteral("sequenceId"), sequenceId);
    task.insert(QStringLiteral("sequenceStepId"), sequenceId * 100 + step);
    task.insert(QStringLiteral("sequenceStepDisplayName"),
        QStringLiteral("Step %1 - %2")
            .arg(step)
            .arg(stepLabel(task.value(QLatin1String("taskType")).toString())));
    task.insert(QStringLiteral("creationSource"), QStringLiteral("sequence"));
}

// A finished task keeps its final text only, as Reply does: the raw template is gone.
void finish(QJsonObject &task, const QString &status, const QDateTime &finishedAt,
    const QHash<qint64, QJsonObject> &contacts)
{
    task.insert(QStringLiteral("status"), status);
    task.insert(QStringLiteral("finishedAt"), WireFormat::formatDateTime(finishedAt));
    const QJsonObject contact = contacts.value(task.value(QLatin1String("contactId")).toInteger());
    QJsonObject tmpl = task.value(QLatin1String("template")).toObject();
    tmpl.insert(QStringLiteral("body"),
        TemplateRenderer::render(tmpl.value(QLatin1String("body")).toString(), contact));
    if (tmpl.value(QLatin1String("subject")).isString()) {
        tmpl.insert(QStringLiteral("subject"),
            TemplateRenderer::render(tmpl.value(QLatin1String("subject")).toString(), contact));
    }
    task.insert(QStringLiteral("template"), tmpl);
}

QJsonObject generated(
    qint64 id, QRandomGenerator &rng, const QDateTime &now, const QHash<qint64, QJsonObject> &contacts)
{
    int pick = int(rng.bounded(100));
    qsizetype typeIndex = 0;
    while (pick >= TypeWeights[typeIndex]) {
        pick -= TypeWeights[typeIndex];
        ++typeIndex;
    }
    const QString type = QString::fromLatin1(Types[typeIndex]);
    const QList<const Body *> bodies = bodiesFor(type);
    const Body &body = *bodies.at(qsizetype(rng.bounded(int(bodies.size()))));

    const int roll = int(rng.bounded(100));
    const QString status = roll < 78 ? QStringLiteral("new")
        : roll < 94                  ? QStringLiteral("finished")
        : roll < 96                  ? QStringLiteral("cancelled")
        : roll < 98                  ? QStringLiteral("archived")
                                     : QStringLiteral("sequenceDetached");
    const bool done = status == QLatin1String("finished") || status == QLatin1String("archived");

    // Two weeks back to two weeks ahead in five-minute steps; open tasks in the past are the overdue ones.
    qint64 offsetSecs = (qint64(rng.bounded(28 * 24 * 12)) - 14 * 24 * 12) * 300;
    if (done && offsetSecs > 0)
        offsetSecs = -offsetSecs - 3600;
    // Most open work from more than two days ago would have been dealt with: keep some overdue, not half.
    if (!done && offsetSecs < -2 * 86400 && rng.bounded(100) < 60)
        offsetSecs = -offsetSecs;
    static constexpr int Durations[] = {15, 30, 60, 120, 240, 1440, 2880};
    const QDateTime startAt = now.addSecs(offsetSecs);
    const QDateTime dueTo = startAt.addSecs(qint64(Durations[rng.bounded(7)]) * 60);
    const QDateTime createdAt = std::min(startAt, now).addSecs(-qint64(rng.bounded(1, 7 * 24)) * 3600);

    const bool withoutContact = type == QLatin1String("toDo") && rng.bounded(100) < 30;
    const qint64 contactId = withoutContact ? 0 : SeedContacts::FirstId + rng.bounded(60);
    QJsonObject task = makeTask(id, type, body, contactId, startAt, dueTo, createdAt);

    const int assignee = int(rng.bounded(100));
    task.insert(QStringLiteral("assignedUserId"), assignee < 55 ? 1001 : 1002 + int(rng.bounded(3)));
    if (type == QLatin1String("linkedIn")) {
        const QString kind = QString::fromLatin1(LinkedInKinds[rng.bounded(4)]);
        task.insert(QStringLiteral("linkedInTaskType"), kind);
        if (kind == QLatin1String("inMail")) {
            QJsonObject tmpl = task.value(QLatin1String("template")).toObject();
            tmpl.insert(QStringLiteral("subject"), QStringLiteral("An idea for {{company}}"));
            task.insert(QStringLiteral("template"), tmpl);
        }
    }

    const bool fromSequence = type != QLatin1String("meeting") && rng.bounded(100) < 35;
    if (fromSequence) {
        setSequence(task, 3001 + rng.bounded(5), 1 + int(rng.bounded(6)));
        const bool emailOrSms = type == QLatin1String("manualEmail") || type == QLatin1String("sms");
        if (emailOrSms && rng.bounded(100) < 20)
            task.insert(QStringLiteral("isScheduled"), true);
        if (type == QLatin1String("manualEmail") && rng.bounded(100) < 25) {
            QJsonObject tmpl = task.value(QLatin1String("template")).toObject();
            tmpl.insert(QStringLiteral("attachmentIdList"), QJsonArray {5000 + id});
            task.insert(QStringLiteral("template"), tmpl);
        }
    } else if (type == QLatin1String("meeting") && rng.bounded(100) < 40) {
        task.insert(QStringLiteral("creationSource"), QStringLiteral("meeting"));
    }

    if (done) {
        const QDateTime finishedAt = std::min(now, startAt.addSecs(qint64(rng.bounded(5, 120)) * 60));
        finish(task, status, finishedAt, contacts);
        if (type == QLatin1String("manualEmail") && rng.bounded(100) < 10)
            task.insert(QStringLiteral("isFailed"), true);
    } else {
        task.insert(QStringLiteral("status"), status);
    }
    return task;
}

} // namespace

QList<QJsonObject> SeedTasks::build(const QDateTime &now, const QHash<qint64, QJsonObject> &contacts)
{
    QList<QJsonObject> tasks;

    // "Due later today" in the user's own day: spread the seven over what is left of the local day,
    // at least a minute apart and never in the past.
    const QDateTime endOfDay = QDateTime(now.toLocalTime().date(), QTime(23, 59)).toUTC();
    const qint64 remaining = std::max<qint64>(0, now.secsTo(endOfDay));
    auto dueToday = [&](int slot) {
        const qint64 secs = std::max<qint64>(60 * (slot + 1), remaining * (slot + 1) / 9);
        return now.addSecs(secs - secs % 60);
    };

    for (int i = 0; i < 7; ++i) {
        const QString type = QString::fromLatin1(Types[i]);
        const QDateTime due = dueToday(i);
        tasks.append(makeTask(i + 1, type, *bodiesFor(type).constFirst(), SeedContacts::FirstId + i,
            due.addSecs(-3600), due, now.addDays(-1)));
    }

    const QDateTime due8 = dueToday(7);
    QJsonObject connect
        = makeTask(8, QStringLiteral("linkedIn"), *bodiesFor(QStringLiteral("linkedIn")).at(1),
            SeedContacts::FirstId + 7, due8.addSecs(-3600), due8, now.addDays(-3));
    connect.insert(QStringLiteral("linkedInTaskType"), QStringLiteral("connect"));
    setSequence(connect, 3001, 2);
    tasks.append(connect);

    const QDateTime twoDaysAgo = now.addDays(-2);
    QJsonObject sent
        = makeTask(9, QStringLiteral("manualEmail"), *bodiesFor(QStringLiteral("manualEmail")).at(1),
            SeedContacts::FirstId + 8, twoDaysAgo, twoDaysAgo.addSecs(3600), now.addDays(-4));
    finish(sent, QStringLiteral("finished"), twoDaysAgo.addSecs(1800), contacts);
    tasks.append(sent);

    QJsonObject cancelled
        = makeTask(10, QStringLiteral("meeting"), *bodiesFor(QStringLiteral("meeting")).constFirst(),
            SeedContacts::FirstId + 9, now.addDays(-1), now.addDays(-1).addSecs(1800), now.addDays(-5));
    cancelled.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    tasks.append(cancelled);

    QRandomGenerator rng(RandomSeed);
    for (qint64 id = 11; id <= LastId; ++id)
        tasks.append(generated(id, rng, now, contacts));

    // Task 42 is the docs' example id: keep it open, editable and user-created whatever the dice said.
    const QDateTime start42 = now.addDays(1);
    tasks[41] = makeTask(42, QStringLiteral("call"), *bodiesFor(QStringLiteral("call")).constFirst(),
        SeedContacts::FirstId + 5, start42, start42.addSecs(1800), now.addDays(-1));
    return tasks;
}

} // namespace rte::sandbox
