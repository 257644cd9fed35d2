// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#pragma once

// What every benchmark prints: a figure's median over several runs, the anchor measured in the same
// run, their ratio and the goal. Figures only: no benchmark fails because a goal is missed.
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rte::bench {

double median(QList<double> samples);

// How many runs each figure takes its median over: RTE_BENCH_RUNS, never fewer than five.
int runCount();

struct Figure
{
    QString name; // what was measured, in words
    QString unit; // ms, MiB, KiB/row, …
    double value = 0; // the median
    QString anchorName; // empty when the goal is an absolute one
    std::optional<double> anchor; // the anchor's median, in the same unit
    QString goal; // as the issue states it: "≤ 1.3×", "< 200 ms"; empty: a figure shown for its ratio only
    // Whether the goal is met, given the value and the anchor; unset without a goal.
    std::function<bool(double value, std::optional<double> anchor)> met;
};

// Call before QApplication: windows go to the X display (Xvfb under the benchmark target) where
// there is one and no platform was chosen, else to the offscreen platform, which paints into memory
// only. True when offscreen, for a note.
bool preferOffscreenWithoutDisplay();

// Goals as the table states them.
Figure ratioGoal(const QString &name, const QString &unit, double value, const QString &anchorName,
    double anchor, double maxRatio);
Figure absoluteGoal(const QString &name, const QString &unit, double value, const QString &goal, double limit,
    bool strictlyBelow = true);

// Prints the figures as Markdown rows on stdout and appends them to the file named by
// RTE_BENCH_REPORT, which the benchmark target gathers into one table.
class Report
{
public:
    explicit Report(QString benchmark);
    void add(const Figure &figure);
    void addNote(const QString &note);
    // Returns 0: a missed goal is a figure to act on, not a failed test.
    int print() const;

private:
    QString m_benchmark;
    QList<Figure> m_figures;
    QStringList m_notes;
};

} // namespace rte::bench
