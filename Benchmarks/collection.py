#!/usr/bin/env python3
"""Issue 5's targets for collecting feedback, each against a reference measured in the same run.

1. A survey page renders in under 5 ms of server time and weighs under 30 KB without images.
   Server time is read from the server's own /metrics (cxm_http_request_duration_seconds, sum and
   count per route) over --pages sequential GETs of the demo's store-visit page; the reference is
   GET /health in the same way. Weight: the page's HTML plus its one stylesheet (the page loads
   nothing else; there are no images and no scripts). Then the same with the workspace's look set
   (an accent colour and a logo, through the API): HTML plus both stylesheets, the logo not counted.
2. The public submission endpoint: p99 under 25 ms at 1,000 submissions/s on SQLite, measured
   open-loop on loopback (latency from each request's scheduled time, so a stalled server shows).
   Each submission is a whole survey answered on its one page by a new respondent: POST
   /s/demo-store-visit with a fresh draft token, which saves the draft, stores the response and
   answers 303 to the thank-you page. The reference: GET /health at the same rate. Afterwards the
   stored responses are counted: every 303 must be one response.
3. Scheduling and throttling decisions for 1 million invitation requests in under 60 s:
   `cxm import triggers` on a CSV of --triggers interactions by the demo's customers (at several
   touchpoints, over 30 days, so that the contact rules cut most of them), wall time. The
   reference: the sqlite3 shell inserting the same number of invitation-shaped rows in one
   transaction (the storage engine alone).

The server runs with --respondent-limit raised: the load comes from one address, which the
default per-address limit (120 at once, then 2/s) would answer with 429.

Usage: collection.py --demo-dir DIR [--pages 2000] [--rate 1000] [--duration 20] [--triggers 1000000] [--pin] [--json OUT]
  DIR holds a demo database (`cxm demo --data-dir DIR`).
"""

import argparse
import csv
import struct
import zlib
import json
import os
import random
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402
from ingest_load import Conn, open_loop, raw_request  # noqa: E402

PAGE_MS_TARGET = 5.0
PAGE_KB_TARGET = 30.0
SUBMIT_P99_TARGET_MS = 25.0
DECISIONS_S_TARGET = 60.0
PAGE = "/s/demo-store-visit"


def logo_png(width=240, height=64):
    """A small PNG logo (a dark bar on white), made without an imaging library."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    def pixel(x, y):
        return (0x1F, 0x3A, 0x5E) if 8 <= y < height - 8 and 8 <= x < width - 8 else (255, 255, 255)
    rows = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def metric_sums(port, route, method="GET"):
    """(sum of seconds, count) of the server's request-duration histogram for one route."""
    status, body = b.api(port, "GET", "/metrics")
    assert status == 200, status
    text = body.decode() if isinstance(body, bytes) else body
    total = count = 0.0
    for line in text.splitlines():
        if line.startswith("cxm_http_request_duration_seconds_") and f'route="{route}"' in line and f'method="{method}"' in line:
            value = float(line.rsplit(" ", 1)[1])
            if line.startswith("cxm_http_request_duration_seconds_sum"):
                total += value
            elif line.startswith("cxm_http_request_duration_seconds_count"):
                count += value
    return total, count


def server_time(port, path, route, n):
    """Mean server time (ms) of `n` sequential GETs of `path`, and the client-side p50 (ms)."""
    conn = Conn(port)
    request = raw_request("GET", path)
    for _ in range(50):  # warm-up
        conn.request(request)
    before = metric_sums(port, route)
    latencies = []
    for _ in range(n):
        start = time.perf_counter()
        status, _ = conn.request(request)
        latencies.append(time.perf_counter() - start)
        assert status == 200, status
    after = metric_sums(port, route)
    conn.close()
    mean = (after[0] - before[0]) / max(1.0, after[1] - before[1]) * 1000
    latencies.sort()
    return {"server_mean_ms": mean, "client_p50_ms": b.percentile(latencies, 50) * 1000,
            "client_p99_ms": b.percentile(latencies, 99) * 1000, "requests": n}


