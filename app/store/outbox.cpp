// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/outbox.h"

#include "store/draft.h"
#include "store/jsonfile.h"
#include "store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <algorithm>

namespace rte::store {

namespace {

const QLatin1String kSuffix(".json");

bool isItemId(const QString &id)
{
    return !QUuid::fromString(id).isNull() && id == QUuid::fromString(id).toString(QUuid::WithoutBraces);
}

} // namespace

Outbox::Outbox(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    loadAll();
}

void Outbox::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    m_items.clear();
    m_setAside.clear();
    loadAll();
    Q_EMIT countChanged(count());
    Q_EMIT changed();
}

void Outbox::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QString Outbox::filePath(const QString &id) const
{
    return QDir(m_directory).filePath(id + kSuffix);
}

void Outbox::loadAll()
{
    const QStringList names
        = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString error;
        std::optional<OutboxItem> item;
        const std::optional<QJsonObject> json = JsonFile::read(QDir(m_directory).filePath(name), &error);
        if (json)
            item = OutboxItem::fromJson(*json, &error);
        if (item && name != item->id + kSuffix) {
            item.reset();
            error = tr("The file's name does not match the item inside.");
        }
        if (!item) {
            qCWarning(lcStore) << "skipped an unreadable outbox file" << name;
            m_setAside.append(DamagedFile::setAside(m_directory, name, error, m_clock()));
            continue;
        }
        // Two files for one task can only be left by an older build; keep the newest.
        const auto same = std::find_if(m_items.begin(), m_items.end(),
            [&](const OutboxItem &other) { return other.taskKey() == item->taskKey(); });
        if (same == m_items.end())
            m_items.append(*item);
        else if (same->queuedAt <= item->queuedAt)
            *same = *item;
    }
    std::stable_sort(m_items.begin(), m_items.end(),
        [](const OutboxItem &a, const OutboxItem &b) { return a.queuedAt < b.queuedAt; });
    qCDebug(lcStore) << "outbox holds" << m_items.size() << "items";
}

QStringList Outbox::unreadableFiles() const
{
    QStringList names;
    for (const DamagedFile &file : m_setAside)
        names.append(file.fileName);
    return names;
}

qsizetype Outbox::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

bool Outbox::write(const OutboxItem &item)
{
    QString error;
    if (!JsonFile::write(filePath(item.id), item.toJson(), &error)) {
        m_lastError = error;
        qCWarning(lcStore) << "could not write outbox item" << item.id;
        return false;
    }
    return true;
}

QString Outbox::enqueue(OutboxItem item)
{
    if (!Draft::isValidKey(item.taskKey())) {
        m_lastError = tr("The item does not name a task.");
        return {};
    }
    if (!item.queuedAt.isValid())
        item.queuedAt = m_clock();

    const auto same = std::find_if(m_items.begin(), m_items.end(),
        [&](const OutboxItem &other) { return other.taskKey() == item.taskKey(); });
    if (same != m_items.end()) {
        // Reuse the file: one atomic replacement, never two items for one task on disk.
        item.id = same->id;
        if (!write(item))
            return {};
        m_items.erase(same);
        m_items.append(item);
        qCDebug(lcStore) << "replaced outbox item" << item.id << "for" << item.taskKey();
        Q_EMIT changed();
        return item.id;
    }

    if (!isItemId(item.id) || indexOf(item.id) >= 0)
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!write(item))
        return {};
    m_items.append(item);
    qCDebug(lcStore) << "queued outbox item" << item.id << "for" << item.taskKey();
    Q_EMIT countChanged(count());
    Q_EMIT changed();
    return item.id;
}

bool Outbox::update(const OutboxItem &item)
{
    const qsizetype index = indexOf(item.id);
    if (index < 0) {
        m_lastError = tr("The item is no longer in the outbox.");
        return false;
    }
    if (item.taskKey() != m_items.at(index).taskKey()) {
        m_lastError = tr("The item belongs to another task.");
        return false;
    }
    if (!write(item))
        return false;
    m_items[index] = item;
    Q_EMIT changed();
    return true;
}

bool Outbox::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return true;
    QFile file(filePath(id));
    if (file.exists() && !file.remove()) {
        m_lastError = tr("Could not remove the item: %1").arg(file.errorString());
        qCWarning(lcStore) << "could not remove outbox item" << id;
        return false;
    }
    m_items.removeAt(index);
    qCDebug(lcStore) << "removed outbox item" << id;
    Q_EMIT countChanged(count());
    Q_EMIT changed();
    return true;
}

std::optional<OutboxItem> Outbox::item(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<OutboxItem>(m_items.at(index));
}

std::optional<OutboxItem> Outbox::itemForTask(const QString &taskKey) const
{
    for (const OutboxItem &item : m_items) {
        if (item.taskKey() == taskKey)
            return item;
    }
    return std::nullopt;
}

} // namespace rte::store
