// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskedit.h"
#include "store/draft.h"

#include <QObject>
#include <QSet>

namespace rte::core {
class TaskEditorModel;
}
namespace rte::store {
class DraftAutosaver;
class DraftStore;
} // namespace rte::store

namespace rte::presentation {

// Keeps every unsaved edit on disk as a draft, with the snapshot it was edited from: written
// after a short pause in typing (at most about a second late), on flush() (focus changes, quit),
// and removed only once the server answered 2xx to exactly that edit.
class DraftKeeper : public QObject
{
    Q_OBJECT
public:
    DraftKeeper(core::TaskEditorModel *model, store::DraftStore *store, QObject *parent = nullptr);
    ~DraftKeeper() override;

    // The draft key of what the form shows: "task-<id>", or "new-<uuid>" for a task not yet created.
    QString currentKey() const;
    // The key of the new task being edited ("new-<uuid>"), until Reply has created it.
    QString newTaskKey() const { return m_newKey; }
    // Writes what is pending now.
    bool flush();
    // The edit of this draft goes into the form, and the draft keeps its key.
    void restore(const store::Draft &draft);
    void discard(const QString &key);
    QList<store::Draft> drafts() const;
    store::DraftAutosaver *autosaver() const { return m_autosaver; }

    // The server has `sent`: its draft goes, unless the rep typed more since.
    void onDelivered(qint64 requestedId, const core::TaskEdit &sent, const core::Task &saved);

Q_SIGNALS:
    // A draft could not be written: the rep must know their safety net has a hole.
    void writeFailed(const QString &message);

private:
    void onChanged();

    core::TaskEditorModel *m_model;
    store::DraftStore *m_store;
    store::DraftAutosaver *m_autosaver;
    QString m_newKey;
    QSet<QString> m_written; // keys this session wrote, so a revert can take its own draft back
};

} // namespace rte::presentation
