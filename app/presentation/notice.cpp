// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "presentation/notice.h"

#include "api/apierror.h"

namespace rte::presentation {

Notice::Notice(Tone toneOf, Place placeOf, QString textOf, bool retryableOf)
    : tone(toneOf)
    , place(placeOf)
    , text(std::move(textOf))
    , retryable(retryableOf)
{ }

Notice Notice::failure(QString text, const api::ApiError &error)
{
    Notice notice(Tone::Error, Place::Form, std::move(text), error.isTransient());
    notice.credentialsRejected = error.kind() == api::ApiError::Kind::Unauthorized;
    return notice;
}

} // namespace rte::presentation
