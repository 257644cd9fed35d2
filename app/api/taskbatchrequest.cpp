#include "api/taskbatchrequest.h"

namespace rte::api {

TaskBatchRequest::TaskBatchRequest(Operation operation, const QList<qint64> &ids,
    QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &body, QObject *parent)
    : ApiRequest(manager, request, QByteArrayLiteral("POST"), body, parent)
    , m_operation(operation)
    , m_ids(ids)
{
    setRepeatable(false);
}

bool TaskBatchRequest::handleSuccess(const QJsonObject &json)
{
    QMap<qint64, BatchFailure> failures;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool isNumber = false;
        const qint64 id = it.key().toLongLong(&isNumber);
        const std::optional<BatchFailure> failure = BatchFailure::fromJson(it.value());
        // Keys other than ids, or entries without an object, mean this is not a failure map.
        if (!isNumber || id <= 0 || !failure)
            return false;
        failures.insert(id, *failure);
    }
    Q_EMIT succeeded(failures);
    return true;
}

} // namespace rte::api
