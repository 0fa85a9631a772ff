#!/usr/bin/env python3
"""Targets of the measurement engine, on a generated workspace of N responses (default 10 million:
one year, 50 touchpoints, 30 units, 5 channels, made by `cxm generate`), on SQLite and PostgreSQL:

  (a) NPS with its interval per touchpoint x ISO week for the year, warm, through
      GET /api/v1/metrics: median < 100 ms;
  (a') the same query for the customers of a saved segment (a fifth of 100,000 customers; 70 % of
      responses name a customer), from the segment's rollups: median < 100 ms, and the same JSON
      as from raw rows;
  (b) the same query computed by DuckDB over the raw rows exported to Parquet, in this run:
      cxm's median / DuckDB's median < 1; DuckDB's numbers must equal cxm's for every group;
  (c) a full rollup rebuild (`cxm rollups rebuild`) < 60 s;
  (d) `cxm generate` inserts through the API's insert path, rollups included: its rate is printed
      against the bulk-ingestion target (>= 20,000 responses/s; bulk_ingest.py measures the batch
      API itself against the sqlite3 shell).

References measured in the same run: DuckDB (above), the raw-row path of the same endpoint
(`&source=raw`, which must give byte-identical JSON), `cxm --help` for the process start inside
the end-to-end `cxm report` time. Every figure is printed with the load average at that moment.

PostgreSQL: unless --pg-url is given, a private cluster is initialised in the work folder
(initdb, 127.0.0.1 only, a free port, durable defaults: fsync and synchronous_commit on) and stopped
at the end. DuckDB comes from PyPI, installed once into a virtual environment
(default ~/.cache/cxm-bench/venv-duckdb; --duckdb-venv); it runs in a child process of this script.

Usage: metrics_query.py [--responses 10000000] [--backend sqlite|postgres|both] [--keep DIR]
                        [--runs 20] [--raw-runs 3] [--duckdb-runs 10] [--report-runs 5] [--json OUT]

--keep DIR keeps the generated databases (DIR/sqlite, DIR/pg) and reuses them when they hold
exactly N responses; generation takes ~10 min per 10 M responses on SQLite. A database generated on
an earlier day still works: the query covers the 365 days up to today and the checks use the same days.
"""

import argparse
import datetime
import http.client
import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

TARGET_QUERY_MS = 100.0
TARGET_RATIO = 1.0
TARGET_REBUILD_S = 60.0
TARGET_INGEST_RPS = 20_000
ZONE = "Europe/Stockholm"  # the workspace zone `cxm generate` leaves (WorkspaceSettings.initial)
Z95 = 1.959963984540054
SHAPE = dict(touchpoints=50, units=30, channels=5, days=365, customers=100_000)
SEGMENT = "load-segment-business"  # the saved segment `cxm generate` makes: a fifth of the customers
TOLERANCE = 1e-9


def load():
    return "load %.2f %.2f %.2f" % os.getloadavg()


def pct(values, p):
    return b.percentile(sorted(values), p)


