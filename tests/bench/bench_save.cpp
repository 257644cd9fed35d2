// SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
// SPDX-License-Identifier: MIT
// The save round trip as a rep meets it: from Save in the real window to the side panel showing
// what Reply made of it, over real HTTP to the loopback sandbox. The anchor is a raw
// QNetworkAccessManager PUT of the very body the app sent, to the same server, in the same run.
// A save reads the task first (Reply has no ETag: the read is how a teammate's change is caught
// before it is overwritten), so the same raw read + PUT is printed as a second anchor: it shows
// what the app adds on top of the two requests the protocol needs.
#include "benchreport.h"
#include "taskdetailpanel.h"
#include "taskeditorview.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

using namespace rte;

namespace {

constexpr qint64 TaskId = 5; // a manual email with a subject, open and editable in the sample data
constexpr int SettleMs = 100; // between measurements, so that what one started has ended

double timeRaw(QNetworkAccessManager &nam, const QList<QPair<QByteArray, QNetworkRequest>> &steps,
    const QByteArray &putBody)
{
    QElapsedTimer clock;
    clock.start();
    for (const auto &[verb, request] : steps) {
        QNetworkReply *reply = verb == "PUT" ? nam.put(request, putBody) : nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        reply->deleteLater();
    }
    return clock.nsecsElapsed() / 1e6;
}

QNetworkRequest requestLike(const QUrl &base, const testsupport::TestSandbox::RecordedRequest &sent)
{
    QUrl url = base.resolved(QUrl(sent.path));
    url.setQuery(sent.query);
    QNetworkRequest request(url);
    // The same headers the app sent (its key, JSON content type, user agent), nothing more.
    for (const auto &[name, value] : sent.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "content-length" && lower != "connection"
            && lower != "accept-encoding")
            request.setRawHeader(name, value);
    }
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("rte.*=false"));
    test::WindowFixture f;
    // Reply allows 100 requests a minute; the raw anchors would use that up for the window's saves.
    // The app's own pacing (RateBudget) still applies to its requests, as it does for a rep.
    f.sandbox->setRateLimit(100000, 1000000);
    if (!f.start() || !f.openAndWait(TaskId)) {
        std::fprintf(stderr, "bench_save: the window or task %lld did not open\n", TaskId);
        return 1;
    }
    ui::TaskDetailPanel *panel = f.window->detailPanel();

    // One save through the window: the time from Save to the panel showing the new subject, and
    // when the app's network access manager had Reply's answer to the PUT (the rest is the app's).
    int counter = 0;
    QList<double> putAnswered;
    const auto saveOnce = [&]() -> std::optional<double> {
        const QString subject = QStringLiteral("Quick question, take %1").arg(++counter);
        f.model->setSubject(subject);
        QEventLoop loop;
        QElapsedTimer clock;
        double elapsed = -1;
        // Connected after the window's own connection, so the panel has already been updated.
        const auto connection = QObject::connect(
            f.workspace.get(), &presentation::Workspace::serverTaskChanged, &loop, [&](const core::Task &) {
                if (panel->rowText(QStringLiteral("template.subject")) == subject) {
                    elapsed = clock.nsecsElapsed() / 1e6;
                    loop.quit();
                }
            });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        const auto answered = QObject::connect(f.client->networkAccessManager(),
            &QNetworkAccessManager::finished, &loop, [&](QNetworkReply *reply) {
                if (reply->operation() == QNetworkAccessManager::PutOperation)
                    putAnswered.append(clock.nsecsElapsed() / 1e6);
            });
        clock.start();
        f.window->editorView()->saveButton()->click();
        loop.exec();
        QObject::disconnect(connection);
        QObject::disconnect(answered);
        // What follows the save (the read for the rendered content) ends before the next one starts.
        QTest::qWait(SettleMs);
        return elapsed < 0 ? std::nullopt : std::optional<double>(elapsed);
    };

    if (!saveOnce()) {
        std::fprintf(stderr, "bench_save: the panel never showed the saved subject\n");
        return 1;
    }
    const QString putPath = QStringLiteral("/v3/tasks/%1").arg(TaskId);
    const auto put = f.lastRequest("PUT", putPath);
    const auto read = f.lastRequest("GET", QStringLiteral("/v3/tasks/%1").arg(TaskId));
    const QUrl base = f.sandbox->baseUrl();
    QNetworkAccessManager nam;
    const QList<QPair<QByteArray, QNetworkRequest>> rawPut {{"PUT", requestLike(base, put)}};
    const QList<QPair<QByteArray, QNetworkRequest>> rawReadPut {
        {"GET", requestLike(base, read)}, {"PUT", requestLike(base, put)}};
    timeRaw(nam, rawReadPut, put.body); // a warm connection, as the app's is

    const int runs = std::max(bench::runCount(), 15); // each run is a few milliseconds
    // Saves through the window, each followed by the raw requests with the body the app has just
    // sent, so the raw requests leave the task as the app knows it (another body would be a
    // teammate's change, and the next save would stop at the conflict).
    struct Series
    {
        QList<double> window, put, readPut, answered;
    };
    const auto measure = [&]() -> std::optional<Series> {
        Series series;
        putAnswered.clear();
        for (int i = 0; i < runs; ++i) {
            const std::optional<double> saved = saveOnce();
            if (!saved)
                return std::nullopt;
            series.window.append(*saved);
            const QByteArray body = f.lastRequest("PUT", putPath).body;
            // Each starts from the same quiet as a save does: a CPU just woken answers later.
            QTest::qWait(SettleMs);
            series.put.append(timeRaw(nam, rawPut, body));
            QTest::qWait(SettleMs);
            series.readPut.append(timeRaw(nam, rawReadPut, body));
        }
        series.answered = putAnswered;
        return series;
    };

    bench::Report report(QStringLiteral("Save round trip (bench_save)"));
    const auto addFigures = [&report](const Series &series, const QString &where) {
        const double window = bench::median(series.window);
        report.add(bench::ratioGoal(QStringLiteral("save: Save to the panel updated%1").arg(where),
            QStringLiteral("ms"), window, QStringLiteral("raw QNAM PUT"), bench::median(series.put), 1.2));
        report.add(bench::ratioGoal(QStringLiteral("save, against the read + PUT it needs%1").arg(where),
            QStringLiteral("ms"), window, QStringLiteral("raw QNAM GET + PUT"), bench::median(series.readPut),
            1.2));
    };
    const std::optional<Series> loopback = measure();
    // The same over a network like the one to api.reply.io: every request for the task waits in the
    // server, the app's and the anchors' alike.
    constexpr int NetworkMs = 40;
    f.sandbox->injectDelay(NetworkMs, 1000000, putPath);
    const std::optional<Series> slow = measure();
    f.sandbox->clearFaults();
    if (!loopback || !slow) {
        std::fprintf(stderr, "bench_save: a save did not reach the panel\n");
        return 1;
    }
    addFigures(*loopback, QString());
    addFigures(*slow, QStringLiteral(", %1 ms a request").arg(NetworkMs));
    for (const auto &[series, where] : {std::pair {&*loopback, QStringLiteral("loopback")},
             std::pair {&*slow, QStringLiteral("%1 ms a request").arg(NetworkMs)}}) {
        report.addNote(
            QStringLiteral("%1: Reply's answer to the PUT was in after %2 ms (the read and the PUT), "
                           "the panel showed it %3 ms later")
                .arg(where)
                .arg(bench::median(series->answered), 0, 'f', 2)
                .arg(bench::median(series->window) - bench::median(series->answered), 0, 'f', 2));
    }
    report.addNote(
        QStringLiteral("%1 saves each; a save reads the task before its PUT (Reply has no ETag, the "
                       "read is how a teammate's change is caught), so a PUT alone is not what the "
                       "protocol allows")
            .arg(runs));
    return report.print();
}
