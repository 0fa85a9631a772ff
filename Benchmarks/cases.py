#!/usr/bin/env python3
"""Issue 6's targets for closing the loop, each against a reference measured in the same run.

1. Case-rule evaluation adds under 1 ms to a response submission at p99. The server runs on a copy of
   the demo; POST /api/v1/responses carries customer-service answers by known customers, a share of
   them detractors (which open cases), open-loop at --rate for --duration seconds: once with the
   demo's four case rules (which open cases), then twice, in the order A B B A, with four rules that are read
   and evaluated for every answer but can never match and with every rule disabled. The figure is
   the mean of the two pairs' p99 (and p50) differences; what opening the cases adds is printed
   beside it.
2. The SLA escalation sweep over 100,000 open cases in under 2 s: `cxm cases escalate` on a copy of
   the demo with --open open cases added (spread over the demo's units), in two states: none due yet
   (the steady state: the sweep finds nothing to do) and every one long overdue (the worst case: each
   is escalated to its team lead and moved up a unit in the one sweep, with a timeline entry for each
   step). The added cases count as announced when they opened. The time is
   the sweep's own, printed by the command; the reference is the same command on the demo without the
   added cases. The target is held against the steady state and against all 100,000 just past their
   target (each escalated to its team lead); all long overdue is printed too.

3. Webhooks never hold up the request that makes their event: the submissions of (1) with the rules
   disabled, once with a webhook subscribed to every response (response.created) whose receiver (a
   separate process on this machine) answers 204, and once more with a second subscription beside
   it pointing at a closed port (every delivery fails and waits for its retry). The figures are the
   p99 (and p50) less that of the rules-disabled run, and the lag from an event's queueing to its
   delivery to the live receiver over both runs (p50/p99, from the delivery log): a dead receiver
   must not hold up a live one.

Usage: cases.py --demo-dir DIR [--rate 300] [--duration 20] [--open 100000] [--json OUT]
  DIR holds a demo database (`cxm demo --data-dir DIR`); CXM_BIN names a release build of cxm.
"""

import argparse
import json
import multiprocessing
import os
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402
from ingest_load import open_loop, raw_request  # noqa: E402

ADDED_P99_TARGET_MS = 1.0
SWEEP_TARGET_S = 2.0


def receive(port):
    """A receiver that answers every POST with 204 (run in its own process, off the load generator)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def delivery_lags(db, subscription):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT delivered_at - created_at FROM webhook_deliveries WHERE subscription_id = ? AND state = 'delivered'",
        (subscription,)).fetchall()
    pending = con.execute(
        "SELECT COUNT(*) FROM webhook_deliveries WHERE subscription_id = ? AND state = 'pending'", (subscription,)).fetchone()[0]
    con.close()
    lags = sorted(row[0] / 1000 for row in rows)
    return {"delivered": len(lags), "pending": pending,
            "lag_p50_s": b.percentile(lags, 50) if lags else None, "lag_p99_s": b.percentile(lags, 99) if lags else None}


def copy_demo(demo_dir, work, name):
    data = os.path.join(work, name)
    os.makedirs(data)
    for entry in os.listdir(demo_dir):
        if entry.startswith("cxm.sqlite"):
            shutil.copy(os.path.join(demo_dir, entry), data)
    return data


def submissions(db, n, rng):
    """Customer-service answers by known customers; about 60 % are detractors."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    survey = json.loads(con.execute(
        "SELECT v.definition FROM surveys s JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version "
        "WHERE s.id = 'survey-customer-service'").fetchone()[0])
    customers = [row[0] for row in con.execute("SELECT id FROM customers LIMIT 5000")]
    con.close()
    nps = next(q["key"] for q in survey["questions"] if q["type"] == "nps")
    bodies = []
    for _ in range(n):
        answers = [{"question": q["key"], "value": b.answer_for(q, rng)} for q in survey["questions"] if q.get("required")]
        answers = [a for a in answers if a["question"] != nps] + [{"question": nps, "value": rng.randint(0, 10)}]
        bodies.append(json.dumps({
            "surveyID": "survey-customer-service", "touchpointID": rng.choice(survey["touchpointIDs"]),
            "unitID": rng.choice(["unit-se-customer-service", "unit-dk-customer-service", "unit-no-customer-service"]),
            "customerID": rng.choice(customers), "language": "sv", "answers": answers,
        }).encode())
    return bodies