def children_cpu():
    """CPU seconds (user + system) of all children waited for so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# ----------------------------------------------------------------------------------------------
# Backends: where the database lives and the cxm flags that reach it


class SQLiteBackend:
    name = "sqlite"

    def __init__(self, work):
        self.data_dir = os.path.join(work, "sqlite")
        os.makedirs(self.data_dir, exist_ok=True)
        self.db = os.path.join(self.data_dir, "cxm.sqlite")

    def args(self):
        return ["--data-dir", self.data_dir]

    def server_extra(self):
        return []

    def count_rows(self, table):
        if not os.path.exists(self.db):
            return 0
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
        finally:
            con.close()

    def count_responses(self):
        return self.count_rows("responses")

    def execute(self, statements):
        con = sqlite3.connect(self.db)
        con.execute("PRAGMA foreign_keys = ON")
        with con:
            for statement in statements:
                con.execute(statement)
        con.close()

    def wipe(self):
        for name in os.listdir(self.data_dir):
            if name.startswith("cxm.sqlite"):
                os.remove(os.path.join(self.data_dir, name))

    def export_nps(self, path):
        """The raw NPS answers as CSV: submitted_at (ms), touchpoint_id, score (sqlite3 shell)."""
        sql = ("SELECT responses.submitted_at, responses.touchpoint_id, answers.score FROM responses "
               "JOIN answers ON answers.response_id = responses.id "
               "WHERE answers.kind = 'nps' AND answers.score IS NOT NULL;")
        with open(path, "wb") as out:
            subprocess.run(["sqlite3", "-readonly", "-csv", self.db, sql], stdout=out, check=True)

    def describe(self):
        return self.db

    def stop(self):
        pass


def pg_bin_dir():
    candidates = sorted((d for d in os.listdir("/usr/lib/postgresql") if os.path.exists(
        f"/usr/lib/postgresql/{d}/bin/initdb")), key=lambda v: [int(x) for x in re.findall(r"\d+", v)]) \
        if os.path.isdir("/usr/lib/postgresql") else []
    if candidates:
        return f"/usr/lib/postgresql/{candidates[-1]}/bin"
    initdb = shutil.which("initdb")
    return os.path.dirname(os.path.realpath(initdb)) if initdb else None


class PostgresBackend:
    """A private cluster in WORK/pg (or an existing database given by URL)."""
    name = "postgres"
    user, password, database = "cxm", "cxm", "cxm_bench"

    def __init__(self, work, url=None, options=()):
        self.work = work
        self.data_dir = os.path.join(work, "pg-local")  # cxm's --data-dir (local files only)
        os.makedirs(self.data_dir, exist_ok=True)
        self.external = url is not None
        self.url = url
        self.options = list(options)
        self.base = os.path.join(work, "pg")
        self.started = False
        if not self.external:
            self.start_cluster()

    # -- the cluster
    def as_owner(self, cmd, **kw):
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, cwd="/", **kw)

    def start_cluster(self):
        bindir = pg_bin_dir()
        if not bindir:
            raise RuntimeError("PostgreSQL is not installed (apt-get install -y postgresql) and no --pg-url was given")
        self.bindir = bindir
        data, sock = os.path.join(self.base, "data"), os.path.join(self.base, "socket")
        os.makedirs(sock, exist_ok=True)
        if os.geteuid() == 0:
            os.chmod(self.work, 0o755)
            os.chmod(self.base, 0o755)
            shutil.chown(sock, "postgres", "postgres")
        if not os.path.exists(os.path.join(data, "PG_VERSION")):
            os.makedirs(data, exist_ok=True)
            os.chmod(data, 0o700)
            if os.geteuid() == 0:
                shutil.chown(data, "postgres", "postgres")
            b.log(f"  initdb in {data}")
            out = self.as_owner([f"{bindir}/initdb", "-D", data, "--username=postgres", "--encoding=UTF8",
                                 "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"],
                                capture_output=True, text=True)
            if out.returncode != 0:
                raise RuntimeError(f"initdb failed: {out.stdout[-1000:]} {out.stderr[-1000:]}")
        self.port = b.free_port()
        logf = os.path.join(self.base, "postgres.log")
        if os.geteuid() == 0 and not os.path.exists(logf):
            open(logf, "a").close()
            shutil.chown(logf, "postgres", "postgres")
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {sock} " + " ".join(f"-c {o}" for o in self.options)
        out = self.as_owner([f"{bindir}/pg_ctl", "-D", data, "-o", opts, "-l", logf, "-w", "-t", "120", "start"],
                            capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {out.stderr[-1000:]}; see {logf}")
        self.started = True
        self.sock = sock
        exists = self.psql_local("SELECT 1 FROM pg_roles WHERE rolname = 'cxm'").strip()
        if not exists:
            self.psql_local(f"CREATE ROLE {self.user} LOGIN CREATEDB PASSWORD '{self.password}'")
        if not self.psql_local(f"SELECT 1 FROM pg_database WHERE datname = '{self.database}'").strip():
            self.psql_local(f"CREATE DATABASE {self.database} OWNER {self.user}")
        self.url = f"postgres://{self.user}:{self.password}@127.0.0.1:{self.port}/{self.database}"
        version = self.psql_local("SHOW server_version").strip()
        settings = self.psql_local("SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings "
                                   "WHERE name IN ('fsync','synchronous_commit','shared_buffers','work_mem',"
                                   "'max_parallel_workers_per_gather','full_page_writes')").strip()
        b.log(f"  PostgreSQL {version} on 127.0.0.1:{self.port} ({settings})")

    def psql_local(self, sql, database="postgres"):
        out = self.as_owner([f"{self.bindir}/psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-h", self.sock,
                             "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql],
                            capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"psql failed on {sql!r}: {out.stderr[-1000:]}")
        return out.stdout

    def stop(self):
        if self.started:
            self.as_owner([f"{self.bindir}/pg_ctl", "-D", os.path.join(self.base, "data"), "-m", "fast", "-w",
                           "-t", "60", "stop"], capture_output=True)
            self.started = False

    # -- the database
    def args(self):
        return ["--database", self.url, "--data-dir", self.data_dir]

    def server_extra(self):
        return ["--database", self.url]

    def psql(self, *args, check=True):
        psql = shutil.which("psql") or (os.path.join(self.bindir, "psql") if not self.external else "psql")
        return subprocess.run([psql, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", self.url, *args],
                              capture_output=True, text=True, check=check)

    def count_rows(self, table):
        out = self.psql("-c", f"SELECT COUNT(*) FROM {table}", check=False)
        return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else 0

    def count_responses(self):
        return self.count_rows("responses")

    def execute(self, statements):
        self.psql("-1", *[arg for st in statements for arg in ("-c", st)])

    def wipe(self):
        if self.external:
            raise RuntimeError(f"{self.describe()} holds other data; give an empty database or the same --responses")
        self.psql_local(f"DROP DATABASE {self.database}")
        self.psql_local(f"CREATE DATABASE {self.database} OWNER {self.user}")

    def export_nps(self, path):
        sql = ("SELECT responses.submitted_at, responses.touchpoint_id, answers.score FROM responses "
               "JOIN answers ON answers.response_id = responses.id "
               "WHERE answers.kind = 'nps' AND answers.score IS NOT NULL")
        self.psql("-c", f"\\copy ({sql}) TO '{path}' WITH (FORMAT csv)")

    def describe(self):
        return re.sub(r":[^:@/]*@", ":***@", self.url)


# ----------------------------------------------------------------------------------------------
# cxm


def cxm(backend, *args, check=True):
    cmd = [b.cxm_bin(), *args, *backend.args(), "--log-level", "error"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if check and out.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({out.returncode}): {out.stdout[-1000:]} {out.stderr[-2000:]}")
    return out


def run_generate(cmd):
    """Runs `cxm generate`, echoing its progress lines with the elapsed time and load average."""
    loads = [os.getloadavg()[0]]
    progress = []
    cpu = children_cpu()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b._children.append(proc)

    def sample():  # the 1-minute load average every 10 s while it runs (cxm's own share included)
        while proc.poll() is None:
            loads.append(os.getloadavg()[0])
            time.sleep(10)
    threading.Thread(target=sample, daemon=True).start()
    final = None
    for line in proc.stdout:  # cxm's stdout is block-buffered in a pipe: the lines may all come at the end
        line = line.rstrip()
        elapsed = time.perf_counter() - t
        if line.startswith("generated"):
            final = line
        elif line.strip():
            progress.append((round(elapsed, 1), line.strip()))
            b.log(f"    {elapsed:7.1f} s  {line.strip()}  ({load()})")
    err = proc.stderr.read()
    proc.wait()
    b._children.remove(proc)
    seconds = time.perf_counter() - t
    return proc.returncode, err, final, progress, loads, seconds, children_cpu() - cpu


# `cxm generate` on an empty database stops at its survey (LoadDataSet offers every language but
# has English texts only, so Survey.validated() refuses it) after creating the units, channels,
# journeys, stages and touchpoints. Until that is fixed, the survey is created through the API with
# texts in every language, copied to the id the generator uses, and the responses added with --append.
SURVEY_BUG = "is missing; the survey is offered in"


def install_load_survey(backend, work):
    token = cxm(backend, "token", "create", "--name", "bench-survey", "--role", "admin").stdout.strip().splitlines()[-1]
    languages = ["en", "sv", "da", "nb", "fi"]
    body = {"name": "Load survey", "touchpointIDs": [f"load-tp-{i}" for i in range(SHAPE["touchpoints"])],
            "languages": languages,
            "questions": [{"key": "nps", "type": "nps", "text": {l: "How likely are you to recommend us?" for l in languages}},
                          {"key": "ces", "type": "ces", "text": {l: "How easy was it?" for l in languages}}]}
    with b.Server(backend.data_dir, extra_args=backend.server_extra(),
                  log_path=os.path.join(work, f"serve-{backend.name}-survey.log")) as server:
        status, data = b.api(server.port, "POST", "/api/v1/surveys", token=token, body=body)
        if status != 201:
            raise RuntimeError(f"POST /api/v1/surveys answered {status}: {data[:500]}")
        sid = json.loads(data)["id"]
        backend.execute([
            "INSERT INTO surveys (id, name, current_version, created_at, updated_at) SELECT 'load-survey', name, "
            f"current_version, created_at, updated_at FROM surveys WHERE id = '{sid}'",
            "INSERT INTO survey_versions (survey_id, version, definition, created_at) SELECT 'load-survey', version, "
            f"REPLACE(definition, '\"{sid}\"', '\"load-survey\"'), created_at FROM survey_versions WHERE survey_id = '{sid}'",
            "INSERT INTO survey_questions (survey_id, version, question_key, kind) SELECT 'load-survey', version, "
            f"question_key, kind FROM survey_questions WHERE survey_id = '{sid}'",
            "INSERT INTO survey_touchpoints (survey_id, touchpoint_id) SELECT 'load-survey', touchpoint_id "
            f"FROM survey_touchpoints WHERE survey_id = '{sid}'"])
        status, data = b.api(server.port, "DELETE", f"/api/v1/surveys/{sid}", token=token)
        if status != 204:
            raise RuntimeError(f"DELETE /api/v1/surveys/{sid} answered {status}: {data[:500]}")


def ensure_generated(backend, n, keep, work):
    """Generates N responses unless the (kept) database holds exactly that many; returns what
    `cxm generate` reported (from this run or, when reused, from the run that made it)."""
    marker = os.path.join(backend.data_dir, "generated.json")
    have = backend.count_responses()
    info = None
    if have == n and os.path.exists(marker):
        with open(marker) as f:
            info = json.load(f)
        if info.get("shape") != SHAPE:
            info = None
    if info is not None:
        info["reused"] = True
        b.log(f"  reusing {backend.describe()}: {n} responses generated at {info['finished']}")
        return info
    if have or backend.count_rows("touchpoints"):
        b.log(f"  {backend.describe()} holds {have} responses, not {n} of this shape ({SHAPE}): starting over")
        backend.wipe()
    cmd = [b.cxm_bin(), "generate", *backend.args(), "--log-level", "error", "--responses", str(n),
           "--touchpoints", str(SHAPE["touchpoints"]), "--units", str(SHAPE["units"]),
           "--channels", str(SHAPE["channels"]), "--days", str(SHAPE["days"]), "--customers", str(SHAPE["customers"])]
    b.log(f"  cxm generate --responses {n} into {backend.describe()} ({load()}) ...")
    code, err, final, progress, loads, seconds, cpu = run_generate(cmd)
    workaround = False
    if code != 0 and SURVEY_BUG in err and backend.count_rows("responses") == 0:
        workaround = True
        b.log(f"  BUG: cxm generate refused its own survey ({err.strip()[:160]}...); creating the survey through the "
              "API with texts in every language and generating with --append")
        install_load_survey(backend, work)
        code, err, final, progress, loads, seconds, cpu = run_generate(cmd + ["--append"])
    if code != 0:
        raise RuntimeError(f"cxm generate failed ({code}): {err[-2000:]}")
    m = re.search(r"\((\d+) responses/s", final or "")
    info = {"responses": n, "seconds_wall": seconds, "rps_reported": int(m.group(1)) if m else None,
            "rps_wall": n / seconds, "cpu_s": cpu, "output": final, "progress": progress, "survey_workaround": workaround,
            "load_1min_mean": sum(loads) / len(loads), "load_1min_max": max(loads),
            "finished": datetime.datetime.now().isoformat(timespec="seconds"), "reused": False, "shape": SHAPE}
    b.log(f"  {final} -- process wall time {seconds:.1f} s, cxm CPU {cpu:.1f} s; 1-minute load during the run: mean "
          f"{info['load_1min_mean']:.1f}, max {info['load_1min_max']:.1f} ({load()})")
    if keep:
        with open(marker, "w") as f:
            json.dump(info, f)
    return info


Client = b.KeepAliveClient


def groups_of(result):
    """{(touchpoint id, week label): the numbers the checks compare} of a metrics JSON result."""
    table = {}
    for g in result["groups"]:
        key = {v["grouping"]: v["id"] for v in g["key"]}
        f = g["figure"]
        d = f["details"]
        table[(key["touchpoint"], key["week"])] = {
            "n": f["n"], "promoters": d["promoters"], "passives": d["passives"], "detractors": d["detractors"],
            "nps": f["value"], "low": f["interval"]["low"], "high": f["interval"]["high"], "margin": f["margin"]}
    return table


# ----------------------------------------------------------------------------------------------
# DuckDB (runs in a child process under the virtual environment's Python)

# Two formulations, both checked against cxm; the faster one is the reference. "icu": ISO year and
# week of each TIMESTAMPTZ in the session zone (ICU calendar per row and part). "local": each
# instant turned into Stockholm wall time once, grouped by the Monday of its week, ISO year and
# week taken of the Monday (the same ISO week as every day of that week).
DUCKDB_FIGURES = """
), adjusted AS (
    SELECT *, (promoters + 0.75) / (n + 3) AS p, (detractors + 0.75) / (n + 3) AS d FROM counts
), wald AS (
    SELECT *, 100 * (p - d) AS centre, 100 * sqrt(greatest(0, p + d - (p - d) * (p - d)) / (n + 3)) AS se
      FROM adjusted
)
SELECT touchpoint_id, iso_year, iso_week, n, promoters, passives, detractors,
       100.0 * promoters / n - 100.0 * detractors / n AS nps,
       greatest(-100, least(100, centre - {z} * se)) AS low,
       greatest(-100, least(100, centre + {z} * se)) AS high,
       {z} * se AS margin
  FROM wald
 WHERE n >= 5
 ORDER BY touchpoint_id, iso_year, iso_week
