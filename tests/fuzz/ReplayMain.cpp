// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// main() of a fuzz harness in the normal build: calls the harness once on every file named on
// the command line and on every file in the folders named (not recursive), in name order, as
// a libFuzzer binary does with file arguments. A finding aborts, so the ctest test fails; an
// argument that is neither a file nor a folder fails too, so a moved corpus is noticed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                files.append(dir.filePath(name));
            }
        } else if (info.isFile()) {
            files.append(arg);
        } else {
            std::fprintf(stderr, "%s: no such file or folder: %s\n", argv[0], argv[i]);
            return 2;
        }
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        // A buffer of exactly the input's size, as libFuzzer gives: AddressSanitizer then
        // reports a read one byte past the end (a QByteArray has a NUL and often spare room).
        const std::vector<uint8_t> input(bytes.begin(), bytes.end());
        std::printf("%s (%zu bytes)\n", qPrintable(path), input.size());
        std::fflush(stdout); // so a crash report follows the name of the input that caused it
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("%lld inputs, no finding\n", static_cast<long long>(files.size()));
    return 0;
}
