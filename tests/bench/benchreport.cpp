// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
#include "benchreport.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace rte::bench {

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(middle);
    return (samples.at(middle - 1) + samples.at(middle)) / 2;
}

int runCount()
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("RTE_BENCH_RUNS", &ok);
    return ok ? std::max(asked, 5) : 7;
}

bool preferOffscreenWithoutDisplay()
{
    const bool offscreen
        = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return offscreen;
}

Figure ratioGoal(const QString &name, const QString &unit, double value, const QString &anchorName,
    double anchor, double maxRatio)
{
    Figure figure;
    figure.name = name;
    figure.unit = unit;
    figure.value = value;
    figure.anchorName = anchorName;
    figure.anchor = anchor;
    figure.goal = QStringLiteral("≤ %1×").arg(maxRatio, 0, 'f', 1);
    figure.met = [maxRatio](double v, std::optional<double> a) {
        return a && *a > 0 && v / *a <= maxRatio;
    };
    return figure;
}

Figure absoluteGoal(const QString &name, const QString &unit, double value, const QString &goal, double limit,
    bool strictlyBelow)
{
    Figure figure;
    figure.name = name;
    figure.unit = unit;
    figure.value = value;
    figure.goal = goal;
    figure.met = [limit, strictlyBelow](double v, std::optional<double>) {
        return strictlyBelow ? v < limit : v <= limit;
    };
    return figure;
}

Report::Report(QString benchmark)
    : m_benchmark(std::move(benchmark))
{ }

void Report::add(const Figure &figure)
{
    m_figures.append(figure);
}

void Report::addNote(const QString &note)
{
    m_notes.append(note);
}

namespace {

QString number(double value)
{
    const int decimals = value >= 100 ? 0 : (value >= 10 ? 1 : 2);
    return QString::number(value, 'f', decimals);
}

QString row(const Figure &figure)
{
    const QString anchor = figure.anchor
        ? QStringLiteral("%1 %2 (%3)").arg(number(*figure.anchor), figure.unit, figure.anchorName)
        : QStringLiteral("—");
    const QString ratio = figure.anchor && *figure.anchor > 0
        ? QStringLiteral("%1×").arg(figure.value / *figure.anchor, 0, 'f', 2)
        : QStringLiteral("—");
    // A figure without a goal (shown for its ratio only) is neither met nor missed.
    const QString verdict = !figure.met           ? QString()
        : figure.met(figure.value, figure.anchor) ? QStringLiteral("met")
                                                  : QStringLiteral("**missed**");
    return QStringLiteral("| %1 | %2 %3 | %4 | %5 | %6 | %7 |")
        .arg(figure.name, number(figure.value), figure.unit, anchor, ratio,
            figure.goal.isEmpty() ? QStringLiteral("—") : figure.goal, verdict);
}

} // namespace

int Report::print() const
{
    QStringList lines;
    for (const Figure &figure : m_figures)
        lines.append(row(figure));
    QString out = QStringLiteral(
        "\n%1 (median of %2 runs)\n| figure | median | anchor (same run) | ratio | goal | |\n"
        "|---|---|---|---|---|---|\n")
                      .arg(m_benchmark)
                      .arg(runCount());
    out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    for (const QString &note : m_notes)
        out += QStringLiteral("  note: %1\n").arg(note);
    out += QLatin1Char('\n');
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);

    const QString reportPath = qEnvironmentVariable("RTE_BENCH_REPORT");
    if (!reportPath.isEmpty()) {
        QFile file(reportPath);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            QTextStream stream(&file);
            for (const QString &line : lines)
                stream << line << '\n';
            for (const QString &note : m_notes)
                stream << QStringLiteral("<!-- note --> %1 — %2\n").arg(m_benchmark, note);
        }
    }
    return 0;
}

} // namespace rte::bench
