// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/contact.h"
#include "core/taskedit.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace rte::core {

class Clock;

// The form's state, with no widget in sight: the loaded task is the base snapshot, the edit is
// what the rep has typed. Dirty and the messages are derived from those two, never counted.
class TaskEditorModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(rte::core::TaskType taskType READ taskType WRITE setTaskType NOTIFY taskTypeChanged)
    Q_PROPERTY(rte::core::LinkedInTaskType linkedInTaskType READ linkedInTaskType WRITE setLinkedInTaskType
            NOTIFY linkedInTaskTypeChanged)
    Q_PROPERTY(QString contactId READ contactId WRITE setContactId NOTIFY contactIdChanged)
    Q_PROPERTY(QDateTime startAt READ startAt WRITE setStartAt NOTIFY startAtChanged)
    Q_PROPERTY(QDateTime dueTo READ dueTo WRITE setDueTo NOTIFY dueToChanged)
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY subjectChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool editable READ isEditable NOTIFY loaded)
    Q_PROPERTY(bool plainTextBody READ isPlainTextBody NOTIFY taskTypeChanged)

public:
    explicit TaskEditorModel(QObject *parent = nullptr);
    ~TaskEditorModel() override;
    // What times the pauses between keystrokes that end an undo step; the system clock unless a
    // test gives its own.
    void setClock(std::shared_ptr<Clock> clock);

    // Replaces base and edit: the form now shows this task as the server has it.
    void load(const Task &task);
    // An empty form for a task that does not exist yet (id 0): saving it creates it.
    void startNew(const QDateTime &now);
    bool isNew() const { return m_hasTask && m_base.id == 0; }
    // No task in the form (another account was chosen, say).
    void clear();
    // Restores an edit made earlier from the snapshot it was based on.
    void restore(const Task &base, const TaskEdit &edit);
    // The server took `sent` and answered `saved`: that becomes the new base. Whatever the rep
    // typed while the request was under way stays in the form.
    void acceptSaved(const Task &saved, const TaskEdit &sent);

    bool hasTask() const { return m_hasTask; }
    const Task &base() const { return m_base; }
    const TaskEdit &edit() const { return m_edit; }
    qint64 taskId() const { return m_base.id; }

    TaskType taskType() const { return m_edit.taskType; }
    LinkedInTaskType linkedInTaskType() const { return m_edit.linkedInTaskType; }
    QString contactId() const { return m_edit.contactId; }
    QDateTime startAt() const { return m_edit.startAt; }
    QDateTime dueTo() const { return m_edit.dueTo; }
    QString subject() const { return m_edit.subject; }
    QString body() const { return m_edit.body; }

    void setTaskType(TaskType type);
    void setLinkedInTaskType(LinkedInTaskType type);
    void setContactId(const QString &contactId);
    void setStartAt(const QDateTime &startAt);
    void setDueTo(const QDateTime &dueTo);
    void setSubject(const QString &subject);
    void setBody(const QString &body);

    bool isDirty() const;
    bool isEditable() const;
    bool isPlainTextBody() const;
    // Type and contact are fixed on a task that a sequence created.
    bool canChangeTypeAndContact() const;
    QString readOnlyReason() const;

    // Local rule violations merged with what the server last said, per field. For a new task,
    // only fields the rep has touched speak up, until a save attempt reveals them all.
    FieldMessages messages() const;
    QString message(TaskField field) const { return messages().value(field); }
    bool isValid() const { return allMessages().isEmpty(); }
    FieldMessages allMessages() const;
    void revealAllMessages();
    void setServerMessages(const FieldMessages &messages);
    // One message from outside the rules (a contact that could not be found, say), until the field changes.
    void setFieldMessage(TaskField field, const QString &message);

    // The task's contact once it is looked up (empty while unknown): Reply fills the variables from
    // it, so the SMS rules measure the message as it will be sent.
    void setContact(const std::optional<Contact> &contact);
    const std::optional<Contact> &contact() const { return m_contact; }

    QJsonObject toUpdateRequest() const { return m_edit.toRequestJson(); }

    // The form's own history, across fields and across saves (a save does not clear it; opening
    // another task does). Typing in one text field coalesces into one step.
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

Q_SIGNALS:
    void loaded();
    void taskTypeChanged();
    void linkedInTaskTypeChanged();
    void contactIdChanged();
    void startAtChanged();
    void dueToChanged();
    void subjectChanged();
    void bodyChanged();
    void contactChanged();
    void dirtyChanged(bool dirty);
    void messagesChanged();
    void historyChanged();
    // The body changed form because the channel did; the text says so in plain words.
    void bodyConverted(const QString &notice);

private:
    template<typename T>
    bool assign(T TaskEdit::*member, const T &value, TaskField field);
    void afterChange(TaskField field);
    void refreshDerived(bool force);
    void remember(TaskField field);
    void replay(const TaskEdit &target);

    // The rich body as it was before the type turned plain-text, and the plain text made of it,
    // until a plain-text save or another task: see setTaskType.
    struct KeptRichBody
    {
        QString rich;
        QString plain;
    };

    Task m_base;
    TaskEdit m_edit;
    std::optional<KeptRichBody> m_richBody;
    std::optional<Contact> m_contact;
    bool m_hasTask = false;
    bool m_wasDirty = false;
    FieldMessages m_serverMessages;
    FieldMessages m_lastMessages;
    QSet<TaskField> m_touched;
    QList<TaskEdit> m_undo;
    QList<TaskEdit> m_redo;
    TaskField m_lastField = TaskField::Form;
    std::shared_ptr<Clock> m_clock;
    std::optional<qint64> m_lastChangeMs; // on m_clock; empty when the next change starts a new step
    bool m_replaying = false;
    bool m_revealAll = true;
};

} // namespace rte::core
