// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz harness of the WireMock reader: an input is a stub mapping or a {"mappings": [...]} file
// (JSON, comments allowed). The checks are ImportHarness.h's.
#include "ImportHarness.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MockBench::FuzzImport::harnessName() = "fuzz_wiremock";
    return MockBench::FuzzImport::checkInput(data, size, u"WireMock mappings"_s);
}
