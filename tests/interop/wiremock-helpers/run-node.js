// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the "wiremock" dialect's table in node, through the same scripts the renderer loads
// (handlebars.js, hbs-runtime.js, wiremock.js): node run-node.js [table.json] [name filter].
// The clock and seed as tst_templatedialects sets them; the generator is QRandomGenerator's
// (std::mt19937 seeded through std::seed_seq), so seeded rows give the renderer's values.
function qtRandom(seed) {
    const n = 624, v = [seed >>> 0], s = 1, t = 11, p = (n - t) >> 1, q = p + t, m = Math.max(s + 1, n);
    const b = new Array(n).fill(0x8b8b8b8b);
    const T = (x) => (x ^ (x >>> 27)) >>> 0;
    for (let k = 0; k < m; k++) {
        const r1 = Math.imul(1664525, T(b[k % n] ^ b[(k + p) % n] ^ b[(k - 1 + n) % n])) >>> 0;
        const r2 = (r1 + (k === 0 ? s : (k <= s ? (k % n) + v[k - 1] : k % n))) >>> 0;
        b[(k + p) % n] = (b[(k + p) % n] + r1) >>> 0;
        b[(k + q) % n] = (b[(k + q) % n] + r2) >>> 0;
        b[k % n] = r2;
    }
    for (let k = m; k < m + n; k++) {
        const r3 = Math.imul(1566083941, T((b[k % n] + b[(k + p) % n] + b[(k - 1 + n) % n]) >>> 0)) >>> 0;
        const r4 = (r3 - (k % n)) >>> 0;
        b[(k + p) % n] = (b[(k + p) % n] ^ r3) >>> 0;
        b[(k + q) % n] = (b[(k + q) % n] ^ r4) >>> 0;
        b[k % n] = r4;
    }
    const mt = b.slice();
    if ((mt[0] & 0x80000000) === 0 && mt.slice(1).every((x) => x === 0)) mt[0] = 0x80000000;
    let i = n;
    function next() {
        if (i >= n) {
            for (let k = 0; k < n; k++) {
                const y = (mt[k] & 0x80000000) | (mt[(k + 1) % n] & 0x7fffffff);
                mt[k] = (mt[(k + 397) % n] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
            }
            i = 0;
        }
        let y = mt[i++];
        y ^= y >>> 11; y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0; y = (y ^ ((y << 15) & 0xefc60000)) >>> 0; y ^= y >>> 18;
        return y >>> 0;
    }
    return function generateDouble() {
        const lo = next(), hi = next();
        const x = (BigInt(hi) << 32n | BigInt(lo)) >> 11n;
        return Number(x) / 9007199254740992;
    };
}
const fs = require('fs'), vm = require('vm'), path = require('path');
const root = path.resolve(__dirname, '../../..');
const table = process.argv[2] || root + '/tests/data/templates/wiremock.json';
const only = process.argv[3] || '';
function load(ctx, file) { vm.runInContext(fs.readFileSync(file, 'utf8'), ctx, { filename: file }); }
const ctx = vm.createContext({ console });
ctx.globalThis = ctx;
load(ctx, '/usr/share/javascript/handlebars/handlebars.js');
load(ctx, root + '/resources/templates/hbs-runtime.js');
load(ctx, root + '/resources/templates/wiremock.js');
let clock = 0, random = qtRandom(1);
function zoneOffset(zone, ms) {
    try {
        const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
        const p = f.formatToParts(new Date(ms)).find(x => x.type === 'timeZoneName').value; // GMT+01:00
        const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(p);
        return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    } catch (e) { return NaN; }
}
const native = { nowMs: () => clock, random: () => random(), zoneOffset, faker: () => null,
    stateData: () => '', stateDataNames: () => '[]', setStateData() {}, globalVar: () => '',
    setGlobalVar() {}, setStatus() {}, hostName: () => 'localhost' };
const api = ctx.__mbHbs;
api.start('wiremock', native);
function matchRoute(route, path) {
    if (!route) return {};
    const names = [];
    const re = new RegExp('^' + route.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (a, n) => { names.push(n); return '([^/]+)'; }) + '$');
    const m = re.exec(path);
    if (!m) return null;
    const p = {}; names.forEach((n, i) => p[n] = m[i + 1]); return p;
}
function request(row) {
    const rq = row.request || {};
    const target = rq.target || '/';
    const qi = target.indexOf('?');
    const rawPath = qi < 0 ? target : target.slice(0, qi);
    const qs = qi < 0 ? '' : target.slice(qi + 1);
    let path; try { path = decodeURIComponent(rawPath); } catch (e) { path = rawPath; }
    const headers = rq.headers || [];
    const hostH = (headers.find(h => h[0].toLowerCase() === 'host') || [])[1] || '';
    const params = matchRoute(row.route, path);
    return { method: rq.method || 'GET', target, path, queryString: qs,
        query: qs ? qs.split('&').map(p => { const i = p.indexOf('='); return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)]; }) : [],
        headers, body: rq.body || '', params: params || {}, ip: '127.0.0.1', host: hostH,
        hostname: hostH.replace(/:\d+$/, ''), port: 8080, protocol: 'http', baseUrl: 'http://' + (hostH || '127.0.0.1:8080') };
}
const rows = JSON.parse(fs.readFileSync(table, 'utf8'));
let pass = 0, fail = 0, id = 0;
for (const row of rows) {
    if (row.skip || (only && row.name.indexOf(only) < 0)) continue;
    clock = Date.parse(row.now || '2026-12-01T12:16:34Z');
    if (row.seed !== undefined) random = qtRandom(row.seed);
    let outText, err = null;
    try { outText = api.render('r' + (id++), row.template, request(row)); } catch (e) { err = String(e.message || e); }
    let ok;
    if (row.expectError !== undefined) ok = err !== null && err.indexOf(row.expectError) >= 0;
    else if (err !== null) ok = false;
    else if (row.expectRegex !== undefined) ok = new RegExp('^(?:' + row.expectRegex + ')$').test(outText);
    else ok = outText === row.expect;
    if (ok) pass++; else { fail++; console.log('FAIL', JSON.stringify(row.name), '\n   want', JSON.stringify(row.expect !== undefined ? row.expect : row.expectRegex !== undefined ? '/' + row.expectRegex + '/' : 'error ' + row.expectError), '\n   got ', err !== null ? 'ERROR ' + JSON.stringify(err) : JSON.stringify(outText)); }
}
console.log(`${pass} passed, ${fail} failed`);
