// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace rte::api {

class ApiError;

// When a failed call is tried again, and after how long. Only trouble that says nothing about the
// request itself is retried: network errors, time-outs, 429 and 502/503/504. A request that may have
// reached the server and is not safe to repeat (a POST that creates, sends or completes) is never
// retried after a lost answer: the rep is told the outcome is unknown instead.
struct RetryPolicy
{
    int maxAttempts = 3; // in total, the first one included
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;

    // A Retry-After above this is not waited out automatically: the request fails and says how long.
    static constexpr int MaxRetryAfterSeconds = 120;

    enum class Verdict
    {
        GiveUp, // not worth repeating, or out of attempts
        Retry,
        OutcomeUnknown // the server may have acted; repeating could act twice
    };

    // `repeatable`: sending the request twice does no more than sending it once (GET, PUT, a filter).
    // 429, 503 and a refused connection mean the request was not processed, so any request may go again.
    Verdict verdict(const ApiError &error, bool repeatable, int attemptsMade) const;

    // The wait before the next attempt after `attemptsMade` failed ones: base * 2^(attemptsMade - 1),
    // capped at maxDelayMs, with "equal jitter" (the upper half drawn at random, `jitter` in [0, 1]) so
    // that many clients do not come back in step; never less than the server's Retry-After.
    qint64 delayMs(int attemptsMade, int retryAfterSeconds, double jitter) const;
};

} // namespace rte::api
