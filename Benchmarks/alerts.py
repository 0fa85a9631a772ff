#!/usr/bin/env python3
"""Issue 8's target for the alert engine: alert evaluation for 50 touchpoints x 30 units x 104 weeks (plus
themes) in under 1 s from rollups.

The data: `cxm generate --responses N --days 735 --touchpoints 50 --units 30 --comments 0.3` (a company, 3
regions and 26 stores; responses come from the stores; 30 % of detractors and promoters leave a comment,
which text analytics turn into theme mentions as the responses are stored). The check reads the 104
complete ISO weeks before today, so the data span 735 days. Default N = 3,000,000 (about 22 responses per
touchpoint x store x week); --quick uses N / 10. The generation rate is printed (informational).

The command under test: `cxm alerts check --dry-run --timing` (records nothing), which prints to standard
error "read N series: X s; checked: Y s": reading the weekly tallies from the rollups plus the theme counts,
and the control charts with false-discovery control in memory. The figure is read + checked, median of
--runs runs after a first ("cold") run, which is printed separately. The whole command's wall time (process
start, opening the store, names, the table) is printed beside it, informational. One more run with
`--format json` gives the series, assessed and findings counts (and the findings on themes: keys with a
themeID). The JSON lists no keys beyond the findings', so the theme series are counted in the reference's
rows (one per theme mentioned negatively in the 104 weeks), and cxm's series count must equal the
reference's: the target includes themes, so none at all is a MISS ("no theme series").

References measured in the same run:
  1. the `sqlite3` shell (with cxm's read pragmas: temp_store = MEMORY, a 32 MiB page cache) running, warm,
     the same three statements as plain SQL: the weeks of every touchpoint x unit x question x survey of the
     weekly rollup grain, summed per series through its series-ordered index, the analysed open-text
     answers per day and the negative theme mentions per day and theme (by the texts' own days). Its "Run
     Time: real" figures added up are set against cxm's read time; the statements the check ran before the
     weekly grain (daily rollups grouped into weeks, texts joined to responses) are timed beside them. Its rows
     give the number of series cxm must read (touchpoint x unit x question, touchpoint x question across
     units where more than one unit answered, and one per theme), which must equal cxm's count;
  2. `cxm --help` (the process start floor inside the whole command's wall time);
  3. the same check on the demo database (`cxm demo`, or --demo-dir): its series count and times.

PostgreSQL (--backend postgres|both): a private cluster in the work folder (metrics_query.py's, initdb,
127.0.0.1 only, stopped at the end), or --pg-url naming an empty database; the reference is then `psql`
with `\\timing` running the same statements in PostgreSQL's spelling.

Usage: alerts.py [--responses 3000000 | --quick] [--backend sqlite|postgres|both] [--keep DIR] [--runs 5]
                 [--ref-runs 5] [--demo-dir DIR] [--pg-url URL] [--timeout 600] [--json OUT]
  CXM_BIN names a release build of cxm. --keep DIR keeps the generated databases (DIR/sqlite, DIR/pg) and
  reuses them when they hold exactly N responses of this shape (generating 3 M takes a few minutes on
  SQLite); a database generated on an earlier day leaves the oldest weeks of the 104 short of data.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402
import metrics_query as mq  # noqa: E402  (its SQLite and private PostgreSQL backends)

TARGET_S = 1.0
RESPONSES = 3_000_000
SHAPE = dict(touchpoints=50, units=30, days=735, comments=0.3)
PERIODS = 104
TIMING = re.compile(r"read (\d+) series: ([0-9.]+) s; checked: ([0-9.]+) s")
MARKER = "alerts-generated.json"
EPOCH = datetime.date(1970, 1, 1)
# cxm's read-relevant settings on every SQLite connection (Sources/CXMStore/Database/Dialect.swift).
SQLITE_READ_PRAGMAS = ["PRAGMA temp_store = MEMORY;", "PRAGMA cache_size = -32768;"]
TALLY_COLUMNS = ["answered", "skipped", "total", "total_squares"] + [f"c{i}" for i in range(11)]
KINDS = ("ces", "csat", "nps", "rating")  # the scale kinds alert series watch (AlertSeries.metric(of:))
GRAIN_TOUCHPOINT_UNIT = 4  # RollupGrain.touchpointUnit: the daily grain keeping touchpoint and unit
GRAIN_TOUCHPOINT_UNIT_WEEK = 5  # RollupGrain.touchpointUnitWeek: its weekly twin, which the check reads
WEEKLY_INDEX = "rollups_weekly_series"  # RollupSQL.weeklySeriesIndex
# The sums AlertSeries.countedScores names per kind (Store.weeklySeriesQuery): promoters and detractors for
# NPS, answers 4-5 for CSAT, the sum and the sum of squares for a mean.
COUNTED = {"nps": ("c9 + c10", "c0 + c1 + c2 + c3 + c4 + c5 + c6"), "csat": ("c4 + c5", "0"),
           "ces": ("total", "total_squares"), "rating": ("total", "total_squares")}


def load():
    return "load %.2f %.2f %.2f" % os.getloadavg()


def fmt_runs(values, digits=3):
    return ", ".join(f"{v:.{digits}f}" for v in values)


# ----------------------------------------------------------------------------------------------
# Processes


def run_timed(cmd, timeout, stdin=None):
    """Runs a command to completion within timeout seconds: wall time, CPU time and peak RSS of the process
    (os.wait4), its stdout and stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=err)
        b._children.append(proc)
        try:
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - t > timeout:
                    proc.kill()
                    proc.wait()
                    raise RuntimeError(f"{' '.join(cmd[:3])} ... took longer than {timeout:g} s")
                time.sleep(0.002)
        finally:
            if proc in b._children:
                b._children.remove(proc)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss * 1024 / 1e6,
            "code": proc.returncode, "stdout": stdout, "stderr": stderr}


