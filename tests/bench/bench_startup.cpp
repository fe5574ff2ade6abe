// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start-up benchmark: time from launching `mockbench --headless --port 0` to the first
// answered request, and the server's resident memory once idle. Prints figures; asserts
// nothing.
//   bench_startup MOCKBENCH_BINARY [RUNS] [ROUTE_FILE]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

static long rssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_startup MOCKBENCH_BINARY [RUNS] [ROUTE_FILE]\n");
        return 2;
    }
    const QString binary = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 20;
    const QString file = args.size() > 3 ? args.at(3) : QString();

    QList<double> firstAnswerMs;
    QList<long> idleRss;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QStringList serverArgs { u"--headless"_s, u"--port"_s, u"0"_s };
        if (!file.isEmpty()) {
            serverArgs.append(file);
        }
        QElapsedTimer timer;
        timer.start();
        process.start(binary, serverArgs);
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(5000)) {
            out += process.readAllStandardOutput();
        }
        const int port = out.mid(out.lastIndexOf(':') + 1).trimmed().toInt();
        if (port <= 0) {
            std::fprintf(stderr, "no listening line: %s\n", out.constData());
            return 1;
        }
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(port));
        socket.waitForConnected(5000);
        socket.write("GET /1.1/foo/3 HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray reply;
        while (!reply.contains("\r\n\r\n") && socket.waitForReadyRead(5000)) {
            reply += socket.readAll();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!reply.startsWith("HTTP/1.1 200")) {
            std::fprintf(stderr, "unexpected reply: %s\n", reply.constData());
            return 1;
        }
        firstAnswerMs.append(ms);
        idleRss.append(rssKiB(process.processId()));
        socket.close();
        process.terminate();
        process.waitForFinished(5000);
    }
    std::sort(firstAnswerMs.begin(), firstAnswerMs.end());
    std::sort(idleRss.begin(), idleRss.end());
    std::printf("start to first answer over %d runs: median %.1f ms, max %.1f ms\n", runs,
        firstAnswerMs.at(firstAnswerMs.size() / 2), firstAnswerMs.last());
    std::printf("idle RSS after the first answer: median %.1f MiB, max %.1f MiB\n",
        double(idleRss.at(idleRss.size() / 2)) / 1024.0, double(idleRss.last()) / 1024.0);
    return 0;
}
