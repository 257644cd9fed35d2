// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/contact.h"

#include <QString>

#include <optional>

namespace rte::core {

// How long an SMS is on the wire, which is what a carrier charges for: GSM-7 septets when every
// character is in the GSM 03.38 alphabet (its extension table costs two each), UTF-16 code units
// (UCS-2) as soon as one character is not. A long text goes out as several parts, each with a
// header that takes room from the text.
struct SmsLength
{
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2
    int parts = 0; // 0 for an empty text

    // No limit on the length of an SMS body is documented in Reply's API v3 (the OpenAPI file and
    // the reference notes name none). Ten parts is OUR choice: a conservative cap below what
    // common carriers and gateways concatenate, and already ten charges for one message.
    static constexpr int kMaxParts = 10;

    static SmsLength measure(const QString &text);
    static bool isGsm7(const QString &text);
    // The plain-text body as the phone gets it: variables filled from the contact when it is
    // known, as typed otherwise (then any count is an estimate).
    static QString renderedBody(const QString &body, const std::optional<Contact> &contact);
    // What one part holds in this encoding, alone or as part of a longer text.
    int singleLimit() const { return encoding == Encoding::Gsm7 ? 160 : 70; }
    int partLimit() const { return encoding == Encoding::Gsm7 ? 153 : 67; }
};

} // namespace rte::core
