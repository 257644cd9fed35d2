// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "seedcontacts.h"

#include "wireformat.h"

#include <QDateTime>
#include <QJsonArray>

#include <utility>

namespace rte::sandbox {

namespace {

struct Person
{
    const char *firstName;
    const char *lastName;
    const char *company;
    const char *title;
    const char *city;
    const char *state;
    const char *country;
    const char *timeZoneId;
    const char *industry;
};

// UTF-8 literals; QString::fromUtf8 keeps the accents.
constexpr Person People[] = {
    {"Olivia", "Bennett", "Northwind Traders", "VP of Sales", "Seattle", "WA", "United States",
        "America/Los_Angeles", "Wholesale"},
    {"Mateo", "Álvarez", "Andes Logistics", "Operations Director", "Bogotá", "", "Colombia", "America/Bogota",
        "Logistics"},
    {"Hannah", "Schmidt", "Brightwave Energy", "Head of Procurement", "Hamburg", "", "Germany",
        "Europe/Berlin", "Energy"},
    {"Kenji", "Tanaka", "Sakura Robotics", "CTO", "Osaka", "", "Japan", "Asia/Tokyo", "Robotics"},
    {"Amara", "Okafor", "Lagos Fintech Hub", "Founder & CEO", "Lagos", "", "Nigeria", "Africa/Lagos",
        "Financial Services"},
    {"Zoë", "Lefèvre", "Atelier Lumière", "Creative Director", "Lyon", "", "France", "Europe/Paris",
        "Design"},
    {"Søren", "Kierkegaard-Holm", "Nordlys Shipping", "Fleet Manager", "Aarhus", "", "Denmark",
        "Europe/Copenhagen", "Maritime"},
    {"Łukasz", "Wiśniewski", "Vistula Software", "Engineering Manager", "Kraków", "", "Poland",
        "Europe/Warsaw", "Software"},
    {"Priyanka", "Sharma", "Lotus Health", "Director of IT", "Bengaluru", "KA", "India", "Asia/Kolkata",
        "Healthcare"},
    {"Liam", "O'Connor", "Emerald Analytics", "Data Science Lead", "Dublin", "", "Ireland", "Europe/Dublin",
        "Analytics"},
    {"Sofia", "Rossi", "Dolce Foods", "Marketing Manager", "Milan", "", "Italy", "Europe/Rome",
        "Food & Beverage"},
    {"Noah", "Williams", "Summit Outdoor Co", "Purchasing Manager", "Denver", "CO", "United States",
        "America/Denver", "Retail"},
    {"Ava", "Martinez", "Sunbelt Solar", "Regional Sales Manager", "Phoenix", "AZ", "United States",
        "America/Phoenix", "Energy"},
    {"Ömer", "Yıldız", "Bosphorus Textiles", "Export Manager", "Istanbul", "", "Turkey", "Europe/Istanbul",
        "Textiles"},
    {"François", "Dubois", "Banque Méridien", "Head of Digital", "Paris", "", "France", "Europe/Paris",
        "Banking"},
    {"Ingrid", "Johansson", "Fjäll Outdoor", "COO", "Gothenburg", "", "Sweden", "Europe/Stockholm", "Retail"},
    {"Chen", "Wei", "Pearl River Electronics", "Supply Chain Director", "Shenzhen", "", "China",
        "Asia/Shanghai", "Electronics"},
    {"Isabella", "Costa", "Rio Verde Agro", "Commercial Director", "São Paulo", "SP", "Brazil",
        "America/Sao_Paulo", "Agriculture"},
    {"Ethan", "Clarke", "Harbourview Insurance", "Claims Operations Lead", "Toronto", "ON", "Canada",
        "America/Toronto", "Insurance"},
    {"Mia", "Fischer", "Alpenblick Hotels", "Revenue Manager", "Innsbruck", "", "Austria", "Europe/Vienna",
        "Hospitality"},
    {"José", "Hernández", "Sierra Madre Mining", "Procurement Lead", "Monterrey", "NL", "Mexico",
        "America/Monterrey", "Mining"},
    {"Aisha", "Rahman", "Crescent Cloud", "Product Manager", "Dubai", "", "United Arab Emirates",
        "Asia/Dubai", "Software"},
    {"Lucas", "Moreau", "Vignobles Moreau", "Owner", "Bordeaux", "", "France", "Europe/Paris", "Wine"},
    {"Emma", "Thompson", "Bluebird Learning", "Head of Partnerships", "Austin", "TX", "United States",
        "America/Chicago", "Education"},
    {"Lan", "Nguyễn", "Mekong Digital", "Managing Director", "Ho Chi Minh City", "", "Vietnam",
        "Asia/Ho_Chi_Minh", "Marketing"},
    {"Oliver", "Hughes", "Thames Legal", "Practice Manager", "London", "", "United Kingdom", "Europe/London",
        "Legal"},
    {"Freya", "MacLeod", "Highland Distillers", "Brand Manager", "Edinburgh", "", "United Kingdom",
        "Europe/London", "Food & Beverage"},
    {"Rafael", "Nadal Pons", "Mallorca Marine", "Sales Director", "Palma", "", "Spain", "Europe/Madrid",
        "Maritime"},
    {"Yuki", "Sato", "Kumo Games", "Studio Head", "Tokyo", "", "Japan", "Asia/Tokyo", "Gaming"},
    {"Charlotte", "Dupont", "Clinique Sainte-Anne", "IT Manager", "Brussels", "", "Belgium",
        "Europe/Brussels", "Healthcare"},
    {"Benjamin", "Goldberg", "Hudson Capital", "Partner", "New York", "NY", "United States",
        "America/New_York", "Investment"},
    {"Chloé", "Girard", "Maison Girard", "E-commerce Manager", "Montréal", "QC", "Canada", "America/Toronto",
        "Retail"},
    {"Jürgen", "Becker", "Rheinmetall Werkzeuge", "Plant Manager", "Düsseldorf", "", "Germany",
        "Europe/Berlin", "Manufacturing"},
    {"Fatima", "Zahra", "Atlas Renewables", "Project Director", "Casablanca", "", "Morocco",
        "Africa/Casablanca", "Energy"},
    {"Henry", "Nakamura-Price", "Pacific Rim Freight", "Logistics Coordinator", "Vancouver", "BC", "Canada",
        "America/Vancouver", "Logistics"},
    {"Siobhán", "Ní Bhriain", "Cliffside Media", "Content Lead", "Galway", "", "Ireland", "Europe/Dublin",
        "Media"},
    {"Daniel", "Kowalczyk", "Baltic Bytes", "Senior Developer", "Gdańsk", "", "Poland", "Europe/Warsaw",
        "Software"},
    {"Grace", "Adeyemi", "Savanna Pharma", "Regulatory Affairs Manager", "Nairobi", "", "Kenya",
        "Africa/Nairobi", "Pharmaceuticals"},
    {"Samuel", "Levi", "Carmel Cyber", "Security Architect", "Tel Aviv", "", "Israel", "Asia/Jerusalem",
        "Cybersecurity"},
    {"Elena", "Petrova", "Volga Chemicals", "Quality Manager", "Sofia", "", "Bulgaria", "Europe/Sofia",
        "Chemicals"},
    {"Jack", "Robinson", "Outback Builders", "Estimator", "Brisbane", "QLD", "Australia",
        "Australia/Brisbane", "Construction"},
    {"Matilda", "Svensson", "Nordic Pulse", "People & Culture Lead", "Stockholm", "", "Sweden",
        "Europe/Stockholm", "HR Services"},
    {"Arjun", "Mehta", "Monsoon Payments", "VP Engineering", "Mumbai", "MH", "India", "Asia/Kolkata",
        "Financial Services"},
    {"Lucía", "Fernández", "Pampa Beef Exports", "Trade Manager", "Buenos Aires", "", "Argentina",
        "America/Argentina/Buenos_Aires", "Agriculture"},
    {"William", "Foster", "Redwood Realty", "Broker", "San Francisco", "CA", "United States",
        "America/Los_Angeles", "Real Estate"},
    {"Anna", "Novák", "Vltava Glassworks", "Sales Manager", "Prague", "", "Czechia", "Europe/Prague",
        "Manufacturing"},
    {"Tomás", "Dvořák", "Moravia Motors", "Fleet Sales Lead", "Brno", "", "Czechia", "Europe/Prague",
        "Automotive"},
    {"Layla", "Haddad", "Cedar Consulting", "Senior Consultant", "Beirut", "", "Lebanon", "Asia/Beirut",
        "Consulting"},
    {"James", "Mitchell", "Keystone Manufacturing", "Maintenance Supervisor", "Pittsburgh", "PA",
        "United States", "America/New_York", "Manufacturing"},
    {"Renée", "Laurent", "Laurent & Fils", "Finance Director", "Geneva", "", "Switzerland", "Europe/Zurich",
        "Finance"},
    {"Maximilian", "Huber", "Isar Mobility", "Head of Growth", "Munich", "", "Germany", "Europe/Berlin",
        "Mobility"},
    {"Ngozi", "Eze", "Harmattan Retail", "Store Operations Manager", "Abuja", "", "Nigeria", "Africa/Lagos",
        "Retail"},
    {"Charles", "Whitfield", "Whitfield & Sons Printing", "General Manager", "Boston", "MA", "United States",
        "America/New_York", "Printing"},
    {"Małgorzata", "Zielińska", "Amber Cosmetics", "Brand Director", "Wrocław", "", "Poland", "Europe/Warsaw",
        "Cosmetics"},
    {"Diego", "Ramírez", "Cordillera Coffee", "Export Coordinator", "Medellín", "", "Colombia",
        "America/Bogota", "Food & Beverage"},
    {"Harper", "Lee", "Magnolia Events", "Event Planner", "Atlanta", "GA", "United States",
        "America/New_York", "Events"},
    {"Björn", "Lindqvist", "Polar Data Centers", "Site Reliability Lead", "Luleå", "", "Sweden",
        "Europe/Stockholm", "Data Centers"},
    {"Camila", "Souza", "Amazonia Biotech", "Research Director", "Manaus", "AM", "Brazil", "America/Manaus",
        "Biotech"},
    {"Hiroshi", "Watanabe", "Fuji Precision", "Quality Engineer", "Nagoya", "", "Japan", "Asia/Tokyo",
        "Manufacturing"},
    {"Eleanor", "Price", "Lighthouse Nonprofit Network", "Development Director", "Portland", "OR",
        "United States", "America/Los_Angeles", "Nonprofit"},
};

// Local parts of e-mail addresses and LinkedIn slugs are ASCII: drop accents, spell out the letters
// that have no decomposition, keep letters and digits.
QString asciiSlug(const QString &text, QChar separator)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    folded.replace(QChar(0x0142), QLatin1Char('l')).replace(QChar(0x0141), QLatin1Char('L'));
    folded.replace(QChar(0x00F8), QLatin1Char('o')).replace(QChar(0x00D8), QLatin1Char('O'));
    folded.replace(QChar(0x0131), QLatin1Char('i')).replace(QChar(0x00DF), QLatin1String("ss"));
    folded.replace(QChar(0x0111), QLatin1Char('d'));
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.endsWith(separator))
            out += separator;
    }
    return out;
}

} // namespace