def cxm_cmd(backend, *args):
    return [b.cxm_bin(), *args, *backend.args(), "--log-level", "error"]


def alerts_check(backend, timeout, json_format=False):
    """One `cxm alerts check --dry-run --timing` process: its own read and check times, the whole process."""
    cmd = cxm_cmd(backend, "alerts", "check", "--dry-run", "--timing", *(["--format", "json"] if json_format else []))
    run = run_timed(cmd, timeout)
    if run["code"] != 0:
        raise RuntimeError(f"cxm alerts check failed ({run['code']}): {run['stderr'][-2000:]}")
    m = TIMING.search(run["stderr"])
    if not m:
        raise RuntimeError(f"no 'read N series: ... checked: ...' line from cxm alerts check: {run['stderr'][-1000:]}")
    run.update(series=int(m.group(1)), read_s=float(m.group(2)), checked_s=float(m.group(3)))
    run["total_s"] = run["read_s"] + run["checked_s"]
    if json_format:
        run["result"] = json.loads(run["stdout"])
    del run["stdout"]
    return run


def help_floor(runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([b.cxm_bin(), "--help"], capture_output=True, check=True, timeout=60)
        times.append(time.perf_counter() - t)
    return b.median(times)


# ----------------------------------------------------------------------------------------------
# The data


def generate(backend, n, timeout):
    """`cxm generate` of SHAPE, echoing its progress lines with the elapsed time and load average."""
    cmd = cxm_cmd(backend, "generate", "--responses", str(n), "--days", str(SHAPE["days"]),
                  "--touchpoints", str(SHAPE["touchpoints"]), "--units", str(SHAPE["units"]),
                  "--comments", str(SHAPE["comments"]))
    b.log(f"  cxm generate --responses {n:,} --days {SHAPE['days']} --touchpoints {SHAPE['touchpoints']} --units "
          f"{SHAPE['units']} --comments {SHAPE['comments']} into {backend.describe()} ({load()}) ...")
    loads = [os.getloadavg()[0]]
    cpu = mq.children_cpu()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b._children.append(proc)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()

    def sample():
        while proc.poll() is None:
            loads.append(os.getloadavg()[0])
            time.sleep(10)
    threading.Thread(target=sample, daemon=True).start()
    final = None
    try:
        for line in proc.stdout:  # block-buffered in a pipe: the progress lines may all come at the end
            line = line.strip()
            if line.startswith("generated"):
                final = line
            elif line:
                b.log(f"    {time.perf_counter() - t:7.1f} s  {line}  ({load()})")
        err = proc.stderr.read()
        proc.wait()
    finally:
        timer.cancel()
        b._children.remove(proc)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"cxm generate failed ({proc.returncode}; timeout {timeout:g} s): {err[-2000:]}")
    info = {"responses": n, "seconds_wall": seconds, "rps_wall": n / seconds, "cpu_s": mq.children_cpu() - cpu,
            "output": final, "load_1min_mean": sum(loads) / len(loads), "reused": False, "shape": SHAPE,
            "finished": datetime.datetime.now().isoformat(timespec="seconds")}
    b.log(f"  {final} -- process wall time {seconds:.1f} s ({info['rps_wall']:,.0f} responses/s), cxm CPU "
          f"{info['cpu_s']:.1f} s; mean 1-minute load {info['load_1min_mean']:.1f} ({load()})")
    return info


