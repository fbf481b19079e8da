#!/usr/bin/env python3
"""Grades JSON Lines through a real Spark pipe and checks the join back to the inputs.

Usage: python3 Benchmarks/python/spark_grade_pipe.py BINARY [TRANSCRIPT_FOLDER]

Needs pyspark (pip install pyspark) and Java. Builds JSON Lines from the transcripts in the folder
(default Transcripts/examples): each transcript once with a numeric id, once with a string id, once
with no id, plus rows that cannot be graded. Spark splits them over 4 partitions and pipes each
through `BINARY grade --format jsonl --error-rows --echo cohort -`; the script then checks that
every input row comes back exactly once, joined by `key`, with the same grade as one process gives.
Exits 1 on any mismatch.
"""
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def rows_from(folder):
    rows = []
    for number, path in enumerate(sorted(glob.glob(os.path.join(folder, "**", "*.json"), recursive=True))):
        with open(path, encoding="utf-8") as handle:
            transcript = json.load(handle)
        for variant in ("number", "string", "none"):
            row = dict(transcript)
            row["cohort"] = {"path": os.path.relpath(path, folder), "variant": variant}
            if variant == "number":
                row["id"] = 10_000_000_000_000_000_000 + number  # past 2^64: must come back exact
            elif variant == "string":
                row["id"] = f"t-{number}"
            rows.append(json.dumps(row, ensure_ascii=False))
    rows += ['{"id": "bad-1", "not": "a transcript"}', "this is not JSON", '{"id": "bad-2", "format": 99}']
    return rows


def expected_key(line):
    value = json.loads(line) if line.startswith("{") else None
    if isinstance(value, dict) and "id" in value:
        return value["id"] if isinstance(value["id"], str) else json.dumps(value["id"])
    return "sha1:" + hashlib.sha1(line.encode()).hexdigest()[:32]


def main():
    binary = os.path.abspath(sys.argv[1])
    folder = sys.argv[2] if len(sys.argv) > 2 else "Transcripts/examples"
    lines = rows_from(folder)
    work = tempfile.mkdtemp(prefix="spark-grade-")
    source = os.path.join(work, "in.jsonl")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    command = [binary, "grade", "--format", "jsonl", "--error-rows", "--echo", "cohort", "-"]
    single = subprocess.run(command, stdin=open(source, "rb"), capture_output=True, check=True).stdout.decode()
    single_by_key = {json.loads(row)["key"]: json.loads(row) for row in single.splitlines()}

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[2]").appName("deescalate-grade-pipe").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    graded = (spark.sparkContext.textFile(source).repartition(4)
              .pipe(" ".join(command))
              .map(json.loads))
    inputs = spark.sparkContext.textFile(source).keyBy(expected_key)
    joined = inputs.leftOuterJoin(graded.keyBy(lambda row: row["key"])).collect()
    partitions = graded.getNumPartitions()
    spark.stop()

    problems = []
    keys = [key for key, _ in joined]
    if len(joined) != len(lines):
        problems.append(f"{len(lines)} inputs, {len(joined)} joined rows")
    if len(set(keys)) != len(keys):
        problems.append("a key came back more than once")
    errors = 0
    for key, (line, row) in joined:
        if row is None:
            problems.append(f"input {key} has no output row")
            continue
        if "error" in row:
            errors += 1
            continue
        reference = single_by_key.get(key)
        strip = lambda r: {k: v for k, v in r.items() if k != "file"}  # file is <stdin>:LINE of its partition
        if reference is None or strip(reference) != strip(row):
            problems.append(f"input {key}: Spark's grade differs from one process's")
        if row.get("cohort") != json.loads(line).get("cohort"):
            problems.append(f"input {key}: --echo cohort not copied exactly")
    print(f"{len(lines)} input rows over {partitions} partitions: {len(joined)} joined by key, "
          f"{errors} error rows, {len(lines) - errors} graded rows identical to one process's")
    for problem in problems[:20]:
        print("MISMATCH:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
