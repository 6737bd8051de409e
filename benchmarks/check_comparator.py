#!/usr/bin/env python3
"""Checks a comparator's output (duckdb_batch.py, pandas_batch.py) against an `sjt batch` export.

    benchmarks/check_comparator.py SJT_EXPORT COMPARATOR_OUT

Every single-choice response must have sjt's points and maximum, and every attempt made only of
single-choice decisions sjt's total, maximum and percentage. Prints what agreed; exits 1 on any
difference. Run after the timings, never inside them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_venv  # noqa: E402

bench_venv.require("duckdb")
import duckdb  # noqa: E402


def main(sjt: str, other: str) -> int:
    db = duckdb.connect()

    def table(name: str, folder: str, file: str) -> None:
        path = os.path.join(folder, file).replace("'", "''")
        db.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM read_csv('{path}', header = true, all_varchar = true)")

    table("sjt_responses", sjt, "responses.csv")
    table("sjt_attempts", sjt, "attempts.csv")
    table("our_responses", other, "responses.csv")
    table("our_attempts", other, "attempts.csv")
    attempt = "cohort, learner_id, scenario_id, attempt"
    responses, differing = db.execute(f"""
        SELECT count(*), count(*) FILTER (WHERE o.points IS DISTINCT FROM s.points OR o.maximum IS DISTINCT FROM s.maximum)
        FROM sjt_responses s LEFT JOIN our_responses o USING ({attempt}, step) WHERE s.format = 'single'""").fetchone()
    # The attempts whose every response the comparator scored: single-choice throughout.
    attempts, differ_attempts = db.execute(f"""
        WITH single AS (SELECT {attempt} FROM our_responses GROUP BY ALL HAVING count(*) = count(points))
        SELECT count(*), count(*) FILTER (WHERE o.total <> s.total OR o.maximum <> s.maximum
                                           OR abs(o.percentage::DOUBLE - s.percentage::DOUBLE) > 0.0051)
        FROM single JOIN our_attempts o USING ({attempt}) JOIN sjt_attempts s USING ({attempt})""").fetchone()
    exact = db.execute(f"""
        WITH single AS (SELECT {attempt} FROM our_responses GROUP BY ALL HAVING count(*) = count(points))
        SELECT count(*) FILTER (WHERE o.percentage = s.percentage)
        FROM single JOIN our_attempts o USING ({attempt}) JOIN sjt_attempts s USING ({attempt})""").fetchone()[0]
    print(f"{other}: {responses - differing} of {responses} single-choice responses have sjt's points and maximum; "
          f"{attempts - differ_attempts} of {attempts} single-choice attempts sjt's total, maximum and percentage "
          f"({exact} to the digit)")
    return 0 if differing == 0 and differ_attempts == 0 and attempts > 0 else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