"""
DUCKDB_RANGE = ("ts >= CAST(DATE '{first}' AS TIMESTAMPTZ) "
                "AND ts < CAST(DATE '{last}' + INTERVAL 1 DAY AS TIMESTAMPTZ)")
DUCKDB_COUNTS = """COUNT(*) AS n, COUNT(*) FILTER (WHERE score >= 9) AS promoters,
           COUNT(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,
           COUNT(*) FILTER (WHERE score <= 6) AS detractors"""
DUCKDB_QUERIES = {
    "icu": """
WITH counts AS (
    SELECT touchpoint_id, isoyear(ts) AS iso_year, week(ts) AS iso_week, """ + DUCKDB_COUNTS + """
      FROM read_parquet('{parquet}') WHERE """ + DUCKDB_RANGE + """
     GROUP BY ALL""" + DUCKDB_FIGURES,
    "local": """
WITH weekly AS (
    SELECT touchpoint_id, date_trunc('week', timezone('""" + ZONE + """', ts)) AS monday, """ + DUCKDB_COUNTS + """
      FROM read_parquet('{parquet}') WHERE """ + DUCKDB_RANGE + """
     GROUP BY ALL
), counts AS (
    SELECT touchpoint_id, isoyear(monday) AS iso_year, week(monday) AS iso_week, n, promoters, passives, detractors
      FROM weekly""" + DUCKDB_FIGURES,
}


def duckdb_worker(spec):
    import duckdb
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{ZONE}'")
    result = {"version": duckdb.__version__, "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
              "icu": bool(con.execute("SELECT COUNT(*) FROM duckdb_extensions() WHERE extension_name = 'icu' "
                                      "AND loaded").fetchone()[0])}
    if spec["mode"] == "convert":
        t = time.perf_counter()
        con.execute(f"""
            COPY (SELECT make_timestamptz(submitted_at * 1000) AS ts, touchpoint_id, score::UTINYINT AS score
                    FROM read_csv('{spec['csv']}', header = false,
                                  columns = {{'submitted_at': 'BIGINT', 'touchpoint_id': 'VARCHAR', 'score': 'INTEGER'}}))
              TO '{spec['parquet']}' (FORMAT parquet)""")
        result["seconds"] = time.perf_counter() - t
        result["rows"] = con.execute(f"SELECT COUNT(*) FROM read_parquet('{spec['parquet']}')").fetchone()[0]
    else:
        result["variants"] = {}
        for name, template in DUCKDB_QUERIES.items():
            sql = template.format(parquet=spec["parquet"], first=spec["from"], last=spec["to"], z=repr(Z95))
            times = []
            rows = None
            for i in range(spec["warmup"] + spec["runs"]):
                t = time.perf_counter()
                rows = con.execute(sql).fetchall()
                if i >= spec["warmup"]:
                    times.append(time.perf_counter() - t)
            result["variants"][name] = {
                "sql": sql, "times": times,
                "rows": [[tp, f"{y}-W{w:02d}", n, p, pa, d, nps, lo, hi, m]
                         for tp, y, w, n, p, pa, d, nps, lo, hi, m in rows]}
    print(json.dumps(result))


def duckdb_python(venv):
    python = os.path.join(venv, "bin", "python")
    if os.path.exists(python) and subprocess.run([python, "-c", "import duckdb"], capture_output=True).returncode == 0:
        return python
    b.log(f"  installing duckdb from PyPI into {venv}")
    if not os.path.exists(python):
        out = subprocess.run([sys.executable, "-m", "venv", venv], capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"python3 -m venv failed (Debian: apt-get install -y python3-venv): {out.stderr[-500:]}")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "duckdb"], check=True)
    return python


def run_duckdb(python, spec):
    out = subprocess.run([python, os.path.abspath(__file__), "--duckdb-worker", json.dumps(spec)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"DuckDB worker failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout)


def compare_with_duckdb(cxm_groups, duck_rows):
    """Mismatches between cxm's groups and DuckDB's rows: counts exactly, values to TOLERANCE."""
    problems = []
    duck = {(r[0], r[1]): dict(zip(("n", "promoters", "passives", "detractors", "nps", "low", "high", "margin"), r[2:]))
            for r in duck_rows}
    for key in sorted(set(cxm_groups) | set(duck)):
        a, d = cxm_groups.get(key), duck.get(key)
        if a is None or d is None:
            problems.append(f"{key}: only in {'DuckDB' if a is None else 'cxm'}")
            continue
        for field in ("n", "promoters", "passives", "detractors"):
            if a[field] != d[field]:
                problems.append(f"{key}: {field} cxm {a[field]} DuckDB {d[field]}")
        for field in ("nps", "low", "high", "margin"):
            if abs(a[field] - d[field]) > TOLERANCE:
                problems.append(f"{key}: {field} cxm {a[field]!r} DuckDB {d[field]!r}")
    worst = max((abs(a[f] - duck[k][f]) for k, a in cxm_groups.items() if k in duck
                 for f in ("nps", "low", "high", "margin")), default=float("nan"))
    return problems, worst, len(duck)


# ----------------------------------------------------------------------------------------------


def measure(backend, args, days, duck_python, work):
    first, last = days
    out = {"backend": backend.name, "database": backend.describe()}
    b.log(f"== {backend.name}: {args.responses} responses")
    out["generate"] = ensure_generated(backend, args.responses, args.keep, work)

    token = cxm(backend, "token", "create", "--name", "bench-metrics", "--role", "admin").stdout.strip().splitlines()[-1]
    path = f"/api/v1/metrics?metric=nps&by=touchpoint,week&from={first}&to={last}"
    server = b.Server(backend.data_dir, extra_args=backend.server_extra(),
                      log_path=os.path.join(work, f"serve-{backend.name}.log"))
    with server:
        client = Client(server.port, token)
        out["load_api_start"] = load()
        for _ in range(args.warmup):
            _, body = client.get(path)
        times = []
        cpu = b.cpu_seconds(server.pid)
        for _ in range(args.runs):
            seconds, body = client.get(path)
            times.append(seconds)
        out["api_server_cpu_ms_per_call"] = (b.cpu_seconds(server.pid) - cpu) / args.runs * 1000
        out["load_api_end"] = load()
        result = json.loads(body)
        out["api_ms"] = [t * 1000 for t in times]
        out["api_ms_median"] = b.median(out["api_ms"])
        out["api_ms_p90"] = pct(out["api_ms"], 90)
        out["groups"] = len(result["groups"])
        out["suppressed_groups"] = result["suppressedGroups"]
        out["total_n"] = result["total"]["figure"]["n"] if result.get("total") else 0
        out["body_bytes"] = len(body)
        b.log(f"  API, rollups: median {out['api_ms_median']:.1f} ms, p90 {out['api_ms_p90']:.1f} ms, "
              f"min {min(out['api_ms']):.1f}, max {max(out['api_ms']):.1f} over {args.runs} calls; server CPU "
              f"{out['api_server_cpu_ms_per_call']:.0f} ms per call; "
              f"{out['groups']} groups, n = {out['total_n']} ({out['load_api_end']})")
        rollup_body = body

        raw_times = []
        raw_body = None
        out["load_raw_start"] = load()
        for i in range(args.raw_runs):
            seconds, raw_body = client.get(path + "&source=raw")
            raw_times.append(seconds)
            b.log(f"  API, source=raw, run {i + 1}/{args.raw_runs}: {seconds:.2f} s ({load()})")
        client.close()
        out["raw_s"] = raw_times
        out["raw_s_median"] = b.median(raw_times)
        out["raw_identical"] = raw_body == rollup_body
        if not out["raw_identical"] and raw_body is not None:
            a, r = groups_of(result), groups_of(json.loads(raw_body))
            diff = [k for k in sorted(set(a) | set(r)) if a.get(k) != r.get(k)]
            out["raw_differences"] = [str(k) for k in diff[:20]]
        b.log(f"  rollups and raw rows give identical JSON: {'OK' if out['raw_identical'] else 'MISMATCH'}")

        # The same query for the customers of a saved segment (segment rollups), and from raw rows.
        seg_path = path + "&segment=" + SEGMENT
        client = Client(server.port, token)
        for _ in range(args.warmup):
            client.get(seg_path)
        seg_times = []
        for _ in range(args.runs):
            seconds, seg_body = client.get(seg_path)
            seg_times.append(seconds)
        seg_result = json.loads(seg_body)
        out["segment_ms"] = [t * 1000 for t in seg_times]
        out["segment_ms_median"] = b.median(out["segment_ms"])
        out["segment_ms_p90"] = pct(out["segment_ms"], 90)
        out["segment_groups"] = len(seg_result["groups"])
        out["segment_n"] = seg_result["total"]["figure"]["n"] if seg_result.get("total") else 0
        b.log(f"  API, segment {SEGMENT} (segment rollups): median {out['segment_ms_median']:.1f} ms, p90 "
              f"{out['segment_ms_p90']:.1f} ms over {args.runs} calls; {out['segment_groups']} groups, "
              f"n = {out['segment_n']} ({load()})")
        seconds, seg_raw = client.get(seg_path + "&source=raw")
        client.close()
        out["segment_raw_s"] = seconds
        out["segment_raw_identical"] = seg_raw == seg_body
        b.log(f"  API, segment from raw rows: {seconds:.2f} s; identical JSON: "
              f"{'OK' if out['segment_raw_identical'] else 'MISMATCH'} ({load()})")

    # End-to-end `cxm report` (process start, migrations check, query, JSON) and the process floor.
    report_args = ["report", "--metric", "nps", "--by", "touchpoint,week", "--from", first, "--to", last,
                   "--format", "json"]
    help_times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([b.cxm_bin(), "--help"], capture_output=True, check=True)
        help_times.append(time.perf_counter() - t)
    out["help_ms_median"] = b.median(help_times) * 1000
    report_times = []
    report = None
    out["load_report"] = load()
    for i in range(1 + args.report_runs):
        t = time.perf_counter()
        report = cxm(backend, *report_args).stdout
        if i > 0:
            report_times.append(time.perf_counter() - t)
    out["report_ms"] = [t * 1000 for t in report_times]
    out["report_ms_median"] = b.median(out["report_ms"])
    out["report_equals_api"] = json.loads(report) == result
    b.log(f"  cxm report (whole process): median {out['report_ms_median']:.0f} ms over {args.report_runs} "
          f"(cxm --help {out['help_ms_median']:.0f} ms); same as the API: "
          f"{'OK' if out['report_equals_api'] else 'MISMATCH'} ({out['load_report']})")

    # DuckDB over the raw rows of this database.
    if duck_python:
        csv_path = os.path.join(work, f"nps-{backend.name}.csv")
        parquet = os.path.join(work, f"nps-{backend.name}.parquet")
        t = time.perf_counter()
        backend.export_nps(csv_path)
        out["export_s"] = time.perf_counter() - t
        conv = run_duckdb(duck_python, {"mode": "convert", "csv": csv_path, "parquet": parquet})
        os.remove(csv_path)
        out["duckdb_version"], out["duckdb_threads"], out["duckdb_icu"] = conv["version"], conv["threads"], conv["icu"]
        out["parquet_rows"] = conv["rows"]
        out["parquet_convert_s"] = conv["seconds"]
        out["parquet_mb"] = os.path.getsize(parquet) / 1e6
        b.log(f"  exported {conv['rows']} NPS answers in {out['export_s']:.1f} s; CSV -> Parquet by DuckDB "
              f"{conv['seconds']:.1f} s ({out['parquet_mb']:.0f} MB; not timed below)")
        out["load_duckdb_start"] = load()
        q = run_duckdb(duck_python, {"mode": "query", "parquet": parquet, "from": first, "to": last,
                                     "warmup": 2, "runs": args.duckdb_runs})
        out["load_duckdb_end"] = load()
        os.remove(parquet)
        out["duckdb_variants"] = {}
        for name, v in q["variants"].items():
            problems, worst, duck_groups = compare_with_duckdb(groups_of(result), v["rows"])
            ms = [t * 1000 for t in v["times"]]
            out["duckdb_variants"][name] = {"ms": ms, "ms_median": b.median(ms), "groups": duck_groups,
                                            "agrees": not problems, "problems": problems[:50], "worst_abs_diff": worst,
                                            "sql": v["sql"]}
            b.log(f"  DuckDB {q['version']} ({q['threads']} threads, ICU {'yes' if q['icu'] else 'NO'}), Parquet, warm, "
                  f"'{name}' query: median {b.median(ms):.1f} ms over {args.duckdb_runs} (min {min(ms):.1f}, "
                  f"max {max(ms):.1f}); {duck_groups} groups: "
                  + ("OK: n, promoters, passives, detractors equal to cxm's; NPS, interval and margin within "
                     f"{TOLERANCE:g} (largest difference {worst:.2g})" if not problems else
                     f"MISMATCH in {len(problems)} values, e.g. " + "; ".join(problems[:5])))
        b.log(f"  ({out['load_duckdb_end']})")
        best = min(out["duckdb_variants"], key=lambda k: out["duckdb_variants"][k]["ms_median"])
        v = out["duckdb_variants"][best]
        out["duckdb_reference"] = best
        out["duckdb_ms"], out["duckdb_ms_median"] = v["ms"], v["ms_median"]
        out["duckdb_groups"], out["duckdb_agrees"] = v["groups"], all(
            x["agrees"] for x in out["duckdb_variants"].values())
        out["ratio_cxm_to_duckdb"] = out["api_ms_median"] / out["duckdb_ms_median"]
        b.log(f"  ratio cxm / DuckDB (the faster '{best}' query): {out['ratio_cxm_to_duckdb']:.2f}")

    # Full rebuild, then the same report again: rebuilt rollups must equal the incremental ones.
    rebuilds, rebuild_cpu = [], []
    out["load_rebuild_start"] = load()
    for i in range(args.rebuild_runs):
        cpu = children_cpu()
        t = time.perf_counter()
        r = cxm(backend, "rollups", "rebuild")
        rebuilds.append(time.perf_counter() - t)
        rebuild_cpu.append(children_cpu() - cpu)
        out["rebuild_output"] = r.stdout.strip()
        b.log(f"  cxm rollups rebuild, run {i + 1}/{args.rebuild_runs}: {rebuilds[-1]:.1f} s (whole process; cxm CPU "
              f"{rebuild_cpu[-1]:.1f} s): {r.stdout.strip()} ({load()})")
    out["rebuild_cpu_s"] = rebuild_cpu
    out["load_rebuild_end"] = load()
    out["rebuild_s"] = rebuilds
    out["rebuild_s_median"] = b.median(rebuilds)
    after = json.loads(cxm(backend, *report_args).stdout)
    out["rebuild_agrees"] = after == result
    b.log(f"  after the rebuild the report is unchanged: {'OK' if out['rebuild_agrees'] else 'MISMATCH'}")
    return out


def figures(results):
    """The summary rows: (backend, figure, value, target, reference, ratio, verdict)."""
    rows = []
    for r in results:
        be = r["backend"]
        g = r["generate"]
        gen_note = (" (earlier run)" if g.get("reused") else "") + (", --append" if g.get("survey_workaround") else "")
        rows.append((be, "cxm generate (insert path incl. rollups)", f"{g['rps_wall']:,.0f} responses/s{gen_note}",
                     f">= {TARGET_INGEST_RPS:,}/s", f"load {g['load_1min_mean']:.1f} mean" + (
                         f"; cxm CPU {g['cpu_s'] / g['responses'] * 1e6:.0f} us/response" if g.get("cpu_s") else ""), "",
                     "PASS" if g["rps_wall"] >= TARGET_INGEST_RPS else "MISS"))
        duck = r.get("duckdb_ms_median")
        cpu_note = f", server CPU {r['api_server_cpu_ms_per_call']:.0f} ms" if "api_server_cpu_ms_per_call" in r else ""
        rows.append((be, f"API NPS by touchpoint x week, warm median ({r['groups']} groups)",
                     f"{r['api_ms_median']:.1f} ms (p90 {r['api_ms_p90']:.1f}{cpu_note})", f"< {TARGET_QUERY_MS:.0f} ms",
                     f"raw rows {r['raw_s_median'] * 1000:,.0f} ms", f"x{r['raw_s_median'] * 1000 / r['api_ms_median']:,.0f}"
                     " faster", "PASS" if r["api_ms_median"] < TARGET_QUERY_MS else "MISS"))
        if duck is not None:
            rows.append((be, "cxm / DuckDB (Parquet, warm median)", f"{r['ratio_cxm_to_duckdb']:.2f}",
                         f"< {TARGET_RATIO:.0f}", f"DuckDB '{r['duckdb_reference']}' {duck:.1f} ms", f"{r['ratio_cxm_to_duckdb']:.2f}",
                         "PASS" if r["ratio_cxm_to_duckdb"] < TARGET_RATIO and r["duckdb_agrees"] else "MISS"))
            rows.append((be, "numbers equal to DuckDB's (every group)", "OK" if r["duckdb_agrees"] else "MISMATCH",
                         "equal", f"{r['duckdb_groups']} groups", "", "PASS" if r["duckdb_agrees"] else "MISS"))
        rows.append((be, "rollups JSON == raw-row JSON", "OK" if r["raw_identical"] else "MISMATCH", "identical", "",
                     "", "PASS" if r["raw_identical"] else "MISS"))
        if "segment_ms_median" in r:
            rows.append((be, f"the same for segment {SEGMENT}, warm median", f"{r['segment_ms_median']:.1f} ms "
                         f"(p90 {r['segment_ms_p90']:.1f}; n = {r['segment_n']:,})", f"< {TARGET_QUERY_MS:.0f} ms",
                         f"raw rows {r['segment_raw_s'] * 1000:,.0f} ms",
                         f"x{r['segment_raw_s'] * 1000 / r['segment_ms_median']:,.0f} faster",
                         "PASS" if r["segment_ms_median"] < TARGET_QUERY_MS and r["segment_raw_identical"] else "MISS"))
        rows.append((be, "cxm report, whole process (median)", f"{r['report_ms_median']:.0f} ms", "",
                     f"cxm --help {r['help_ms_median']:.0f} ms", "", ""))
        rows.append((be, "cxm rollups rebuild, whole process", f"{r['rebuild_s_median']:.1f} s" + (
                         f" (cxm CPU {b.median(r['rebuild_cpu_s']):.0f} s)" if r.get("rebuild_cpu_s") and be == "sqlite" else ""),
                     f"< {TARGET_REBUILD_S:.0f} s", "", "",
                     "PASS" if r["rebuild_s_median"] < TARGET_REBUILD_S and r["rebuild_agrees"] else "MISS"))
    return rows


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--duckdb-worker":
        duckdb_worker(json.loads(sys.argv[2]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--responses", type=int, default=10_000_000)
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--keep", help="keep the generated databases in this folder and reuse them")
    ap.add_argument("--runs", type=int, default=20, help="timed API calls (after --warmup)")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--raw-runs", type=int, default=3)
    ap.add_argument("--report-runs", type=int, default=5)
    ap.add_argument("--duckdb-runs", type=int, default=10)
    ap.add_argument("--rebuild-runs", type=int, default=1)
    ap.add_argument("--pg-url", help="use this (empty or kept) PostgreSQL database instead of a private cluster")
    ap.add_argument("--pg-option", action="append", default=[], help="a setting for the private cluster, e.g. "
                    "shared_buffers=1GB (repeatable)")
    ap.add_argument("--duckdb-venv", default=os.path.expanduser("~/.cache/cxm-bench/venv-duckdb"))
    ap.add_argument("--no-duckdb", action="store_true", help="skip the DuckDB reference")
    ap.add_argument("--json")
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line shell is needed (Debian: apt-get install -y sqlite3)")

    today = datetime.datetime.now(zoneinfo.ZoneInfo(ZONE)).date()
    days = ((today - datetime.timedelta(days=364)).isoformat(), today.isoformat())
    duck_python = None if args.no_duckdb else duckdb_python(args.duckdb_venv)
    if args.keep:
        work = os.path.abspath(args.keep)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="cxm-bench-metrics-", dir="/tmp")
    b.log(f"measurement engine on {args.responses} responses, days {days[0]} .. {days[1]} ({ZONE}); work folder "
          f"{work}; {os.cpu_count()} CPUs; {load()}")
    results = []
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    try:
        for name in backends:
            backend = SQLiteBackend(work) if name == "sqlite" else PostgresBackend(work, args.pg_url, args.pg_option)
            try:
                results.append(measure(backend, args, days, duck_python, work))
            finally:
                backend.stop()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    rows = figures(results)
    head = ("backend", "figure", "value", "target", "reference (same run)", "ratio", "result")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = "  ".join("{:%d}" % w for w in widths)
    print(f"measurement engine, {args.responses:,} responses (1 year, 50 touchpoints, 30 units, 5 channels), "
          f"NPS by touchpoint x ISO week from {days[0]} to {days[1]}; load at end {load()}")
    print(line.format(*head))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"benchmark": "metrics_query", "responses": args.responses, "days": days, "results": results,
                       "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
