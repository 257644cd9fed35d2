// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// Wall times in Europe/Berlin for date tests: a fixed zone with both daylight-saving changes, so
// a test never depends on the machine's zone. Header-only; include as "../support/berlintime.h".

#include <QDateTime>
#include <QTimeZone>

namespace rte::test {

inline const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

// A Berlin wall time, as the rep reads it.
inline QDateTime berlinTime(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), berlin());
}

} // namespace rte::test
