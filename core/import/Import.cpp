// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Import.h"

#include "MockoonReader.h"
#include "format/AnyFormat.h"

using namespace Qt::StringLiterals;

namespace MockBench::Import {

void registerFormats()
{
    AnyFormat::registerFormat({ u"Mockoon environment"_s,
        u"a Mockoon environment (a JSON object with \"lastMigration\" and \"routes\")"_s,
        &MockoonReader::detect, &MockoonReader::read });
}

} // namespace MockBench::Import