def ensure_generated(backend, n, keep, timeout):
    """Generates N responses of SHAPE unless the (kept) database holds exactly that many of it."""
    marker = os.path.join(backend.data_dir, MARKER)
    if backend.count_responses() == n and os.path.exists(marker):
        with open(marker) as f:
            info = json.load(f)
        if info.get("shape") == SHAPE:
            info["reused"] = True
            b.log(f"  reusing {backend.describe()}: {n:,} responses generated at {info['finished']}")
            return info
    if backend.count_rows("touchpoints"):
        b.log(f"  {backend.describe()} does not hold {n:,} responses of this shape ({SHAPE}): starting over")
        backend.wipe()
        if os.path.exists(marker):
            os.remove(marker)
    info = generate(backend, n, timeout)
    if keep:
        with open(marker, "w") as f:
            json.dump(info, f)
    return info


# ----------------------------------------------------------------------------------------------
# The reference: the same read as plain SQL


def day_number(iso):
    return (datetime.date.fromisoformat(iso) - EPOCH).days


def reference_statements(starts, end, postgres):
    """The three statements `Store.alertSeries` runs, with literals for its binds: the weekly rollups summed
    per touchpoint x unit x question x survey through the grain's series-ordered index, and the analysed
    answers and negative theme mentions counted by their own days. The `sqlite3` shell here (3.40) has no
    concat_ws or string_agg, so it spells them with || and group_concat, as cxm's SQLite (3.54) could."""
    first = starts[0]
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    first_sum = "CASE kind " + " ".join(f"WHEN '{k}' THEN {COUNTED[k][0]}" for k in KINDS) + " END"
    second_sum = "CASE kind " + " ".join(f"WHEN '{k}' THEN {COUNTED[k][1]}" for k in KINDS) + " END"
    if postgres:
        week = f"string_agg(concat_ws(',', day, answered, {first_sum}, {second_sum}), ';')"
        table = "rollups"
    else:
        week = f"group_concat(day || ',' || answered || ',' || ({first_sum}) || ',' || ({second_sum}), ';')"
        table = f"rollups INDEXED BY {WEEKLY_INDEX}"
    weekly = (f"SELECT kind, question_key, touchpoint_id, unit_id, {week} AS weeks FROM {table} "
              f"WHERE grain = {GRAIN_TOUCHPOINT_UNIT_WEEK} AND kind IN ({kinds}) AND day >= {first} AND day < {end} "
              "GROUP BY kind, survey_id, question_key, touchpoint_id, unit_id")
    texts = ("SELECT local_day AS day, COUNT(*) AS n FROM text_analyses "
             f"WHERE local_day >= {first} AND local_day < {end} GROUP BY local_day")
    themes = ("SELECT local_day AS day, theme_id, COUNT(*) AS n FROM text_themes WHERE sentiment = 'negative' "
              f"AND local_day >= {first} AND local_day < {end} AND theme_id NOT LIKE '%.%' GROUP BY local_day, theme_id")
    return [weekly, texts, themes]


