// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz harness of the Mockoon reader (MockoonReader::read, what AnyFormat runs for a file it
// finds to be a Mockoon environment: headless, --validate, --convert, the window's Open, the
// admin API's PUT routes). An input is an environment. Besides what the sanitizers catch, a
// finding (abort) is: an error or a report line without text; a read that succeeds though
// RouteSet::validate() finds errors; a converted set (RouteSetFormat::toJson, as --convert
// writes it) that does not load back, or loads back as another set; AnyFormat detecting a
// Mockoon environment and answering other than the reader does. No path is given, so nothing
// beside the input is read (file bodies are checked as written, relative to the working folder).
// Data buckets with {{ are rendered by the Mockoon dialect (QJSEngine), which is slow: about a
// hundred such inputs a second.
#include "Import.h"
#include "MockoonReader.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace MockBench;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void finding(
    const char *what, const QStringList &lines = {}, const QByteArray &document = {})
{
    std::fprintf(stderr, "fuzz_mockoon: %s\n", what);
    for (const QString &line : lines) {
        std::fprintf(stderr, "  %s\n", qPrintable(line));
    }
    if (!document.isEmpty()) {
        std::fprintf(stderr, "document:\n%s\n", document.constData());
    }
    std::abort();
}

void setUp()
{
    // QJSEngine wants an application object; made once, kept to the end.
    static int argc = 1;
    static char name[] = "fuzz_mockoon";
    static char *argv[] = { name, nullptr };
    static const std::unique_ptr<QCoreApplication> app =
        std::make_unique<QCoreApplication>(argc, argv);
    Import::registerFormats();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = (setUp(), true);
    Q_UNUSED(ready)
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));

    const LoadResult loaded = Import::MockoonReader::read(content, QString());
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

    // The format detection: a document AnyFormat takes as a Mockoon environment is read by the
    // same reader, with the same outcome.
    const QJsonDocument doc = QJsonDocument::fromJson(content);
    if (doc.isObject() && !doc.object().contains(u"version"_s)
        && Import::MockoonReader::detect(doc.object())) {
        const LoadResult any = AnyFormat::fromBytes(content, QString());
        if (any.format != u"Mockoon environment"_s) {
            finding("AnyFormat does not take a detected Mockoon environment as one");
        }
        if (any.errorStrings() != loaded.errorStrings()) {
            finding("AnyFormat's errors differ from the reader's",
                any.errorStrings() + QStringList { u"--"_s } + loaded.errorStrings());
        }
        if (any.ok() && any.routeSet.routes.size() != loaded.routeSet.routes.size()) {
            finding("AnyFormat's route set differs from the reader's");
        }
    }

    if (!loaded.ok()) {
        return 0;
    }
    const RouteSet &set = loaded.routeSet;
    if (const FormatErrors errors = set.validate(); !errors.isEmpty()) {
        finding("a read environment is invalid by RouteSet::validate()", toStringList(errors));
    }
    // --convert: the set as a route set file, which must load back as the same set.
    const QByteArray converted = RouteSetFormat::toJson(set);
    const LoadResult reloaded = RouteSetFormat::fromJson(converted, set.baseDir);
    if (!reloaded.ok()) {
        finding("a converted environment does not load back", reloaded.errorStrings(), converted);
    }
    if (RouteSetFormat::toJson(reloaded.routeSet) != converted) {
        finding("a converted environment loads back as another set", {}, converted);
    }
    return 0;
}
