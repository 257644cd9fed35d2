// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "store/outboxitem.h"

#include "core/taskcodec.h"
#include "store/draft.h"

#include <QCoreApplication>
#include <QUuid>

namespace rte::store {

namespace {

const QLatin1String kFormat("format");
const QLatin1String kId("id");
const QLatin1String kTaskId("taskId");
const QLatin1String kDraftKey("draftKey");
const QLatin1String kBase("base");
const QLatin1String kEdit("edit");
const QLatin1String kQueuedAt("queuedAt");
const QLatin1String kAttempts("attempts");
const QLatin1String kLastError("lastError");
constexpr int kFormatVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("rte::store::OutboxItem", text);
}

} // namespace

QString OutboxItem::taskKey() const
{
    if (!draftKey.isEmpty())
        return draftKey;
    return taskId > 0 ? Draft::keyForTask(taskId) : QString();
}

QJsonObject OutboxItem::toJson() const
{
    QJsonObject json;
    json.insert(kFormat, kFormatVersion);
    json.insert(kId, id);
    json.insert(kTaskId, QString::number(taskId));
    json.insert(kDraftKey, taskKey());
    json.insert(kBase, core::TaskCodec::snapshotToJson(base));
    json.insert(kEdit, edit.toJson());
    json.insert(kQueuedAt, queuedAt.toUTC().toString(Qt::ISODateWithMs));
    json.insert(kAttempts, attempts);
    json.insert(kLastError, lastError);
    return json;
}

std::optional<OutboxItem> OutboxItem::fromJson(const QJsonObject &json, QString *error)
{
    const int format = json.value(kFormat).toInt(0);
    if (format < 1 || format > kFormatVersion) {
        *error = tr("The item has format %1, which this version cannot read.").arg(format);
        return std::nullopt;
    }
    OutboxItem item;
    item.id = json.value(kId).toString();
    bool idOk = false;
    item.taskId = json.value(kTaskId).toString().toLongLong(&idOk);
    item.draftKey = json.value(kDraftKey).toString();
    if (QUuid::fromString(item.id).isNull() || !idOk || !Draft::isValidKey(item.taskKey())
        || !json.value(kBase).isObject() || !json.value(kEdit).isObject()) {
        *error = tr("The item is not complete.");
        return std::nullopt;
    }
    item.base = core::TaskCodec::taskFromJson(json.value(kBase).toObject());
    item.edit = core::TaskEdit::fromJson(json.value(kEdit).toObject());
    item.queuedAt = QDateTime::fromString(json.value(kQueuedAt).toString(), Qt::ISODateWithMs);
    item.attempts = json.value(kAttempts).toInt(0);
    item.lastError = json.value(kLastError).toString();
    return item;
}

} // namespace rte::store
