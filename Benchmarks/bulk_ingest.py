#!/usr/bin/env python3
"""Target 3: bulk ingestion >= 20,000 responses/s on SQLite, through
  (a) the batch API, POST /api/v1/responses:batch with 10,000 responses per call, and
  (b) the CSV import, `cxm import responses FILE`,
against a reference: (c) the `sqlite3` command-line shell inserting the same rows (responses and
their answers, same ids shape, same values) in one transaction of INSERT statements.

All three start from an identical copy of the demo database, so the tables, indexes, foreign
keys, existing rows and pragmas (WAL, synchronous=FULL, foreign_keys=ON, as cxm sets them on
every connection) are the same. The rows are generated once per run (seeded), each with a unique
idempotency key; submittedAt lies within the last year.

Timed: (a) the HTTP calls (bodies are prebuilt) until the server reports on /metrics that its rollups
have folded every response (the acknowledged rate, without that wait, is printed too), (b) the whole
`cxm import` process (which folds its rollups before it exits),
(c) the whole `sqlite3 DB < inserts.sql` process. For information only, (c) is repeated with
`PRAGMA cache_size = -65536` (64 MiB page cache instead of SQLite's default 2 MiB), to show how
much of the cost is page-cache misses on the random-UUID keyed indexes. Rates are responses per second; each response
carries about 3-4 answer rows.

Usage: bulk_ingest.py --demo-dir DIR [--rows 100000] [--batch 10000] [--repeat 3] [--json OUT]
"""

import argparse
import csv
import datetime
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

TARGET_RPS = 20_000
PRAGMAS = b.CXM_PRAGMAS


def copy_db(src_dir, dst_dir):
    os.makedirs(dst_dir)
    for name in os.listdir(src_dir):
        if name.startswith("cxm.sqlite"):
            shutil.copy(os.path.join(src_dir, name), dst_dir)
    return dst_dir


def generate(surveys, n, tag):
    """n submissions across the NPS surveys, spread over the last 360 days."""
    rng = b.seeded(7)
    pool = b.surveys_with_nps(surveys)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    rows = []
    for k in range(n):
        at = now - datetime.timedelta(seconds=rng.randint(3600, 360 * 86400))
        sub = b.make_submission(rng.choice(pool), rng, f"{tag}-{k}", submitted_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"))
        rows.append(sub)
    return rows


def write_csv(path, subs):
    keys = []
    for sub in subs:
        for a in sub["answers"]:
            if a["question"] not in keys:
                keys.append(a["question"])
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["surveyID", "touchpointID", "language", "submittedAt", "idempotencyKey", *keys])
        for sub in subs:
            answers = {a["question"]: a["value"] for a in sub["answers"]}
            w.writerow([sub["surveyID"], sub["touchpointID"], sub["language"], sub["submittedAt"],
                        sub["idempotencyKey"], *[answers.get(k, "") for k in keys]])


def count_responses(db_path):
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    n = con.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
    a = con.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    con.close()
    return n, a


def run_batch_api(data_dir, subs, batch):
    token = b.create_token(data_dir, name="bench-bulk")
    bodies = [json.dumps({"responses": subs[i:i + batch]}).encode() for i in range(0, len(subs), batch)]
    before = count_responses(os.path.join(data_dir, "cxm.sqlite"))
    with b.Server(data_dir) as server:
        b.api(server.port, "GET", "/api/v1/surveys", token=token)  # warm the connection pool
        calls = []
        stored = 0
        t = time.perf_counter()
        for body in bodies:
            c = time.perf_counter()
            status, data = b.api(server.port, "POST", "/api/v1/responses:batch", token=token, body=body)
            calls.append(time.perf_counter() - c)
            if status != 200:
                raise RuntimeError(f"batch call answered {status}: {data[:500]}")
            result = json.loads(data)
            if result["rejected"]:
                raise RuntimeError(f"batch rejected {result['rejected']}: "
                                   f"{[r for r in result['results'] if r['status'] == 'rejected'][:3]}")
            stored += result["stored"]
        acknowledged = time.perf_counter() - t
        # The server folds queued rollup tallies in the background; the run ends when none is left,
        # so that the rate below is that of responses stored *and* counted in the rollups.
        while rollup_backlog(server.port) > 0:
            time.sleep(0.05)
        seconds = time.perf_counter() - t
        rss = b.proc_status(server.pid)
    after = count_responses(os.path.join(data_dir, "cxm.sqlite"))
    return {"seconds": seconds, "acknowledged_s": acknowledged, "stored": stored, "call_s": calls,
            "rss_mb": rss["VmRSS"], "peak_rss_mb": rss["VmHWM"],
            "added_responses": after[0] - before[0], "added_answers": after[1] - before[1]}


def rollup_backlog(port):
    """Responses stored but not yet folded into rollups, from the server's /metrics."""
    status, data = b.api(port, "GET", "/metrics")
    if status != 200:
        raise RuntimeError(f"/metrics answered {status}")
    m = re.search(rb"^cxm_rollup_backlog_responses (\S+)$", data, re.M)
    if not m:
        raise RuntimeError("/metrics does not report cxm_rollup_backlog_responses")
    return float(m.group(1))


def run_csv_import(data_dir, csv_path):
    before = count_responses(os.path.join(data_dir, "cxm.sqlite"))
    cmd = [b.cxm_bin(), "import", "responses", csv_path, "--data-dir", data_dir, "--log-level", "error"]
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"cxm import failed ({out.returncode}): {out.stdout[-500:]} {out.stderr[-1500:]}")
    after = count_responses(os.path.join(data_dir, "cxm.sqlite"))
    m = re.search(r"(\d+) stored", out.stdout)
    return {"seconds": seconds, "stored": int(m.group(1)) if m else None, "output": out.stdout.strip()[-300:],
            "added_responses": after[0] - before[0], "added_answers": after[1] - before[1]}


