// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Draft and outbox files made of arbitrary bytes: the store must load, set the file aside (never
// delete it) and go on.
#include "store/draftstore.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace rte::store;

namespace {

const QString kItemFile = QStringLiteral("0b6c6d39-8a7e-4d5c-9a57-2f2b51f3c0de.json");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
}

// Exactly one file: where it was, or set aside in damaged/.
void expectKept(const QDir &dir, const QString &name, bool loaded)
{
    const QStringList aside = QDir(dir.filePath(QStringLiteral("damaged"))).entryList(QDir::Files);
    const bool inPlace = dir.exists(name);
    if (loaded ? (!inPlace || !aside.isEmpty()) : (inPlace || aside.size() != 1))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir root;
    if (!root.isValid() || size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QDir dir(root.path());
    dir.removeRecursively();
    dir.mkpath(QStringLiteral("."));

    if (data[0] & 1) {
        writeFile(dir.filePath(QStringLiteral("task-1.json")), bytes);
        DraftStore store(dir.path());
        QList<DraftStore::Problem> problems;
        const QList<Draft> drafts = store.all(&problems);
        if (drafts.size() + problems.size() != 1)
            std::abort();
        expectKept(dir, QStringLiteral("task-1.json"), !drafts.isEmpty());
    } else {
        writeFile(dir.filePath(kItemFile), bytes);
        Outbox outbox(dir.path());
        if (outbox.count() + outbox.setAsideFiles().size() != 1)
            std::abort();
        expectKept(dir, kItemFile, outbox.count() == 1);
    }
    return 0;
}
