// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz harness of the OpenAPI reader: an input is an OpenAPI 3.x or Swagger 2.0 document, JSON or
// YAML (yaml-cpp); $refs to other files resolve nowhere, as no path is given. The checks are
// ImportHarness.h's.
#include "ImportHarness.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MockBench::FuzzImport::harnessName() = "fuzz_openapi";
    return MockBench::FuzzImport::checkInput(data, size, u"OpenAPI document"_s);
}
