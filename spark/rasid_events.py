#!/usr/bin/env python3
"""Batch coding with Spark: Arabic articles in, rasid events out as Parquet.

Reads articles from one or more paths (local, hdfs://, s3a://, ...), as `rasid extract`
reads them: JSON Lines files (.jsonl, .ndjson, also .gz) line by line, and every other
article file (.txt, .text, .html, .htm, .xhtml, .json, also .gz) whole; directories are
walked recursively for files with those extensions, files named explicitly are read
whatever their name. Each partition is piped through the `rasid` binary (`rasid extract`),
which is shipped to the executors, and the events are written as Parquet partitioned by
`year` and `month` of the event date (undated events: year and month null, i.e. the
`__HIVE_DEFAULT_PARTITION__` directories).

Cluster:
    spark-submit --master yarn --deploy-mode cluster \\
        --files target/release/rasid spark/rasid_events.py \\
        s3a://bucket/articles/ s3a://bucket/events/

Local (tests):
    spark-submit --master 'local[*]' spark/rasid_events.py \\
        --rasid target/release/rasid samples/seeds /tmp/events

See spark/README.md. Licence: MIT OR Apache-2.0.
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import types as T

#: Extensions `rasid extract` reads from a directory (see crates/cli/src/input.rs).
LINE_EXTENSIONS = {"jsonl", "ndjson"}
WHOLE_EXTENSIONS = {"txt", "text", "html", "htm", "xhtml", "json"}

#: How many lines / files go through one `rasid extract` run.
LINES_PER_RUN = 5000
FILES_PER_RUN = 500

#: The Parquet columns: the store's export names (docs/store.md) where they exist, the
#: full event record as JSON in `record`, and the partition columns.
SCHEMA = T.StructType(
    [
        T.StructField("event_id", T.StringType(), False),
        T.StructField("article_id", T.StringType(), False),
        T.StructField("date", T.DateType(), True),
        T.StructField("date_status", T.StringType(), True),
        T.StructField("source_name", T.StringType(), True),
        T.StructField("source_country", T.StringType(), True),
        T.StructField("source_sector", T.StringType(), True),
        T.StructField("source_code", T.StringType(), True),
        T.StructField("target_name", T.StringType(), True),
        T.StructField("target_country", T.StringType(), True),
        T.StructField("target_sector", T.StringType(), True),
        T.StructField("target_code", T.StringType(), True),
        T.StructField("cameo", T.StringType(), False),
        T.StructField("cameo_root", T.StringType(), False),
        T.StructField("plover_type", T.StringType(), True),
        T.StructField("plover_mode", T.StringType(), True),
        T.StructField("quad_class", T.IntegerType(), True),
        T.StructField("goldstein", T.DoubleType(), True),
        T.StructField("negated", T.BooleanType(), True),
        T.StructField("modality", T.StringType(), True),
        T.StructField("location_name", T.StringType(), True),
        T.StructField("location_country", T.StringType(), True),
        T.StructField("lat", T.DoubleType(), True),
        T.StructField("lon", T.DoubleType(), True),
        T.StructField("evidence", T.StringType(), True),
        T.StructField("trigger", T.StringType(), True),
        T.StructField("rule", T.StringType(), True),
        T.StructField("coder_version", T.StringType(), True),
        T.StructField("record", T.StringType(), False),
        T.StructField("year", T.IntegerType(), True),
        T.StructField("month", T.IntegerType(), True),
    ]
)


def extension(name):
    """The format extension of a file name, as rasid decides it (inner one for .gz)."""
    base = name.rsplit("/", 1)[-1].lower()
    parts = base.split(".")
    if len(parts) < 2:
        return None
    if parts[-1] == "gz":
        return parts[-2] if len(parts) >= 3 else None
    return parts[-1]


def list_inputs(spark, paths):
    """(line files, whole files): directories walked recursively, with rasid's extensions;
    files named explicitly kept whatever their extension."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    lines, whole = [], []
    for p in paths:
        path = jvm.org.apache.hadoop.fs.Path(p)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            raise SystemExit(f"rasid_events: {p}: no such file or directory")
        if fs.getFileStatus(path).isFile():
            found, explicit = [path.toString()], True
        else:
            found, explicit = [], False
            it = fs.listFiles(path, True)
            while it.hasNext():
                found.append(it.next().getPath().toString())
            found.sort()
        for f in found:
            ext = extension(f)
            if ext in LINE_EXTENSIONS:
                lines.append(f)
            elif ext in WHOLE_EXTENSIONS or explicit:
                whole.append(f)
    return lines, whole


def rasid_binary(name):
    """The rasid executable on this executor: shipped with --files/addFile (SparkFiles), made
    executable in a private copy when the shipped file lost its mode bits."""
    if os.path.isabs(name) and os.path.exists(name):
        return name
    path = SparkFiles.get(name)
    if os.access(path, os.X_OK):
        return path
    copy = os.path.join(tempfile.mkdtemp(prefix="rasid-bin-"), name)
    shutil.copyfile(path, copy)
    os.chmod(copy, os.stat(copy).st_mode | stat.S_IXUSR | stat.S_IRUSR)
    return copy


def run_extract(binary, inputs, date, stdin=None):
    """`rasid extract INPUTS…` (or `-` with stdin): the event lines. Inputs that fail are
    reported on stderr by rasid (exit status 1) and the others still coded."""
    cmd = [binary, "extract"]
    if date:
        cmd += ["--date", date]
    cmd += inputs
    proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            f"{' '.join(cmd[:3])} exited with {proc.returncode}: "
            + proc.stderr.decode("utf-8", "replace")[-2000:]
        )
    if proc.returncode == 1:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
    return proc.stdout.decode("utf-8").splitlines()


