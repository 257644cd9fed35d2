#include "api/apilogging.h"

namespace rte::api {

Q_LOGGING_CATEGORY(lcApi, "rte.api")

} // namespace rte::api
