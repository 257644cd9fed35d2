// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// A Retry-After header value: never a negative wait other than "none", never above the cap.
#include "api/retryafter.h"

#include <cstdlib>

using rte::api::RetryAfter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    const int seconds = RetryAfter::secondsFrom(value, now);
    if (seconds < -1 || seconds > RetryAfter::MaxSeconds)
        std::abort();
    (void)RetryAfter::parseHttpDate(value);
    return 0;
}
