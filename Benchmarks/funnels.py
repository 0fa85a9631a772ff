#!/usr/bin/env python3
"""Issue 9's targets for behavioural events and funnels, on SQLite (the embedded default), each on a fresh
data dir of its own (`cxm serve --data-dir D`, no demo; the script adds the event source `site`, the
channels web and app, which a new workspace lacks, and two customers):

  1. event ingestion through POST /api/v1/signal-sources/site/events:batch >= 50,000 events/s: --events
     (500,000) track calls in calls of --batch (5,000), bodies prebuilt, HTTP time only. The events: 20 names,
     --visitors (100,000) browsers with an anonymousId each, a quarter of them signed-in users who send their
     userId (with the anonymousId) on 60 % of their events, so devices turn into users as in real sites (the
     source maps userId to the crm system; no customer holds these ids: "unlinked users"); a unique
     messageId (a UUID) on every event, a sessionId, channel web / app / none per visitor, timestamps over
     the last three days in stream order (whole seconds, as in the API's examples). With --stream sessions,
     visitors arrive over the three days instead and act in sessions of 10 events (make_session_events),
     as on a real site. Sent by one client, then
     into another copy of the same database by two concurrent clients (each every other call).
     Reference in the same run: the `sqlite3` shell inserting the rows cxm ends up with (the same event
     names, visitors with their aliases, events with their final visitor, same ids where one client sent
     them) into a copy of the same database, with cxm's connection pragmas, in one transaction of one INSERT
     per row (as bulk_ingest.py does). cxm's rows must equal the reference's: every event's (messageId and its key,
     visitor key, name, time, channel, session) and the visitors' and aliases' counts (OK / MISMATCH).
  2. a 5-step funnel over --funnel-events (10,000,000) events in < 2 s: GET /api/v1/funnels/{id}/report for
     the whole period, on one keep-alive connection, one warm-up call and then --report-runs (5) timed calls
     (client wall time; the server's CPU per call is printed, as cxm counts on two connections at once).
     The events are written straight into cxm's tables by the `sqlite3` shell with the server stopped (a
     recursive CTE in the shape of the measurements in docs/decisions/0015: 1 M visitors with one 10-event
     session each, 20 names, the funnel's five steps in order at positions 0-4 with probability 1/2 each,
     other names at random elsewhere, sessions over 28 days, steps about 30 s apart, channel web / app /
     none per session, no message ids), indexes dropped during the load and created again from cxm's own
     definitions. cxm does not run ANALYZE, so neither does the measurement; afterwards the database is
     ANALYZEd, the report timed again (informational) and the statistics removed.
     Reference in the same run: the `sqlite3` shell running the same chained query cxm runs (materialised
     stages, a correlated MIN(at) seek per visitor and step, the same time buckets), for the whole visitor
     range on one connection, warm (one warm-up, then --ref-runs). Its EXPLAIN QUERY PLAN is printed (stages
     3-5 are planned as stage 2). cxm's steps[].actors must equal the shell's counts exactly, and so must the
     per-channel steps and the time-to-convert buckets (PASS / MISS). Informational: the same query without
     the `LIMIT -1 OFFSET 0` that keeps each stage's inner SELECT from being flattened into the outer one,
     which SQLite otherwise does by copying the correlated subquery to each use of its result.
  3. a customer's time line with 5,000 events in < 50 ms: customer crm 1001, whose userId sent
     --timeline-events (5,000) events over the last 30 days through events:batch (into the database of 1.,
     after its timing), GET /api/v1/customers/{id}/timeline?limit=50, one warm-up and then --timeline-runs
     (20) timed calls on a keep-alive connection. Reference: the same call for a customer with no events.
     Then every page is followed through `next` to the end (which must list each of the events once,
     newest first), and the deepest page is timed again (median of 5).

Every figure is printed with the load average at that moment. A summary block gives PASS / MISS per target.

Usage: funnels.py [--events 500000] [--batch 5000] [--visitors 100000] [--stream uniform|sessions]
                  [--funnel-events 10000000]
                  [--report-runs 5] [--ref-runs 3] [--timeline-events 5000] [--timeline-runs 20]
                  [--keep DIR] [--no-analyze] [--quick] [--json OUT]
  CXM_BIN names a release build of cxm; the `sqlite3` shell is needed (apt-get install -y sqlite3).
  --keep DIR keeps the 10 M-event database in DIR/funnel and reuses it when it holds exactly
  --funnel-events events of this shape (writing them takes a few minutes). --quick: 100,000 events to
  ingest and 1,000,000 in the funnel. The whole run takes about 10 minutes on a 2-CPU machine.
"""

import argparse
import datetime
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

TARGET_EVENTS_PER_S = 50_000
TARGET_FUNNEL_S = 2.0
TARGET_TIMELINE_MS = 50.0

# cxm's connection pragmas (Sources/CXMStore/Database/Dialect.swift): benchlib's list and the page cache and
# checkpoint interval cxm sets besides.
PRAGMAS = b.CXM_PRAGMAS + ["PRAGMA cache_size = -32768;", "PRAGMA wal_autocheckpoint = 10000;"]

SOURCE = {"id": "site", "name": "Web site", "kinds": ["event"], "identifierMap": {"userId": "crm"}}
NAMES = ["Page Viewed", "Product List Viewed", "Product Viewed", "Search Performed", "Added to Cart",
         "Cart Viewed", "Checkout Started", "Shipping Entered", "Payment Entered", "Order Completed",
         "Signed In", "Signed Up", "Removed from Cart", "Coupon Applied", "Wishlist Added", "Review Read",
         "Support Opened", "Video Played", "Newsletter Subscribed", "Store Locator Used"]