def previous_statements(starts, end, postgres):
    """What the check ran before the weekly grain (b57250d): the daily touchpoint x unit rollups grouped into
    the weeks with fifteen sums, and the open texts joined to their responses for their days."""
    first = starts[0]
    bucket = ("CASE " + " ".join(f"WHEN day < {nxt} THEN {start}" for start, nxt in zip(starts, starts[1:]))
              + f" ELSE {starts[-1]} END")
    if postgres:
        packed = " || ',' || ".join(f"CAST(CAST(SUM({c}) AS BIGINT) AS TEXT)" for c in TALLY_COLUMNS)
    else:
        packed = " || ',' || ".join(f"CAST(SUM({c}) AS TEXT)" for c in TALLY_COLUMNS)
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    tallies = (f"SELECT {bucket} AS day, question_key, touchpoint_id, unit_id, kind, {packed} AS tally FROM rollups "
               f"WHERE grain = {GRAIN_TOUCHPOINT_UNIT} AND kind IN ({kinds}) AND day >= {first} AND day < {end} "
               f"GROUP BY {bucket}, question_key, touchpoint_id, unit_id, kind")
    texts = ("SELECT r.local_day AS day, COUNT(*) AS n FROM text_analyses t JOIN responses r ON r.id = t.response_id "
             f"WHERE r.local_day >= {first} AND r.local_day < {end} GROUP BY r.local_day")
    themes = ("SELECT r.local_day AS day, m.theme_id, COUNT(*) AS n FROM text_themes m JOIN responses r "
              f"ON r.id = m.response_id WHERE r.local_day >= {first} AND r.local_day < {end} "
              "AND m.sentiment = 'negative' AND m.theme_id NOT LIKE '%.%' GROUP BY r.local_day, m.theme_id")
    return [tallies, texts, themes]


def run_shell(backend, statements, timeout):
    """The statements in one `sqlite3` (or `psql`) process: each statement's rows and its time as the shell
    reports it (.timer / \\timing), and the whole process's wall time."""
    if backend.name == "sqlite":
        script = "\n".join(SQLITE_READ_PRAGMAS + [".timer on"] + [s + ";" for s in statements]) + "\n"
        cmd = ["sqlite3", "-readonly", "-batch", backend.db]
        timing, scale = re.compile(r"^Run Time: real ([0-9.]+)"), 1.0
    else:
        script = "\\timing on\n" + "\n".join(s + ";" for s in statements) + "\n"
        psql = shutil.which("psql") or os.path.join(getattr(backend, "bindir", ""), "psql")
        cmd = [psql, "-X", "-q", "-tA", "-F", "|", "-v", "ON_ERROR_STOP=1", backend.url]
        timing, scale = re.compile(r"^Time: ([0-9.]+) ms"), 0.001
    with tempfile.TemporaryFile() as stdin:
        stdin.write(script.encode())
        stdin.seek(0)
        run = run_timed(cmd, timeout, stdin=stdin)
    if run["code"] != 0:
        raise RuntimeError(f"{cmd[0]} failed ({run['code']}): {run['stderr'][-1000:]}")
    sections, rows, times = [], [], []
    for line in run["stdout"].splitlines():
        m = timing.match(line)
        if m:
            times.append(float(m.group(1)) * scale)
            sections.append(rows)
            rows = []
        elif line.strip() and line.strip() != "Timing is on.":
            rows.append(line.split("|"))
    if len(times) != len(statements):
        raise RuntimeError(f"{cmd[0]} reported {len(times)} timings for {len(statements)} statements: "
                           f"{run['stdout'][-500:]} {run['stderr'][-500:]}")
    return {"times_s": times, "query_s": sum(times), "wall_s": run["wall_s"], "sections": sections}


def expected_series(sections):
    """The series cxm must read, from the reference's rows (AlertSeries.fromCells and .themes): one per
    touchpoint x unit x question, one per touchpoint x question across units when more than one unit
    answered, one per theme mentioned negatively."""
    cells = {(kind, question, touchpoint, unit) for kind, question, touchpoint, unit, _ in sections[0]}
    weeks = sum(len(row[4].split(";")) for row in sections[0])
    units = {}
    for kind, question, touchpoint, _ in cells:
        units[(kind, question, touchpoint)] = units.get((kind, question, touchpoint), 0) + 1
    across = sum(1 for count in units.values() if count > 1)
    themes = sorted({theme for _, theme, _ in sections[2]})
    texts = sum(int(n) for _, n in sections[1])
    mentions = sum(int(n) for _, _, n in sections[2])
    return {"cells": weeks, "unit_series": len(cells), "across_units": across, "themes": len(themes),
            "theme_ids": themes, "series": len(cells) + across + len(themes), "texts": texts,
            "negative_mentions": mentions}


