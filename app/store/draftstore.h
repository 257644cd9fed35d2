#pragma once

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

    // A file that all() could not read. The file stays where it is; nothing deletes it.
    struct Problem
    {
        QString fileName;
        QString reason;
    };

    explicit DraftStore(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // The clock that stamps savedAt; QDateTime::currentDateTimeUtc by default.
    void setClock(std::function<QDateTime()> clock);
    // Another account's drafts: every call from now on reads and writes there.
    void setDirectory(const QString &directory);

    // Writes the draft under draft.effectiveKey(); false and lastError() on failure.
    bool save(const Draft &draft);
    // nullopt when there is no draft or it cannot be read (then lastError() says why).
    std::optional<Draft> load(const QString &key) const;
    std::optional<Draft> load(qint64 taskId) const;
    // Every readable draft, oldest first. Unreadable files are skipped and listed in problems.
    QList<Draft> all(QList<Problem> *problems = nullptr) const;

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

private:
    QString filePath(const QString &key) const;
    std::optional<Draft> readFile(const QString &key, QString *error) const;

    QString m_directory;
    std::function<QDateTime()> m_clock;
    mutable QString m_lastError;
};

} // namespace rte::store