NAME_WEIGHTS = [30, 12, 18, 8, 6, 5, 3, 2, 2, 2, 3, 1, 2, 1, 1, 1, 1, 1, 0.5, 0.5]
FUNNEL_STEPS = ["Product Viewed", "Added to Cart", "Checkout Started", "Payment Entered", "Order Completed"]
FUNNEL_NAME = "Checkout (benchmark)"
WINDOW_MINUTES = 60
BUCKET_EDGES_S = [60, 300, 900, 3600, 21_600, 86_400, 604_800]  # FunnelReport.timeBucketEdges
FUNNEL_SHAPE = "funnels.py/1"  # changes when the generated 10 M events change shape
TIMELINE_USER = "1001"
EMPTY_USER = "1002"


def load():
    return "load %.2f %.2f %.2f" % os.getloadavg()


def pct(values, p):
    return b.percentile(sorted(values), p)


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def utc_day(ms):
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).date().isoformat()


def ms_of(text):
    return int(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def check_status(status, data, expected, what):
    if status not in expected:
        raise RuntimeError(f"{what} answered {status}: {data[:500]!r}")
    return json.loads(data) if data else None


class Client(b.KeepAliveClient):
    """The shared keep-alive client, answering with the parsed JSON."""

    def get(self, path):
        seconds, body = super().get(path)
        return seconds, json.loads(body)


def copy_data_dir(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("serve.log"))
    return dst


def run_shell(db, sql, what):
    """The sqlite3 shell reading `sql` from a file (the time is the shell's alone); returns (seconds, stdout)."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", dir=os.path.dirname(db), delete=False) as handle:
        handle.write(sql)
    try:
        with open(handle.name, "rb") as stdin:
            t = time.perf_counter()
            out = subprocess.run(["sqlite3", "-bail", db], stdin=stdin, capture_output=True)
            seconds = time.perf_counter() - t
    finally:
        os.remove(handle.name)
    out.stdout, out.stderr = out.stdout.decode(), out.stderr.decode(errors="replace")
    if out.returncode != 0:
        raise RuntimeError(f"sqlite3 ({what}) failed: {out.stderr[-1500:]}")
    return seconds, out.stdout


# ----------------------------------------------------------------------------------------------
# 1. Ingestion

def make_base(work):
    """A fresh data dir with the event source, channels web and app, and the two customers of the time line."""
    base = os.path.join(work, "base")
    os.makedirs(base)
    token = b.create_token(base, name="bench-funnels")
    customers = {}
    with b.Server(base) as server:
        check_status(*b.api(server.port, "POST", "/api/v1/signal-sources", token, SOURCE), (200, 201), "signal source")
        status, data = b.api(server.port, "GET", "/api/v1/channels", token)
        have = {c["key"] for c in check_status(status, data, (200,), "channels")["items"]}
        for key, name in (("web", "Web"), ("app", "App")):  # a new workspace has no channels
            if key not in have:
                body = {"key": key, "name": name, "kind": key}
                check_status(*b.api(server.port, "POST", "/api/v1/channels", token, body), (200, 201), "channel")
        for user in (TIMELINE_USER, EMPTY_USER):
            body = {"displayName": f"Benchmark customer {user}", "identifiers": [{"system": "crm", "value": user}]}
            status, data = b.api(server.port, "POST", "/api/v1/customers", token, body)
            created = check_status(status, data, (200, 201), "customer")
            customers[user] = created["id"]
    return base, token, customers


def make_events(n, visitors, seed=20261127):
    """The event stream, oldest first: (name, userId or None, anonymousId, seconds, messageId, channel, session)."""
    rng = random.Random(seed)
    end = int(time.time()) - 3600
    start = end - 3 * 86_400
    channels = rng.choices(["web", "app", None], [6, 3, 1], k=visitors)
    names = rng.choices(NAMES, NAME_WEIGHTS, k=n)
    who = [rng.randrange(visitors) for _ in range(n)]
    signed_in = [rng.random() < 0.6 for _ in range(n)]
    events = []
    for k in range(n):
        v = who[k]
        at = start + (k * (end - start)) // n
        h = "%032x" % rng.getrandbits(128)
        message = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"  # a version 4 UUID's shape
        user = f"user-{v:06d}" if v % 4 == 0 and signed_in[k] else None
        events.append((names[k], user, f"anon-{v:06d}", at, message, channels[v], f"s-{v}-{at // 86_400}"))
    return events


def make_session_events(n, visitors, seed=20261127):
    """The event stream of --stream sessions, oldest first, in make_events' shape: visitors arrive over the
    three days and each visit is a session of 10 events about 30 s apart; 30 % of the sessions are a
    returning visitor's (one of --visitors); a quarter of the visitors are users who send their userId on
    60 % of their events. Closer to a real site than make_events, whose visitors each act at random moments
    over all three days (the worst case for cxm's visitor-keyed indexes)."""
    rng = random.Random(seed)
    end = int(time.time()) - 3600
    start = end - 3 * 86_400
    channels = rng.choices(["web", "app", None], [6, 3, 1], k=visitors)
    stream, seen = [], 0
    for _ in range(n // 10):
        if seen and (seen >= visitors or rng.random() < 0.3):
            v = rng.randrange(seen)
        else:
            v, seen = seen, seen + 1
        begin = rng.randrange(start, end - 600)
        for k in range(10):
            stream.append((begin + 30 * k + rng.randrange(10), v, rng.choices(NAMES, NAME_WEIGHTS)[0]))
    stream.sort()
    events = []
    for at, v, name in stream:
        h = "%032x" % rng.getrandbits(128)
        message = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        user = f"user-{v:06d}" if v % 4 == 0 and rng.random() < 0.6 else None
        events.append((name, user, f"anon-{v:06d}", at, message, channels[v], f"s-{v}-{at // 86_400}"))
    return events


def event_json(e):
    """One event as JSON text (every value here is plain ASCII without quotes or backslashes)."""
    name, user, anonymous, at, message, channel, session = e
    text = (f'{{"type": "track", "event": "{name}", "anonymousId": "{anonymous}", "timestamp": "{iso(at)}", '
            f'"messageId": "{message}", "sessionId": "{session}"')
    if user:
        text += f', "userId": "{user}"'
    if channel:
        text += f', "channel": "{channel}"'
    return text + "}"


def bodies_of(events, batch):
    return [('{"batch": [' + ", ".join(event_json(e) for e in events[i:i + batch]) + "]}").encode()
            for i in range(0, len(events), batch)]


INSERTS = {
    "name": "INSERT INTO event_names (id, name) VALUES (?, ?)",
    "actor": "INSERT INTO event_actors (id, source_id, actor_key, customer_id, alias_of, first_at) "
             "VALUES (?, ?, ?, ?, ?, ?)",
    "event": "INSERT INTO behaviour_events (actor_id, name_id, at, channel, session_id, source_id, message_id, "
             "message_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
}


def message_key(source, message):
    """cxm's message key (EventMessageKey): 64-bit FNV-1a of the source id, a NUL and the message id, signed."""
    h = 0xcbf29ce484222325
    for byte in source.encode() + b"\0" + message.encode():
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h - (1 << 64) if h >= (1 << 63) else h


def reference_rows(events, batch, source):
    """The rows cxm stores for these events sent in calls of `batch` by one client, in the order it writes
    them, as (table, [rows]) runs: names and visitors numbered as cxm numbers them (new ones of a call in
    sorted order), devices that signed in pointing at their user, and each event under its final visitor."""
    name_ids, actor_ids, first_at, alias = {}, {}, {}, {}
    order = []
    for i in range(0, len(events), batch):
        chunk = events[i:i + batch]
        new_names = sorted({e[0] for e in chunk} - name_ids.keys())
        for name in new_names:
            name_ids[name] = len(name_ids) + 1
        seen = {}
        for e in chunk:
            for key in (f"u:{e[1]}" if e[1] else None, f"a:{e[2]}"):
                if key:
                    seen[key] = min(seen.get(key, e[3]), e[3])
        new_actors = sorted(seen.keys() - actor_ids.keys())
        for key in new_actors:
            actor_ids[key] = len(actor_ids) + 1
            first_at[key] = seen[key] * 1000
        for e in chunk:
            if e[1]:
                alias.setdefault(f"a:{e[2]}", f"u:{e[1]}")
        order.append((new_names, new_actors, chunk))
    runs = []
    for new_names, new_actors, chunk in order:
        runs.append(("name", [(name_ids[name], name) for name in new_names]))
        runs.append(("actor", [(actor_ids[key], source, key, None, actor_ids.get(alias.get(key)), first_at[key])
                               for key in new_actors]))
        runs.append(("event", [(actor_ids[f"u:{user}" if user else alias.get(f"a:{anonymous}", f"a:{anonymous}")],
                                name_ids[name], at * 1000, channel, session, source, message,
                               message_key(source, message))
                               for name, user, anonymous, at, message, channel, session in chunk]))
    return runs, {"actors": len(actor_ids), "aliased": len(alias)}


def reference_sql(runs):
    """The rows as sqlite3 shell input: cxm's pragmas, one transaction, one INSERT per row."""
    lines = PRAGMAS + ["BEGIN IMMEDIATE;"]
    for table, rows in runs:
        head = INSERTS[table].split(" VALUES")[0] + " VALUES ("
        lines += [head + ", ".join(b.sql_text(v) for v in row) + ");" for row in rows]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def run_prepared(db, runs):
    """The same rows through Python's sqlite3 module (libsqlite3): each statement prepared once and run for
    every row (executemany), cxm's pragmas, one transaction; whole time including opening the database."""
    t = time.perf_counter()
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(pragma)
    con.execute("BEGIN IMMEDIATE")
    for table, rows in runs:
        con.executemany(INSERTS[table], rows)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t


def stored_rows(db, exclude_prefix="tl-"):
    """A digest of every stored event (messageId and its key, visitor key, name, time, channel, session) and the
    counts."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    digest = hashlib.sha256()
    n = 0
    for row in con.execute(
            "SELECT e.message_id, e.message_key, a.actor_key, n.name, e.at, e.channel, e.session_id FROM behaviour_events e "
            "JOIN event_actors a ON a.id = e.actor_id JOIN event_names n ON n.id = e.name_id "
            "WHERE e.source_id = 'site' AND e.message_id NOT LIKE ? ORDER BY e.message_id", (exclude_prefix + "%",)):
        digest.update(repr(row).encode())
        n += 1
    keys = "('u:%s', 'a:dev-%s')" % (TIMELINE_USER, TIMELINE_USER)
    actors = con.execute(f"SELECT COUNT(*) FROM event_actors WHERE actor_key NOT IN {keys}").fetchone()[0]
    aliased = con.execute(
        f"SELECT COUNT(*) FROM event_actors WHERE alias_of IS NOT NULL AND actor_key NOT IN {keys}").fetchone()[0]
    con.close()
    return {"events": n, "digest": digest.hexdigest(), "actors": actors, "aliased": aliased}


def send_bodies(port, token, bodies, clients):
    """Sends the bodies with `clients` threads (client c sends calls c, c + clients, ...); returns the wall
    time, each call's time and the summed answers."""
    path = f"/api/v1/signal-sources/{SOURCE['id']}/events:batch"
    totals = {"stored": 0, "duplicates": 0, "rejected": 0, "unlinkedUsers": 0, "aliased": 0}
    calls, errors, lock = [], [], threading.Lock()

    def worker(c):
        try:
            for body in bodies[c::clients]:
                t = time.perf_counter()
                status, data = b.api(port, "POST", path, token=token, body=body)
                seconds = time.perf_counter() - t
                result = check_status(status, data, (200,), "events:batch")
                if result["rejected"]:
                    raise RuntimeError(f"{result['rejected']} events rejected: {result['results'][:3]}")
                with lock:
                    calls.append(seconds)
                    for key in totals:
                        totals[key] += result[key]
        except Exception as error:  # reported by the caller
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
    t = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t
    if errors:
        raise errors[0]
    return wall, calls, totals


def ingestion(args, work, base, token, customers):
    b.log(f"ingestion: generating {args.events:,} events for {args.visitors:,} visitors ...")
    make = make_session_events if args.stream == "sessions" else make_events
    events = make(args.events, args.visitors)
    bodies = bodies_of(events, args.batch)
    runs, expected = reference_rows(events, args.batch, SOURCE["id"])
    del events
    mb = sum(len(x) for x in bodies) / len(bodies) / 1e6
    result = {"events": args.events, "batch": args.batch, "body_mb": mb, "expected": expected}

    b.log("ingestion: sqlite3 shell reference ...")
    ref_dir = copy_data_dir(base, os.path.join(work, "ingest-ref"))
    ref_db = os.path.join(ref_dir, "cxm.sqlite")
    seconds, _ = run_shell(ref_db, reference_sql(runs), "reference inserts")
    ref_rows = stored_rows(ref_db)
    result["sqlite3"] = {"seconds": seconds, "rate": args.events / seconds, "load": load(), "rows": ref_rows}
    shutil.rmtree(ref_dir)
    b.log("ingestion: libsqlite3 with prepared statements (informational) ...")
    prepared_dir = copy_data_dir(base, os.path.join(work, "ingest-prepared"))
    prepared_db = os.path.join(prepared_dir, "cxm.sqlite")
    seconds = run_prepared(prepared_db, runs)
    del runs
    result["prepared"] = {"seconds": seconds, "rate": args.events / seconds, "load": load(),
                          "rows_equal": stored_rows(prepared_db) == ref_rows}
    shutil.rmtree(prepared_dir)

    for clients in (1, 2):
        b.log(f"ingestion: events:batch, {clients} client(s) ...")
        data_dir = copy_data_dir(base, os.path.join(work, f"ingest-{clients}"))
        with b.Server(data_dir) as server:
            b.api(server.port, "GET", "/api/v1/signal-sources", token=token)
            cpu = b.cpu_seconds(server.pid)
            wall, calls, totals = send_bodies(server.port, token, bodies, clients)
            cpu = b.cpu_seconds(server.pid) - cpu
            rss = b.proc_status(server.pid)
            run = {"clients": clients, "seconds": wall, "rate": args.events / wall, "calls_s": calls,
                   "server_cpu_s": cpu, "peak_rss_mb": rss["VmHWM"], "answers": totals, "load": load()}
            if clients == 1:
                result["timeline"] = timeline(args, server, token, customers)
        run["rows"] = stored_rows(os.path.join(data_dir, "cxm.sqlite"))
        run["rows_equal"] = (run["rows"] == ref_rows and run["rows"]["events"] == args.events
                             and (ref_rows["actors"], ref_rows["aliased"]) == (expected["actors"], expected["aliased"]))
        result[f"api_{clients}"] = run
        shutil.rmtree(data_dir)
    return result


# ----------------------------------------------------------------------------------------------
# 3. The time line (on the ingestion database, after its timing)

def timeline(args, server, token, customers):
    port = server.port
    rng = random.Random(1001)
    end = int(time.time()) - 60
    batch = []
    for k in range(args.timeline_events):
        e = {"type": "track", "event": rng.choice(NAMES), "userId": TIMELINE_USER,
             "timestamp": iso(end - rng.randrange(30 * 86_400)), "messageId": f"tl-{k}", "channel": "web"}
        if k % 3 == 0:
            e["anonymousId"] = f"dev-{TIMELINE_USER}"
        batch.append(e)
    newest = max(ms_of(e["timestamp"]) for e in batch)
    for i in range(0, len(batch), 10_000):
        answer = check_status(*b.api(port, "POST", f"/api/v1/signal-sources/{SOURCE['id']}/events:batch", token,
                                     {"batch": batch[i:i + 10_000]}), (200,), "events:batch (time line)")
        if answer["stored"] != len(batch[i:i + 10_000]) or answer["unlinkedUsers"]:
            raise RuntimeError(f"time line events not stored as one customer's: {answer}")
    client = Client(port, token)
    result = {"events": args.timeline_events}
    for label, user in (("customer", TIMELINE_USER), ("empty", EMPTY_USER)):
        path = f"/api/v1/customers/{customers[user]}/timeline?limit=50"
        _, first = client.get(path)  # warm-up
        times = [client.get(path)[0] for _ in range(args.timeline_runs)]
        result[label] = {"ms_median": b.median(times) * 1000, "ms_p90": pct(times, 90) * 1000,
                         "ms_max": max(times) * 1000, "items": len(first["items"]), "load": load()}
        if label == "customer":
            items = first["items"]
            result["first_page_ok"] = (len(items) == 50 and all(i["kind"] == "activity" for i in items)
                                       and ms_of(items[0]["at"]) == newest)
    # Every page, through `next`.
    path = f"/api/v1/customers/{customers[TIMELINE_USER]}/timeline?limit=50"
    seen, order_ok, pages, page_times, last_path = set(), True, 0, [], path
    previous = None
    while path and pages < 1000:
        seconds, page = client.get(path)
        pages += 1
        page_times.append(seconds)
        last_path = path
        for item in page["items"]:
            at = ms_of(item["at"])
            order_ok &= previous is None or at <= previous
            previous = at
            if item["kind"] == "activity":
                seen.add(item["id"])
        path = (f"/api/v1/customers/{customers[TIMELINE_USER]}/timeline?limit=50&after="
                + urllib.parse.quote(page["next"])) if page.get("next") else None
    last = [client.get(last_path)[0] for _ in range(5)]
    client.close()
    result["pages"] = {"count": pages, "activity": len(seen), "newest_first": order_ok,
                       "ms_median_per_page": b.median(page_times) * 1000, "ms_max_per_page": max(page_times) * 1000,
                       "ms_last_page": b.median(last) * 1000, "load": load()}
    result["pass"] = (result["customer"]["ms_median"] < TARGET_TIMELINE_MS and result["first_page_ok"]
                      and len(seen) == args.timeline_events and order_ok)
    return result


# ----------------------------------------------------------------------------------------------
# 2. The funnel over 10 M events

def fill_sql(n, start_ms, spacing_ms, indexes):
    """sqlite3 shell input writing n events (n / 10 sessions of 10 events) straight into cxm's tables."""
    sessions = n // 10
    # Session s belongs to visitor s * 7919 mod p + 1: a different visitor for every session, in scattered order.
    modulus = next(p for p in (1_009, 10_007, 100_003, 1_000_003, 10_000_019, 100_000_007) if p >= sessions)
    lines = ["PRAGMA journal_mode = DELETE;", "PRAGMA synchronous = OFF;", "PRAGMA cache_size = -524288;",
             "PRAGMA temp_store = MEMORY;", "BEGIN;"]
    lines += [f"INSERT INTO event_names (id, name) VALUES ({i + 1}, {b.sql_text(name)});" for i, name in
              enumerate(ordered_names())]
    lines += [f"DROP INDEX {name};" for name, _ in indexes]
    lines.append(f"""
WITH RECURSIVE v(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM v WHERE i < {modulus})
INSERT INTO event_actors (id, source_id, actor_key, customer_id, alias_of, first_at)
SELECT i, 'site', printf('a:%07d', i), NULL, NULL, {start_ms} FROM v;""")
    # Session s holds events 10 s .. 10 s + 9: at positions 0-4 the funnel's steps 1-5 (name ids 1-5) or, by a
    # coin, another name (ids 11-15), elsewhere any of the 20 names; in order within the session, ~30 s apart.
    lines.append(f"""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {sessions * 10 - 1})
INSERT INTO behaviour_events (actor_id, name_id, at, channel, session_id, source_id, message_id)
SELECT (i / 10) * 7919 % {modulus} + 1,
  CASE WHEN i % 10 < 5 THEN i % 10 + 1 + abs(random() % 2) * 10 ELSE abs(random() % 20) + 1 END,
  {start_ms} + (i / 10) * {spacing_ms} + (i % 10) * 30000 + abs(random() % 20000),
  CASE (i / 10) % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'app' END, NULL, 'site', NULL
FROM n;""")
    lines.append("COMMIT;")
    lines += [sql + ";" for _, sql in indexes]
    lines += ["PRAGMA journal_mode = WAL;"]
    return "\n".join(lines) + "\n"


def ordered_names():
    """The 20 names with the funnel's steps as ids 1-5."""
    return FUNNEL_STEPS + [name for name in NAMES if name not in FUNNEL_STEPS]


def funnel_database(args, work):
    """The data dir with the funnel and args.funnel_events events, made (timed) or reused from --keep."""
    folder = os.path.join(args.keep or work, "funnel")
    meta_path = os.path.join(folder, "bench-meta.json")
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        if meta.get("events") == args.funnel_events and meta.get("shape") == FUNNEL_SHAPE:
            b.log(f"funnel: reusing {folder} ({args.funnel_events:,} events)")
            meta["reused"] = True
            return folder, meta
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    token = b.create_token(folder, name="bench-funnels")
    with b.Server(folder) as server:
        check_status(*b.api(server.port, "POST", "/api/v1/signal-sources", token, SOURCE), (200, 201), "signal source")
        body = {"name": FUNNEL_NAME, "steps": [{"event": e} for e in FUNNEL_STEPS], "windowMinutes": WINDOW_MINUTES}
        check_status(*b.api(server.port, "POST", "/api/v1/funnels", token, body), (200, 201), "funnel")
    db = os.path.join(folder, "cxm.sqlite")
    con = sqlite3.connect(db)
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'behaviour_events' "
                          "AND sql IS NOT NULL ORDER BY name").fetchall()
    con.close()
    days = 28
    end_ms = (int(time.time()) // 86_400 - 2) * 86_400_000
    start_ms = end_ms - days * 86_400_000
    spacing = days * 86_400_000 // (args.funnel_events // 10)
    b.log(f"funnel: writing {args.funnel_events:,} events with the sqlite3 shell ({load()}) ...")
    seconds, _ = run_shell(db, fill_sql(args.funnel_events, start_ms, spacing, indexes), "fill")
    meta = {"events": args.funnel_events, "shape": FUNNEL_SHAPE, "start_ms": start_ms,
            "end_ms": start_ms + (args.funnel_events // 10) * spacing + 10 * 30_000, "fill_s": seconds,
            "indexes": [name for name, _ in indexes], "reused": False}
    with open(meta_path, "w") as f:
        json.dump(meta, f)
    b.log(f"funnel: written in {seconds:.0f} s")
    return folder, meta


def bucket(expr):
    arms = " ".join(f"WHEN {expr} < {edge * 1000} THEN {i}" for i, edge in enumerate(BUCKET_EDGES_S))
    return f"CASE {arms} ELSE {len(BUCKET_EDGES_S)} END"


def funnel_query(name_ids, start, end, low, high, window_ms):
    """cxm's chained funnel query (Store+Funnels.swift, SQLite) for one visitor range, values inlined."""
    parts = [f"s1 AS MATERIALIZED (SELECT actor_id AS actor, channel, MIN(at) AS t1, MIN(at) AS t, 0 AS d "
             f"FROM behaviour_events WHERE name_id = {name_ids[0]} AND at >= {start} AND at < {end} "
             f"AND actor_id >= {low} AND actor_id <= {high} GROUP BY actor_id)"]
    for k, name in enumerate(name_ids[1:], start=2):
        parts.append(
            f"s{k} AS MATERIALIZED (SELECT actor, channel, t1, t, t - tp AS d FROM (SELECT p.actor, p.channel, p.t1, "
            f"p.t AS tp, (SELECT MIN(e.at) FROM behaviour_events e WHERE e.name_id = {name} AND e.actor_id = p.actor "
            f"AND e.at >= p.t AND e.at <= p.t1 + {window_ms}) AS t FROM s{k - 1} p LIMIT -1 OFFSET 0) x "
            f"WHERE t IS NOT NULL)")
    selects = ["SELECT 1 AS stage, 0 AS since_start, channel, 0 AS bucket, COUNT(*) AS n, "
               "CAST(0 AS DOUBLE PRECISION) AS total FROM s1 GROUP BY channel"]
    for k in range(2, len(name_ids) + 1):
        selects.append(f"SELECT {k}, 0, channel, {bucket('d')}, COUNT(*), CAST(SUM(d) AS DOUBLE PRECISION) "
                       f"FROM s{k} GROUP BY channel, {bucket('d')}")
    last = len(name_ids)
    selects.append(f"SELECT {last}, 1, channel, {bucket('(t - t1)')}, COUNT(*), CAST(SUM(t - t1) AS DOUBLE PRECISION) "
                   f"FROM s{last} GROUP BY channel, {bucket('(t - t1)')}")
    return "WITH " + ", ".join(parts) + " " + " UNION ALL ".join(selects) + ";"


def shell_counts(rows, steps):
    """From the reference's rows: actors per step, per channel, and the time buckets, as the report has them."""
    actors = [0] * steps
    channels = {}
    from_previous = [[0] * (len(BUCKET_EDGES_S) + 1) for _ in range(steps)]
    from_start = [0] * (len(BUCKET_EDGES_S) + 1)
    for stage, since_start, channel, bucket_index, n, _ in rows:
        channel = None if channel == "NULL" else channel
        if since_start:
            from_start[bucket_index] += n
            continue
        actors[stage - 1] += n
        channels.setdefault(channel, [0] * steps)[stage - 1] += n
        if stage > 1:
            from_previous[stage - 1][bucket_index] += n
    return {"actors": actors, "channels": channels, "from_previous": from_previous, "from_start": from_start}


def report_counts(report):
    steps = len(report["steps"])
    empty = [0] * (len(BUCKET_EDGES_S) + 1)

    def buckets(t):
        return [x["count"] for x in t["buckets"]] if t else empty

    return {"actors": [s["actors"] for s in report["steps"]],
            "channels": {c.get("channel"): c["steps"] for c in report["channels"]},
            "from_previous": [empty] + [buckets(s.get("timeFromPrevious")) for s in report["steps"][1:steps]],
            "from_start": buckets(report.get("timeToConvert"))}


def run_reference(db, query, runs):
    """The query in the sqlite3 shell, once to warm up and `runs` times more; (run times, rows of the last)."""
    script = "\n".join(PRAGMAS + [".mode list", ".separator |", ".nullvalue NULL", ".timer on"]
                       + [query] * (runs + 1)) + "\n"
    _, out = run_shell(db, script, "funnel reference")
    times = [float(x) for x in re.findall(r"Run Time: real ([0-9.]+)", out)]
    rows = [line.split("|") for line in out.splitlines() if line.count("|") == 5 and not line.startswith("Run Time")]
    per_run = len(rows) // (runs + 1)
    last = [(int(r[0]), int(r[1]), r[2], int(r[3]), int(r[4]), float(r[5])) for r in rows[-per_run:]]
    return times[-runs:], last


def explain(db, query):
    _, out = run_shell(db, "\n".join(PRAGMAS + ["EXPLAIN QUERY PLAN " + query]) + "\n", "explain")
    lines = out.splitlines()  # after what the pragmas print
    return lines[lines.index("QUERY PLAN") + 1:] if "QUERY PLAN" in lines else lines


def time_reports(folder, period, runs):
    """Starts cxm on the folder and times the funnel report; returns the times, CPU per call and the last report."""
    token = b.create_token(folder, name="bench-funnels")
    with b.Server(folder) as server:
        status, data = b.api(server.port, "GET", "/api/v1/funnels", token=token)
        funnel = next(f for f in check_status(status, data, (200,), "funnels")["items"] if f["name"] == FUNNEL_NAME)
        client = Client(server.port, token)
        path = f"/api/v1/funnels/{funnel['id']}/report?from={period[0]}&to={period[1]}"
        warm, report = client.get(path)
        times, cpus = [], []
        for _ in range(runs):
            cpu = b.cpu_seconds(server.pid)
            seconds, report = client.get(path)
            cpus.append(b.cpu_seconds(server.pid) - cpu)
            times.append(seconds)
        client.close()
    return {"warmup_s": warm, "times_s": times, "s_median": b.median(times), "cpu_s_median": b.median(cpus),
            "load": load()}, report


def funnel(args, work):
    folder, meta = funnel_database(args, work)
    db = os.path.join(folder, "cxm.sqlite")
    con = sqlite3.connect(db)
    con.execute("DROP TABLE IF EXISTS sqlite_stat1")  # a run stopped half-way leaves ANALYZE's statistics
    con.execute("DROP TABLE IF EXISTS sqlite_stat4")
    con.commit()
    name_ids = [con.execute("SELECT id FROM event_names WHERE name = ?", (n,)).fetchone()[0] for n in FUNNEL_STEPS]
    low, high = con.execute("SELECT MIN(actor_id), MAX(actor_id) FROM behaviour_events WHERE name_id = ?",
                            (name_ids[0],)).fetchone()
    con.close()
    day = 86_400_000
    period = (utc_day(meta["start_ms"] - day), utc_day(meta["end_ms"] + day))
    b.log(f"funnel: timing the report ({load()}) ...")
    cxm, report = time_reports(folder, period, args.report_runs)
    query = funnel_query(name_ids, ms_of(report["from"]), ms_of(report["to"]), low, high, WINDOW_MINUTES * 60_000)
    b.log(f"funnel: the sqlite3 shell reference ({load()}) ...")
    ref_times, rows = run_reference(db, query, args.ref_runs)
    ref = {"times_s": ref_times, "s_median": b.median(ref_times), "load": load()}
    # Without its LIMIT -1 OFFSET 0, SQLite flattens each stage's inner SELECT into the outer one and so
    # copies the correlated MIN(at) subquery to every place `t` is used (the filter, t, t - tp): up to three
    # seeks per visitor and step. The query without the fence (cxm before 2026-11-27) shows what it saves.
    flattened = query.replace(" LIMIT -1 OFFSET 0) x", ") x")
    flat_times, flat_rows = run_reference(db, flattened, args.ref_runs)
    ref["flattened_s_median"] = b.median(flat_times)
    ref["flattened_equal"] = shell_counts(flat_rows, len(FUNNEL_STEPS)) == shell_counts(rows, len(FUNNEL_STEPS))
    ref["flattened_plan"] = explain(db, flattened)
    got, expected = report_counts(report), shell_counts(rows, len(FUNNEL_STEPS))
    result = {"events": args.funnel_events, "fill_s": meta.get("fill_s"), "reused": meta.get("reused", False),
              "period": list(period), "cxm": cxm, "sqlite3": ref,
              "ratio": cxm["s_median"] / ref["s_median"], "steps": got["actors"], "shell_steps": expected["actors"],
              "counts_equal": got == expected,
              "differences": {k: (got[k], expected[k]) for k in got if got[k] != expected[k]},
              "plan": explain(db, query)}
    if not args.no_analyze:
        t = time.perf_counter()
        run_shell(db, "ANALYZE;\n", "ANALYZE")
        analyze_s = time.perf_counter() - t
        analyzed, report2 = time_reports(folder, period, max(3, args.report_runs // 2))
        analyzed_ref, _ = run_reference(db, query, 1)
        result["analyzed"] = {"analyze_s": analyze_s, "cxm": analyzed, "sqlite3_s": b.median(analyzed_ref),
                              "counts_equal": report_counts(report2) == expected,
                              "plan_changed": explain(db, query) != result["plan"]}
        run_shell(db, "DROP TABLE IF EXISTS sqlite_stat1;\nDROP TABLE IF EXISTS sqlite_stat4;\n", "drop statistics")
    result["pass"] = cxm["s_median"] < TARGET_FUNNEL_S and result["counts_equal"]
    return result


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=500_000)
    ap.add_argument("--batch", type=int, default=5_000)
    ap.add_argument("--visitors", type=int, default=100_000)
    ap.add_argument("--stream", choices=["uniform", "sessions"], default="uniform")
    ap.add_argument("--funnel-events", type=int, default=10_000_000)
    ap.add_argument("--report-runs", type=int, default=5)
    ap.add_argument("--ref-runs", type=int, default=3)
    ap.add_argument("--timeline-events", type=int, default=5_000)
    ap.add_argument("--timeline-runs", type=int, default=20)
    ap.add_argument("--keep")
    ap.add_argument("--no-analyze", action="store_true")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.quick:
        args.events, args.funnel_events = 100_000, 1_000_000
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line shell is needed (Debian: apt-get install -y sqlite3)")
    b.cxm_bin()

    work = tempfile.mkdtemp(prefix="cxm-bench-funnels-")
    try:
        base, token, customers = make_base(work)
        ing = ingestion(args, work, base, token, customers)
        fun = funnel(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(args, ing, fun)


def row(label, figure, rest=""):
    print(f"   {label:47} {figure:>18}  {rest}".rstrip())


def report(args, ing, fun):
    ref, prepared = ing["sqlite3"], ing["prepared"]
    print(f"1. event ingestion, {args.events:,} events ({args.stream} stream), {args.batch:,} per call "
          f"({ing['body_mb']:.2f} MB per body), fresh database:")
    row("sqlite3 shell, one transaction (reference)", f"{ref['rate']:,.0f} events/s",
        f"({ref['seconds']:.2f} s; {ref['load']})")
    row("libsqlite3, prepared statements (info)", f"{prepared['rate']:,.0f} events/s",
        f"({prepared['seconds']:.2f} s; Python's sqlite3 {sqlite3.sqlite_version}: the storage engine without SQL "
        f"parsing; rows {'equal' if prepared['rows_equal'] else 'DIFFERENT'}; {prepared['load']})")
    for clients in (1, 2):
        r = ing[f"api_{clients}"]
        calls = sorted(r["calls_s"])
        a = r["answers"]
        row(f"events:batch, {clients} client{'s' if clients > 1 else ''}", f"{r['rate']:,.0f} events/s",
            f"({r['seconds']:.2f} s; x{r['rate'] / ref['rate']:.2f} of sqlite3; call median "
            f"{b.median(calls) * 1000:.0f} ms, max {calls[-1] * 1000:.0f} ms; server CPU {r['server_cpu_s']:.1f} s "
            f"= {r['server_cpu_s'] / args.events * 1e6:.0f} us/event; peak RSS {r['peak_rss_mb']:.0f} MB; {r['load']})")
        print(f"     stored {a['stored']:,}, duplicates {a['duplicates']}, rejected {a['rejected']}, unlinked users "
              f"(summed over calls) {a['unlinkedUsers']:,}, aliased {a['aliased']:,}; rows equal the reference's "
              f"({r['rows']['events']:,} events, {r['rows']['actors']:,} visitors, {r['rows']['aliased']:,} "
              f"aliased): {'OK' if r['rows_equal'] else 'MISMATCH'}")

    f, c, sh = fun, fun["cxm"], fun["sqlite3"]
    made = "database reused" if f["reused"] else f"written by the shell in {f['fill_s']:.0f} s"
    print(f"2. 5-step funnel over {f['events']:,} events (period {f['period'][0]} .. {f['period'][1]}, window "
          f"{WINDOW_MINUTES} min; {made}):")
    row("GET /api/v1/funnels/ID/report", f"{c['s_median']:.3f} s",
        f"(median of {len(c['times_s'])}: " + ", ".join(f"{x:.3f}" for x in c["times_s"])
        + f"; warm-up {c['warmup_s']:.3f} s; server CPU per call {c['cpu_s_median']:.2f} s; {c['load']})")
    row("sqlite3 shell, same query, one connection", f"{sh['s_median']:.3f} s",
        f"(median of {len(sh['times_s'])}: " + ", ".join(f"{x:.3f}" for x in sh["times_s"])
        + f"; {sh['load']}); cxm / shell = {f['ratio']:.2f}")
    row("shell, without the OFFSET fence (info)", f"{sh['flattened_s_median']:.3f} s",
        f"(flattened: up to three MIN(at) seeks per visitor and step instead of one; counts "
        f"{'equal' if sh['flattened_equal'] else 'DIFFERENT'})")
    if "analyzed" in f:
        a = f["analyzed"]
        row(f"after ANALYZE ({a['analyze_s']:.0f} s), cxm (info)", f"{a['cxm']['s_median']:.3f} s",
            f"(shell {a['sqlite3_s']:.3f} s; plan {'CHANGED' if a['plan_changed'] else 'unchanged'}; counts "
            f"{'equal' if a['counts_equal'] else 'DIFFERENT'}; {a['cxm']['load']})")
    print(f"   steps[].actors {f['steps']} vs shell {f['shell_steps']}: "
          f"{'equal (channels and time buckets too)' if f['counts_equal'] else 'DIFFERENT ' + str(f['differences'])}")
    print("   EXPLAIN QUERY PLAN of the chained query (shell; stages 3-5 as stage 2):")
    plan = f["plan"]
    cut = next((i for i, line in enumerate(plan) if "MATERIALIZE s3" in line), len(plan) + 1)
    for line in plan[:cut - 1]:
        print("     " + line)

    t = ing["timeline"]
    p = t["pages"]
    print(f"3. time line of a customer with {t['events']:,} events (limit 50, on the ingestion database):")
    row("first page", f"{t['customer']['ms_median']:.2f} ms",
        f"(median of {args.timeline_runs}; p90 {t['customer']['ms_p90']:.2f}, max {t['customer']['ms_max']:.2f}; "
        f"newest first, all activity: {'OK' if t['first_page_ok'] else 'WRONG'}; {t['customer']['load']})")
    row("a customer with no events (reference)", f"{t['empty']['ms_median']:.2f} ms",
        f"(ratio x{t['customer']['ms_median'] / t['empty']['ms_median']:.1f})")
    row(f"every page through next ({p['count']} pages)", f"{p['ms_median_per_page']:.2f} ms",
        f"(median per page, max {p['ms_max_per_page']:.2f} ms; {p['activity']:,} events listed once, newest first: "
        f"{'OK' if p['activity'] == t['events'] and p['newest_first'] else 'WRONG'}; {p['load']})")
    row("the last page again", f"{p['ms_last_page']:.2f} ms", "(median of 5)")

    one = ing["api_1"]
    verdicts = {"ingestion": one["rate"] >= TARGET_EVENTS_PER_S and one["rows_equal"], "funnel": f["pass"],
                "timeline": t["pass"]}

    def verdict(ok):
        return "PASS" if ok else "MISS"

    print("summary (issue 9, SQLite, release build):")
    print(f"  1 event ingestion, events:batch, 1 client  {one['rate']:10,.0f} events/s  target >= "
          f"{TARGET_EVENTS_PER_S:,}/s  x{one['rate'] / ref['rate']:.2f} of sqlite3; 2 clients "
          f"{ing['api_2']['rate']:,.0f}/s  {verdict(verdicts['ingestion'])}")
    print(f"  2 5-step funnel, {f['events'] / 1e6:g} M events            {c['s_median']:10.3f} s         "
          f"target < {TARGET_FUNNEL_S:g} s        x{f['ratio']:.2f} of the shell; counts "
          f"{'equal' if f['counts_equal'] else 'DIFFERENT'}  {verdict(verdicts['funnel'])}")
    print(f"  3 time line, {t['events']:,} events, limit 50     {t['customer']['ms_median']:10.2f} ms        "
          f"target < {TARGET_TIMELINE_MS:g} ms       x{t['customer']['ms_median'] / t['empty']['ms_median']:.1f} of "
          f"an empty one; later pages {p['ms_median_per_page']:.0f} ms  {verdict(verdicts['timeline'])}")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"benchmark": "funnels", "ingestion": ing, "funnel": fun, "verdicts": verdicts}, handle, indent=1)


if __name__ == "__main__":
    main()
