// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskedit.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;

namespace rte::ui {

// Someone changed the task while the rep edited it: the differing fields side by side, theirs
// and mine, with a choice per field. Nothing is sent until the rep decides.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const core::TaskEdit &theirs, const core::TaskEdit &mine, const QString &intro,
        QWidget *parent = nullptr);
    // The fields where the rep chose their own version.
    QList<core::TaskField> fieldsFromMine() const;
    core::TaskEdit merged() const;
    // Picks every field from one side (the "Keep mine" and "Take theirs" buttons).
    void chooseAll(bool mine);

private:
    core::TaskEdit m_theirs;
    core::TaskEdit m_mine;
    QHash<core::TaskField, QButtonGroup *> m_choices;
};

} // namespace rte::ui
