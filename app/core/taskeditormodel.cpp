// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/taskeditormodel.h"

#include "core/bodyformat.h"
#include "core/labels.h"
#include "core/systemclock.h"
#include "core/taskvalidator.h"

namespace rte::core {

namespace {

// Keystrokes closer together than this are one undo step; a longer pause starts the next one.
constexpr qint64 kTypingPauseMs = 1500;

} // namespace

TaskEditorModel::TaskEditorModel(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_shared<SystemClock>())
{ }

TaskEditorModel::~TaskEditorModel() = default;

void TaskEditorModel::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    m_lastChangeMs.reset(); // a time on the old clock means nothing on the new one
}

void TaskEditorModel::clear()
{
    restore(Task {}, TaskEdit {});
    m_hasTask = false;
    Q_EMIT loaded();
    refreshDerived(true);
}

void TaskEditorModel::load(const Task &task)
{
    restore(task, TaskEdit::fromTask(task));
}

void TaskEditorModel::restore(const Task &base, const TaskEdit &edit)
{
    m_base = base;
    m_edit = edit;
    // The form never edits the attachments: they are the base's, also for a draft written before
    // edits carried them.
    m_edit.attachmentIdList = TaskEdit::fromTask(base).attachmentIdList;
    m_hasTask = true;
    m_richBody.reset();
    m_serverMessages.clear();
    m_touched.clear();
    m_revealAll = true;
    m_undo.clear();
    m_redo.clear();
    m_lastChangeMs.reset();
    Q_EMIT historyChanged();
    Q_EMIT taskTypeChanged();
    Q_EMIT linkedInTaskTypeChanged();
    Q_EMIT contactIdChanged();
    Q_EMIT startAtChanged();
    Q_EMIT dueToChanged();
    Q_EMIT subjectChanged();
    Q_EMIT bodyChanged();
    Q_EMIT loaded();
    refreshDerived(true);
}

void TaskEditorModel::acceptSaved(const Task &saved, const TaskEdit &sent)
{
    m_base = saved;
    m_serverMessages.clear();
    // Reply now has the plain text: the formatting it came from is gone for good.
    if (BodyFormat::isPlainTextChannel(sent.taskType))
        m_richBody.reset();
    // Fields the rep did not touch while saving take the server's value; newer typing wins.
    const TaskEdit server = TaskEdit::fromTask(saved);
    m_edit.attachmentIdList = server.attachmentIdList; // not the rep's to change: the server's copy holds
    if (m_edit.taskType == sent.taskType)
        assign(&TaskEdit::taskType, server.taskType, TaskField::TaskType);
    if (m_edit.linkedInTaskType == sent.linkedInTaskType)
        assign(&TaskEdit::linkedInTaskType, server.linkedInTaskType, TaskField::LinkedInTaskType);
    if (m_edit.contactId.trimmed() == sent.contactId.trimmed())
        assign(&TaskEdit::contactId, server.contactId, TaskField::ContactId);
    if (m_edit.startAt == sent.startAt)
        assign(&TaskEdit::startAt, server.startAt, TaskField::StartAt);
    if (m_edit.dueTo == sent.dueTo)
        assign(&TaskEdit::dueTo, server.dueTo, TaskField::DueTo);
    if (m_edit.subject == sent.subject)
        assign(&TaskEdit::subject, server.subject, TaskField::Subject);
    // The body stays as the rep sees it, so the editor keeps its cursor and undo history.
    Q_EMIT loaded();
    refreshDerived(true);
}

template<typename T>
bool TaskEditorModel::assign(T TaskEdit::*member, const T &value, TaskField field)
{
    if (m_edit.*member == value)
        return false;
    m_edit.*member = value;
    afterChange(field);
    return true;
}

void TaskEditorModel::afterChange(TaskField field)
{
    // What the server said about a field no longer holds once the rep changes it.
    m_touched.insert(field);
    m_serverMessages.remove(field);
    m_serverMessages.remove(TaskField::Form);
    switch (field) {
    case TaskField::TaskType:
        Q_EMIT taskTypeChanged();
        break;
    case TaskField::LinkedInTaskType:
        Q_EMIT linkedInTaskTypeChanged();
        break;
    case TaskField::ContactId:
        Q_EMIT contactIdChanged();
        break;
    case TaskField::StartAt:
        Q_EMIT startAtChanged();
        break;
    case TaskField::DueTo:
        Q_EMIT dueToChanged();
        break;
    case TaskField::Subject:
        Q_EMIT subjectChanged();
        break;
    case TaskField::Body:
        Q_EMIT bodyChanged();
        break;
    case TaskField::Form:
        break;
    }
    refreshDerived(false);
}

