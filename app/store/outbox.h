// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/damagedfile.h"
#include "store/outboxitem.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rte::store {

// Saves that could not reach the server, one JSON file per item ("<id>.json", QSaveFile) in a
// directory that comes from outside, so they survive a restart. Items are read once, when the
// Outbox is made; one Outbox per directory. A second item for the same task replaces the first
// in place: the edit is a full replacement, so the newest one wins.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // The clock that stamps queuedAt; QDateTime::currentDateTimeUtc by default.
    void setClock(std::function<QDateTime()> clock);
    // Another account's outbox: its items are read from there.
    void setDirectory(const QString &directory);

    // Adds the item, or replaces the item queued for the same task (which keeps its id).
    // Fills in a missing (or already used) id and a missing queuedAt.
    // Returns the id, or an empty string and lastError().
    QString enqueue(OutboxItem item);
    // Rewrites an item that is already queued (attempts, lastError, ...). False if unknown.
    bool update(const OutboxItem &item);
    // True when no item with that id is left.
    bool remove(const QString &id);

    QList<OutboxItem> items() const { return m_items; } // oldest first
    std::optional<OutboxItem> item(const QString &id) const;
    std::optional<OutboxItem> itemForTask(const QString &taskKey) const;
    int count() const { return int(m_items.size()); }
    // Files that could not be read when the Outbox was made (or its directory set). They are set aside
    // into the "damaged" folder, never deleted, so the rest is still sent; the app tells the rep.
    QStringList unreadableFiles() const;
    QList<DamagedFile> setAsideFiles() const { return m_setAside; }

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void countChanged(int count);
    void changed();

private:
    void loadAll();
    QString filePath(const QString &id) const;
    bool write(const OutboxItem &item);
    qsizetype indexOf(const QString &id) const;

    QString m_directory;
    std::function<QDateTime()> m_clock;
    QList<OutboxItem> m_items;
    QList<DamagedFile> m_setAside;
    QString m_lastError;
};

} // namespace rte::store
