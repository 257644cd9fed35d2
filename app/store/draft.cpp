// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/draft.h"

#include <QRegularExpression>
#include <QUuid>

namespace rte::store {

QString Draft::effectiveKey() const
{
    if (!key.isEmpty())
        return key;
    return taskId > 0 ? keyForTask(taskId) : QString();
}

QString Draft::keyForTask(qint64 taskId)
{
    return QStringLiteral("task-%1").arg(taskId);
}

QString Draft::newTaskKey()
{
    return QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Draft::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(task-[1-9][0-9]{0,18}|new-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"));
    return pattern.match(key).hasMatch();
}

} // namespace rte::store
