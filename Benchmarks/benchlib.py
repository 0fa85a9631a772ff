"""Shared helpers for the cxm benchmarks (Python 3 standard library only).

Everything here talks to 127.0.0.1 only, starts servers as child processes and
stops them again (see Server.stop and the atexit hook).
"""

import atexit
import datetime
import http.client
import json
import os
import random
import signal
import sqlite3
import socket
import statistics
import subprocess
import sys
import time
import uuid

HOST = "127.0.0.1"

_children = []


def _kill_children():
    for proc in list(_children):
        if proc.poll() is None:
            try:
                proc.terminate()
                proc.wait(timeout=5)
            except Exception:
                proc.kill()


atexit.register(_kill_children)
for _sig in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(_sig, lambda *_: sys.exit(130))


def cxm_bin():
    path = os.environ.get("CXM_BIN")
    if not path:
        sys.exit("set CXM_BIN to the cxm binary (Benchmarks/run-all does this)")
    return path


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def percentile(sorted_values, p):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def run_cxm(*args, data_dir, quiet=True, check=True):
    cmd = [cxm_bin(), *args, "--data-dir", data_dir, "--log-level", "error"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if check and out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({out.returncode}): {out.stderr[-2000:]}")
    return out


def create_token(data_dir, name="bench"):
    out = run_cxm("token", "create", "--name", name, "--role", "admin", data_dir=data_dir)
    return out.stdout.strip().splitlines()[-1]


def proc_status(pid):
    """VmRSS and VmHWM of a process in MB (10^6 bytes; /proc reports KiB)."""
    result = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                result[key] = int(value.split()[0]) * 1024 / 1e6
    return result


def cpu_seconds(pid):
    """utime + stime of a process (all threads) in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def machine_busy_seconds():
    """CPU seconds all processes on the machine have spent busy (non-idle, non-iowait), from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Server:
    """A `cxm serve` child process on a free loopback port."""

    def __init__(self, data_dir, cpus=None, log_path=None, extra_args=()):
        self.data_dir = data_dir
        self.extra_args = list(extra_args)
        self.port = free_port()
        self.cpus = cpus
        self.log_path = log_path or os.path.join(data_dir, "serve.log")
        self.proc = None
        self.started = None
        self.ready_seconds = None

    def start(self, timeout=30.0):
        cmd = [cxm_bin(), "serve", "--data-dir", self.data_dir, "--host", HOST, "--port", str(self.port),
               "--log-level", "warning", *self.extra_args]
        cpus = self.cpus
        preexec = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
        logfile = open(self.log_path, "ab")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdout=logfile, stderr=subprocess.STDOUT, preexec_fn=preexec)
        _children.append(self.proc)
        logfile.close()
        deadline = self.started + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"cxm serve exited with {self.proc.returncode}; see {self.log_path}")
            try:
                conn = http.client.HTTPConnection(HOST, self.port, timeout=1)
                conn.request("GET", "/health")
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    self.ready_seconds = time.perf_counter() - self.started
                    return self
            except OSError:
                pass
            time.sleep(0.002)
        raise RuntimeError(f"cxm serve not ready within {timeout} s; see {self.log_path}")

    @property
    def pid(self):
        return self.proc.pid

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc in _children:
            _children.remove(self.proc)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def api(port, method, path, token=None, body=None, timeout=600):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
        if not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body).encode()
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data


# ----------------------------------------------------------------------------------------------
# Valid submissions for the demo surveys

SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7), "nki": (1, 10)}
COMMENTS = ["Quick and friendly help.", "Took too long to get through.", "Fine.", "The app keeps logging me out.",
            "Technician was on time and tidy.", "Bill was confusing", "Great value for money", ""]


def surveys_with_nps(surveys):
    return [s for s in surveys if any(q["type"] == "nps" for q in s["questions"])]


def answer_for(question, rng):
    kind = question["type"]
    if kind in SCALES:
        lo, hi = SCALES[kind]
        return rng.randint(lo, hi)
    if kind == "rating":
        return rng.randint(question.get("scaleMin", 1), question.get("scaleMax", 5))
    if kind == "single_choice":
        return rng.choice(question["options"])["key"]
    if kind == "multiple_choice":
        return [rng.choice(question["options"])["key"]]
    if kind == "open_text":
        return rng.choice(COMMENTS[:-1])
    raise ValueError(f"no generator for question type {kind}")


