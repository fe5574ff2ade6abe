// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the "mockoon" dialect's table (tests/data/templates/mockoon.json) in node, through the
// same scripts the renderer loads (handlebars.js, the vendor bundles, hbs-runtime.js,
// mockoon.js), each row in a fresh context: a quick loop while editing mockoon.js.
//   TZ=UTC node run-node.js BUNDLE_DIR [TABLE] [NAME_PART]
// BUNDLE_DIR holds faker.js and libs.js as the build makes them (BUILD/templates). The clock,
// seed and state are the row's; env.random() is a generator of this script's own (rows whose
// value depends on it are shapes). DUMP=FILE writes every row's output there.
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
function mulberry(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
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
  const rnd = mulberry(row.seed == null ? 12345 : row.seed);
  const native = {
    nowMs: () => Date.parse(row.now || '2026-12-01T12:16:34Z'),
    random: rnd,
    zoneOffset: () => 0,
    stateData: n => (n in st.data) ? JSON.stringify(st.data[n]) : '',
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
    ctx.__mbHbs.start('mockoon', native);
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