def scalar(backend, sql):
    """One number from the database (not timed)."""
    if backend.name == "sqlite":
        con = sqlite3.connect(f"file:{backend.db}?mode=ro", uri=True)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    return int(backend.psql("-c", sql).stdout.strip())


def reference(backend, periods, runs, timeout):
    starts = [day_number(p["start"]) for p in periods]
    end = day_number(periods[-1]["end"])
    statements = reference_statements(starts, end, backend.name == "postgres")
    run_shell(backend, statements, timeout)  # warm-up
    done = [run_shell(backend, statements, timeout) for _ in range(runs)]
    shell = "sqlite3" if backend.name == "sqlite" else "psql"
    out = {"shell": shell, "query_s": [r["query_s"] for r in done], "wall_s": [r["wall_s"] for r in done],
           "per_statement_s": [statistics.median(r["times_s"][i] for r in done) for i in range(len(statements))],
           "expected": expected_series(done[-1]["sections"]), "statements": statements,
           "rollup_rows": scalar(backend, f"SELECT COUNT(*) FROM rollups WHERE grain = {GRAIN_TOUCHPOINT_UNIT_WEEK} "
                                 f"AND kind IN ({', '.join(repr(k) for k in KINDS)}) AND day >= {starts[0]} "
                                 f"AND day < {end}")}
    out["query_s_median"] = b.median(out["query_s"])
    out["wall_s_median"] = b.median(out["wall_s"])
    before = previous_statements(starts, end, backend.name == "postgres")
    run_shell(backend, before, timeout)  # warm-up
    done = [run_shell(backend, before, timeout) for _ in range(runs)]
    out["before"] = {"query_s": [r["query_s"] for r in done],
                     "per_statement_s": [statistics.median(r["times_s"][i] for r in done) for i in range(len(before))]}
    out["before"]["query_s_median"] = b.median(out["before"]["query_s"])
    return out


# ----------------------------------------------------------------------------------------------


def check_runs(backend, runs, timeout, label):
    """A cold run, then `runs` runs (table format), then one with --format json for the counts."""
    cold = alerts_check(backend, timeout)
    b.log(f"  {label}: cold run: read {cold['series']:,} series {cold['read_s']:.3f} s, checked "
          f"{cold['checked_s']:.3f} s; whole process {cold['wall_s']:.3f} s ({load()})")
    warm = [alerts_check(backend, timeout) for _ in range(runs)]
    out = {"cold": {k: cold[k] for k in ("series", "read_s", "checked_s", "total_s", "wall_s", "cpu_s", "rss_mb")},
           "runs": runs}
    for key in ("read_s", "checked_s", "total_s", "wall_s", "cpu_s"):
        out[key] = [r[key] for r in warm]
        out[key + "_median"] = b.median(out[key])
    out["rss_mb"] = max(r["rss_mb"] for r in warm)
    out["series_timing"] = warm[-1]["series"]
    b.log(f"  {label}: {runs} runs: read + checked {fmt_runs(out['total_s'])} s (read {fmt_runs(out['read_s'])}; "
          f"checked {fmt_runs(out['checked_s'])}); whole process {fmt_runs(out['wall_s'])} s ({load()})")
    j = alerts_check(backend, timeout, json_format=True)
    result = j["result"]
    findings = result.get("findings", [])
    out.update(series=result["series"], assessed=result["assessed"], findings=len(findings),
               theme_findings=sum(1 for f in findings if f["key"].get("themeID")),
               worse_findings=sum(1 for f in findings if f.get("isWorse")),
               periods=[{"start": p["start"], "end": p["end"], "label": p["label"]} for p in result["periods"]],
               json_run={k: j[k] for k in ("read_s", "checked_s", "total_s", "wall_s")})
    if j["series"] != result["series"]:
        out.setdefault("notes", []).append(f"the timing line says {j['series']} series, the JSON {result['series']}")
    return out