def count(db, query):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    value = con.execute(query).fetchone()[0]
    con.close()
    return value


def add_open_cases(db, n, rng, due_in_hours):
    """n open cases in the demo's units, created (and announced) an hour ago, their first target
    `due_in_hours` away."""
    con = sqlite3.connect(db)
    units = [row[0] for row in con.execute("SELECT id FROM units")]
    start = (con.execute("SELECT COALESCE(MAX(number), 0) FROM cases").fetchone()[0] or 0) + 1
    now = int(time.time() * 1000)
    hour = 3_600_000
    rows = []
    for i in range(n):
        due = now + int(due_in_hours * hour)
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))), start + i, f"Benchmark case {i}", "new", "normal", "manual",
                     rng.choice(units), now - hour, now - hour, due - 2 * hour, due, due + 8 * hour,
                     due + 30 * hour, due + 32 * hour, due + 40 * hour, "none", now - hour, 1))
    con.executemany(
        "INSERT INTO cases (id, number, title, status, priority, source, unit_id, created_at, updated_at, "
        "first_contact_warn_at, first_contact_due, first_contact_escalate_at, resolution_warn_at, resolution_due, "
        "resolution_escalate_at, escalation, announced_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute("UPDATE counters SET value = ? WHERE name = 'case'", (start + n,))
    con.commit()
    con.close()


def sweep(data):
    """Runs `cxm cases escalate`; returns (the sweep's own seconds, wall seconds, the printed line)."""
    start = time.perf_counter()
    out = b.run_cxm("cases", "escalate", data_dir=data)
    wall = time.perf_counter() - start
    line = out.stdout.strip().splitlines()[-1]
    match = re.search(r"in ([0-9.e-]+) seconds", line)
    return float(match.group(1)) if match else wall, wall, line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True)
    ap.add_argument("--rate", type=float, default=300)
    ap.add_argument("--duration", type=float, default=20)
    ap.add_argument("--warmup", type=float, default=3)
    ap.add_argument("--workers", type=int, default=32)
    ap.add_argument("--open", type=int, default=100_000)
    ap.add_argument("--cycles", type=int, default=1, help="A B B A cycles of the rule runs (two pairs each)")
    ap.add_argument("--json")
    args = ap.parse_args()
    rng = b.seeded()
    work = tempfile.mkdtemp(prefix="cxm-bench-cases-")
    result = {"benchmark": "cases"}
    server = None
    try:
        # 1. Rule evaluation on submission.
        data = copy_demo(args.demo_dir, work, "submit")
        db = os.path.join(data, "cxm.sqlite")
        token = b.create_token(data)
        server = b.Server(data).start()
        n = int(args.rate * (args.duration + args.warmup))
        warm = int(args.rate * args.warmup)
        runs = {}
        receiver_port = b.free_port()
        receiver = multiprocessing.Process(target=receive, args=(receiver_port,), daemon=True)
        receiver.start()
        hooks = {}
        never = []
        # The two rule runs are made twice, in the order A B B A: a p99 over 6,000 requests moves by
        # several ms between runs on this kind of machine (the server keeps warming up), more than
        # the 1 ms the target is about, and the mirrored order cancels a steady drift.
        cycle = ("rules evaluated, none matching", "rules disabled", "rules disabled (again)",
                 "rules evaluated, none matching (again)")
        labels = ["with rules"] + [label + (f" #{c + 1}" if c else "") for c in range(args.cycles) for label in cycle]
        for label in labels + ["rules disabled, webhook delivered", "rules disabled, webhook failing"]:
            if label.startswith("rules disabled, webhook"):
                # The second run keeps the first's subscription: a dead receiver beside a live one.
                port = receiver_port if label.endswith("delivered") else 9  # nobody listens on port 9
                status, reply = b.api(server.port, "POST", "/api/v1/webhooks", token=token, body={
                    "name": label, "url": f"http://127.0.0.1:{port}/hook", "events": ["response.created"]})
                assert status == 201, (status, reply[:200])
                hook = json.loads(reply)["webhook"]
                hooks[label] = {k: hook[k] for k in ("id", "name", "url", "format", "events", "active")}
            if label.startswith("rules evaluated") and not never:
                status, body = b.api(server.port, "GET", "/api/v1/case-rules", token=token)
                for rule in json.loads(body)["items"]:
                    rule["enabled"] = False
                    status, reply = b.api(server.port, "PUT", f"/api/v1/case-rules/{rule['id']}", token=token, body=rule)
                    assert status == 200, (status, reply[:200])
                # As many rules as the demo has, read and evaluated for every answer; none can match.
                for i, condition in enumerate([{"metric": "nps", "atMost": -1}, {"metric": "csat", "atMost": -1},
                                               {"metric": "ces", "atMost": -1}, {"textMentions": ["zzzzqqq"]}]):
                    status, reply = b.api(server.port, "POST", "/api/v1/case-rules", token=token,
                                          body={"name": f"never {i}", "condition": condition})
                    assert status == 201, (status, reply[:200])
                    never.append(json.loads(reply))
            elif label.startswith("rules evaluated"):
                for rule in never:
                    rule["enabled"] = True
                    status, reply = b.api(server.port, "PUT", f"/api/v1/case-rules/{rule['id']}", token=token, body=rule)
                    assert status == 200, (status, reply[:200])
            if label.startswith("rules disabled"):
                for rule in never:
                    rule["enabled"] = False
                    status, reply = b.api(server.port, "PUT", f"/api/v1/case-rules/{rule['id']}", token=token, body=rule)
                    assert status == 200, (status, reply[:200])
            requests = [raw_request("POST", "/api/v1/responses", token, body) for body in submissions(db, n, rng)]
            before = count(db, "SELECT COUNT(*) FROM cases")
            b.log(f"  submissions ({label}): POST /api/v1/responses at {args.rate:.0f}/s for {args.duration + args.warmup:.0f} s ...")
            open_loop(server.port, requests[:warm], args.rate, args.workers, f"warm-up ({label})")
            run = open_loop(server.port, requests[warm:], args.rate, args.workers, label)
            run["cases_opened"] = count(db, "SELECT COUNT(*) FROM cases") - before
            runs[label] = run
        # The deliveries of the receiving run drain within seconds of its end.
        delivered = hooks["rules disabled, webhook delivered"]["id"]
        for _ in range(60):
            lags = delivery_lags(db, delivered)
            if lags["pending"] == 0:
                break
            time.sleep(1)
        result["webhooks"] = {"delivered": lags, "failing": delivery_lags(db, hooks["rules disabled, webhook failing"]["id"])}
        receiver.terminate()
        server.stop()
        server = None
        with_rules, without = runs["with rules"], runs["rules disabled"]
        pairs = []
        for c in range(args.cycles):
            tag = f" #{c + 1}" if c else ""
            pairs += [(runs["rules evaluated, none matching" + tag], runs["rules disabled" + tag]),
                      (runs["rules evaluated, none matching (again)" + tag], runs["rules disabled (again)" + tag])]
        differences = [e["latency_ms"]["p99"] - d["latency_ms"]["p99"] for e, d in pairs]
        added_p99 = sum(differences) / len(differences)
        result["submit"] = runs
        result["submit_added_p99_ms"] = added_p99
        result["submit_added_p99_pairs_ms"] = differences
        result["submit_added_p50_ms"] = sum(e["latency_ms"]["p50"] - d["latency_ms"]["p50"] for e, d in pairs) / len(pairs)
        result["submit_opening_p99_ms"] = with_rules["latency_ms"]["p99"] - without["latency_ms"]["p99"]
        result["submit_opening_p50_ms"] = with_rules["latency_ms"]["p50"] - without["latency_ms"]["p50"]
        result["submit_pass"] = added_p99 < ADDED_P99_TARGET_MS and all(
            r["statuses"].keys() <= {"201"} for r in runs.values())
        for key, label in (("delivered", "rules disabled, webhook delivered"), ("failing", "rules disabled, webhook failing")):
            result["webhooks"][key]["added_p99_ms"] = runs[label]["latency_ms"]["p99"] - without["latency_ms"]["p99"]
            result["webhooks"][key]["added_p50_ms"] = runs[label]["latency_ms"]["p50"] - without["latency_ms"]["p50"]

        # 2. The sweep.
        reference = copy_demo(args.demo_dir, work, "reference")
        sweep(reference)  # the demo's own overdue cases, so the reference sweep has nothing left to do
        ref_s, ref_wall, _ = sweep(reference)
        steady = copy_demo(args.demo_dir, work, "steady")
        sweep(steady)
        add_open_cases(os.path.join(steady, "cxm.sqlite"), args.open, rng, due_in_hours=24)
        b.log(f"  sweep: {args.open:,} open cases, none due ...")
        steady_runs = [sweep(steady) for _ in range(3)]
        breached = copy_demo(args.demo_dir, work, "breached")
        sweep(breached)
        add_open_cases(os.path.join(breached, "cxm.sqlite"), args.open, rng, due_in_hours=-1)
        b.log(f"  sweep: {args.open:,} open cases, all just past their target ...")
        breached_s, breached_wall, breached_line = sweep(breached)
        worst = copy_demo(args.demo_dir, work, "worst")
        sweep(worst)
        add_open_cases(os.path.join(worst, "cxm.sqlite"), args.open, rng, due_in_hours=-48)
        b.log(f"  sweep: {args.open:,} open cases, all overdue ...")
        worst_s, worst_wall, worst_line = sweep(worst)
        result["sweep"] = {
            "open": args.open, "reference_s": ref_s, "reference_wall_s": ref_wall,
            "steady_s": b.median([r[0] for r in steady_runs]), "steady_wall_s": b.median([r[1] for r in steady_runs]),
            "breached_s": breached_s, "breached_wall_s": breached_wall, "breached_report": breached_line,
            "worst_s": worst_s, "worst_wall_s": worst_wall, "worst_report": worst_line,
        }
        result["sweep_pass"] = result["sweep"]["steady_s"] < SWEEP_TARGET_S and breached_s < SWEEP_TARGET_S
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    report(args, result)


