#!/usr/bin/env python3
"""Issue 7's throughput target: language + sentiment + themes for >= 50,000 answers a second on one core.

The input is the demo company's own open-text answers (read from a demo database, in the five languages,
each with the respondent's language as a prior), repeated to --answers lines, and, as a second input, the
labelled sentences of ../shared/data/sentiment-dev (longer, noisier social-media and review text). Each is
fed to `cxm text analyze --timing` (one process, one thread) --runs times; the figure is the median rate
the command reports for its analysis alone (reading stdin and writing JSON are excluded there, and
included in the wall-clock rate printed beside it). The reference in the same run is the same command
with `--language en`, which skips language identification and uses one model: what identification and
the per-language choice cost is the ratio between the two.

Usage: text.py --demo-dir DIR [--answers 200000] [--runs 5] [--json OUT]
  DIR holds a demo database (`cxm demo --data-dir DIR`); CXM_BIN names a release build of cxm.
"""

import argparse
import csv
import glob
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

TARGET = 50_000
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "..", "shared", "data", "sentiment-dev")


def demo_answers(demo_dir):
    path = os.path.join(demo_dir, "cxm.sqlite")
    if not os.path.exists(path):
        candidates = glob.glob(os.path.join(demo_dir, "*.sqlite"))
        if not candidates:
            sys.exit("no demo database in %s (run `cxm demo --data-dir %s`)" % (demo_dir, demo_dir))
        path = candidates[0]
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT a.text_value, r.language FROM answers a JOIN responses r ON r.id = a.response_id "
        "WHERE a.text_value IS NOT NULL AND a.text_value <> ''").fetchall()
    db.close()
    return [json.dumps({"text": text, "language": language}, ensure_ascii=False) for text, language in rows]


def dev_answers():
    texts = []
    for name in sorted(os.listdir(DEV)):
        full = os.path.join(DEV, name)
        raw = open(full, "rb").read()
        try:
            content = raw.decode("utf-8")
        except UnicodeDecodeError:
            content = raw.decode("latin-1")
        if name.endswith(".json"):
            texts += [item["text"] for item in json.loads(content)]
        elif name.endswith(".csv"):
            texts += [row["text"] for row in csv.DictReader(content.splitlines())]
        else:
            texts += [line.split("\t")[-1] for line in content.splitlines() if "\t" in line]
    return [json.dumps({"text": re.sub(r"\s+", " ", t)}, ensure_ascii=False) for t in texts if t.strip()]


def run(lines, count, runs, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for index in range(count):
            handle.write(lines[index % len(lines)] + "\n")
        path = handle.name
    rates, walls = [], []
    try:
        for _ in range(runs):
            with open(path, "rb") as stdin:
                start = time.perf_counter()
                done = subprocess.run([b.cxm_bin(), "text", "analyze", "--timing"] + extra, stdin=stdin,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
                walls.append(count / (time.perf_counter() - start))
            match = re.search(r"(\d+) answers/s", done.stderr.decode())
            rates.append(int(match.group(1)))
    finally:
        os.unlink(path)
    return statistics.median(rates), statistics.median(walls), rates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo-dir", required=True)
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json")
    args = parser.parse_args()

    results = {}
    inputs = [("demo answers", demo_answers(args.demo_dir))]
    if os.path.isdir(DEV):
        inputs.append(("sentiment-dev sentences", dev_answers()))
    for name, lines in inputs:
        mean_length = sum(len(json.loads(line)["text"]) for line in lines) / len(lines)
        full, full_wall, all_rates = run(lines, args.answers, args.runs, [])
        english, english_wall, _ = run(lines, args.answers, args.runs, ["--language", "en"])
        verdict = "PASS" if full >= TARGET else "MISS"
        print("%s (%d distinct, mean %.0f characters), %d answers x %d runs:" % (
            name, len(lines), mean_length, args.answers, args.runs))
        print("  language + sentiment + themes: %d answers/s (runs %s; %d/s wall incl. reading and JSON) "
              "target >= %d: %s" % (full, ", ".join(map(str, all_rates)), full_wall, TARGET, verdict))
        print("  reference --language en: %d answers/s (%d/s wall); full / reference = %.2f" % (
            english, english_wall, full / english if english else float("nan")))
        results[name] = {"rate": full, "wall_rate": full_wall, "reference_rate": english, "pass": full >= TARGET}
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2)


if __name__ == "__main__":
    main()
