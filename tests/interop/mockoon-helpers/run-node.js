// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the "mockoon" dialect's table (tests/data/templates/mockoon.json) in node, through the
// same scripts the renderer loads (handlebars.js, the vendor bundles, hbs-runtime.js,
// mockoon.js), each row in a fresh context: a quick loop while editing mockoon.js.
//   TZ=UTC node run-node.js BUNDLE_DIR [TABLE] [NAME_PART]
// BUNDLE_DIR holds faker.js and libs.js as the build makes them (BUILD/templates). The clock,
// seed and state are the row's; env.random() is the renderer's seeded generator (QRandomGenerator)
// but Array.prototype.sort is V8's, so someOf's order may differ from QJSEngine's. DUMP=FILE
// writes every row's output there. Rows marked "skip" (for QJSEngine) run here too.
'use strict';
const fs = require('fs'), path = require('path'), vm = require('vm');
const here = __dirname;
const T = path.join(here, '..', '..', '..', 'resources', 'templates') + '/';
const bundles = process.argv[2];
if (!bundles) { console.error('usage: TZ=UTC node run-node.js BUNDLE_DIR [TABLE] [NAME_PART]'); process.exit(2); }
const srcs = ['/usr/share/javascript/handlebars/handlebars.js', path.join(bundles, 'libs.js'), path.join(bundles, 'faker.js'), T + 'hbs-runtime.js', T + 'mockoon.js']
  .map(f => new vm.Script(fs.readFileSync(f, 'utf8'), { filename: f }));
