#!/usr/bin/env python3
"""The core of `sjt batch` in pandas, for benchmarks/compare.sh to time beside it.

    benchmarks/pandas_batch.py RESPONSES.csv KEYS.csv OUT_DIR

The same job as duckdb_batch.py, the same files: single-choice responses scored by a merge with the
bank's keys (`sjt-bench key-table`), then responses.csv, attempts.csv and learners.csv, ordered as
sjt orders them, with CRLF line endings and a byte order mark as sjt writes them.

pandas comes from PyPI into a venv under $SJT_BENCH_DIR when it is missing (bench_venv.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_venv  # noqa: E402

bench_venv.require("pandas")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

TEXT = ["cohort", "learner_id", "learner_name", "level", "scenario_id", "node_id", "response", "shown_order",
        "answered_at", "rationale"]


def write(frame: "pd.DataFrame", path: str) -> None:
    frame.to_csv(path, index=False, lineterminator="\r\n", encoding="utf-8-sig")


def main(responses: str, keys: str, out: str) -> None:
    os.makedirs(out, exist_ok=True)
    rows = pd.read_csv(responses, encoding="utf-8-sig", keep_default_na=False,
                       dtype={**{c: str for c in TEXT}, "scenario_version": "Int64", "attempt": "int64", "step": "int64"})
    key = pd.read_csv(keys, dtype={"scenario_id": str, "level": str, "node_id": str, "option_id": str})
    key = key.rename(columns={"option_id": "response"}).drop(columns="scenario_version")
    scored = rows.merge(key, how="left", on=["scenario_id", "level", "node_id", "response"])
    scored = scored.sort_values(["cohort", "learner_id", "scenario_id", "attempt", "step"], kind="stable")
    scored["points"] = scored["points"].astype("Int64")
    scored["maximum"] = scored["maximum"].astype("Int64")
    write(scored[["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "step",
                  "node_id", "response", "points", "maximum", "shown_order", "answered_at", "rationale"]],
          os.path.join(out, "responses.csv"))

    # Credit as the engine counts it: a decision whose maximum is 0 weighs nothing.
    counted = scored["maximum"].fillna(0).to_numpy() > 0
    scored["earned"] = np.where(counted, scored["weight"] * scored["points"].astype(float) / scored["maximum"].astype(float), np.nan)
    scored["counted_weight"] = np.where(counted, scored["weight"], np.nan)
    group = ["cohort", "learner_id", "level", "scenario_id", "scenario_version", "attempt"]
    attempts = scored.groupby(group, sort=False, dropna=False).agg(
        learner_name=("learner_name", "first"), decisions=("step", "size"), total=("points", "sum"),
        maximum=("maximum", "sum"), earned=("earned", "sum"), weight=("counted_weight", "sum")).reset_index()
    attempts = attempts.sort_values(["cohort", "learner_id", "scenario_id", "attempt"], kind="stable")
    attempts["percentage"] = (100 * attempts["earned"] / attempts["weight"]).map("{:.2f}".format)
    write(attempts[["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt",
                    "decisions", "total", "maximum", "percentage"]], os.path.join(out, "attempts.csv"))

    learners = attempts.groupby(["cohort", "learner_id", "level"], sort=True).agg(
        learner_name=("learner_name", "first"), attempts=("attempt", "size"), total=("total", "sum"),
        maximum=("maximum", "sum"), earned=("earned", "sum"), weight=("weight", "sum")).reset_index()
    learners["percentage"] = (100 * learners["earned"] / learners["weight"]).map("{:.2f}".format)
    write(learners[["cohort", "learner_id", "learner_name", "level", "attempts", "total", "maximum", "percentage"]],
          os.path.join(out, "learners.csv"))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
