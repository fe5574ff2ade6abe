// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Import.h"

#include "MockoonReader.h"
#include "format/AnyFormat.h"

using namespace Qt::StringLiterals;

namespace MockBench::Import {

void registerFormats()
{
    ForeignFormat mockoon;
    mockoon.name = u"Mockoon environment"_s;
    mockoon.expected =
        u"a Mockoon environment (a JSON object with \"lastMigration\" and \"routes\")"_s;
    mockoon.detect = &MockoonReader::detect;
    mockoon.read = &MockoonReader::read;
    AnyFormat::registerFormat(mockoon);
}

} // namespace MockBench::Import
