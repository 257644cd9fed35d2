// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Redaction as a property: a registered key, an unregistered key in an auth header, and an e-mail
// address, put anywhere into any text, never come out of redact().
#include "core/redaction.h"

#include <cstdio>
#include <cstdlib>

using rte::core::Redaction;

namespace {

const QString kKey = QStringLiteral("rk_live_7Gh2Qx9TzLm4Np8Vb3Wc");
const QString kHeaderKey = QStringLiteral("Zq8Xk2Lm9Np4Rt7Vw3Yb");
const QString kEmail = QStringLiteral("jane.doe+sales@example-corp.com");

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Redaction::registerSecret(kKey);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    const qsizetype at = text.isEmpty() ? 0 : data[0] % (text.size() + 1);
    QString token;
    switch (data[1] % 3) {
    case 0:
        token = kKey;
        break;
    case 1:
        token = kEmail;
        break;
    default:
        token = QStringLiteral("\nX-API-Key: ") + kHeaderKey + QLatin1Char('\n');
        break;
    }
    const QString input = text.left(at) + token + text.mid(at);
    const QString output = Redaction::redact(input);
    for (const QString &secret : {kKey, kEmail, kHeaderKey}) {
        if (input.contains(secret) && output.contains(secret)) {
            std::fprintf(stderr, "redaction leaked %s\n", qPrintable(secret.left(4)));
            std::abort();
        }
    }
    return 0;
}
