#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hardening benchmark of the headless server (issue 10): greedy and slow clients against one
mockbench process on loopback. Prints figures; asserts nothing (the exit code is 0 unless the
server cannot be started).

    tests/bench/hardening.py [--bin PATH] [slowloris|bodies|pipeline|download|all]

slowloris: 2 000 connections each send one byte of a request head every 3 s, while one normal
           client sends a GET every 20 ms: when the slow ones are cut (the header timeout is
           10 s) and the normal client's latency (p50, p99, max).
bodies:    20 clients each send a 31 MiB body at once: peak RSS of the server, and how many got
           their answer.
pipeline:  one client pipelines 2 000 000 GETs and never reads an answer: peak RSS.
download:  a 1 GiB bodyFile fetched with curl: peak RSS and rate.
Peak RSS is the server's VmHWM from /proc, so each scenario gets a fresh server.
"""
import argparse
import json
import os
import re
import resource
import selectors
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_server(binary, routes, *extra):
    proc = subprocess.Popen([binary, '--headless', routes, '--port', '0', *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    match = re.search(r'http://127\.0\.0\.1:(\d+)', line)
    if not match:
        proc.kill()
        sys.exit('mockbench did not start: ' + line)
    return proc, int(match.group(1))


def memory_mib(proc, key='VmHWM'):
    """The server's peak resident memory (VmHWM), or with key='VmRSS' the current one."""
    with open(f'/proc/{proc.pid}/status') as status:
        for line in status:
            if line.startswith(key + ':'):
                return int(line.split()[1]) / 1024
    return -1


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def write_routes(folder, routes):
    path = os.path.join(folder, 'routes.mockbench.json')
    with open(path, 'w') as out:
        json.dump({'mockbench': 1, 'name': 'hardening', 'routes': routes}, out)
    return path


def get_once(port, path='/ok'):
    """One GET on a new connection; returns (status, seconds)."""
    begin = time.monotonic()
    with socket.create_connection(('127.0.0.1', port), timeout=5) as s:
        s.sendall(f'GET {path} HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n'.encode())
        data = b''
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return int(data[9:12] or 0), time.monotonic() - begin


def slowloris(binary, folder):
    routes = write_routes(folder, [{'id': 'ok', 'method': 'GET', 'path': '/ok',
                                    'responses': [{'status': 200, 'body': 'ok'}]}])
    proc, port = start_server(binary, routes)
    count, interval = 2000, 3.0
    sel = selectors.DefaultSelector()
    opened = {}
    for i in range(count):
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(('127.0.0.1', port))
        opened[s] = i
    time.sleep(0.5)  # connections established
    begin = time.monotonic()
    head = b'GET /ok HTTP/1.1\r\nHost: b\r\nX-Slow: ' + b'a' * 100
    sent = {s: 0 for s in opened}
    first_byte = {}
    closed_at = {}
    answers_408 = 0
    for s in opened:
        sel.register(s, selectors.EVENT_READ)
    latencies = []
    stop_normal = threading.Event()

    def normal_client():
        while not stop_normal.is_set():
            try:
                status, seconds = get_once(port)
                if status == 200:
                    latencies.append(seconds)
            except OSError:
                latencies.append(5.0)
            time.sleep(0.02)

    normal = threading.Thread(target=normal_client)
    normal.start()
    next_send = {s: begin + (opened[s] % 300) * interval / 300 for s in opened}
    while len(closed_at) < count and time.monotonic() - begin < 30:
        now = time.monotonic()
        for s in list(next_send):
            if s in closed_at:
                continue
            if now >= next_send[s] and sent[s] < len(head):
                try:
                    s.send(head[sent[s]:sent[s] + 1])
                    sent[s] += 1
                    first_byte.setdefault(s, now)
                except OSError:
                    pass
                next_send[s] = now + interval
        for key, _ in sel.select(timeout=0.05):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b''
            if data.startswith(b'HTTP/1.1 408'):
                answers_408 += 1
            if not data or b'\r\n\r\n' in data:
                closed_at[s] = time.monotonic() - first_byte.get(s, begin)
                sel.unregister(s)
                s.close()
    stop_normal.set()
    normal.join()
    rss = memory_mib(proc)
    stop(proc)
    times = sorted(closed_at.values())
    lat = sorted(latencies)
    print(f'slowloris: {count} connections, one head byte every {interval:.0f} s, '
          f'--header-timeout 10 s (default)')
    if not times:
        print(f'  cut: none of {count} within {time.monotonic() - begin:.0f} s')
    else:
        print(f'  cut: {len(times)} of {count} ({answers_408} answered 408), after their first '
              f'byte: {times[0]:.2f} s at the earliest, {times[-1]:.2f} s at the latest')
    if lat:
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        print(f'  normal client meanwhile: {len(lat)} GETs, p50 {statistics.median(lat) * 1000:.1f} ms,'
              f' p99 {p99 * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms')
    print(f'  server peak RSS {rss:.0f} MiB')


