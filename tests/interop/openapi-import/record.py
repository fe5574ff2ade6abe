#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records the routes Mockoon CLI's OpenAPI import makes for each 2.0 and 3.0 document of
tests/data/openapi (see README.md beside this script).

usage: record.py [--mockoon DIR] [--out DIR] DOCUMENT...

For each DOCUMENT, runs `npx mockoon-cli import --input DOCUMENT --output ENV.json` in DIR
(default /tmp/mockoon, where @mockoon/cli is installed) and writes OUT/<name>.json:
{"document": <path relative to tests/data/openapi>, "mockoon": <cli version>,
 "endpointPrefix": ..., "routes": [{"method": "GET", "endpoint": "pets/:petId"}, ...]}
<name> is the document's path relative to tests/data/openapi with "/" as "__" (extension kept).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..', 'data', 'openapi'))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--mockoon', default='/tmp/mockoon')
    parser.add_argument('--out', default=os.path.join(DATA, 'mockoon-routes'))
    parser.add_argument('documents', nargs='+')
    args = parser.parse_args()
    with open(os.path.join(args.mockoon, 'node_modules', '@mockoon', 'cli', 'package.json')) as f:
        version = json.load(f)['version']
    os.makedirs(args.out, exist_ok=True)
    failed = 0
    for document in args.documents:
        path = os.path.abspath(document)
        relative = os.path.relpath(path, DATA)
        with tempfile.TemporaryDirectory() as tmp:
            env_path = os.path.join(tmp, 'env.json')
            run = subprocess.run(
                ['npx', 'mockoon-cli', 'import', '--input', path, '--output', env_path],
                cwd=args.mockoon, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                timeout=300)
            if run.returncode != 0 or not os.path.exists(env_path):
                print(f'{relative}: mockoon-cli failed: {run.stderr.strip() or run.stdout.strip()}',
                      file=sys.stderr)
                failed += 1
                continue
            with open(env_path) as f:
                env = json.load(f)
        routes = [{'method': r.get('method', '').upper(), 'endpoint': r.get('endpoint', '')}
                  for r in env.get('routes', [])]
        out = {'document': relative, 'mockoon': version,
               'endpointPrefix': env.get('endpointPrefix', ''), 'routes': routes}
        name = relative.replace(os.sep, '__') + '.json'
        with open(os.path.join(args.out, name), 'w') as f:
            json.dump(out, f, indent=2)
            f.write('\n')
        print(f'{relative}: {len(routes)} routes')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
