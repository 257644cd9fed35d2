// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QCoreApplication>

namespace rte::api {
class ApiError;
}

namespace rte::presentation {

// Where Reply's answer to a save belongs in the form: each problem+json errors[] entry next to the
// field its pointer names, and every other one in the banner, led by the name of what it is about,
// so no entry is lost and none is shown without its field.
class ServerProblems
{
    Q_DECLARE_TR_FUNCTIONS(ServerProblems)
public:
    // Empty for failures that say nothing about the task itself (a lost connection, a time-out).
    static core::FieldMessages fieldMessages(const api::ApiError &error);
    // What a pointer that names no form field is about, in the rep's words ("Attachments").
    static QString subjectOf(const QString &pointer);
};

} // namespace rte::presentation
