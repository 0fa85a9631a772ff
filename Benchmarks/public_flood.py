#!/usr/bin/env python3
"""Flooding the public endpoints while people read dashboards.

Targets (issue 4): while the endpoints anyone can reach without signing in are flooded, authenticated
dashboard requests still answer within their targets: the metrics API (NPS per touchpoint and week,
the query behind the journey map) p95 < 100 ms, and the dashboard overview page p95 < 500 ms.

Reference in the same run: the same dashboard requests on the idle server. The ratio p95(flood) /
p95(idle) tells what the flood costs a signed-in user.

The flood: `--flooders` threads, each on its own keep-alive connection, send as fast as they can a
mix of sign-in attempts with wrong passwords for random addresses, password-reset requests for random
addresses, API calls without or with a forged token, and sign-in page loads. All come from
127.0.0.1, so the per-address limit answers most sign-in and reset attempts with 429 after the first
30; the figures say how many. (cxm takes the client address from the connection, never from
X-Forwarded-For, so one machine cannot pose as many addresses.)

The dashboard reader signs in (before the flood: the flood exhausts this address's sign-in budget)
and then requests, one after another, the metrics API with a token and the overview page with its
session cookie.

On 2 cores the generator competes with the server; --pin runs the server on CPU 1 and the flood on
CPU 0.

Usage: public_flood.py --demo-dir DIR [--flooders 8] [--duration 20] [--pin] [--json OUT]
  DIR holds a database with the demo company (made with `cxm demo` when it is empty).
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

API_P95_TARGET_MS = 100.0
PAGE_P95_TARGET_MS = 500.0
ADMIN = ("admin@demo.cxm.example", "demo-admin")


def sign_in(port):
    """A session cookie for the demo administrator, through the sign-in form."""
    conn = http.client.HTTPConnection(b.HOST, port, timeout=30)
    conn.request("GET", "/login")
    page = conn.getresponse()
    body = page.read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', body).group(1)
    cookie = next(v.split(";")[0] for k, v in page.getheaders() if k.lower() == "set-cookie" and v.startswith("cxm_login_csrf="))
    form = urllib.parse.urlencode({"email": ADMIN[0], "password": ADMIN[1], "csrf": csrf})
    conn.request("POST", "/login", body=form,
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    reply = conn.getresponse()
    reply.read()
    session = next((v.split(";")[0] for k, v in reply.getheaders()
                    if k.lower() == "set-cookie" and v.startswith("cxm_session=")), None)
    conn.close()
    if reply.status != 303 or not session:
        raise SystemExit(f"signing in as {ADMIN[0]} failed with {reply.status}")
    return session


class Flooder(threading.Thread):
    def __init__(self, port, stop, seed):
        super().__init__(daemon=True)
        self.port, self.stop, self.rng = port, stop, random.Random(seed)
        self.statuses = {}
        self.sent = 0
        self.csrf = None
        self.cookie = None

    def request(self, conn, method, path, body=None, headers=None):
        conn.request(method, path, body=body, headers=headers or {})
        reply = conn.getresponse()
        data = reply.read()
        key = f"{method} {path.split('?')[0]} {reply.status}"
        self.statuses[key] = self.statuses.get(key, 0) + 1
        self.sent += 1
        return reply, data

    def run(self):
        conn = http.client.HTTPConnection(b.HOST, self.port, timeout=30)
        while not self.stop.is_set():
            try:
                if self.csrf is None:
                    reply, data = self.request(conn, "GET", "/login")
                    self.csrf = re.search(rb'name="csrf" value="([^"]+)"', data).group(1).decode()
                    self.cookie = next(v.split(";")[0] for k, v in reply.getheaders()
                                       if k.lower() == "set-cookie" and v.startswith("cxm_login_csrf="))
                roll = self.rng.random()
                who = f"flood{self.rng.randrange(1 << 30)}@example.se"
                form_headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": self.cookie}
                if roll < 0.35:
                    form = urllib.parse.urlencode({"email": who, "password": "wrong password!", "csrf": self.csrf})
                    self.request(conn, "POST", "/login", form, form_headers)
                elif roll < 0.55:
                    form = urllib.parse.urlencode({"email": who, "csrf": self.csrf})
                    self.request(conn, "POST", "/password/forgot", form, form_headers)
                elif roll < 0.75:
                    self.request(conn, "GET", "/api/v1/metrics?metric=nps&by=touchpoint")
                elif roll < 0.9:
                    self.request(conn, "POST", "/api/v1/responses", b"{}",
                                 {"Authorization": "Bearer cxm_forged", "Content-Type": "application/json"})
                else:
                    self.request(conn, "GET", "/login")
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(b.HOST, self.port, timeout=30)
                self.statuses["connection error"] = self.statuses.get("connection error", 0) + 1


def read_dashboards(port, token, session, seconds):
    """Latencies (ms) of the metrics API and of the overview page, requested in turn for `seconds`."""
    api_ms, page_ms, errors = [], [], 0
    conn = http.client.HTTPConnection(b.HOST, port, timeout=60)
    api_path = "/api/v1/metrics?metric=nps&by=touchpoint,week&from=2026-01-01&to=2026-03-31"
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for path, headers, sink in ((api_path, {"Authorization": f"Bearer {token}"}, api_ms),
                                    ("/dashboards", {"Cookie": session}, page_ms)):
            started = time.perf_counter()
            conn.request("GET", path, headers=headers)
            reply = conn.getresponse()
            reply.read()
            if reply.status != 200:
                errors += 1
            sink.append((time.perf_counter() - started) * 1000)
    conn.close()
    return sorted(api_ms), sorted(page_ms), errors


def summary(values):
    return {"n": len(values), "p50": b.percentile(values, 50), "p95": b.percentile(values, 95),
            "p99": b.percentile(values, 99)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo-dir", required=True)
    parser.add_argument("--flooders", type=int, default=8)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--pin", action="store_true")
    parser.add_argument("--json")
    options = parser.parse_args()

    os.makedirs(options.demo_dir, exist_ok=True)
    if not os.path.exists(os.path.join(options.demo_dir, "cxm.sqlite")):
        b.log("loading the demo company")
        b.run_cxm("demo", data_dir=options.demo_dir)
    mail = tempfile.mkdtemp(prefix="cxm-flood-mail.")
    server = b.Server(options.demo_dir, cpus={1} if options.pin else None, extra_args=["--mail-dir", mail])
    server.start(timeout=120)
    if options.pin:
        os.sched_setaffinity(0, {0})
    try:
        token = b.create_token(options.demo_dir, name="flood")
        session = sign_in(server.port)
        read_dashboards(server.port, token, session, 2)  # warm caches
        idle_api, idle_page, idle_errors = read_dashboards(server.port, token, session, options.duration / 2)

        stop = threading.Event()
        flooders = [Flooder(server.port, stop, seed) for seed in range(options.flooders)]
        cpu_before = b.cpu_seconds(server.pid)
        started = time.perf_counter()
        for flooder in flooders:
            flooder.start()
        time.sleep(1)
        flood_api, flood_page, flood_errors = read_dashboards(server.port, token, session, options.duration)
        stop.set()
        for flooder in flooders:
            flooder.join()
        elapsed = time.perf_counter() - started
        cpu = b.cpu_seconds(server.pid) - cpu_before
        statuses = {}
        for flooder in flooders:
            for key, count in flooder.statuses.items():
                statuses[key] = statuses.get(key, 0) + count
        sent = sum(f.sent for f in flooders)
        mails = len([n for n in os.listdir(mail) if n.endswith(".eml")])
    finally:
        server.stop()
        shutil.rmtree(mail, ignore_errors=True)

    result = {
        "flooders": options.flooders, "duration_s": round(elapsed, 1), "flood_requests": sent,
        "flood_rate_per_s": round(sent / elapsed), "server_cpu_s": round(cpu, 1), "statuses": statuses,
        "mails_sent": mails, "idle": {"api": summary(idle_api), "page": summary(idle_page), "errors": idle_errors},
        "flood": {"api": summary(flood_api), "page": summary(flood_page), "errors": flood_errors},
    }
    api_ratio = result["flood"]["api"]["p95"] / result["idle"]["api"]["p95"]
    page_ratio = result["flood"]["page"]["p95"] / result["idle"]["page"]["p95"]
    print(f"flood: {sent} requests in {elapsed:.1f} s ({sent / elapsed:.0f}/s) from {options.flooders} connections, "
          f"server CPU {cpu:.1f} s")
    for key in sorted(statuses):
        print(f"  {key}: {statuses[key]}")
    print(f"  reset mails actually sent: {mails} (to random addresses no account has: expected 0)")
    for name, key, target, ratio in (("metrics API (NPS by touchpoint × week)", "api", API_P95_TARGET_MS, api_ratio),
                                     ("overview page /dashboards", "page", PAGE_P95_TARGET_MS, page_ratio)):
        idle, flood = result["idle"][key], result["flood"][key]
        verdict = "PASS" if flood["p95"] < target else "FAIL"
        print(f"{name}: idle p50 {idle['p50']:.1f} ms p95 {idle['p95']:.1f} ms (n={idle['n']}); "
              f"flooded p50 {flood['p50']:.1f} ms p95 {flood['p95']:.1f} ms p99 {flood['p99']:.1f} ms (n={flood['n']}); "
              f"ratio p95 {ratio:.2f}; target p95 < {target:.0f} ms: {verdict}")
    print(f"dashboard errors: idle {idle_errors}, flooded {flood_errors}")
    if options.json:
        with open(options.json, "w") as f:
            json.dump(result, f, indent=2)
    ok = (flood_errors == 0 and result["flood"]["api"]["p95"] < API_P95_TARGET_MS
          and result["flood"]["page"]["p95"] < PAGE_P95_TARGET_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
