// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// An error answer's body (problem+json or anything else) and status to ApiError and its message.
#include "api/apierror.h"

#include <cstdlib>

using rte::api::ApiError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick the status, 100..611; the rest is the body.
    const int status = 100 + (data[0] << 8 | data[1]) % 512;
    const QByteArray body(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    const ApiError error = ApiError::fromHttpStatus(status, body, body.left(16));
    if (!error.isError() || error.message().isEmpty())
        std::abort(); // every error status must end in a message for the rep
    (void)error.messageWith(QStringLiteral("Your changes are still in the form."));
    (void)error.fieldProblems();
    (void)error.isTransient();
    return 0;
}
