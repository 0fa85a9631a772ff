#!/usr/bin/env python3
"""Target 2: single-response POST /api/v1/responses, p99 < 20 ms at 500 requests/s on SQLite.

An open-loop, constant-rate load generator: a scheduler thread releases request k at
t0 + k/rate whatever happened to earlier requests; a pool of worker threads, each with its own
keep-alive HTTP/1.1 connection (raw socket, prebuilt request bytes), sends it. Latency is
measured from the *scheduled* time, so a stalled server shows up as latency instead of quietly
lowering the offered rate (no coordinated omission).

Every POST carries a unique idempotencyKey and a valid body for a demo survey with an NPS
question (every required question filled, optional ones half of the time).

Reference in the same run: the same load against GET /health (no database, no auth), which
measures the HTTP stack plus this Python generator. The ratio p99(POST)/p99(health) tells how
much the ingestion path adds.

Storage ceiling, also in the same run: the system libsqlite3 (Python's sqlite3 module) storing
--commits responses (with their answers) one transaction each, after a warm-up, with cxm's pragmas (WAL, synchronous=FULL), into a copy of the same
database. cxm serialises SQLite writers and commits once per POST, so commits/s of the bare engine
bounds the single-POST rate the server can sustain on this disk.

CPU: on a small machine the generator competes with the server. The script records the CPU
seconds used by the server, by the generator and by everything else on the machine (`other`:
builds or tests of other users, which make a round noisy), and with --pin runs the server on CPU 1 and
the generator on CPU 0 (no competition, but the server gets one core only).

Usage: ingest_load.py --demo-dir DIR [--rate 500] [--duration 20] [--warmup 3] [--repeat 1] [--pin] [--json OUT]
"""

import argparse
import json
import os
import queue
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

P99_TARGET_MS = 20.0


