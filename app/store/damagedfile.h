// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace rte::store {

// A file of ours that could not be read: cut off by a full disk or a crash outside QSaveFile, written
// by a newer version of the app, or no longer in a shape this version knows. It is never deleted: it
// is moved into the "damaged" folder beside it, with the time in its name, so the store can go on
// with the rest and nothing a rep typed is lost for good (someone can still open the file).
struct DamagedFile
{
    static constexpr const char *Folder = "damaged";

    QString fileName; // as it was found, e.g. "task-8.json"
    QString reason; // why it could not be read, in plain words
    QString keptAt; // where it is now (the damaged folder); empty when moving it failed and it stayed

    // Moves `fileName` from `directory` into `directory`/damaged as "<name>.<UTC time>.json"; returns
    // the record with keptAt set (empty when the move failed: then the file is left where it was).
    static DamagedFile setAside(
        const QString &directory, const QString &fileName, const QString &reason, const QDateTime &now);
};

} // namespace rte::store

Q_DECLARE_METATYPE(rte::store::DamagedFile)
