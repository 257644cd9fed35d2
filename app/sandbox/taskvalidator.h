// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace rte::sandbox {

class TaskStore;

// Validates request bodies the way Reply's validators do: every broken field is reported at once in
// errors[] with a JSON Pointer into the body, and the accepted input comes out normalised (enum names,
// UTC date-times) for the store.
class TaskValidator
{
public:
    enum class Mode
    {
        Create,
        Replace
    };

    // PUT /v3/tasks/{id} and POST /v3/tasks.
    static std::optional<Problem> task(
        const QJsonObject &body, Mode mode, const TaskStore &store, QJsonObject *input);
    static std::optional<Problem> complete(const QJsonObject &body);
    static std::optional<Problem> execute(const QJsonObject &body, std::optional<QJsonObject> *content);
    // {"ids": [...]} of the bulk and batch endpoints: 1..100 positive integers, duplicates folded.
    static std::optional<Problem> ids(const QJsonObject &body, QList<qint64> *ids);
    // A user id field that must be a positive integer; `pointer` is where the error points.
    static std::optional<Problem> userId(const QJsonValue &value, const QString &pointer, qint64 *userId);
};

} // namespace rte::sandbox
