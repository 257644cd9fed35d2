// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rte::core {

// The one gate every log line passes before it reaches a sink (stderr, a log file, a crash
// message). It masks the secrets the app has registered (the API key, a proxy password, the acting
// user's e-mail, ...) and, because a secret can reach a log before anybody registered it, also
// anything that looks like one: auth headers, e-mail addresses, phone numbers and the JSON
// "deliveryInfo" object. Thread-safe: Qt may log from any thread.
class Redaction
{
public:
    // What a masked value is replaced with.
    static QString mask(); // "[redacted]"

    // Masks every occurrence of the secret (and of its percent-encoded form) from now on.
    // Empty or blank secrets are ignored. The secret is held in memory only.
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);
    // For tests: forgets every registered secret.
    static void clearSecrets();

    static QString redact(const QString &text);
};

} // namespace rte::core
