#include "presentation/accountlogging.h"

namespace rte::presentation {

Q_LOGGING_CATEGORY(lcAccount, "rte.account")

} // namespace rte::presentation
