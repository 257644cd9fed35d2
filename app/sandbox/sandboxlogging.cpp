#include "sandboxlogging.h"

namespace rte::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "rte.sandbox")

} // namespace rte::sandbox
