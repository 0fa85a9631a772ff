#!/usr/bin/env python3
"""Target 4: `cxm demo` finishes in under 30 s.

Times the whole `cxm demo --data-dir NEW_DIR` process (migrations, demo generation, bcrypt of the
six demo passwords, inserting 20,000 customers and 110,000 responses) for the release binary
(CXM_BIN) and, when it exists, the debug binary (CXM_DEBUG_BIN, default .build/debug/cxm of the
repository).

Reference in the same run: the `sqlite3` shell restoring a `.dump` of the database the demo
produced (the same tables, indexes and rows, written in one transaction, with the same WAL and
synchronous=FULL settings): how long the storage engine alone needs for that data.

Also leaves one demo database behind in --keep DIR when asked (run-all reuses it).

Usage: demo_load.py [--repeat 3] [--keep DIR] [--json OUT]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

TARGET_S = 30.0
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def time_demo(binary, data_dir):
    t = time.perf_counter()
    out = subprocess.run([binary, "demo", "--data-dir", data_dir, "--log-level", "error"], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"{binary} demo failed ({out.returncode}): {out.stderr[-1500:]}")
    m = re.search(r"(\d+) customers, (\d+) responses", out.stdout)
    return seconds, (int(m.group(1)), int(m.group(2))) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--debug-repeat", type=int, default=1)
    ap.add_argument("--keep", help="copy one finished demo database into this folder")
    ap.add_argument("--json")
    args = ap.parse_args()

    release = b.cxm_bin()
    debug = os.environ.get("CXM_DEBUG_BIN", os.path.join(REPO, ".build", "debug", "cxm"))
    work = tempfile.mkdtemp(prefix="cxm-bench-demo-")
    result = {"benchmark": "demo_load", "target_s": TARGET_S}
    try:
        times, counts = [], None
        for i in range(args.repeat):
            d = os.path.join(work, f"r{i}")
            b.log(f"  demo (release) {i + 1}/{args.repeat} ...")
            s, counts = time_demo(release, d)
            times.append(s)
            if i < args.repeat - 1:
                shutil.rmtree(d)
        kept = os.path.join(work, f"r{args.repeat - 1}")
        result["release_s"] = times
        result["release_s_median"] = b.median(times)
        result["counts"] = counts

        # Reference: sqlite3 restoring a dump of the same database.
        db = os.path.join(kept, "cxm.sqlite")
        dump = os.path.join(work, "demo.sql")
        with open(dump, "w") as f:
            f.write("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n")
            f.flush()
            subprocess.run(["sqlite3", db, ".dump"], stdout=f, check=True)
        ref = []
        for i in range(args.repeat):
            target = os.path.join(work, f"restore{i}.sqlite")
            t = time.perf_counter()
            with open(dump, "rb") as f:
                subprocess.run(["sqlite3", "-bail", target], stdin=f, check=True, capture_output=True)
            ref.append(time.perf_counter() - t)
            os.remove(target)
            for ext in ("-wal", "-shm"):
                if os.path.exists(target + ext):
                    os.remove(target + ext)
        result["sqlite3_restore_s"] = ref
        result["sqlite3_restore_s_median"] = b.median(ref)
        result["ratio_release_to_sqlite3"] = result["release_s_median"] / result["sqlite3_restore_s_median"]
        result["release_pass"] = result["release_s_median"] < TARGET_S

        if os.path.exists(debug) and args.debug_repeat > 0:
            dt = []
            for i in range(args.debug_repeat):
                b.log(f"  demo (debug) {i + 1}/{args.debug_repeat} ...")
                d = os.path.join(work, f"d{i}")
                dt.append(time_demo(debug, d)[0])
                shutil.rmtree(d)
            result["debug_bin"] = debug
            result["debug_bin_mtime"] = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(debug)))
            result["debug_s"] = dt
            result["debug_s_median"] = b.median(dt)
            result["debug_pass"] = result["debug_s_median"] < TARGET_S
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            for name in os.listdir(kept):
                if name.startswith("cxm.sqlite"):
                    shutil.copy(os.path.join(kept, name), args.keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    r = result
    c = r["counts"] or ("?", "?")
    print(f"cxm demo ({c[0]} customers, {c[1]} responses), wall clock of the whole process")
    print(f"  sqlite3 restoring a dump of it (reference)  {r['sqlite3_restore_s_median']:6.2f} s")
    print(f"  cxm demo, release (median of {len(r['release_s'])})          {r['release_s_median']:6.2f} s   "
          f"x{r['ratio_release_to_sqlite3']:.2f} of sqlite3   target < {TARGET_S:.0f} s: "
          f"{'PASS' if r['release_pass'] else 'MISS'}   (runs: {', '.join(f'{x:.2f}' for x in r['release_s'])})")
    if "debug_s_median" in r:
        print(f"  cxm demo, debug (built {r['debug_bin_mtime']})       {r['debug_s_median']:6.2f} s   "
              f"x{r['debug_s_median'] / r['sqlite3_restore_s_median']:.2f} of sqlite3   target < {TARGET_S:.0f} s: "
              f"{'PASS' if r['debug_pass'] else 'MISS'}")
    else:
        print(f"  cxm demo, debug: skipped (no binary at {debug})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
