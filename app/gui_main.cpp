// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// mockbench-gui: the workbench window (QApplication). `mockbench` starts it for every command
// line that asks for the window, so the headless server never loads the GUI libraries.
#include "Import.h"
#include "MainWindow.h"
#include "runtime/CommandLine.h"
#include "runtime/HeadlessRunner.h"
#include "runtime/SignalWatcher.h"
#include "server/MockServer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"mockbench"_s);
    QCoreApplication::setOrganizationName(u"MockBench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCKBENCH_VERSION));
}

/// Loads MockBench's and Qt's own translations for the system locale.
void installTranslations(QApplication &app)
{
    // English is a translation too: it holds the plural forms ("1 request", "2 requests").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"mockbench"_s, u"_"_s, u":/mockbench/translations"_s)
        || own->load(u"mockbench_en"_s, u":/mockbench/translations"_s)) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

/// With MOCKBENCH_REPORT_STALLS set, measures how late a 10 ms timer fires and prints the
/// longest event-loop stall on exit (used by the GUI benchmark).
void watchStalls(QApplication &app)
{
    if (qEnvironmentVariableIsEmpty("MOCKBENCH_REPORT_STALLS")) {
        return;
    }
    struct Stalls
    {
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        int over100 = 0;
    };
    auto stalls = std::make_shared<Stalls>();
    stalls->clock.start();
    auto *timer = new QTimer(&app);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, &app, [stalls] {
        const qint64 now = stalls->clock.elapsed();
        const qint64 gap = now - stalls->last - 10;
        stalls->last = now;
        stalls->worst = std::max(stalls->worst, gap);
        stalls->over100 += gap > 100 ? 1 : 0;
    });
    // Measure from the first shown frame on, not the start-up.
    QTimer::singleShot(1000, &app, [timer, stalls] {
        stalls->last = stalls->clock.elapsed();
        stalls->worst = 0;
        timer->start();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [stalls] {
        std::fprintf(stderr, "event loop: longest stall %lld ms, %d stalls over 100 ms\n",
            static_cast<long long>(stalls->worst), stalls->over100);
    });
}

int runWindow(int argc, char *argv[], const CommandLine &cl)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"MockBench"_s);
    installTranslations(app);
    watchStalls(app);

    MainWindow window;
    MainWindow::Options options;
    options.file = cl.file;
    options.host = cl.hostText;
    options.port = cl.port;
    options.server = cl.server;
    options.tls = cl.tls;
    options.chaos = cl.chaos;
    options.noAdmin = cl.noAdmin;
    options.adminToken = cl.adminToken;
    options.logFile = cl.logFile;
    window.show();
    if (window.start(options)) {
        // The same line as headless, so a script can start the window and wait for it.
        const QString line =
            u"MockBench listening on %1\n"_s.arg(window.server()->baseUrl().toString());
        std::fputs(line.toUtf8().constData(), stdout);
        std::fflush(stdout);
    }

    // SIGINT / SIGTERM close the window as a user would, minus the question: unsaved edits
    // stay in the autosave copy and are offered back on the next start.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::quitRequested, &app, [&window] {
        window.writeAutosave();
        QCoreApplication::exit(ExitOk);
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Every reader of other tools' formats, for every place that reads a file.
    MockBench::Import::registerFormats();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const CommandLine cl = CommandLine::parse(arguments);
    if (cl.mode == CommandLine::Mode::Error) {
        std::fprintf(
            stderr, "mockbench: %s\nTry 'mockbench --help'.\n", cl.error.toLocal8Bit().constData());
        return ExitUsage;
    }
    if (cl.mode != CommandLine::Mode::Gui) {
        // Everything but the window is `mockbench`'s job (it starts this program for the window).
        std::fputs("mockbench-gui opens the window; use mockbench for --headless, --validate, "
                   "--help and --version\n",
            stderr);
        return ExitUsage;
    }
    return runWindow(argc, argv, cl);
}
