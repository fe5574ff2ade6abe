// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Import.h"

#include "HarReader.h"
#include "MockoonReader.h"
#include "OpenApiReader.h"
#include "PostmanReader.h"
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

    ForeignFormat har;
    har.name = u"HAR file"_s;
    har.expected = u"a HAR 1.2 file (a JSON object with \"log\": {\"entries\": [...]})"_s;
    har.detect = &HarReader::detect;
    har.read = &HarReader::read;
    AnyFormat::registerFormat(har);

    ForeignFormat postman;
    postman.name = u"Postman collection"_s;
    postman.expected = u"a Postman collection v2.0/v2.1 (a JSON object with info.schema and "
                       "\"item\")"_s;
    postman.detect = &PostmanReader::detect;
    postman.read = &PostmanReader::read;
    AnyFormat::registerFormat(postman);
}

} // namespace MockBench::Import