def report(args, result):
    runs = result["submit"]
    for label, run in runs.items():
        print(f"submissions {label}: achieved {run['achieved_rps']:.0f}/s, statuses {run['statuses']}, "
              f"p50 {run['latency_ms']['p50']:.2f} ms, p99 {run['latency_ms']['p99']:.2f} ms, "
              f"{run['cases_opened']:,} cases opened")
    print(f"evaluating the case rules adds {result['submit_added_p99_ms']:+.2f} ms at p99 (the mean of "
          f"{len(result['submit_added_p99_pairs_ms'])} pairs: "
          f"{', '.join(f'{d:+.2f}' for d in result['submit_added_p99_pairs_ms'])} ms) "
          f"({result['submit_added_p50_ms']:+.2f} ms at p50) -> {'PASS' if result['submit_pass'] else 'MISS'} "
          f"(< {ADDED_P99_TARGET_MS} ms); opening the cases as well (a case and its first timeline entry written with "
          f"the response) {result['submit_opening_p99_ms']:+.2f} ms at p99 ({result['submit_opening_p50_ms']:+.2f} ms at p50)")
    w = result["webhooks"]
    print(f"a webhook on every response adds {w['delivered']['added_p99_ms']:+.2f} ms at p99 "
          f"({w['delivered']['added_p50_ms']:+.2f} ms at p50) with the receiver answering, "
          f"{w['failing']['added_p99_ms']:+.2f} ms at p99 ({w['failing']['added_p50_ms']:+.2f} ms at p50) with a dead one beside it; "
          f"{w['delivered']['delivered']:,} delivered ({w['delivered']['pending']} left waiting), queued to delivered "
          f"p50 {w['delivered']['lag_p50_s']:.2f} s, p99 {w['delivered']['lag_p99_s']:.2f} s; "
          f"{w['failing']['pending']:,} failing ones waiting for their retry")
    s = result["sweep"]
    print(f"escalation sweep over {s['open']:,} open cases: none due {s['steady_s'] * 1000:.0f} ms "
          f"(wall {s['steady_wall_s']:.2f} s); all just overdue {s['breached_s'] * 1000:.0f} ms "
          f"(wall {s['breached_wall_s']:.2f} s: {s['breached_report']}) -> {'PASS' if result['sweep_pass'] else 'MISS'} "
          f"(< {SWEEP_TARGET_S:.0f} s); the demo alone {s['reference_s'] * 1000:.1f} ms (wall {s['reference_wall_s']:.2f} s)")
    print(f"  and all long overdue (team lead and a unit up in one sweep) {s['worst_s'] * 1000:.0f} ms "
          f"(wall {s['worst_wall_s']:.2f} s: {s['worst_report']})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
