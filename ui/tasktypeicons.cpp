// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "tasktypeicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace rte::ui {

using core::TaskType;

namespace {

struct Look
{
    const char *themeName;
    QColor colour;
    QChar letter;
};

Look lookFor(TaskType type)
{
    switch (type) {
    case TaskType::ToDo:
        return {"view-task", QColor(0x5e, 0x5c, 0x64), QLatin1Char('T')};
    case TaskType::Call:
        return {"call-start", QColor(0x26, 0xa2, 0x69), QLatin1Char('C')};
    case TaskType::Meeting:
        return {"x-office-calendar", QColor(0x98, 0x41, 0xbb), QLatin1Char('M')};
    case TaskType::LinkedIn:
        return {"", QColor(0x0a, 0x66, 0xc2), QLatin1Char('L')};
    case TaskType::ManualEmail:
        return {"mail-message", QColor(0x1c, 0x71, 0xd8), QLatin1Char('E')};
    case TaskType::Sms:
        return {"", QColor(0xe6, 0x61, 0x00), QLatin1Char('S')};
    case TaskType::WhatsApp:
        return {"", QColor(0x25, 0xd3, 0x66), QLatin1Char('W')};
    case TaskType::Unknown:
        break;
    }
    return {"", QColor(0x77, 0x76, 0x7b), QLatin1Char('?')};
}

QPixmap badge(const Look &look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(look.colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.62));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QString(look.letter));
    return pixmap;
}

} // namespace

QIcon TaskTypeIcons::icon(TaskType type)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(type));
    if (it != cache.cend())
        return *it;
    const Look look = lookFor(type);
    QIcon icon;
    if (*look.themeName)
        icon = QIcon::fromTheme(QLatin1String(look.themeName));
    if (icon.isNull()) {
        for (int size : {16, 22, 32, 48})
            icon.addPixmap(badge(look, size));
    }
    cache.insert(int(type), icon);
    return icon;
}

} // namespace rte::ui