const table = JSON.parse(fs.readFileSync(process.argv[3] || path.join(here, '..', '..', 'data', 'templates', 'mockoon.json'), 'utf8'));
const only = process.argv[4];
// env.random() as the renderer gives it: QRandomGenerator(seed).generateDouble(), i.e.
// std::mt19937 seeded through std::seed_seq{seed}, 53 bits of two draws (low word first).
function seededRandom(seed) {
  const N = 624;
  const b = new Array(N).fill(0x8b8b8b8b);
  const T = x => (x ^ (x >>> 27)) >>> 0;
  const t = 11, p = (N - t) >> 1, q = p + t;
  for (let k = 0; k < N; k++) { // seed_seq::generate, first pass (one seed word, m = n)
    const r1 = Math.imul(1664525, T((b[k % N] ^ b[(k + p) % N] ^ b[(k + N - 1) % N]) >>> 0)) >>> 0;
    const r2 = (r1 + (k === 0 ? 1 : k === 1 ? 1 + (seed >>> 0) : k)) >>> 0;
    b[(k + p) % N] = (b[(k + p) % N] + r1) >>> 0;
    b[(k + q) % N] = (b[(k + q) % N] + r2) >>> 0;
    b[k % N] = r2;
  }
  for (let k = N; k < 2 * N; k++) { // second pass
    const r3 = Math.imul(1566083941, T((b[k % N] + b[(k + p) % N] + b[(k + N - 1) % N]) >>> 0)) >>> 0;
    const r4 = (r3 - (k % N)) >>> 0;
    b[(k + p) % N] = (b[(k + p) % N] ^ r3) >>> 0;
    b[(k + q) % N] = (b[(k + q) % N] ^ r4) >>> 0;
    b[k % N] = r4;
  }
  const mt = b;
  if ((mt[0] & 0x80000000) === 0 && mt.every((x, i) => i === 0 || x === 0)) mt[0] = 0x80000000;
  let i = N;
  function word() {
    if (i >= N) {
      for (let k = 0; k < N; k++) {
        const y = ((mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff)) >>> 0;
        mt[k] = (mt[(k + 397) % N] ^ (y >>> 1) ^ ((y & 1) ? 0x9908b0df : 0)) >>> 0;
      }
      i = 0;
    }
    let y = mt[i++];
    y = (y ^ (y >>> 11)) >>> 0;
    y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0;
    y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
    return (y ^ (y >>> 18)) >>> 0;
  }
  return function () {
    const lo = word(), hi = word();
    // (hi:lo >> 11) / 2^53 without BigInt: the top 53 bits are hi's 32 and lo's top 21
    return (hi * 2097152 + (lo >>> 11)) / 9007199254740992;
  };
}
function params(route, path) {
  if (!route) return {};
  const names = [];
  const re = new RegExp('^' + route.replace(/\{\*(\w+)\}|\{(\w+)(?::([^}]*))?\}|[.*+?^$()|[\]\\]/g, (m, rest, n, rx) => {
    if (rest) { names.push(rest); return '(.*)'; }
    if (n) { names.push(n); return rx === 'int' ? '(-?\\d+)' : rx ? '(' + rx + ')' : '([^/]+)'; }
    return '\\' + m; }) + '$');
  const m = re.exec(path); const o = {};
  if (m) names.forEach((n, i) => { o[n] = decodeURIComponent(m[i + 1]); });
  return o;
}
let pass = 0, fail = 0;
const out = [];
for (const row of table) {
  if (only && !row.name.includes(only)) continue;
  const ctx = { console };
  vm.createContext(ctx);
  for (const s of srcs) s.runInContext(ctx);
  const st = JSON.parse(JSON.stringify(row.state || {}));
  st.data = st.data || {}; st.globals = st.globals || {};
  const rnd = seededRandom(row.seed == null ? 12345 : row.seed);
  const native = {
    nowMs: () => Date.parse(row.now || '2026-12-01T12:16:34Z'),
    random: rnd,
    zoneOffset: () => 0,
    stateData: n => (n in st.data) ? JSON.stringify(st.data[n]) : '',
    stateDataNames: () => JSON.stringify(Object.keys(st.data)),
    setStatus: () => {},
    hostName: () => 'localhost',
    setStateData: (n, t) => { st.data[n] = JSON.parse(t); },
    globalVar: n => (n in st.globals) ? JSON.stringify(st.globals[n]) : '',
    setGlobalVar: (n, t) => { st.globals[n] = JSON.parse(t); },
    faker: () => { const f = ctx.__mbFakerModule.faker; if (row.seed != null) f.seed(row.seed); return f; },
  };
  const r = Object.assign({ method: 'GET', target: '/', headers: [], body: '' }, row.request || {});
  if (!r.headers.some(h => h[0].toLowerCase() === 'host')) r.headers = [['Host', 'localhost:3000']].concat(r.headers);
  const q = r.target.indexOf('?');
  const rawPath = q < 0 ? r.target : r.target.slice(0, q);
  const qs = q < 0 ? '' : r.target.slice(q + 1);
  const host = r.headers.find(h => h[0].toLowerCase() === 'host')[1];
  const req = { method: r.method, target: r.target, path: decodeURIComponent(rawPath), queryString: qs,
    query: qs ? qs.split('&').map(p => { const i = p.indexOf('='); return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)]; }) : [],
    headers: r.headers, body: r.body, params: params(row.route, rawPath), ip: '127.0.0.1', host, hostname: host.replace(/:\d+$/, ''),
    port: 3000, protocol: 'http', baseUrl: 'http://' + host };
  let got, err = null;
  try {
    const env = ctx.__mbHbs.start('mockoon', native);
    // the stores' names as the renderer is asked to give them (rows marked skip need it)
    if (!env.state.dataNames) env.state.dataNames = () => Object.keys(st.data);
    got = ctx.__mbHbs.render(1, row.template, req);
  } catch (e) { err = String(e && e.message || e); }
  let ok;
  if ('expectError' in row) ok = err !== null && err.includes(row.expectError);
  else if ('expectRegex' in row) ok = err === null && new RegExp('^(?:' + row.expectRegex + ')$', 's').test(got);
  else ok = err === null && got === row.expect;
  if (ok && row.stateAfter) {
    for (const k of ['data', 'globals']) for (const n of Object.keys(row.stateAfter[k] || {}))
      if (JSON.stringify(st[k][n]) !== JSON.stringify(row.stateAfter[k][n])) { ok = false; err = (err || '') + ` state ${k}.${n}=${JSON.stringify(st[k][n])}`; }
  }
  if (ok) pass++; else { fail++; console.log('FAIL', row.name, '\n  got:', JSON.stringify(got), err ? 'err: ' + err : '', '\n  want:', JSON.stringify(row.expect !== undefined ? row.expect : row.expectRegex !== undefined ? 're:' + row.expectRegex : 'err:' + row.expectError)); }
  out.push({ name: row.name, got, err });
}
console.log(`${pass} passed, ${fail} failed`);
process.exitCode = fail ? 1 : 0;
if (process.env.DUMP) fs.writeFileSync(process.env.DUMP, JSON.stringify(out, null, 1));