void TaskEditorModel::setTaskType(TaskType type)
{
    const TaskType previous = m_edit.taskType;
    if (previous == type)
        return;
    remember(TaskField::TaskType);
    const bool wasPlain = BodyFormat::isPlainTextChannel(previous);
    const bool isPlain = BodyFormat::isPlainTextChannel(type);

    m_edit.taskType = type;
    assign(&TaskEdit::linkedInTaskType, TaskEdit::linkedInActionFor(type, m_edit.linkedInTaskType),
        TaskField::LinkedInTaskType);

    if (wasPlain != isPlain && !m_edit.body.isEmpty()) {
        if (isPlain) {
            const QString plain = BodyFormat::htmlToPlainText(m_edit.body);
            m_richBody = KeptRichBody {m_edit.body, plain};
            assign(&TaskEdit::body, plain, TaskField::Body);
            Q_EMIT bodyConverted(tr("The body is now plain text, because %1 can't show formatting. Lists "
                                    "and links were kept as text: check it before you save.")
                                     .arg(Labels::taskType(type)));
        } else if (m_richBody && m_richBody->plain == m_edit.body) {
            // Only passing a plain-text type on the way (arrowing through the list, say) must not
            // cost the formatting: the plain text is still what the rich body turned into, so the
            // rich body comes back as it was. It stays kept, for the next pass.
            assign(&TaskEdit::body, m_richBody->rich, TaskField::Body);
            Q_EMIT bodyConverted(
                tr("The body has its formatting back, because %1 shows it.").arg(Labels::taskType(type)));
        } else {
            // The rep changed the plain text: what they typed wins over the formatting it came from.
            assign(&TaskEdit::body, BodyFormat::plainTextToHtml(m_edit.body), TaskField::Body);
            Q_EMIT bodyConverted(
                tr("The body can have formatting again, because %1 shows it.").arg(Labels::taskType(type)));
        }
    }
    afterChange(TaskField::TaskType);
}

void TaskEditorModel::setLinkedInTaskType(LinkedInTaskType type)
{
    if (m_edit.linkedInTaskType != type)
        remember(TaskField::LinkedInTaskType);
    assign(&TaskEdit::linkedInTaskType, type, TaskField::LinkedInTaskType);
}

void TaskEditorModel::setContactId(const QString &contactId)
{
    if (m_edit.contactId != contactId)
        remember(TaskField::ContactId);
    assign(&TaskEdit::contactId, contactId, TaskField::ContactId);
}

void TaskEditorModel::setStartAt(const QDateTime &startAt)
{
    if (m_edit.startAt != startAt.toUTC())
        remember(TaskField::StartAt);
    assign(&TaskEdit::startAt, startAt.toUTC(), TaskField::StartAt);
}

void TaskEditorModel::setDueTo(const QDateTime &dueTo)
{
    if (m_edit.dueTo != dueTo.toUTC())
        remember(TaskField::DueTo);
    assign(&TaskEdit::dueTo, dueTo.toUTC(), TaskField::DueTo);
}

void TaskEditorModel::setSubject(const QString &subject)
{
    if (m_edit.subject != subject)
        remember(TaskField::Subject);
    assign(&TaskEdit::subject, subject, TaskField::Subject);
}

void TaskEditorModel::setBody(const QString &body)
{
    if (m_edit.body != body)
        remember(TaskField::Body);
    assign(&TaskEdit::body, body, TaskField::Body);
}

bool TaskEditorModel::isDirty() const
{
    return m_hasTask && m_edit != TaskEdit::fromTask(m_base);
}

bool TaskEditorModel::isEditable() const
{
    return m_hasTask && TaskValidator::readOnlyReason(m_base).isEmpty();
}

bool TaskEditorModel::isPlainTextBody() const
{
    return BodyFormat::isPlainTextChannel(m_edit.taskType);
}

bool TaskEditorModel::canChangeTypeAndContact() const
{
    return isEditable() && !m_base.isSequenceCreated();
}

QString TaskEditorModel::readOnlyReason() const
{
    return m_hasTask ? TaskValidator::readOnlyReason(m_base) : QString();
}

