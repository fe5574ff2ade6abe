// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Records what node's @faker-js/faker gives under seed 1 for the calls below, into
// faker-node.json beside this script; tst_faker makes the same calls, in the same order, in
// QJSEngine on the bundled faker (:/mockbench/templates/faker.js) and expects the same values.
// Run by hand after a build (which installed the pinned packages into the build dir), whenever
// resources/templates/vendor/package-lock.json changes faker's version:
//   node tests/data/templates/record-faker.mjs BUILD_DIR/vendor/node_modules
// It refuses a faker other than the one package-lock.json pins.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const nodeModules = process.argv[2];
if (!nodeModules) {
    console.error('usage: node record-faker.mjs BUILD_DIR/vendor/node_modules');
    process.exit(2);
}
const lock = JSON.parse(readFileSync(
    join(here, '../../../resources/templates/vendor/package-lock.json'), 'utf8'));
const pinned = lock.packages['node_modules/@faker-js/faker'].version;
const require = createRequire(join(resolve(nodeModules), '..', 'package.json'));
const installed = require('@faker-js/faker/package.json').version;
if (installed !== pinned) {
    console.error(`record-faker.mjs: ${nodeModules} has faker ${installed}, `
        + `package-lock.json pins ${pinned}`);
    process.exit(1);
}
const { faker } = require('@faker-js/faker');

// [path, arguments]: made in this order on one instance, so they also check the random stream.
const calls = [
    ['person.firstName', []],
    ['person.lastName', []],
    ['person.fullName', []],
    ['person.jobTitle', []],
    ['internet.email', []],
    ['internet.url', []],
    ['internet.ipv4', []],
    ['internet.password', [{ length: 12 }]],
    ['location.city', []],
    ['location.streetAddress', []],
    ['location.latitude', []],
    ['company.name', []],
    ['lorem.sentence', []],
    ['number.int', [{ min: 1, max: 1000 }]],
    ['number.float', [{ min: 0, max: 100, fractionDigits: 2 }]],
    ['datatype.boolean', []],
    ['date.past', []],
    ['date.between', [{ from: '2020-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' }]],
    ['string.uuid', []],
    ['string.nanoid', []],
    ['finance.amount', []],
    ['finance.iban', []],
    ['phone.number', []],
    ['commerce.productName', []],
    ['image.avatar', []],
    ['helpers.arrayElements', [['a', 'b', 'c', 'd', 'e'], 2]],
    ['helpers.fake', ['{{person.firstName}} from {{location.city}}']],
    ['internet.jwt', []],
];

const seed = 1;
const refDate = '2026-12-01T12:16:34.000Z';
faker.seed(seed);
faker.setDefaultRefDate(refDate);
const recorded = calls.map(([path, args]) => {
    const [module, method] = path.split('.');
    // JSON's own form of the value (a Date as its ISO string), as tst_faker compares it.
    return { path, args, value: JSON.parse(JSON.stringify(faker[module][method](...args))) };
});

const file = join(here, 'faker-node.json');
writeFileSync(file, `${JSON.stringify({
    recordedWith: `node ${process.version}, @faker-js/faker ${installed}`,
    seed,
    refDate,
    calls: recorded,
}, null, 2)}\n`);
console.log(`wrote ${recorded.length} values to ${file}`);
