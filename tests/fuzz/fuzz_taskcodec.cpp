// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The server's task JSON: parsing, the shape check the client applies, decoding, and writing back.
#include "api/taskresponse.h"
#include "core/taskcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

using rte::core::TaskCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    QJsonArray objects = document.isArray() ? document.array() : QJsonArray {document.object()};
    for (const QJsonValue &value : std::as_const(objects)) {
        const QJsonObject json = value.toObject();
        const auto checked = rte::api::TaskResponse::decode(json, 0);
        const rte::core::Task task = TaskCodec::taskFromJson(json);
        // What the app writes must read back as the same task.
        const rte::core::Task again = TaskCodec::taskFromJson(TaskCodec::taskToJson(task));
        if (again.id != task.id || again.startAt != task.startAt || again.dueTo != task.dueTo)
            std::abort();
        (void)TaskCodec::snapshotToJson(task);
        if (checked && checked->id <= 0)
            std::abort();
    }
    return 0;
}
