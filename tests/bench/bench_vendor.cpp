// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the template dialects' vendor bundles cost: for each run a fresh QJSEngine (interpreter
// forced, as the renderers run templates) evaluates handlebars.js, libs.js, then faker.js from
// the resources, then seeds faker and makes its first calls; prints the time of each step and
// the process's resident memory before the engine, after each load and after the engine is gone.
// The first run also pays for what a process does once; the medians are over the others. The
// CPU time (this thread's) is the figure to read on a loaded machine; the RSS is the first run's.
// Prints figures; asserts nothing.
//   bench_vendor [RUNS] [--jit]       --jit: leave QV4_FORCE_INTERPRETER unset
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJSEngine>
#include <QLoggingCategory>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

long rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_vendor: %s is not compiled in\n", qPrintable(path));
        std::exit(1);
    }
    return QString::fromUtf8(file.readAll());
}

// CPU time of this thread: on a loaded machine the wall time also counts other processes' turns.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

struct Step
{
    const char *name;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    std::vector<long> rssAfterKiB;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool jit = args.contains(u"--jit"_s);
    int runs = 6;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) != u"--jit"_s) {
            runs = std::max(2, args.at(i).toInt());
        }
    }
    if (!jit) {
        qputenv("QV4_FORCE_INTERPRETER", "1");
    }
    // The compiler's "used before its declaration" warnings, hundreds per bundle.
    QLoggingCategory::setFilterRules(u"qt.qml.compiler.warning=false"_s);

    const QString fakerCalls = u"var f = __mbFakerModule.faker; f.seed(1);"
                               "[f.person.fullName(), f.internet.email(), f.location.city(),"
                               " f.string.uuid(), f.date.past(), f.lorem.sentence(),"
                               " f.number.int(100), f.commerce.price(), f.phone.number(),"
                               " f.helpers.arrayElement([1, 2, 3])].join()"_s;
    std::vector<Step> steps;
    for (const char *name : { "read the three resources", "new QJSEngine", "handlebars.js",
             "libs.js", "faker.js", "faker seed + 10 first calls", "engine destroyed" }) {
        steps.push_back(Step { name, {}, {}, {} });
    }
    std::vector<long> before;

    for (int run = 0; run < runs; ++run) {
        before.push_back(rssKiB());
        QElapsedTimer timer;
        double cpu = threadCpuMs();
        const auto lap = [&](std::size_t step) {
            steps[step].ms.push_back(timer.nsecsElapsed() / 1e6);
            const double now = threadCpuMs();
            steps[step].cpuMs.push_back(now - cpu);
            steps[step].rssAfterKiB.push_back(rssKiB());
            cpu = now;
            timer.restart();
        };
        timer.start();
        const QString handlebars = resourceText(u":/mockbench/templates/handlebars.js"_s);
        const QString libs = resourceText(u":/mockbench/templates/libs.js"_s);
        const QString faker = resourceText(u":/mockbench/templates/faker.js"_s);
        lap(0);
        auto engine = std::make_unique<QJSEngine>();
        lap(1);
        for (const auto &[step, text] : { std::pair { 2, &handlebars }, std::pair { 3, &libs },
                 std::pair { 4, &faker }, std::pair { 5, &fakerCalls } }) {
            const QJSValue result = engine->evaluate(*text);
            if (result.isError()) {
                std::fprintf(stderr, "bench_vendor: %s: %s\n", steps[step].name,
                    qPrintable(result.toString()));
                return 1;
            }
            lap(step);
        }
        engine.reset();
        lap(6);
    }

    std::printf("QJSEngine %s, %d runs (a fresh engine each)\n",
        jit ? "with the JIT" : "with the interpreter forced (QV4_FORCE_INTERPRETER=1)", runs);
    std::printf("%-28s %9s %10s %10s %13s\n", "step", "first ms", "median ms", "median CPU",
        "first run RSS");
    for (const Step &step : steps) {
        const std::vector<double> ms(step.ms.begin() + 1, step.ms.end());
        const std::vector<double> cpuMs(step.cpuMs.begin() + 1, step.cpuMs.end());
        std::printf("%-28s %9.1f %10.1f %10.1f %9.1f MiB\n", step.name, step.ms.front(), median(ms),
            median(cpuMs), step.rssAfterKiB.front() / 1024.0);
    }
    std::printf("RSS before the first engine: %.1f MiB, before the last: %.1f MiB\n",
        before.front() / 1024.0, before.back() / 1024.0);
    return 0;
}
