// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Import.h"

#include "MockoonReader.h"
#include "OpenApiReader.h"
#include "WireMockReader.h"
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

    ForeignFormat openApi;
    openApi.name = u"OpenAPI document"_s;
    openApi.expected = u"an OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML with \"openapi\" "
                       u"or \"swagger\": \"2.0\")"_s;
    openApi.detect = &OpenApiReader::detect;
    openApi.detectText = &OpenApiReader::detectText;
    openApi.read = &OpenApiReader::read;
    AnyFormat::registerFormat(openApi);

    ForeignFormat wiremock;
    wiremock.name = u"WireMock mappings"_s;
    wiremock.expected = u"WireMock stub mappings (an object with \"request\" and \"response\", "
                        "or \"mappings\"; a folder with mappings/ or __files/)"_s;
    wiremock.detect = &WireMockReader::detect;
    wiremock.detectText = &WireMockReader::detectText;
    wiremock.read = &WireMockReader::read;
    wiremock.detectFolder = &WireMockReader::detectFolder;
    wiremock.readFolder = &WireMockReader::readFolder;
    AnyFormat::registerFormat(wiremock);
}

} // namespace MockBench::Import
