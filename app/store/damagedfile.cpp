// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/damagedfile.h"

#include "store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rte::store {

DamagedFile DamagedFile::setAside(
    const QString &directory, const QString &fileName, const QString &reason, const QDateTime &now)
{
    DamagedFile damaged {fileName, reason, QString()};
    QDir dir(directory);
    const QString folder = QString::fromLatin1(Folder);
    if (!dir.mkpath(folder)) {
        qCWarning(lcStore) << "could not create the damaged folder in" << directory;
        return damaged;
    }
    const QString stem = QFileInfo(fileName).completeBaseName();
    const QString suffix = QFileInfo(fileName).suffix();
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // The same file can go bad twice within a second (the rep retypes, the disk is still full).
    for (int n = 1; n < 1000; ++n) {
        const QString name = stem + QLatin1Char('.') + stamp
            + (n > 1 ? QLatin1Char('-') + QString::number(n) : QString())
            + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
        const QString target = dir.filePath(folder + QLatin1Char('/') + name);
        if (QFileInfo::exists(target))
            continue;
        // rename() within one folder tree is atomic and never copies: the bytes stay exactly as found.
        if (QFile::rename(dir.filePath(fileName), target)) {
            qCWarning(lcStore) << "set aside the unreadable file" << fileName << "as" << name;
            damaged.keptAt = target;
        } else {
            qCWarning(lcStore) << "could not set aside the unreadable file" << fileName;
        }
        break;
    }
    return damaged;
}

} // namespace rte::store
