#!/usr/bin/env python3
"""Target 1: `cxm serve` ready in under 1 s on an existing (demo) database, idle RSS under 80 MB.

Ready time = from just before the process is spawned until GET /health first answers 200
(polled every 2 ms). Each repetition starts a fresh server on a copy-free, already migrated
database, so the figure includes process start, opening SQLite and checking migrations.

Idle RSS = VmRSS from /proc/PID/status after startup, a warm-up of typical requests
(health, survey list, response pages, the web login page, metrics) and IDLE seconds of idleness.

References measured in the same run:
  * `cxm --help`: the cost of loading the binary at all (process start floor);
  * the same server on an empty, freshly migrated database (what the demo data adds).

Usage: startup.py --demo-dir DIR [--repeat 5] [--idle 3] [--json OUT]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

READY_TARGET_S = 1.0
RSS_TARGET_MB = 80.0


def warm_up(server, token):
    paths = ["/health", "/ready", "/api/v1/surveys", "/api/v1/responses?limit=50", "/api/v1/responses?limit=50&offset=500",
             "/api/v1/touchpoints", "/metrics", "/login", "/"]
    statuses = {}
    for _ in range(3):
        for path in paths:
            status, _ = b.api(server.port, "GET", path, token=token if path.startswith("/api/") else None)
            statuses[path] = status
    return statuses


def measure(data_dir, token, repeat, idle):
    ready, rss_start, rss_idle, hwm = [], [], [], []
    statuses = {}
    for i in range(repeat):
        with b.Server(data_dir) as server:
            ready.append(server.ready_seconds)
            rss_start.append(b.proc_status(server.pid)["VmRSS"])
            statuses = warm_up(server, token)
            time.sleep(idle)
            st = b.proc_status(server.pid)
            rss_idle.append(st["VmRSS"])
            hwm.append(st["VmHWM"])
    return {"ready_s": ready, "rss_after_start_mb": rss_start, "rss_idle_mb": rss_idle, "rss_peak_mb": hwm,
            "warmup_statuses": statuses}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True, help="data dir holding a database with the full demo")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--idle", type=float, default=3.0)
    ap.add_argument("--json")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="cxm-bench-startup-")
    try:
        # Reference 1: process start floor.
        helps = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            subprocess.run([b.cxm_bin(), "--help"], capture_output=True, check=True)
            helps.append(time.perf_counter() - t)

        # Reference 2: empty database (migrated once before timing).
        empty = os.path.join(work, "empty")
        os.makedirs(empty)
        b.run_cxm("migrate", data_dir=empty)
        empty_token = b.create_token(empty)
        ref = measure(empty, empty_token, args.repeat, args.idle)

        demo_token = b.create_token(args.demo_dir, name="bench-startup")
        demo = measure(args.demo_dir, demo_token, args.repeat, args.idle)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    db = os.path.join(args.demo_dir, "cxm.sqlite")
    result = {
        "benchmark": "startup",
        "database_mb": os.path.getsize(db) / 1e6,
        "repeat": args.repeat,
        "help_s_median": b.median(helps),
        "demo": {k: v for k, v in demo.items()},
        "empty": {k: v for k, v in ref.items()},
        "ready_s_median": b.median(demo["ready_s"]),
        "ready_empty_s_median": b.median(ref["ready_s"]),
        "rss_idle_mb_median": b.median(demo["rss_idle_mb"]),
        "rss_idle_empty_mb_median": b.median(ref["rss_idle_mb"]),
        "ready_target_s": READY_TARGET_S,
        "rss_target_mb": RSS_TARGET_MB,
    }
    result["ready_pass"] = result["ready_s_median"] < READY_TARGET_S
    result["rss_pass"] = result["rss_idle_mb_median"] < RSS_TARGET_MB

    r = result
    print(f"startup ({args.repeat} runs each, medians; database {r['database_mb']:.0f} MB)")
    print(f"  cxm --help (process floor)          {r['help_s_median']*1000:8.1f} ms")
    print(f"  serve ready, empty database          {r['ready_empty_s_median']*1000:8.1f} ms")
    print(f"  serve ready, demo database           {r['ready_s_median']*1000:8.1f} ms   "
          f"(x{r['ready_s_median']/r['help_s_median']:.1f} of --help, x{r['ready_s_median']/r['ready_empty_s_median']:.2f} of empty)"
          f"   target < {READY_TARGET_S*1000:.0f} ms: {'PASS' if r['ready_pass'] else 'MISS'}")
    print(f"  all ready times (demo) ms: {', '.join(f'{x*1000:.0f}' for x in demo['ready_s'])}")
    print(f"  RSS after start, demo                {b.median(demo['rss_after_start_mb']):8.1f} MB")
    print(f"  RSS idle after warm-up, empty        {r['rss_idle_empty_mb_median']:8.1f} MB")
    print(f"  RSS idle after warm-up, demo         {r['rss_idle_mb_median']:8.1f} MB   "
          f"(x{r['rss_idle_mb_median']/r['rss_idle_empty_mb_median']:.2f} of empty; peak {b.median(demo['rss_peak_mb']):.1f} MB)"
          f"   target < {RSS_TARGET_MB:.0f} MB: {'PASS' if r['rss_pass'] else 'MISS'}")
    bad = {p: s for p, s in demo["warmup_statuses"].items() if s >= 400}
    if bad:
        print(f"  note: warm-up requests with error status: {bad}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