def measure(backend, args, n, work):
    b.log(f"== {backend.name}: {n:,} responses")
    out = {"backend": backend.name, "database": backend.describe(), "responses": n}
    out["generate"] = ensure_generated(backend, n, args.keep, args.generate_timeout)
    out["queued_before"] = backend.count_rows("rollup_queue")
    out["text_analyses"] = backend.count_rows("text_analyses")
    out["check"] = check_runs(backend, args.runs, args.timeout, "cxm alerts check")
    periods = out["check"]["periods"]
    out["periods"] = {"count": len(periods), "first": periods[0]["label"], "last": periods[-1]["label"]}
    out["notes"] = list(out["check"].get("notes", []))
    if len(periods) != PERIODS:
        out["notes"].append(f"cxm checked {len(periods)} weeks, not {PERIODS}")
    made = out["generate"].get("finished", "")[:10]
    if made and made != datetime.date.today().isoformat():
        out["notes"].append(f"the data were generated on {made}: the oldest of the {PERIODS} weeks may hold fewer "
                            "responses than the others")
    ref = reference(backend, periods, args.ref_runs, args.timeout)
    out["reference"] = ref
    c = out["check"]
    c["themes"] = ref["expected"]["themes"]
    out["series_agree"] = c["series"] == ref["expected"]["series"] and c["series_timing"] == c["series"]
    out["ratio_read_to_shell"] = c["read_s_median"] / ref["query_s_median"] if ref["query_s_median"] else float("nan")
    out["pass_time"] = c["total_s_median"] < TARGET_S
    out["pass"] = out["pass_time"] and c["themes"] > 0
    e = ref["expected"]
    b.log(f"  {ref['shell']}, the statements before the weekly grain: {fmt_runs(ref['before']['query_s'])} s")
    b.log(f"  {ref['shell']}, same statements, warm: {fmt_runs(ref['query_s'])} s (weekly / texts / themes "
          f"{fmt_runs(ref['per_statement_s'])} s); whole process {ref['wall_s_median']:.3f} s; {ref['rollup_rows']:,} "
          f"rollup rows -> {e['cells']:,} weekly cells -> {e['series']:,} series ({e['unit_series']:,} touchpoint x "
          f"unit, {e['across_units']:,} across units, {e['themes']} themes); cxm says {c['series']:,}: "
          f"{'OK' if out['series_agree'] else 'MISMATCH'} ({load()})")
    return out


class DemoBackend(mq.SQLiteBackend):
    """An existing SQLite database folder (the demo's), used as it is."""

    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.db = os.path.join(data_dir, "cxm.sqlite")


def demo_reference(args, work):
    """The same check on the demo database: a small workspace's series count and times."""
    demo_dir = args.demo_dir or os.path.join(work, "demo")
    made = None
    db = os.path.join(demo_dir, "cxm.sqlite")
    if not os.path.exists(db):
        os.makedirs(demo_dir, exist_ok=True)
        t = time.perf_counter()
        run = run_timed([b.cxm_bin(), "demo", "--data-dir", demo_dir, "--log-level", "error"], args.generate_timeout)
        if run["code"] != 0:
            raise RuntimeError(f"cxm demo failed ({run['code']}): {run['stderr'][-2000:]}")
        made = time.perf_counter() - t
        b.log(f"  cxm demo --data-dir {demo_dir}: {made:.1f} s")
    backend = DemoBackend(demo_dir)
    out = {"demo_dir": demo_dir, "demo_s": made, "responses": backend.count_responses()}
    out["check"] = check_runs(backend, min(args.runs, 3), args.timeout, "demo")
    ref = reference(backend, out["check"]["periods"], 1, args.timeout)
    out["check"]["themes"] = ref["expected"]["themes"]
    out["expected"] = ref["expected"]
    out["series_agree"] = out["check"]["series"] == ref["expected"]["series"]
    return out


# ----------------------------------------------------------------------------------------------
# Output


