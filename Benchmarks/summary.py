#!/usr/bin/env python3
"""Prints the summary table from the JSON files the benchmark scripts wrote into one folder."""

import json
import os
import sys


def load(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    folder = sys.argv[1]
    rows = []
    s = load(folder, "startup.json")
    if s:
        rows.append(("1 serve ready (demo db)", f"{s['ready_s_median'] * 1000:.0f} ms", "< 1000 ms",
                     f"empty db {s['ready_empty_s_median'] * 1000:.0f} ms, --help {s['help_s_median'] * 1000:.0f} ms", verdict(s["ready_pass"])))
        rows.append(("1 idle RSS (demo db)", f"{s['rss_idle_mb_median']:.1f} MB", "< 80 MB",
                     f"x{s['rss_idle_mb_median'] / s['rss_idle_empty_mb_median']:.2f} of empty db", verdict(s["rss_pass"])))
    for name, label in (("load-shared.json", "2 POST p99 @500/s, shared CPUs"), ("load-pinned.json", "2 POST p99 @500/s, pinned")):
        r = load(folder, name)
        if r:
            rows.append((label, f"{r['p99_ms']:.2f} ms", "< 20 ms",
                         f"x{r['ratio_p99']:.2f} of /health ({r['p99_health_ms']:.2f} ms)", verdict(r["pass"])))
    bulk = load(folder, "bulk.json")
    if bulk:
        sm = bulk["summary"]
        ref = sm["sqlite3"]["rps_median"]
        rows.append(("3 bulk: batch API", f"{sm['batch_api']['rps_median']:,.0f} /s", ">= 20,000 /s",
                     f"x{sm['batch_api']['ratio_to_sqlite3']:.2f} of sqlite3 ({ref:,.0f}/s)", verdict(sm["batch_api"]["pass"])))
        rows.append(("3 bulk: CSV import", f"{sm['csv_import']['rps_median']:,.0f} /s", ">= 20,000 /s",
                     f"x{sm['csv_import']['ratio_to_sqlite3']:.2f} of sqlite3", verdict(sm["csv_import"]["pass"])))
    d = load(folder, "demo.json")
    if d:
        rows.append(("4 cxm demo, release", f"{d['release_s_median']:.1f} s", "< 30 s",
                     f"x{d['ratio_release_to_sqlite3']:.1f} of sqlite3 restore ({d['sqlite3_restore_s_median']:.1f} s)",
                     verdict(d["release_pass"])))
        if "debug_s_median" in d:
            rows.append(("4 cxm demo, debug", f"{d['debug_s_median']:.1f} s", "< 30 s",
                         f"x{d['debug_s_median'] / d['sqlite3_restore_s_median']:.1f} of sqlite3 restore",
                         verdict(d["debug_pass"])))
    m = load(folder, "metrics.json")
    if m:
        for backend, figure, value, target, reference, ratio, result in m["rows"]:
            ref = ", ".join(x for x in (reference, ratio) if x)
            rows.append((f"5 {backend}: {figure}", value, target, ref, result))
    c = load(folder, "collection.json")
    if c:
        p, h = c["page"], c["page_health"]
        rows.append(("6 survey page, server time", f"{p['server_mean_ms']:.2f} ms", "< 5 ms",
                     f"GET /health {h['server_mean_ms']:.3f} ms", verdict(c["page_pass"])))
        rows.append(("6 survey page, weight", f"{p['total_kb']:.1f} KB", "< 30 KB", "HTML + stylesheet", verdict(c["page_pass"])))
        sub, ref = c["submit"], c["submit_health"]
        rows.append(("7 submissions p99 @1,000/s", f"{sub['latency_ms']['p99']:.1f} ms", "< 25 ms",
                     f"GET /health p99 {ref['latency_ms']['p99']:.1f} ms", verdict(c["submit_pass"])))
        d8 = c.get("decisions")
        if d8:
            rows.append(("8 1 M trigger decisions", f"{d8['seconds']:.1f} s", "< 60 s",
                         f"x{d8['ratio']:.1f} of sqlite3 insert ({d8['sqlite3_insert_s']:.1f} s)", verdict(c["decisions_pass"])))
    k = load(folder, "cases.json")
    if k:
        rows.append(("9 case rules added at p99", f"{k['submit_added_p99_ms']:+.2f} ms", "< 1 ms",
                     f"opening the cases too {k['submit_opening_p99_ms']:+.2f} ms", verdict(k["submit_pass"])))
        w = k["sweep"]
        rows.append(("10 sweep, 100,000 open cases", f"{w['breached_s']:.2f} s all overdue", "< 2 s",
                     f"none due {w['steady_s'] * 1000:.0f} ms; demo alone {w['reference_s'] * 1000:.1f} ms",
                     verdict(k["sweep_pass"])))
        h = k.get("webhooks")
        if h:
            rows.append(("11 webhook on every response", f"{h['delivered']['added_p99_ms']:+.2f} ms at p99",
                         "never blocks", f"lag p99 {h['delivered']['lag_p99_s']:.2f} s, {h['delivered']['pending']} left",
                         verdict(h["delivered"]["pending"] == 0)))
    x = load(folder, "text.json")
    if x:
        for name, run in x.items():
            rows.append(("12 text analytics, " + name, f"{run['rate']:,} answers/s", ">= 50,000/s",
                         f"--language en {run['reference_rate']:,}/s", verdict(run["pass"])))
    dr = load(folder, "drivers.json")
    if dr:
        size = "" if dr["full_size"] else f" (rows / {dr['divide']})"
        for key, what in (("weights", "relative weights"), ("shapley", "Shapley, 200 replicates")):
            case = dr[key]
            run = case[case["figure"]]
            other = case["bootstrap" if case["figure"] == "point" else "point"]
            other_label = f"{other['replicates']} replicates" if other["replicates"] else "--replicates 0"
            rows.append((f"13 {what}, {case['rows']:,} x {case['drivers']}{size}", f"{run['analysis_s_median']:.3f} s",
                         f"< {case['target_s']:g} s", f"numpy {run['numpy_s_median']:.3f} s (x{run['ratio_to_numpy']:.1f}); "
                         f"{other_label} {other['analysis_s_median']:.2f} s", verdict(case["pass"])))
        a = dr["agreement"]
        rows.append(("13 drivers equal fixture and numpy", f"largest diff {a['max_abs_diff']:.1e}",
                     f"<= {a['tolerance']:g}", f"{len(a['comparisons'])} comparisons", verdict(a["pass"])))
    al = load(folder, "alerts.json")
    if al:
        for backend, figure, value, target, reference, result in al["rows"]:
            rows.append((f"14 {backend}: {figure}", value, target, reference, result))
    head = ("benchmark", "figure", "target", "reference", "result")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = "  ".join("{:%d}" % w for w in widths)
    print("== summary")
    print(line.format(*head))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))


if __name__ == "__main__":
    main()
