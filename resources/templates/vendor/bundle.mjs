// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bundles one vendor entry for QJSEngine 6.4 (run by cmake/VendorBundles.cmake at build time):
//   node bundle.mjs ESBUILD ENTRY NODE_MODULES POLYFILLS OUT
// 1. esbuild bundles ENTRY (packages from NODE_MODULES) to one minified ES2016 IIFE, where
//    __MB_VERSIONS__ is an object of the installed packages' versions by name (not every
//    package exports its package.json to read it from);
// 2. BigInt literals (`0n`), which esbuild cannot lower and QJSEngine cannot parse, become
//    `BigInt(0)` calls: only faker.number.bigInt has them, and QJSEngine has no BigInt, so that
//    one call throws "BigInt is not defined" instead of the whole file failing to parse;
// 3. regexes lose a `u` flag they do not need: QJSEngine 6.4 runs a `u` regex as if anchored at
//    the start (/a/u.test('ba') is false), which breaks jsonpath-plus. esbuild writes every regex
//    literal with a `u` or `y` flag as `new RegExp("...", "flags")`, so they are found exactly; a
//    pattern without \u{...}, \p{...} or a character beyond U+FFFF matches the same without it
//    (but for `.` and [^...] on astral characters, one code unit instead of two). One that needs
//    the flag fails the build, naming it, and so does one QJSEngine cannot compile at all
//    (look-behind, named groups, the s flag: esbuild writes those as `new RegExp` too);
// 4. checks that esbuild finds nothing newer than ES2016 left (and that step 2 changed exactly
//    the literals esbuild named, no look-alike inside a string);
// 5. writes the packages' names, versions and licences, POLYFILLS and the bundle to OUT.
// Any failure exits non-zero naming the step and the file, and OUT is left as it was.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [esbuild, entry, nodeModules, polyfills, out] = process.argv.slice(2);
if (!out) {
    console.error('usage: node bundle.mjs ESBUILD ENTRY NODE_MODULES POLYFILLS OUT');
    process.exit(2);
}

function fail(message) {
    console.error(`bundle.mjs: ${basename(out)}: ${message}`);
    process.exit(1);
}

function run(args, input) {
    const result = spawnSync(esbuild, args, {
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_PATH: nodeModules },
    });
    if (result.error) {
        fail(`cannot run ${esbuild}: ${result.error.message}`);
    }
    return result;
}

// The version of every package the lock file (copied beside NODE_MODULES) names, as installed.
const lock = JSON.parse(readFileSync(join(nodeModules, '..', 'package-lock.json'), 'utf8'));
const versions = {};
for (const key of Object.keys(lock.packages || {})) {
    if (key.startsWith('node_modules/')) {
        const name = key.slice('node_modules/'.length);
        const info = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8'));
        versions[name] = info.version;
    }
}

const target = '--target=es2016';
const metafile = `${out}.meta.json`;
const bundleFile = `${out}.esbuild.js`;
const bundled = run([entry, `--outfile=${bundleFile}`, `--metafile=${metafile}`, '--bundle',
    '--format=iife', '--platform=browser', target, '--minify', '--legal-comments=none',
    '--charset=ascii', '--supported:bigint=true',
    '--supported:regexp-sticky-and-unicode-flags=false',
    `--define:__MB_VERSIONS__=${JSON.stringify(versions)}`, '--log-level=warning']);
if (bundled.status !== 0) {
    fail(`esbuild could not bundle ${entry}:\n${bundled.stderr}`);
}
let code = readFileSync(bundleFile, 'utf8');
unlinkSync(bundleFile);