def rows_of(out):
    """The summary rows: (backend, figure, value, target, reference, result)."""
    rows = []
    help_ms = out["help_s_median"] * 1000
    for r in out["results"]:
        be, c, ref, g = r["backend"], r["check"], r["reference"], r["generate"]
        size = "" if r["responses"] == RESPONSES else f"; {r['responses']:,} responses, not 3 M"
        verdict = "PASS" if r["pass"] else ("MISS (no theme series)" if c["themes"] == 0 else "MISS")
        rows.append((be, f"alert check, read + checked ({c['series']:,} series, {c['themes']} themes{size})",
                     f"{c['total_s_median']:.3f} s (read {c['read_s_median']:.3f}, "
                     f"checked {c['checked_s_median']:.3f})", f"< {TARGET_S:g} s",
                     f"{ref['shell']} same read {ref['query_s_median']:.3f} s "
                     f"(cxm read x{r['ratio_read_to_shell']:.2f})",
                     verdict))
        rows.append((be, "alert check, whole process (informational)", f"{c['wall_s_median']:.3f} s (cold "
                     f"{c['cold']['wall_s']:.3f})", "", f"cxm --help {help_ms:.0f} ms", ""))
        rows.append((be, "series read == series in the SQL reference's rows", f"{c['series']:,}", "equal",
                     f"{ref['expected']['series']:,}", "PASS" if r["series_agree"] else "MISS"))
        rows.append((be, "cxm generate --comments 0.3 (informational)",
                     f"{g['rps_wall']:,.0f} responses/s" + (" (earlier run)" if g.get("reused") else ""), "",
                     f"{g['seconds_wall']:.0f} s for {g['responses']:,}", ""))
    d = out.get("demo")
    if d:
        c = d["check"]
        rows.append(("demo", f"alert check on the demo ({c['series']:,} series, {c['themes']} themes), informational",
                     f"{c['total_s_median']:.3f} s (read {c['read_s_median']:.3f}, "
                     f"checked {c['checked_s_median']:.3f})",
                     "", f"whole process {c['wall_s_median']:.3f} s", ""))
    return rows


