// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// Figures, not assertions: the body is serialised to compact HTML on every keystroke, and the
// draft is written from it, so this must stay far below a keystroke's time on a long email.
#include "core/bodyformat.h"
#include "core/taskcodec.h"
#include "core/taskedit.h"

#include <QTest>
#include <QTextDocument>

using namespace rte::core;

class BenchBodyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactHtmlOfALongEmail_data();
    void compactHtmlOfALongEmail();
    void draftJsonOfALongEmail();
};

namespace {

QString longEmail(int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += QStringLiteral(
            "<p>Hi {{firstName}}, paragraph %1 with <b>bold</b>, <i>italic</i> and "
            "<a href=\"https://example.com/%1\">a link</a>.</p><ul><li>one</li><li>two</li></ul>")
                    .arg(i);
    return html;
}

} // namespace

void BenchBodyFormat::compactHtmlOfALongEmail_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("short (3 paragraphs)") << 3;
    QTest::newRow("long (60 paragraphs, about 9 KB)") << 60;
    QTest::newRow("very long (400 paragraphs)") << 400;
}

void BenchBodyFormat::compactHtmlOfALongEmail()
{
    QFETCH(int, paragraphs);
    QTextDocument document;
    document.setHtml(longEmail(paragraphs));
    QString html;
    QBENCHMARK
    {
        html = BodyFormat::toCompactHtml(document);
    }
}

void BenchBodyFormat::draftJsonOfALongEmail()
{
    Task task;
    task.id = 1;
    task.taskTemplate = TaskTemplate {longEmail(60), QStringLiteral("Subject"), {}};
    const TaskEdit edit = TaskEdit::fromTask(task);
    QBENCHMARK
    {
        QJsonObject json = edit.toJson();
        json.insert(QLatin1String("base"), TaskCodec::snapshotToJson(task));
    }
}

QTEST_MAIN(BenchBodyFormat)
#include "bench_bodyformat.moc"