def to_row(line):
    """One event record (a JSON line) as a row of SCHEMA."""
    import datetime

    e = json.loads(line)
    src = e.get("source") or {}
    tgt = e.get("target") or {}
    plover = e.get("plover") or {}
    loc = e.get("location") or {}
    ev = e.get("evidence") or {}
    date = e.get("date")
    day = datetime.date.fromisoformat(date[:10]) if date else None
    cameo = e["cameo"]
    return (
        e["event_id"],
        e["article_id"],
        day,
        e.get("date_status"),
        src.get("name"),
        src.get("country"),
        src.get("sector"),
        src.get("code"),
        tgt.get("name"),
        tgt.get("country"),
        tgt.get("sector"),
        tgt.get("code"),
        cameo,
        cameo[:2],
        plover.get("event_type"),
        plover.get("mode"),
        e.get("quad_class"),
        None if e.get("goldstein") is None else float(e["goldstein"]),
        e.get("negated"),
        e.get("modality"),
        loc.get("name"),
        loc.get("country"),
        None if loc.get("lat") is None else float(loc["lat"]),
        None if loc.get("lon") is None else float(loc["lon"]),
        ev.get("sentence"),
        ev.get("trigger"),
        e.get("rule"),
        e.get("coder_version"),
        line,
        day.year if day else None,
        day.month if day else None,
    )


def code_lines(binary_name, date):
    """Partition function: JSON Lines records → events, through `rasid extract -`."""

    def run(lines):
        binary = rasid_binary(binary_name)
        batch = []
        for line in lines:
            if line.strip():
                batch.append(line)
            if len(batch) >= LINES_PER_RUN:
                yield from map(to_row, run_extract(binary, ["-"], date, "\n".join(batch).encode("utf-8")))
                batch = []
        if batch:
            yield from map(to_row, run_extract(binary, ["-"], date, "\n".join(batch).encode("utf-8")))

    return run


def code_files(binary_name, date):
    """Partition function: (path, bytes) → events, through `rasid extract DIR` over the files
    written under their own names (so ids come from file names as with `rasid extract`)."""

    def flush(binary, files, date):
        with tempfile.TemporaryDirectory(prefix="rasid-in-") as tmp:
            inputs = []
            for i, (path, content) in enumerate(files):
                d = os.path.join(tmp, str(i))
                os.mkdir(d)
                target = os.path.join(d, path.rsplit("/", 1)[-1])
                with open(target, "wb") as f:
                    f.write(content)
                inputs.append(target)
            return run_extract(binary, inputs, date)

    def run(rows):
        binary = rasid_binary(binary_name)
        files = []
        for r in rows:
            files.append((r.path, bytes(r.content)))
            if len(files) >= FILES_PER_RUN:
                yield from map(to_row, flush(binary, files, date))
                files = []
        if files:
            yield from map(to_row, flush(binary, files, date))

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description="Code Arabic articles with rasid on Spark; write events as Parquet.")
    ap.add_argument("inputs", nargs="+", help="article files or directories (then the output path last)")
    ap.add_argument(
        "--rasid",
        default="rasid",
        help="the rasid binary: a local file the driver ships to the executors, or the name of "
        "a file already shipped with --files (default: rasid)",
    )
    ap.add_argument("--date", help="article date (YYYY-MM-DD) for inputs that carry none")
    ap.add_argument("--partitions", type=int, default=0, help="partitions to code in (default: Spark's)")
    ap.add_argument("--mode", default="overwrite", choices=["overwrite", "append", "error"], help="Parquet save mode")
    args = ap.parse_args(argv)
    if len(args.inputs) < 2:
        ap.error("give at least one input and the output path")
    inputs, output = args.inputs[:-1], args.inputs[-1]

    spark = SparkSession.builder.appName("rasid-events").getOrCreate()
    sc = spark.sparkContext
    binary_name = args.rasid
    if os.path.isfile(args.rasid):
        sc.addFile(os.path.abspath(args.rasid))
        binary_name = os.path.basename(args.rasid)

    line_files, whole_files = list_inputs(spark, inputs)
    parts = []
    if line_files:
        rdd = spark.read.text(line_files).rdd.map(lambda r: r.value)
        if args.partitions:
            rdd = rdd.repartition(args.partitions)
        parts.append(rdd.mapPartitions(code_lines(binary_name, args.date)))
    if whole_files:
        rdd = spark.read.format("binaryFile").load(whole_files).select("path", "content").rdd
        if args.partitions:
            rdd = rdd.repartition(args.partitions)
        parts.append(rdd.mapPartitions(code_files(binary_name, args.date)))
    if not parts:
        raise SystemExit("rasid_events: no article files in " + ", ".join(inputs))
    events = parts[0] if len(parts) == 1 else sc.union(parts)
    df = spark.createDataFrame(events, SCHEMA)
    df.write.mode(args.mode).partitionBy("year", "month").parquet(output)
    written = spark.read.parquet(output).count() if args.mode == "overwrite" else None
    print(f"rasid_events: {len(line_files)} line file(s), {len(whole_files)} article file(s) → {output}"
          + (f" ({written} events)" if written is not None else ""))
    spark.stop()


if __name__ == "__main__":
    main()
