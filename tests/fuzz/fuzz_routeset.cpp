// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz harness of the route-set loader (RouteSetFormat::fromJson, what RouteSet::fromFile and
// every other load run). An input is a route-set document. Besides what the sanitizers catch, a
// finding (abort) is: a failed load that reports no error or keeps routes; a load that succeeds
// though RouteSet::validate() finds errors; a loaded set that, saved, does not load back to the
// same set and the same bytes; a route that does not load back on its own
// (routeToJson -> routeFromJson, as the admin API and the editor's clipboard do). No base
// folder is given, so bodyFile paths are checked as written and no file is read.
#include "format/RouteSetFormat.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MockBench;

namespace {

[[noreturn]] void finding(
    const char *what, const FormatErrors &errors = {}, const QByteArray &document = {})
{
    std::fprintf(stderr, "fuzz_routeset: %s\n", what);
    for (const FormatError &error : errors) {
        std::fprintf(stderr, "  %s\n", qPrintable(error.toString()));
    }
    if (!document.isEmpty()) {
        std::fprintf(stderr, "document:\n%s\n", document.constData());
    }
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = RouteSetFormat::fromJson(json);
    if (!loaded.ok()) {
        for (const FormatError &error : loaded.errors) {
            if (error.message.isEmpty()) {
                finding("an error without a message", loaded.errors);
            }
        }
        if (loaded.routeSet != RouteSet()) {
            finding("a failed load keeps part of the set", loaded.errors);
        }
        return 0;
    }

    const RouteSet &set = loaded.routeSet;
    if (const FormatErrors errors = set.validate(); !errors.isEmpty()) {
        finding("a set that loads is invalid by RouteSet::validate()", errors);
    }

    const QByteArray saved = RouteSetFormat::toJson(set);
    const LoadResult reloaded = RouteSetFormat::fromJson(saved);
    if (!reloaded.ok()) {
        finding("a saved set does not load back", reloaded.errors, saved);
    }
    if (reloaded.routeSet != set) {
        finding("a saved set loads back as another set", {}, saved);
    }
    if (reloaded.sourceVersion != RouteSetFormat::CurrentVersion) {
        finding("a saved set is not in the current format version", {}, saved);
    }
    if (RouteSetFormat::toJson(reloaded.routeSet) != saved) {
        finding("saving a reloaded set gives other bytes", {}, saved);
    }

    for (const Route &route : set.routes) {
        FormatErrors errors;
        const std::optional<Route> alone =
            RouteSetFormat::routeFromJson(RouteSetFormat::routeToJson(route), {}, &errors);
        if (!alone) {
            finding("a route of a valid set does not load on its own", errors);
        }
        if (*alone != route) {
            finding("a route loads back on its own as another route");
        }
    }
    return 0;
}
