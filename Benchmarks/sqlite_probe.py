#!/usr/bin/env python3
"""Diagnostic (not a target): how transaction size and SQLite's page cache change the cost of
storing the same responses, measured on the bare engine (the system libsqlite3 via Python's sqlite3
module) with cxm's pragmas, each variant into its own copy of the demo database.

cxm's CSV import commits every 2,000 responses and the batch API once per call (up to 10,000);
SQLite's default page cache is 2 MiB. Reported per variant: responses/s, and bytes handed to
write(2)/pwrite(2) (from /proc/self/io `wchar`), which shows the write amplification when the same
index pages are written to the WAL again at every commit or spilled from a small cache.

Usage: sqlite_probe.py --demo-dir DIR [--rows 100000]
"""

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402
import bulk_ingest  # noqa: E402


def wchar():
    with open("/proc/self/io") as f:
        for line in f:
            if line.startswith("wchar:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--ordered-ids", action="store_true",
                    help="time-ordered response ids (like UUIDv7) instead of random UUIDv4, as cxm uses")
    args = ap.parse_args()
    make_id = None
    if args.ordered_ids:
        counter = iter(range(10**12))
        base = time.time_ns() // 1000

        def make_id():
            return f"{base + next(counter):016x}-7000-8000-000000000000"
    surveys, touchpoints = b.load_catalog(os.path.join(args.demo_dir, "cxm.sqlite"))
    by_id = {s["id"]: s for s in surveys}
    work = tempfile.mkdtemp(prefix="cxm-bench-probe-")
    try:
        subs = bulk_ingest.generate(surveys, args.rows, b.run_key("probe"))
        sql = os.path.join(work, "rows.sql")
        b.write_sql(sql, subs, by_id, touchpoints, pragmas=[], per_response=True, make_id=make_id)
        with open(sql) as f:
            per_response = [t.replace("COMMIT;\n", "") for t in f.read().split("BEGIN IMMEDIATE;\n")[1:]]
        os.remove(sql)
        print(f"bare libsqlite3 {sqlite3.sqlite_version}, {args.rows} responses into a copy of the demo database, "
              "cxm's pragmas (WAL, synchronous=FULL)"
              + (", time-ordered ids" if args.ordered_ids else ", random UUIDv4 ids as cxm"))
        print(f"  {'responses per transaction':>26} {'page cache':>11} {'responses/s':>12} {'written':>10}")
        for per_txn, cache in ((2000, None), (2000, 65536), (10000, None), (10000, 65536), (args.rows, None),
                               (args.rows, 65536)):
            d = os.path.join(work, "db")
            bulk_ingest.copy_db(args.demo_dir, d)
            con = sqlite3.connect(os.path.join(d, "cxm.sqlite"), isolation_level=None)
            for pragma in b.CXM_PRAGMAS + ([f"PRAGMA cache_size = -{cache};"] if cache else []):
                con.execute(pragma).fetchall()
            w = wchar()
            t = time.perf_counter()
            for i in range(0, len(per_response), per_txn):
                con.executescript("BEGIN IMMEDIATE;\n" + "".join(per_response[i:i + per_txn]) + "COMMIT;\n")
            con.close()
            seconds = time.perf_counter() - t
            written = wchar() - w
            label = f"{cache // 1024} MiB" if cache else "2 MiB (default)"
            print(f"  {per_txn:>26} {label:>15} {args.rows / seconds:>10.0f}/s {written / 1e9:>8.2f} GB")
            shutil.rmtree(d)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