def make_submission(survey, rng, key, optional_share=0.5, submitted_at=None):
    """A valid submission: every required question, each optional one with probability optional_share."""
    answers = []
    for q in survey["questions"]:
        if q.get("required") or rng.random() < optional_share:
            answers.append({"question": q["key"], "value": answer_for(q, rng)})
    sub = {
        "surveyID": survey["id"],
        "touchpointID": rng.choice(survey["touchpointIDs"]),
        "language": rng.choice(survey["languages"]),
        "idempotencyKey": key,
        "answers": answers,
    }
    if submitted_at:
        sub["submittedAt"] = submitted_at
    return sub


def run_key(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def seeded(seed=20261125):
    return random.Random(seed)


# ----------------------------------------------------------------------------------------------
# The same rows written by the sqlite3 shell (the storage engine alone), for references

# What cxm sets on every SQLite connection (Sources/CXMStore/Database/Dialect.swift).
CXM_PRAGMAS = ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;", "PRAGMA foreign_keys = ON;",
               "PRAGMA busy_timeout = 10000;", "PRAGMA temp_store = MEMORY;"]


def load_catalog(db_path):
    """The current version of every survey, and each touchpoint's (owner unit, channel)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    surveys = []
    for sid, version, definition in con.execute(
            "SELECT s.id, s.current_version, v.definition FROM surveys s "
            "JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version ORDER BY s.id"):
        survey = json.loads(definition)
        survey["id"], survey["version"] = sid, version
        surveys.append(survey)
    touchpoints = {tid: (unit, channel) for tid, unit, channel in
                   con.execute("SELECT id, owner_unit_id, channel_id FROM touchpoints")}
    con.close()
    return surveys, touchpoints


def sql_text(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def write_sql(path, subs, surveys_by_id, touchpoints, pragmas, per_response=False, make_id=None):
    """The rows cxm would store for these submissions, as sqlite3 shell input: one transaction,
    or one per response (per_response=True, like single POSTs)."""
    received = int(time.time() * 1000)
    with open(path, "w") as f:
        f.write("\n".join(pragmas) + "\n")
        if not per_response:
            f.write("BEGIN IMMEDIATE;\n")
        for sub in subs:
            survey = surveys_by_id[sub["surveyID"]]
            unit, channel = touchpoints[sub["touchpointID"]]
            rid = make_id() if make_id else str(uuid.uuid4())
            at = received
            if sub.get("submittedAt"):
                at = int(datetime.datetime.strptime(sub["submittedAt"], "%Y-%m-%dT%H:%M:%SZ")
                         .replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            values = [rid, sub["surveyID"], survey["version"], sub["touchpointID"], unit, channel, None,
                      sub["language"], at, received, sub["idempotencyKey"]]
            if per_response:
                f.write("BEGIN IMMEDIATE;\n")
            f.write("INSERT INTO responses (id, survey_id, survey_version, touchpoint_id, unit_id, channel_id, "
                    "customer_id, language, submitted_at, received_at, idempotency_key) VALUES ("
                    + ", ".join(sql_text(v) for v in values) + ");\n")
            types = {q["key"]: q["type"] for q in survey["questions"]}
            for answer in sub["answers"]:
                value = answer["value"]
                kind = types[answer["question"]]
                if kind == "single_choice":
                    row = ("choice", None, json.dumps([value]), None)
                elif kind == "open_text":
                    row = ("text", None, None, value)
                else:
                    row = ("score", value, None, None)
                f.write("INSERT INTO answers (response_id, question_key, value_kind, score, choices, text_value) "
                        f"VALUES ({sql_text(rid)}, {sql_text(answer['question'])}, "
                        + ", ".join(sql_text(v) for v in row) + ");\n")
            if per_response:
                f.write("COMMIT;\n")
        if not per_response:
            f.write("COMMIT;\n")


class KeepAliveClient:
    """One keep-alive HTTP connection; times each GET from sending to the last body byte."""

    def __init__(self, port, token):
        self.port, self.token, self.conn = port, token, None

    def get(self, path, timeout=3600):
        """(seconds, body bytes); raises unless the answer is 200."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        t = time.perf_counter()
        self.conn.request("GET", path, headers={"Authorization": f"Bearer {self.token}"})
        resp = self.conn.getresponse()
        body = resp.read()
        seconds = time.perf_counter() - t
        if resp.status != 200:
            raise RuntimeError(f"GET {path} answered {resp.status}: {body[:500]!r}")
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        return seconds, body

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None