def print_report(out):
    print(f"alert evaluation, `cxm alerts check --dry-run --timing`: {out['responses']:,} generated responses "
          f"({SHAPE['touchpoints']} touchpoints, {SHAPE['units']} units, {SHAPE['days']} days, comments "
          f"{SHAPE['comments']}); cxm --help {out['help_s_median'] * 1000:.0f} ms; {load()}")
    for r in out["results"]:
        c, ref, e = r["check"], r["reference"], r["reference"]["expected"]
        g = r["generate"]
        print(f"  {r['backend']}: {r['periods']['count']} weeks {r['periods']['first']} .. {r['periods']['last']}; "
              f"{r['text_analyses']:,} analysed comments; generated at {g['rps_wall']:,.0f} responses/s"
              + (f" (earlier run, {g['finished']})" if g.get("reused") else "")
              + (f"; {r['queued_before']} queued rollup rows before the first check" if r["queued_before"] else ""))
        print(f"    read + checked, median of {c['runs']}: {c['total_s_median']:.3f} s (runs {fmt_runs(c['total_s'])}; "
              f"read {c['read_s_median']:.3f}, checked {c['checked_s_median']:.3f}) target < {TARGET_S:g} s: "
              f"{'PASS' if r['pass_time'] else 'MISS'}")
        print(f"    cold (first run): read {c['cold']['read_s']:.3f} s, checked {c['cold']['checked_s']:.3f} s, whole "
              f"process {c['cold']['wall_s']:.3f} s")
        print(f"    whole process (informational): median {c['wall_s_median']:.3f} s (runs "
              f"{fmt_runs(c['wall_s'])}; CPU {c['cpu_s_median']:.3f} s, peak RSS {c['rss_mb']:.0f} MB); cxm --help "
              f"{out['help_s_median']:.3f} s")
        print(f"    reference {ref['shell']}, the same three statements, warm, median of {len(ref['query_s'])}: "
              f"{ref['query_s_median']:.3f} s (weekly series {ref['per_statement_s'][0]:.3f}, texts "
              f"{ref['per_statement_s'][1]:.3f}, themes {ref['per_statement_s'][2]:.3f}; whole process "
              f"{ref['wall_s_median']:.3f} s); cxm read / {ref['shell']} = {r['ratio_read_to_shell']:.2f}")
        bf = ref["before"]
        print(f"    before the weekly grain (b57250d's statements in the same shell): {bf['query_s_median']:.3f} s "
              f"(daily rollups grouped into weeks {bf['per_statement_s'][0]:.3f}, texts {bf['per_statement_s'][1]:.3f}, "
              f"themes {bf['per_statement_s'][2]:.3f}); now / before = {ref['query_s_median'] / bf['query_s_median']:.3f}")
        print(f"    the read: {ref['rollup_rows']:,} weekly rollup rows (touchpoint x unit x question x survey) = "
              f"{e['cells']:,} weekly cells; {e['texts']:,} analysed answers and {e['negative_mentions']:,} negative "
              "theme mentions counted per day")
        print(f"    series {c['series']:,} (the reference's rows give {e['series']:,}: {e['unit_series']:,} "
              f"touchpoint x unit, {e['across_units']:,} touchpoint across units, {e['themes']} themes): "
              f"{'OK' if r['series_agree'] else 'MISMATCH'}; assessed {c['assessed']:,}; findings {c['findings']} "
              f"({c['worse_findings']} for the worse, {c['theme_findings']} on themes)")
        print(f"    theme series: {c['themes']} ({', '.join(e['theme_ids'][:8])}{', ...' if e['themes'] > 8 else ''}) "
              f"target > 0: {'PASS' if c['themes'] > 0 else 'MISS (no theme series)'}")
        for note in r.get("notes", []):
            print(f"    note: {note}")
    d = out.get("demo")
    if d:
        c = d["check"]
        made = f"; cxm demo {d['demo_s']:.1f} s" if d.get("demo_s") else ""
        print(f"  demo ({d['responses']:,} responses{made}): {c['series']:,} series ({c['themes']} themes), assessed "
              f"{c['assessed']:,}, findings {c['findings']}; read + checked {c['total_s_median']:.3f} s (read "
              f"{c['read_s_median']:.3f}, checked {c['checked_s_median']:.3f}; cold {c['cold']['total_s']:.3f}); whole "
              f"process {c['wall_s_median']:.3f} s; series as in the sqlite3 reference's rows "
              f"({d['expected']['series']:,}): {'OK' if d['series_agree'] else 'MISMATCH'}")
    verdicts = [r["pass"] and r["series_agree"] for r in out["results"]]
    print(f"  result: {'PASS' if verdicts and all(verdicts) else 'MISS'}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--responses", type=int, help=f"generated responses (default {RESPONSES:,}; --quick: a tenth)")
    ap.add_argument("--quick", action="store_true", help="a tenth of the responses (a smoke test)")
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="sqlite")
    ap.add_argument("--keep", help="keep the generated databases in this folder and reuse them")
    ap.add_argument("--runs", type=int, default=5, help="timed checks after the cold one (median)")
    ap.add_argument("--ref-runs", type=int, default=5, help="timed reference runs after a warm-up (median)")
    ap.add_argument("--demo-dir", help="a demo database to check as the small reference (default: a new one)")
    ap.add_argument("--no-demo", action="store_true", help="skip the demo reference")
    ap.add_argument("--pg-url", help="an empty (or kept) PostgreSQL database instead of a private cluster")
    ap.add_argument("--timeout", type=float, default=600, help="seconds one check or reference run may take")
    ap.add_argument("--generate-timeout", type=float, default=7200, help="seconds generating may take")
    ap.add_argument("--json")
    args = ap.parse_args()
    b.cxm_bin()
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line shell is needed (Debian: apt-get install -y sqlite3)")
    n = args.responses or (RESPONSES // 10 if args.quick else RESPONSES)
    if args.keep:
        work = os.path.abspath(args.keep)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="cxm-bench-alerts-", dir="/tmp")
    b.log(f"alert evaluation with {b.cxm_bin()} on {n:,} responses; work folder {work}; {os.cpu_count()} CPUs; "
          f"{load()}")
    out = {"benchmark": "alerts", "responses": n, "full_size": n == RESPONSES, "shape": SHAPE, "results": []}
    try:
        out["help_s_median"] = help_floor()
        for name in (["sqlite", "postgres"] if args.backend == "both" else [args.backend]):
            backend = mq.SQLiteBackend(work) if name == "sqlite" else mq.PostgresBackend(work, args.pg_url)
            try:
                out["results"].append(measure(backend, args, n, work))
            finally:
                backend.stop()
        if not args.no_demo:
            b.log("== demo")
            out["demo"] = demo_reference(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    out["rows"] = rows_of(out)
    print_report(out)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
