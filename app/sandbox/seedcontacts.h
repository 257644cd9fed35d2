// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>

namespace rte::sandbox {

// The sandbox's contacts: a fixed, varied cast (some names outside ASCII) so that rendering, the
// e-mail look-up and delivery info have realistic material. Ids start at 2001.
class SeedContacts
{
public:
    static QList<QJsonObject> build(const QDateTime &now);
    static constexpr qint64 FirstId = 2001;
};

} // namespace rte::sandbox