def bodies(binary, folder):
    routes = write_routes(folder, [{'id': 'sink', 'method': 'POST', 'path': '/sink',
                                    'responses': [{'status': 200, 'body': 'ok'}]}])
    proc, port = start_server(binary, routes)
    size = 31 * 1024 * 1024
    block = b'x' * (1024 * 1024)
    statuses = []

    def client():
        try:
            with socket.create_connection(('127.0.0.1', port), timeout=120) as s:
                s.sendall(f'POST /sink HTTP/1.1\r\nHost: b\r\nContent-Length: {size}\r\n\r\n'.encode())
                for _ in range(size // len(block)):
                    s.sendall(block)
                data = s.recv(4096)
                statuses.append(int(data[9:12] or 0))
        except OSError as error:
            statuses.append(str(error))

    begin = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - begin
    rss = memory_mib(proc)
    stop(proc)
    ok = sum(1 for s in statuses if s == 200)
    print(f'bodies: 20 clients x 31 MiB at once: {ok} of 20 answered 200 in {seconds:.1f} s, '
          f'server peak RSS {rss:.0f} MiB')
    others = [s for s in statuses if s != 200]
    if others:
        print(f'  others: {others}')


def pipeline(binary, folder):
    routes = write_routes(folder, [{'id': 'ok', 'method': 'GET', 'path': '/ok',
                                    'responses': [{'status': 200, 'body': 'ok'}]}])
    proc, port = start_server(binary, routes)
    total = 2_000_000
    request = b'GET /ok HTTP/1.1\r\nHost: b\r\n\r\n'
    batch = request * 10000
    s = socket.create_connection(('127.0.0.1', port))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    s.settimeout(3)
    sent = 0
    begin = time.monotonic()
    try:
        while sent < total:
            s.sendall(batch)
            sent += 10000
    except socket.timeout:
        pass  # the server stopped reading: the send blocked for 3 s
    seconds = time.monotonic() - begin
    rss = memory_mib(proc)
    print(f'pipeline: one client pipelines GETs and never reads: {sent} of {total} requests '
          f'sent before the server stopped reading ({seconds:.1f} s), server peak RSS {rss:.0f} MiB')
    s.close()
    stop(proc)


def download(binary, folder):
    path = os.path.join(folder, 'big.bin')
    with open(path, 'wb') as out:
        chunk = os.urandom(1024 * 1024)
        for _ in range(1024):
            out.write(chunk)
    routes = write_routes(folder, [{'id': 'big', 'method': 'GET', 'path': '/big',
                                    'responses': [{'status': 200, 'bodyFile': 'big.bin'}]}])
    proc, port = start_server(binary, routes)
    base = memory_mib(proc, 'VmRSS')
    out = subprocess.run(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download} %{speed_download} %{time_total}',
                          f'http://127.0.0.1:{port}/big'], capture_output=True, text=True).stdout.split()
    rss = memory_mib(proc)
    stop(proc)
    code, size, speed, seconds = out[0], int(out[1]), float(out[2]), float(out[3])
    print(f'download: 1 GiB bodyFile with curl: status {code}, {size} bytes in {seconds:.2f} s = '
          f'{speed / 1e6:.0f} MB/s; server RSS {base:.0f} MiB before, peak {rss:.0f} MiB')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--bin', default=os.path.join(ROOT, 'build', 'app', 'mockbench'))
    parser.add_argument('what', nargs='?', default='all',
                        choices=['slowloris', 'bodies', 'pipeline', 'download', 'all'])
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    print(f'server: {args.bin}')
    with tempfile.TemporaryDirectory() as folder:
        for name, run in (('slowloris', slowloris), ('bodies', bodies), ('pipeline', pipeline),
                          ('download', download)):
            if args.what in (name, 'all'):
                run(args.bin, folder)


if __name__ == '__main__':
    main()
