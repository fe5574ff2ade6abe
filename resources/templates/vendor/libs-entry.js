// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The entry of the small libraries' bundle (cmake/VendorBundles.cmake), as the global __mbLibs:
//   dateFns     the whole date-fns namespace (format, parse, parseISO, isValid, add*, sub*,
//               differenceIn*, startOf*, ...), English formatting (its default locale)
//   JSONPath    jsonpath-plus's JSONPath function (its browser build: no node `vm`)
//   objectPath  object-path (get, set, has, del, ...)
//   jmespath    @jmespath-community/jmespath (search, compile, ...), Mockoon's jmesPath helper
//   versions    the bundled packages' versions, by package name
import * as dateFns from 'date-fns';
import { JSONPath } from 'jsonpath-plus';
import objectPath from 'object-path';
import * as jmespath from '@jmespath-community/jmespath';

globalThis.__mbLibs = {
    dateFns: dateFns,
    JSONPath: JSONPath,
    objectPath: objectPath,
    jmespath: jmespath,
    // __MB_VERSIONS__: the installed packages' versions, defined by bundle.mjs.
    versions: {
        '@jmespath-community/jmespath': __MB_VERSIONS__['@jmespath-community/jmespath'],
        'date-fns': __MB_VERSIONS__['date-fns'],
        'jsonpath-plus': __MB_VERSIONS__['jsonpath-plus'],
        'object-path': __MB_VERSIONS__['object-path'],
    },
};