def submission(token):
    """One respondent's whole store-visit survey, as the page's form sends it."""
    rng = random.Random(token)
    fields = [("draft", token), ("screen", "0"), ("lang", rng.choice(["sv", "da", "nb", "fi", "en"])),
              ("q-nps", str(rng.randint(0, 10))), ("q-csat", str(rng.randint(1, 5))),
              ("q-visit_reason", rng.choice(["buy_phone", "new_subscription", "get_help", "billing", "other"])),
              ("action", "next")]
    if rng.random() < 0.5:
        fields.append(("q-comment", "Trevlig personal men lång kö vid kassan"))
    body = urllib.parse.urlencode(fields).encode()
    head = [f"POST {PAGE} HTTP/1.1", f"Host: {b.HOST}", "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def draft_token():
    return secrets.token_urlsafe(32)[:43].ljust(43, "A")


def stored_responses(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = con.execute("SELECT COUNT(*) FROM responses WHERE survey_id = 'survey-store-visit'").fetchone()[0]
    con.close()
    return n


def write_triggers(path, db, n, rng):
    """`n` interactions of the demo's customers at store and web touchpoints over the last 30 days."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    customers = [row[0] for row in con.execute("SELECT value FROM customer_identifiers WHERE system = 'crm'")]
    con.close()
    touchpoints = [("tp-store-advice", "survey-store-visit"), ("tp-store-support", "survey-store-visit"),
                   ("tp-web-compare", "survey-website"), ("tp-web-order", "")]
    now = time.time()
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["touchpointID", "surveyID", "customer", "eventAt", "idempotencyKey"])
        for k in range(n):
            touchpoint, survey = touchpoints[k % len(touchpoints)]
            at = now - rng.uniform(60, 29 * 86_400)
            out.writerow([touchpoint, survey, "crm:" + rng.choice(customers),
                          time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at)), f"bench-{k}"])
    return len(customers)


def sqlite_reference(work, n):
    """Seconds for the sqlite3 shell to insert `n` invitation-shaped rows in one transaction."""
    db = os.path.join(work, "reference.sqlite")
    script = os.path.join(work, "reference.sql")
    with open(script, "w") as f:
        f.write("\n".join(b.CXM_PRAGMAS) + "\n")
        f.write("CREATE TABLE invitations (id TEXT PRIMARY KEY, survey_id TEXT, touchpoint_id TEXT, unit_id TEXT, "
                "customer_id TEXT, channel TEXT, language TEXT, trigger_key TEXT UNIQUE, event_at BIGINT, "
                "created_at BIGINT, send_at BIGINT, expires_at BIGINT, status TEXT, reason_code TEXT, reason TEXT, "
                "reminders_sent INTEGER);\nBEGIN;\n")
        for start in range(0, n, 500):
            rows = []
            for k in range(start, min(n, start + 500)):
                rows.append(f"('inv-{k:08d}','survey-store-visit','tp-store-advice',NULL,'customer-{k % 20000}','email',"
                            f"'sv','bench-{k}',{1780000000000 + k},{1780000000000},{1780003600000 + k},"
                            f"{1781209600000},'suppressed','cooldown','{{\"cooldown\":{{\"until\":801234567}}}}',0)")
            f.write("INSERT INTO invitations VALUES " + ",".join(rows) + ";\n")
        f.write("COMMIT;\n")
    start = time.perf_counter()
    with open(script) as f:
        subprocess.run(["sqlite3", db], stdin=f, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo-dir", required=True)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--rate", type=float, default=1000)
    ap.add_argument("--duration", type=float, default=20)
    ap.add_argument("--warmup", type=float, default=3)
    ap.add_argument("--workers", type=int, default=48)
    ap.add_argument("--triggers", type=int, default=1_000_000)
    ap.add_argument("--pin", action="store_true", help="server on CPU 1, generator on CPU 0")
    ap.add_argument("--json")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="cxm-bench-collection-")
    server = None
    result = {"benchmark": "collection", "pinned": args.pin}
    try:
        data = os.path.join(work, "data")
        os.makedirs(data)
        for name in os.listdir(args.demo_dir):
            if name.startswith("cxm.sqlite"):
                shutil.copy(os.path.join(args.demo_dir, name), data)
        db = os.path.join(data, "cxm.sqlite")
        cpus = None
        if args.pin:
            cpus = {1}
            os.sched_setaffinity(0, {0})
        server = b.Server(data, cpus=cpus, extra_args=["--respondent-limit", "1000000:1000000"]).start()

        # 1. The page.
        status, html = b.api(server.port, "GET", PAGE)
        status_css, css = b.api(server.port, "GET", "/assets/survey.css")
        assert status == 200 and status_css == 200, (status, status_css)
        html = html if isinstance(html, bytes) else html.encode()
        css = css if isinstance(css, bytes) else css.encode()
        assert not re.search(rb"<(script|img)\b", html), "the page loads a script or an image"
        b.log(f"  page: {args.pages} sequential GETs of {PAGE} and of /health ...")
        page = server_time(server.port, PAGE, "/s/{token}", args.pages)
        health = server_time(server.port, "/health", "/health", args.pages)
        page.update(html_bytes=len(html), css_bytes=len(css), total_kb=(len(html) + len(css)) / 1024)
        result["page"], result["page_health"] = page, health
        result["page_pass"] = page["server_mean_ms"] < PAGE_MS_TARGET and page["total_kb"] < PAGE_KB_TARGET

        # 1b. The page with the workspace's look: two more reads per page (the name and the look).
        token = b.create_token(data)
        logo = logo_png()
        for path, body in (("/api/v1/workspace/branding", {"accentColour": "#1f7a3a"}), ("/api/v1/workspace/logo", logo)):
            status, reply = b.api(server.port, "PUT", path, token=token, body=body)
            assert status == 200, (path, status, reply[:300])
        status, branded_html = b.api(server.port, "GET", PAGE)
        brand_path = re.search(rb'href="(/assets/brand\.css\?v=[0-9a-f]+)"', branded_html).group(1).decode()
        status_brand, brand_css = b.api(server.port, "GET", brand_path)
        assert status == 200 and status_brand == 200 and b'class="brand"><img' in branded_html
        b.log(f"  branded page: {args.pages} sequential GETs of {PAGE} ...")
        branded = server_time(server.port, PAGE, "/s/{token}", args.pages)
        branded.update(html_bytes=len(branded_html), css_bytes=len(css) + len(brand_css), logo_bytes=len(logo),
                       total_kb=(len(branded_html) + len(css) + len(brand_css)) / 1024)
        result["branded_page"] = branded
        result["page_pass"] = result["page_pass"] and branded["server_mean_ms"] < PAGE_MS_TARGET and branded["total_kb"] < PAGE_KB_TARGET

        # 2. Submissions.
        n = int(args.rate * (args.duration + args.warmup))
        posts = [submission(draft_token()) for _ in range(n)]
        healths = [raw_request("GET", "/health")] * n
        before = stored_responses(db)
        b.log(f"  submissions: GET /health then POST {PAGE} at {args.rate:.0f}/s for {args.duration + args.warmup:.0f} s ...")
        warm = int(args.rate * args.warmup)
        open_loop(server.port, healths[:warm], args.rate, args.workers, "health warm-up")
        ref = open_loop(server.port, healths[warm:], args.rate, args.workers, "GET /health")
        open_loop(server.port, posts[:warm], args.rate, args.workers, "submit warm-up")
        run = open_loop(server.port, posts[warm:], args.rate, args.workers, f"POST {PAGE}")
        stored = stored_responses(db) - before
        redirects = sum(v for k, v in run["statuses"].items() if k == "303")
        result["submit"], result["submit_health"] = run, ref
        result["submit_stored"] = stored
        result["submit_pass"] = (run["latency_ms"]["p99"] < SUBMIT_P99_TARGET_MS and run["achieved_rps"] >= 0.98 * args.rate
                                 and redirects == len(posts) - warm and stored >= redirects)
        server.stop()
        server = None

        # 3. Decisions.
        if args.triggers <= 0:
            return finish(args, result)
        rng = b.seeded()
        triggers = os.path.join(work, "triggers.csv")
        customers = write_triggers(triggers, db, args.triggers, rng)
        b.log(f"  decisions: cxm import triggers, {args.triggers:,} rows for {customers:,} customers ...")
        start = time.perf_counter()
        out = b.run_cxm("import", "triggers", triggers, data_dir=data, quiet=False, check=False)
        decide_s = time.perf_counter() - start
        b.log(f"  decisions: reference, sqlite3 inserting {args.triggers:,} rows ...")
        reference_s = sqlite_reference(work, args.triggers)
        result["decisions"] = {"rows": args.triggers, "customers": customers, "seconds": decide_s,
                               "rows_per_s": args.triggers / decide_s, "sqlite3_insert_s": reference_s,
                               "ratio": decide_s / reference_s, "exit": out.returncode,
                               "report": (out.stdout or out.stderr).strip().splitlines()[-1:]}
        result["decisions_pass"] = decide_s < DECISIONS_S_TARGET
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    finish(args, result)


def finish(args, result):
    p, h = result["page"], result["page_health"]
    print(f"survey page {PAGE}: server time mean {p['server_mean_ms']:.2f} ms (GET /health {h['server_mean_ms']:.3f} ms), "
          f"client p50 {p['client_p50_ms']:.2f} ms (health {h['client_p50_ms']:.2f} ms); "
          f"weight {p['html_bytes']:,} B HTML + {p['css_bytes']:,} B CSS = {p['total_kb']:.1f} KB "
          f"-> {'PASS' if result['page_pass'] else 'MISS'} (< {PAGE_MS_TARGET} ms, < {PAGE_KB_TARGET} KB)")
    p = result.get("branded_page")
    if p:
        print(f"  with the workspace's look: server time mean {p['server_mean_ms']:.2f} ms, client p50 {p['client_p50_ms']:.2f} ms; "
              f"weight {p['html_bytes']:,} B HTML + {p['css_bytes']:,} B CSS = {p['total_kb']:.1f} KB (+ a {p['logo_bytes']:,} B logo)")
    s, r = result["submit"], result["submit_health"]
    print(f"submissions at {args.rate:.0f}/s: achieved {s['achieved_rps']:.0f}/s, statuses {s['statuses']}, "
          f"p50 {s['latency_ms']['p50']:.1f} ms, p99 {s['latency_ms']['p99']:.1f} ms, max {s['latency_ms']['max']:.1f} ms; "
          f"GET /health p99 {r['latency_ms']['p99']:.1f} ms (ratio {s['latency_ms']['p99'] / max(r['latency_ms']['p99'], 0.001):.1f}); "
          f"{result['submit_stored']:,} responses stored -> {'PASS' if result['submit_pass'] else 'MISS'} (p99 < {SUBMIT_P99_TARGET_MS} ms)")
    d = result.get("decisions")
    if not d:
        return
    print(f"decisions: {d['rows']:,} triggers for {d['customers']:,} customers in {d['seconds']:.1f} s "
          f"({d['rows_per_s']:,.0f}/s); sqlite3 inserting as many rows {d['sqlite3_insert_s']:.1f} s (ratio {d['ratio']:.1f}) "
          f"-> {'PASS' if result['decisions_pass'] else 'MISS'} (< {DECISIONS_S_TARGET:.0f} s)")
    if d["report"]:
        print(f"  cxm: {d['report'][0]}")
    write_json(args, result)


def write_json(args, result):
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
