// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draftstore.h"

#include "core/taskcodec.h"
#include "store/jsonfile.h"
#include "store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace rte::store {

namespace {

const QLatin1String kFormat("format");
const QLatin1String kKey("key");
const QLatin1String kTaskId("taskId");
const QLatin1String kSavedAt("savedAt");
const QLatin1String kBase("base");
const QLatin1String kEdit("edit");
const QLatin1String kSuffix(".json");

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void DraftStore::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    Q_EMIT changed();
}

void DraftStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QString DraftStore::filePath(const QString &key) const
{
    return QDir(m_directory).filePath(key + kSuffix);
}

bool DraftStore::save(const Draft &draft)
{
    const QString key = draft.effectiveKey();
    if (!Draft::isValidKey(key)) {
        m_lastError = tr("The draft has no valid key.");
        qCWarning(lcStore) << "refused to save a draft without a valid key";
        return false;
    }
    const QDateTime savedAt = draft.savedAt.isValid() ? draft.savedAt : m_clock();

    QJsonObject json;
    json.insert(kFormat, kFormatVersion);
    json.insert(kKey, key);
    json.insert(kTaskId, QString::number(draft.taskId)); // text: a double would round large ids
    json.insert(kSavedAt, savedAt.toUTC().toString(Qt::ISODateWithMs));
    json.insert(kBase, core::TaskCodec::snapshotToJson(draft.base));
    json.insert(kEdit, draft.edit.toJson());

    QString error;
    if (!JsonFile::write(filePath(key), json, &error)) {
        m_lastError = error;
        qCWarning(lcStore) << "could not save draft" << key;
        return false;
    }
    qCDebug(lcStore) << "saved draft" << key;
    Q_EMIT changed();
    return true;
}

std::optional<Draft> DraftStore::readFile(const QString &key, QString *error) const
{
    const QString path = filePath(key);
    const std::optional<QJsonObject> json = JsonFile::read(path, error);
    if (!json)
        return std::nullopt;
    const int format = json->value(kFormat).toInt(0);
    if (format < 1 || format > kFormatVersion) {
        *error = tr("%1 has draft format %2, which this version cannot read.")
                     .arg(QFileInfo(path).fileName())
                     .arg(format);
        return std::nullopt;
    }
    Draft draft;
    draft.key = json->value(kKey).toString();
    bool idOk = false;
    draft.taskId = json->value(kTaskId).toString().toLongLong(&idOk);
    draft.savedAt = QDateTime::fromString(json->value(kSavedAt).toString(), Qt::ISODateWithMs);
    if (!Draft::isValidKey(draft.key) || !idOk || !json->value(kBase).isObject()
        || !json->value(kEdit).isObject()) {
        *error = tr("%1 is not a complete draft.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    if (draft.key != key) {
        *error = tr("%1 holds the draft of another task.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    draft.base = core::TaskCodec::taskFromJson(json->value(kBase).toObject());
    draft.edit = core::TaskEdit::fromJson(json->value(kEdit).toObject());
    return draft;
}

DamagedFile DraftStore::setAside(const QString &fileName, const QString &reason)
{
    const DamagedFile damaged = DamagedFile::setAside(m_directory, fileName, reason, m_clock());
    m_setAside.append(damaged);
    Q_EMIT fileSetAside(damaged);
    return damaged;
}

std::optional<Draft> DraftStore::load(const QString &key)
{
    if (!Draft::isValidKey(key)) {
        m_lastError = tr("The draft has no valid key.");
        return std::nullopt;
    }
    const QString path = filePath(key);
    if (!QFile::exists(path)) {
        m_lastError.clear();
        return std::nullopt;
    }
    QString error;
    std::optional<Draft> draft = readFile(key, &error);
    if (!draft) {
        m_lastError = error;
        qCWarning(lcStore) << "could not read draft" << key;
        setAside(key + kSuffix, error);
    }
    return draft;
}

std::optional<Draft> DraftStore::load(qint64 taskId)
{
    return load(Draft::keyForTask(taskId));
}

QList<Draft> DraftStore::all(QList<Problem> *problems)
{
    QList<Draft> drafts;
    const QStringList names
        = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString key = name.chopped(kSuffix.size());
        QString error;
        std::optional<Draft> draft;
        if (!Draft::isValidKey(key))
            error = tr("%1 is not named like a draft.").arg(name);
        else
            draft = readFile(key, &error);
        if (!draft) {
            qCWarning(lcStore) << "skipped an unreadable draft file" << name;
            const DamagedFile damaged
                = Draft::isValidKey(key) ? setAside(name, error) : DamagedFile {name, error, {}};
            if (problems)
                problems->append(damaged);
            continue;
        }
        drafts.append(*draft);
    }
    std::stable_sort(
        drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QString &key)
{
    if (!Draft::isValidKey(key)) {
        m_lastError = tr("The draft has no valid key.");
        return false;
    }
    QFile file(filePath(key));
    if (!file.exists())
        return true;
    if (!file.remove()) {
        m_lastError = tr("Could not remove the draft: %1").arg(file.errorString());
        qCWarning(lcStore) << "could not remove draft" << key;
        return false;
    }
    qCDebug(lcStore) << "removed draft" << key;
    Q_EMIT changed();
    return true;
}

bool DraftStore::remove(qint64 taskId)
{
    return remove(Draft::keyForTask(taskId));
}

bool DraftStore::removeIfMatches(const QString &key, const core::TaskEdit &sentEdit)
{
    if (!load(key))
        return false;
    // Compare the on-disk form, so a detail the file format does not keep cannot make an
    // accepted edit look different forever.
    QString error;
    const std::optional<QJsonObject> stored = JsonFile::read(filePath(key), &error);
    if (!stored) {
        m_lastError = error;
        return false;
    }
    if (stored->value(kEdit).toObject() != sentEdit.toJson()) {
        qCDebug(lcStore) << "kept draft" << key << "because it changed after the send";
        return false;
    }
    QFile file(filePath(key));
    if (!file.remove()) {
        m_lastError = tr("Could not remove the draft: %1").arg(file.errorString());
        qCWarning(lcStore) << "could not remove draft" << key;
        return false;
    }
    qCDebug(lcStore) << "removed the sent draft" << key;
    Q_EMIT changed();
    return true;
}

bool DraftStore::removeIfMatches(qint64 taskId, const core::TaskEdit &sentEdit)
{
    return removeIfMatches(Draft::keyForTask(taskId), sentEdit);
}

} // namespace rte::store