class Conn:
    """A minimal keep-alive HTTP/1.1 client over a raw socket."""

    def __init__(self, port):
        self.port = port
        self.sock = None
        self.buf = b""

    def connect(self):
        self.sock = socket.create_connection((b.HOST, self.port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""

    def close(self):
        if self.sock:
            self.sock.close()
        self.sock = None

    def request(self, raw):
        if self.sock is None:
            self.connect()
        try:
            self.sock.sendall(raw)
            return self._read()
        except (OSError, ConnectionError):
            # One retry on a fresh connection (e.g. the server closed an idle keep-alive).
            self.close()
            self.connect()
            self.sock.sendall(raw)
            return self._read()

    def _read(self):
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buf += chunk
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = 0
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value.strip())
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
            elif name == b"transfer-encoding":
                raise ConnectionError("chunked responses are not supported by this generator")
        while len(rest) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            rest += chunk
        self.buf = rest[length:]
        if close:
            self.close()
        return status, rest[:length]


def raw_request(method, path, token=None, body=None):
    head = [f"{method} {path} HTTP/1.1", f"Host: {b.HOST}"]
    if token:
        head.append(f"Authorization: Bearer {token}")
    if body is not None:
        head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + (body or b"")


def open_loop(port, requests, rate, workers, label):
    """Sends requests[k] at t0 + k/rate; returns per-request (latency_s, service_s, status)."""
    n = len(requests)
    work = queue.SimpleQueue()
    results = [None] * n
    errors = []

    def worker():
        conn = Conn(port)
        while True:
            item = work.get()
            if item is None:
                conn.close()
                return
            k, scheduled = item
            start = time.perf_counter()
            try:
                status, _ = conn.request(requests[k])
            except Exception as e:  # noqa: BLE001 - counted, not fatal
                status = 0
                errors.append(repr(e))
                conn.close()
            end = time.perf_counter()
            results[k] = (end - scheduled, end - start, status)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    interval = 1.0 / rate
    t0 = time.perf_counter() + 0.05
    for k in range(n):
        scheduled = t0 + k * interval
        delay = scheduled - time.perf_counter()
        if delay > 0.0005:
            time.sleep(delay - 0.0003)
        while time.perf_counter() < scheduled:
            pass
        work.put((k, scheduled))
    for _ in threads:
        work.put(None)
    for t in threads:
        t.join(timeout=60)
    wall = time.perf_counter() - t0
    done = [r for r in results if r is not None]
    lat = sorted(r[0] for r in done)
    svc = sorted(r[1] for r in done)
    ok = sum(1 for r in done if 200 <= r[2] < 300)
    statuses = {}
    for r in done:
        statuses[r[2]] = statuses.get(r[2], 0) + 1
    return {
        "label": label,
        "offered_rps": rate,
        "requests": n,
        "completed": len(done),
        "ok": ok,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "errors": errors[:5],
        "achieved_rps": len(done) / wall,
        "wall_s": wall,
        "latency_ms": {p: b.percentile(lat, q) * 1000 for p, q in
                       (("p50", 50), ("p90", 90), ("p99", 99), ("p99.9", 99.9), ("max", 100))},
        "service_ms": {p: b.percentile(svc, q) * 1000 for p, q in (("p50", 50), ("p99", 99))},
    }


def closed_loop(port, make_request, connections, seconds):
    """Capacity probe: `connections` clients sending back to back for `seconds`."""
    stop = time.perf_counter() + seconds
    counts = [0] * connections
    bad = [0] * connections

    def client(i):
        conn = Conn(port)
        while time.perf_counter() < stop:
            status, _ = conn.request(make_request())
            counts[i] += 1
            if not 200 <= status < 300:
                bad[i] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return {"rps": sum(counts) / (time.perf_counter() - t), "non_2xx": sum(bad)}


def phase(server, requests, rate, warmup, workers, label):
    n_warm = int(rate * warmup)
    if n_warm:
        open_loop(server.port, requests[:n_warm], rate, workers, label + " warm-up")
    cpu_server = b.cpu_seconds(server.pid)
    cpu_machine = b.machine_busy_seconds()
    cpu_self = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    res = open_loop(server.port, requests[n_warm:], rate, workers, label)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF)
    res["server_cpu_cores"] = (b.cpu_seconds(server.pid) - cpu_server) / wall
    res["generator_cpu_cores"] = ((after.ru_utime + after.ru_stime) - (cpu_self.ru_utime + cpu_self.ru_stime)) / wall
    # Everything else on the machine (other users' builds and tests, the kernel): noise to report.
    res["other_cpu_cores"] = max(0.0, (b.machine_busy_seconds() - cpu_machine) / wall
                                 - res["server_cpu_cores"] - res["generator_cpu_cores"])
    res["server_rss_mb"] = b.proc_status(server.pid)["VmRSS"]
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True)
    ap.add_argument("--rate", type=float, default=500)
    ap.add_argument("--duration", type=float, default=20)
    ap.add_argument("--warmup", type=float, default=3)
    ap.add_argument("--workers", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=1, help="measured rounds (health then POST) on the same server; p99 is their median")
    ap.add_argument("--pin", action="store_true", help="server on CPU 1, generator on CPU 0")
    ap.add_argument("--capacity", type=float, default=8, help="seconds of closed-loop capacity probe (0: skip)")
    ap.add_argument("--commits", type=int, default=1000, help="timed one-response transactions for the libsqlite3 commit ceiling (0: skip)")
    ap.add_argument("--json")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="cxm-bench-load-")
    server = None
    try:
        data = os.path.join(work, "data")
        os.makedirs(data)
        for name in os.listdir(args.demo_dir):
            if name.startswith("cxm.sqlite"):
                shutil.copy(os.path.join(args.demo_dir, name), data)
        token = b.create_token(data, name="bench-load")
        ceiling = None
        if args.commits > 0:
            ceiling = commit_ceiling(args.demo_dir, work, args.commits)
        cpus = None
        if args.pin:
            if os.cpu_count() < 2:
                sys.exit("--pin needs two CPUs")
            cpus = {1}
            os.sched_setaffinity(0, {0})
        server = b.Server(data, cpus=cpus).start()

        status, body = b.api(server.port, "GET", "/api/v1/surveys", token=token)
        assert status == 200, (status, body[:200])
        surveys = b.surveys_with_nps(json.loads(body)["items"])
        assert surveys, "no demo survey has an nps question"
        rng = b.seeded()
        tag = b.run_key("load")
        n = int(args.rate * (args.duration + args.warmup))
        posts = []
        for k in range(n * args.repeat):
            sub = b.make_submission(rng.choice(surveys), rng, f"{tag}-{k}")
            posts.append(raw_request("POST", "/api/v1/responses", token, json.dumps(sub).encode()))
        health = [raw_request("GET", "/health")] * n

        # Sanity check: one POST must be accepted.
        check = b.make_submission(surveys[0], rng, f"{tag}-check")
        status, body = b.api(server.port, "POST", "/api/v1/responses", token=token, body=check)
        assert status == 201, (status, body[:500])

        refs, post_runs = [], []
        for rep in range(args.repeat):
            b.log(f"  load {rep + 1}/{args.repeat}: GET /health at {args.rate:.0f}/s for {args.duration:.0f} s ...")
            refs.append(phase(server, health, args.rate, args.warmup, args.workers, f"GET /health #{rep + 1}"))
            b.log(f"  load {rep + 1}/{args.repeat}: POST /api/v1/responses at {args.rate:.0f}/s for {args.duration:.0f} s ...")
            post_runs.append(phase(server, posts[rep * n:(rep + 1) * n], args.rate, args.warmup, args.workers,
                                   f"POST /api/v1/responses #{rep + 1}"))

        capacity = {}
        if args.capacity > 0:
            b.log(f"  load: closed-loop capacity probe, {args.capacity:.0f} s each ...")
            capacity["health"] = closed_loop(server.port, lambda: health[0], 8, args.capacity)
            counter = iter(range(10**9))

            def next_post():
                k = next(counter)
                sub = b.make_submission(surveys[k % len(surveys)], rng, f"{tag}-cap-{k}")
                return raw_request("POST", "/api/v1/responses", token, json.dumps(sub).encode())

            capacity["post"] = closed_loop(server.port, next_post, 8, args.capacity)
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)

    result = {
        "benchmark": "ingest_load",
        "pinned": args.pin,
        "rate": args.rate,
        "duration_s": args.duration,
        "workers": args.workers,
        "repeat": args.repeat,
        "health": refs,
        "post": post_runs,
        "capacity": capacity,
        "sqlite3_commit_ceiling": ceiling,
        "p99_ms": b.median([r["latency_ms"]["p99"] for r in post_runs]),
        "p99_health_ms": b.median([r["latency_ms"]["p99"] for r in refs]),
        "p99_target_ms": P99_TARGET_MS,
    }
    result["ratio_p99"] = result["p99_ms"] / result["p99_health_ms"]
    all_ok = all(r["ok"] == r["requests"] and r["achieved_rps"] >= 0.98 * args.rate for r in post_runs)
    result["pass"] = result["p99_ms"] < P99_TARGET_MS and all_ok

    mode = "server on CPU 1, generator on CPU 0" if args.pin else "server and generator share both CPUs"
    print(f"single-response ingestion, open loop at {args.rate:.0f} req/s for {args.duration:.0f} s ({mode})")
    print(f"  {'':26} {'achieved':>9} {'ok':>7} {'p50':>7} {'p90':>7} {'p99':>7} {'p99.9':>7} {'max':>8}"
          f" {'srv CPU':>8} {'gen CPU':>8} {'other':>6}")
    for r in refs + post_runs:
        lm = r["latency_ms"]
        print(f"  {r['label']:26} {r['achieved_rps']:8.1f}/s {r['ok']:7d} {lm['p50']:6.2f}ms {lm['p90']:6.2f}ms"
              f" {lm['p99']:6.2f}ms {lm['p99.9']:6.2f}ms {lm['max']:7.1f}ms {r['server_cpu_cores']:7.2f}c"
              f" {r['generator_cpu_cores']:7.2f}c {r['other_cpu_cores']:5.2f}c")
    print(f"  median p99: POST {result['p99_ms']:.2f} ms, /health {result['p99_health_ms']:.2f} ms, "
          f"ratio x{result['ratio_p99']:.2f}   target p99 < {P99_TARGET_MS:.0f} ms: {'PASS' if result['pass'] else 'MISS'}")
    for r in post_runs:
        if r["ok"] != r["requests"]:
            print(f"  {r['label']}: statuses {r['statuses']} errors {r['errors']}")
    if capacity:
        print(f"  closed-loop capacity (8 connections): GET /health {capacity['health']['rps']:.0f}/s, "
              f"POST /api/v1/responses {capacity['post']['rps']:.0f}/s (non-2xx {capacity['post']['non_2xx']})")
    if ceiling:
        print(f"  storage ceiling, libsqlite3 alone, 1 transaction per response, back to back: synchronous=FULL "
              f"{ceiling['commits_per_s']:.0f} commits/s ({ceiling['ms_per_commit']:.2f} ms mean, p99 {ceiling['p99_ms']:.2f} ms, "
              f"max {ceiling['max_ms']:.1f} ms); synchronous=NORMAL {ceiling['normal_commits_per_s']:.0f}/s "
              f"(p99 {ceiling['normal_p99_ms']:.2f} ms)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


def commit_ceiling(demo_dir, work, n):
    """The bare engine's single-response commits: n/2 warm-up transactions (so that the WAL has been
    checkpointed and is being reused, as in a long-running server), then n timed ones, each
    BEGIN IMMEDIATE; INSERT response; INSERT answers; COMMIT, through the system libsqlite3."""
    surveys, touchpoints = b.load_catalog(os.path.join(demo_dir, "cxm.sqlite"))
    by_id = {s["id"]: s for s in surveys}
    rng = b.seeded(3)
    pool = b.surveys_with_nps(surveys)
    tag = b.run_key("ceiling")
    warm = n // 2
    subs = [b.make_submission(rng.choice(pool), rng, f"{tag}-{k}") for k in range(warm + n)]
    out = {}
    for label, pragmas in (("full", b.CXM_PRAGMAS), ("normal", b.CXM_PRAGMAS + ["PRAGMA synchronous = NORMAL;"])):
        d = os.path.join(work, "ceiling-" + label)
        os.makedirs(d)
        for name in os.listdir(demo_dir):
            if name.startswith("cxm.sqlite"):
                shutil.copy(os.path.join(demo_dir, name), d)
        sql = os.path.join(work, f"ceiling-{label}.sql")
        b.write_sql(sql, subs, by_id, touchpoints, pragmas=[], per_response=True)
        with open(sql) as f:
            transactions = f.read().split("BEGIN IMMEDIATE;\n")[1:]
        con = sqlite3.connect(os.path.join(d, "cxm.sqlite"), isolation_level=None)
        for pragma in pragmas:
            con.execute(pragma).fetchall()
        lat = []
        t = time.perf_counter()
        for k, txn in enumerate(transactions):
            if k == warm:
                t = time.perf_counter()
            start = time.perf_counter()
            con.executescript("BEGIN IMMEDIATE;\n" + txn)
            if k >= warm:
                lat.append(time.perf_counter() - start)
        out[label] = (time.perf_counter() - t, sorted(lat))
        con.close()
        shutil.rmtree(d)
        os.remove(sql)
    full = out["full"][1]
    return {"responses": n, "commits_per_s": n / out["full"][0], "ms_per_commit": out["full"][0] / n * 1000,
            "p99_ms": b.percentile(full, 99) * 1000, "max_ms": full[-1] * 1000,
            "normal_commits_per_s": n / out["normal"][0], "normal_p99_ms": b.percentile(out["normal"][1], 99) * 1000}

if __name__ == "__main__":
    main()