QList<QJsonObject> SeedContacts::build(const QDateTime &now)
{
    static const char *const Tlds[] = {"example.com", "example.org", "example.net"};
    static const char *const CompanySizes[] = {"fifty", "twoHundred", "fiveHundred", "oneThousand", "ten"};
    QList<QJsonObject> contacts;
    qint64 index = 0;
    for (const Person &p : People) {
        const QString first = QString::fromUtf8(p.firstName);
        const QString last = QString::fromUtf8(p.lastName);
        const QString domain = QString::fromLatin1(Tlds[index % 3]);
        const QString email = asciiSlug(first, QLatin1Char('.')) + QLatin1Char('.')
            + asciiSlug(last, QLatin1Char('.')) + QLatin1Char('@') + domain;
        // Every ninth contact has no phone and every eleventh no LinkedIn profile, so the client
        // also meets delivery info with a hole in it.
        const QString phone
            = index % 9 == 8 ? QString() : QStringLiteral("+1 555 01%1").arg(index, 2, 10, QLatin1Char('0'));
        const QString linkedIn = index % 11 == 10
            ? QString()
            : QStringLiteral("https://www.linkedin.com/in/%1-%2")
                  .arg(asciiSlug(first, QLatin1Char('-')), asciiSlug(last, QLatin1Char('-')));
        const QString added = WireFormat::formatDateTime(now.addDays(-200 + index * 3));
        contacts.append(QJsonObject {
            {QStringLiteral("id"), FirstId + index},
            {QStringLiteral("email"), email},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last},
            {QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
            {QStringLiteral("title"), QString::fromUtf8(p.title)},
            {QStringLiteral("company"), QString::fromUtf8(p.company)},
            {QStringLiteral("companySize"), QString::fromLatin1(CompanySizes[index % 5])},
            {QStringLiteral("industry"), QString::fromUtf8(p.industry)},
            {QStringLiteral("city"), QString::fromUtf8(p.city)},
            {QStringLiteral("state"), QString::fromUtf8(p.state)},
            {QStringLiteral("country"), QString::fromUtf8(p.country)},
            {QStringLiteral("timeZoneId"), QString::fromLatin1(p.timeZoneId)},
            {QStringLiteral("linkedInUrl"), linkedIn.isEmpty() ? QJsonValue() : QJsonValue(linkedIn)},
            {QStringLiteral("phoneStatus"),
                phone.isEmpty() ? QStringLiteral("notValidated") : QStringLiteral("valid")},
            {QStringLiteral("notes"), QString()},
            {QStringLiteral("ownerUserId"), 1001 + index % 4},
            {QStringLiteral("accountId"), QJsonValue()},
            {QStringLiteral("isOptedOut"), false},
            {QStringLiteral("callStatus"), QStringLiteral("none")},
            {QStringLiteral("meetingStatus"), QStringLiteral("none")},
            {QStringLiteral("addingDate"), added},
            {QStringLiteral("createdAt"), added},
            {QStringLiteral("lastModifiedAt"), added},
            {QStringLiteral("customFields"), QJsonArray()},
        });
        ++index;
    }
    return contacts;
}

} // namespace rte::sandbox
