// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The entry of the small libraries' bundle (cmake/VendorBundles.cmake), as the global __mbLibs:
//   dateFns     the whole date-fns namespace (format, parse, parseISO, isValid, add*, sub*,
//               differenceIn*, startOf*, ...), English formatting (its default locale)
//   JSONPath    jsonpath-plus's JSONPath function (its browser build: no node `vm`)
//   objectPath  object-path (get, set, has, del, ...)
//   versions    the bundled packages' versions, by package name
import * as dateFns from 'date-fns';
import { JSONPath } from 'jsonpath-plus';
import objectPath from 'object-path';
import { version as dateFnsVersion } from 'date-fns/package.json';
import { version as jsonPathVersion } from 'jsonpath-plus/package.json';
import { version as objectPathVersion } from 'object-path/package.json';

globalThis.__mbLibs = {
    dateFns: dateFns,
    JSONPath: JSONPath,
    objectPath: objectPath,
    versions: {
        'date-fns': dateFnsVersion,
        'jsonpath-plus': jsonPathVersion,
        'object-path': objectPathVersion,
    },
};