def run_sqlite3(data_dir, sql_path):
    db = os.path.join(data_dir, "cxm.sqlite")
    before = count_responses(db)
    t = time.perf_counter()
    with open(sql_path, "rb") as f:
        out = subprocess.run(["sqlite3", "-bail", db], stdin=f, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"sqlite3 failed: {out.stderr[-1500:]}")
    after = count_responses(db)
    return {"seconds": seconds, "added_responses": after[0] - before[0], "added_answers": after[1] - before[1]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json")
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line shell is needed (Debian: apt-get install -y sqlite3)")

    work = tempfile.mkdtemp(prefix="cxm-bench-bulk-")
    runs = {"batch_api": [], "csv_import": [], "sqlite3": [], "sqlite3_cache64": []}
    try:
        surveys, touchpoints = b.load_catalog(os.path.join(args.demo_dir, "cxm.sqlite"))
        by_id = {s["id"]: s for s in surveys}
        for i in range(args.repeat):
            tag = b.run_key(f"bulk{i}")
            subs = generate(surveys, args.rows, tag)
            csv_path = os.path.join(work, f"responses-{i}.csv")
            sql_path = os.path.join(work, f"inserts-{i}.sql")
            write_csv(csv_path, subs)
            b.write_sql(sql_path, subs, by_id, touchpoints, pragmas=PRAGMAS)
            sql_cache = os.path.join(work, f"inserts-cache-{i}.sql")
            b.write_sql(sql_cache, subs, by_id, touchpoints, pragmas=PRAGMAS + ["PRAGMA cache_size = -65536;"])
            b.log(f"  bulk run {i + 1}/{args.repeat}: sqlite3 ...")
            runs["sqlite3"].append(run_sqlite3(copy_db(args.demo_dir, os.path.join(work, f"s{i}")), sql_path))
            b.log(f"  bulk run {i + 1}/{args.repeat}: sqlite3 with a 64 MiB page cache ...")
            runs["sqlite3_cache64"].append(run_sqlite3(copy_db(args.demo_dir, os.path.join(work, f"k{i}")), sql_cache))
            b.log(f"  bulk run {i + 1}/{args.repeat}: batch API ...")
            runs["batch_api"].append(run_batch_api(copy_db(args.demo_dir, os.path.join(work, f"a{i}")), subs, args.batch))
            b.log(f"  bulk run {i + 1}/{args.repeat}: CSV import ...")
            runs["csv_import"].append(run_csv_import(copy_db(args.demo_dir, os.path.join(work, f"c{i}")), csv_path))
            for d in ("s", "k", "a", "c"):
                shutil.rmtree(os.path.join(work, f"{d}{i}"), ignore_errors=True)
            os.remove(csv_path)
            os.remove(sql_path)
            os.remove(sql_cache)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def rate(r):
        return r["added_responses"] / r["seconds"]

    summary = {}
    for name, rs in runs.items():
        summary[name] = {"rps_median": b.median([rate(r) for r in rs]), "rps_all": [rate(r) for r in rs],
                         "seconds_median": b.median([r["seconds"] for r in rs]),
                         "answers_per_response": rs[0]["added_answers"] / max(1, rs[0]["added_responses"]),
                         "complete": all(r["added_responses"] == args.rows for r in rs)}
    ref = summary["sqlite3"]["rps_median"]
    result = {"benchmark": "bulk_ingest", "rows": args.rows, "batch": args.batch, "repeat": args.repeat,
              "runs": runs, "summary": summary, "target_rps": TARGET_RPS}
    for name in ("batch_api", "csv_import"):
        s = summary[name]
        s["ratio_to_sqlite3"] = s["rps_median"] / ref
        s["pass"] = s["rps_median"] >= TARGET_RPS and s["complete"]

    print(f"bulk ingestion of {args.rows} responses on SQLite (demo database copy; medians of {args.repeat} runs; "
          f"{summary['sqlite3']['answers_per_response']:.2f} answers per response)")
    labels = {"sqlite3": "sqlite3 shell, 1 transaction (reference)",
              "sqlite3_cache64": "sqlite3 shell, same + cache_size 64 MiB (info)",
              "batch_api": f"POST /api/v1/responses:batch ({args.batch}/call)", "csv_import": "cxm import responses (CSV)"}
    for name in ("sqlite3", "sqlite3_cache64", "batch_api", "csv_import"):
        s = summary[name]
        line = (f"  {labels[name]:44} {s['rps_median']:9.0f} responses/s  ({s['seconds_median']:.2f} s; runs: "
                + ", ".join(f"{x:.0f}" for x in s["rps_all"]) + ")")
        if name == "sqlite3_cache64":
            line += f"  x{s['rps_median'] / ref:.2f} of the reference"
        elif name != "sqlite3":
            line += (f"  x{s['ratio_to_sqlite3']:.2f} of sqlite3   target >= {TARGET_RPS}/s: "
                     f"{'PASS' if s['pass'] else 'MISS'}")
        if not s["complete"]:
            line += "  (INCOMPLETE: not every row was stored)"
        print(line)
    calls = [c for r in runs["batch_api"] for c in r["call_s"]]
    acked = b.median([r["added_responses"] / r["acknowledged_s"] for r in runs["batch_api"]])
    print(f"  batch API: {acked:.0f} responses/s acknowledged; the rate above runs until the rollups "
          f"have folded every response (the CSV import folds before it exits)")
    print(f"  batch API: per call median {b.median(calls):.2f} s, max {max(calls):.2f} s; "
          f"server peak RSS {b.median([r['peak_rss_mb'] for r in runs['batch_api']]):.0f} MB")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
