// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draftautosaver.h"

#include "store/draftstore.h"
#include "store/storelogging.h"

#include <algorithm>
#include <utility>

namespace rte::store {

DraftAutosaver::DraftAutosaver(DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::setDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
}

void DraftAutosaver::setMaxWait(std::chrono::milliseconds maxWait)
{
    m_maxWait = maxWait;
}

void DraftAutosaver::schedule(const Draft &draft)
{
    const QString key = draft.effectiveKey();
    if (!Draft::isValidKey(key)) {
        qCWarning(lcStore) << "ignored a draft without a valid key";
        return;
    }
    if (m_pending.isEmpty() || !m_sinceFirstPending.isValid())
        m_sinceFirstPending.start();
    m_pending.insert(key, draft);

    // Debounce, but never past maxWait after the first unsaved change.
    const auto waited = std::chrono::milliseconds(m_sinceFirstPending.elapsed());
    const auto left = std::max(std::chrono::milliseconds(0), m_maxWait - waited);
    m_timer.start(std::min(m_delay, left));
}

void DraftAutosaver::cancel(const QString &key)
{
    m_pending.remove(key);
    if (m_pending.isEmpty()) {
        m_timer.stop();
        m_sinceFirstPending.invalidate();
    }
}

bool DraftAutosaver::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    if (!m_store) {
        qCWarning(lcStore) << "dropped" << m_pending.size() << "pending drafts: the store is gone";
        m_pending.clear();
        return false;
    }
    bool allSaved = true;
    const QMap<QString, Draft> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_store->save(it.value())) {
            Q_EMIT saved(it.key());
            continue;
        }
        allSaved = false;
        // A newer schedule() from a slot connected to saveFailed wins over this copy.
        if (!m_pending.contains(it.key()))
            m_pending.insert(it.key(), it.value());
        Q_EMIT saveFailed(it.key(), m_store->lastError());
    }
    if (m_pending.isEmpty())
        m_sinceFirstPending.invalidate();
    return allSaved;
}

} // namespace rte::store
