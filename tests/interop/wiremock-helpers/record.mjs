// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Records the "wiremock" dialect's table (tests/data/templates/wiremock.json) from a real
// WireMock: one stub per row, the row's request sent, the answer written into "expect".
// Run by hand (README.md in this folder); never by ctest.
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import http from 'node:http';

const args = process.argv.slice(2);
function opt(name, def) {
    const i = args.indexOf('--' + name);
    return i >= 0 ? args[i + 1] : def;
}
const port = Number(opt('port', '18089'));
const file = opt('table', new URL('../../data/templates/wiremock.json', import.meta.url).pathname);
const only = opt('only', '');
const probe = opt('probe', '');
const ORIGIN = 'wiremock 3.13.2';

function call(method, path, headers, body) {
    return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path, headers, setHost: false },
            (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode, headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8') }));
            });
        req.on('error', reject);
        if (body) req.write(body);
        req.end();
    });
}

function admin(method, path, json) {
    const body = json === undefined ? '' : JSON.stringify(json);
    return call(method, path, { 'Host': '127.0.0.1:' + port, 'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body) }, body);
}

// One row's answer from WireMock: the stub alone, then the row's request as written.
async function answer(row) {
    const rq = row.request || {};
    const request = { method: rq.method || 'ANY' };
    if (row.route) request.urlPathTemplate = row.route; else request.urlPattern = '.*';
    await admin('POST', '/__admin/mappings/reset');
    const made = await admin('POST', '/__admin/mappings', {
        // Only this stub answers: a row's request may be anything.
        request, response: { status: 200, body: row.template, transformers: ['response-template'] } });
    if (made.status !== 201) throw new Error('stub refused: ' + made.body);
    // A raw socket, so the request carries exactly the row's headers (node's client would add
    // Connection and others, which request.headers shows).
    const heads = (rq.headers || []).slice();
    if (!heads.some((h) => h[0].toLowerCase() === 'host')) heads.unshift(['Host', 'localhost:' + port]);
    const body = Buffer.from(rq.body || '', 'utf8');
    if (body.length && !heads.some((h) => h[0].toLowerCase() === 'content-length'))
        heads.push(['Content-Length', String(body.length)]);
    const head = (rq.method || 'GET') + ' ' + (rq.target || '/') + ' HTTP/1.1\r\n'
        + heads.map((h) => h[0] + ': ' + h[1] + '\r\n').join('') + '\r\n';
    return raw(Buffer.concat([Buffer.from(head, 'utf8'), body]));
}

function raw(bytes) {
    return new Promise((resolve, reject) => {
        const s = net.connect(port, '127.0.0.1');
        let buf = Buffer.alloc(0);
        const done = () => {
            const end = buf.indexOf('\r\n\r\n');
            if (end < 0) return false;
            const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
            const status = Number(lines[0].split(' ')[1]);
            const h = {};
            for (const l of lines.slice(1)) { const i = l.indexOf(':'); h[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim(); }
            let rest = buf.subarray(end + 4);
            if (h['transfer-encoding'] === 'chunked') {
                const parts = [];
                for (;;) {
                    const nl = rest.indexOf('\r\n');
                    if (nl < 0) return false;
                    const n = parseInt(rest.subarray(0, nl).toString(), 16);
                    if (rest.length < nl + 2 + n + 2) return false;
                    if (n === 0) break;
                    parts.push(rest.subarray(nl + 2, nl + 2 + n));
                    rest = rest.subarray(nl + 2 + n + 2);
                }
                rest = Buffer.concat(parts);
            } else if (h['content-length'] !== undefined) {
                if (rest.length < Number(h['content-length'])) return false;
            } else return false;
            s.destroy();
            resolve({ status, headers: h, body: rest.toString('utf8') });
            return true;
        };
        s.on('data', (c) => { buf = Buffer.concat([buf, c]); done(); });
        s.on('end', () => { if (!done()) resolve({ status: 0, headers: {}, body: buf.toString('utf8') }); });
        s.on('error', reject);
        s.write(bytes);
    });
}

if (probe) {
    const row = JSON.parse(probe);
    const a = await answer(row);
    console.log(a.status, JSON.stringify(a.body));
    process.exit(0);
}

const rows = JSON.parse(readFileSync(file, 'utf8'));
let recorded = 0, checked = 0, failed = 0;
for (const row of rows) {
    if ((row.origin !== ORIGIN && row.recordWith === undefined) || (only && row.name.indexOf(only) < 0)) continue;
    // A fixed-clock row: WireMock renders the same instant given through parseDate.
    const a = await answer(row.recordWith === undefined ? row : Object.assign({}, row, { template: row.recordWith }));
    if (row.expectRegex !== undefined) {
        const ok = a.status === 200 && new RegExp('^(?:' + row.expectRegex + ')$').test(a.body);
        checked++;
        if (!ok) { failed++; console.log('SHAPE MISMATCH', row.name, a.status, JSON.stringify(a.body)); }
    } else if (row.expectError !== undefined) {
        // Ours answers 500 naming the error; the row's name says what WireMock does.
        console.log('error row', JSON.stringify(row.name), '->', a.status,
            JSON.stringify(a.body.split('\n')[0].slice(0, 160)));
    } else {
        if (a.status !== 200) {
            // Not an answer to record: the row wants expectError (or another template).
            console.log('status', a.status, 'for', row.name, JSON.stringify(a.body.split('\n')[0].slice(0, 160)));
            continue;
        }
        if (row.expect !== a.body) {
            if (row.expect !== undefined) console.log('changed', JSON.stringify(row.name), JSON.stringify(row.expect), '->', JSON.stringify(a.body));
            row.expect = a.body;
        }
        recorded++;
    }
}
writeFileSync(file, '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`recorded ${recorded}, shapes checked ${checked} (${failed} mismatched)`);