FieldMessages TaskEditorModel::messages() const
{
    FieldMessages all = allMessages();
    if (m_revealAll)
        return all;
    for (auto it = all.begin(); it != all.end();) {
        if (it.key() == TaskField::Form || m_touched.contains(it.key()))
            ++it;
        else
            it = all.erase(it);
    }
    return all;
}

void TaskEditorModel::revealAllMessages()
{
    if (m_revealAll)
        return;
    m_revealAll = true;
    refreshDerived(true);
}

void TaskEditorModel::startNew(const QDateTime &now)
{
    // The next quarter hour, an hour long: what a rep would pick for "do this next".
    const QDateTime utc = now.toUTC();
    const qint64 quarter = 15 * 60;
    const qint64 start = (utc.toSecsSinceEpoch() / quarter + 1) * quarter;
    Task task;
    task.id = 0;
    task.status = TaskStatus::New;
    task.creationSource = CreationSource::User;
    task.taskType = TaskType::ToDo;
    task.startAt = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    task.dueTo = task.startAt.addSecs(3600);
    task.taskTemplate = TaskTemplate {};
    restore(task, TaskEdit::fromTask(task));
    m_revealAll = false;
    refreshDerived(true);
}

FieldMessages TaskEditorModel::allMessages() const
{
    if (!m_hasTask)
        return {};
    FieldMessages all = TaskValidator::validate(m_edit, m_base, m_contact);
    // What the server (or a look-up) said is more specific than the local rule for the same field.
    for (auto it = m_serverMessages.cbegin(); it != m_serverMessages.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

void TaskEditorModel::setContact(const std::optional<Contact> &contact)
{
    m_contact = contact;
    Q_EMIT contactChanged();
    refreshDerived(false);
}

void TaskEditorModel::setServerMessages(const FieldMessages &messages)
{
    m_serverMessages = messages;
    refreshDerived(true);
}

void TaskEditorModel::setFieldMessage(TaskField field, const QString &message)
{
    if (message.isEmpty())
        m_serverMessages.remove(field);
    else
        m_serverMessages.insert(field, message);
    refreshDerived(true);
}

void TaskEditorModel::remember(TaskField field)
{
    if (m_replaying)
        return;
    // Typing in one text field is one step, as in any editor; every other change is its own step.
    const bool typing
        = field == TaskField::Subject || field == TaskField::Body || field == TaskField::ContactId;
    const qint64 now = m_clock->nowMs();
    const bool coalesce = typing && field == m_lastField && m_lastChangeMs
        && now - *m_lastChangeMs < kTypingPauseMs && !m_undo.isEmpty();
    if (!coalesce) {
        m_undo.append(m_edit);
        if (m_undo.size() > 200)
            m_undo.removeFirst();
    }
    m_lastField = field;
    m_lastChangeMs = now;
    m_redo.clear();
    Q_EMIT historyChanged();
}

void TaskEditorModel::replay(const TaskEdit &target)
{
    m_replaying = true;
    const TaskEdit before = m_edit;
    m_edit = target;
    const auto changed = [&](TaskField field) {
        afterChange(field);
    };
    if (before.taskType != target.taskType)
        changed(TaskField::TaskType);
    if (before.linkedInTaskType != target.linkedInTaskType)
        changed(TaskField::LinkedInTaskType);
    if (before.contactId != target.contactId)
        changed(TaskField::ContactId);
    if (before.startAt != target.startAt)
        changed(TaskField::StartAt);
    if (before.dueTo != target.dueTo)
        changed(TaskField::DueTo);
    if (before.subject != target.subject)
        changed(TaskField::Subject);
    if (before.body != target.body)
        changed(TaskField::Body);
    m_replaying = false;
    m_lastChangeMs.reset();
    Q_EMIT historyChanged();
}

void TaskEditorModel::undo()
{
    if (m_undo.isEmpty() || !isEditable())
        return;
    m_redo.append(m_edit);
    replay(m_undo.takeLast());
}

void TaskEditorModel::redo()
{
    if (m_redo.isEmpty() || !isEditable())
        return;
    m_undo.append(m_edit);
    replay(m_redo.takeLast());
}

void TaskEditorModel::refreshDerived(bool force)
{
    const bool dirty = isDirty();
    if (force || dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    const FieldMessages current = messages();
    if (force || current != m_lastMessages) {
        m_lastMessages = current;
        Q_EMIT messagesChanged();
    }
}

} // namespace rte::core
