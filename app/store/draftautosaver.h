// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/draft.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace rte::store {

class DraftStore;

// Turns a stream of edits into few writes. schedule() keeps the newest draft per key and writes
// it once the rep pauses for delay(); while the rep keeps typing, a write still happens at the
// latest maxWait() after the first unsaved change, so a crash loses at most about a second.
// flush() writes at once (focus-out, before a send, on quit); the destructor flushes too.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultDelay {400};
    static constexpr std::chrono::milliseconds kDefaultMaxWait {1000};

    explicit DraftAutosaver(DraftStore *store, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    void setDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds delay() const { return m_delay; }
    void setMaxWait(std::chrono::milliseconds maxWait);
    std::chrono::milliseconds maxWait() const { return m_maxWait; }

    void schedule(const Draft &draft);
    // Forgets a pending write, e.g. when the rep discards the edit. The file is not touched.
    void cancel(const QString &key);
    // Writes every pending draft now. False when one of them could not be written; it stays
    // pending and is tried again with the next schedule() or flush().
    bool flush();
    bool hasPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void saved(const QString &key);
    void saveFailed(const QString &key, const QString &message);

private:
    QPointer<DraftStore> m_store;
    std::chrono::milliseconds m_delay = kDefaultDelay;
    std::chrono::milliseconds m_maxWait = kDefaultMaxWait;
    QTimer m_timer;
    QElapsedTimer m_sinceFirstPending;
    QMap<QString, Draft> m_pending;
};

} // namespace rte::store