// The packages the bundle holds (from esbuild's list of its inputs), each with its licence text,
// as the comment that opens OUT: the MIT licence asks for its notice in every copy.
function bundledPackages() {
    const inputs = Object.keys(JSON.parse(readFileSync(metafile, 'utf8')).inputs);
    unlinkSync(metafile);
    const names = new Set();
    for (const input of inputs) {
        const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
        if (match) {
            names.add(match[1]);
        }
    }
    return [...names].sort().map((name) => {
        const folder = join(nodeModules, name);
        const info = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
        const licenceFile = readdirSync(folder).find((file) => /^licen[cs]e/i.test(file));
        if (!licenceFile) {
            fail(`the package ${name} has no LICENSE file`);
        }
        const text = readFileSync(join(folder, licenceFile), 'utf8').trim().replace(/\*\//g, '* /');
        return `${name} ${info.version} (${info.license})\n\n${text}`;
    });
}
const packages = bundledPackages();

// What esbuild says of the bundle as ES2016 without the BigInt override: only BigInt errors.
function newerSyntax(text) {
    const check = run(['--loader=js', target, '--log-limit=0', '--log-level=error'], text);
    return check.status === 0
        ? []
        : check.stderr.split('\n').filter((line) => line.includes('[ERROR]'));
}
const errors = newerSyntax(code);
const bigintErrors = errors.filter((line) => line.includes('Big integer literals'));
if (bigintErrors.length !== errors.length) {
    fail(`esbuild left syntax newer than ES2016:\n${errors.join('\n')}`);
}

let lowered = 0;
code = code.replace(/(?<![\w$.])(\d+)n(?![\w$])/g, (literal, digits) => {
    ++lowered;
    return `BigInt(${digits})`;
});
if (lowered !== bigintErrors.length) {
    fail(`esbuild named ${bigintErrors.length} BigInt literals, ${lowered} were replaced`);
}
// A string literal as esbuild writes one: "...", '...' or `...` without ${}.
const literals = [/"(?:[^"\\\n]|\\.)*"/, /'(?:[^'\\\n]|\\.)*'/, /`(?:[^`\\$]|\\.|\$(?!\{))*`/];
const stringLiteral = `(${literals.map((literal) => literal.source).join('|')})`;
code = code.replace(new RegExp(`new RegExp\\(${stringLiteral}(?:,${stringLiteral})?\\)`, 'g'),
    (call, source, flagsLiteral) => {
        const flags = flagsLiteral ? flagsLiteral.slice(1, -1) : '';
        const pattern = new Function(`return ${source};`)();
        // What QJSEngine 6.4's RegExp refuses (ES2018 and later): the library's code that makes
        // it would throw "Invalid regular expression" when it runs.
        if (/\(\?<[=!]|\(\?<[A-Za-z_$]|\\k</.test(pattern) || /[sdv]/.test(flags)) {
            fail(`the regex /${pattern}/${flags} uses syntax QJSEngine 6.4 cannot compile `
                + '(look-behind, named groups, the s, d or v flag)');
        }
        if (!flags.includes('u')) {
            return call;
        }
        if (/\\[upP]\{|[\ud800-\udfff]/.test(pattern)) {
            fail(`the regex /${pattern}/${flags} needs its u flag, which QJSEngine 6.4 mishandles`);
        }
        return `new RegExp(${source},"${flags.replace('u', '')}")`;
    });
// Any call whose last argument is flags with a u: a regex the rewrite above did not see.
const unicodeLeft = code.match(/.{0,60},\s*([`'"])[dgimsy]*u[dgimsy]*\1\)/);
if (unicodeLeft) {
    fail(`a regex with the u flag is left: ${unicodeLeft[0]}`);
}

const header = `/*! ${basename(out)}: built by MockBench's cmake/VendorBundles.cmake from `
    + `${basename(entry)} and ${basename(polyfills)}, with these npm packages:\n\n`
    + `${packages.join('\n\n----\n\n')}\n*/\n`;
const whole = header + readFileSync(polyfills, 'utf8') + code;
const left = newerSyntax(whole);
if (left.length) {
    fail(`syntax newer than ES2016 after lowering BigInt literals:\n${left.join('\n')}`);
}
writeFileSync(`${out}.tmp`, whole);
renameSync(`${out}.tmp`, out);
