// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace rte::sandbox {

// The sandbox's data and the rules Reply applies to it: which task may change how, what delete does
// to each status, what completing and executing leave behind. Tasks are kept as JSON in their stored
// form (everything but the derived `content` and `deliveryInfo`) so that what a test reads back is
// exactly what the server sends.
class TaskStore
{
public:
    enum class Error
    {
        None,
        NotFound,
        NotEditable, // only 'new' tasks can be replaced
        SequenceTypeChanged,
        SequenceContactChanged,
        CannotDelete,
        CannotComplete,
        NotExecutable,
    };

    static constexpr qint64 CurrentUserId = 1001;
    static constexpr qint64 TeamId = 501;

    TaskStore();

    // --- reads
    std::optional<QJsonObject> task(qint64 id, bool includeContent = false) const;
    QJsonObject listItem(const QJsonObject &stored) const;
    const QMap<qint64, QJsonObject> &storedTasks() const { return m_tasks; }
    // Cancelled and archived tasks have left the lists (but can still be fetched by id).
    static bool isListed(const QJsonObject &stored);
    static bool isOverdue(const QJsonObject &stored, const QDateTime &now);

    std::optional<QJsonObject> contact(qint64 id) const;
    const QMap<qint64, QJsonObject> &contacts() const { return m_contacts; }

    QJsonObject whoami() const;
    QJsonArray teamUsers() const;
    bool isTeamMember(qint64 userId) const;

    // --- writes; `input` comes from TaskValidator, already normalised
    Error replace(qint64 id, const QJsonObject &input);
    qint64 create(const QJsonObject &input);
    Error remove(qint64 id);
    Error assign(qint64 id, qint64 userId);
    Error complete(qint64 id);
    Error execute(qint64 id, const std::optional<QJsonObject> &content);
    // Checks without changing anything, so batch operations can be all-or-nothing where Reply is.
    bool exists(qint64 id) const { return m_tasks.contains(id); }

    // --- writes past the API's rules
    // A change made outside the API (a teammate in Reply's web app): merges top-level fields, and the
    // fields of "template", into the stored task.
    void merge(qint64 id, const QJsonObject &patch);
    // Fills in what is missing, ignores any "id" and returns the new one; create() ends here.
    qint64 insert(const QJsonObject &task);

private:
    QJsonObject normalised(const QJsonObject &task) const;
    QJsonValue deliveryInfo(const QJsonObject &stored) const;
    QJsonObject rendered(const QJsonObject &stored) const;
    void finish(QJsonObject &stored, const std::optional<QJsonObject> &finalContent) const;

    QMap<qint64, QJsonObject> m_tasks;
    QMap<qint64, QJsonObject> m_contacts;
    qint64 m_nextId = 1;
};

} // namespace rte::sandbox
