// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/draftkeeper.h"

#include "core/taskeditormodel.h"
#include "store/draftautosaver.h"
#include "store/draftstore.h"

namespace rte::presentation {

DraftKeeper::DraftKeeper(core::TaskEditorModel *model, store::DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store)
    , m_autosaver(new store::DraftAutosaver(store, this))
{
    using core::TaskEditorModel;
    for (auto signal : {&TaskEditorModel::taskTypeChanged, &TaskEditorModel::linkedInTaskTypeChanged,
             &TaskEditorModel::contactIdChanged, &TaskEditorModel::startAtChanged,
             &TaskEditorModel::dueToChanged, &TaskEditorModel::subjectChanged, &TaskEditorModel::bodyChanged})
        connect(m_model, signal, this, &DraftKeeper::onChanged);
    connect(m_model, &TaskEditorModel::loaded, this, [this] {
        // A fresh empty form gets a key of its own, so two new tasks never share a draft.
        if (m_model->isNew() && !m_model->isDirty())
            m_newKey = store::Draft::newTaskKey();
        onChanged();
    });
    connect(m_autosaver, &store::DraftAutosaver::saved, this,
        [this](const QString &key) { m_written.insert(key); });
    connect(m_autosaver, &store::DraftAutosaver::saveFailed, this,
        [this](const QString &, const QString &message) {
            Q_EMIT writeFailed(tr("Your changes could not be kept on this computer (%1). Save them to Reply "
                                  "soon, or copy the text somewhere safe.")
                                   .arg(message));
        });
}

DraftKeeper::~DraftKeeper()
{
    m_autosaver->flush();
}

QString DraftKeeper::currentKey() const
{
    if (!m_model->hasTask())
        return QString();
    return m_model->isNew() ? m_newKey : store::Draft::keyForTask(m_model->taskId());
}

bool DraftKeeper::flush()
{
    return m_autosaver->flush();
}

void DraftKeeper::onChanged()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    if (m_model->isDirty()) {
        store::Draft draft;
        draft.key = key;
        draft.taskId = m_model->taskId();
        draft.base = m_model->base();
        draft.edit = m_model->edit();
        m_autosaver->schedule(draft);
        return;
    }
    // Back to what the server has: a draft this session wrote for it says nothing any more.
    m_autosaver->cancel(key);
    if (m_written.remove(key))
        m_store->remove(key);
}

void DraftKeeper::restore(const store::Draft &draft)
{
    if (draft.taskId == 0)
        m_newKey = draft.effectiveKey();
    m_model->restore(draft.base, draft.edit);
    if (draft.taskId == 0)
        m_newKey = draft.effectiveKey();
    m_written.insert(draft.effectiveKey());
    onChanged();
}

void DraftKeeper::discard(const QString &key)
{
    m_autosaver->cancel(key);
    m_written.remove(key);
    m_store->remove(key);
}

QList<store::Draft> DraftKeeper::drafts() const
{
    return m_store->all();
}

void DraftKeeper::onDelivered(qint64 requestedId, const core::TaskEdit &sent, const core::Task &saved)
{
    // Write what is pending first: a newer edit on disk must not be taken for the one delivered.
    const bool flushed = m_autosaver->flush();
    const QString key = requestedId == 0 ? m_newKey : store::Draft::keyForTask(requestedId);
    // A task created from the form that still shows it: what was typed since is kept under the
    // task's own key now, and a "new" draft left behind would create the task a second time.
    const bool created = requestedId == 0 && m_model->taskId() == saved.id;
    if (!key.isEmpty() && created && flushed) {
        m_store->remove(key);
        m_written.remove(key);
    } else if (!key.isEmpty() && m_store->removeIfMatches(key, sent)) {
        m_written.remove(key);
    }
    if (created)
        m_newKey.clear();
    onChanged();
}

} // namespace rte::presentation
