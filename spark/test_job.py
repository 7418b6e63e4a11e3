#!/usr/bin/env python3
"""Test of the Spark job (spark/rasid_events.py) in local mode: it codes samples/seeds (whole
text files) and a JSON Lines file (line by line, over several partitions), and its Parquet
output must hold exactly the events `rasid extract` writes for the same inputs, with the
flat columns agreeing with each record and the year/month partitions with its date.

    python3 spark/test_job.py [--rasid target/debug/rasid]

Needs pyspark (pip install pyspark), Java 17 and pyarrow. Exit status 0 when it passes.
Licence: MIT OR Apache-2.0.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "samples", "seeds")


def canonical(record):
    return json.dumps(json.loads(record) if isinstance(record, str) else record, sort_keys=True, ensure_ascii=False)


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasid", default=os.environ.get("RASID_BIN", os.path.join(ROOT, "target", "debug", "rasid")))
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    if not os.path.isfile(args.rasid):
        fail(f"no rasid binary at {args.rasid}: run `cargo build` first")
    import pyarrow.parquet as pq

    tmp = tempfile.mkdtemp(prefix="rasid-spark-test-")
    try:
        # A JSON Lines input: seed texts as records (ids, dates, one without an id) and a
        # line that is not JSON (reported, not fatal).
        extra = os.path.join(tmp, "extra")
        os.mkdir(extra)
        names = sorted(n for n in os.listdir(SEEDS) if n.endswith(".txt"))
        with open(os.path.join(extra, "articles.jsonl"), "w", encoding="utf-8") as f:
            for i, n in enumerate(names):
                with open(os.path.join(SEEDS, n), encoding="utf-8") as s:
                    text = s.read()
                rec = {"text": text, "date": f"2018-0{i + 1}-15", "source": "test"}
                if i != 2:
                    rec["id"] = f"jsonl-{i}"
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f.write("this line is not JSON\n")
        inputs = [SEEDS, extra]

        expected = subprocess.run(
            [args.rasid, "extract", *inputs], capture_output=True, check=False
        )
        if expected.returncode not in (0, 1):
            fail(f"rasid extract: {expected.stderr.decode()}")
        want = collections.Counter(canonical(l) for l in expected.stdout.decode().splitlines() if l.strip())
        if len(want) < 20:
            fail(f"rasid extract gave only {sum(want.values())} events")

        out = os.path.join(tmp, "events")
        job = subprocess.run(
            [
                "spark-submit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.sql.shuffle.partitions=4",
                os.path.join(ROOT, "spark", "rasid_events.py"),
                "--rasid",
                args.rasid,
                "--partitions",
                "3",
                *inputs,
                out,
            ],
            capture_output=True,
            check=False,
        )
        if job.returncode != 0:
            fail(f"spark-submit exited with {job.returncode}:\n{job.stderr.decode()[-4000:]}")
        print(job.stdout.decode().strip())

        table = pq.read_table(out, partitioning="hive")
        rows = table.to_pylist()
        got = collections.Counter(canonical(r["record"]) for r in rows)
        if got != want:
            missing = want - got
            extra_rows = got - want
            fail(
                f"Spark wrote {sum(got.values())} events, rasid extract {sum(want.values())}; "
                f"missing {sum(missing.values())}, unexpected {sum(extra_rows.values())}"
            )
        # The flat columns say what the record says; partitions follow the event date.
        for r in rows:
            e = json.loads(r["record"])
            date = e.get("date")
            checks = {
                "event_id": e["event_id"],
                "article_id": e["article_id"],
                "cameo": e["cameo"],
                "cameo_root": e["cameo"][:2],
                "plover_type": (e.get("plover") or {}).get("event_type"),
                "quad_class": e["quad_class"],
                "goldstein": e["goldstein"],
                "negated": e["negated"],
                "source_country": (e.get("source") or {}).get("country"),
                "target_country": (e.get("target") or {}).get("country"),
                "location_name": (e.get("location") or {}).get("name"),
                "evidence": (e.get("evidence") or {}).get("sentence"),
                "date": date,
                "year": int(date[:4]) if date else None,
                "month": int(date[5:7]) if date else None,
            }
            for col, value in checks.items():
                have = r[col].isoformat() if col == "date" and r[col] is not None else r[col]
                if have != value:
                    fail(f"{e['event_id']}: column {col} is {have!r}, the record says {value!r}")
        dated = [r for r in rows if r["year"] is not None]
        undated = len(rows) - len(dated)
        parts = sorted({(r["year"], r["month"]) for r in dated})
        for y, m in parts:
            if not os.path.isdir(os.path.join(out, f"year={y}", f"month={m}")):
                fail(f"no partition directory year={y}/month={m}")
        ids = {r["article_id"] for r in rows}
        if not {"jsonl-0", "jsonl-1", "003_de3e210be6a5e36a"} <= ids:
            fail(f"articles missing from the output: {sorted(ids)}")
        print(
            f"ok: {len(rows)} events from {len(ids)} articles, the same as rasid extract; "
            f"{len(parts)} year/month partitions, {undated} undated events"
        )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
