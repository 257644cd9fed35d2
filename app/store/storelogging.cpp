#include "store/storelogging.h"

namespace rte::store {

Q_LOGGING_CATEGORY(lcStore, "rte.store")

} // namespace rte::store
