// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace rte::testsupport {

// Every regular file under folder holding the text as UTF-8 or UTF-16 bytes: how the tests look
// for a key or an email address that must not have reached the disk.
inline QStringList filesContaining(const QString &folder, const QString &text)
{
    QStringList hits;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QDirIterator it(
        folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace rte::testsupport
