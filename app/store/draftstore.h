// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/damagedfile.h"
#include "store/draft.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rte::store {

// One JSON file per draft ("<key>.json") in a directory that comes from outside, written
// through QSaveFile. A draft lives until the server has accepted the very edit it holds:
// removeIfMatches() leaves a draft alone when the rep typed on after the send.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFormatVersion = 1;

    // A file that all() or load() could not read. It is set aside into the "damaged" folder (never
    // deleted), so the store goes on with the rest and a new save cannot overwrite it. A file not named
    // like a draft is not ours: it is reported and left where it is.
    using Problem = DamagedFile;

    explicit DraftStore(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // The clock that stamps savedAt; QDateTime::currentDateTimeUtc by default.
    void setClock(std::function<QDateTime()> clock);
    // Another account's drafts: every call from now on reads and writes there.
    void setDirectory(const QString &directory);

    // Writes the draft under draft.effectiveKey(); false and lastError() on failure.
    bool save(const Draft &draft);
    // nullopt when there is no draft or it cannot be read (then lastError() says why, and the file is
    // set aside: see Problem).
    std::optional<Draft> load(const QString &key);
    std::optional<Draft> load(qint64 taskId);
    // Every readable draft, oldest first. Unreadable files are set aside and listed in problems.
    QList<Draft> all(QList<Problem> *problems = nullptr);
    // Every file set aside since this store was made, for the app to tell the rep.
    QList<DamagedFile> setAsideFiles() const { return m_setAside; }

    // True when no draft is left under the key (also when there was none).
    bool remove(const QString &key);
    bool remove(qint64 taskId);
    // Removes the draft only when its stored edit is exactly sentEdit, the body the server
    // answered 2xx to. True when it removed the file. Flush a DraftAutosaver before sending.
    bool removeIfMatches(const QString &key, const core::TaskEdit &sentEdit);
    bool removeIfMatches(qint64 taskId, const core::TaskEdit &sentEdit);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();
    // A draft file could not be read and was set aside (or, when not ours, left in place).
    void fileSetAside(const rte::store::DamagedFile &file);

private:
    QString filePath(const QString &key) const;
    std::optional<Draft> readFile(const QString &key, QString *error) const;
    DamagedFile setAside(const QString &fileName, const QString &reason);

    QString m_directory;
    std::function<QDateTime()> m_clock;
    QList<DamagedFile> m_setAside;
    mutable QString m_lastError;
};

} // namespace rte::store
