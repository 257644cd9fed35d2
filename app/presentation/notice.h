// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace rte::api {
class ApiError;
}

namespace rte::presentation {

// What the window should tell the rep: every outcome that needs words (a failure, a report, a
// warning) reaches the window in this one shape. The sentence is complete, in plain words, and says
// what to do next; the window only decides how it looks.
struct Notice
{
    enum class Tone
    {
        Information,
        Warning,
        Error
    };
    enum class Place
    {
        Form, // the banner above the form: it concerns the task being edited
        StatusLine // passing news that needs no answer
    };

    Notice() = default;
    Notice(Tone toneOf, Place placeOf, QString textOf, bool retryableOf = false);
    // A request failed: the banner above the form says so with `text`, offers "Try Again" when
    // another try may work, and a refused key sends the rep to the account settings.
    static Notice failure(QString text, const api::ApiError &error);

    Tone tone = Tone::Information;
    Place place = Place::StatusLine;
    QString text;
    // The banner offers "Try Again", which calls Workspace::retry().
    bool retryable = false;
    // Reply refused the key: the rep needs the account settings.
    bool credentialsRejected = false;
};

} // namespace rte::presentation

Q_DECLARE_METATYPE(rte::presentation::Notice)
