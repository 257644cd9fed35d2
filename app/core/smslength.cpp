// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "core/smslength.h"

#include "core/templatevariables.h"

namespace rte::core {

namespace {

// GSM 03.38 basic character set beyond printable ASCII, and the ASCII it lacks.
const QString &basicExtra()
{
    static const QString extra = QStringLiteral("£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉÄÖÑÜ§¿äöñüà¡¤\n\r");
    return extra;
}

// Printable ASCII that is in the basic set; `[\]^{|}~` and the backtick are not.
bool isBasicAscii(char16_t c)
{
    if (c < 0x20 || c > 0x7e)
        return false;
    switch (c) {
    case u'[':
    case u'\\':
    case u']':
    case u'^':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'`':
        return false;
    default:
        return true;
    }
}

// The extension table: sent as an escape plus the character, so two septets each.
bool isExtension(char16_t c)
{
    return c == u'^' || c == u'{' || c == u'}' || c == u'\\' || c == u'[' || c == u'~' || c == u']'
        || c == u'|' || c == u'\u20AC' || c == u'\f';
}

// Septets for one character, or 0 when it is not in GSM-7 at all.
int septets(QChar c)
{
    const char16_t u = c.unicode();
    if (isBasicAscii(u) || basicExtra().contains(c))
        return 1;
    return isExtension(u) ? 2 : 0;
}

int partsFor(int units, int single, int part)
{
    if (units == 0)
        return 0;
    return units <= single ? 1 : (units + part - 1) / part;
}

} // namespace

bool SmsLength::isGsm7(const QString &text)
{
    for (const QChar c : text) {
        if (septets(c) == 0)
            return false;
    }
    return true;
}

SmsLength SmsLength::measure(const QString &text)
{
    SmsLength length;
    int gsm = 0;
    for (const QChar c : text) {
        const int cost = septets(c);
        if (cost == 0) {
            length.encoding = Encoding::Ucs2;
            break;
        }
        gsm += cost;
    }
    // QString is UTF-16 already: an emoji (a surrogate pair) is two units, as on the wire.
    length.units = length.encoding == Encoding::Gsm7 ? gsm : int(text.size());
    length.parts = partsFor(length.units, length.singleLimit(), length.partLimit());
    return length;
}

QString SmsLength::renderedBody(const QString &body, const std::optional<Contact> &contact)
{
    return contact ? TemplateVariables::render(body, *contact) : body;
}

} // namespace rte::core
