// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//
// What the importers' fuzz harnesses (fuzz_wiremock, fuzz_openapi) check of an input read
// through AnyFormat, as every input path reads it (headless, --validate, --convert, the window's
// Open, the admin API's PUT routes). Besides what the sanitizers catch, a finding (abort) is: an
// error or a report line without text; content of the harness's format that reads though
// RouteSet::validate() finds errors; a converted set (RouteSetFormat::toJson, as --convert
// writes it) that does not load back, or loads back as another set; a second read of the same
// content that gives another outcome. No path is given, so nothing beside the input is read.
#include "Import.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace MockBench::FuzzImport {

using namespace Qt::StringLiterals;

/// The harness's name, for its findings.
inline const char *&harnessName()
{
    static const char *name = "fuzz_import";
    return name;
}

[[noreturn]] inline void finding(
    const char *what, const QStringList &lines = {}, const QByteArray &document = {})
{
    std::fprintf(stderr, "%s: %s\n", harnessName(), what);
    for (const QString &line : lines) {
        std::fprintf(stderr, "  %s\n", qPrintable(line));
    }
    if (!document.isEmpty()) {
        std::fprintf(stderr, "document:\n%s\n", document.constData());
    }
    std::abort();
}

inline void setUp()
{
    // The template renderer wants an application object; made once, kept to the end.
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = { name, nullptr };
    static const std::unique_ptr<QCoreApplication> app =
        std::make_unique<QCoreApplication>(argc, argv);
    Import::registerFormats();
}

/// Reads @p data through AnyFormat; content that it finds to be of the format @p format is
/// checked as the file's comment says.
inline int checkInput(const uint8_t *data, size_t size, const QString &format)
{
    static const bool ready = (setUp(), true);
    Q_UNUSED(ready)
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));

    const LoadResult loaded = AnyFormat::fromBytes(content, QString());
    if (loaded.format != format) {
        return 0; // another format's input: its own harness covers it
    }
    for (const FormatError &error : loaded.errors) {
        if (error.message.isEmpty()) {
            finding("an error without a message", loaded.errorStrings());
        }
    }
    for (const QString &line : loaded.report) {
        if (line.trimmed().isEmpty() || line.endsWith(u": "_s)) {
            finding("an empty report line", loaded.report);
        }
    }
    const LoadResult again = AnyFormat::fromBytes(content, QString());
    if (again.errorStrings() != loaded.errorStrings() || again.report != loaded.report
        || (again.ok()
            && RouteSetFormat::toJson(again.routeSet) != RouteSetFormat::toJson(loaded.routeSet))) {
        finding("the same content read twice gives two outcomes");
    }
    if (!loaded.ok()) {
        return 0;
    }
    const RouteSet &set = loaded.routeSet;
    if (const FormatErrors errors = set.validate(); !errors.isEmpty()) {
        finding("a read file is invalid by RouteSet::validate()", toStringList(errors));
    }
    // --convert: the set as a route set file, which must load back as the same set.
    const QByteArray converted = RouteSetFormat::toJson(set);
    const LoadResult reloaded = RouteSetFormat::fromJson(converted, set.baseDir);
    if (!reloaded.ok()) {
        finding("a converted file does not load back", reloaded.errorStrings(), converted);
    }
    if (RouteSetFormat::toJson(reloaded.routeSet) != converted) {
        finding("a converted file loads back as another set", {}, converted);
    }
    return 0;
}

} // namespace MockBench::FuzzImport
