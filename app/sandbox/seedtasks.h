// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace rte::sandbox {

// The sandbox's tasks, in stored form (the full task without the derived content and deliveryInfo).
// Deterministic: a fixed random seed decides types, statuses and contacts; dates are relative to `now`
// so that "today" always has work on it.
//   1-7   one open, user-created task of each type, due later today
//   8     a sequence-created LinkedIn connect task
//   9     a finished manual e-mail; 10 a cancelled task
//   11-320 generated; 42 is always an open, user-created, editable call task
class SeedTasks
{
public:
    static QList<QJsonObject> build(const QDateTime &now, const QHash<qint64, QJsonObject> &contacts);
    static constexpr qint64 LastId = 320;
    static constexpr quint32 RandomSeed = 20240917;
};

} // namespace rte::sandbox
