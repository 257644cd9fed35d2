// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "api/retrypolicy.h"

#include "api/apierror.h"

#include <algorithm>

namespace rte::api {

RetryPolicy::Verdict RetryPolicy::verdict(const ApiError &error, bool repeatable, int attemptsMade) const
{
    using Kind = ApiError::Kind;
    bool notProcessed = false; // the server surely did nothing
    bool unknown = false; // the server may or may not have acted
    switch (error.kind()) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::RateLimited:
        notProcessed = true;
        break;
    case Kind::Timeout:
    case Kind::Network:
        unknown = true;
        break;
    case Kind::Server:
        // 503: Reply's "temporarily unavailable, retry later" comes before any work is done. A gateway's
        // 502/504 only says the upstream answer went missing.
        notProcessed = error.httpStatus() == 503;
        unknown = error.httpStatus() == 502 || error.httpStatus() == 504;
        break;
    default:
        return Verdict::GiveUp;
    }
    if (unknown && !repeatable)
        return Verdict::OutcomeUnknown;
    if (!notProcessed && !unknown)
        return Verdict::GiveUp;
    if (error.kind() == Kind::RateLimited && error.retryAfterSeconds() > MaxRetryAfterSeconds)
        return Verdict::GiveUp;
    return attemptsMade < maxAttempts ? Verdict::Retry : Verdict::GiveUp;
}

qint64 RetryPolicy::delayMs(int attemptsMade, int retryAfterSeconds, double jitter) const
{
    const int doublings = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 exponential = std::min<qint64>(qint64(std::max(0, baseDelayMs)) << doublings, maxDelayMs);
    const double drawn = std::clamp(jitter, 0.0, 1.0);
    const qint64 jittered = exponential / 2 + qint64(double(exponential - exponential / 2) * drawn);
    const qint64 serverMinimum = retryAfterSeconds > 0 ? qint64(retryAfterSeconds) * 1000 : 0;
    return std::max(jittered, serverMinimum);
}

} // namespace rte::api
